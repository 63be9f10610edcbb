#include "recurrence.h"

#include "agendatime.h"
#include "ruleexpander.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QStringList>

#include <libical/ical.h>

#include <memory>

namespace {

const char *const dayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

/// Guards against a rule that never ends and never reaches the window.
constexpr int MaxSteps = 200000;

icaltimetype toIcal(const QDateTime &wall)
{
    icaltimetype t = icaltime_null_time();
    const QDate d = wall.date();
    const QTime tm = wall.time();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.hour = tm.hour();
    t.minute = tm.minute();
    t.second = tm.second();
    t.is_date = 0;
    t.zone = nullptr;
    return t;
}

QDateTime fromIcal(const icaltimetype &t)
{
    return AgendaTime::wall(QDate(t.year, t.month, t.day), t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second));
}

/// libical numbers weekdays from Sunday (1) to Saturday (7); Qt from Monday.
int qtDay(int icalDay)
{
    return icalDay == 1 ? 7 : icalDay - 1;
}

bool parse(const QString &rrule, icalrecurrencetype *out)
{
    if (rrule.trimmed().isEmpty())
        return false;
    icalerror_clear_errno();
    *out = icalrecurrencetype_from_string(rrule.trimmed().toUtf8().constData());
    const bool ok = out->freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
    icalerror_clear_errno();
    return ok;
}

/// The starts a rule has produced so far, with its iterator kept alive to
/// produce more. libical's iterator costs microseconds a step (it computes
/// through ICU), so the month grid, redrawn at each move, reuses what it
/// already expanded instead of walking every series again.
class ExpansionCache
{
public:
    ~ExpansionCache() { clear(); }

    /// Starts in [from, to), at most max.
    QList<QDateTime> starts(const QString &rrule, const QDateTime &dtstart, const QDateTime &from, const QDateTime &to, int max)
    {
        QMutexLocker lock(&m_mutex);
        const QString key = rrule + QLatin1Char('|') + dtstart.toString(Qt::ISODate);
        Entry *e = m_entries.value(key);
        const QDateTime jumpFrom = from.isValid() ? from.addDays(-1) : QDateTime();
        // A far jump (or a step back before what is known) restarts the
        // iterator at the window instead of walking there.
        const bool before = e && e->base.isValid() && (!jumpFrom.isValid() || jumpFrom < e->base);
        const bool far = e && e->canJump && jumpFrom.isValid() && e->last.isValid() && jumpFrom > e->last.addDays(400);
        if (before || far) {
            release(e);
            m_entries.remove(key);
            e = nullptr;
        }
        if (!e) {
            if (m_entries.size() >= MaxEntries)
                clear();
            icalrecurrencetype recur;
            const Outcome<RuleExpander::Rule> own = RuleExpander::parse(rrule);
            if (!parse(rrule, &recur) || !own)
                return {};
            e = new Entry;
            if (RuleExpander::needsOwnExpansion(*own))
                e->own = std::make_unique<RuleExpander>(*own, dtstart);
            else
                e->it = icalrecur_iterator_new(recur, toIcal(dtstart));
            e->canJump = recur.count == 0 && !e->own;
            if (!e->it && !e->own) {
                delete e;
                return {};
            }
            if (e->canJump && jumpFrom.isValid() && jumpFrom > dtstart.addDays(400)) {
                icalrecur_iterator_set_start(e->it, toIcal(jumpFrom));
                e->base = jumpFrom;
            }
            m_entries.insert(key, e);
        }
        // Produce until a start reaches the window's end.
        while (!e->done && (!to.isValid() || !e->last.isValid() || e->last < to)) {
            QDateTime t;
            if (e->own) {
                t = e->own->next();
            } else {
                const icaltimetype i = icalrecur_iterator_next(e->it);
                if (!icaltime_is_null_time(i))
                    t = fromIcal(i);
            }
            if (!t.isValid() || e->starts.size() >= MaxSteps) {
                e->done = true;
                break;
            }
            e->last = t;
            e->starts << e->last;
        }
        icalerror_clear_errno();
        QList<QDateTime> result;
        auto it = from.isValid() ? std::lower_bound(e->starts.cbegin(), e->starts.cend(), from) : e->starts.cbegin();
        for (; it != e->starts.cend() && (!to.isValid() || *it < to) && result.size() < max; ++it)
            result << *it;
        return result;
    }

    /// Whether the rule's starts are all known (a finite rule fully expanded).
    bool finished(const QString &rrule, const QDateTime &dtstart)
    {
        QMutexLocker lock(&m_mutex);
        const Entry *e = m_entries.value(rrule + QLatin1Char('|') + dtstart.toString(Qt::ISODate));
        return e && e->done;
    }

private:
    struct Entry
    {
        icalrecur_iterator *it = nullptr;
        /// For the rules libical expands wrongly.
        std::unique_ptr<RuleExpander> own;
        QDateTime base;
        QDateTime last;
        QList<QDateTime> starts;
        bool done = false;
        bool canJump = false;
    };
    static constexpr int MaxEntries = 4096;

    static void release(Entry *e)
    {
        if (e->it)
            icalrecur_iterator_free(e->it);
        delete e;
    }
    void clear()
    {
        for (Entry *e : std::as_const(m_entries))
            release(e);
        m_entries.clear();
    }

    QMutex m_mutex;
    QHash<QString, Entry *> m_entries;
};

ExpansionCache &cache()
{
    static ExpansionCache instance;
    return instance;
}

QString stripPart(QString rrule, const QString &name)
{
    QStringList parts = rrule.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (int i = parts.size() - 1; i >= 0; --i) {
        if (parts.at(i).section(QLatin1Char('='), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
            parts.removeAt(i);
    }
    return parts.join(QLatin1Char(';'));
}

QString partValue(const QString &rrule, const QString &name)
{
    const QStringList parts = rrule.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (p.section(QLatin1Char('='), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
            return p.section(QLatin1Char('='), 1);
    }
    return {};
}

} // namespace

bool Recurrence::isValid(const QString &rrule)
{
    return bool(check(rrule));
}

Outcome<bool> Recurrence::check(const QString &rrule)
{
    icalrecurrencetype recur;
    const Outcome<RuleExpander::Rule> rule = RuleExpander::parse(rrule);
    if (!rule)
        return Outcome<bool>::failure(rule.errorString());
    if (!parse(rrule, &recur))
        return Outcome<bool>::failure(tr("the rule cannot be read"));
    return true;
}

QString Recurrence::toRRule(const Rule &rule)
{
    QStringList parts;
    switch (rule.frequency) {
    case Frequency::None:
        return {};
    case Frequency::Daily:
        parts << QStringLiteral("FREQ=DAILY");
        break;
    case Frequency::Weekly:
        parts << QStringLiteral("FREQ=WEEKLY");
        break;
    case Frequency::MonthlyByDate:
    case Frequency::MonthlyByPosition:
        parts << QStringLiteral("FREQ=MONTHLY");
        break;
    case Frequency::Yearly:
        parts << QStringLiteral("FREQ=YEARLY");
        break;
    }
    if (rule.interval > 1)
        parts << QStringLiteral("INTERVAL=%1").arg(rule.interval);
    if (rule.frequency == Frequency::Weekly && !rule.weekDays.isEmpty()) {
        QList<int> days = rule.weekDays;
        std::sort(days.begin(), days.end());
        QStringList codes;
        for (int d : days) {
            if (d >= 1 && d <= 7)
                codes << QLatin1String(dayCodes[d - 1]);
        }
        parts << QStringLiteral("BYDAY=") + codes.join(QLatin1Char(','));
    }
    if (rule.frequency == Frequency::MonthlyByPosition)
        parts << QStringLiteral("BYDAY=%1%2").arg(rule.position).arg(QLatin1String(dayCodes[qBound(1, rule.positionDay, 7) - 1]));
    if (rule.count > 0)
        parts << QStringLiteral("COUNT=%1").arg(rule.count);
    else if (rule.until.isValid())
        parts << QStringLiteral("UNTIL=") + rule.until.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("T235959");
    return parts.join(QLatin1Char(';'));
}

Recurrence::Rule Recurrence::fromRRule(const QString &rrule, bool *understood)
{
    Rule rule;
    bool ok = true;
    icalrecurrencetype r;
    if (!parse(rrule, &r)) {
        if (understood)
            *understood = rrule.isEmpty();
        return rule;
    }
    rule.interval = std::max<int>(1, r.interval);
    rule.count = r.count;
    if (!icaltime_is_null_time(r.until))
        rule.until = QDate(r.until.year, r.until.month, r.until.day);
    auto arrayEmpty = [](const short *a) { return a[0] == ICAL_RECURRENCE_ARRAY_MAX; };
    if (!arrayEmpty(r.by_second) || !arrayEmpty(r.by_minute) || !arrayEmpty(r.by_hour) || !arrayEmpty(r.by_year_day)
        || !arrayEmpty(r.by_week_no) || !arrayEmpty(r.by_set_pos))
        ok = false;
    switch (r.freq) {
    case ICAL_DAILY_RECURRENCE:
        rule.frequency = Frequency::Daily;
        ok = ok && arrayEmpty(r.by_day) && arrayEmpty(r.by_month_day) && arrayEmpty(r.by_month);
        break;
    case ICAL_WEEKLY_RECURRENCE:
        rule.frequency = Frequency::Weekly;
        for (int i = 0; i < ICAL_BY_DAY_SIZE && r.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
            if (icalrecurrencetype_day_position(r.by_day[i]) != 0)
                ok = false;
            rule.weekDays << qtDay(icalrecurrencetype_day_day_of_week(r.by_day[i]));
        }
        ok = ok && arrayEmpty(r.by_month_day) && arrayEmpty(r.by_month);
        break;
    case ICAL_MONTHLY_RECURRENCE:
        if (!arrayEmpty(r.by_day)) {
            rule.frequency = Frequency::MonthlyByPosition;
            rule.position = icalrecurrencetype_day_position(r.by_day[0]);
            rule.positionDay = qtDay(icalrecurrencetype_day_day_of_week(r.by_day[0]));
            ok = ok && r.by_day[1] == ICAL_RECURRENCE_ARRAY_MAX && rule.position != 0 && rule.position >= -1
                && rule.position <= 4;
        } else {
            rule.frequency = Frequency::MonthlyByDate;
            ok = ok && (arrayEmpty(r.by_month_day) || r.by_month_day[1] == ICAL_RECURRENCE_ARRAY_MAX);
        }
        ok = ok && arrayEmpty(r.by_month);
        break;
    case ICAL_YEARLY_RECURRENCE:
        rule.frequency = Frequency::Yearly;
        ok = ok && arrayEmpty(r.by_day) && arrayEmpty(r.by_month_day);
        break;
    default:
        ok = false;
        break;
    }
    if (understood)
        *understood = ok;
    return rule;
}

Recurrence::Rule Recurrence::monthlyByPositionFor(const QDate &date, bool preferLast)
{
    Rule rule;
    rule.frequency = Frequency::MonthlyByPosition;
    rule.positionDay = date.dayOfWeek();
    rule.position = (date.day() - 1) / 7 + 1;
    if (rule.position == 5 || (preferLast && date.addDays(7).month() != date.month()))
        rule.position = -1;
    return rule;
}

QList<QDateTime> Recurrence::starts(const QString &rrule, const QDateTime &dtstart, const QDateTime &from,
                                    const QDateTime &to, int max)
{
    if (!to.isValid())
        return {};
    return cache().starts(rrule, dtstart, from, to, max);
}

QList<QDateTime> Recurrence::next(const QString &rrule, const QDateTime &dtstart, const QDateTime &from, int n)
{
    QList<QDateTime> result;
    if (n <= 0)
        return result;
    // Widen the window until n starts are found or the rule is exhausted.
    for (int years = 1; years <= 64 && result.size() < n; years *= 2) {
        result = cache().starts(rrule, dtstart, from, from.addYears(years), n);
        if (cache().finished(rrule, dtstart))
            break;
    }
    return result;
}

QDateTime Recurrence::lastStart(const QString &rrule, const QDateTime &dtstart)
{
    icalrecurrencetype r;
    if (!parse(rrule, &r))
        return dtstart;
    if (r.count == 0 && icaltime_is_null_time(r.until))
        return {};
    const QList<QDateTime> all = cache().starts(rrule, dtstart, QDateTime(), QDateTime(), MaxSteps);
    return all.isEmpty() ? dtstart : all.last();
}

int Recurrence::countBefore(const QString &rrule, const QDateTime &dtstart, const QDateTime &at)
{
    return int(cache().starts(rrule, dtstart, QDateTime(), at, MaxSteps).size());
}

QString Recurrence::endedBefore(const QString &rrule, const QDateTime &dtstart, const QDateTime &at)
{
    if (at <= dtstart)
        return {};
    QString rule = stripPart(stripPart(rrule, QStringLiteral("COUNT")), QStringLiteral("UNTIL"));
    const QDateTime until = at.addSecs(-1);
    rule += QStringLiteral(";UNTIL=") + until.toString(QStringLiteral("yyyyMMddTHHmmss"));
    return rule;
}

QString Recurrence::withCountReducedBy(const QString &rrule, int done)
{
    const QString count = partValue(rrule, QStringLiteral("COUNT"));
    if (count.isEmpty())
        return rrule;
    const int left = count.toInt() - done;
    if (left <= 0)
        return {};
    return stripPart(rrule, QStringLiteral("COUNT")) + QStringLiteral(";COUNT=%1").arg(left);
}

QString Recurrence::ordinal(int position)
{
    switch (position) {
    case 1:
        return tr("1st");
    case 2:
        return tr("2nd");
    case 3:
        return tr("3rd");
    case 4:
        return tr("4th");
    default:
        return tr("last");
    }
}

QString Recurrence::describe(const QString &rrule, const QDateTime &dtstart)
{
    if (rrule.isEmpty())
        return tr("Does not repeat");
    bool understood = false;
    const Rule rule = fromRRule(rrule, &understood);
    if (!understood)
        return tr("Custom rule (%1)").arg(rrule);
    const QLocale locale;
    const int n = rule.interval;
    QString text;
    switch (rule.frequency) {
    case Frequency::None:
        return tr("Does not repeat");
    case Frequency::Daily:
        text = tr("Every day");
        if (n > 1)
            text = tr("Every %n day(s)", nullptr, n);
        break;
    case Frequency::Weekly: {
        QStringList names;
        QList<int> days = rule.weekDays;
        if (days.isEmpty())
            days << dtstart.date().dayOfWeek();
        for (int d : days)
            names << locale.dayName(d);
        text = n > 1 ? tr("Every %n week(s) on %1", nullptr, n).arg(names.join(QStringLiteral(", ")))
                     : tr("Every week on %1").arg(names.join(QStringLiteral(", ")));
        break;
    }
    case Frequency::MonthlyByDate:
        text = n > 1 ? tr("Every %n month(s) on day %1", nullptr, n).arg(dtstart.date().day())
                     : tr("Every month on day %1").arg(dtstart.date().day());
        break;
    case Frequency::MonthlyByPosition:
        text = n > 1 ? tr("The %1 %2 of every %n month(s)", nullptr, n).arg(ordinal(rule.position), locale.dayName(rule.positionDay))
                     : tr("The %1 %2 of the month").arg(ordinal(rule.position), locale.dayName(rule.positionDay));
        break;
    case Frequency::Yearly:
        text = n > 1 ? tr("Every %n year(s) on %1", nullptr, n).arg(locale.toString(dtstart.date(), QStringLiteral("d MMMM")))
                     : tr("Every year on %1").arg(locale.toString(dtstart.date(), QStringLiteral("d MMMM")));
        break;
    }
    if (rule.count > 0)
        text = tr("%1, %n time(s)", nullptr, rule.count).arg(text);
    else if (rule.until.isValid())
        text = tr("%1, until %2").arg(text, locale.toString(rule.until, QLocale::LongFormat));
    return text;
}
