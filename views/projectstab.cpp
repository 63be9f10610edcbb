#include "projectstab.h"

#include "models/domain/clock.h"
#include "models/domain/projectvocabulary.h"
#include "models/interchange/callscsvreader.h"
#include "models/itemmodels/projectfilterproxy.h"
#include "models/itemmodels/projecttablemodel.h"
#include "models/stores/accompanimentreader.h"
#include "models/stores/actorstore.h"
#include "models/stores/projectfounder.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"
#include "models/undo/callschangecommand.h"
#include "models/undo/foundprojectcommand.h"
#include "models/undo/projectchangecommand.h"
#include "projectboard.h"
#include "projectdialog.h"
#include "prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
const QColor lateColor(0xc0, 0x1c, 0x28);

QAction *action(const QString &text, const QString &name, const QKeySequence &key, QObject *parent)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(name);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    return a;
}
} // namespace

ProjectsTab::ProjectsTab(ProjectStore *store, ActorStore *actors, SectorStore *sectors, ReferenceStore *references,
                         QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actors(actors)
    , m_sectors(sectors)
    , m_references(references)
    , m_undoStack(undoStack)
    , m_model(new ProjectTableModel(this))
    , m_filter(new ProjectFilterProxy(this))
    , m_listFilter(new ProjectFilterProxy(this))
    , m_founder(std::make_unique<ProjectFounder>(actors, store))
{
    setObjectName(QStringLiteral("projectsTab"));
    m_filter->setSourceModel(m_model);
    m_listFilter->setSourceModel(m_filter);
    createActions();
    m_board = new ProjectBoard(m_filter, this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("projectPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_board, tr("&Board"));
    m_pages->addTab(buildListPage(), tr("&List"));
    m_todoPage = buildTodoPage();
    m_pages->addTab(m_todoPage, tr("&To do"));
    m_pages->addTab(buildCallsPage(), tr("&Calls for projects"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_pages, 1);
    connectFilters();
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_todoStale && m_pages->currentWidget() == m_todoPage)
            reloadTodo();
    });
    connect(m_board, &ProjectBoard::stageChangeRequested, this, &ProjectsTab::moveToStage);
    connect(m_board, &ProjectBoard::openRequested, this, &ProjectsTab::openProject);
    connect(m_store, &ProjectStore::projectsChanged, this, &ProjectsTab::reload);
    connect(m_store, &ProjectStore::callsChanged, this, &ProjectsTab::reloadCalls);
    reload();
    reloadCalls();
}

ProjectsTab::~ProjectsTab() = default;

void ProjectsTab::createActions()
{
    m_newAction = action(tr("&New project…"), QStringLiteral("newProjectAction"), QKeySequence(Qt::Key_Insert), this);
    connect(m_newAction, &QAction::triggered, this, [this] { openProject(0); });
    m_openAction = action(tr("&Open the project sheet…"), QStringLiteral("openProjectAction"), QKeySequence(Qt::Key_F2), this);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentProjectId())
            openProject(id);
    });
    m_deleteAction = action(tr("&Delete the project"), QStringLiteral("deleteProjectAction"), QKeySequence::Delete, this);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentProjectId())
            deleteProject(id);
    });
    m_foundAction = action(tr("&Found the actor…"), QStringLiteral("foundProjectAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    m_foundAction->setStatusTip(tr("The project becomes an actor of the directory: created from the project, or linked to one that exists"));
    connect(m_foundAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentProjectId())
            foundProject(id);
    });
    m_importCallsAction = action(tr("&Import calls for projects…"), QStringLiteral("importCallsAction"), QKeySequence(), this);
    connect(m_importCallsAction, &QAction::triggered, this, [this] {
        const QString path = Prompter::openFileName(this, tr("Import calls for projects"), QString(), tr("Spreadsheets (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importCalls(path);
    });
    m_markDoneAction = action(tr("&Mark the next step done"), QStringLiteral("markStepDoneAction"), QKeySequence(Qt::CTRL | Qt::Key_D), this);
    for (QAction *a : projectActions())
        addAction(a);
}

QList<QAction *> ProjectsTab::projectActions() const
{
    return {m_newAction, m_openAction, m_deleteAction, m_foundAction, m_markDoneAction, m_importCallsAction};
}

QWidget *ProjectsTab::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setPlaceholderText(tr("Find a project, a holder, a commune…"));
    m_search->setClearButtonEnabled(true);
    m_stage = new QComboBox(bar);
    m_stage->setObjectName(QStringLiteral("projectStageFilter"));
    m_stage->addItem(tr("Every stage"), -1);
    for (const auto stage : ProjectVocabulary::stages())
        m_stage->addItem(ProjectVocabulary::stageLabel(stage), int(stage));
    m_sector = new QComboBox(bar);
    m_sector->setObjectName(QStringLiteral("projectSectorFilter"));
    m_sector->addItem(tr("Every sector"), qint64(0));
    for (const Sector &s : m_sectors->all())
        m_sector->addItem((s.parentId ? QStringLiteral("    ") : QString()) + s.name, s.id);
    m_epci = new QComboBox(bar);
    m_epci->setObjectName(QStringLiteral("projectEpciFilter"));
    m_epci->addItem(tr("Every EPCI"), QString());
    for (const auto &[siren, name] : m_references->epcis())
        m_epci->addItem(name, siren);
    m_accompanier = new QComboBox(bar);
    m_accompanier->setObjectName(QStringLiteral("projectAccompanierFilter"));
    m_lateOnly = new QCheckBox(tr("&Late next steps only"), bar);
    m_lateOnly->setObjectName(QStringLiteral("projectLateOnly"));
    for (QComboBox *combo : {m_stage, m_sector, m_epci, m_accompanier})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_stage);
    layout->addWidget(m_sector);
    layout->addWidget(m_epci);
    layout->addWidget(m_accompanier);
    layout->addWidget(m_lateOnly);
    return bar;
}

QWidget *ProjectsTab::buildListPage()
{
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("projectList"));
    m_list->setModel(m_listFilter);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ProjectTableModel::Name, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(ProjectTableModel::Name, QHeaderView::Stretch);
    connect(m_list, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openProject(index.data(ProjectTableModel::IdRole).toLongLong()); });
    return m_list;
}

QWidget *ProjectsTab::buildTodoPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_todo = new QTableWidget(0, 3, page);
    m_todo->setObjectName(QStringLiteral("projectTodo"));
    m_todo->setHorizontalHeaderLabels({tr("Due"), tr("Project"), tr("Next step")});
    m_todo->horizontalHeader()->setStretchLastSection(true);
    m_todo->verticalHeader()->hide();
    m_todo->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_todo->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_todo);
    auto *done = new QPushButton(m_markDoneAction->text(), page);
    done->setObjectName(QStringLiteral("markStepDoneButton"));
    m_markDoneButton = done;
    connect(done, &QPushButton::clicked, m_markDoneAction, &QAction::trigger);
    connect(m_markDoneAction, &QAction::triggered, this, [this] {
        const int row = m_todo->currentRow();
        if (row < 0)
            return;
        const qint64 interactionId = m_todo->item(row, 0)->data(IdRole).toLongLong();
        const qint64 projectId = m_todo->item(row, 1)->data(IdRole).toLongLong();
        const auto before = m_store->snapshot(projectId);
        if (!before || !allowedToChange(before->project))
            return;
        auto after = before;
        for (ProjectInteraction &entry : after->interactions) {
            if (entry.id == interactionId)
                entry.nextStepDone = true;
        }
        push(before, after, tr("Next step of “%1” done").arg(before->project.name));
    });
    connect(m_todo, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { openProject(m_todo->item(row, 1)->data(IdRole).toLongLong()); });
    auto *row = new QHBoxLayout;
    row->addWidget(done);
    row->addStretch();
    layout->addLayout(row);
    return page;
}

QWidget *ProjectsTab::buildCallsPage()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_calls = new QTableWidget(0, 5, splitter);
    m_calls->setObjectName(QStringLiteral("callsTable"));
    m_calls->setHorizontalHeaderLabels({tr("Closes on"), tr("Funder"), tr("Call"), tr("Amount"), tr("Sectors")});
    m_calls->horizontalHeader()->setStretchLastSection(true);
    m_calls->verticalHeader()->hide();
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *side = new QWidget(splitter);
    auto *layout = new QVBoxLayout(side);
    layout->addWidget(new QLabel(tr("May apply (sector, family and territory):"), side));
    m_eligible = new QListWidget(side);
    m_eligible->setObjectName(QStringLiteral("callEligible"));
    layout->addWidget(m_eligible, 2);
    layout->addWidget(new QLabel(tr("Have applied:"), side));
    m_applicants = new QListWidget(side);
    m_applicants->setObjectName(QStringLiteral("callApplicants"));
    layout->addWidget(m_applicants, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    connect(m_calls, &QTableWidget::currentCellChanged, this, [this](int row) { showCall(row); });
    return splitter;
}

void ProjectsTab::connectFilters()
{
    connect(m_search, &QLineEdit::textChanged, this, &ProjectsTab::applyFilters);
    for (QComboBox *combo : {m_stage, m_sector, m_epci, m_accompanier})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProjectsTab::applyFilters);
    connect(m_lateOnly, &QCheckBox::toggled, this, &ProjectsTab::applyFilters);
}

void ProjectsTab::applyFilters()
{
    m_filter->setText(m_search->text());
    // A sector names its sub-sectors too.
    QSet<qint64> sectors;
    if (const qint64 chosen = m_sector->currentData().toLongLong()) {
        sectors << chosen;
        for (const Sector &s : m_sectors->all()) {
            if (sectors.contains(s.parentId))
                sectors << s.id;
        }
    }
    m_filter->setSectors(sectors);
    m_filter->setEpci(m_epci->currentData().toString());
    m_filter->setAccompanier(m_accompanier->currentData().toLongLong());
    m_filter->setLateOnly(m_lateOnly->isChecked());
    const int stage = m_stage->currentData().toInt();
    m_listFilter->setStage(stage < 0 ? std::nullopt : std::optional<int>(stage));
}

void ProjectsTab::reload()
{
    const qint64 current = currentProjectId();
    const QList<ProjectCard> cards = m_store->cards();
    m_model->setToday(Clock::today());
    m_model->setCards(cards);
    // The accompanying actors of the projects, for the filter.
    const qint64 chosen = m_accompanier->currentData().toLongLong();
    QMap<QString, qint64> accompaniers;
    for (const ProjectCard &card : cards) {
        const QStringList names = card.accompaniedBy.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        for (int i = 0; i < card.accompanierIds.size() && i < names.size(); ++i)
            accompaniers.insert(names.at(i), card.accompanierIds.at(i));
    }
    const QSignalBlocker blocker(m_accompanier);
    m_accompanier->clear();
    m_accompanier->addItem(tr("Every accompanying actor"), qint64(0));
    for (auto it = accompaniers.cbegin(); it != accompaniers.cend(); ++it)
        m_accompanier->addItem(it.key(), it.value());
    m_accompanier->setCurrentIndex(qMax(0, m_accompanier->findData(chosen)));
    invalidateTodo();
    if (current)
        selectProject(current);
}

void ProjectsTab::invalidateTodo()
{
    m_todoStale = true;
    if (m_pages->currentWidget() == m_todoPage)
        reloadTodo();
}

void ProjectsTab::reloadTodo()
{
    m_todoStale = false;
    const QDate today = Clock::today();
    const QList<ProjectStore::NextStep> steps = m_store->openNextSteps();
    m_todo->setRowCount(0);
    m_todo->setRowCount(int(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        const ProjectStore::NextStep &step = steps.at(row);
        auto *due = new QTableWidgetItem(QLocale().toString(step.due, QLocale::ShortFormat));
        due->setData(IdRole, step.interactionId);
        auto *project = new QTableWidgetItem(step.projectName);
        project->setData(IdRole, step.projectId);
        auto *what = new QTableWidgetItem(step.step);
        const bool late = step.due < today;
        for (QTableWidgetItem *item : {due, project, what}) {
            if (late) {
                item->setForeground(lateColor);
                item->setToolTip(tr("Late: due on %1").arg(QLocale().toString(step.due, QLocale::LongFormat)));
            }
        }
        m_todo->setItem(row, 0, due);
        m_todo->setItem(row, 1, project);
        m_todo->setItem(row, 2, what);
    }
    m_todo->resizeColumnsToContents();
}

void ProjectsTab::reloadCalls()
{
    m_callList = m_store->calls();
    const QLocale locale;
    m_calls->setRowCount(0);
    m_calls->setRowCount(int(m_callList.size()));
    for (int row = 0; row < m_callList.size(); ++row) {
        const CallForProjects &call = m_callList.at(row);
        const bool open = call.isOpenOn(Clock::today());
        const QStringList cells{call.closesOn.isValid() ? locale.toString(call.closesOn, QLocale::ShortFormat) : QString(), call.funder,
                                call.title, call.amountCents ? locale.toCurrencyString(double(*call.amountCents) / 100.0) : QString(),
                                call.sectors.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!open)
                item->setForeground(palette().placeholderText());
            m_calls->setItem(row, column, item);
        }
    }
    m_calls->resizeColumnsToContents();
    showCall(m_calls->currentRow());
}

void ProjectsTab::selectCall(qint64 callId)
{
    for (int row = 0; row < m_callList.size(); ++row) {
        if (m_callList.at(row).id == callId) {
            m_pages->setCurrentWidget(m_calls->parentWidget());
            m_calls->setCurrentCell(row, 0);
            return;
        }
    }
}

void ProjectsTab::showCall(int row)
{
    m_eligible->clear();
    m_applicants->clear();
    if (row < 0 || row >= m_callList.size())
        return;
    const AccompanimentReader reader(m_store->connectionName());
    const CallForProjects &call = m_callList.at(row);
    const auto label = [](const AccompanimentReader::Candidate &c) {
        return c.kind == AccompanimentReader::Candidate::Kind::Project ? tr("Project: %1").arg(c.name) : c.name;
    };
    for (const auto &candidate : reader.eligible(call))
        m_eligible->addItem(label(candidate));
    for (const auto &candidate : reader.applicants(call.id))
        m_applicants->addItem(label(candidate));
}

qint64 ProjectsTab::currentProjectId() const
{
    if (m_pages->currentWidget() == m_list && m_list->currentIndex().isValid())
        return m_list->currentIndex().data(ProjectTableModel::IdRole).toLongLong();
    return m_board->currentProjectId();
}

void ProjectsTab::selectProject(qint64 id)
{
    m_board->selectProject(id);
    for (int row = 0; row < m_listFilter->rowCount(); ++row) {
        const QModelIndex index = m_listFilter->index(row, 0);
        if (index.data(ProjectTableModel::IdRole).toLongLong() == id) {
            m_list->setCurrentIndex(index);
            break;
        }
    }
}

bool ProjectsTab::push(const std::optional<ProjectStore::Snapshot> &before, const std::optional<ProjectStore::Snapshot> &after,
                       const QString &text)
{
    auto *command = new ProjectChangeCommand(m_store, before, after, text);
    if (!command->applyNow()) {
        const QString why = m_store->errorString();
        delete command;
        Prompter::warning(this, tr("Projects"), tr("The change could not be saved: %1 Nothing was changed.").arg(why));
        return false;
    }
    const qint64 id = command->after() ? command->after()->project.id : 0;
    m_undoStack->push(command);
    emit statusMessage(text);
    if (id)
        selectProject(id);
    return true;
}

bool ProjectsTab::moveToStage(const QList<qint64> &ids, int stage)
{
    const auto target = Project::Stage(stage);
    bool ok = true;
    for (const qint64 id : ids) {
        const auto before = m_store->snapshot(id);
        if (!before || before->project.stage == target)
            continue;
        if (!allowedToChange(before->project)) {
            ok = false;
            continue;
        }
        auto after = before;
        after->project.stage = target;
        after->project.stages << Project::StageChange{target, Clock::today()};
        ok = push(before, after, tr("“%1” moved to %2").arg(before->project.name, ProjectVocabulary::stageLabel(target))) && ok;
    }
    return ok;
}

void ProjectsTab::openProject(qint64 id)
{
    std::optional<ProjectStore::Snapshot> before;
    ProjectStore::Snapshot start;
    if (id) {
        before = m_store->snapshot(id);
        if (!before)
            return;
        start = *before;
    }
    const ProjectDialog::Lists lists{m_sectors->all(), m_references->communes(), m_store->needs(), m_store->calls()};
    ProjectDialog dialog(m_store, lists, start, this);
    // Said when the sheet opens rather than after the user's typing is refused.
    if (const QString why = id ? m_policy.projectRefusal(start.project) : QString(); !why.isEmpty())
        dialog.setReadOnly(why);
    if (Prompter::exec(&dialog) != QDialog::Accepted)
        return;
    ProjectStore::Snapshot after = dialog.snapshot();
    if (before && after.project.stage != before->project.stage)
        after.project.stages << Project::StageChange{after.project.stage, Clock::today()};
    if (before && after.project == before->project && after.interactions == before->interactions && after.funding == before->funding)
        return;
    if ((before && !allowedToChange(before->project)) || !allowedToChange(after.project))
        return;
    push(before, after, id ? tr("Project “%1” changed").arg(after.project.name) : tr("Project “%1” created").arg(after.project.name));
}

bool ProjectsTab::deleteProject(qint64 id)
{
    const auto before = m_store->snapshot(id);
    if (!before || !allowedToChange(before->project))
        return false;
    const auto answer = Prompter::question(this, tr("Delete the project"),
                                           tr("Delete the project “%1” with its journal and funding requests? Edit ▸ Undo brings it back.")
                                               .arg(before->project.name),
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    return push(before, std::nullopt, tr("Project “%1” deleted").arg(before->project.name));
}

bool ProjectsTab::foundProject(qint64 id)
{
    const auto project = m_store->project(id);
    if (!project)
        return false;
    if (!project->actorId && !allowedToChange(*project))
        return false;
    if (project->actorId) {
        emit actorRequested(project->actorId);
        return true;
    }
    Actor actor = ProjectFounder::actorFor(*project, m_references->commune(project->communeInsee).name, Clock::today());
    // An actor of the same name in the same commune is very likely the one.
    const QList<DuplicateCandidate> existing = m_actors->findLikelyDuplicates(actor);
    if (!existing.isEmpty()) {
        const auto found = m_actors->load(existing.first().id);
        const auto answer = Prompter::question(this, tr("Found the actor"),
                                               tr("The directory already has “%1”. Link the project to it? (No creates a new actor.)")
                                                   .arg(found ? found->name : actor.name),
                                               QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Yes && found)
            actor = *found;
    }
    auto *command = new FoundProjectCommand(m_founder.get(), *project, actor, Clock::today());
    if (!command->applyNow()) {
        Prompter::warning(this, tr("Projects"), m_founder->errorString());
        delete command;
        return false;
    }
    m_undoStack->push(command);
    emit statusMessage(tr("“%1” founded: it is now an actor of the directory").arg(project->name));
    emit actorRequested(command->actorId());
    return true;
}

void ProjectsTab::setWritePolicy(const WritePolicy &policy)
{
    m_policy = policy;
    const QString reader = policy.readerRefusal();
    for (QAction *a : {m_newAction, m_deleteAction, m_foundAction, m_markDoneAction}) {
        a->setEnabled(reader.isEmpty());
        a->setToolTip(reader); // empty: Qt's own tip, the action's text
    }
    m_markDoneButton->setEnabled(reader.isEmpty());
    m_markDoneButton->setToolTip(reader);
    const QString council = policy.councilRefusal();
    m_importCallsAction->setEnabled(council.isEmpty());
    m_importCallsAction->setToolTip(council);
    m_board->setMovable(reader.isEmpty(), reader);
}

bool ProjectsTab::allowedToChange(const Project &project)
{
    const QString why = m_policy.projectRefusal(project);
    if (why.isEmpty())
        return true;
    Prompter::warning(this, tr("Projects"), why);
    return false;
}

bool ProjectsTab::importCalls(const QString &path)
{
    if (const QString why = m_policy.councilRefusal(); !why.isEmpty()) {
        Prompter::warning(this, tr("Import calls for projects"), why);
        return false;
    }
    CallsCsvReader reader;
    if (!reader.readFile(path)) {
        Prompter::warning(this, tr("Import calls for projects"), reader.errorString());
        return false;
    }
    auto *command = new CallsChangeCommand(m_store, {}, reader.calls(),
                                           tr("Import of %n call(s) for projects", nullptr, int(reader.calls().size())));
    if (!command->applyNow()) {
        Prompter::warning(this, tr("Import calls for projects"), m_store->errorString());
        delete command;
        return false;
    }
    m_undoStack->push(command);
    emit statusMessage(tr("%n call(s) for projects imported", nullptr, int(reader.calls().size())));
    m_pages->setCurrentIndex(3);
    return true;
}
