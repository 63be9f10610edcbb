#include "serieseditor.h"

#include "occurrenceexpander.h"
#include "recurrence.h"

void SeriesEditor::changeOccurrence(Event &series, const QDateTime &originalStart, const Change &change)
{
    if (!series.isRecurring()) {
        series.start = change.start;
        series.end = change.end;
        series.title = change.title;
        series.location = change.location;
        series.description = change.description;
        return;
    }
    EventException x;
    x.occurrenceStart = originalStart;
    x.kind = EventException::Kind::Changed;
    for (const EventException &old : series.exceptions) {
        if (old.occurrenceStart == originalStart && old.kind == EventException::Kind::Added)
            x.kind = EventException::Kind::Added;
    }
    x.start = change.start;
    x.end = change.end;
    // Texts equal to the series' are not copied, so that renaming the series
    // later renames this occurrence too.
    x.title = change.title == series.title ? QString() : change.title;
    x.location = change.location == series.location ? QString() : change.location;
    x.description = change.description == series.description ? QString() : change.description;
    restoreOccurrence(series, originalStart);
    series.exceptions << x;
}

void SeriesEditor::cancelOccurrence(Event &series, const QDateTime &originalStart)
{
    bool added = false;
    for (const EventException &old : series.exceptions) {
        if (old.occurrenceStart == originalStart && old.kind == EventException::Kind::Added)
            added = true;
    }
    restoreOccurrence(series, originalStart);
    if (added)
        return;
    EventException x;
    x.occurrenceStart = originalStart;
    x.kind = EventException::Kind::Cancelled;
    series.exceptions << x;
}

void SeriesEditor::restoreOccurrence(Event &series, const QDateTime &originalStart)
{
    for (int i = series.exceptions.size() - 1; i >= 0; --i) {
        if (series.exceptions.at(i).occurrenceStart == originalStart)
            series.exceptions.removeAt(i);
    }
}

EventRecord SeriesEditor::splitAt(EventRecord &series, const QDateTime &originalStart, const QString &newUid)
{
    EventRecord tail;
    Event &s = series.event;
    if (!s.isRecurring() || originalStart <= s.start)
        return tail;
    const int done = OccurrenceExpander::countBefore(s, originalStart);
    tail.event = s;
    tail.event.id = 0;
    tail.event.uid = newUid;
    tail.event.start = originalStart;
    tail.event.end = originalStart.addSecs(s.durationSecs());
    tail.event.rrule = Recurrence::withCountReducedBy(s.rrule, done);
    tail.event.exceptions.clear();
    tail.event.createdAt = QDateTime();
    QList<EventException> kept;
    for (const EventException &x : s.exceptions) {
        if (x.occurrenceStart >= originalStart)
            tail.event.exceptions << x;
        else
            kept << x;
    }
    s.exceptions = kept;
    s.rrule = OccurrenceExpander::endedBefore(s, originalStart);
    QList<Registration> keptRegistrations;
    for (Registration r : series.registrations) {
        if (r.occurrenceStart >= originalStart) {
            r.id = 0;
            r.eventId = 0;
            tail.registrations << r;
        } else {
            keptRegistrations << r;
        }
    }
    series.registrations = keptRegistrations;
    return tail;
}

void SeriesEditor::editWholeSeries(EventRecord &series, const Event &edited)
{
    Event &s = series.event;
    const bool sameDay = s.start.date() == edited.start.date();
    const qint64 shift = s.start.secsTo(edited.start);
    const QList<EventException> exceptions = s.exceptions;
    const qint64 id = s.id;
    const QString uid = s.uid;
    const QDateTime created = s.createdAt;
    s = edited;
    s.id = id;
    s.uid = uid;
    s.createdAt = created;
    s.exceptions = exceptions;
    if (sameDay && shift != 0) {
        for (EventException &x : s.exceptions) {
            if (x.kind != EventException::Kind::Added)
                x.occurrenceStart = x.occurrenceStart.addSecs(shift);
        }
        for (Registration &r : series.registrations)
            r.occurrenceStart = r.occurrenceStart.addSecs(shift);
    }
}
