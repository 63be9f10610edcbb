#include "eventdialog.h"

#include "dateeditformat.h"
#include "directorypicker.h"
#include "models/domain/agendatime.h"
#include "models/domain/clock.h"
#include "models/domain/clock.h"
#include "models/domain/occurrenceexpander.h"
#include "models/domain/publicholidays.h"
#include "models/domain/recurrence.h"
#include "models/stores/eventstore.h"
#include "prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum RepeatChoice { NoRepeat, Daily, Weekly, MonthlyByDate, MonthlyByPosition, MonthlyLast, Yearly, Custom };

QIcon swatch(const QColor &c)
{
    QPixmap pix(14, 14);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.setBrush(c);
    p.setPen(c.darker(130));
    p.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pix);
}

QDateTime fromEdit(const QDateTimeEdit *edit)
{
    return AgendaTime::wall(edit->date(), edit->time());
}

} // namespace

EventDialog::EventDialog(EventStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_title(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_allDay(new QCheckBox(tr("All day"), this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_location(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_organiser(new DirectoryPicker(store->connectionName(), DirectoryPickerModel::Kind::Actors, this))
    , m_partnerPicker(new DirectoryPicker(store->connectionName(), DirectoryPickerModel::Kind::Actors, this))
    , m_partners(new QListWidget(this))
    , m_planAction(new QComboBox(this))
    , m_capacity(new QSpinBox(this))
    , m_public(new QCheckBox(tr("Public event (shown in exports and publications)"), this))
    , m_repeatBox(new QGroupBox(tr("Repetition"), this))
    , m_repeat(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_intervalUnit(new QLabel(this))
    , m_everyLabel(new QLabel(this))
    , m_weekDaysBox(new QWidget(this))
    , m_repeatEnd(new QComboBox(this))
    , m_until(new QDateEdit(this))
    , m_count(new QSpinBox(this))
    , m_preview(new QLabel(this))
    , m_conflict(new QLabel(this))
    , m_holidays(new QLabel(this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(tr("Event"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_allDay->setObjectName(QStringLiteral("allDayCheck"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_organiser->setObjectName(QStringLiteral("organiserPicker"));
    m_partnerPicker->setObjectName(QStringLiteral("partnerPicker"));
    m_partnerPicker->setAddMode(true);
    m_partners->setObjectName(QStringLiteral("partnersList"));
    m_planAction->setObjectName(QStringLiteral("planActionCombo"));
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_public->setObjectName(QStringLiteral("publicCheck"));
    m_repeat->setObjectName(QStringLiteral("repeatCombo"));
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_intervalUnit->setObjectName(QStringLiteral("intervalUnitLabel"));
    m_repeatEnd->setObjectName(QStringLiteral("repeatEndCombo"));
    m_until->setObjectName(QStringLiteral("untilEdit"));
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_conflict->setObjectName(QStringLiteral("conflictLabel"));
    m_holidays->setObjectName(QStringLiteral("holidayLabel"));

    for (const EventType &t : m_store->types())
        m_type->addItem(swatch(t.color), t.name, t.id);
    for (QDateTimeEdit *e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        // Wall-clock times: a UTC spec keeps 02:30 on the night clocks go forward.
        e->setTimeSpec(Qt::UTC);
        DateEditFormat::withTime(e);
    }
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 4 + 10);
    m_organiser->setToolTip(tr("Type a few letters of the organiser's name, then choose; empty the field for none."));
    m_partnerPicker->setToolTip(tr("Type a few letters of a partner's name, then choose: it joins the list below."));
    m_partners->setFixedHeight(fontMetrics().lineSpacing() * 4 + 6);
    m_partners->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_partnerPicker, &DirectoryPicker::chosen, this,
            [this](const DirectoryLookup::Match &m) { addPartner(m.id, m.name); });
    m_planAction->addItem(tr("(none)"), qint64(0));
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_interval->setRange(1, 99);
    m_count->setRange(1, 999);
    m_count->setValue(10);
    m_count->setSuffix(tr(" times"));
    m_until->setCalendarPopup(true);
    DateEditFormat::inWords(m_until);
    m_repeatEnd->addItem(tr("Never ends"));
    m_repeatEnd->addItem(tr("Until"));
    m_repeatEnd->addItem(tr("After"));
    m_conflict->setWordWrap(true);
    m_conflict->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_holidays->setWordWrap(true);
    m_holidays->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    m_holidays->hide();
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);

    QFormLayout *form = buildForm();

    buildRepeatBox();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("eventButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_repeatBox);
    layout->addWidget(m_conflict);
    layout->addWidget(m_holidays);
    layout->addWidget(buttons);

    connectEditors();
}

void EventDialog::connectEditors()
{
    connect(m_allDay, &QCheckBox::toggled, this, [this](bool allDay) {
        for (QDateTimeEdit *e : {m_start, m_end}) {
            if (allDay)
                DateEditFormat::withWeekday(e);
            else
                DateEditFormat::withTime(e);
        }
        updatePreview();
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &EventDialog::startChanged);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, [this] {
        // A typed end sets the length the end keeps when the start moves.
        if (!m_followingStart)
            m_length = std::max<qint64>(0, fromEdit(m_start).secsTo(fromEdit(m_end)));
        m_event.end = fromEdit(m_end);
        updatePreview();
    });
    connect(m_location, &QLineEdit::textChanged, this, &EventDialog::updatePreview);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        updateRepeatWidgets();
        updateIntervalUnit();
        updatePreview();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this] {
        updateIntervalUnit();
        updatePreview();
    });
    connect(m_repeatEnd, &QComboBox::currentIndexChanged, this, [this] {
        updateRepeatWidgets();
        updatePreview();
    });
    connect(m_until, &QDateEdit::dateChanged, this, &EventDialog::updatePreview);
    connect(m_count, &QSpinBox::valueChanged, this, &EventDialog::updatePreview);
}

void EventDialog::buildRepeatBox()
{
    auto *weekDays = new QHBoxLayout(m_weekDaysBox);
    weekDays->setContentsMargins(0, 0, 0, 0);
    for (int d = 1; d <= 7; ++d) {
        auto *check = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), m_weekDaysBox);
        check->setObjectName(QStringLiteral("weekDay%1").arg(d));
        m_weekDays << check;
        connect(check, &QCheckBox::toggled, this, &EventDialog::updatePreview);
    }
    const int firstDay = QLocale().firstDayOfWeek();
    for (int i = 0; i < 7; ++i)
        weekDays->addWidget(m_weekDays.at((firstDay - 1 + i) % 7));
    weekDays->addStretch();
    auto *repeatForm = new QFormLayout(m_repeatBox);
    repeatForm->addRow(tr("&Repeats:"), m_repeat);
    // "Every 2 months": the count, then its unit, read as one sentence.
    auto *every = new QHBoxLayout;
    every->addWidget(m_interval);
    every->addWidget(m_intervalUnit);
    every->addStretch();
    m_everyLabel->setObjectName(QStringLiteral("everyLabel"));
    m_everyLabel->setText(tr("&Every"));
    m_everyLabel->setBuddy(m_interval);
    repeatForm->addRow(m_everyLabel, every);
    repeatForm->addRow(tr("On:"), m_weekDaysBox);
    auto *end = new QHBoxLayout;
    end->addWidget(m_repeatEnd);
    end->addWidget(m_until);
    end->addWidget(m_count);
    end->addStretch();
    auto *endLabel = new QLabel(tr("E&nds:"), this);
    endLabel->setBuddy(m_repeatEnd);
    repeatForm->addRow(endLabel, end);
    repeatForm->addRow(tr("Next:"), m_preview);
}

QFormLayout *EventDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ype:"), m_type);
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addWidget(m_allDay);
    auto *startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, times);
    form->addRow(tr("&Place:"), m_location);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Organiser:"), m_organiser);
    auto *partnersLabel = new QLabel(tr("Pa&rtners:"), this);
    partnersLabel->setBuddy(m_partnerPicker);
    form->addRow(partnersLabel, partnersLayout());
    form->addRow(tr("Plan &action:"), m_planAction);
    form->addRow(tr("&Capacity:"), m_capacity);
    form->addRow(QString(), m_public);
    return form;
}

QLayout *EventDialog::partnersLayout()
{
    auto *partners = new QVBoxLayout;
    auto *row = new QHBoxLayout;
    row->addWidget(m_partnerPicker, 1);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("removePartnerButton"));
    remove->setToolTip(tr("Removes the partners selected in the list"));
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_partners->selectedItems()); });
    row->addWidget(remove);
    partners->addLayout(row);
    partners->addWidget(m_partners);
    return partners;
}

void EventDialog::startChanged()
{
    const QDateTime start = fromEdit(m_start);
    const int oldDay = m_event.start.isValid() ? m_event.start.date().dayOfWeek() : 0;
    if (m_event.start.isValid() && start.isValid()) {
        // The end follows the start, keeping the length last set or typed.
        m_followingStart = true;
        m_end->setDateTime(start.addSecs(m_length));
        m_followingStart = false;
    }
    m_event.start = start;
    m_event.end = fromEdit(m_end);
    // The weekly row follows the day of the event, unless other days were ticked.
    const int newDay = start.date().dayOfWeek();
    if (oldDay > 0 && newDay > 0 && oldDay != newDay) {
        int ticked = 0;
        for (const QCheckBox *c : std::as_const(m_weekDays))
            ticked += c->isChecked();
        if (ticked == 0 || (ticked == 1 && m_weekDays.at(oldDay - 1)->isChecked())) {
            m_weekDays.at(oldDay - 1)->setChecked(false);
            m_weekDays.at(newDay - 1)->setChecked(true);
        }
    }
    fillRepeatChoices();
    updatePreview();
}

void EventDialog::updateIntervalUnit()
{
    const int n = m_interval->value();
    // "Every" agrees with the unit in some languages ("Toutes les 2 semaines").
    m_everyLabel->setText(m_repeat->currentData().toInt() == Weekly ? tr("&Every", "before a number of weeks") : tr("&Every"));
    switch (m_repeat->currentData().toInt()) {
    case Daily:
        m_intervalUnit->setText(tr("day(s)", nullptr, n));
        break;
    case Weekly:
        m_intervalUnit->setText(tr("week(s)", nullptr, n));
        break;
    case MonthlyByDate:
    case MonthlyByPosition:
    case MonthlyLast:
        m_intervalUnit->setText(tr("month(s)", nullptr, n));
        break;
    case Yearly:
        m_intervalUnit->setText(tr("year(s)", nullptr, n));
        break;
    default:
        m_intervalUnit->clear();
    }
}

void EventDialog::addPartner(qint64 id, const QString &name)
{
    for (int i = 0; i < m_partners->count(); ++i) {
        if (m_partners->item(i)->data(Qt::UserRole).toLongLong() == id)
            return;
    }
    auto *item = new QListWidgetItem(name, m_partners);
    item->setData(Qt::UserRole, id);
}

void EventDialog::setPlanActions(const QList<QPair<qint64, QString>> &actions)
{
    const qint64 current = m_planAction->currentData().toLongLong();
    m_planAction->clear();
    m_planAction->addItem(tr("(none)"), qint64(0));
    for (const auto &a : actions)
        m_planAction->addItem(a.second, a.first);
    const int index = m_planAction->findData(current ? current : m_event.planActionId);
    m_planAction->setCurrentIndex(std::max(0, index));
}

void EventDialog::setOccurrenceMode(bool occurrence)
{
    m_occurrenceMode = occurrence;
    m_repeatBox->setEnabled(!occurrence);
    m_repeatBox->setVisible(!occurrence);
}

void EventDialog::setEvent(const Event &event)
{
    m_event = Event(); // no length-keeping while the fields are filled
    m_title->setText(event.title);
    m_type->setCurrentIndex(std::max(0, m_type->findData(event.typeId)));
    m_allDay->setChecked(event.allDay);
    m_start->setDateTime(event.start);
    // An all-day end is exclusive in storage, inclusive on screen.
    const QDateTime end = event.allDay ? event.end.addDays(-1) : event.end;
    m_end->setDateTime(end);
    m_length = std::max<qint64>(0, fromEdit(m_start).secsTo(fromEdit(m_end)));
    m_event = event;
    m_location->setText(event.location);
    m_description->setPlainText(event.description);
    // Only the organiser and the partners of this event are read.
    const QList<DirectoryLookup::Match> organiser = m_organiser->offers()->actors({event.organiserId});
    m_organiser->setChosen(organiser.isEmpty() ? 0 : organiser.first().id, organiser.isEmpty() ? QString() : organiser.first().name);
    m_partners->clear();
    for (const DirectoryLookup::Match &m : m_partnerPicker->offers()->actors(event.partnerIds))
        addPartner(m.id, m.name);
    m_planAction->setCurrentIndex(std::max(0, m_planAction->findData(event.planActionId)));
    m_capacity->setValue(event.capacity);
    m_public->setChecked(event.isPublic);

    bool understood = true;
    const Recurrence::Rule rule = Recurrence::fromRRule(event.rrule, &understood);
    // An event of dates given one by one (DTSTART and RDATEs in the file it
    // came from) holds a rule of one occurrence that carries them: shown as
    // "every year, once" it would hide the other dates, and changed here it
    // would lose them. It keeps them, and says so.
    const auto added = std::count_if(event.exceptions.cbegin(), event.exceptions.cend(),
                                     [](const EventException &x) { return x.kind == EventException::Kind::Added; });
    const bool datesGiven = understood && rule.count == 1 && added > 0;
    m_customRule = understood && !datesGiven ? QString() : event.rrule;
    m_customLabel = datesGiven ? tr("On the %n date(s) given", nullptr, int(added) + 1) : QString();
    fillRepeatChoices();
    int choice = NoRepeat;
    if (!understood || datesGiven) {
        choice = Custom;
    } else {
        switch (rule.frequency) {
        case Recurrence::Frequency::None:
            choice = NoRepeat;
            break;
        case Recurrence::Frequency::Daily:
            choice = Daily;
            break;
        case Recurrence::Frequency::Weekly:
            choice = Weekly;
            break;
        case Recurrence::Frequency::MonthlyByDate:
            choice = MonthlyByDate;
            break;
        case Recurrence::Frequency::MonthlyByPosition:
            choice = rule.position == -1 ? MonthlyLast : MonthlyByPosition;
            break;
        case Recurrence::Frequency::Yearly:
            choice = Yearly;
            break;
        }
    }
    m_repeat->setCurrentIndex(std::max(0, m_repeat->findData(choice)));
    m_interval->setValue(rule.interval);
    QList<int> days = rule.weekDays;
    if (days.isEmpty())
        days << event.start.date().dayOfWeek();
    for (int d = 1; d <= 7; ++d)
        m_weekDays.at(d - 1)->setChecked(days.contains(d));
    m_until->setDate(rule.until.isValid() ? rule.until : event.start.date().addMonths(6));
    if (rule.count > 0)
        m_count->setValue(rule.count);
    m_repeatEnd->setCurrentIndex(rule.count > 0 ? 2 : rule.until.isValid() ? 1 : 0);
    updateRepeatWidgets();
    updateIntervalUnit();
    updatePreview();
}

void EventDialog::fillRepeatChoices()
{
    const QDateTime start = fromEdit(m_start);
    const QDate date = start.date();
    const int current = m_repeat->currentData().isValid() ? m_repeat->currentData().toInt() : NoRepeat;
    const QSignalBlocker blocker(m_repeat);
    m_repeat->clear();
    m_repeat->addItem(tr("Does not repeat"), NoRepeat);
    m_repeat->addItem(Recurrence::describe(QStringLiteral("FREQ=DAILY"), start), Daily);
    m_repeat->addItem(tr("Every week"), Weekly);
    m_repeat->addItem(Recurrence::describe(QStringLiteral("FREQ=MONTHLY"), start), MonthlyByDate);
    const Recurrence::Rule byPosition = Recurrence::monthlyByPositionFor(date);
    if (byPosition.position != -1)
        m_repeat->addItem(Recurrence::describe(Recurrence::toRRule(byPosition), start), MonthlyByPosition);
    const Recurrence::Rule last = Recurrence::monthlyByPositionFor(date, true);
    if (last.position == -1)
        m_repeat->addItem(Recurrence::describe(Recurrence::toRRule(last), start), MonthlyLast);
    m_repeat->addItem(Recurrence::describe(QStringLiteral("FREQ=YEARLY"), start), Yearly);
    if (!m_customRule.isEmpty())
        m_repeat->addItem(m_customLabel.isEmpty() ? Recurrence::describe(m_customRule, start) : m_customLabel, Custom);
    int index = m_repeat->findData(current);
    if (index < 0 && current == MonthlyLast)
        index = m_repeat->findData(MonthlyByPosition);
    if (index < 0 && current == MonthlyByPosition)
        index = m_repeat->findData(MonthlyLast);
    m_repeat->setCurrentIndex(std::max(0, index));
}

void EventDialog::updateRepeatWidgets()
{
    const int choice = m_repeat->currentData().toInt();
    const bool repeats = choice != NoRepeat;
    const bool editable = repeats && choice != Custom;
    m_interval->setEnabled(editable);
    m_weekDaysBox->setEnabled(choice == Weekly);
    m_repeatEnd->setEnabled(editable);
    m_until->setVisible(m_repeatEnd->currentIndex() == 1);
    m_count->setVisible(m_repeatEnd->currentIndex() == 2);
    m_until->setEnabled(editable);
    m_count->setEnabled(editable);
}

QString EventDialog::currentRule() const
{
    const int choice = m_repeat->currentData().toInt();
    if (choice == Custom)
        return m_customRule;
    const QDate date = m_start->date();
    Recurrence::Rule rule;
    switch (choice) {
    case NoRepeat:
        return {};
    case Daily:
        rule.frequency = Recurrence::Frequency::Daily;
        break;
    case Weekly:
        rule.frequency = Recurrence::Frequency::Weekly;
        for (int d = 1; d <= 7; ++d) {
            if (m_weekDays.at(d - 1)->isChecked())
                rule.weekDays << d;
        }
        // Only the start's own day: the plain rule says it already.
        if (rule.weekDays == QList<int>{date.dayOfWeek()})
            rule.weekDays.clear();
        break;
    case MonthlyByDate:
        rule.frequency = Recurrence::Frequency::MonthlyByDate;
        break;
    case MonthlyByPosition:
        rule = Recurrence::monthlyByPositionFor(date);
        break;
    case MonthlyLast:
        rule = Recurrence::monthlyByPositionFor(date, true);
        break;
    case Yearly:
        rule.frequency = Recurrence::Frequency::Yearly;
        break;
    }
    rule.interval = m_interval->value();
    if (m_repeatEnd->currentIndex() == 1)
        rule.until = m_until->date();
    else if (m_repeatEnd->currentIndex() == 2)
        rule.count = m_count->value();
    return Recurrence::toRRule(rule);
}

Event EventDialog::event() const
{
    Event e = m_event;
    e.title = m_title->text().trimmed();
    e.typeId = m_type->currentData().toLongLong();
    e.allDay = m_allDay->isChecked();
    if (e.allDay) {
        e.start = AgendaTime::wall(m_start->date());
        e.end = AgendaTime::wall(std::max(m_end->date(), m_start->date()).addDays(1));
    } else {
        e.start = fromEdit(m_start);
        e.end = std::max(fromEdit(m_end), e.start);
    }
    e.location = m_location->text().trimmed();
    e.description = m_description->toPlainText().trimmed();
    e.organiserId = m_organiser->chosenId();
    e.partnerIds.clear();
    for (int i = 0; i < m_partners->count(); ++i)
        e.partnerIds << m_partners->item(i)->data(Qt::UserRole).toLongLong();
    e.planActionId = m_planAction->currentData().toLongLong();
    e.capacity = m_capacity->value();
    e.isPublic = m_public->isChecked();
    if (!m_occurrenceMode)
        e.rrule = currentRule();
    return e;
}

void EventDialog::updatePreview()
{
    const Event e = event();
    const QLocale locale;
    if (!m_occurrenceMode) {
        if (e.isRecurring()) {
            QStringList lines{Recurrence::describe(e.rrule, e.start)};
            // From today for a series already running.
            const QDateTime today = AgendaTime::wall(Clock::today());
            // On the Paris clock, whichever zone the rule repeats in.
            const QList<QDateTime> next = OccurrenceExpander::nextStarts(e, std::max(e.start, today), 5);
            for (const QDateTime &t : next)
                lines << (e.allDay ? locale.toString(t.date(), QLocale::LongFormat)
                                   : tr("%1 at %2").arg(locale.toString(t.date(), QLocale::LongFormat),
                                                        locale.toString(t.time(), QLocale::ShortFormat)));
            m_preview->setText(lines.join(QLatin1Char('\n')));
        } else {
            m_preview->setText(tr("Once, %1").arg(locale.toString(e.start.date(), QLocale::LongFormat)));
        }
    }
    const QStringList holidays = holidayDates(e);
    m_holidays->setText(holidays.isEmpty() ? QString()
                                           : tr("On a public holiday: %1.", nullptr, int(holidays.size())).arg(holidays.join(QStringLiteral(" ; "))));
    m_holidays->setVisible(!holidays.isEmpty());
    const QList<Occurrence> conflicts = m_store->conflicts(e);
    if (conflicts.isEmpty()) {
        m_conflict->clear();
        m_conflict->hide();
    } else {
        const Occurrence &o = conflicts.first();
        m_conflict->setText(tr("Warning: %1 is already taken by “%2” on %3.", nullptr, int(conflicts.size()))
                                .arg(o.location, o.title, locale.toString(o.start, QLocale::ShortFormat))
                            + (conflicts.size() > 1 ? QLatin1Char(' ') + tr("%n other overlap(s).", nullptr, int(conflicts.size()) - 1) : QString()));
        m_conflict->show();
    }
}

QString EventDialog::previewText() const
{
    return m_preview->text();
}

QString EventDialog::conflictText() const
{
    return m_conflict->text();
}

QString EventDialog::holidayText() const
{
    return m_holidays->text();
}

QStringList EventDialog::holidayDates(const Event &event) const
{
    // The first two years of a series: far enough to plan, short enough to read.
    QStringList out;
    const QLocale locale;
    QList<QDate> days;
    if (m_occurrenceMode || !event.isRecurring()) {
        days << event.start.date();
    } else {
        for (const Occurrence &o : OccurrenceExpander::expand(event, event.start, event.start.addYears(2)))
            days << o.start.date();
    }
    for (const QDate &d : std::as_const(days)) {
        const QString name = PublicHolidays::nameOf(d);
        if (!name.isEmpty())
            out << tr("%1 (%2)").arg(locale.toString(d, QLocale::LongFormat), name);
    }
    return out;
}

void EventDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        Prompter::warning(this, tr("Event"), tr("The event needs a title."));
        m_title->setFocus();
        return;
    }
    const QStringList holidays = holidayDates(event());
    if (!holidays.isEmpty()) {
        const QString text = tr("%n date(s) of this event fall(s) on a public holiday: %1. Save anyway?", nullptr, int(holidays.size()))
                                 .arg(holidays.join(QStringLiteral(" ; ")));
        if (Prompter::question(this, tr("Event"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}
