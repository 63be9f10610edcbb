#pragma once

#include "event.h"

#include <QList>

/// The dated occurrences of events in a window, exceptions applied:
/// cancelled ones dropped, changed or moved ones replaced (wherever they
/// moved to), added ones (RDATE) included. Pure: no storage.
class OccurrenceExpander
{
public:
    /// Occurrences of @p event overlapping [@p from, @p to), by start.
    static QList<Occurrence> expand(const Event &event, const QDateTime &from, const QDateTime &to);
    static QList<Occurrence> expand(const QList<Event> &events, const QDateTime &from, const QDateTime &to);
    /// The occurrence of @p event the rule puts at @p originalStart, or an
    /// invalid one (eventId 0) when the rule has none there.
    static Occurrence occurrenceAt(const Event &event, const QDateTime &originalStart);
    /// The first and last instants the event's occurrences may cover; the
    /// end is invalid for an endless series.
    static QPair<QDateTime, QDateTime> span(const Event &event);

    /// The starts the rule gives (exceptions not applied) in [@p from, @p to), at most @p max.
    static QList<QDateTime> ruleStarts(const Event &event, const QDateTime &from, const QDateTime &to, int max = 100000);
    /// The next @p n starts the rule gives at or after @p from.
    static QList<QDateTime> nextStarts(const Event &event, const QDateTime &from, int n);
    /// Number of the rule's starts strictly before @p at.
    static int countBefore(const Event &event, const QDateTime &at);
    /// The rule ended just before @p at (Recurrence::endedBefore on the zone's clock).
    static QString endedBefore(const Event &event, const QDateTime &at);
};
