#include "mainwindow.h"

#include "synccontroller.h"
#include "models/sync/writepolicy.h"

#include "councilactions.h"
#include "models/domain/clock.h"
#include "models/privacy/backupcipher.h"
#include "models/privacy/personaldatajournal.h"
#include "models/storage/backupmanager.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/agendataskreader.h"
#include "models/stores/eventstore.h"
#include "models/stores/observatorystore.h"
#include "models/stores/planstore.h"
#include "models/stores/projectstore.h"
#include "models/stores/publicationstore.h"
#include "models/stores/referencefigurestore.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"
#include "models/stores/session.h"
#include "privacymenu.h"
#include "views/accompanimentsummary.h"
#include "views/actorform.h"
#include "views/agendatab.h"
#include "views/backupdialog.h"
#include "views/directorytab.h"
#include "views/documentprinter.h"
#include "views/helpwindow.h"
#include "views/importwizard.h"
#include "views/mobilisationsummary.h"
#include "views/observatorytab.h"
#include "views/passphrasedialog.h"
#include "views/plantab.h"
#include "views/preferencesdialog.h"
#include "views/print/attendancesheetdocument.h"
#include "views/print/documentfactory.h"
#include "views/print/portraitdocument.h"
#include "views/print/posterdocument.h"
#include "views/projectstab.h"
#include "views/prompter.h"
#include "views/publicationstab.h"
#include "views/socialutilityeditor.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int MaxRecentFiles = 8;
// How long a status-bar message stays: a short notice, a result, a result to read.
constexpr int ShortStatusMs = 5000;
constexpr int StatusMs = 8000;
constexpr int LongStatusMs = 10000;

/// Removes @p tab from @p tabs and deletes it, and empties its @p menu.
template<typename Tab>
void takeDown(QTabWidget *tabs, Tab *&tab, QMenu *menu)
{
    if (tab) {
        tabs->removeTab(tabs->indexOf(tab));
        delete tab;
        tab = nullptr;
    }
    if (menu) {
        menu->clear();
        menu->setEnabled(false);
    }
}

QString fileFilter()
{
    return MainWindow::tr("Essaim databases (*.essaim);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fileLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/essaim.svg")));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_empty->setObjectName(QStringLiteral("noDatabaseLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No database is open.\nUse File > New council to start the council of your territory, or File > Open to open a database."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    statusBar()->addPermanentWidget(m_fileLabel);

    createActions();
    statusBar()->addPermanentWidget(m_sync->statusLabel());
    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    detachDatabase();
}

void MainWindow::createActions()
{
    m_newDatabaseAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New database…"), this);
    m_newDatabaseAction->setObjectName(QStringLiteral("newDatabaseAction"));
    m_newDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_council = new CouncilActions(this, m_undoStack);

    m_sync = new SyncController(m_undoStack, this);
    connect(m_sync, &SyncController::databaseChanged, this, &MainWindow::reloadAfterSync);
    connect(m_sync, &SyncController::statusMessage, this, &MainWindow::showStatus);

    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_saveCopyAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &copy…"), this);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);

    m_restoreAction = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("&Restore a backup…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreBackup);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // Says what Ctrl+Z took back: the change may be in a tab or a form not
    // on screen. (These run after the stack's own slot: the command undone
    // is the one to redo now.)
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (!m_undoStack->redoText().isEmpty())
            statusBar()->showMessage(tr("Undone: %1.").arg(m_undoStack->redoText()), StatusMs);
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (!m_undoStack->undoText().isEmpty())
            statusBar()->showMessage(tr("Redone: %1.").arg(m_undoStack->undoText()), StatusMs);
    });

    m_preferencesAction = new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importActorsAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import actors from a spreadsheet, SIRENE or the RNA"));
    m_importAction->setEnabled(false);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importActors);

    m_userGuideAction = new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User guide"), this);
    m_userGuideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    m_userGuideAction->setStatusTip(tr("The guide of Essaim, at the page of the tab shown"));
    connect(m_userGuideAction, &QAction::triggered, this, [this] { showUserGuide(); });

    m_aboutAction = new QAction(tr("&About Essaim"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_council->newCouncilAction());
    file->addAction(m_newDatabaseAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addAction(m_restoreAction);
    file->addSeparator();
    file->addAction(m_council->territoryAction());
    file->addSeparator();
    file->addAction(m_sync->connectAction());
    file->addAction(m_sync->syncAction());
    file->addAction(m_sync->conflictsAction());
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    m_directoryMenu = menuBar()->addMenu(tr("&Directory"));
    m_observatoryMenu = menuBar()->addMenu(tr("&Observatory"));
    m_observatoryMenu->setObjectName(QStringLiteral("observatoryMenu"));
    m_observatoryMenu->setEnabled(false);
    m_agendaMenu = menuBar()->addMenu(tr("&Agenda"));
    m_agendaMenu->setObjectName(QStringLiteral("agendaMenu"));
    m_agendaMenu->setEnabled(false);
    m_planMenu = menuBar()->addMenu(tr("&Plan"));
    m_planMenu->setObjectName(QStringLiteral("planMenu"));
    m_planMenu->setEnabled(false);
    m_projectsMenu = menuBar()->addMenu(tr("P&rojects"));
    m_projectsMenu->setObjectName(QStringLiteral("projectsMenu"));
    m_projectsMenu->setEnabled(false);
    m_publicationsMenu = menuBar()->addMenu(tr("&Publications"));
    m_publicationsMenu->setObjectName(QStringLiteral("publicationsMenu"));
    m_publicationsMenu->setEnabled(false);

    m_privacyMenu = new PrivacyMenu(this);
    menuBar()->addMenu(m_privacyMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_userGuideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

QString MainWindow::databasePath() const
{
    return m_session ? m_session->filePath() : QString();
}

bool MainWindow::openDatabase(const QString &path, bool createIfMissing)
{
    // The open file keeps its lock until the new one is sound: opening the
    // same file again must not find it locked by ourselves.
    if (m_session && QFileInfo(path).absoluteFilePath() == m_session->filePath())
        return true;
    auto session = std::make_unique<Session>();
    if (!session->open(path, createIfMissing ? Database::OpenMode::CreateIfMissing : Database::OpenMode::OpenExisting)) {
        Prompter::warning(this, tr("Cannot open the database"), session->errorString());
        return false;
    }
    if (m_directory && !m_directory->settleForm())
        return false;
    detachDatabase();
    m_session = std::move(session);
    if (QSettings().value(QStringLiteral("backup/daily"), true).toBool()) {
        BackupManager backups(&m_session->database());
        backups.setPassphrase(QSettings().value(QStringLiteral("backup/passphrase")).toString());
        bool made = false;
        if (!backups.dailyBackup(Clock::today(), &made))
            statusBar()->showMessage(backups.errorString());
        else if (made)
            statusBar()->showMessage(tr("Today's backup copy was saved next to the database."), ShortStatusMs);
    }
    attachTabs();
    addRecentFile(m_session->filePath());
    QSettings().setValue(QStringLiteral("lastDatabase"), m_session->filePath());
    return true;
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, StatusMs);
}

void MainWindow::attachTabs()
{
    Session &session = *m_session;
    m_council->attach(session.connectionName(), &session.actors());
    m_directory = new DirectoryTab(&session.actors(), &session.sectors(), &session.references(), m_undoStack, m_tabs);
    m_tabs->addTab(m_directory, QIcon::fromTheme(QStringLiteral("address-book-new")), tr("&Directory"));
    connect(m_directory, &DirectoryTab::statusMessage, this, &MainWindow::showStatus);
    m_directoryMenu->clear();
    m_directoryMenu->addActions(m_directory->actorActions());
    m_directoryMenu->addSeparator();
    m_directoryMenu->addAction(m_directory->findAction());
    m_directoryMenu->addAction(m_directory->exportAction());
    m_directoryMenu->addAction(m_directory->sectorsAction());
    m_directoryMenu->addSeparator();
    m_directoryMenu->addAction(m_importAction);
    m_importAction->setEnabled(true);
    m_directoryMenu->setEnabled(true);
    attachObservatory();
    m_agenda = new AgendaTab(&session.events(), m_undoStack, m_tabs);
    m_tabs->addTab(m_agenda, QIcon::fromTheme(QStringLiteral("view-calendar")), tr("A&genda"));
    connect(m_agenda, &AgendaTab::statusMessage, this, &MainWindow::showStatus);
    m_agendaMenu->clear();
    m_agendaMenu->addActions(m_agenda->menuActions());
    m_agendaMenu->setEnabled(true);
    attachPlanTab();
    connectAgendaAndPlan();
    attachProjects();
    attachPublications();
    m_privacyMenu->attach(&session.database(), &session.actors(), m_undoStack);
    m_stack->setCurrentWidget(m_tabs);
    m_sync->attach(m_session.get());
    applyWritePolicy();
    for (QAction *a : {m_saveCopyAction, m_restoreAction})
        a->setEnabled(true);
    updateTitle();
}

void MainWindow::applyWritePolicy()
{
    // One policy for every tab, read again each time the tabs are built:
    // on opening, after connecting and after a synchronisation.
    const WritePolicy policy = WritePolicy::read(m_session->connectionName());
    m_directory->setWritePolicy(policy);
    m_observatory->setWritePolicy(policy);
    m_policy = policy;
    m_socialUtility->setRefusal(policy.actorRefusal(m_directory->form()->actor()));
    m_agenda->setWritePolicy(policy);
    m_planTab->setWritePolicy(policy);
    m_projectsTab->setWritePolicy(policy);
    m_publications->setWritePolicy(policy);
    // An import writes actors of any commune, all or nothing, and the
    // territory is the whole council's: both are the coordinator's.
    const QString why = policy.councilRefusal();
    m_privacyMenu->setWritePolicy(policy);
    for (QAction *a : {m_importAction, m_council->territoryAction()}) {
        a->setEnabled(why.isEmpty());
        a->setToolTip(why); // empty: Qt's own tip, the action's text
    }
}

void MainWindow::attachObservatory()
{
    Session &session = *m_session;
    m_observatory = new ObservatoryTab(&session.actors(), &session.sectors(), &session.references(), &session.referenceFigures(),
                                       &session.observatory(), m_undoStack, m_tabs);
    m_tabs->addTab(m_observatory, QIcon::fromTheme(QStringLiteral("office-chart-bar")), tr("&Observatory"));
    connect(m_observatory, &ObservatoryTab::statusMessage, this, &MainWindow::showStatus);
    connect(m_observatory, &ObservatoryTab::drillDown, this, [this](const DirectoryDrillDown &request) {
        if (!m_directory || !m_directory->settleForm())
            return;
        m_directory->showDrillDown(request);
        m_tabs->setCurrentWidget(m_directory);
    });
    m_observatory->rememberChoicesAs(session.filePath());
    // The observatory's page of the actor's form: social utility grid and SIRENE band.
    auto *grid = new SocialUtilityEditor(&session.observatory(), m_undoStack);
    m_socialUtility = grid;
    m_directory->form()->addPage(grid, tr("&Observatory"));
    connect(m_directory->form(), &ActorForm::actorShown, grid, [this, grid](qint64 id) {
        grid->setActorId(id);
        // A contributor may assess only the actors of their territory.
        grid->setRefusal(m_policy.actorRefusal(m_directory->form()->actor()));
    });
    grid->setActorId(m_directory->form()->actor().id);
    // Under the key figures: the agenda's mobilisation and the accompaniment of the year shown.
    auto *mobilisation = new MobilisationSummary(&session.events(), m_observatory);
    m_observatory->extraArea()->addWidget(mobilisation);
    connect(m_observatory, &ObservatoryTab::refreshed, mobilisation,
            [this, mobilisation] { mobilisation->showYear(m_observatory->stats().filter.year); });
    auto *accompaniment = new AccompanimentSummary(session.connectionName(), m_observatory);
    m_observatory->extraArea()->addWidget(accompaniment);
    connect(m_observatory, &ObservatoryTab::refreshed, accompaniment,
            [this, accompaniment] { accompaniment->showYear(m_observatory->stats().filter.year); });
    m_observatoryMenu->clear();
    m_observatoryMenu->addActions(m_observatory->actions());
    m_observatoryMenu->setEnabled(true);
}

void MainWindow::attachPlanTab()
{
    m_planTab = new PlanTab(&m_session->plans(), m_undoStack, m_tabs);
    m_tabs->addTab(m_planTab, QIcon::fromTheme(QStringLiteral("view-calendar-tasks")), tr("&Plan"));
    connect(m_planTab, &PlanTab::statusMessage, this, &MainWindow::showStatus);
    m_planMenu->clear();
    m_planMenu->addActions(m_planTab->planActions());
    m_planMenu->setEnabled(true);
}

void MainWindow::attachProjects()
{
    Session &session = *m_session;
    m_projectsTab = new ProjectsTab(&session.projects(), &session.actors(), &session.sectors(), &session.references(), m_undoStack, m_tabs);
    m_tabs->addTab(m_projectsTab, QIcon::fromTheme(QStringLiteral("view-list-details")), tr("P&rojects"));
    connect(m_projectsTab, &ProjectsTab::statusMessage, this, &MainWindow::showStatus);
    connect(m_projectsTab, &ProjectsTab::actorRequested, this, [this](qint64 actorId) {
        if (!m_directory || !m_directory->settleForm())
            return;
        m_directory->selectActor(actorId);
        m_tabs->setCurrentWidget(m_directory);
    });
    m_projectsMenu->clear();
    m_projectsMenu->addActions(m_projectsTab->projectActions());
    m_projectsMenu->setEnabled(true);
    attachAgendaTasks();
}

void MainWindow::attachAgendaTasks()
{
    if (!m_agenda)
        return;
    // The next steps and the calls' closing days show in the agenda; opening
    // one there leads to the project sheet or the call, in the Projets tab.
    m_agenda->setTaskReader(&m_session->agendaTasks());
    connect(&m_session->projects(), &ProjectStore::projectsChanged, m_agenda, &AgendaTab::reloadTasks);
    connect(&m_session->projects(), &ProjectStore::callsChanged, m_agenda, &AgendaTab::reloadTasks);
    connect(m_agenda, &AgendaTab::projectRequested, m_projectsTab, [this](qint64 projectId) {
        m_tabs->setCurrentWidget(m_projectsTab);
        m_projectsTab->selectProject(projectId);
        m_projectsTab->openProject(projectId);
    });
    connect(m_agenda, &AgendaTab::callRequested, m_projectsTab, [this](qint64 callId) {
        m_tabs->setCurrentWidget(m_projectsTab);
        m_projectsTab->selectCall(callId);
    });
}

void MainWindow::connectAgendaAndPlan()
{
    // The plan shows the events that deliver an action; the event editor
    // offers the plan's actions. Both stay in step with the other's changes.
    EventStore *events = &m_session->events();
    m_planTab->setLinkedEventsProvider([events](qint64 itemId) { return events->eventsOfPlanAction(itemId); });
    PlanStore *plans = &m_session->plans();
    auto offerActions = [this, plans] {
        if (m_agenda)
            m_agenda->setPlanActions(plans->actionChoices());
    };
    offerActions();
    for (auto signal : {&PlanStore::itemInserted, &PlanStore::itemRemoved, &PlanStore::itemChanged})
        connect(plans, signal, this, offerActions);
    connect(plans, &PlanStore::plansChanged, this, offerActions);
    connect(plans, &PlanStore::planReset, this, offerActions);
}

void MainWindow::attachPublications()
{
    PublicationStore *store = &m_session->publications();
    m_publications = new PublicationsTab(m_session->connectionName(), store, m_undoStack, m_tabs);
    m_tabs->addTab(m_publications, QIcon::fromTheme(QStringLiteral("document-print")), tr("&Publications"));
    connect(m_publications, &PublicationsTab::statusMessage, this, &MainWindow::showStatus);
    // Every document is one menu entry away, whichever tab is open.
    m_publicationsMenu->clear();
    const QList<QPair<QString, PublicationsTab::Page>> pages = {
        {tr("&Lettre de l'ESS…"), PublicationsTab::LetterPage},
        {tr("Pla&quette…"), PublicationsTab::PlaquettePage},
        {tr("&Guide of the ESS actors…"), PublicationsTab::GuidePage},
        {tr("Address &labels…"), PublicationsTab::LabelsPage},
        {tr("Por&trait of the territory…"), PublicationsTab::PortraitPage},
        {tr("Plan p&rogress report…"), PublicationsTab::PlanReportPage},
        {tr("Visual &identity…"), PublicationsTab::IdentityPage},
    };
    for (const auto &page : pages) {
        QAction *action = m_publicationsMenu->addAction(page.first);
        action->setObjectName(QStringLiteral("publicationPage%1").arg(int(page.second)));
        connect(action, &QAction::triggered, this, [this, page = page.second] {
            m_tabs->setCurrentWidget(m_publications);
            m_publications->showPage(page);
        });
    }
    m_publicationsMenu->addSeparator();
    m_publicationsMenu->addActions(m_publications->printActions());
    connectPrinting();
    // The web site of the directory speaks in the council's name too.
    m_directory->setCouncilIdentity(store->identity());
    connect(store, &PublicationStore::identityChanged, this, [this, store] {
        if (m_directory)
            m_directory->setCouncilIdentity(store->identity());
    });
    m_publicationsMenu->setEnabled(true);
}

void MainWindow::connectPrinting()
{
    // Each tab asks for its documents; they are built here, from the open
    // database, and shown in the print preview.
    auto show = [this](std::unique_ptr<PrintDocument> document, const QString &error, const QString &title) {
        if (!document) {
            Prompter::warning(this, title, error);
            return;
        }
        DocumentPrinter::preview(this, std::shared_ptr<PrintDocument>(std::move(document)));
    };
    connect(m_observatory, &ObservatoryTab::portraitRequested, this, [this, show](const ObservatoryFilter &filter) {
        QString error;
        show(DocumentFactory(m_session->connectionName(), &m_session->publications()).portrait(filter, &error, m_observatory->engine()), error,
             tr("Portrait of the territory"));
    });
    connect(m_agenda, &AgendaTab::attendanceSheetRequested, this, [this, show](const Occurrence &occurrence) {
        QString error;
        show(DocumentFactory(m_session->connectionName(), &m_session->publications()).attendanceSheet(occurrence, &error), error, tr("Attendance sheet"));
    });
    connect(m_agenda, &AgendaTab::posterRequested, this, [this, show](const Occurrence &occurrence) {
        QString error;
        show(DocumentFactory(m_session->connectionName(), &m_session->publications()).poster(occurrence, &error), error, tr("Event poster"));
    });
    // The report's period is chosen on its page of the Publications tab.
    connect(m_planTab, &PlanTab::progressReportRequested, this, [this](qint64 planId) {
        m_tabs->setCurrentWidget(m_publications);
        m_publications->showPlanReport(planId);
    });
    // The printed directory is one step from the directory.
    m_directoryMenu->addSeparator();
    const QList<QPair<QString, PublicationsTab::Page>> directoryDocuments = {
        {tr("Print the &guide of the actors…"), PublicationsTab::GuidePage},
        {tr("Print address &labels…"), PublicationsTab::LabelsPage},
    };
    for (const auto &d : directoryDocuments) {
        QAction *action = m_directoryMenu->addAction(QIcon::fromTheme(QStringLiteral("document-print")), d.first);
        action->setObjectName(QStringLiteral("directoryPrint%1").arg(int(d.second)));
        connect(action, &QAction::triggered, this, [this, page = d.second] {
            m_tabs->setCurrentWidget(m_publications);
            m_publications->showPage(page);
        });
    }
}

void MainWindow::detachTabs()
{
    m_undoStack->clear();
    if (m_privacyMenu)
        m_privacyMenu->detach();
    if (m_council)
        m_council->detach();
    takeDown(m_tabs, m_publications, m_publicationsMenu);
    takeDown(m_tabs, m_projectsTab, m_projectsMenu);
    takeDown(m_tabs, m_planTab, m_planMenu);
    takeDown(m_tabs, m_agenda, m_agendaMenu);
    takeDown(m_tabs, m_observatory, m_observatoryMenu);
    takeDown(m_tabs, m_directory, m_directoryMenu);
}

void MainWindow::reloadAfterSync()
{
    // The server's changes went into the database under the stores: they
    // read it again, and the undo history (over the states before) ends.
    const int tab = m_tabs->currentIndex();
    detachTabs();
    m_session->reloadStores();
    attachTabs();
    m_tabs->setCurrentIndex(tab);
}

void MainWindow::detachDatabase()
{
    if (m_sync)
        m_sync->detach();
    detachTabs();
    m_session.reset();
    m_stack->setCurrentWidget(m_empty);
    if (m_importAction)
        m_importAction->setEnabled(false);
    for (QAction *a : {m_saveCopyAction, m_restoreAction}) {
        if (a)
            a->setEnabled(false);
    }
}

void MainWindow::updateTitle()
{
    if (m_session) {
        setWindowTitle(tr("%1 — Essaim").arg(QFileInfo(m_session->filePath()).fileName()));
        m_fileLabel->setText(QDir::toNativeSeparators(m_session->filePath()));
    } else {
        setWindowTitle(QStringLiteral("Essaim"));
        m_fileLabel->clear();
    }
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int n = 0;
    for (const QString &path : files) {
        if (!QFileInfo::exists(path))
            continue;
        ++n;
        // Two files of the same name (a copy on a USB key) differ by their folder.
        const QFileInfo info(path);
        const QString folder = m_recentMenu->fontMetrics().elidedText(QDir::toNativeSeparators(info.absolutePath()), Qt::ElideMiddle, 420);
        QString text = tr("%1 — %2").arg(info.fileName(), folder);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n).arg(text.replace(QLatin1Char('&'), QLatin1String("&&"))));
        action->setObjectName(QStringLiteral("recentFile%1").arg(n));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path, false); });
    }
    m_recentMenu->setEnabled(n > 0);
}

void MainWindow::newDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Prompter::saveFileName(this, tr("New database"), QDir(dir).filePath(tr("directory.essaim")), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".essaim");
    if (QFileInfo::exists(path)) {
        Prompter::warning(this, tr("New database"),
                          tr("“%1” already exists. A new database is never written over a file: choose another name.")
                              .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (openDatabase(path, true))
        statusBar()->showMessage(tr("New database “%1” created.").arg(QDir::toNativeSeparators(path)), StatusMs);
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_session ? QFileInfo(m_session->filePath()).absolutePath()
                                   : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Prompter::openFileName(this, tr("Open a database"), dir, fileFilter());
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::saveCopy()
{
    if (!m_session || (m_directory && !m_directory->settleForm()))
        return;
    const QString suggested = QFileInfo(m_session->filePath()).completeBaseName()
        + QStringLiteral(" %1.essaim").arg(Clock::today().toString(Qt::ISODate));
    QString path = Prompter::saveFileName(this, tr("Save a copy"),
                                          QDir(QFileInfo(m_session->filePath()).absolutePath()).filePath(suggested), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == m_session->filePath()) {
        Prompter::warning(this, tr("Save a copy"), tr("The copy needs another name than the open database."));
        return;
    }
    // VACUUM INTO refuses an existing file; the dialog already asked to replace it.
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    const bool copied = m_session->database().copyTo(temporary);
    const QString why = copied ? QString() : m_session->database().errorString();
    if (!copied || (QFileInfo::exists(path) && !QFile::remove(path))
        || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        Prompter::warning(this, tr("Save a copy"),
                          tr("The copy could not be written to “%1” (%2). Choose another folder.")
                              .arg(QDir::toNativeSeparators(path), why.isEmpty() ? tr("the file is in use or read-only") : why));
        return;
    }
    statusBar()->showMessage(tr("Copy saved as “%1”.").arg(QDir::toNativeSeparators(path)), StatusMs);
}

void MainWindow::restoreBackup()
{
    if (!m_session || (m_directory && !m_directory->settleForm()))
        return;
    BackupManager manager(&m_session->database());
    const auto backups = manager.backups();
    if (backups.isEmpty()) {
        Prompter::warning(this, tr("Restore a backup"), tr("There is no backup copy of this database yet. A copy is taken each day Essaim opens it."));
        return;
    }
    BackupDialog dialog(backups, this, PersonalDataJournal(m_session->connectionName()).lastErasure());
    if (Prompter::exec(&dialog) != QDialog::Accepted || dialog.selectedPath().isEmpty())
        return;
    manager.setPassphrase(QSettings().value(QStringLiteral("backup/passphrase")).toString());
    QString passphrase;
    if (BackupCipher::isEncrypted(dialog.selectedPath())) {
        PassphraseDialog ask(QFileInfo(dialog.selectedPath()).fileName(), this);
        if (Prompter::exec(&ask) != QDialog::Accepted)
            return;
        passphrase = ask.passphrase();
    }
    // A wrong passphrase or a damaged copy is refused before the tabs and
    // the undo history are let go: the open database stays as it was.
    if (!manager.prepareRestore(dialog.selectedPath(), passphrase)) {
        Prompter::warning(this, tr("Restore a backup"), manager.errorString());
        return;
    }
    const QString path = m_session->filePath();
    // The stores and tabs read the file being replaced: take them down first.
    detachTabs();
    const bool ok = manager.restore(dialog.selectedPath(), passphrase);
    if (!m_session->database().isOpen()) {
        m_session.reset();
        openDatabase(path, false);
    } else {
        m_session->reloadStores();
        attachTabs();
    }
    if (ok)
        statusBar()->showMessage(tr("Backup restored. The state from just before was kept as a backup too."), LongStatusMs);
    else
        Prompter::warning(this, tr("Restore a backup"), manager.errorString());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Essaim"),
                       tr("<h3>Essaim %1</h3><p>The desk of a local council of the social and solidarity economy: "
                          "directory of actors, observatory, calendar, plan of action and publications.</p>"
                          "<p>Works on one computer, without a connection. Data stays in one file, "
                          "backed up every day next to it.</p>"
                          "<p>Communes, intercommunalities, départements and régions: INSEE Code officiel géographique and DGCL, "
                          "through @etalab/decoupage-administratif; centres of the communes: IGN – Admin Express. "
                          "Licence Ouverte / Etalab.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

QString MainWindow::userGuidePageForCurrentTab() const
{
    QWidget *tab = m_stack->currentWidget() == m_tabs ? m_tabs->currentWidget() : nullptr;
    if (!tab)
        return QStringLiteral("index.html");
    if (tab == m_directory)
        return QStringLiteral("directory.html");
    if (tab == m_observatory)
        return QStringLiteral("observatory.html");
    if (tab == m_agenda)
        return QStringLiteral("agenda.html");
    if (tab == m_planTab)
        return QStringLiteral("plan.html");
    if (tab == m_projectsTab)
        return QStringLiteral("projects.html");
    if (tab == m_publications)
        return QStringLiteral("publications.html");
    return QStringLiteral("index.html");
}

void MainWindow::showUserGuide(const QString &page)
{
    // One window, kept: its history (Back, Forward) survives closing it.
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(this);
    m_helpWindow->showPage(page.isEmpty() ? userGuidePageForCurrentTab() : page);
}

void MainWindow::importActors()
{
    if (!m_session || (m_directory && !m_directory->settleForm()))
        return;
    // Window-modal but not exec(): a test drives it like any widget.
    auto *wizard = new ImportWizard(&m_session->actors(), m_undoStack, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setOption(QWizard::HaveHelpButton);
    connect(wizard, &QWizard::helpRequested, this, [this] { showUserGuide(QStringLiteral("import.html")); });
    auto *help = new QShortcut(QKeySequence::HelpContents, wizard);
    connect(help, &QShortcut::activated, this, [this] { showUserGuide(QStringLiteral("import.html")); });
    connect(wizard, &QWizard::finished, this, [this, wizard] {
        if (wizard->imported())
            statusBar()->showMessage(wizard->plan().report.summary(), LongStatusMs);
    });
    wizard->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if ((m_directory && !m_directory->settleForm()) || (m_planTab && !m_planTab->settleForm())) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
