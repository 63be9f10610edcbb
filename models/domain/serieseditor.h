#pragma once

#include "event.h"

/// The three ways of editing one occurrence of a series ("this occurrence",
/// "this and the following ones", "the whole series") as changes of
/// EventRecord values, so that the store writes them in one transaction and
/// undo writes the previous values back.
class SeriesEditor
{
public:
    enum class Scope { ThisOccurrence, ThisAndFollowing, WholeSeries };

    /// What the user changed on one occurrence.
    struct Change
    {
        QDateTime start;
        QDateTime end;
        QString title;
        QString location;
        QString description;
    };

    /// One occurrence changed or moved (an exception of the series).
    static void changeOccurrence(Event &series, const QDateTime &originalStart, const Change &change);
    /// One occurrence cancelled; an added occurrence is simply removed.
    static void cancelOccurrence(Event &series, const QDateTime &originalStart);
    /// Undoes the exception of one occurrence.
    static void restoreOccurrence(Event &series, const QDateTime &originalStart);

    /// Cuts @p series before @p originalStart: the series keeps the earlier
    /// occurrences and the returned record (id 0, uid @p newUid) carries the
    /// rule from @p originalStart on, with the later exceptions and
    /// registrations. When @p originalStart is the first occurrence nothing
    /// is cut and the returned record is empty (event.uid empty).
    static EventRecord splitAt(EventRecord &series, const QDateTime &originalStart, const QString &newUid);

    /// Replaces the fields of a whole series with @p edited's (rule
    /// included); when only the time of day moved, exceptions and
    /// registrations follow it.
    static void editWholeSeries(EventRecord &series, const Event &edited);
};
