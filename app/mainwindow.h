#pragma once

#include "models/sync/writepolicy.h"

#include <QMainWindow>

#include <memory>

class AgendaTab;
class CouncilActions;
class DirectoryTab;
class HelpWindow;
class ObservatoryTab;
class PlanTab;
class PrivacyMenu;
class ProjectsTab;
class PublicationsTab;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoStack;
class Session;
class SocialUtilityEditor;
class SyncController;

/// The window: one tab per capability over the open session (the database
/// and its stores), the menus, recent files, backups and the status bar. A
/// new database replaces the session and the tabs built from it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) @p path; on failure says why and keeps what was open.
    bool openDatabase(const QString &path, bool createIfMissing = true);
    QString databasePath() const;
    DirectoryTab *directoryTab() const { return m_directory; }
    ObservatoryTab *observatoryTab() const { return m_observatory; }
    AgendaTab *agendaTab() const { return m_agenda; }
    PlanTab *planTab() const { return m_planTab; }
    PublicationsTab *publicationsTab() const { return m_publications; }
    ProjectsTab *projectsTab() const { return m_projectsTab; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Opens the user guide at @p page, or at the page of the tab shown
    /// when @p page is empty (Help > User guide, F1).
    void showUserGuide(const QString &page = QString());
    /// The guide's page for the tab shown ("directory.html"...).
    QString userGuidePageForCurrentTab() const;
    HelpWindow *helpWindow() const { return m_helpWindow; }
    CouncilActions *councilActions() const { return m_council; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    /// Builds every tab and menu from the open session.
    void attachTabs();
    /// Takes every tab down, leaving the session open.
    void detachTabs();
    void detachDatabase();
    void showStatus(const QString &message);
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void updateTitle();
    void attachObservatory();
    void attachPlanTab();
    void connectAgendaAndPlan();
    void attachPublications();
    void attachProjects();
    void attachAgendaTasks();
    /// What the person may change on a shared server, given to every tab.
    void applyWritePolicy();
    void connectPrinting();

    void newDatabase();
    void openDatabaseDialog();
    void saveCopy();
    void restoreBackup();
    void showPreferences();
    void showAbout();
    void importActors();

    std::unique_ptr<Session> m_session;
    SyncController *m_sync = nullptr;
    void reloadAfterSync();
    QUndoStack *m_undoStack;
    CouncilActions *m_council = nullptr;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    DirectoryTab *m_directory = nullptr;
    ObservatoryTab *m_observatory = nullptr;
    SocialUtilityEditor *m_socialUtility = nullptr; ///< a page of the directory's form
    WritePolicy m_policy; ///< what the role on the shared server may change, read with the tabs
    QMenu *m_observatoryMenu = nullptr;
    PlanTab *m_planTab = nullptr;
    QMenu *m_planMenu = nullptr;
    AgendaTab *m_agenda = nullptr;
    QMenu *m_agendaMenu = nullptr;
    ProjectsTab *m_projectsTab = nullptr;
    QMenu *m_projectsMenu = nullptr;
    PublicationsTab *m_publications = nullptr;
    QMenu *m_publicationsMenu = nullptr;
    PrivacyMenu *m_privacyMenu = nullptr;
    QLabel *m_fileLabel;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_directoryMenu = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    HelpWindow *m_helpWindow = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_importAction = nullptr;
};
