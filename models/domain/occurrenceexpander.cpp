#include "occurrenceexpander.h"

#include "eventzone.h"
#include "recurrence.h"

#include <algorithm>

namespace {

Occurrence make(const Event &e, const QDateTime &originalStart)
{
    Occurrence o;
    o.eventId = e.id;
    o.uid = e.uid;
    o.originalStart = originalStart;
    o.start = originalStart;
    o.end = originalStart.addSecs(e.durationSecs());
    o.allDay = e.allDay;
    o.recurring = e.isRecurring();
    o.title = e.title;
    o.location = e.location;
    o.typeId = e.typeId;
    o.capacity = e.capacity;
    return o;
}

void applyChange(Occurrence &o, const EventException &x)
{
    if (x.start.isValid()) {
        o.start = x.start;
        o.end = x.end.isValid() ? x.end : x.start.addSecs(o.start.secsTo(o.end));
    }
    if (!x.title.isEmpty())
        o.title = x.title;
    if (!x.location.isEmpty())
        o.location = x.location;
    o.changed = true;
}

bool overlaps(const Occurrence &o, const QDateTime &from, const QDateTime &to)
{
    // A zero-length event at the window's start still belongs to it.
    return o.start < to && (o.end > from || (o.start == o.end && o.start >= from));
}

} // namespace

QList<QDateTime> OccurrenceExpander::ruleStarts(const Event &event, const QDateTime &from, const QDateTime &to, int max)
{
    const EventZone zone(event.timeZone);
    if (zone.isHome())
        return Recurrence::starts(event.rrule, event.start, from, to, max);
    // The rule repeats on the zone's clock; the window, on Paris's, is
    // widened by a day each side to cover any offset between the two.
    const QDateTime localFrom = from.isValid() ? zone.fromHome(from).addDays(-1) : QDateTime();
    const QList<QDateTime> local = Recurrence::starts(event.rrule, zone.fromHome(event.start), localFrom,
                                                      zone.fromHome(to).addDays(1));
    QList<QDateTime> result;
    for (const QDateTime &t : local) {
        const QDateTime home = zone.toHome(t);
        if ((!from.isValid() || home >= from) && home < to && result.size() < max)
            result << home;
    }
    return result;
}

QList<QDateTime> OccurrenceExpander::nextStarts(const Event &event, const QDateTime &from, int n)
{
    const EventZone zone(event.timeZone);
    QList<QDateTime> result = Recurrence::next(event.rrule, zone.fromHome(event.start), zone.fromHome(from), n);
    for (QDateTime &t : result)
        t = zone.toHome(t);
    return result;
}

int OccurrenceExpander::countBefore(const Event &event, const QDateTime &at)
{
    const EventZone zone(event.timeZone);
    return Recurrence::countBefore(event.rrule, zone.fromHome(event.start), zone.fromHome(at));
}

QString OccurrenceExpander::endedBefore(const Event &event, const QDateTime &at)
{
    const EventZone zone(event.timeZone);
    return Recurrence::endedBefore(event.rrule, zone.fromHome(event.start), zone.fromHome(at));
}

QList<Occurrence> OccurrenceExpander::expand(const Event &event, const QDateTime &from, const QDateTime &to)
{
    QList<Occurrence> result;
    if (!event.isRecurring()) {
        Occurrence o = make(event, event.start);
        if (const EventException *x = event.exceptionAt(event.start)) {
            if (x->kind == EventException::Kind::Cancelled)
                return result;
            applyChange(o, *x);
        }
        if (overlaps(o, from, to))
            result << o;
        return result;
    }
    const qint64 duration = std::max<qint64>(0, event.durationSecs());
    // An occurrence that started before the window may still run into it.
    const QList<QDateTime> starts = ruleStarts(event, from.addSecs(-duration), to);
    for (const QDateTime &s : starts) {
        if (event.exceptionAt(s))
            continue;
        Occurrence o = make(event, s);
        if (overlaps(o, from, to))
            result << o;
    }
    for (const EventException &x : event.exceptions) {
        if (x.kind == EventException::Kind::Cancelled)
            continue;
        Occurrence o = make(event, x.occurrenceStart);
        applyChange(o, x);
        if (x.kind == EventException::Kind::Added)
            o.changed = x.start.isValid() && x.start != x.occurrenceStart;
        if (overlaps(o, from, to))
            result << o;
    }
    std::sort(result.begin(), result.end(), [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
    return result;
}

QList<Occurrence> OccurrenceExpander::expand(const QList<Event> &events, const QDateTime &from, const QDateTime &to)
{
    QList<Occurrence> result;
    for (const Event &e : events)
        result += expand(e, from, to);
    std::stable_sort(result.begin(), result.end(), [](const Occurrence &a, const Occurrence &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return result;
}

Occurrence OccurrenceExpander::occurrenceAt(const Event &event, const QDateTime &originalStart)
{
    bool exists = false;
    if (!event.isRecurring()) {
        exists = originalStart == event.start;
    } else {
        const EventException *x = event.exceptionAt(originalStart);
        exists = (x && x->kind == EventException::Kind::Added)
            || !ruleStarts(event, originalStart, originalStart.addSecs(1), 1).isEmpty();
    }
    if (!exists)
        return {};
    Occurrence o = make(event, originalStart);
    if (const EventException *x = event.exceptionAt(originalStart)) {
        if (x->kind != EventException::Kind::Cancelled)
            applyChange(o, *x);
    }
    return o;
}

QPair<QDateTime, QDateTime> OccurrenceExpander::span(const Event &event)
{
    QDateTime first = event.start;
    QDateTime last = event.end;
    if (event.isRecurring()) {
        const EventZone zone(event.timeZone);
        const QDateTime lastStart = zone.toHome(Recurrence::lastStart(event.rrule, zone.fromHome(event.start)));
        last = lastStart.isValid() ? lastStart.addSecs(event.durationSecs()) : QDateTime();
    }
    for (const EventException &x : event.exceptions) {
        if (x.kind == EventException::Kind::Cancelled)
            continue;
        const QDateTime s = x.start.isValid() ? x.start : x.occurrenceStart;
        const QDateTime e = x.end.isValid() ? x.end : s.addSecs(event.durationSecs());
        first = std::min(first, s);
        if (last.isValid())
            last = std::max(last, e);
    }
    return {first, last};
}
