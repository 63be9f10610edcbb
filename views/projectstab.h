#pragma once

#include "models/stores/projectfounder.h"
#include "models/stores/projectstore.h"
#include "models/sync/writepolicy.h"

#include <QList>
#include <QWidget>

#include <memory>

class ActorStore;
class ProjectBoard;
class ProjectFilterProxy;
class ProjectTableModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;
class ReferenceStore;
class SectorStore;

/// The Projets tab: the accompaniment of project holders. A board with one
/// column per stage (drag a card to move it), the filterable list, the
/// "to do" of next steps by due date (late ones in red) and the calls for
/// projects with who may answer them. Every change is a step of the undo
/// stack; the project sheet opens with Enter or a double click.
class ProjectsTab : public QWidget
{
    Q_OBJECT

public:
    ProjectsTab(ProjectStore *store, ActorStore *actors, SectorStore *sectors, ReferenceStore *references, QUndoStack *undoStack,
                QWidget *parent = nullptr);

    ~ProjectsTab() override;
    QList<QAction *> projectActions() const;
    ProjectTableModel *model() const { return m_model; }
    ProjectBoard *board() const { return m_board; }
    qint64 currentProjectId() const;
    void selectProject(qint64 id);
    /// Shows the page of the calls for projects with the call @p callId chosen.
    void selectCall(qint64 callId);

    /// Moves projects to @p stage, one undo step each (what a drop on the board does).
    bool moveToStage(const QList<qint64> &ids, int stage);
    /// Opens the sheet of a new project, or of @p id.
    void openProject(qint64 id);
    bool deleteProject(qint64 id);
    bool foundProject(qint64 id);
    bool importCalls(const QString &path);
    /// Who may change which project (a shared server's roles): a reader
    /// sees no action that writes and cannot drag a card; a contributor's
    /// change of a project outside their territory ends with the sentence,
    /// nothing written. The calls for projects are the coordinator's.
    void setWritePolicy(const WritePolicy &policy);

signals:
    void statusMessage(const QString &message);
    /// The actor a founded project became: the window shows it in the directory.
    void actorRequested(qint64 actorId);

private:
    void createActions();
    QWidget *buildFilterBar();
    QWidget *buildListPage();
    QWidget *buildTodoPage();
    QWidget *buildCallsPage();
    void connectFilters();
    void reload();
    void reloadTodo();
    /// Fills the "to do" now if its page shows, else when it next does.
    void invalidateTodo();
    void reloadCalls();
    void showCall(int row);
    void applyFilters();
    /// False, after saying why, when the policy refuses changing @p project.
    bool allowedToChange(const Project &project);
    bool push(const std::optional<ProjectStore::Snapshot> &before, const std::optional<ProjectStore::Snapshot> &after,
              const QString &text);

    ProjectStore *m_store;
    ActorStore *m_actors;
    SectorStore *m_sectors;
    ReferenceStore *m_references;
    QUndoStack *m_undoStack;
    ProjectTableModel *m_model;
    ProjectFilterProxy *m_filter;
    ProjectFilterProxy *m_listFilter;
    // Undo commands of the stack keep a pointer to it: it lives as long as the tab.
    std::unique_ptr<ProjectFounder> m_founder;
    ProjectBoard *m_board = nullptr;
    QTabWidget *m_pages = nullptr;
    QTableView *m_list = nullptr;
    QTableWidget *m_todo = nullptr;
    QWidget *m_todoPage = nullptr;
    /// The "to do" is filled when its page shows: ten thousand projects'
    /// next steps are not read for a board that opens.
    bool m_todoStale = true;
    QTableWidget *m_calls = nullptr;
    QListWidget *m_eligible = nullptr;
    QListWidget *m_applicants = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_epci = nullptr;
    QComboBox *m_accompanier = nullptr;
    QCheckBox *m_lateOnly = nullptr;
    QList<CallForProjects> m_callList;
    WritePolicy m_policy;
    QPushButton *m_markDoneButton = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_foundAction = nullptr;
    QAction *m_importCallsAction = nullptr;
    QAction *m_markDoneAction = nullptr;
};
