#include "ruleexpander.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace {

const QStringList &dayCodes()
{
    static const QStringList codes = {QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"),
                                      QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU")};
    return codes;
}

/// A rule that matches nothing would otherwise be walked for ever.
constexpr int MaxEmptyPeriods = 150000;

/// The first day of week 1 of @p year: weeks start on @p weekStart and week
/// 1 is the first with at least four days in the year (ISO 8601, RFC 5545).
QDate firstWeekStart(int year, int weekStart)
{
    const QDate jan1(year, 1, 1);
    const int offset = (jan1.dayOfWeek() - weekStart + 7) % 7;
    const QDate start = jan1.addDays(-offset);
    return offset <= 3 ? start : start.addDays(7);
}

/// The week number of @p d and the number of weeks of its week-year.
QPair<int, int> weekOf(const QDate &d, int weekStart)
{
    int year = d.year();
    if (d < firstWeekStart(year, weekStart))
        --year;
    else if (d >= firstWeekStart(year + 1, weekStart))
        ++year;
    const QDate first = firstWeekStart(year, weekStart);
    const int weeks = int(first.daysTo(firstWeekStart(year + 1, weekStart)) / 7);
    return {int(first.daysTo(d) / 7) + 1, weeks};
}

bool matchesSigned(const QList<int> &list, int value, int length)
{
    return list.contains(value) || list.contains(value - length - 1);
}

} // namespace

bool RuleExpander::readNumbers(const QString &part, const QString &value, int min, int max, QList<int> *to, QString *why)
{
    // min 0: from 0 to max; otherwise from min to max, or negative when
    // the part counts from the end (all but BYMONTH).
    const bool negative = min > 0 && part != QLatin1String("BYMONTH");
    for (const QString &item : value.split(QLatin1Char(','))) {
        bool ok = false;
        const int n = item.trimmed().toInt(&ok);
        const bool inRange = min == 0 ? n >= 0 && n <= max : n != 0 && std::abs(n) >= min && std::abs(n) <= max && (n > 0 || negative);
        if (!ok || !inRange) {
            if (min == 0)
                *why = tr("%1=%2: each value must be from 0 to %3").arg(part, item.trimmed()).arg(max);
            else if (negative)
                *why = tr("%1=%2: each value must be from %3 to %4 or from -%4 to -%3").arg(part, item.trimmed()).arg(min).arg(max);
            else
                *why = tr("%1=%2: each value must be from %3 to %4").arg(part, item.trimmed()).arg(min).arg(max);
            return false;
        }
        if (!to->contains(n))
            to->append(n);
    }
    return true;
}

bool RuleExpander::readDays(const QString &value, Rule *r, QString *why)
{
    for (const QString &raw : value.split(QLatin1Char(','))) {
        const QString item = raw.trimmed();
        const int day = int(dayCodes().indexOf(item.right(2))) + 1;
        if (day == 0) {
            *why = tr("BYDAY=%1: “%2” is not a day (MO, TU, WE, TH, FR, SA or SU)").arg(value, item);
            return false;
        }
        const QString position = item.chopped(2);
        if (position.isEmpty()) {
            if (!r->byWeekday.contains(day))
                r->byWeekday << day;
            continue;
        }
        bool isNumber = false;
        const int n = (position.startsWith(QLatin1Char('+')) ? position.mid(1) : position).toInt(&isNumber);
        if (isNumber && n == 0) {
            *why = tr("BYDAY=%1: the position of a day in the month or the year counts from 1 (the first) "
                      "or from -1 (the last), never 0").arg(value);
            return false;
        }
        if (!isNumber || std::abs(n) > 53) {
            *why = tr("BYDAY=%1: “%2” is not a day or a numbered day (such as 1FR or -1MO)").arg(value, item);
            return false;
        }
        r->byNthWeekday << qMakePair(n, day);
    }
    return true;
}

bool RuleExpander::readPart(const QString &key, const QString &value, Rule *r, QString *why)
{
    static const QStringList frequencies = {QStringLiteral("YEARLY"), QStringLiteral("MONTHLY"), QStringLiteral("WEEKLY"),
                                            QStringLiteral("DAILY"), QStringLiteral("HOURLY"), QStringLiteral("MINUTELY"),
                                            QStringLiteral("SECONDLY")};
    if (key == QLatin1String("FREQ")) {
        const int f = int(frequencies.indexOf(value));
        if (f < 0)
            *why = tr("FREQ=%1 is not a frequency (YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY or SECONDLY)").arg(value);
        r->frequency = Frequency(std::max(0, f));
        return f >= 0;
    }
    if (key == QLatin1String("INTERVAL") || key == QLatin1String("COUNT")) {
        QList<int> n;
        if (!readNumbers(key, value, 1, 1000000, &n, why) || n.size() != 1 || n.first() < 0) {
            *why = tr("%1=%2: each value must be from %3 to %4").arg(key, value).arg(1).arg(1000000);
            return false;
        }
        (key == QLatin1String("COUNT") ? r->count : r->interval) = n.first();
        return true;
    }
    if (key == QLatin1String("UNTIL")) {
        const QString digits = QString(value).remove(QLatin1Char('Z'));
        const QDate d = QDate::fromString(digits.left(8), QStringLiteral("yyyyMMdd"));
        const QTime t = digits.size() >= 15 ? QTime::fromString(digits.mid(9, 6), QStringLiteral("HHmmss")) : QTime(23, 59, 59);
        r->until = QDateTime(d, t, Qt::UTC);
        if (!d.isValid() || !t.isValid())
            *why = tr("UNTIL=%1 is not a date").arg(value);
        return d.isValid() && t.isValid();
    }
    if (key == QLatin1String("WKST")) {
        r->weekStart = int(dayCodes().indexOf(value)) + 1;
        if (r->weekStart == 0)
            *why = tr("WKST=%1 is not a day (MO, TU, WE, TH, FR, SA or SU)").arg(value);
        return r->weekStart > 0;
    }
    if (key == QLatin1String("BYDAY"))
        return readDays(value, r, why);
    const QHash<QString, QPair<QList<int> *, QPair<int, int>>> lists = {
        {QStringLiteral("BYSECOND"), {&r->bySecond, {0, 60}}},   {QStringLiteral("BYMINUTE"), {&r->byMinute, {0, 59}}},
        {QStringLiteral("BYHOUR"), {&r->byHour, {0, 23}}},       {QStringLiteral("BYMONTHDAY"), {&r->byMonthDay, {1, 31}}},
        {QStringLiteral("BYYEARDAY"), {&r->byYearDay, {1, 366}}}, {QStringLiteral("BYWEEKNO"), {&r->byWeekNo, {1, 53}}},
        {QStringLiteral("BYMONTH"), {&r->byMonth, {1, 12}}},      {QStringLiteral("BYSETPOS"), {&r->bySetPos, {1, 366}}},
    };
    const auto list = lists.constFind(key);
    if (list != lists.constEnd())
        return readNumbers(key, value, list->second.first, list->second.second, list->first, why);
    if (key.startsWith(QLatin1String("X-")))
        return true;
    *why = tr("%1 is not a part of a repeat rule").arg(key);
    return false;
}

bool RuleExpander::checkCombination(const Rule &r, QString *why)
{
    const Frequency f = r.frequency;
    const bool otherBy = std::any_of(r.parts.cbegin(), r.parts.cend(), [](const QString &k) {
        return k.startsWith(QLatin1String("BY")) && k != QLatin1String("BYSETPOS");
    });
    if (!r.parts.contains(QStringLiteral("FREQ")))
        *why = tr("the rule has no frequency (FREQ)");
    else if (!r.bySetPos.isEmpty() && !otherBy)
        *why = tr("BYSETPOS chooses among the dates of another BY… part, and the rule has none");
    else if (!r.byWeekNo.isEmpty() && f != Frequency::Yearly)
        *why = tr("BYWEEKNO is only allowed in a yearly rule");
    else if (!r.byNthWeekday.isEmpty() && f != Frequency::Yearly && f != Frequency::Monthly)
        *why = tr("a numbered BYDAY (such as 1FR) is only allowed in a monthly or yearly rule");
    else if (!r.byNthWeekday.isEmpty() && !r.byWeekNo.isEmpty())
        *why = tr("a numbered BYDAY (such as 1FR) cannot be used with BYWEEKNO");
    else if (!r.byMonthDay.isEmpty() && f == Frequency::Weekly)
        *why = tr("BYMONTHDAY is not allowed in a weekly rule");
    else if (!r.byYearDay.isEmpty() && (f == Frequency::Weekly || f == Frequency::Monthly))
        *why = tr("BYYEARDAY is not allowed in a weekly or monthly rule");
    else
        return true;
    return false;
}

Outcome<RuleExpander::Rule> RuleExpander::parse(const QString &rrule)
{
    Rule r;
    QString why;
    bool ok = true;
    const QStringList parts = rrule.trimmed().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString key = p.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        const QString value = p.section(QLatin1Char('='), 1).trimmed().toUpper();
        if (r.parts.contains(key)) {
            why = tr("the part %1 is given twice").arg(key);
            ok = false;
            break;
        }
        r.parts << key;
        if (!readPart(key, value, &r, &why)) {
            ok = false;
            break;
        }
    }
    ok = ok && checkCombination(r, &why);
    if (!ok)
        return Outcome<Rule>::failure(why);
    return r;
}

bool RuleExpander::needsOwnExpansion(const Rule &r)
{
    const Frequency f = r.frequency;
    const bool fine = f == Frequency::Yearly || f == Frequency::Monthly || f == Frequency::Weekly || f == Frequency::Daily;
    if (!fine || !r.byYearDay.isEmpty() || !r.byWeekNo.isEmpty() || !r.bySetPos.isEmpty())
        return true;
    if (!r.byHour.isEmpty() || !r.byMinute.isEmpty() || !r.bySecond.isEmpty())
        return true;
    if (f == Frequency::Daily && std::any_of(r.byMonthDay.cbegin(), r.byMonthDay.cend(), [](int d) { return d < 0; }))
        return true;
    // libical starts a fortnightly rule whose weeks begin on another day
    // than Monday in the wrong week.
    if (f == Frequency::Weekly && r.interval > 1 && r.weekStart != 1)
        return true;
    // libical keeps a yearly BYMONTHDAY to the start's month instead of
    // every month.
    if (f == Frequency::Yearly && !r.byMonthDay.isEmpty() && r.byMonth.isEmpty())
        return true;
    // Month days that a numbered weekday can never fall on make libical loop.
    return !r.byMonthDay.isEmpty() && !r.byNthWeekday.isEmpty();
}

RuleExpander::RuleExpander(const Rule &rule, const QDateTime &dtstart)
    : m_rule(rule)
    , m_start(dtstart)
{
    Rule &r = m_rule;
    // What the rule leaves open comes from the start (RFC 5545 §3.3.10).
    if (r.byWeekNo.isEmpty() && r.byYearDay.isEmpty() && r.byMonthDay.isEmpty() && r.byWeekday.isEmpty()
        && r.byNthWeekday.isEmpty()) {
        if (r.frequency == Frequency::Yearly) {
            if (r.byMonth.isEmpty())
                r.byMonth << dtstart.date().month();
            r.byMonthDay << dtstart.date().day();
        } else if (r.frequency == Frequency::Monthly) {
            r.byMonthDay << dtstart.date().day();
        } else if (r.frequency == Frequency::Weekly) {
            r.byWeekday << dtstart.date().dayOfWeek();
        }
    }
    const QDate d = dtstart.date();
    switch (r.frequency) {
    case Frequency::Yearly:
        m_day = QDate(d.year(), 1, 1);
        break;
    case Frequency::Monthly:
        m_day = QDate(d.year(), d.month(), 1);
        break;
    case Frequency::Weekly:
        m_day = d.addDays(-((d.dayOfWeek() - r.weekStart + 7) % 7));
        break;
    case Frequency::Daily:
        m_day = d;
        break;
    case Frequency::Hourly:
        m_day = d;
        m_time = QTime(dtstart.time().hour(), 0);
        break;
    case Frequency::Minutely:
        m_day = d;
        m_time = QTime(dtstart.time().hour(), dtstart.time().minute());
        break;
    case Frequency::Secondly:
        m_day = d;
        m_time = dtstart.time();
        break;
    }
}

QDateTime RuleExpander::next()
{
    int empty = 0;
    while (!m_done && m_pending.isEmpty()) {
        fillNextPeriod();
        if (m_pending.isEmpty() && ++empty > MaxEmptyPeriods)
            m_done = true;
    }
    if (m_done)
        return {};
    const QDateTime t = m_pending.takeFirst();
    if ((m_rule.count > 0 && m_emitted >= m_rule.count) || (m_rule.until.isValid() && t > m_rule.until)) {
        m_done = true;
        return {};
    }
    ++m_emitted;
    return t;
}

QList<QDate> RuleExpander::periodDays() const
{
    QList<QDate> days;
    QDate last = m_day;
    switch (m_rule.frequency) {
    case Frequency::Yearly:
        last = QDate(m_day.year(), 12, 31);
        break;
    case Frequency::Monthly:
        last = QDate(m_day.year(), m_day.month(), m_day.daysInMonth());
        break;
    case Frequency::Weekly:
        last = m_day.addDays(6);
        break;
    default:
        break;
    }
    for (QDate d = m_day; d <= last; d = d.addDays(1)) {
        if (dayMatches(d))
            days << d;
    }
    return days;
}

bool RuleExpander::dayMatches(const QDate &d) const
{
    const Rule &r = m_rule;
    if (!r.byMonth.isEmpty() && !r.byMonth.contains(d.month()))
        return false;
    if (!r.byWeekNo.isEmpty()) {
        const QPair<int, int> week = weekOf(d, r.weekStart);
        if (!matchesSigned(r.byWeekNo, week.first, week.second))
            return false;
    }
    if (!r.byYearDay.isEmpty() && !matchesSigned(r.byYearDay, d.dayOfYear(), d.daysInYear()))
        return false;
    if (!r.byMonthDay.isEmpty() && !matchesSigned(r.byMonthDay, d.day(), d.daysInMonth()))
        return false;
    if (r.byWeekday.isEmpty() && r.byNthWeekday.isEmpty())
        return true;
    if (r.byWeekday.contains(d.dayOfWeek()))
        return true;
    // A numbered weekday counts in the month for a monthly rule or a yearly
    // one with BYMONTH, in the year otherwise.
    const bool inMonth = r.frequency == Frequency::Monthly || !r.byMonth.isEmpty();
    const int index = inMonth ? d.day() : d.dayOfYear();
    const int length = inMonth ? d.daysInMonth() : d.daysInYear();
    const int fromStart = (index - 1) / 7 + 1;
    const int fromEnd = -((length - index) / 7 + 1);
    for (const auto &nth : r.byNthWeekday) {
        if (nth.second == d.dayOfWeek() && (nth.first == fromStart || nth.first == fromEnd))
            return true;
    }
    return false;
}

QList<QTime> RuleExpander::periodTimes() const
{
    const Rule &r = m_rule;
    const QTime s = m_start.time();
    const bool subDaily = r.frequency == Frequency::Hourly || r.frequency == Frequency::Minutely || r.frequency == Frequency::Secondly;
    QList<int> hours = r.byHour.isEmpty() ? QList<int>{s.hour()} : r.byHour;
    QList<int> minutes = r.byMinute.isEmpty() ? QList<int>{s.minute()} : r.byMinute;
    QList<int> seconds = r.bySecond.isEmpty() ? QList<int>{s.second()} : r.bySecond;
    // At a finer frequency the period fixes its own hour (minute, second),
    // which the BY parts then limit.
    auto only = [](int value, const QList<int> &allowed) { return allowed.isEmpty() || allowed.contains(value) ? QList<int>{value} : QList<int>{}; };
    if (subDaily)
        hours = only(m_time.hour(), r.byHour);
    if (r.frequency == Frequency::Minutely || r.frequency == Frequency::Secondly)
        minutes = only(m_time.minute(), r.byMinute);
    if (r.frequency == Frequency::Secondly)
        seconds = only(m_time.second(), r.bySecond);
    QList<QTime> times;
    for (int h : hours) {
        for (int m : minutes) {
            for (int sec : seconds)
                times << QTime(h, m, std::min(sec, 59));
        }
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

void RuleExpander::fillNextPeriod()
{
    if (!m_day.isValid() || m_day.year() > 9999 || (m_rule.until.isValid() && QDateTime(m_day, QTime(0, 0), Qt::UTC) > m_rule.until)) {
        m_done = true;
        return;
    }
    const QList<QDate> days = periodDays();
    QList<QDateTime> set;
    if (!days.isEmpty()) {
        const QList<QTime> times = periodTimes();
        for (const QDate &d : days) {
            for (const QTime &t : times)
                set << QDateTime(d, t, Qt::UTC);
        }
    }
    if (!m_rule.bySetPos.isEmpty() && !set.isEmpty()) {
        QList<QDateTime> chosen;
        for (int pos : m_rule.bySetPos) {
            const qsizetype i = pos > 0 ? pos - 1 : set.size() + pos;
            if (i >= 0 && i < set.size() && !chosen.contains(set.at(i)))
                chosen << set.at(i);
        }
        std::sort(chosen.begin(), chosen.end());
        set = chosen;
    }
    for (const QDateTime &t : std::as_const(set)) {
        if (t >= m_start)
            m_pending << t;
    }
    advance();
}

void RuleExpander::advance()
{
    const int n = m_rule.interval;
    switch (m_rule.frequency) {
    case Frequency::Yearly:
        m_day = m_day.addYears(n);
        break;
    case Frequency::Monthly:
        m_day = m_day.addMonths(n);
        break;
    case Frequency::Weekly:
        m_day = m_day.addDays(7LL * n);
        break;
    case Frequency::Daily:
        m_day = m_day.addDays(n);
        break;
    case Frequency::Hourly:
    case Frequency::Minutely:
    case Frequency::Secondly: {
        const qint64 unit = m_rule.frequency == Frequency::Hourly ? 3600 : m_rule.frequency == Frequency::Minutely ? 60 : 1;
        const QDateTime t = QDateTime(m_day, m_time, Qt::UTC).addSecs(unit * n);
        m_day = t.date();
        m_time = t.time();
        break;
    }
    }
}
