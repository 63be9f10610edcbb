#include "projectdialog.h"

#include "models/domain/clock.h"
#include "models/domain/essfamily.h"
#include "models/domain/projectvocabulary.h"
#include "models/interchange/importvalue.h"
#include "prompter.h"
#include "searchpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
enum JournalColumn { JDate, JKind, JParticipants, JNotes, JNextStep, JDue, JDone, JColumns };
enum FundingColumn { FFunder, FScheme, FCall, FAsked, FGranted, FStatus, FSubmitted, FDecided, FColumns };

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy")) : QString();
}

QComboBox *comboOf(const QList<QPair<QString, QVariant>> &entries, const QVariant &current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, value] : entries)
        combo->addItem(label, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

QList<QPair<QString, QVariant>> kindEntries()
{
    QList<QPair<QString, QVariant>> result;
    for (const auto kind : ProjectVocabulary::interactionKinds())
        result << qMakePair(ProjectVocabulary::interactionKindLabel(kind), int(kind));
    return result;
}

QList<QPair<QString, QVariant>> statusEntries()
{
    QList<QPair<QString, QVariant>> result;
    for (const auto status : ProjectVocabulary::fundingStatuses())
        result << qMakePair(ProjectVocabulary::fundingStatusLabel(status), int(status));
    return result;
}

QTableWidget *tableWith(const QStringList &titles, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(titles.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(titles);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

ProjectDialog::ProjectDialog(ProjectStore *store, const Lists &lists, const ProjectStore::Snapshot &snapshot, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_lists(lists)
    , m_original(snapshot)
    , m_result(snapshot)
{
    setObjectName(QStringLiteral("projectDialog"));
    setWindowTitle(snapshot.project.id ? tr("Project “%1”").arg(snapshot.project.name) : tr("New project"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("projectPages"));
    tabs->addTab(buildGeneralPage(), tr("&Project"));
    tabs->addTab(buildPeoplePage(), tr("&Holders and accompaniment"));
    tabs->addTab(buildJournalPage(), tr("&Journal"));
    tabs->addTab(buildFundingPage(), tr("&Funding"));
    m_pages = tabs;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("projectReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_buttons);
    resize(860, 560);
    load(snapshot);
}

QWidget *ProjectDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("projectName"));
    m_summary = new QPlainTextEdit(page);
    m_summary->setObjectName(QStringLiteral("projectSummary"));
    m_summary->setMaximumHeight(90);
    QList<QPair<QString, QVariant>> needs{{tr("(none recorded)"), qint64(0)}};
    for (const Need &need : m_lists.needs)
        needs << qMakePair(need.source.isEmpty() ? need.title : tr("%1 (%2)").arg(need.title, need.source), need.id);
    m_need = comboOf(needs, m_original.project.needId, page);
    m_need->setObjectName(QStringLiteral("projectNeed"));
    QList<QPair<QString, QVariant>> sectors{{tr("(no sector)"), qint64(0)}};
    for (const Sector &s : m_lists.sectors)
        sectors << qMakePair((s.parentId ? QStringLiteral("    ") : QString()) + s.name, s.id);
    m_sector = comboOf(sectors, m_original.project.sectorId, page);
    m_sector->setObjectName(QStringLiteral("projectSector"));
    QList<QPair<QString, QVariant>> communes{{tr("(not chosen)"), QString()}};
    for (const Commune &c : m_lists.communes)
        communes << qMakePair(c.name, c.insee);
    m_commune = comboOf(communes, m_original.project.communeInsee, page);
    m_commune->setObjectName(QStringLiteral("projectCommune"));
    QList<QPair<QString, QVariant>> families{{tr("(not decided)"), QString()}};
    for (const QString &code : EssFamily::codes())
        families << qMakePair(EssFamily::label(code), code);
    m_family = comboOf(families, m_original.project.family, page);
    m_family->setObjectName(QStringLiteral("projectFamily"));
    QList<QPair<QString, QVariant>> stages;
    for (const auto stage : ProjectVocabulary::stages())
        stages << qMakePair(ProjectVocabulary::stageLabel(stage), int(stage));
    m_stage = comboOf(stages, int(m_original.project.stage), page);
    m_stage->setObjectName(QStringLiteral("projectStage"));
    m_jobsExpected = new QSpinBox(page);
    m_jobsExpected->setObjectName(QStringLiteral("projectJobsExpected"));
    m_jobsCreated = new QSpinBox(page);
    m_jobsCreated->setObjectName(QStringLiteral("projectJobsCreated"));
    for (QSpinBox *box : {m_jobsExpected, m_jobsCreated})
        box->setRange(0, 100000);
    m_budget = new QDoubleSpinBox(page);
    m_budget->setObjectName(QStringLiteral("projectBudget"));
    m_budget->setRange(0, 1e10);
    m_budget->setDecimals(2);
    m_budget->setSuffix(QStringLiteral(" €"));
    m_budget->setGroupSeparatorShown(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(tr("Unmet &need:"), m_need);
    form->addRow(tr("&Sector:"), m_sector);
    form->addRow(tr("&Commune:"), m_commune);
    form->addRow(tr("ESS &family foreseen:"), m_family);
    form->addRow(tr("S&tage:"), m_stage);
    form->addRow(tr("Jobs &expected:"), m_jobsExpected);
    form->addRow(tr("Jobs c&reated:"), m_jobsCreated);
    form->addRow(tr("&Budget:"), m_budget);
    return page;
}

QWidget *ProjectDialog::buildPeoplePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Holders (people of the directory, who may belong to no actor yet):"), page));
    m_holders = new QListWidget(page);
    m_holders->setObjectName(QStringLiteral("projectHolders"));
    layout->addWidget(m_holders);
    auto *holderPicker = new SearchPicker([this](const QString &text) {
        QList<SearchPicker::Match> matches;
        for (const auto &pick : m_store->findContacts(text))
            matches << SearchPicker::Match{pick.id, pick.detail.isEmpty() ? pick.name : tr("%1 (%2)").arg(pick.name, pick.detail)};
        return matches;
    }, page);
    holderPicker->setObjectName(QStringLiteral("holderPicker"));
    holderPicker->setPlaceholderText(tr("Add a holder: type a name…"));
    connect(holderPicker, &SearchPicker::picked, this, [this](qint64 id) { addHolder(id, m_store->contactName(id)); });
    auto *row = new QHBoxLayout;
    row->addWidget(holderPicker, 1);
    auto *newHolder = button(tr("New &holder…"), QStringLiteral("newHolderButton"), page);
    connect(newHolder, &QPushButton::clicked, this, &ProjectDialog::createHolder);
    auto *removeHolder = button(tr("Remove"), QStringLiteral("removeHolderButton"), page);
    connect(removeHolder, &QPushButton::clicked, this, [this] { delete m_holders->currentItem(); });
    row->addWidget(newHolder);
    row->addWidget(removeHolder);
    layout->addLayout(row);

    layout->addWidget(new QLabel(tr("Accompanying actors (couveuse, CAE, France Active, DLA, BGE…) and their role:"), page));
    m_accompaniers = tableWith({tr("Actor"), tr("Role")}, QStringLiteral("projectAccompaniers"), page);
    layout->addWidget(m_accompaniers);
    auto *actorPicker = new SearchPicker([this](const QString &text) {
        QList<SearchPicker::Match> matches;
        for (const auto &pick : m_store->findActors(text))
            matches << SearchPicker::Match{pick.id, pick.name};
        return matches;
    }, page);
    actorPicker->setObjectName(QStringLiteral("accompanierPicker"));
    actorPicker->setPlaceholderText(tr("Add an accompanying actor: type its name…"));
    connect(actorPicker, &SearchPicker::picked, this, [this](qint64 id, const QString &name) { addAccompanier(id, name, QString()); });
    auto *row2 = new QHBoxLayout;
    row2->addWidget(actorPicker, 1);
    auto *removeActor = button(tr("Remove"), QStringLiteral("removeAccompanierButton"), page);
    connect(removeActor, &QPushButton::clicked, this, [this] { m_accompaniers->removeRow(m_accompaniers->currentRow()); });
    row2->addWidget(removeActor);
    layout->addLayout(row2);
    return page;
}

QWidget *ProjectDialog::buildJournalPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_journal = tableWith({tr("Date"), tr("Kind"), tr("Who took part"), tr("Notes"), tr("Next step"), tr("Due"), tr("Done")},
                          QStringLiteral("projectJournal"), page);
    layout->addWidget(m_journal);
    auto *row = new QHBoxLayout;
    auto *add = button(tr("&Add an entry"), QStringLiteral("addJournalButton"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        ProjectInteraction entry;
        entry.date = Clock::today();
        addJournalRow(entry);
        m_journal->setCurrentCell(m_journal->rowCount() - 1, JDate);
    });
    auto *remove = button(tr("Remove"), QStringLiteral("removeJournalButton"), page);
    connect(remove, &QPushButton::clicked, this, [this] { m_journal->removeRow(m_journal->currentRow()); });
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
    return page;
}

QWidget *ProjectDialog::buildFundingPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_funding = tableWith({tr("Funder"), tr("Scheme"), tr("Call for projects"), tr("Asked (€)"), tr("Granted (€)"), tr("Status"),
                           tr("Submitted on"), tr("Decided on")},
                          QStringLiteral("projectFunding"), page);
    layout->addWidget(m_funding);
    auto *row = new QHBoxLayout;
    auto *add = button(tr("Add a &request"), QStringLiteral("addFundingButton"), page);
    connect(add, &QPushButton::clicked, this, [this] { addFundingRow(FundingRequest()); });
    auto *remove = button(tr("Remove"), QStringLiteral("removeFundingButton"), page);
    connect(remove, &QPushButton::clicked, this, [this] { m_funding->removeRow(m_funding->currentRow()); });
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
    return page;
}

void ProjectDialog::load(const ProjectStore::Snapshot &snapshot)
{
    const Project &p = snapshot.project;
    m_name->setText(p.name);
    m_summary->setPlainText(p.summary);
    m_jobsExpected->setValue(p.jobsExpected);
    m_jobsCreated->setValue(p.jobsCreated);
    m_budget->setValue(double(p.budgetCents) / 100.0);
    for (const qint64 holder : p.holderIds)
        addHolder(holder, m_store->contactName(holder));
    for (const Project::Accompanier &a : p.accompaniers)
        addAccompanier(a.actorId, a.actorName, a.role);
    for (const ProjectInteraction &entry : snapshot.interactions)
        addJournalRow(entry);
    for (const FundingRequest &request : snapshot.funding)
        addFundingRow(request);
}

void ProjectDialog::addHolder(qint64 contactId, const QString &name)
{
    for (int i = 0; i < m_holders->count(); ++i) {
        if (m_holders->item(i)->data(IdRole).toLongLong() == contactId)
            return;
    }
    auto *item = new QListWidgetItem(name, m_holders);
    item->setData(IdRole, contactId);
}

void ProjectDialog::addAccompanier(qint64 actorId, const QString &name, const QString &role)
{
    for (int r = 0; r < m_accompaniers->rowCount(); ++r) {
        if (m_accompaniers->item(r, 0)->data(IdRole).toLongLong() == actorId)
            return;
    }
    const int row = m_accompaniers->rowCount();
    m_accompaniers->insertRow(row);
    auto *actor = new QTableWidgetItem(name);
    actor->setData(IdRole, actorId);
    actor->setFlags(actor->flags() & ~Qt::ItemIsEditable);
    m_accompaniers->setItem(row, 0, actor);
    m_accompaniers->setItem(row, 1, new QTableWidgetItem(role));
}

void ProjectDialog::addJournalRow(const ProjectInteraction &entry)
{
    const int row = m_journal->rowCount();
    m_journal->insertRow(row);
    auto *date = new QTableWidgetItem(dateText(entry.date));
    date->setData(IdRole, entry.id);
    m_journal->setItem(row, JDate, date);
    m_journal->setCellWidget(row, JKind, comboOf(kindEntries(), int(entry.kind), m_journal));
    m_journal->setItem(row, JParticipants, new QTableWidgetItem(entry.participants));
    m_journal->setItem(row, JNotes, new QTableWidgetItem(entry.notes));
    m_journal->setItem(row, JNextStep, new QTableWidgetItem(entry.nextStep));
    m_journal->setItem(row, JDue, new QTableWidgetItem(dateText(entry.nextStepDue)));
    auto *done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    done->setCheckState(entry.nextStepDone ? Qt::Checked : Qt::Unchecked);
    m_journal->setItem(row, JDone, done);
}

void ProjectDialog::addFundingRow(const FundingRequest &request)
{
    const int row = m_funding->rowCount();
    m_funding->insertRow(row);
    auto *funder = new QTableWidgetItem(request.funderName);
    funder->setData(IdRole, request.id);
    funder->setData(IdRole + 1, request.funderActorId);
    m_funding->setItem(row, FFunder, funder);
    m_funding->setItem(row, FScheme, new QTableWidgetItem(request.scheme));
    QList<QPair<QString, QVariant>> calls{{tr("(none)"), qint64(0)}};
    for (const CallForProjects &call : m_lists.calls)
        calls << qMakePair(tr("%1 — %2").arg(call.funder, call.title), call.id);
    m_funding->setCellWidget(row, FCall, comboOf(calls, request.callId, m_funding));
    const QLocale locale;
    m_funding->setItem(row, FAsked, new QTableWidgetItem(locale.toString(double(request.askedCents) / 100.0, 'f', 2)));
    m_funding->setItem(row, FGranted, new QTableWidgetItem(locale.toString(double(request.grantedCents) / 100.0, 'f', 2)));
    m_funding->setCellWidget(row, FStatus, comboOf(statusEntries(), int(request.status), m_funding));
    m_funding->setItem(row, FSubmitted, new QTableWidgetItem(dateText(request.submittedOn)));
    m_funding->setItem(row, FDecided, new QTableWidgetItem(dateText(request.decidedOn)));
}

void ProjectDialog::createHolder()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newHolderDialog"));
    dialog.setWindowTitle(tr("New holder"));
    auto *form = new QFormLayout(&dialog);
    auto *first = new QLineEdit(&dialog);
    first->setObjectName(QStringLiteral("holderFirstName"));
    auto *last = new QLineEdit(&dialog);
    last->setObjectName(QStringLiteral("holderLastName"));
    auto *email = new QLineEdit(&dialog);
    email->setObjectName(QStringLiteral("holderEmail"));
    auto *phone = new QLineEdit(&dialog);
    phone->setObjectName(QStringLiteral("holderPhone"));
    form->addRow(tr("&First name:"), first);
    form->addRow(tr("&Last name:"), last);
    form->addRow(tr("&E-mail:"), email);
    form->addRow(tr("&Phone:"), phone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (Prompter::exec(&dialog) != QDialog::Accepted || (first->text().trimmed().isEmpty() && last->text().trimmed().isEmpty()))
        return;
    const qint64 id = m_store->createHolder(first->text(), last->text(), email->text(), phone->text());
    if (id == 0) {
        Prompter::warning(this, tr("Projects"), m_store->errorString());
        return;
    }
    addHolder(id, QStringLiteral("%1 %2").arg(first->text().trimmed(), last->text().trimmed()).trimmed());
}

bool ProjectDialog::readJournal(QList<ProjectInteraction> *entries, QString *error) const
{
    for (int row = 0; row < m_journal->rowCount(); ++row) {
        ProjectInteraction entry;
        entry.id = m_journal->item(row, JDate)->data(IdRole).toLongLong();
        entry.projectId = m_original.project.id;
        const auto date = ImportValue::date(m_journal->item(row, JDate)->text());
        const auto due = ImportValue::date(m_journal->item(row, JDue)->text());
        if (!date || !date->isValid() || !due) {
            *error = tr("Journal, line %1: write the dates as 31/03/2027.").arg(row + 1);
            return false;
        }
        entry.date = *date;
        entry.nextStepDue = *due;
        entry.kind = ProjectInteraction::Kind(qobject_cast<QComboBox *>(m_journal->cellWidget(row, JKind))->currentData().toInt());
        entry.participants = m_journal->item(row, JParticipants)->text().trimmed();
        entry.notes = m_journal->item(row, JNotes)->text().trimmed();
        entry.nextStep = m_journal->item(row, JNextStep)->text().trimmed();
        entry.nextStepDone = m_journal->item(row, JDone)->checkState() == Qt::Checked;
        *entries << entry;
    }
    return true;
}

bool ProjectDialog::readFunding(QList<FundingRequest> *requests, QString *error) const
{
    for (int row = 0; row < m_funding->rowCount(); ++row) {
        FundingRequest request;
        const QTableWidgetItem *funder = m_funding->item(row, FFunder);
        request.id = funder->data(IdRole).toLongLong();
        request.funderActorId = funder->data(IdRole + 1).toLongLong();
        request.funderName = funder->text().trimmed();
        request.projectId = m_original.project.id;
        request.scheme = m_funding->item(row, FScheme)->text().trimmed();
        request.callId = qobject_cast<QComboBox *>(m_funding->cellWidget(row, FCall))->currentData().toLongLong();
        request.status = FundingRequest::Status(qobject_cast<QComboBox *>(m_funding->cellWidget(row, FStatus))->currentData().toInt());
        const auto asked = ImportValue::cents(m_funding->item(row, FAsked)->text());
        const auto granted = ImportValue::cents(m_funding->item(row, FGranted)->text());
        const auto submitted = ImportValue::date(m_funding->item(row, FSubmitted)->text());
        const auto decided = ImportValue::date(m_funding->item(row, FDecided)->text());
        if (request.funderName.isEmpty()) {
            *error = tr("Funding, line %1: name the funder.").arg(row + 1);
            return false;
        }
        if (!asked || !granted || *asked < 0 || *granted < 0 || !submitted || !decided) {
            *error = tr("Funding, line %1: write amounts as 50 000 or 120 000,50 and dates as 31/03/2027.").arg(row + 1);
            return false;
        }
        request.askedCents = *asked;
        request.grantedCents = *granted;
        request.submittedOn = *submitted;
        request.decidedOn = *decided;
        *requests << request;
    }
    return true;
}

void ProjectDialog::setReadOnly(const QString &why)
{
    // Every editor of every page, so a page added later is covered too; the
    // tables and lists stay enabled to be scrolled and read.
    for (auto *edit : m_pages->findChildren<QLineEdit *>())
        edit->setReadOnly(true);
    for (auto *edit : m_pages->findChildren<QPlainTextEdit *>())
        edit->setReadOnly(true);
    for (auto *view : m_pages->findChildren<QAbstractItemView *>())
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (auto *editor : m_pages->findChildren<QComboBox *>())
        editor->setEnabled(false);
    for (auto *editor : m_pages->findChildren<QAbstractSpinBox *>())
        editor->setEnabled(false);
    for (auto *b : m_pages->findChildren<QPushButton *>())
        b->setEnabled(false);
    m_readOnlyNote->setText(QStringLiteral("<i>%1</i>").arg(why.toHtmlEscaped()));
    m_readOnlyNote->show();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

void ProjectDialog::accept()
{
    ProjectStore::Snapshot result = m_original;
    Project &p = result.project;
    p.name = m_name->text().trimmed();
    if (p.name.isEmpty()) {
        Prompter::warning(this, tr("Projects"), tr("A project needs a name. Type it on the first page, then save again."));
        return;
    }
    p.summary = m_summary->toPlainText().trimmed();
    p.needId = m_need->currentData().toLongLong();
    p.sectorId = m_sector->currentData().toLongLong();
    p.communeInsee = m_commune->currentData().toString();
    p.family = m_family->currentData().toString();
    p.stage = Project::Stage(m_stage->currentData().toInt());
    p.jobsExpected = m_jobsExpected->value();
    p.jobsCreated = m_jobsCreated->value();
    p.budgetCents = qRound64(m_budget->value() * 100.0);
    p.holderIds.clear();
    for (int i = 0; i < m_holders->count(); ++i)
        p.holderIds << m_holders->item(i)->data(IdRole).toLongLong();
    p.accompaniers.clear();
    for (int r = 0; r < m_accompaniers->rowCount(); ++r)
        p.accompaniers << Project::Accompanier{m_accompaniers->item(r, 0)->data(IdRole).toLongLong(), m_accompaniers->item(r, 0)->text(),
                                               m_accompaniers->item(r, 1) ? m_accompaniers->item(r, 1)->text().trimmed() : QString()};
    result.interactions.clear();
    result.funding.clear();
    QString error;
    if (!readJournal(&result.interactions, &error) || !readFunding(&result.funding, &error)) {
        Prompter::warning(this, tr("Projects"), error + QLatin1Char(' ') + tr("Nothing was saved yet; correct it, then save again."));
        return;
    }
    m_result = result;
    QDialog::accept();
}
