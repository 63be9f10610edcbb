#pragma once

#include "outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/// RFC 5545 recurrence rules through libical: expansion of an RRULE from a
/// wall-clock start, the plain-language choices of the event editor
/// ("le 1er vendredi du mois", "tous les 2 mois" ...) to and from RRULE text,
/// and the rewrites a series edit needs (end a series before a date).
///
/// Rules are expanded as floating times: the wall clock of the event's zone
/// is kept across the summer-time changes by construction (OccurrenceExpander
/// converts to the agenda's clock). The shapes of rule libical 3.0 gets
/// wrong go to RuleExpander.
class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)

public:
    enum class Frequency { None, Daily, Weekly, MonthlyByDate, MonthlyByPosition, Yearly };

    /// The editor's view of a rule.
    struct Rule
    {
        Frequency frequency = Frequency::None;
        int interval = 1;
        /// Weekly: 1 (Monday) to 7 (Sunday); empty means the start's day.
        QList<int> weekDays;
        /// MonthlyByPosition: 1 to 4, or -1 for the last.
        int position = 1;
        /// MonthlyByPosition: 1 (Monday) to 7.
        int positionDay = 1;
        int count = 0;
        QDate until;
    };

    static bool isValid(const QString &rrule);
    /// Whether the rule follows RFC 5545; when not, @p why says what is
    /// wrong in a sentence ("BYDAY=0MO: the position of a day ... never 0").
    static Outcome<bool> check(const QString &rrule);
    static QString toRRule(const Rule &rule);
    /// @p understood is false when the rule has parts the editor cannot show
    /// (it is then kept as it is).
    static Rule fromRRule(const QString &rrule, bool *understood = nullptr);
    /// A rule for the start's date: the position of its weekday in the month
    /// (-1 when it is the last one, 5th weeks included).
    static Rule monthlyByPositionFor(const QDate &date, bool preferLast = false);

    /// Starts of the occurrences in [@p from, @p to), at most @p max.
    static QList<QDateTime> starts(const QString &rrule, const QDateTime &dtstart, const QDateTime &from,
                                   const QDateTime &to, int max = 100000);
    /// The next @p n starts at or after @p from.
    static QList<QDateTime> next(const QString &rrule, const QDateTime &dtstart, const QDateTime &from, int n);
    /// The last start of a finite rule; invalid for an endless one.
    static QDateTime lastStart(const QString &rrule, const QDateTime &dtstart);
    /// Number of occurrences strictly before @p at.
    static int countBefore(const QString &rrule, const QDateTime &dtstart, const QDateTime &at);

    /// The rule ended just before @p at (UNTIL at the previous second, COUNT
    /// dropped); empty when no occurrence is left.
    static QString endedBefore(const QString &rrule, const QDateTime &dtstart, const QDateTime &at);
    /// The rule with COUNT reduced by @p done (for the tail of a split series).
    static QString withCountReducedBy(const QString &rrule, int done);

    /// The rule in plain words ("Le 1er vendredi du mois, 10 fois").
    static QString describe(const QString &rrule, const QDateTime &dtstart);
    /// "1er", "2e", ..., "dernier" (through tr()).
    static QString ordinal(int position);
};
