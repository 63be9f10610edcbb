#include "planreportoptionspage.h"

#include "dateeditformat.h"
#include "models/domain/clock.h"
#include "models/domain/planvocabulary.h"
#include "models/stores/planstore.h"
#include "views/print/documentfactory.h"
#include "views/print/planreportdocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

PlanReportOptionsPage::PlanReportOptionsPage(const QString &connectionName, QWidget *parent)
    : PublicationPage(parent)
    , m_connectionName(connectionName)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The progress report for the steering committee: per objective, the actions with their status and "
                                "progress, late ones in red, the indicators against their targets and the journal of the period. "
                                "An internal document."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("reportPlan"));
    form->addRow(tr("P&lan:"), m_plan);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    DateEditFormat::withWeekday(m_from);
    form->addRow(tr("&From:"), m_from);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    DateEditFormat::withWeekday(m_to);
    form->addRow(tr("T&o:"), m_to);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_plan, &QComboBox::currentIndexChanged, this, &PlanReportOptionsPage::planChosen);
}

void PlanReportOptionsPage::reloadChoices()
{
    const QVariant current = m_plan->currentData();
    const QSignalBlocker blocker(m_plan);
    m_plan->clear();
    const QList<Plan> plans = PlanStore(m_connectionName).plans();
    for (const Plan &plan : plans)
        m_plan->addItem(plan.name, plan.id);
    // The latest plan first time round: the one the committee follows.
    int index = m_plan->findData(current);
    if (index < 0 && !plans.isEmpty()) {
        index = int(std::max_element(plans.cbegin(), plans.cend(), [](const Plan &a, const Plan &b) { return a.periodEnd < b.periodEnd; })
                    - plans.cbegin());
    }
    m_plan->setCurrentIndex(index);
    if (index >= 0 && !current.isValid())
        planChosen();
}

void PlanReportOptionsPage::choosePlan(qint64 planId)
{
    const int index = m_plan->findData(planId);
    if (index >= 0 && index != m_plan->currentIndex())
        m_plan->setCurrentIndex(index);
}

void PlanReportOptionsPage::planChosen()
{
    // By default the plan's whole period up to today.
    const std::optional<Plan> plan = PlanStore(m_connectionName).plan(m_plan->currentData().toLongLong());
    if (!plan)
        return;
    const QDate start = PlanVocabulary::firstDay(plan->periodStart);
    const QDate end = PlanVocabulary::lastDay(plan->periodEnd);
    m_from->setDate(start.isValid() ? start : QDate(Clock::today().year(), 1, 1));
    m_to->setDate(end.isValid() && end < Clock::today() ? end : Clock::today());
}

std::unique_ptr<PrintDocument> PlanReportOptionsPage::document(const DocumentFactory &factory, QString *error) const
{
    if (m_plan->currentIndex() < 0) {
        if (error)
            *error = tr("There is no plan of action yet: create or import one in the Plan tab.");
        return nullptr;
    }
    return factory.planReport(m_plan->currentData().toLongLong(), m_from->date(), m_to->date(), error);
}
