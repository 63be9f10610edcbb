#pragma once

#include "outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

/// Our own RFC 5545 §3.3.10 expansion of a recurrence rule, for the shapes
/// of rule that libical 3.0 expands wrongly or never finishes expanding:
/// BYSETPOS under WEEKLY, DAILY and finer frequencies (ignored by libical),
/// negative BYMONTHDAY or BYYEARDAY under DAILY and HOURLY (no occurrence),
/// BYWEEKNO (wrong days, years skipped), BYYEARDAY with BYMONTH (refused),
/// a yearly BYMONTHDAY without BYMONTH (kept to the start's month), a
/// WEEKLY rule with INTERVAL and a WKST other than Monday (wrong weeks),
/// BYSETPOS whose positions fall outside the period's set and rules that
/// match nothing (libical loops for ever). needsOwnExpansion() says which;
/// Recurrence uses libical for the others.
///
/// The expansion follows the RFC's order: the period of the frequency
/// (year, month, week from WKST, day, hour ...) is expanded into days by
/// BYMONTH, BYWEEKNO (ISO 8601 weeks counted from WKST), BYYEARDAY,
/// BYMONTHDAY and BYDAY, limited by the parts that limit at that frequency,
/// crossed with the times of BYHOUR, BYMINUTE, BYSECOND (or the start's),
/// then BYSETPOS picks positions in that set. Times are wall-clock times
/// (Qt::UTC spec, see event.h).
class RuleExpander
{
    Q_DECLARE_TR_FUNCTIONS(RuleExpander)

public:
    enum class Frequency { Yearly, Monthly, Weekly, Daily, Hourly, Minutely, Secondly };

    struct Rule
    {
        Frequency frequency = Frequency::Yearly;
        int interval = 1;
        int count = 0;
        QDateTime until;
        /// 1 (Monday) to 7 (Sunday).
        int weekStart = 1;
        QList<int> bySecond, byMinute, byHour, byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos;
        /// Plain weekdays, 1 (Monday) to 7.
        QList<int> byWeekday;
        /// Numbered weekdays ("2TH", "-1FR"): (n, weekday).
        QList<QPair<int, int>> byNthWeekday;
        bool has(const QString &part) const { return parts.contains(part); }
        QStringList parts;
    };

    /// Reads an RRULE value; nothing, with a sentence, when the rule breaks
    /// RFC 5545 (BYDAY=0MO, BYMONTHDAY=32, BYSETPOS alone ...).
    static Outcome<Rule> parse(const QString &rrule);
    /// Whether libical 3.0 gets this rule wrong (see the class comment).
    static bool needsOwnExpansion(const Rule &rule);

    RuleExpander(const Rule &rule, const QDateTime &dtstart);
    /// The next start, in order; invalid once the rule is exhausted.
    QDateTime next();

private:
    static bool readPart(const QString &key, const QString &value, Rule *rule, QString *why);
    static bool readNumbers(const QString &part, const QString &value, int min, int max, QList<int> *to, QString *why);
    static bool readDays(const QString &value, Rule *rule, QString *why);
    static bool checkCombination(const Rule &rule, QString *why);
    void fillNextPeriod();
    QList<QDate> periodDays() const;
    QList<QTime> periodTimes() const;
    bool dayMatches(const QDate &d) const;
    void advance();

    Rule m_rule;
    QDateTime m_start;
    /// The current period: its first day, and for HOURLY and finer its time.
    QDate m_day;
    QTime m_time;
    QList<QDateTime> m_pending;
    int m_emitted = 0;
    bool m_done = false;
};
