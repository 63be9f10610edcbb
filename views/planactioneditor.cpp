#include "planactioneditor.h"

#include "datewordsdelegate.h"
#include "models/domain/clock.h"
#include "models/domain/clock.h"
#include "models/domain/plantree.h"
#include "models/domain/planvocabulary.h"
#include "models/stores/planstore.h"
#include "models/undo/editplanitemcommand.h"
#include "prompter.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace {

enum IndicatorColumn { IndKind, IndLabel, IndUnit, IndTarget, IndAchieved, IndSource };
enum JournalColumn { JDate, JAuthor, JText, JProgress };

QString number(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'g', 12) : QString();
}

std::optional<double> parseNumber(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QString(text.trimmed()).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QDoubleSpinBox *moneySpin(QWidget *parent, const QString &name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 100000000);
    spin->setDecimals(2);
    spin->setSuffix(QStringLiteral(" €"));
    spin->setGroupSeparatorShown(true);
    return spin;
}

QDoubleSpinBox *hourSpin(QWidget *parent, const QString &name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 1000000);
    spin->setDecimals(1);
    spin->setSuffix(PlanActionEditor::tr(" h"));
    return spin;
}

} // namespace

PlanActionEditor::PlanActionEditor(PlanStore *store, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("planActionEditor"));
    auto *inner = new QWidget;
    auto *form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addStateRows(form, inner);
    addPeopleRows(form, inner);
    addContentRows(form, inner);
    form->addRow(createIndicatorsBox(inner));
    form->addRow(createJournalBox(inner));
    m_linkedEvents = new QListWidget(inner);
    m_linkedEvents->setObjectName(QStringLiteral("planLinkedEventsList"));
    m_linkedEvents->setMaximumHeight(70);
    form->addRow(tr("Calendar events:"), m_linkedEvents);
    layOut(inner);
    connectWidgets();
    setEnabledAll(false);
}

void PlanActionEditor::addStateRows(QFormLayout *form, QWidget *inner)
{
    m_title = new QLineEdit(inner);
    m_title->setObjectName(QStringLiteral("planTitleEdit"));
    form->addRow(tr("&Title:"), m_title);
    m_kind = new QComboBox(inner);
    m_kind->setObjectName(QStringLiteral("planKindCombo"));
    for (auto k : {PlanItem::Kind::Objective, PlanItem::Kind::Operational, PlanItem::Kind::Action, PlanItem::Kind::SubAction})
        m_kind->addItem(PlanVocabulary::kindLabel(k), int(k));
    form->addRow(tr("&Kind:"), m_kind);

    auto *statusRow = new QHBoxLayout;
    m_status = new QComboBox(inner);
    m_status->setObjectName(QStringLiteral("planStatusCombo"));
    for (auto s : PlanVocabulary::allStatuses())
        m_status->addItem(PlanVocabulary::statusLabel(s), int(s));
    m_progress = new QSpinBox(inner);
    m_progress->setObjectName(QStringLiteral("planProgressSpin"));
    m_progress->setRange(0, 100);
    m_progress->setSuffix(tr(" %"));
    m_late = new QLabel(inner);
    m_late->setObjectName(QStringLiteral("planLateLabel"));
    m_late->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_late->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_late);
    statusRow->addWidget(new QLabel(tr("Progress:"), inner));
    statusRow->addWidget(m_progress);
    form->addRow(tr("Status:"), statusRow);

    auto *dates = new QHBoxLayout;
    m_start = new QLineEdit(inner);
    m_start->setObjectName(QStringLiteral("planStartEdit"));
    m_start->setPlaceholderText(PlanVocabulary::displayDate(QStringLiteral("2012-06")));
    m_start->setToolTip(tr("A month (June 2012) or a day (15 June 2012), in words or as 2012-06 and 2012-06-15."));
    m_due = new QLineEdit(inner);
    m_due->setObjectName(QStringLiteral("planDueEdit"));
    m_due->setPlaceholderText(PlanVocabulary::displayDate(QStringLiteral("2012-12")));
    m_due->setToolTip(m_start->toolTip());
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("Due:"), inner));
    dates->addWidget(m_due);
    form->addRow(tr("Start:"), dates);
}

void PlanActionEditor::addPeopleRows(QFormLayout *form, QWidget *inner)
{
    m_pilot = new QLineEdit(inner);
    m_pilot->setObjectName(QStringLiteral("planPilotEdit"));
    m_pilot->setPlaceholderText(tr("Type a contact's name"));
    m_pilot->setToolTip(tr("A contact of the directory; a name typed here that is not in the directory is kept as text."));
    m_pilotCompletions = new QStringListModel(this);
    auto *pilotCompleter = new QCompleter(m_pilotCompletions, this);
    pilotCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    pilotCompleter->setFilterMode(Qt::MatchContains);
    m_pilot->setCompleter(pilotCompleter);
    form->addRow(tr("&Pilot:"), m_pilot);

    auto *partnersBox = new QVBoxLayout;
    m_partners = new QListWidget(inner);
    m_partners->setObjectName(QStringLiteral("planPartnersList"));
    m_partners->setMaximumHeight(80);
    auto *partnerRow = new QHBoxLayout;
    m_partnerSearch = new QLineEdit(inner);
    m_partnerSearch->setObjectName(QStringLiteral("planPartnerSearch"));
    m_partnerSearch->setPlaceholderText(tr("Type an actor's name, then Enter"));
    m_partnerCompletions = new QStringListModel(this);
    auto *completer = new QCompleter(m_partnerCompletions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_partnerSearch->setCompleter(completer);
    auto *removePartner = new QPushButton(tr("Remove"), inner);
    removePartner->setObjectName(QStringLiteral("planRemovePartnerButton"));
    connect(removePartner, &QPushButton::clicked, this, [this] { delete m_partners->currentItem(); });
    partnerRow->addWidget(m_partnerSearch, 1);
    partnerRow->addWidget(removePartner);
    m_partnerNames = new QLineEdit(inner);
    m_partnerNames->setObjectName(QStringLiteral("planPartnerNamesEdit"));
    m_partnerNames->setPlaceholderText(tr("Other partners, not in the directory (separated by ;)"));
    partnersBox->addWidget(m_partners);
    partnersBox->addLayout(partnerRow);
    partnersBox->addWidget(m_partnerNames);
    form->addRow(tr("Partners:"), partnersBox);
}

void PlanActionEditor::addContentRows(QFormLayout *form, QWidget *inner)
{
    m_description = new QPlainTextEdit(inner);
    m_description->setObjectName(QStringLiteral("planDescriptionEdit"));
    m_description->setMaximumHeight(70);
    form->addRow(tr("&Description:"), m_description);
    m_means = new QPlainTextEdit(inner);
    m_means->setObjectName(QStringLiteral("planMeansEdit"));
    m_means->setMaximumHeight(60);
    form->addRow(tr("&Means:"), m_means);

    auto *money = new QHBoxLayout;
    m_budgetPlanned = moneySpin(inner, QStringLiteral("planBudgetPlannedSpin"));
    m_budgetSpent = moneySpin(inner, QStringLiteral("planBudgetSpentSpin"));
    money->addWidget(m_budgetPlanned);
    money->addWidget(new QLabel(tr("spent:"), inner));
    money->addWidget(m_budgetSpent);
    form->addRow(tr("Budget planned:"), money);
    auto *hours = new QHBoxLayout;
    m_staffHours = hourSpin(inner, QStringLiteral("planStaffHoursSpin"));
    m_volunteerHours = hourSpin(inner, QStringLiteral("planVolunteerHoursSpin"));
    hours->addWidget(m_staffHours);
    hours->addWidget(new QLabel(tr("volunteers:"), inner));
    hours->addWidget(m_volunteerHours);
    form->addRow(tr("Staff hours:"), hours);
}

QGroupBox *PlanActionEditor::createIndicatorsBox(QWidget *inner)
{
    auto *indicatorsBox = new QGroupBox(tr("Indicators"), inner);
    auto *indLayout = new QVBoxLayout(indicatorsBox);
    m_indicators = new QTableWidget(0, 6, indicatorsBox);
    m_indicators->setObjectName(QStringLiteral("planIndicatorsTable"));
    m_indicators->setHorizontalHeaderLabels({tr("Kind"), tr("Indicator"), tr("Unit"), tr("Target"), tr("Achieved"), tr("Counted from")});
    m_indicators->horizontalHeaderItem(IndSource)->setToolTip(
        tr("Typed by hand, or counted from the accompaniment of projects over the plan's period and kept up to date."));
    m_indicators->horizontalHeader()->setSectionResizeMode(IndLabel, QHeaderView::Stretch);
    m_indicators->verticalHeader()->hide();
    m_indicators->setMinimumHeight(110);
    auto *indButtons = new QHBoxLayout;
    auto *addInd = new QPushButton(tr("Add an indicator"), indicatorsBox);
    addInd->setObjectName(QStringLiteral("planAddIndicatorButton"));
    auto *removeInd = new QPushButton(tr("Remove"), indicatorsBox);
    removeInd->setObjectName(QStringLiteral("planRemoveIndicatorButton"));
    indButtons->addWidget(addInd);
    indButtons->addWidget(removeInd);
    indButtons->addStretch();
    indLayout->addWidget(m_indicators);
    indLayout->addLayout(indButtons);
    connect(addInd, &QPushButton::clicked, this, &PlanActionEditor::addIndicator);
    connect(removeInd, &QPushButton::clicked, this, [this] {
        if (m_indicators->currentRow() >= 0)
            m_indicators->removeRow(m_indicators->currentRow());
    });
    return indicatorsBox;
}

QGroupBox *PlanActionEditor::createJournalBox(QWidget *inner)
{
    auto *journalBox = new QGroupBox(tr("Journal"), inner);
    auto *jLayout = new QVBoxLayout(journalBox);
    m_journal = new QTableWidget(0, 4, journalBox);
    m_journal->setObjectName(QStringLiteral("planJournalTable"));
    m_journal->setHorizontalHeaderLabels({tr("Date"), tr("Who"), tr("What changed"), tr("Progress")});
    m_journal->horizontalHeader()->setSectionResizeMode(JText, QHeaderView::Stretch);
    m_journal->verticalHeader()->hide();
    m_journal->setItemDelegateForColumn(JDate, new DateWordsDelegate(m_journal));
    m_journal->setMinimumHeight(120);
    auto *jButtons = new QHBoxLayout;
    auto *addJ = new QPushButton(tr("Add an entry"), journalBox);
    addJ->setObjectName(QStringLiteral("planAddJournalButton"));
    auto *removeJ = new QPushButton(tr("Remove"), journalBox);
    removeJ->setObjectName(QStringLiteral("planRemoveJournalButton"));
    jButtons->addWidget(addJ);
    jButtons->addWidget(removeJ);
    jButtons->addStretch();
    jLayout->addWidget(m_journal);
    jLayout->addLayout(jButtons);
    connect(addJ, &QPushButton::clicked, this, [this] { addJournalEntry(); });
    connect(removeJ, &QPushButton::clicked, this, [this] {
        if (m_journal->currentRow() >= 0)
            m_journal->removeRow(m_journal->currentRow());
    });
    return journalBox;
}

void PlanActionEditor::layOut(QWidget *inner)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("planEditorError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_apply = new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("planApplyButton"));
    m_revert = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("planRevertButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
}

void PlanActionEditor::connectWidgets()
{
    connect(m_status, &QComboBox::activated, this, &PlanActionEditor::onStatusChosen);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PlanActionEditor::updateLateLabel);
    connect(m_due, &QLineEdit::textChanged, this, &PlanActionEditor::updateLateLabel);
    connect(m_apply, &QPushButton::clicked, this, &PlanActionEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &PlanActionEditor::refresh);
    connect(m_title, &QLineEdit::returnPressed, this, &PlanActionEditor::apply);
    connect(m_partnerSearch, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_partnerMatches = text.trimmed().size() >= 2 ? m_store->findActors(text.trimmed(), 30) : QList<QPair<qint64, QString>>();
        QStringList names;
        for (const auto &m : m_partnerMatches)
            names << m.second;
        m_partnerCompletions->setStringList(names);
    });
    connect(m_partnerSearch, &QLineEdit::returnPressed, this, &PlanActionEditor::addPartner);
    connect(m_pilot, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().size() < 2)
            return;
        QStringList names;
        for (const auto &c : m_store->findContacts(text.trimmed(), 30)) {
            m_pilotMatches.insert(c.second, c.first);
            names << c.second;
        }
        m_pilotCompletions->setStringList(names);
    });
}

void PlanActionEditor::setEnabledAll(bool enabled)
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_error && qobject_cast<QScrollArea *>(w) == nullptr && w->parent() != nullptr)
            w->setEnabled(enabled);
    }
    setEnabled(true);
}

void PlanActionEditor::setLinkedEventsProvider(PlanLinkedEventsProvider provider)
{
    m_events = std::move(provider);
    if (m_item)
        load(*m_item);
}

void PlanActionEditor::setItem(qint64 id)
{
    if (m_item && id == m_item->id)
        return;
    if (isModified())
        apply();
    if (!id) {
        m_item.reset();
        m_loading = true;
        m_title->clear();
        m_loading = false;
        setEnabledAll(false);
        return;
    }
    const auto item = m_store->item(id);
    if (!item) {
        m_item.reset();
        setEnabledAll(false);
        return;
    }
    load(*item);
}

void PlanActionEditor::refresh()
{
    if (!m_item)
        return;
    const auto item = m_store->item(m_item->id);
    if (item)
        load(*item);
    else
        setItem(0);
}

void PlanActionEditor::load(const PlanItem &item)
{
    m_loading = true;
    m_item = item;
    setEnabledAll(m_refusal.isEmpty());
    m_error->setText(m_refusal);
    m_error->setVisible(!m_refusal.isEmpty());
    m_title->setText(item.title);
    m_kind->setCurrentIndex(m_kind->findData(int(item.kind)));
    m_status->setCurrentIndex(m_status->findData(int(item.status)));
    m_progress->setValue(item.progress);
    m_start->setText(PlanVocabulary::displayDate(item.start));
    m_due->setText(PlanVocabulary::displayDate(item.due));
    m_loadedPilotText = item.pilotContactId ? m_store->contactName(item.pilotContactId) : item.pilotName;
    m_pilot->setText(m_loadedPilotText);
    m_partners->clear();
    for (qint64 id : item.partnerActorIds) {
        auto *row = new QListWidgetItem(m_store->actorName(id), m_partners);
        row->setData(Qt::UserRole, id);
    }
    m_partnerNames->setText(item.partnerNames);
    m_description->setPlainText(item.description);
    m_means->setPlainText(item.means);
    m_budgetPlanned->setValue(double(item.budgetPlannedCents) / 100.0);
    m_budgetSpent->setValue(double(item.budgetSpentCents) / 100.0);
    m_staffHours->setValue(item.staffHours);
    m_volunteerHours->setValue(item.volunteerHours);
    m_indicators->setRowCount(0);
    for (const PlanIndicator &ind : item.indicators) {
        addIndicator();
        const int r = m_indicators->rowCount() - 1;
        auto *kind = qobject_cast<QComboBox *>(m_indicators->cellWidget(r, IndKind));
        kind->setCurrentIndex(kind->findData(int(ind.kind)));
        m_indicators->item(r, IndLabel)->setText(ind.label);
        m_indicators->item(r, IndLabel)->setData(Qt::UserRole, ind.id);
        m_indicators->item(r, IndUnit)->setText(ind.unit);
        m_indicators->item(r, IndTarget)->setText(number(ind.target));
        m_indicators->item(r, IndAchieved)->setText(number(ind.achieved));
        auto *source = qobject_cast<QComboBox *>(m_indicators->cellWidget(r, IndSource));
        source->setCurrentIndex(source->findData(int(ind.source)));
    }
    m_journal->setRowCount(0);
    for (const PlanJournalEntry &e : item.journal) {
        const int r = m_journal->rowCount();
        m_journal->insertRow(r);
        auto *date = new QTableWidgetItem;
        date->setData(Qt::EditRole, e.date);
        date->setData(Qt::UserRole, e.id);
        date->setData(Qt::UserRole + 1, e.status);
        m_journal->setItem(r, JDate, date);
        m_journal->setItem(r, JAuthor, new QTableWidgetItem(e.author));
        m_journal->setItem(r, JText, new QTableWidgetItem(e.text));
        m_journal->setItem(r, JProgress, new QTableWidgetItem(e.progress ? QString::number(*e.progress) : QString()));
    }
    m_linkedEvents->clear();
    const QList<PlanLinkedEvent> events = m_events ? m_events(item.id) : QList<PlanLinkedEvent>();
    for (const PlanLinkedEvent &e : events) {
        auto *row = new QListWidgetItem(tr("%1 — %2").arg(QLocale().toString(e.date, QLocale::LongFormat), e.title), m_linkedEvents);
        row->setData(Qt::UserRole, e.eventId);
    }
    if (events.isEmpty())
        new QListWidgetItem(tr("No calendar event is linked to this item."), m_linkedEvents);
    m_loading = false;
    updateLateLabel();
}

void PlanActionEditor::addPartner()
{
    const QString text = m_partnerSearch->text().trimmed();
    if (text.isEmpty())
        return;
    qint64 id = 0;
    QString name;
    for (const auto &m : m_store->findActors(text, 30)) {
        if (m.second.compare(text, Qt::CaseInsensitive) == 0 || !id) {
            id = m.first;
            name = m.second;
            if (m.second.compare(text, Qt::CaseInsensitive) == 0)
                break;
        }
    }
    if (!id) {
        emit statusMessage(tr("No actor of the directory is called “%1”. Partners outside the directory go in the line below.").arg(text));
        return;
    }
    for (int i = 0; i < m_partners->count(); ++i) {
        if (m_partners->item(i)->data(Qt::UserRole).toLongLong() == id) {
            m_partnerSearch->clear();
            return;
        }
    }
    auto *row = new QListWidgetItem(name, m_partners);
    row->setData(Qt::UserRole, id);
    m_partnerSearch->clear();
}

void PlanActionEditor::addIndicator()
{
    const int r = m_indicators->rowCount();
    m_indicators->insertRow(r);
    auto *kind = new QComboBox(m_indicators);
    for (auto k : {PlanIndicator::Kind::Output, PlanIndicator::Kind::Outcome, PlanIndicator::Kind::Impact})
        kind->addItem(PlanVocabulary::indicatorKindLabel(k), int(k));
    m_indicators->setCellWidget(r, IndKind, kind);
    for (int c = IndLabel; c <= IndAchieved; ++c)
        m_indicators->setItem(r, c, new QTableWidgetItem);
    auto *source = new QComboBox(m_indicators);
    source->setObjectName(QStringLiteral("indicatorSource"));
    for (const auto s : PlanVocabulary::indicatorSources())
        source->addItem(PlanVocabulary::indicatorSourceLabel(s), int(s));
    m_indicators->setCellWidget(r, IndSource, source);
    // A counted value is Essaim's, not typed: its cell is read-only.
    QTableWidgetItem *achieved = m_indicators->item(r, IndAchieved);
    connect(source, &QComboBox::currentIndexChanged, this, [source, achieved] {
        const bool counted = PlanIndicator::Source(source->currentData().toInt()) != PlanIndicator::Source::Manual;
        achieved->setFlags(counted ? achieved->flags() & ~Qt::ItemIsEditable : achieved->flags() | Qt::ItemIsEditable);
        achieved->setToolTip(counted ? tr("Counted from the projects over the plan's period; updated by itself.") : QString());
        achieved->setForeground(counted ? QBrush(QColor(0x55, 0x55, 0x55)) : QBrush());
    });
    if (!m_loading)
        m_indicators->editItem(m_indicators->item(r, IndLabel));
}

void PlanActionEditor::addJournalEntry(const QString &text, const QString &status)
{
    const int r = m_journal->rowCount();
    m_journal->insertRow(r);
    auto *date = new QTableWidgetItem;
    date->setData(Qt::EditRole, Clock::today());
    date->setData(Qt::UserRole + 1, status);
    m_journal->setItem(r, JDate, date);
    m_journal->setItem(r, JAuthor, new QTableWidgetItem);
    m_journal->setItem(r, JText, new QTableWidgetItem(text));
    m_journal->setItem(r, JProgress, new QTableWidgetItem(QString::number(m_progress->value())));
    m_journal->editItem(m_journal->item(r, JText));
}

void PlanActionEditor::setToday(const QDate &today)
{
    m_today = today;
    updateLateLabel();
}

void PlanActionEditor::updateLateLabel()
{
    // The same fact as the tree's: PlanTree::isLate on the same day.
    const bool late = m_item && m_item->isAction() && m_today.isValid() && PlanTree::isLate(editedItem(), m_today);
    m_late->setText(late ? PlanVocabulary::lateLabel() : QString());
    m_late->setToolTip(late ? tr("Due %1 and not done on %2").arg(PlanVocabulary::displayDate(editedItem().due),
                                                                 QLocale().toString(m_today, QLocale::LongFormat))
                            : QString());
    m_late->setVisible(late);
}

void PlanActionEditor::onStatusChosen()
{
    if (!m_item || m_loading)
        return;
    const auto status = PlanItem::Status(m_status->currentData().toInt());
    if (status == PlanItem::Status::Done)
        m_progress->setValue(100);
    const PlanItem::Status before = m_item->status;
    if (status == before)
        return;
    const auto answer = Prompter::question(
        this, tr("Journal"),
        tr("“%1” goes from “%2” to “%3”. Write a note about it in the journal?")
            .arg(m_item->title, PlanVocabulary::statusLabel(before), PlanVocabulary::statusLabel(status)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        addJournalEntry(tr("Status: %1 → %2").arg(PlanVocabulary::statusLabel(before), PlanVocabulary::statusLabel(status)),
                        PlanVocabulary::statusKey(status));
    }
    updateLateLabel();
}

PlanItem PlanActionEditor::editedItem() const
{
    if (!m_item)
        return {};
    PlanItem item = *m_item;
    item.title = m_title->text().trimmed();
    item.kind = PlanItem::Kind(m_kind->currentData().toInt());
    item.status = PlanItem::Status(m_status->currentData().toInt());
    item.progress = m_progress->value();
    // A date left as shown keeps its stored text; one typed is read back from words.
    const auto typedDate = [](const QLineEdit *edit, const QString &stored) {
        return edit->text() == PlanVocabulary::displayDate(stored) ? stored : PlanVocabulary::fromDisplayDate(edit->text());
    };
    item.start = typedDate(m_start, m_item->start);
    item.due = typedDate(m_due, m_item->due);
    const QString pilot = m_pilot->text().trimmed();
    if (pilot == m_loadedPilotText) {
        // Unchanged: keep the link (or the text) as it was.
    } else if (m_pilotMatches.contains(pilot)) {
        item.pilotContactId = m_pilotMatches.value(pilot);
        item.pilotName.clear();
    } else {
        // A name typed in full, without the completion, still finds its contact.
        item.pilotContactId = 0;
        item.pilotName = pilot;
        if (!pilot.isEmpty()) {
            for (const auto &c : m_store->findContacts(pilot, 5)) {
                if (m_store->contactName(c.first).compare(pilot, Qt::CaseInsensitive) == 0) {
                    item.pilotContactId = c.first;
                    item.pilotName.clear();
                    break;
                }
            }
        }
    }
    item.partnerActorIds.clear();
    for (int i = 0; i < m_partners->count(); ++i)
        item.partnerActorIds << m_partners->item(i)->data(Qt::UserRole).toLongLong();
    item.partnerNames = m_partnerNames->text().trimmed();
    item.description = m_description->toPlainText();
    item.means = m_means->toPlainText();
    item.budgetPlannedCents = qint64(std::llround(m_budgetPlanned->value() * 100.0));
    item.budgetSpentCents = qint64(std::llround(m_budgetSpent->value() * 100.0));
    item.staffHours = m_staffHours->value();
    item.volunteerHours = m_volunteerHours->value();
    item.indicators.clear();
    for (int r = 0; r < m_indicators->rowCount(); ++r) {
        PlanIndicator ind;
        auto *kind = qobject_cast<QComboBox *>(m_indicators->cellWidget(r, IndKind));
        ind.kind = PlanIndicator::Kind(kind ? kind->currentData().toInt() : 0);
        ind.id = m_indicators->item(r, IndLabel)->data(Qt::UserRole).toLongLong();
        ind.label = m_indicators->item(r, IndLabel)->text().trimmed();
        ind.unit = m_indicators->item(r, IndUnit)->text().trimmed();
        ind.target = parseNumber(m_indicators->item(r, IndTarget)->text());
        ind.achieved = parseNumber(m_indicators->item(r, IndAchieved)->text());
        auto *source = qobject_cast<QComboBox *>(m_indicators->cellWidget(r, IndSource));
        ind.source = PlanIndicator::Source(source ? source->currentData().toInt() : 0);
        if (!ind.label.isEmpty() || ind.target || ind.achieved || ind.isCounted())
            item.indicators << ind;
    }
    item.journal.clear();
    for (int r = 0; r < m_journal->rowCount(); ++r) {
        PlanJournalEntry e;
        e.id = m_journal->item(r, JDate)->data(Qt::UserRole).toLongLong();
        e.date = DateWordsDelegate::dateOf(m_journal->item(r, JDate)->data(Qt::EditRole));
        e.status = m_journal->item(r, JDate)->data(Qt::UserRole + 1).toString();
        e.author = m_journal->item(r, JAuthor)->text().trimmed();
        e.text = m_journal->item(r, JText)->text().trimmed();
        bool ok = false;
        const int p = m_journal->item(r, JProgress)->text().trimmed().toInt(&ok);
        if (ok)
            e.progress = std::clamp(p, 0, 100);
        if (!e.text.isEmpty() || e.date.isValid())
            item.journal << e;
    }
    return item;
}

bool PlanActionEditor::isModified() const
{
    return m_item && editedItem() != *m_item;
}

void PlanActionEditor::setRefusal(const QString &why)
{
    m_refusal = why;
    if (m_item)
        load(*m_item);
}

bool PlanActionEditor::apply()
{
    if (!m_item || !m_refusal.isEmpty())
        return true;
    const PlanItem after = editedItem();
    QStringList problems;
    if (after.title.isEmpty())
        problems << tr("The title is empty: give the item a title.");
    for (const QString &d : {after.start, after.due}) {
        if (!d.isEmpty() && !PlanVocabulary::isValidDate(d))
            problems << tr("“%1” is not a date: write a month as June 2012 (or 2012-06), a day as 15 June 2012 (or 2012-06-15).").arg(d);
    }
    for (const PlanJournalEntry &e : after.journal) {
        if (!e.date.isValid())
            problems << tr("A journal entry has no valid date: write it as 2012-06-15.");
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char(' ')));
        m_error->show();
        return false;
    }
    m_error->hide();
    if (after == *m_item)
        return true;
    const PlanItem before = *m_item;
    auto *command = new EditPlanItemCommand(m_store, before, after);
    if (!command->applyNow()) {
        delete command;
        m_error->setText(tr("“%1” could not be saved (%2). Nothing was changed; try again.").arg(after.title, m_store->errorString()));
        m_error->show();
        return false;
    }
    m_item = after;
    m_undo->push(command);
    refresh();
    emit statusMessage(tr("“%1” saved.").arg(after.title));
    return true;
}
