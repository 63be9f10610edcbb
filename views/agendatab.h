#pragma once

#include "models/domain/event.h"
#include "models/sync/writepolicy.h"

#include <QDate>
#include <QHash>
#include <QPair>
#include <QWidget>

#include <functional>
#include <optional>

class AgendaTaskReader;
class CalendarView;
class EventStore;
class QAction;
class QCalendarWidget;
class QComboBox;
class QDialog;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QToolButton;
class QTreeView;
class OccurrenceTableModel;
class QUndoStack;

/// The Agenda tab: the month grid or the week columns of the council's
/// events in their types' colours, or a list (upcoming events or the
/// results of a search); a mini calendar and the next events beside it.
/// Events are created and edited in EventDialog, one occurrence of a series
/// or the series from it or the whole series; registrations and attendance
/// per occurrence; iCalendar import and export. Every change goes through
/// the undo stack. The accompaniment's next steps and the closing days of
/// calls for projects appear among them, all day and read-only: opening one
/// asks for the project or the call (projectRequested(), callRequested()).
class AgendaTab : public QWidget
{
    Q_OBJECT

public:
    enum class View { Month, Week, List };

    AgendaTab(EventStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    /// The plan actions an event may serve, as (id, label). The plan lives
    /// in another tab: the main window gives them here when it has them.
    void setPlanActions(const QList<QPair<qint64, QString>> &actions);
    /// Where the accompaniment's tasks come from (next steps, calls closing):
    /// the main window gives it; until then the agenda shows events only.
    void setTaskReader(const AgendaTaskReader *reader);
    /// Reads the tasks again (a project or a call changed).
    void reloadTasks();

    /// Who may change which event (a shared server's roles): what the policy
    /// refuses is disabled, with its sentence as the tip and under the
    /// selected event; printing, exporting and moving in time stay.
    void setWritePolicy(const WritePolicy &policy);

    /// The tab's actions, for the main window's Agenda menu.
    QList<QAction *> menuActions() const;

    void setView(View view);
    View view() const { return m_view; }
    void goToDate(const QDate &date);
    QDate currentDate() const;
    void goToday();
    void goPrevious();
    void goNext();
    /// Occurrences shown by the current view (the list's rows in List view).
    QList<Occurrence> visibleOccurrences() const;
    /// Selects the first visible occurrence whose title contains @p title.
    bool selectOccurrence(const QString &title, const QDate &day = QDate());
    std::optional<Occurrence> selectedOccurrence() const;

    void newEvent(const QDate &day = QDate());
    void editSelected();
    void cancelSelectedOccurrence();
    void deleteSelectedEvent();
    void editRegistrations();
    void importIcs();
    void exportIcs();
    void editTypes();

    /// Test seams: how dialogs run (default exec()) and how the scope of a
    /// series edit is chosen (default a question with three buttons; the
    /// chooser returns a SeriesEditor::Scope as int, -1 to cancel).
    static void setDialogRunner(std::function<int(QDialog *)> runner);
    static void setScopeChooser(std::function<int(const QString &question)> chooser);

signals:
    void statusMessage(const QString &message);
    /// The attendance sheet or the poster of an occurrence is asked for.
    void attendanceSheetRequested(const Occurrence &occurrence);
    void posterRequested(const Occurrence &occurrence);
    /// A task was opened: the project of a next step, or a call for projects.
    void projectRequested(qint64 projectId);
    void callRequested(qint64 callId);

private:
    void createActions();
    QHBoxLayout *buildToolBar();
    QWidget *buildSidePanel();
    void setUpViews();
    void refresh();
    void refreshUpcoming();
    void updatePeriodLabel();
    void updateActions();
    void updateDetail();
    void openOccurrence(const Occurrence &occurrence);
    /// Why the policy refuses changing the event of @p occurrence; empty when it may.
    QString refusal(const Occurrence &occurrence) const;
    int runDialog(QDialog *dialog);
    int chooseScope(const QString &question);
    /// @p text names the undo step ("Create …"); @p done says in the status
    /// bar what happened ("Event … created.").
    bool push(const QList<EventRecord> &before, const QList<EventRecord> &after, const QString &text, const QString &done);

    EventStore *m_store;
    const AgendaTaskReader *m_tasks = nullptr;
    QUndoStack *m_undoStack;
    View m_view = View::Month;
    QList<QPair<qint64, QString>> m_planActions;
    QHash<qint64, QColor> m_colors;
    QHash<qint64, QString> m_typeNames;
    WritePolicy m_policy;

    QToolButton *m_monthButton;
    QToolButton *m_weekButton;
    QToolButton *m_listButton;
    QLabel *m_period;
    QLineEdit *m_search;
    QComboBox *m_horizon; ///< how far ahead the plain list goes, in months
    QCalendarWidget *m_mini;
    QListWidget *m_upcoming;
    QStackedWidget *m_stack;
    CalendarView *m_calendar;
    QTreeView *m_list;
    OccurrenceTableModel *m_listModel;
    QLabel *m_detail;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_registrationsAction = nullptr;
    QAction *m_attendanceAction = nullptr;
    QAction *m_posterAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_typesAction = nullptr;
};
