#include "plantab.h"

#include "dateeditformat.h"
#include "facetcombo.h"
#include "models/domain/clock.h"
#include "models/domain/planvocabulary.h"
#include "models/interchange/planexporter.h"
#include "models/interchange/planimporter.h"
#include "models/interchange/planroadmapbuilder.h"
#include "models/itemmodels/planfilterproxy.h"
#include "models/itemmodels/plantreemodel.h"
#include "models/stores/planstore.h"
#include "models/undo/insertplanitemcommand.h"
#include "models/undo/planpropertiescommand.h"
#include "models/undo/removeplanitemcommand.h"
#include "planactioneditor.h"
#include "planprogressdelegate.h"
#include "planstatusdelegate.h"
#include "plantimeline.h"
#include "plantimelineview.h"
#include "prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QAction *makeAction(QObject *parent, const QString &name, const QString &icon, const QString &text, const QKeySequence &key = {})
{
    auto *a = new QAction(QIcon::fromTheme(icon), text, parent);
    a->setObjectName(name);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        // Only while the tree has the focus: Ctrl+arrows and Delete keep their meaning in the form's fields.
        a->setShortcutContext(Qt::WidgetShortcut);
    }
    return a;
}

} // namespace

PlanTab::PlanTab(PlanStore *store, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undo)
    , m_model(new PlanTreeModel(store, this))
    , m_proxy(new PlanFilterProxy(this))
{
    setObjectName(QStringLiteral("planTab"));
    m_model->setUndoStack(undo);
    m_proxy->setSourceModel(m_model);
    createActions();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    layout->addLayout(createPlanProperties());
    layout->addLayout(createFilters());
    createTree();
    m_editor = new PlanActionEditor(store, undo, this);
    m_editor->setToday(m_todayEdit->date());
    layout->addWidget(createPages(), 1);
    connectWidgets();
    connectModel();
    fillPlans();
    updateActions();
}

void PlanTab::createActions()
{
    m_newPlanAction = makeAction(this, QStringLiteral("planNewPlanAction"), QStringLiteral("document-new"), tr("&New plan"));
    m_removePlanAction = makeAction(this, QStringLiteral("planRemovePlanAction"), QStringLiteral("edit-delete"), tr("Delete the plan…"));
    m_addObjectiveAction = makeAction(this, QStringLiteral("planAddObjectiveAction"), QStringLiteral("list-add"), tr("Add an &objective"));
    m_addChildAction = makeAction(this, QStringLiteral("planAddChildAction"), QStringLiteral("list-add"), tr("Add &under the selection"),
                                  QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_deleteAction = makeAction(this, QStringLiteral("planDeleteAction"), QStringLiteral("edit-delete"), tr("&Delete…"), QKeySequence::Delete);
    m_moveUpAction = makeAction(this, QStringLiteral("planMoveUpAction"), QStringLiteral("go-up"), tr("Move &up"), QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDownAction = makeAction(this, QStringLiteral("planMoveDownAction"), QStringLiteral("go-down"), tr("Move do&wn"),
                                  QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_outdentAction = makeAction(this, QStringLiteral("planOutdentAction"), QStringLiteral("format-indent-less"), tr("Move &left (outdent)"),
                                 QKeySequence(Qt::CTRL | Qt::Key_Left));
    m_indentAction = makeAction(this, QStringLiteral("planIndentAction"), QStringLiteral("format-indent-more"), tr("Move &right (indent)"),
                                QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_importAction = makeAction(this, QStringLiteral("planImportAction"), QStringLiteral("document-import"), tr("&Import a plan…"));
    m_exportAction = makeAction(this, QStringLiteral("planExportAction"), QStringLiteral("document-export"), tr("&Export the plan…"));
    m_printTimelineAction = makeAction(this, QStringLiteral("planPrintTimelineAction"), QStringLiteral("document-print-preview"),
                                       tr("&Print the timeline…"));
    m_timelinePdfAction = makeAction(this, QStringLiteral("planTimelinePdfAction"), QStringLiteral("application-pdf"),
                                     tr("Timeline as &PDF…"));
    m_roadmapPdfAction = makeAction(this, QStringLiteral("planRoadmapPdfAction"), QStringLiteral("application-pdf"),
                                    tr("&Roadmap as PDF…"));
    m_reportAction = makeAction(this, QStringLiteral("planReportAction"), QStringLiteral("x-office-document"), tr("Progress re&port…"));
    m_reportAction->setToolTip(tr("The progress report for the steering committee, over a period you choose"));
    for (QAction *a : planActions())
        addAction(a);
}

QToolBar *PlanTab::createToolBar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("planToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_planCombo = new QComboBox(this);
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(new QLabel(tr("Plan:"), this));
    toolbar->addWidget(m_planCombo);
    toolbar->addAction(m_newPlanAction);
    toolbar->addSeparator();
    toolbar->addActions({m_addObjectiveAction, m_addChildAction, m_deleteAction});
    toolbar->addSeparator();
    toolbar->addActions({m_moveUpAction, m_moveDownAction, m_outdentAction, m_indentAction});
    toolbar->addSeparator();
    toolbar->addActions({m_importAction, m_exportAction, m_printTimelineAction});
    toolbar->addSeparator();
    m_todayEdit = new QDateEdit(Clock::today(), this);
    m_todayEdit->setObjectName(QStringLiteral("planTodayEdit"));
    m_todayEdit->setCalendarPopup(true);
    DateEditFormat::withWeekday(m_todayEdit);
    m_todayEdit->setToolTip(tr("The day the plan is judged on: actions due before it and not done are late."));
    toolbar->addWidget(new QLabel(tr("Situation on:"), this));
    toolbar->addWidget(m_todayEdit);
    return toolbar;
}

QHBoxLayout *PlanTab::createPlanProperties()
{
    auto *properties = new QHBoxLayout;
    m_planName = new QLineEdit(this);
    m_planName->setObjectName(QStringLiteral("planNameEdit"));
    m_planStart = new QLineEdit(this);
    m_planStart->setObjectName(QStringLiteral("planPeriodStartEdit"));
    m_planStart->setPlaceholderText(tr("2012-05-10"));
    m_planEnd = new QLineEdit(this);
    m_planEnd->setObjectName(QStringLiteral("planPeriodEndEdit"));
    m_planEnd->setPlaceholderText(tr("2015-11-30"));
    auto *savePlan = new QPushButton(tr("Save the plan"), this);
    savePlan->setObjectName(QStringLiteral("planSaveButton"));
    auto *removePlan = new QPushButton(tr("Delete the plan…"), this);
    removePlan->setObjectName(QStringLiteral("planRemovePlanButton"));
    properties->addWidget(new QLabel(tr("Name:"), this));
    properties->addWidget(m_planName, 3);
    properties->addWidget(new QLabel(tr("Period:"), this));
    properties->addWidget(m_planStart, 1);
    properties->addWidget(new QLabel(tr("to"), this));
    properties->addWidget(m_planEnd, 1);
    properties->addWidget(savePlan);
    properties->addWidget(removePlan);
    m_planEditors = {m_planName, m_planStart, m_planEnd, savePlan, removePlan};
    connect(removePlan, &QPushButton::clicked, this, &PlanTab::removePlan);
    connect(savePlan, &QPushButton::clicked, this, &PlanTab::savePlanProperties);
    return properties;
}

QHBoxLayout *PlanTab::createFilters()
{
    auto *filters = new QHBoxLayout;
    m_lateFilter = new QCheckBox(tr("&Late only"), this);
    m_lateFilter->setObjectName(QStringLiteral("planLateFilter"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("planStatusFilter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (auto s : PlanVocabulary::allStatuses())
        m_statusFilter->addItem(PlanVocabulary::statusLabel(s), int(s));
    m_dueFilter = new QComboBox(this);
    m_dueFilter->setObjectName(QStringLiteral("planDueFilter"));
    m_pilotFilter = new QComboBox(this);
    m_pilotFilter->setObjectName(QStringLiteral("planPilotFilter"));
    m_partnerFilter = new QComboBox(this);
    m_partnerFilter->setObjectName(QStringLiteral("planPartnerFilter"));
    // Names of pilots and partners can be long: the combos keep a modest
    // width and their lists show the whole names.
    for (QComboBox *combo : {m_statusFilter, m_dueFilter, m_pilotFilter, m_partnerFilter})
        FacetCombo::fit(combo, combo == m_pilotFilter || combo == m_partnerFilter ? 12 : 0);
    filters->addWidget(m_lateFilter);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_statusFilter);
    filters->addWidget(new QLabel(tr("Due:"), this));
    filters->addWidget(m_dueFilter);
    filters->addWidget(new QLabel(tr("Pilot:"), this));
    filters->addWidget(m_pilotFilter, 1);
    filters->addWidget(new QLabel(tr("Partner:"), this));
    filters->addWidget(m_partnerFilter, 1);
    return filters;
}

void PlanTab::createTree()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setItemDelegateForColumn(PlanTreeModel::ProgressColumn, new PlanProgressDelegate(m_tree));
    m_tree->setItemDelegateForColumn(PlanTreeModel::StatusColumn, new PlanStatusDelegate(m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(PlanTreeModel::CodeColumn, m_tree->indentation() * 4 + fontMetrics().horizontalAdvance(QStringLiteral("0.0.0.0")) + 8);
    m_tree->setColumnWidth(PlanTreeModel::StatusColumn, fontMetrics().horizontalAdvance(QStringLiteral("In progress 00")) + 30);
    m_tree->setColumnWidth(PlanTreeModel::ProgressColumn, fontMetrics().horizontalAdvance(QStringLiteral("100 %")) + 50);
    m_tree->setColumnWidth(PlanTreeModel::TitleColumn, fontMetrics().averageCharWidth() * 40);
    for (int c : {PlanTreeModel::StartColumn, PlanTreeModel::DueColumn})
        m_tree->setColumnWidth(c, fontMetrics().horizontalAdvance(QStringLiteral("sept. 2012")) + 16);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_addChildAction, m_deleteAction, m_moveUpAction, m_moveDownAction, m_outdentAction, m_indentAction});
}

QTabWidget *PlanTab::createPages()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("planSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 600});
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("planPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(splitter, tr("Plan"));
    m_pages->addTab(createTimelinePage(), tr("Timeline"));
    m_pages->addTab(createRoadmapPage(), tr("Roadmap"));
    return m_pages;
}

QWidget *PlanTab::createTimelinePage()
{
    m_timeline = new PlanTimelineView(this);
    auto *timelineScroll = new QScrollArea(this);
    timelineScroll->setObjectName(QStringLiteral("planTimelineScroll"));
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setBackgroundRole(QPalette::Base);
    auto *timelinePage = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    auto *timelineButtons = new QHBoxLayout;
    auto *printTimeline = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print…"), timelinePage);
    printTimeline->setObjectName(QStringLiteral("planPrintTimelineButton"));
    auto *pdfTimeline = new QPushButton(QIcon::fromTheme(QStringLiteral("application-pdf")), tr("PDF…"), timelinePage);
    pdfTimeline->setObjectName(QStringLiteral("planTimelinePdfButton"));
    timelineButtons->addWidget(new QLabel(tr("Bars run from start to due date, filled to the progress; red: late; diamonds: calendar events."), timelinePage), 1);
    timelineButtons->addWidget(printTimeline);
    timelineButtons->addWidget(pdfTimeline);
    timelineLayout->addLayout(timelineButtons);
    timelineLayout->addWidget(timelineScroll, 1);
    connect(printTimeline, &QPushButton::clicked, this, &PlanTab::printTimeline);
    connect(pdfTimeline, &QPushButton::clicked, this, &PlanTab::saveTimelinePdf);
    return timelinePage;
}

QWidget *PlanTab::createRoadmapPage()
{
    auto *roadmapPage = new QWidget(this);
    auto *roadmapLayout = new QVBoxLayout(roadmapPage);
    auto *roadmapBar = new QHBoxLayout;
    m_roadmapSemester = new QComboBox(roadmapPage);
    m_roadmapSemester->setObjectName(QStringLiteral("planRoadmapSemester"));
    auto *printRoadmap = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print…"), roadmapPage);
    printRoadmap->setObjectName(QStringLiteral("planPrintRoadmapButton"));
    auto *pdfRoadmap = new QPushButton(QIcon::fromTheme(QStringLiteral("application-pdf")), tr("PDF…"), roadmapPage);
    pdfRoadmap->setObjectName(QStringLiteral("planRoadmapPdfButton"));
    roadmapBar->addWidget(new QLabel(tr("Semester:"), roadmapPage));
    roadmapBar->addWidget(m_roadmapSemester);
    roadmapBar->addStretch();
    roadmapBar->addWidget(printRoadmap);
    roadmapBar->addWidget(pdfRoadmap);
    m_roadmap = new QTextBrowser(roadmapPage);
    m_roadmap->setObjectName(QStringLiteral("planRoadmapView"));
    roadmapLayout->addLayout(roadmapBar);
    roadmapLayout->addWidget(m_roadmap, 1);
    connect(printRoadmap, &QPushButton::clicked, this, &PlanTab::printRoadmap);
    connect(pdfRoadmap, &QPushButton::clicked, this, &PlanTab::saveRoadmapPdf);
    return roadmapPage;
}

void PlanTab::connectWidgets()
{
    connect(m_planCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!settleForm())
            return;
        m_model->setPlan(currentPlanId());
        m_tree->expandAll();
        fillFilters();
        showPlanProperties();
        setToday(situationDay());
        updateActions();
    });
    connect(m_todayEdit, &QDateEdit::dateChanged, this, &PlanTab::setToday);
    connect(m_lateFilter, &QCheckBox::toggled, this, &PlanTab::applyFilters);
    for (QComboBox *c : {m_statusFilter, m_pilotFilter, m_partnerFilter, m_dueFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &PlanTab::applyFilters);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanTab::onCurrentChanged);
    connect(m_newPlanAction, &QAction::triggered, this, &PlanTab::newPlan);
    connect(m_removePlanAction, &QAction::triggered, this, &PlanTab::removePlan);
    connect(m_planName, &QLineEdit::returnPressed, this, &PlanTab::savePlanProperties);
    connect(m_addObjectiveAction, &QAction::triggered, this, &PlanTab::addObjective);
    connect(m_addChildAction, &QAction::triggered, this, &PlanTab::addChild);
    connect(m_deleteAction, &QAction::triggered, this, &PlanTab::deleteItem);
    connect(m_moveUpAction, &QAction::triggered, this, &PlanTab::moveUp);
    connect(m_moveDownAction, &QAction::triggered, this, &PlanTab::moveDown);
    connect(m_indentAction, &QAction::triggered, this, &PlanTab::indent);
    connect(m_outdentAction, &QAction::triggered, this, &PlanTab::outdent);
    connect(m_importAction, &QAction::triggered, this, &PlanTab::importOutline);
    connect(m_exportAction, &QAction::triggered, this, &PlanTab::exportPlan);
    connect(m_printTimelineAction, &QAction::triggered, this, &PlanTab::printTimeline);
    connect(m_timelinePdfAction, &QAction::triggered, this, &PlanTab::saveTimelinePdf);
    connect(m_roadmapPdfAction, &QAction::triggered, this, &PlanTab::saveRoadmapPdf);
    connect(m_reportAction, &QAction::triggered, this, [this] {
        if (settleForm())
            emit progressReportRequested(currentPlanId());
    });
    connect(m_roadmapSemester, &QComboBox::currentIndexChanged, this, &PlanTab::refreshRoadmap);
    connect(m_pages, &QTabWidget::currentChanged, this, &PlanTab::refreshViews);
    connect(m_editor, &PlanActionEditor::statusMessage, this, &PlanTab::statusMessage);
    connect(m_store, &PlanStore::plansChanged, this, &PlanTab::fillPlans);
}

void PlanTab::connectModel()
{
    auto dirty = [this] {
        updateActions();
        // One change emits dataChanged for every branch: rebuild the page once, after them all.
        if (!m_refreshPending && isVisible()) {
            m_refreshPending = true;
            QTimer::singleShot(0, this, [this] {
                m_refreshPending = false;
                refreshViews();
            });
        }
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, dirty);
    connect(m_model, &QAbstractItemModel::modelReset, this, dirty);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, dirty](const QModelIndex &parent) {
        m_tree->expand(m_proxy->mapFromSource(parent));
        dirty();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, dirty);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, dirty);
    connect(m_store, &PlanStore::itemChanged, m_editor, [this](qint64, qint64 id) {
        if (id == m_editor->itemId() && !m_editor->isModified())
            m_editor->refresh();
    });
    connect(m_store, &PlanStore::itemRemoved, m_editor, [this] {
        if (m_editor->itemId() && !m_model->indexById(m_editor->itemId()).isValid())
            m_editor->setItem(0);
    });
}

QList<QAction *> PlanTab::planActions() const
{
    return {m_newPlanAction, m_removePlanAction, m_addObjectiveAction, m_addChildAction, m_deleteAction, m_moveUpAction, m_moveDownAction, m_outdentAction,
            m_indentAction, m_importAction, m_exportAction, m_printTimelineAction, m_timelinePdfAction, m_roadmapPdfAction, m_reportAction};
}

void PlanTab::setLinkedEventsProvider(PlanLinkedEventsProvider provider)
{
    m_events = provider;
    m_editor->setLinkedEventsProvider(std::move(provider));
    refreshViews();
}

void PlanTab::setToday(const QDate &today)
{
    if (m_todayEdit->date() != today)
        m_todayEdit->setDate(today);
    m_model->setToday(today);
    m_editor->setToday(today);
    // The roadmap follows the semester of the day the plan is judged on.
    const int semester = m_roadmapSemester->findData(QDate(today.year(), today.month() <= 6 ? 1 : 7, 1));
    if (semester >= 0) {
        const QSignalBlocker blocker(m_roadmapSemester);
        m_roadmapSemester->setCurrentIndex(semester);
    }
    refreshViews();
}

QDate PlanTab::situationDay() const
{
    // A plan that is over is judged on its last day: judged today, every
    // action it left undone would show late for ever.
    const auto plan = m_store->plan(currentPlanId());
    const QDate end = plan ? PlanVocabulary::lastDay(plan->periodEnd) : QDate();
    return end.isValid() && end < Clock::today() ? end : Clock::today();
}

QDate PlanTab::today() const
{
    return m_model->today();
}

void PlanTab::fillPlans()
{
    const qint64 current = currentPlanId();
    const QSignalBlocker blocker(m_planCombo);
    m_planCombo->clear();
    for (const Plan &p : m_store->plans())
        m_planCombo->addItem(p.name, p.id);
    int index = m_planCombo->findData(current);
    if (index < 0 && m_planCombo->count() > 0)
        index = 0;
    m_planCombo->setCurrentIndex(index);
    if (m_model->planId() != currentPlanId()) {
        m_model->setPlan(currentPlanId());
        m_tree->expandAll();
        fillFilters();
        setToday(situationDay());
    }
    showPlanProperties();
    updateActions();
}

void PlanTab::showPlan(qint64 id)
{
    const int index = m_planCombo->findData(id);
    m_planCombo->setCurrentIndex(index >= 0 ? index : 0);
}

qint64 PlanTab::currentPlanId() const
{
    return m_planCombo->currentData().toLongLong();
}

qint64 PlanTab::currentItemId() const
{
    return m_tree->currentIndex().data(PlanTreeModel::IdRole).toLongLong();
}

void PlanTab::selectItem(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexById(id));
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    updateActions();
}

bool PlanTab::settleForm()
{
    return !m_editor->isModified() || m_editor->apply();
}

QList<QDate> PlanTab::semesterStarts() const
{
    const auto plan = m_store->plan(currentPlanId());
    QDate from = plan ? PlanVocabulary::firstDay(plan->periodStart) : QDate();
    QDate to = plan ? PlanVocabulary::lastDay(plan->periodEnd) : QDate();
    for (const PlanTree::Node *n : m_model->tree().depthFirst()) {
        for (const QDate &d : {PlanVocabulary::firstDay(n->item.start), PlanVocabulary::lastDay(n->item.due)}) {
            if (!d.isValid())
                continue;
            if (!from.isValid() || d < from)
                from = d;
            if (!to.isValid() || d > to)
                to = d;
        }
    }
    PlanTimeline timeline;
    timeline.setPeriod(from, to);
    return timeline.semesters();
}

void PlanTab::fillFilters()
{
    const QSignalBlocker b1(m_pilotFilter);
    const QSignalBlocker b2(m_partnerFilter);
    const QSignalBlocker b3(m_dueFilter);
    const QSignalBlocker b4(m_roadmapSemester);
    m_pilotFilter->clear();
    m_pilotFilter->addItem(tr("Any pilot"), 0);
    m_partnerFilter->clear();
    m_partnerFilter->addItem(tr("Any partner"), 0);
    QSet<qint64> pilots;
    QSet<qint64> partners;
    QList<QPair<QString, qint64>> pilotRows;
    QList<QPair<QString, qint64>> partnerRows;
    for (const PlanTree::Node *n : m_model->tree().depthFirst()) {
        if (n->item.pilotContactId && !pilots.contains(n->item.pilotContactId)) {
            pilots.insert(n->item.pilotContactId);
            pilotRows.append({m_store->contactName(n->item.pilotContactId), n->item.pilotContactId});
        }
        for (qint64 a : n->item.partnerActorIds) {
            if (!partners.contains(a)) {
                partners.insert(a);
                partnerRows.append({m_store->actorName(a), a});
            }
        }
    }
    std::sort(pilotRows.begin(), pilotRows.end());
    std::sort(partnerRows.begin(), partnerRows.end());
    for (const auto &r : pilotRows)
        m_pilotFilter->addItem(r.first, r.second);
    for (const auto &r : partnerRows)
        m_partnerFilter->addItem(r.first, r.second);
    m_dueFilter->clear();
    m_dueFilter->addItem(tr("Any time"), QDate());
    const QDate previous = m_roadmapSemester->currentData().toDate();
    m_roadmapSemester->clear();
    for (const QDate &s : semesterStarts()) {
        m_dueFilter->addItem(PlanTimeline::semesterLabel(s), s);
        m_roadmapSemester->addItem(PlanTimeline::semesterLabel(s), s);
    }
    // The roadmap opens on the semester of the day the plan is judged on.
    const QDate current(today().year(), today().month() <= 6 ? 1 : 7, 1);
    int index = m_roadmapSemester->findData(previous.isValid() ? previous : current);
    if (index < 0)
        index = m_roadmapSemester->findData(current);
    m_roadmapSemester->setCurrentIndex(std::max(0, index));
    applyFilters();
}

void PlanTab::applyFilters()
{
    m_proxy->setLateOnly(m_lateFilter->isChecked());
    const int status = m_statusFilter->currentData().toInt();
    m_proxy->setStatus(status < 0 ? std::nullopt : std::optional<PlanItem::Status>(PlanItem::Status(status)));
    m_proxy->setPilot(m_pilotFilter->currentData().toLongLong());
    m_proxy->setPartner(m_partnerFilter->currentData().toLongLong());
    const QDate from = m_dueFilter->currentData().toDate();
    m_proxy->setDuePeriod(from, from.isValid() ? from.addMonths(6).addDays(-1) : QDate());
    m_tree->expandAll();
}

void PlanTab::onCurrentChanged()
{
    // Invalid edits stay on screen with their explanation rather than being dropped.
    if (m_editor->itemId() && m_editor->itemId() != currentItemId() && m_editor->isModified() && !m_editor->apply()) {
        const qint64 id = m_editor->itemId();
        QTimer::singleShot(0, this, [this, id] { selectItem(id); });
        return;
    }
    m_editor->setItem(currentItemId());
    updateActions();
}

void PlanTab::showPlanProperties()
{
    const auto plan = m_store->plan(currentPlanId());
    m_planName->setText(plan ? plan->name : QString());
    m_planStart->setText(plan ? plan->periodStart : QString());
    m_planEnd->setText(plan ? plan->periodEnd : QString());
    for (QLineEdit *e : {m_planName, m_planStart, m_planEnd})
        e->setEnabled(plan.has_value() && m_refusal.isEmpty());
}

void PlanTab::newPlan()
{
    if (!settleForm())
        return;
    QStringList names;
    for (const Plan &p : m_store->plans())
        names << p.name;
    Plan plan;
    plan.name = tr("New plan");
    for (int n = 2; names.contains(plan.name); ++n)
        plan.name = tr("New plan %1").arg(n);
    const int year = today().year();
    plan.periodStart = QStringLiteral("%1-01").arg(year);
    plan.periodEnd = QStringLiteral("%1-12").arg(year + 2);
    auto *command = new PlanPropertiesCommand(m_store, PlanPropertiesCommand::Kind::Create, Plan(), plan);
    if (!pushChange(command))
        return;
    showPlan(command->planId());
    m_planName->setFocus();
    m_planName->selectAll();
}

void PlanTab::removePlan()
{
    const auto plan = m_store->plan(currentPlanId());
    if (!plan || !settleForm())
        return;
    const QString question = tr("Delete the plan “%1” with its %n item(s)? Edit > Undo brings it back.", nullptr,
                                m_model->tree().size())
                                 .arg(plan->name);
    if (Prompter::question(this, tr("Delete the plan"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_editor->setItem(0);
    pushChange(new PlanPropertiesCommand(m_store, PlanPropertiesCommand::Kind::Remove, *plan, Plan()));
}

void PlanTab::savePlanProperties()
{
    const auto plan = m_store->plan(currentPlanId());
    if (!plan)
        return;
    Plan after = *plan;
    after.name = m_planName->text().trimmed();
    after.periodStart = m_planStart->text().trimmed();
    after.periodEnd = m_planEnd->text().trimmed();
    QString problem;
    if (after.name.isEmpty())
        problem = tr("The plan needs a name.");
    else if (after.name != plan->name && m_store->planByName(after.name))
        problem = tr("Another plan is already called “%1”: choose another name.").arg(after.name);
    for (const QString &d : {after.periodStart, after.periodEnd}) {
        if (problem.isEmpty() && !d.isEmpty() && !PlanVocabulary::isValidDate(d))
            problem = tr("“%1” is not a date: write a month as 2012-06, or a day as 2012-06-15.").arg(d);
    }
    if (!problem.isEmpty()) {
        Prompter::warning(this, tr("Save the plan"), problem);
        return;
    }
    if (after == *plan)
        return;
    if (!pushChange(new PlanPropertiesCommand(m_store, PlanPropertiesCommand::Kind::Edit, *plan, after)))
        return;
    fillFilters();
}

bool PlanTab::pushChange(StoreCommand *command)
{
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(this, tr("Plan of action"), tr("The change could not be saved (%1). Nothing was changed; try again.").arg(m_store->errorString()));
        return false;
    }
    m_undo->push(command);
    return true;
}

void PlanTab::setWritePolicy(const WritePolicy &policy)
{
    m_refusal = policy.councilRefusal();
    const bool may = m_refusal.isEmpty();
    for (QAction *a : {m_newPlanAction, m_removePlanAction, m_addObjectiveAction, m_addChildAction, m_deleteAction, m_moveUpAction,
                       m_moveDownAction, m_outdentAction, m_indentAction, m_importAction})
        a->setToolTip(m_refusal); // empty: Qt's own tip, the action's text
    for (QWidget *w : std::as_const(m_planEditors)) {
        w->setEnabled(may);
        w->setToolTip(m_refusal);
    }
    m_tree->setDragEnabled(may);
    m_tree->setAcceptDrops(may);
    m_tree->setDragDropMode(may ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    m_editor->setRefusal(m_refusal);
    updateActions();
}

void PlanTab::updateActions()
{
    const bool may = m_refusal.isEmpty();
    const bool plan = currentPlanId() != 0;
    const PlanTree::Node *n = may ? m_model->tree().node(currentItemId()) : nullptr;
    m_newPlanAction->setEnabled(may);
    m_importAction->setEnabled(may);
    m_addObjectiveAction->setEnabled(plan && may);
    m_removePlanAction->setEnabled(plan && may);
    m_addChildAction->setEnabled(n != nullptr);
    m_deleteAction->setEnabled(n != nullptr);
    const int row = n ? n->row() : -1;
    const int siblings = n ? int(n->parent->children.size()) : 0;
    m_moveUpAction->setEnabled(n && row > 0);
    m_moveDownAction->setEnabled(n && row + 1 < siblings);
    m_indentAction->setEnabled(n && row > 0);
    m_outdentAction->setEnabled(n && n->parent && n->parent->parent);
    m_exportAction->setEnabled(plan);
    for (QAction *a : {m_printTimelineAction, m_timelinePdfAction, m_roadmapPdfAction, m_reportAction})
        a->setEnabled(plan);
}

void PlanTab::addObjective()
{
    if (!currentPlanId() || !settleForm())
        return;
    PlanItem item;
    item.planId = currentPlanId();
    item.kind = PlanItem::Kind::Objective;
    item.title = tr("New objective");
    item.position = int(m_model->tree().root()->children.size());
    auto *command = new InsertPlanItemCommand(m_store, item);
    if (!pushChange(command))
        return;
    selectItem(command->itemId());
    m_editor->setFocus();
}

void PlanTab::addChild()
{
    const PlanTree::Node *n = m_model->tree().node(currentItemId());
    if (!n || !settleForm())
        return;
    PlanItem item;
    item.planId = currentPlanId();
    item.parentId = n->item.id;
    item.position = int(n->children.size());
    switch (n->item.kind) {
    case PlanItem::Kind::Objective: item.kind = PlanItem::Kind::Operational; break;
    case PlanItem::Kind::Operational: item.kind = PlanItem::Kind::Action; break;
    default: item.kind = PlanItem::Kind::SubAction; break;
    }
    item.title = tr("New %1").arg(PlanVocabulary::kindLabel(item.kind).toLower());
    auto *command = new InsertPlanItemCommand(m_store, item);
    if (!pushChange(command))
        return;
    selectItem(command->itemId());
}

void PlanTab::deleteItem()
{
    const PlanTree::Node *n = m_model->tree().node(currentItemId());
    if (!n)
        return;
    const int below = int(m_model->tree().node(n->item.id)->children.size());
    QString question = tr("Delete “%1 %2”?").arg(n->code, n->item.title);
    if (below > 0)
        question += QLatin1Char(' ') + tr("Everything under it goes too. Edit > Undo brings it back.");
    if (Prompter::question(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_editor->setItem(0);
    pushChange(new RemovePlanItemCommand(m_store, n->item.id));
}

void PlanTab::moveUp()
{
    const PlanTree::Node *n = m_model->tree().node(currentItemId());
    if (!n || !settleForm())
        return;
    const qint64 id = n->item.id;
    m_model->requestMove(id, n->item.parentId, n->row() - 1);
    selectItem(id);
}

void PlanTab::moveDown()
{
    const PlanTree::Node *n = m_model->tree().node(currentItemId());
    if (!n || !settleForm())
        return;
    const qint64 id = n->item.id;
    m_model->requestMove(id, n->item.parentId, n->row() + 1);
    selectItem(id);
}

void PlanTab::indent()
{
    const PlanTree::Node *n = m_model->tree().node(currentItemId());
    if (!n || n->row() == 0 || !settleForm())
        return;
    const qint64 id = n->item.id;
    const PlanTree::Node *previous = n->parent->children[size_t(n->row() - 1)].get();
    m_model->requestMove(id, previous->item.id, int(previous->children.size()));
    selectItem(id);
}

void PlanTab::outdent()
{
    const PlanTree::Node *n = m_model->tree().node(currentItemId());
    if (!n || !n->parent || !n->parent->parent || !settleForm())
        return;
    const qint64 id = n->item.id;
    const PlanTree::Node *parent = n->parent;
    m_model->requestMove(id, parent->item.parentId, parent->row() + 1);
    selectItem(id);
}

void PlanTab::importOutline()
{
    if (!settleForm())
        return;
    const QString path = Prompter::openFileName(this, tr("Import a plan"),
                                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                tr("Plan outlines (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    PlanImporter importer(m_store);
    if (!importer.importFile(path)) {
        Prompter::warning(this, tr("Import a plan"), importer.errorString());
        return;
    }
    // An import is not undone item by item: it is a new plan that can be deleted.
    showPlan(importer.importedPlans().last().id);
    emit statusMessage(tr("Plan imported from “%1”: %n item(s).", nullptr, importer.itemCount()).arg(QDir::toNativeSeparators(path)));
}

void PlanTab::exportPlan()
{
    const auto plan = m_store->plan(currentPlanId());
    if (!plan || !settleForm())
        return;
    QString filter;
    const QString outlineFilter = tr("Outline (*.txt)");
    const QString csvFilter = tr("CSV for a spreadsheet (*.csv)");
    const QString path = Prompter::saveFileName(this, tr("Export the plan"),
                                                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(plan->name + QStringLiteral(".txt")),
                                                outlineFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return;
    const bool csv = filter == csvFilter || QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    PlanExporter exporter(m_store);
    if (!exporter.exportTo(path, {*plan}, csv ? PlanExporter::Format::Csv : PlanExporter::Format::Outline, today())) {
        Prompter::warning(this, tr("Export the plan"), exporter.errorString());
        return;
    }
    emit statusMessage(tr("Plan exported to “%1”.").arg(QDir::toNativeSeparators(path)));
}

void PlanTab::refreshViews()
{
    // Only the page in sight is rebuilt; a plan holds tens of items, not thousands.
    if (m_pages->currentIndex() == 1)
        refreshTimeline();
    else if (m_pages->currentIndex() == 2)
        refreshRoadmap();
    else
        return;
}

void PlanTab::refreshTimeline()
{
    PlanTimeline timeline;
    timeline.setRows(*m_model, m_events);
    const QList<QDate> semesters = semesterStarts();
    if (!semesters.isEmpty())
        timeline.setPeriod(semesters.first(), semesters.last());
    timeline.setToday(today());
    timeline.setTitle(tr("%1 — timeline on %2").arg(m_planCombo->currentText(), QLocale().toString(today(), QLocale::LongFormat)));
    m_timeline->setTimeline(timeline);
}

void PlanTab::refreshRoadmap()
{
    const auto plan = m_store->plan(currentPlanId());
    const QDate semester = m_roadmapSemester->currentData().toDate();
    if (!plan || !semester.isValid()) {
        m_roadmap->clear();
        return;
    }
    PlanRoadmapBuilder builder(*plan, m_model->tree(), semester, today());
    PlanStore *store = m_store;
    builder.setContactName([store](qint64 id) { return store->contactName(id); });
    m_roadmap->setHtml(builder.html());
}

bool PlanTab::exportTimelinePdf(const QString &path, int *pages)
{
    refreshTimeline();
    const int count = m_timeline->timeline().writePdf(path);
    if (pages)
        *pages = count;
    return count > 0;
}

bool PlanTab::exportRoadmapPdf(const QString &path, const QDate &semesterStart)
{
    const int index = m_roadmapSemester->findData(semesterStart);
    if (index >= 0)
        m_roadmapSemester->setCurrentIndex(index);
    refreshRoadmap();
    QPdfWriter writer(path);
    // Landscape: seven columns read better across the page.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 15, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(m_roadmapSemester->currentText());
    writer.setCreator(QStringLiteral("Essaim"));
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setHtml(m_roadmap->toHtml());
    document.print(&writer);
    return QFileInfo(path).size() > 0;
}

void PlanTab::printTimeline()
{
    if (!settleForm())
        return;
    refreshTimeline();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Timeline"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { m_timeline->timeline().print(p); });
    preview.exec();
}

void PlanTab::saveTimelinePdf()
{
    if (!settleForm())
        return;
    const QString path = Prompter::saveFileName(this, tr("Timeline as PDF"),
                                                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("timeline.pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    int pages = 0;
    if (!exportTimelinePdf(path, &pages)) {
        Prompter::warning(this, tr("Timeline as PDF"), tr("The PDF could not be written to “%1”. Choose another folder.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit statusMessage(tr("Timeline saved to “%1” (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
}

void PlanTab::saveRoadmapPdf()
{
    if (!settleForm())
        return;
    const QString path = Prompter::saveFileName(this, tr("Roadmap as PDF"),
                                                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("roadmap.pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportRoadmapPdf(path, m_roadmapSemester->currentData().toDate())) {
        Prompter::warning(this, tr("Roadmap as PDF"), tr("The PDF could not be written to “%1”. Choose another folder.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit statusMessage(tr("Roadmap saved to “%1”.").arg(QDir::toNativeSeparators(path)));
}

void PlanTab::printRoadmap()
{
    refreshRoadmap();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Roadmap"));
    printer.setPageOrientation(QPageLayout::Landscape);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { m_roadmap->document()->print(p); });
    preview.exec();
}

void PlanTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Indicators counted from the projects may have moved while another tab showed.
    if (!m_editor->isModified())
        m_editor->refresh();
    refreshViews();
}
