#include "directorytab.h"

#include "actorform.h"
#include "directoryexporter.h"
#include "facetcombo.h"
#include "models/domain/duplicateindex.h"
#include "models/domain/essfamily.h"
#include "models/interchange/actorcsvexporter.h"
#include "models/itemmodels/actortablemodel.h"
#include "models/stores/actorstore.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"
#include "models/undo/createactorcommand.h"
#include "models/undo/editactorcommand.h"
#include "prompter.h"
#include "sectordialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QComboBox *choiceCombo(QWidget *parent, const QString &objectName, const QString &any, const QString &yes, const QString &no)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(any, int(ActorFilter::Choice::Any));
    combo->addItem(yes, int(ActorFilter::Choice::Yes));
    combo->addItem(no, int(ActorFilter::Choice::No));
    return combo;
}

} // namespace

DirectoryTab::DirectoryTab(ActorStore *actors, SectorStore *sectors, ReferenceStore *references, QUndoStack *undoStack,
                           QWidget *parent)
    : QWidget(parent)
    , m_actors(actors)
    , m_sectors(sectors)
    , m_references(references)
    , m_undoStack(undoStack)
    , m_model(new ActorTableModel(actors, this))
{
    setObjectName(QStringLiteral("directoryTab"));
    auto *layout = new QVBoxLayout(this);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search a name, acronym, commune, sector, competency or contact (Ctrl+F)"));
    searchRow->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    searchRow->addWidget(m_count);
    layout->addLayout(searchRow);

    auto *bar = new QWidget(this);
    buildFilters(bar);
    layout->addWidget(bar);

    buildRestrictionNotice();
    layout->addWidget(m_restrictionNotice);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("directorySplitter"));
    setUpTable();
    QWidget *formSide = buildFormSide();
    splitter->addWidget(m_table);
    splitter->addWidget(formSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 500});
    const QByteArray split = QSettings().value(QStringLiteral("directory/splitter")).toByteArray();
    if (!split.isEmpty())
        splitter->restoreState(split);
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        QSettings().setValue(QStringLiteral("directory/splitter"), splitter->saveState());
    });
    layout->addWidget(splitter, 1);

    createActions();
    connectSignals();

    updateCount(m_model->totalCount());
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

void DirectoryTab::connectSignals()
{
    connect(m_newAction, &QAction::triggered, this, &DirectoryTab::newActor);
    connect(m_duplicateAction, &QAction::triggered, this, &DirectoryTab::duplicateActor);
    connect(m_archiveAction, &QAction::triggered, this, [this] { setCurrentArchived(true); });
    connect(m_restoreAction, &QAction::triggered, this, [this] { setCurrentArchived(false); });
    connect(m_applyAction, &QAction::triggered, this, &DirectoryTab::applyForm);
    connect(m_exportAction, &QAction::triggered, this, &DirectoryTab::exportDirectory);
    connect(m_sectorsAction, &QAction::triggered, this, &DirectoryTab::editSectors);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_form, &ActorForm::applyRequested, this, &DirectoryTab::applyForm);

    connect(m_search, &QLineEdit::textChanged, this, &DirectoryTab::updateFilter);
    connect(m_model, &ActorTableModel::totalCountChanged, this, &DirectoryTab::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The query ran again: put the selection back on the actor shown,
        // if it is among the rows near the top (no mass fetching for it).
        if (m_currentId > 0)
            selectActor(m_currentId);
        updateHiddenNotice();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DirectoryTab::onCurrentRowChanged);
    connect(m_actors, &ActorStore::actorSaved, this, &DirectoryTab::onStoreChanged);
    connect(m_actors, &ActorStore::actorRemoved, this, &DirectoryTab::onStoreRemoved);
    connect(m_actors, &ActorStore::actorsReset, this, [this] {
        // The territory may have changed with them: its facets and communes too.
        reloadFilterChoices();
        m_form->reloadTerritory();
        onStoreChanged(m_currentId);
    });
    connect(m_sectors, &SectorStore::sectorsChanged, this, [this] {
        m_form->reloadSectors();
        reloadFilterChoices();
        m_model->reload();
    });
}

void DirectoryTab::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New actor"), this);
    m_newAction->setObjectName(QStringLiteral("newActorAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_duplicateAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Duplicate actor"), this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateActorAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_archiveAction = new QAction(QIcon::fromTheme(QStringLiteral("archive-insert")), tr("&Archive actor"), this);
    m_archiveAction->setObjectName(QStringLiteral("archiveActorAction"));
    m_archiveAction->setShortcut(QKeySequence::Delete);
    m_archiveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_restoreAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Restore actor"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreActorAction"));
    m_applyAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("A&pply changes"), this);
    m_applyAction->setObjectName(QStringLiteral("applyAction"));
    m_applyAction->setShortcut(QKeySequence::Save);
    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export the actors shown…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportActorsAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_sectorsAction = new QAction(tr("Edit the &sectors…"), this);
    m_sectorsAction->setObjectName(QStringLiteral("editSectorsAction"));
    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_table->addAction(m_archiveAction);
}

QWidget *DirectoryTab::buildFormSide()
{
    auto *formSide = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_hiddenNotice = new QLabel(formSide);
    m_hiddenNotice->setObjectName(QStringLiteral("hiddenActorNotice"));
    m_hiddenNotice->setWordWrap(true);
    m_hiddenNotice->setTextFormat(Qt::PlainText);
    m_hiddenNotice->setFrameShape(QFrame::StyledPanel);
    m_hiddenNotice->setAutoFillBackground(true);
    m_hiddenNotice->setPalette(m_restrictionNotice->palette());
    m_hiddenNotice->hide();
    formLayout->addWidget(m_hiddenNotice);
    m_form = new ActorForm(m_references, m_sectors, formSide);
    formLayout->addWidget(m_form, 1);
    return formSide;
}

void DirectoryTab::setUpTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actorTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActorTableModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    m_table->setWordWrap(false);
    for (int column : {ActorTableModel::LegalStatus, ActorTableModel::Postcode, ActorTableModel::Siret, ActorTableModel::Rna,
                       ActorTableModel::Employer, ActorTableModel::AcceptsInterns, ActorTableModel::CharterSigned,
                       ActorTableModel::Updated})
        m_table->setColumnHidden(column, true);
    m_table->setColumnWidth(ActorTableModel::Name, 260);
    m_table->setColumnWidth(ActorTableModel::Sector, 180);
    m_table->setColumnWidth(ActorTableModel::Epci, 180);
    QSettings settings;
    const QByteArray header = settings.value(QStringLiteral("directory/header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &DirectoryTab::showHeaderMenu);
}

void DirectoryTab::buildRestrictionNotice()
{
    m_restrictionNotice = new QFrame(this);
    m_restrictionNotice->setObjectName(QStringLiteral("drillDownNotice"));
    static_cast<QFrame *>(m_restrictionNotice)->setFrameShape(QFrame::StyledPanel);
    m_restrictionNotice->setAutoFillBackground(true);
    QPalette noticePalette = m_restrictionNotice->palette();
    noticePalette.setColor(QPalette::Window, noticePalette.color(QPalette::ToolTipBase));
    noticePalette.setColor(QPalette::WindowText, noticePalette.color(QPalette::ToolTipText));
    m_restrictionNotice->setPalette(noticePalette);
    auto *noticeRow = new QHBoxLayout(m_restrictionNotice);
    m_restrictionLabel = new QLabel(m_restrictionNotice);
    m_restrictionLabel->setObjectName(QStringLiteral("drillDownLabel"));
    m_restrictionLabel->setWordWrap(true);
    noticeRow->addWidget(m_restrictionLabel, 1);
    auto *lift = new QPushButton(tr("Show all actors"), m_restrictionNotice);
    lift->setObjectName(QStringLiteral("clearDrillDown"));
    noticeRow->addWidget(lift);
    connect(lift, &QPushButton::clicked, this, &DirectoryTab::clearActorIds);
    m_restrictionNotice->hide();
}

DirectoryTab::~DirectoryTab()
{
    saveHeaderState();
}

void DirectoryTab::saveHeaderState() const
{
    QSettings().setValue(QStringLiteral("directory/header"), m_table->horizontalHeader()->saveState());
}

QList<QAction *> DirectoryTab::actorActions() const
{
    return {m_newAction, m_duplicateAction, m_applyAction, m_archiveAction, m_restoreAction};
}

void DirectoryTab::buildFilters(QWidget *bar)
{
    auto *row = new QGridLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_family = new QComboBox(bar);
    m_family->setObjectName(QStringLiteral("familyFilter"));
    m_sector = new QComboBox(bar);
    m_sector->setObjectName(QStringLiteral("sectorFilter"));
    m_epci = new QComboBox(bar);
    m_epci->setObjectName(QStringLiteral("epciFilter"));
    m_commune = new QComboBox(bar);
    m_commune->setObjectName(QStringLiteral("communeFilter"));
    m_employer = choiceCombo(bar, QStringLiteral("employerFilter"), tr("Employer or not"), tr("Employers"), tr("Not employers"));
    m_interns = choiceCombo(bar, QStringLiteral("internsFilter"), tr("Interns: any"), tr("Accept interns"), tr("No interns"));
    m_charter = choiceCombo(bar, QStringLiteral("charterFilter"), tr("Charter: any"), tr("Charter signed"), tr("Charter not signed"));
    m_archived = new QComboBox(bar);
    m_archived->setObjectName(QStringLiteral("archivedFilter"));
    m_archived->addItem(tr("Current actors"), int(ActorFilter::Choice::No));
    m_archived->addItem(tr("Archived actors"), int(ActorFilter::Choice::Yes));
    m_archived->addItem(tr("Current and archived"), int(ActorFilter::Choice::Any));
    // Combos read whole in their first state and their popups show the full
    // names; two rows of four (where, then yes-or-no questions) so that the
    // tab still fits a laptop screen of 1,280 pixels.
    int cell = 0;
    for (QComboBox *combo : {m_family, m_sector, m_epci, m_commune, m_employer, m_interns, m_charter, m_archived}) {
        FacetCombo::fit(combo);
        combo->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        row->addWidget(combo, cell / 4, cell % 4);
        ++cell;
    }
    auto *reset = new QToolButton(bar);
    reset->setObjectName(QStringLiteral("resetFilters"));
    reset->setText(tr("Reset"));
    reset->setToolTip(tr("Show every current actor again"));
    row->addWidget(reset, 1, 4);
    reloadFilterChoices();
    for (QComboBox *combo : {m_family, m_sector, m_commune, m_employer, m_interns, m_charter, m_archived})
        connect(combo, &QComboBox::currentIndexChanged, this, &DirectoryTab::updateFilter);
    connect(m_epci, &QComboBox::currentIndexChanged, this, [this] {
        reloadFilterChoices();
        updateFilter();
    });
    connect(reset, &QToolButton::clicked, this, &DirectoryTab::resetFilters);
}

void DirectoryTab::reloadFilterChoices()
{
    const QString family = m_family->currentData().toString();
    const qint64 sector = m_sector->currentData().toLongLong();
    const QString epci = m_epci->currentData().toString();
    const QString commune = m_commune->currentData().toString();
    for (QComboBox *combo : {m_family, m_sector, m_epci, m_commune})
        combo->blockSignals(true);

    m_family->clear();
    m_family->addItem(tr("All families"), QString());
    for (const QString &code : EssFamily::codes())
        m_family->addItem(EssFamily::label(code), code);
    m_family->setCurrentIndex(std::max(0, m_family->findData(family)));

    m_sector->clear();
    m_sector->addItem(tr("All sectors"), qint64(0));
    const QList<Sector> sectors = m_sectors->all();
    for (const Sector &s : sectors) {
        const bool child = s.parentId > 0;
        m_sector->addItem(child ? QStringLiteral("    ") + s.name : s.name, s.id);
    }
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(sector)));

    m_epci->clear();
    m_epci->addItem(tr("All EPCI"), QString());
    for (const auto &e : m_references->epcis())
        m_epci->addItem(e.second, e.first);
    m_epci->setCurrentIndex(std::max(0, m_epci->findData(epci)));

    m_commune->clear();
    m_commune->addItem(tr("All communes"), QString());
    const QString chosenEpci = m_epci->currentData().toString();
    for (const Commune &c : m_references->communes()) {
        if (chosenEpci.isEmpty() || c.epciSiren == chosenEpci)
            m_commune->addItem(c.name, c.insee);
    }
    m_commune->setCurrentIndex(std::max(0, m_commune->findData(commune)));

    for (QComboBox *combo : {m_family, m_sector, m_epci, m_commune})
        combo->blockSignals(false);
}

void DirectoryTab::resetFilters()
{
    for (QComboBox *combo : {m_family, m_sector, m_epci, m_commune, m_employer, m_interns, m_charter, m_archived}) {
        combo->blockSignals(true);
        combo->setCurrentIndex(0);
        combo->blockSignals(false);
    }
    reloadFilterChoices();
    m_search->clear();
    m_restriction.clear();
    m_restrictedIds.clear();
    m_beforeDrillDown.reset();
    m_restrictionNotice->hide();
    updateFilter();
}

QList<QComboBox *> DirectoryTab::facetCombos() const
{
    return {m_family, m_sector, m_epci, m_commune, m_employer, m_interns, m_charter, m_archived};
}

void DirectoryTab::setFacet(QComboBox *combo, const QVariant &value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

void DirectoryTab::showActorIds(const QList<qint32> &ids, const QString &label)
{
    DirectoryDrillDown request;
    request.ids = ids;
    request.label = label;
    showDrillDown(request);
}

void DirectoryTab::showDrillDown(const DirectoryDrillDown &request)
{
    if (!m_beforeDrillDown) {
        SavedFilters saved;
        saved.search = m_search->text();
        for (QComboBox *combo : facetCombos())
            saved.facets << combo->currentData();
        m_beforeDrillDown = saved;
    }
    for (QComboBox *combo : facetCombos())
        setFacet(combo, combo->itemData(0));
    // The EPCI first: it decides which communes the commune list offers.
    setFacet(m_epci, request.epciSiren);
    reloadFilterChoices();
    setFacet(m_family, request.family);
    setFacet(m_sector, request.sectorId);
    setFacet(m_commune, request.communeInsee);
    // An actor archived during the year is among the actors of that year.
    setFacet(m_archived, int(ActorFilter::Choice::Any));
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_restrictedIds = request.ids;
    m_restriction = request.label.isEmpty() ? tr("Observatory") : request.label;
    const int n = int(request.ids.size());
    if (request.year > 0 && !request.territoryLabel.isEmpty())
        m_restrictionLabel->setText(tr("From the observatory, %1 in %2: %3 (%n actor(s)).", nullptr, n)
                                        .arg(request.territoryLabel)
                                        .arg(request.year)
                                        .arg(m_restriction));
    else
        m_restrictionLabel->setText(tr("Filtered from the observatory: %1 (%n actor(s)).", nullptr, n).arg(m_restriction));
    m_restrictionNotice->show();
    updateFilter();
}

void DirectoryTab::clearActorIds()
{
    m_restriction.clear();
    m_restrictedIds.clear();
    m_restrictionNotice->hide();
    if (m_beforeDrillDown) {
        const SavedFilters saved = *m_beforeDrillDown;
        m_beforeDrillDown.reset();
        const QList<QComboBox *> combos = facetCombos();
        setFacet(m_epci, saved.facets.value(combos.indexOf(m_epci)));
        reloadFilterChoices();
        for (int i = 0; i < combos.size(); ++i)
            setFacet(combos.at(i), saved.facets.value(i));
        m_search->blockSignals(true);
        m_search->setText(saved.search);
        m_search->blockSignals(false);
    }
    updateFilter();
}

void DirectoryTab::updateFilter()
{
    ActorFilter filter;
    filter.text = m_search->text();
    filter.family = m_family->currentData().toString();
    filter.sectorId = m_sector->currentData().toLongLong();
    filter.epciSiren = m_epci->currentData().toString();
    filter.communeInsee = m_commune->currentData().toString();
    filter.employer = ActorFilter::Choice(m_employer->currentData().toInt());
    filter.acceptsInterns = ActorFilter::Choice(m_interns->currentData().toInt());
    filter.charterSigned = ActorFilter::Choice(m_charter->currentData().toInt());
    filter.archived = ActorFilter::Choice(m_archived->currentData().toInt());
    if (!m_restriction.isEmpty()) {
        filter.restrictToIds = true;
        filter.onlyIds = m_restrictedIds;
        filter.restrictionLabel = m_restriction;
    }
    m_model->setFilter(filter);
}

void DirectoryTab::updateCount(int count)
{
    m_count->setText(tr("%n actor(s)", nullptr, count));
}

void DirectoryTab::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int column = 0; column < ActorTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        action->setEnabled(column != ActorTableModel::Name);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_table->setColumnHidden(column, !shown);
            saveHeaderState();
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

bool DirectoryTab::settleForm()
{
    if (!m_form->isModified())
        return true;
    if (m_form->issues().isEmpty())
        return applyForm();
    const auto answer = Prompter::question(
        this, tr("Unsaved changes"),
        tr("The changes to “%1” cannot be applied as they are:\n%2\n\nDiscard them?")
            .arg(m_form->actor().name, m_form->issues().constFirst().message),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void DirectoryTab::onCurrentRowChanged()
{
    if (m_settingSelection)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id == m_currentId && id != 0)
        return;
    if (!settleForm()) {
        selectActor(m_currentId);
        return;
    }
    showActor(id);
}

void DirectoryTab::showActor(qint64 id)
{
    m_currentId = id;
    m_currentArchived = false;
    if (id > 0) {
        if (const auto actor = m_actors->load(id)) {
            m_form->setActor(*actor);
            m_currentArchived = actor->archived;
        } else {
            m_form->clear();
        }
    } else {
        m_form->clear();
    }
    updateActions();
    updateHiddenNotice();
}

void DirectoryTab::selectActor(qint64 id)
{
    m_settingSelection = true;
    const int row = id > 0 ? m_model->rowOfId(id, 10 * ActorTableModel::PageSize) : -1;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_table->clearSelection();
    }
    m_settingSelection = false;
}

void DirectoryTab::onStoreChanged(qint64 id)
{
    // Saved by an undo or a redo (the form's own Apply shows it already):
    // the list and the form go to the actor concerned and show what the
    // store holds. Pending edits of another actor are left in peace.
    if (id <= 0 || m_form->isModified())
        return;
    showActor(id);
    selectActor(id);
    updateHiddenNotice();
}

void DirectoryTab::onStoreRemoved(qint64 id)
{
    // The undo of a creation: the actor is gone, the form must not hold it.
    if (id != m_currentId)
        return;
    m_currentId = 0;
    m_form->clear();
    m_table->clearSelection();
    updateActions();
    updateHiddenNotice();
}

void DirectoryTab::updateHiddenNotice()
{
    const bool hidden = m_currentId > 0 && !m_model->matches(m_currentId);
    if (hidden) {
        m_hiddenNotice->setText(tr("“%1” is not in the list: the search or the filters hide it. "
                                   "It stays open here until you choose another actor.")
                                    .arg(m_form->actor().name));
    }
    m_hiddenNotice->setVisible(hidden);
}

void DirectoryTab::updateActions()
{
    const bool has = m_currentId > 0 && !m_readOnly;
    m_duplicateAction->setEnabled(has);
    m_archiveAction->setEnabled(has && !m_currentArchived);
    m_restoreAction->setEnabled(has && m_currentArchived);
}

void DirectoryTab::setWritePolicy(const WritePolicy &policy)
{
    m_policy = policy;
    m_readOnly = policy.isReadOnly();
    const QString why = policy.readerRefusal();
    for (QAction *a : actorActions()) {
        a->setToolTip(why); // empty: Qt's own tip, the action's text
        if (a != m_duplicateAction && a != m_archiveAction && a != m_restoreAction)
            a->setEnabled(!m_readOnly);
    }
    const QString council = policy.councilRefusal();
    m_sectorsAction->setEnabled(council.isEmpty());
    m_sectorsAction->setToolTip(council);
    updateActions();
}

bool DirectoryTab::allowedToChange(const Actor &actor)
{
    const QString why = m_policy.actorRefusal(actor);
    if (why.isEmpty())
        return true;
    Prompter::warning(this, tr("Cannot apply"), why);
    return false;
}

void DirectoryTab::newActor()
{
    if (!settleForm())
        return;
    m_table->clearSelection();
    m_currentId = 0;
    m_form->clear();
    m_form->focusName();
    updateActions();
}

void DirectoryTab::duplicateActor()
{
    if (m_currentId <= 0 || !settleForm())
        return;
    auto actor = m_actors->load(m_currentId);
    if (!actor)
        return;
    Actor copy = *actor;
    copy.id = 0;
    copy.name = tr("%1 (copy)").arg(actor->name);
    copy.createdAt = QDateTime();
    copy.archived = false;
    for (Contact &c : copy.contacts) {
        c.id = 0;
        c.actorId = 0;
    }
    m_table->clearSelection();
    m_currentId = 0;
    // A duplicate starts as a new, unsaved record the user adjusts then applies.
    m_form->setDraft(copy);
    m_form->focusName();
    updateActions();
}

bool DirectoryTab::applyForm()
{
    if (!m_form->isModified())
        return true;
    const QList<ValidationIssue> issues = m_form->issues();
    if (!issues.isEmpty()) {
        Prompter::warning(this, tr("Cannot apply"), issues.constFirst().message);
        return false;
    }
    Actor actor = m_form->actor();
    if (!allowedToChange(actor))
        return false;
    if (actor.id != 0) {
        // Nor may an actor be moved in from someone else's territory.
        const std::optional<Actor> before = m_actors->load(actor.id);
        if (before && !allowedToChange(*before))
            return false;
    }
    if (actor.id == 0) {
        const QList<DuplicateCandidate> duplicates = m_actors->findLikelyDuplicates(actor);
        if (!duplicates.isEmpty()) {
            const DuplicateCandidate &d = duplicates.constFirst();
            const auto answer = Prompter::question(
                this, tr("Possible duplicate"),
                tr("“%1” (%2) is already in the directory (%3). Create “%4” anyway?")
                    .arg(d.name, d.communeName.isEmpty() ? tr("no commune") : d.communeName, DuplicateIndex::reasonText(d.reason),
                         actor.name),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                emit statusMessage(tr("Nothing created: the directory already has “%1”.").arg(d.name));
                return false;
            }
        }
        auto *command = new CreateActorCommand(m_actors, actor);
        if (!command->applyNow()) {
            delete command;
            Prompter::warning(this, tr("Cannot save"),
                              tr("“%1” could not be saved (%2). Nothing was changed; try again, or save a copy of the database.")
                                  .arg(actor.name, m_actors->errorString()));
            return false;
        }
        actor = command->actor();
        m_currentId = actor.id;
        m_undoStack->push(command);
        emit statusMessage(tr("“%1” added to the directory.").arg(actor.name));
    } else {
        const auto before = m_actors->load(actor.id);
        auto *command = before ? new EditActorCommand(m_actors, *before, actor, tr("edit “%1”").arg(actor.name)) : nullptr;
        if (!command || !command->applyNow()) {
            delete command;
            Prompter::warning(this, tr("Cannot save"),
                              tr("The changes to “%1” could not be saved (%2). Nothing was changed; try again.")
                                  .arg(actor.name, m_actors->errorString()));
            return false;
        }
        m_undoStack->push(command);
        emit statusMessage(tr("Changes to “%1” applied.").arg(actor.name));
    }
    m_form->setActor(actor);
    m_currentArchived = actor.archived;
    selectActor(actor.id);
    updateActions();
    return true;
}

void DirectoryTab::setCurrentArchived(bool archived)
{
    if (m_currentId <= 0 || !settleForm())
        return;
    const auto before = m_actors->load(m_currentId);
    if (!before || before->archived == archived || !allowedToChange(*before))
        return;
    Actor after = *before;
    after.archived = archived;
    auto *command = new EditActorCommand(m_actors, *before, after, archived ? tr("archive “%1”").arg(after.name) : tr("restore “%1”").arg(after.name));
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(this, tr("Cannot save"), m_actors->errorString());
        return;
    }
    m_undoStack->push(command);
    m_currentArchived = archived;
    emit statusMessage(archived ? tr("“%1” archived: it is kept and can be restored from the archived actors.").arg(after.name)
                                : tr("“%1” restored.").arg(after.name));
    updateActions();
}

void DirectoryTab::exportDirectory()
{
    const QString summary = DirectoryExporter(m_actors->connectionName(), m_councilIdentity).run(this, m_model->allIdsInOrder());
    if (!summary.isEmpty())
        emit statusMessage(summary);
}

void DirectoryTab::editSectors()
{
    SectorDialog dialog(m_sectors, this);
    dialog.exec();
}
