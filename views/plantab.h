#pragma once

#include "models/domain/planlinkedevent.h"
#include "models/sync/writepolicy.h"

#include <QDate>
#include <QWidget>

class PlanActionEditor;
class PlanFilterProxy;
class PlanStore;
class StoreCommand;
class QHBoxLayout;
class QToolBar;
class QTabWidget;
class PlanTimelineView;
class PlanTreeModel;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTabWidget;
class QTextBrowser;
class QTreeView;
class QUndoStack;

/// The Plan tab: the plans of action as a tree (codes, progress bars,
/// status colours, roll-up), filters, the detail editor of the chosen item,
/// the timeline by semester and the semester's "feuille de route". Every
/// edit goes through the undo stack.
class PlanTab : public QWidget
{
    Q_OBJECT

public:
    PlanTab(PlanStore *store, QUndoStack *undo, QWidget *parent = nullptr);

    /// Where the calendar events linked to an action come from (the agenda).
    void setLinkedEventsProvider(PlanLinkedEventsProvider provider);
    /// The day lateness is judged against ("situation on").
    void setToday(const QDate &today);
    QDate today() const;
    /// The day a plan is judged on when shown: today, or its last day once it is over.
    QDate situationDay() const;
    /// Shows the plan @p id (0: the first one).
    void showPlan(qint64 id);
    qint64 currentPlanId() const;
    qint64 currentItemId() const;
    void selectItem(qint64 id);

    QList<QAction *> planActions() const;
    /// The plan has no territory: only a shared server's coordinator changes
    /// it. For anyone else every action that writes is disabled with the
    /// policy's sentence, and the form is read-only; printing stays.
    void setWritePolicy(const WritePolicy &policy);
    /// Writes pending edits of the form; false when they are invalid.
    bool settleForm();

    PlanTreeModel *model() const { return m_model; }
    PlanFilterProxy *proxy() const { return m_proxy; }

    bool exportTimelinePdf(const QString &path, int *pages = nullptr);
    bool exportRoadmapPdf(const QString &path, const QDate &semesterStart);

signals:
    void statusMessage(const QString &message);
    /// The progress report of the plan shown is asked for (printing is the
    /// Publications tab's business).
    void progressReportRequested(qint64 planId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPlans();
    void fillFilters();
    void applyFilters();
    void onCurrentChanged();
    void newPlan();
    void removePlan();
    void savePlanProperties();
    void showPlanProperties();
    void addObjective();
    void addChild();
    void deleteItem();
    void moveUp();
    void moveDown();
    void indent();
    void outdent();
    void importOutline();
    void exportPlan();
    void printTimeline();
    void saveTimelinePdf();
    void saveRoadmapPdf();
    void printRoadmap();
    void refreshViews();
    void refreshTimeline();
    void refreshRoadmap();
    // The constructor's parts: the widgets of each area, then the connections.
    void createActions();
    QToolBar *createToolBar();
    QHBoxLayout *createPlanProperties();
    QHBoxLayout *createFilters();
    void createTree();
    QTabWidget *createPages();
    QWidget *createTimelinePage();
    QWidget *createRoadmapPage();
    void connectWidgets();
    void connectModel();
    /// Writes the change of @p command and pushes it on the undo stack; when
    /// the store refuses, says why and deletes it.
    bool pushChange(StoreCommand *command);
    void updateActions();
    QList<QDate> semesterStarts() const;

    PlanStore *m_store;
    QUndoStack *m_undo;
    PlanTreeModel *m_model;
    PlanFilterProxy *m_proxy;
    PlanLinkedEventsProvider m_events;
    bool m_refreshPending = false;

    /// Why the plan may not change here; empty when it may.
    QString m_refusal;
    QList<QWidget *> m_planEditors; ///< the plan's name, period and buttons
    QComboBox *m_planCombo;
    QLineEdit *m_planName;
    QLineEdit *m_planStart;
    QLineEdit *m_planEnd;
    QDateEdit *m_todayEdit;
    QCheckBox *m_lateFilter;
    QComboBox *m_statusFilter;
    QComboBox *m_pilotFilter;
    QComboBox *m_partnerFilter;
    QComboBox *m_dueFilter;
    QTabWidget *m_pages;
    QTreeView *m_tree;
    PlanActionEditor *m_editor;
    PlanTimelineView *m_timeline;
    QComboBox *m_roadmapSemester;
    QTextBrowser *m_roadmap;

    QAction *m_newPlanAction;
    QAction *m_removePlanAction;
    QAction *m_addObjectiveAction;
    QAction *m_addChildAction;
    QAction *m_deleteAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_indentAction;
    QAction *m_outdentAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_printTimelineAction;
    QAction *m_timelinePdfAction;
    QAction *m_roadmapPdfAction;
    QAction *m_reportAction;
};
