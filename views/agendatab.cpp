#include "agendatab.h"

#include "models/stores/agendataskreader.h"

#include "calendarview.h"
#include "eventdialog.h"
#include "eventtypesdialog.h"
#include "facetcombo.h"
#include "models/domain/agendatime.h"
#include "models/domain/clock.h"
#include "models/domain/occurrenceexpander.h"
#include "models/domain/serieseditor.h"
#include "models/interchange/icsexporter.h"
#include "models/interchange/icsimporter.h"
#include "models/itemmodels/occurrencetablemodel.h"
#include "models/stores/eventstore.h"
#include "models/undo/eventchangecommand.h"
#include "prompter.h"
#include "registrationsdialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextCharFormat>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {

std::function<int(QDialog *)> s_dialogRunner;
std::function<int(const QString &)> s_scopeChooser;

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

void AgendaTab::setDialogRunner(std::function<int(QDialog *)> runner)
{
    s_dialogRunner = std::move(runner);
}

void AgendaTab::setScopeChooser(std::function<int(const QString &)> chooser)
{
    s_scopeChooser = std::move(chooser);
}

AgendaTab::AgendaTab(EventStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_monthButton(new QToolButton(this))
    , m_weekButton(new QToolButton(this))
    , m_listButton(new QToolButton(this))
    , m_period(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_horizon(new QComboBox(this))
    , m_mini(new QCalendarWidget(this))
    , m_upcoming(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_calendar(new CalendarView(this))
    , m_list(new QTreeView(this))
    , m_listModel(new OccurrenceTableModel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("agendaTab"));
    createActions();

    QHBoxLayout *bar = buildToolBar();
    QWidget *side = buildSidePanel();
    setUpViews();

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addLayout(bar);
    centreLayout->addWidget(m_stack, 1);
    centreLayout->addWidget(m_detail);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("agendaSplitter"));
    splitter->addWidget(side);
    splitter->addWidget(centre);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_mini->sizeHint().width(), 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_store, &EventStore::eventsChanged, this, &AgendaTab::refresh);
    connect(m_store, &EventStore::typesChanged, this, &AgendaTab::refresh);
    m_mini->setSelectedDate(m_calendar->currentDate());
    refresh();
}

void AgendaTab::setUpViews()
{
    m_calendar->setObjectName(QStringLiteral("calendarView"));
    connect(m_calendar, &CalendarView::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_calendar, &CalendarView::occurrenceActivated, this, [this](int index) {
        if (index >= 0 && index < m_calendar->occurrences().size())
            openOccurrence(m_calendar->occurrences().at(index));
    });
    connect(m_calendar, &CalendarView::dayActivated, this, [this](const QDate &day) { newEvent(day); });
    connect(m_calendar, &CalendarView::currentDateChanged, this, [this](const QDate &date) {
        const QDate shownBefore = m_mini->selectedDate();
        m_mini->setSelectedDate(date);
        if (m_view == View::Month ? (shownBefore.month() != date.month() || shownBefore.year() != date.year())
                                  : !(date >= m_calendar->firstVisibleDay() && date < m_calendar->endVisibleDay()))
            refresh();
        updatePeriodLabel();
    });

    m_list->setObjectName(QStringLiteral("occurrenceList"));
    m_list->setModel(m_listModel);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openOccurrence(m_listModel->occurrences().at(index.row()));
    });

    m_stack->addWidget(m_calendar);
    m_stack->addWidget(m_list);
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 8);
}

QWidget *AgendaTab::buildSidePanel()
{
    m_mini->setObjectName(QStringLiteral("miniCalendar"));
    m_mini->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    m_mini->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_mini->setGridVisible(false);
    connect(m_mini, &QCalendarWidget::clicked, this, &AgendaTab::goToDate);
    connect(m_mini, &QCalendarWidget::activated, this, &AgendaTab::goToDate);

    m_upcoming->setObjectName(QStringLiteral("upcomingList"));
    m_upcoming->setWordWrap(true);
    connect(m_upcoming, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        goToDate(item->data(Qt::UserRole).toDate());
        selectOccurrence(item->data(Qt::UserRole + 1).toString(), item->data(Qt::UserRole).toDate());
    });
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_mini);
    auto *upcomingTitle = new QLabel(tr("<b>Coming up</b>"), side);
    sideLayout->addWidget(upcomingTitle);
    sideLayout->addWidget(m_upcoming, 1);
    return side;
}

QHBoxLayout *AgendaTab::buildToolBar()
{
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousButton"));
    previous->setDefaultAction(m_previousAction);
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextButton"));
    next->setDefaultAction(m_nextAction);
    auto *today = new QToolButton(this);
    today->setObjectName(QStringLiteral("todayButton"));
    today->setDefaultAction(m_todayAction);
    today->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *create = new QToolButton(this);
    create->setObjectName(QStringLiteral("newEventButton"));
    create->setDefaultAction(m_newAction);
    create->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_period->setObjectName(QStringLiteral("periodLabel"));
    QFont big = m_period->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_period->setFont(big);

    auto *group = new QButtonGroup(this);
    const QList<QPair<QToolButton *, QString>> modes = {{m_monthButton, tr("Month")}, {m_weekButton, tr("Week")}, {m_listButton, tr("List")}};
    const char *names[] = {"monthButton", "weekButton", "listButton"};
    for (int i = 0; i < modes.size(); ++i) {
        QToolButton *b = modes.at(i).first;
        b->setObjectName(QLatin1String(names[i]));
        b->setText(modes.at(i).second);
        b->setCheckable(true);
        b->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        b->setToolTip(tr("%1 (%2)").arg(modes.at(i).second, b->shortcut().toString(QKeySequence::NativeText)));
        group->addButton(b, i);
    }
    m_monthButton->setChecked(true);
    connect(group, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });

    m_search->setObjectName(QStringLiteral("agendaSearch"));
    m_search->setPlaceholderText(tr("Search events…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty() && m_view != View::List)
            setView(View::List);
        else
            refresh();
    });

    m_horizon->setObjectName(QStringLiteral("listHorizonCombo"));
    m_horizon->setToolTip(tr("How far ahead the list goes"));
    m_horizon->addItem(tr("Next month"), 1);
    m_horizon->addItem(tr("Next 3 months"), 3);
    m_horizon->addItem(tr("Next 6 months"), 6);
    m_horizon->addItem(tr("Next year"), 12);
    m_horizon->setCurrentIndex(1);
    FacetCombo::fit(m_horizon, -1);
    m_horizon->setVisible(false);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, [this] { refresh(); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(m_period, 1);
    bar->addWidget(m_monthButton);
    bar->addWidget(m_weekButton);
    bar->addWidget(m_listButton);
    bar->addWidget(m_horizon);
    bar->addSpacing(8);
    bar->addWidget(m_search);
    bar->addWidget(create);
    return bar;
}

void AgendaTab::createActions()
{
    auto make = [this](const QString &text, const char *name, const QString &icon, const QKeySequence &key) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        addAction(a);
        return a;
    };
    m_newAction = make(tr("&New event…"), "newEventAction", QStringLiteral("appointment-new"), QKeySequence(Qt::Key_Insert));
    m_editAction = make(tr("&Edit event…"), "editEventAction", QStringLiteral("document-edit"), QKeySequence(Qt::Key_F2));
    m_registrationsAction = make(tr("&Registrations and attendance…"), "registrationsAction", QStringLiteral("user-group-new"),
                                 QKeySequence(Qt::CTRL | Qt::Key_R));
    m_attendanceAction = make(tr("&Attendance sheet…"), "attendanceSheetAction", QStringLiteral("document-print-preview"), QKeySequence());
    m_attendanceAction->setToolTip(tr("The feuille d'émargement of the selected date: the registered, then blank lines"));
    m_posterAction = make(tr("Event &poster…"), "posterAction", QStringLiteral("document-print-preview"), QKeySequence());
    m_posterAction->setToolTip(tr("An A4 poster announcing the selected date"));
    m_cancelAction = make(tr("&Cancel this occurrence"), "cancelOccurrenceAction", QStringLiteral("edit-delete"), QKeySequence());
    m_deleteAction = make(tr("&Delete event…"), "deleteEventAction", QStringLiteral("edit-delete"), QKeySequence::Delete);
    m_todayAction = make(tr("&Today"), "todayAction", QStringLiteral("go-jump-today"), QKeySequence(Qt::CTRL | Qt::Key_T));
    m_previousAction = make(tr("&Previous"), "previousAction", QStringLiteral("go-previous"), QKeySequence(Qt::Key_PageUp));
    m_nextAction = make(tr("Ne&xt"), "nextAction", QStringLiteral("go-next"), QKeySequence(Qt::Key_PageDown));
    m_importAction = make(tr("&Import iCalendar file…"), "importIcsAction", QStringLiteral("document-import"), QKeySequence());
    m_exportAction = make(tr("E&xport to iCalendar…"), "exportIcsAction", QStringLiteral("document-export"), QKeySequence());
    m_typesAction = make(tr("Event &types…"), "eventTypesAction", QStringLiteral("color-management"), QKeySequence());
    connect(m_typesAction, &QAction::triggered, this, &AgendaTab::editTypes);
    connect(m_newAction, &QAction::triggered, this, [this] { newEvent(); });
    connect(m_editAction, &QAction::triggered, this, &AgendaTab::editSelected);
    connect(m_registrationsAction, &QAction::triggered, this, &AgendaTab::editRegistrations);
    connect(m_attendanceAction, &QAction::triggered, this, [this] {
        if (const auto o = selectedOccurrence())
            emit attendanceSheetRequested(*o);
    });
    connect(m_posterAction, &QAction::triggered, this, [this] {
        if (const auto o = selectedOccurrence())
            emit posterRequested(*o);
    });
    connect(m_cancelAction, &QAction::triggered, this, &AgendaTab::cancelSelectedOccurrence);
    connect(m_deleteAction, &QAction::triggered, this, &AgendaTab::deleteSelectedEvent);
    connect(m_todayAction, &QAction::triggered, this, &AgendaTab::goToday);
    connect(m_previousAction, &QAction::triggered, this, &AgendaTab::goPrevious);
    connect(m_nextAction, &QAction::triggered, this, &AgendaTab::goNext);
    connect(m_importAction, &QAction::triggered, this, &AgendaTab::importIcs);
    connect(m_exportAction, &QAction::triggered, this, &AgendaTab::exportIcs);
}

QList<QAction *> AgendaTab::menuActions() const
{
    auto *separator1 = new QAction(const_cast<AgendaTab *>(this));
    separator1->setSeparator(true);
    auto *separator2 = new QAction(const_cast<AgendaTab *>(this));
    separator2->setSeparator(true);
    auto *separator3 = new QAction(const_cast<AgendaTab *>(this));
    separator3->setSeparator(true);
    return {m_newAction, m_editAction, m_registrationsAction, m_cancelAction, m_deleteAction, separator1,
            m_attendanceAction, m_posterAction, separator3,
            m_todayAction, m_previousAction, m_nextAction, separator2, m_importAction, m_exportAction, m_typesAction};
}

void AgendaTab::setPlanActions(const QList<QPair<qint64, QString>> &actions)
{
    m_planActions = actions;
}

void AgendaTab::setView(View view)
{
    m_view = view;
    m_monthButton->setChecked(view == View::Month);
    m_weekButton->setChecked(view == View::Week);
    m_listButton->setChecked(view == View::List);
    m_horizon->setVisible(view == View::List);
    if (view == View::List) {
        m_stack->setCurrentWidget(m_list);
    } else {
        m_calendar->setMode(view == View::Month ? CalendarView::Mode::Month : CalendarView::Mode::Week);
        m_stack->setCurrentWidget(m_calendar);
    }
    refresh();
}

QDate AgendaTab::currentDate() const
{
    return m_calendar->currentDate();
}

void AgendaTab::goToDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_calendar->setCurrentDate(date);
    m_mini->setSelectedDate(date);
    refresh();
}

void AgendaTab::goToday()
{
    goToDate(Clock::today());
}

void AgendaTab::goPrevious()
{
    const QDate d = currentDate();
    goToDate(m_view == View::Week ? d.addDays(-7) : d.addMonths(-1));
}

void AgendaTab::goNext()
{
    const QDate d = currentDate();
    goToDate(m_view == View::Week ? d.addDays(7) : d.addMonths(1));
}

void AgendaTab::updatePeriodLabel()
{
    const QLocale locale;
    const QDate d = currentDate();
    if (m_view == View::Week) {
        const QDate first = m_calendar->firstVisibleDay();
        const QDate last = first.addDays(6);
        m_period->setText(tr("Week %1: %2 – %3")
                              .arg(first.weekNumber())
                              .arg(locale.toString(first, QStringLiteral("d MMM")), locale.toString(last, QStringLiteral("d MMM yyyy"))));
    } else if (m_view == View::List && !m_search->text().trimmed().isEmpty()) {
        m_period->setText(tr("%n result(s)", nullptr, m_listModel->rowCount()));
    } else if (m_view == View::List) {
        m_period->setText(tr("From %1 to %2")
                              .arg(locale.toString(d, QLocale::LongFormat),
                                   locale.toString(d.addMonths(m_horizon->currentData().toInt()).addDays(-1), QLocale::LongFormat)));
    } else {
        m_period->setText(capitalised(locale.standaloneMonthName(d.month())) + QLatin1Char(' ') + QString::number(d.year()));
    }
}

void AgendaTab::refresh()
{
    m_colors.clear();
    m_typeNames.clear();
    for (const EventType &t : m_store->types()) {
        m_colors.insert(t.id, t.color);
        m_typeNames.insert(t.id, t.name);
    }
    const QLocale locale;
    if (m_view == View::List) {
        const QString search = m_search->text().trimmed();
        const QDate d = currentDate();
        // A search looks over a wide span; the plain list goes as far as chosen.
        const QDateTime from = AgendaTime::wall(search.isEmpty() ? d : d.addYears(-2));
        const QDateTime to = AgendaTime::wall(search.isEmpty() ? d.addMonths(m_horizon->currentData().toInt()) : d.addYears(2));
        QList<Occurrence> list = m_store->occurrences(from, to, search);
        // The plain list also carries the next steps still late, at its top.
        if (m_tasks) {
            list += m_tasks->tasks(from.date(), to.date(), search, search.isEmpty());
            std::stable_sort(list.begin(), list.end(), [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
        }
        m_listModel->setOccurrences(list, m_typeNames, m_colors);
        for (int c = 0; c < OccurrenceTableModel::Place; ++c)
            m_list->resizeColumnToContents(c);
    } else {
        const QDateTime from = AgendaTime::wall(m_calendar->firstVisibleDay());
        const QDateTime to = AgendaTime::wall(m_calendar->endVisibleDay());
        QList<Occurrence> shown = m_store->occurrences(from, to);
        if (m_tasks)
            shown += m_tasks->tasks(m_calendar->firstVisibleDay(), m_calendar->endVisibleDay());
        m_calendar->setOccurrences(shown, m_colors);
        // Days with events stand out in the mini calendar.
        m_mini->setDateTextFormat(QDate(), QTextCharFormat());
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (const Occurrence &o : m_calendar->occurrences()) {
            if (!o.isTask())
                m_mini->setDateTextFormat(o.start.date(), bold);
        }
    }
    refreshUpcoming();
    updatePeriodLabel();
    updateActions();
    updateDetail();
}

void AgendaTab::refreshUpcoming()
{
    const QLocale locale;
    const QDate today = Clock::today();
    QList<Occurrence> next = m_store->occurrences(AgendaTime::wall(today), AgendaTime::wall(today.addMonths(6)));
    m_upcoming->clear();
    int shown = 0;
    for (const Occurrence &o : next) {
        if (o.allDay && o.start.date() < today)
            continue; // a month-long event begun earlier is not "coming up"
        const QString when = o.allDay ? locale.toString(o.start.date(), QStringLiteral("ddd d MMM"))
                                      : locale.toString(o.start, QStringLiteral("ddd d MMM, HH:mm"));
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(when, o.title), m_upcoming);
        item->setData(Qt::UserRole, o.start.date());
        item->setData(Qt::UserRole + 1, o.title);
        QPixmap pix(10, 28);
        pix.fill(m_colors.value(o.typeId, Qt::gray));
        item->setIcon(QIcon(pix));
        if (++shown == 12)
            break;
    }
}

void AgendaTab::setTaskReader(const AgendaTaskReader *reader)
{
    m_tasks = reader;
    refresh();
}

void AgendaTab::reloadTasks()
{
    refresh();
}

QList<Occurrence> AgendaTab::visibleOccurrences() const
{
    return m_view == View::List ? m_listModel->occurrences() : m_calendar->occurrences();
}

bool AgendaTab::selectOccurrence(const QString &title, const QDate &day)
{
    const QList<Occurrence> list = visibleOccurrences();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).title.contains(title) && (!day.isValid() || list.at(i).start.date() == day)) {
            if (m_view == View::List)
                m_list->setCurrentIndex(m_listModel->index(i, OccurrenceTableModel::Title));
            else
                m_calendar->setSelectedIndex(i);
            updateActions();
            updateDetail();
            return true;
        }
    }
    return false;
}

std::optional<Occurrence> AgendaTab::selectedOccurrence() const
{
    if (m_view == View::List) {
        const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        if (row >= 0 && row < m_listModel->rowCount())
            return m_listModel->occurrences().at(row);
        return std::nullopt;
    }
    const int index = m_calendar->selectedIndex();
    if (index >= 0 && index < m_calendar->occurrences().size())
        return m_calendar->occurrences().at(index);
    return std::nullopt;
}

void AgendaTab::setWritePolicy(const WritePolicy &policy)
{
    m_policy = policy;
    const QString reader = policy.readerRefusal();
    m_newAction->setEnabled(reader.isEmpty());
    m_newAction->setToolTip(reader);
    // An imported event has no organiser, and the types are the council's:
    // both are the coordinator's.
    const QString council = policy.councilRefusal();
    for (QAction *a : {m_importAction, m_typesAction}) {
        a->setEnabled(council.isEmpty());
        a->setToolTip(council);
    }
    updateActions();
    updateDetail();
}

QString AgendaTab::refusal(const Occurrence &occurrence) const
{
    if (!m_policy.isRestricted() || occurrence.isTask())
        return {};
    if (m_policy.isReadOnly())
        return m_policy.readerRefusal();
    const auto loaded = m_store->load(occurrence.eventId);
    return loaded ? m_policy.eventRefusal(loaded->event) : m_policy.readerRefusal();
}

void AgendaTab::updateActions()
{
    // Tasks of the accompaniment are read-only here: they change in the Projets tab.
    const auto selected = selectedOccurrence();
    const bool event = selected && !selected->isTask();
    const QString why = event ? refusal(*selected) : QString();
    for (QAction *a : {m_attendanceAction, m_posterAction})
        a->setEnabled(event);
    for (QAction *a : {m_editAction, m_deleteAction, m_registrationsAction, m_cancelAction}) {
        a->setEnabled(event && why.isEmpty() && (a != m_cancelAction || selected->recurring));
        a->setToolTip(why);
    }
}

void AgendaTab::updateDetail()
{
    const auto o = selectedOccurrence();
    if (!o) {
        m_detail->setText(tr("Double-click a day to add an event, an event to open it."));
        return;
    }
    const QLocale locale;
    if (o->isTask()) {
        m_detail->setText(QStringLiteral("<b>%1</b> — %2<br>%3")
                              .arg(o->title.toHtmlEscaped(), locale.toString(o->start.date(), QLocale::LongFormat).toHtmlEscaped(),
                                   CalendarView::taskNote(*o).toHtmlEscaped()));
        return;
    }
    QString when = o->allDay ? locale.toString(o->start.date(), QLocale::LongFormat)
                             : tr("%1, %2 to %3")
                                   .arg(locale.toString(o->start.date(), QLocale::LongFormat),
                                        locale.toString(o->start.time(), QLocale::ShortFormat),
                                        locale.toString(o->end.time(), QLocale::ShortFormat));
    const int registered = int(m_store->registrations(o->eventId, o->originalStart).size());
    QString seats = o->capacity > 0 ? tr("%1 of %n place(s)", nullptr, o->capacity).arg(tr("%n registered", nullptr, registered))
                                    : tr("%n registered", nullptr, registered);
    if (o->capacity > 0 && registered > o->capacity)
        seats = QStringLiteral("<span style=\"color:#b03a2e\">%1</span>").arg(tr("%1 — capacity passed").arg(seats));
    const QString why = refusal(*o);
    m_detail->setText(QStringLiteral("<b>%1</b> — %2%3<br>%4%5")
                          .arg(o->title.toHtmlEscaped(), when.toHtmlEscaped(),
                               o->location.isEmpty() ? QString() : QStringLiteral(" — ") + o->location.toHtmlEscaped(), seats,
                               why.isEmpty() ? QString() : QStringLiteral("<br><i>%1</i>").arg(why.toHtmlEscaped())));
}

int AgendaTab::runDialog(QDialog *dialog)
{
    return s_dialogRunner ? s_dialogRunner(dialog) : dialog->exec();
}

int AgendaTab::chooseScope(const QString &question)
{
    if (s_scopeChooser)
        return s_scopeChooser(question);
    QMessageBox box(QMessageBox::Question, tr("Repeating event"), question, QMessageBox::Cancel, this);
    QPushButton *one = box.addButton(tr("This occurrence"), QMessageBox::AcceptRole);
    QPushButton *following = box.addButton(tr("This and the following"), QMessageBox::AcceptRole);
    QPushButton *all = box.addButton(tr("The whole series"), QMessageBox::AcceptRole);
    box.setDefaultButton(one);
    box.exec();
    if (box.clickedButton() == one)
        return int(SeriesEditor::Scope::ThisOccurrence);
    if (box.clickedButton() == following)
        return int(SeriesEditor::Scope::ThisAndFollowing);
    if (box.clickedButton() == all)
        return int(SeriesEditor::Scope::WholeSeries);
    return -1;
}

bool AgendaTab::push(const QList<EventRecord> &before, const QList<EventRecord> &after, const QString &text, const QString &done)
{
    auto *command = new EventChangeCommand(m_store, before, after, text);
    if (!command->applyNow()) {
        const QString why = m_store->errorString();
        delete command;
        Prompter::warning(this, tr("Agenda"), tr("The change could not be saved (%1). Nothing was changed.").arg(why));
        return false;
    }
    m_undoStack->push(command);
    emit statusMessage(done);
    return true;
}

void AgendaTab::newEvent(const QDate &day)
{
    if (const QString why = m_policy.readerRefusal(); !why.isEmpty()) {
        emit statusMessage(why);
        return;
    }
    const QDate date = day.isValid() ? day : currentDate();
    Event e;
    e.start = AgendaTime::wall(date, QTime(18, 0));
    e.end = AgendaTime::wall(date, QTime(20, 0));
    e.typeId = m_store->typeIdByName(QStringLiteral("Atelier"));
    EventDialog dialog(m_store, this);
    dialog.setWindowTitle(tr("New event"));
    dialog.setPlanActions(m_planActions);
    dialog.setEvent(e);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    EventRecord record{dialog.event(), {}};
    if (const QString why = m_policy.eventRefusal(record.event); !why.isEmpty()) {
        Prompter::warning(this, tr("New event"), why);
        return;
    }
    record.event.uid = EventStore::newUid();
    if (push({}, {record}, tr("Create “%1”").arg(record.event.title), tr("Event “%1” created.").arg(record.event.title)))
        goToDate(record.event.start.date());
}

void AgendaTab::editSelected()
{
    if (const auto o = selectedOccurrence())
        openOccurrence(*o);
}

void AgendaTab::openOccurrence(const Occurrence &occurrence)
{
    if (occurrence.task == Occurrence::Task::NextStep) {
        emit projectRequested(occurrence.sourceId);
        return;
    }
    if (occurrence.task == Occurrence::Task::CallClosing) {
        emit callRequested(occurrence.sourceId);
        return;
    }
    if (const QString why = refusal(occurrence); !why.isEmpty()) {
        emit statusMessage(why);
        return;
    }
    const auto loaded = m_store->load(occurrence.eventId);
    if (!loaded)
        return;
    const EventRecord before = *loaded;
    auto scope = SeriesEditor::Scope::WholeSeries;
    if (before.event.isRecurring()) {
        const int chosen = chooseScope(tr("“%1” repeats. Change only this occurrence, this one and the following ones, or the whole series?")
                                           .arg(before.event.title));
        if (chosen < 0)
            return;
        scope = SeriesEditor::Scope(chosen);
    }
    EventDialog dialog(m_store, this);
    dialog.setPlanActions(m_planActions);
    Event shown = before.event;
    if (scope == SeriesEditor::Scope::ThisOccurrence) {
        shown.start = occurrence.start;
        shown.end = occurrence.end;
        shown.title = occurrence.title;
        shown.location = occurrence.location;
        if (const EventException *x = before.event.exceptionAt(occurrence.originalStart)) {
            if (!x->description.isEmpty())
                shown.description = x->description;
        }
        dialog.setOccurrenceMode(true);
    } else if (scope == SeriesEditor::Scope::ThisAndFollowing) {
        shown.start = occurrence.originalStart;
        shown.end = occurrence.originalStart.addSecs(before.event.durationSecs());
    }
    dialog.setEvent(shown);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    const Event edited = dialog.event();
    if (const QString why = m_policy.eventRefusal(edited); !why.isEmpty()) {
        Prompter::warning(this, tr("Agenda"), why);
        return;
    }
    EventRecord after = before;
    if (scope == SeriesEditor::Scope::ThisOccurrence && before.event.isRecurring()) {
        SeriesEditor::changeOccurrence(after.event, occurrence.originalStart,
                                       {edited.start, edited.end, edited.title, edited.location, edited.description});
        push({before}, {after}, tr("Change one occurrence of “%1”").arg(before.event.title),
             tr("“%1” changed on %2 only.").arg(before.event.title, QLocale().toString(occurrence.originalStart.date(), QLocale::ShortFormat)));
        return;
    }
    if (scope == SeriesEditor::Scope::ThisAndFollowing) {
        EventRecord tail = SeriesEditor::splitAt(after, occurrence.originalStart, EventStore::newUid());
        if (!tail.event.uid.isEmpty()) {
            SeriesEditor::editWholeSeries(tail, edited);
            const QString from = QLocale().toString(occurrence.originalStart.date(), QLocale::ShortFormat);
            push({before}, {after, tail}, tr("Change “%1” from %2 on").arg(before.event.title, from),
                 tr("“%1” changed from %2 on.").arg(before.event.title, from));
            return;
        }
    }
    SeriesEditor::editWholeSeries(after, edited);
    push({before}, {after}, tr("Edit “%1”").arg(edited.title), tr("Event “%1” changed.").arg(edited.title));
}

void AgendaTab::cancelSelectedOccurrence()
{
    const auto o = selectedOccurrence();
    if (!o || !o->recurring || !refusal(*o).isEmpty())
        return;
    const auto loaded = m_store->load(o->eventId);
    if (!loaded)
        return;
    EventRecord after = *loaded;
    SeriesEditor::cancelOccurrence(after.event, o->originalStart);
    const QString day = QLocale().toString(o->originalStart.date(), QLocale::ShortFormat);
    push({*loaded}, {after}, tr("Cancel “%1” of %2").arg(o->title, day), tr("“%1” of %2 cancelled.").arg(o->title, day));
}

void AgendaTab::deleteSelectedEvent()
{
    const auto o = selectedOccurrence();
    if (!o || !refusal(*o).isEmpty())
        return;
    const auto loaded = m_store->load(o->eventId);
    if (!loaded)
        return;
    const QString text = loaded->event.isRecurring()
        ? tr("Delete the whole series “%1” and its registrations? To drop one date only, cancel that occurrence instead.").arg(loaded->event.title)
        : tr("Delete “%1” and its registrations?").arg(loaded->event.title);
    if (Prompter::question(this, tr("Delete event"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    push({*loaded}, {}, tr("Delete “%1”").arg(loaded->event.title), tr("Event “%1” deleted.").arg(loaded->event.title));
}

void AgendaTab::editRegistrations()
{
    const auto o = selectedOccurrence();
    if (!o || !refusal(*o).isEmpty())
        return;
    const auto loaded = m_store->load(o->eventId);
    if (!loaded)
        return;
    RegistrationsDialog dialog(m_store, *o, m_store->registrations(o->eventId, o->originalStart), this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    EventRecord after = *loaded;
    QList<Registration> kept;
    for (const Registration &r : after.registrations) {
        if (r.occurrenceStart != o->originalStart)
            kept << r;
    }
    kept += dialog.registrations();
    after.registrations = kept;
    push({*loaded}, {after}, tr("Registrations of “%1”").arg(o->title), tr("Registrations of “%1” saved.").arg(o->title));
    updateDetail();
}

void AgendaTab::importIcs()
{
    const QString path = Prompter::openFileName(this, tr("Import an iCalendar file"),
                                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (path.isEmpty())
        return;
    IcsImporter importer;
    importer.setTypes(m_store->types());
    if (!importer.readFile(path)) {
        Prompter::warning(this, tr("Import an iCalendar file"),
                          tr("“%1” was not imported, nothing was changed. %2").arg(QDir::toNativeSeparators(path), importer.errorString()));
        return;
    }
    QList<EventRecord> before;
    QList<EventRecord> after;
    for (Event e : importer.events()) {
        EventRecord record;
        if (const auto existing = m_store->loadByUid(e.uid)) {
            before << *existing;
            record.registrations = existing->registrations;
            e.id = existing->event.id;
            e.createdAt = existing->event.createdAt;
            e.organiserId = existing->event.organiserId;
            e.partnerIds = existing->event.partnerIds;
            e.planActionId = existing->event.planActionId;
            e.capacity = existing->event.capacity;
            if (e.typeId == 0)
                e.typeId = existing->event.typeId;
        }
        record.event = e;
        after << record;
    }
    QStringList report;
    report << tr("%n event(s) to import", nullptr, int(after.size() - before.size()))
           << tr("%n to update", nullptr, int(before.size()));
    QString text = report.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!importer.issues().isEmpty()) {
        QStringList lines;
        for (const IcsImporter::Issue &i : importer.issues())
            lines << (i.line > 0 ? tr("line %1: %2").arg(i.line).arg(i.message) : i.message);
        text += QLatin1Char('\n') + tr("Skipped:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    QStringList overlaps;
    for (const EventRecord &r : after) {
        for (const Occurrence &o : m_store->conflicts(r.event)) {
            if (o.uid != r.event.uid)
                overlaps << tr("“%1” overlaps “%2” of %3 at the same place (%4).")
                                .arg(r.event.title, o.title, QLocale().toString(o.start, QLocale::ShortFormat), o.location);
        }
    }
    if (!overlaps.isEmpty())
        text += QLatin1Char('\n') + tr("Warning:") + QLatin1Char('\n') + overlaps.mid(0, 10).join(QLatin1Char('\n'));
    if (after.isEmpty()) {
        Prompter::warning(this, tr("Import an iCalendar file"), tr("The file holds no event.") + QLatin1Char('\n') + text);
        return;
    }
    if (Prompter::question(this, tr("Import an iCalendar file"), text + QLatin1Char('\n') + tr("Import?"),
                           QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok)
        != QMessageBox::Ok)
        return;
    if (push(before, after, tr("Import “%1”").arg(QFileInfo(path).fileName()),
             tr("%n event(s) imported from “%1”.", nullptr, int(after.size())).arg(QFileInfo(path).fileName())))
        goToDate(after.first().event.start.date());
}

void AgendaTab::exportIcs()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("agenda.ics"));
    QString path = Prompter::saveFileName(this, tr("Export to iCalendar"), suggested, tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    IcsExporter exporter;
    exporter.setTypes(m_store->types());
    const QList<Event> events = m_store->events();
    if (!exporter.writeFile(path, exporter.exportEvents(events))) {
        Prompter::warning(this, tr("Export to iCalendar"), exporter.errorString());
        return;
    }
    emit statusMessage(tr("%n event(s) exported to “%1”.", nullptr, int(events.size())).arg(QDir::toNativeSeparators(path)));
}

void AgendaTab::editTypes()
{
    EventTypesDialog dialog(m_store, this);
    runDialog(&dialog);
}
