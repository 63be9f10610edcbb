#include "icsexporter.h"
#include "models/domain/clock.h"

#include "models/domain/eventzone.h"

#include <QSaveFile>
#include <QSet>

#include <libical/ical.h>

namespace {

const char *const ParisTzid = "Europe/Paris";

icaltimetype floating(const QDateTime &wall, bool date)
{
    icaltimetype t = icaltime_null_time();
    t.year = wall.date().year();
    t.month = wall.date().month();
    t.day = wall.date().day();
    t.is_date = date ? 1 : 0;
    if (!date) {
        t.hour = wall.time().hour();
        t.minute = wall.time().minute();
        t.second = wall.time().second();
    }
    return t;
}

/// A DTSTART/DTEND/EXDATE/RDATE/RECURRENCE-ID property on the Paris clock.
icalproperty *timeProperty(icalproperty *p, bool date)
{
    if (date)
        icalproperty_add_parameter(p, icalparameter_new_value(ICAL_VALUE_DATE));
    else
        icalproperty_add_parameter(p, icalparameter_new_tzid(ParisTzid));
    return p;
}

bool isUtc(const EventZone &zone)
{
    return zone.tzid() == QLatin1String("UTC");
}

/// A Paris wall time of an event written as a time of the event's zone.
icaltimetype inZone(const EventZone &zone, const QDateTime &homeWall, bool date)
{
    if (date || zone.isHome())
        return floating(homeWall, date);
    icaltimetype t = floating(zone.fromHome(homeWall), false);
    if (isUtc(zone))
        t.zone = icaltimezone_get_utc_timezone();
    return t;
}

/// The property of inZone()'s time, with the zone's TZID.
icalproperty *zonedProperty(icalproperty *p, const EventZone &zone, bool date)
{
    if (date || zone.isHome())
        return timeProperty(p, date);
    if (!isUtc(zone))
        icalproperty_add_parameter(p, icalparameter_new_tzid(zone.tzid().toUtf8().constData()));
    return p;
}

icaltimetype utcOf(const QDateTime &instant)
{
    const QDateTime u = instant.toUTC();
    icaltimetype t = icaltime_null_time();
    t.year = u.date().year();
    t.month = u.date().month();
    t.day = u.date().day();
    t.hour = u.time().hour();
    t.minute = u.time().minute();
    t.second = u.time().second();
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

icalcomponent *parisTimezone()
{
    icaltimezone *zone = icaltimezone_get_builtin_timezone(ParisTzid);
    icalcomponent *vtz = icalcomponent_new_clone(icaltimezone_get_component(zone));
    // Only the rules in force since 1996 matter to events; clients want the
    // plain Olson name as TZID.
    icaltimetype since = icaltime_null_time();
    since.year = 1996;
    since.month = 1;
    since.day = 1;
    since.zone = icaltimezone_get_utc_timezone();
    icaltimezone_truncate_vtimezone(vtz, since, icaltime_null_time(), 1);
    if (icalproperty *p = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(p, ParisTzid);
    return vtz;
}

icalcomponent *newCalendar()
{
    icalcomponent *cal = icalcomponent_new_vcalendar();
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//Essaim//Agenda " ESSAIM_VERSION "//FR"));
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent_add_component(cal, parisTimezone());
    return cal;
}

QByteArray finish(icalcomponent *cal)
{
    char *s = icalcomponent_as_ical_string_r(cal);
    const QByteArray bytes(s);
    icalmemory_free_buffer(s);
    icalcomponent_free(cal);
    return bytes;
}

void addText(icalcomponent *c, icalproperty *(*make)(const char *), const QString &value)
{
    if (!value.isEmpty())
        icalcomponent_add_property(c, make(value.toUtf8().constData()));
}

/// The VTIMEZONE of each zone other than home, UTC and the floating days, once.
void addTimeZones(icalcomponent *cal, const QList<Event> &events)
{
    QSet<QString> zonesWritten;
    for (const Event &e : events) {
        const EventZone zone(e.timeZone);
        if (zone.isHome() || e.allDay || isUtc(zone) || zonesWritten.contains(e.timeZone))
            continue;
        zonesWritten.insert(e.timeZone);
        icalcomponent *vtz = icalparser_parse_string(zone.vtimezone().toUtf8().constData());
        if (vtz && icalcomponent_isa(vtz) == ICAL_VTIMEZONE_COMPONENT)
            icalcomponent_add_component(cal, vtz);
        else if (vtz)
            icalcomponent_free(vtz);
    }
}

void addRule(icalcomponent *v, const Event &e, const EventZone &zone)
{
    icalrecurrencetype r = icalrecurrencetype_from_string(e.rrule.toUtf8().constData());
    // A rule of one occurrence gives the start alone, which DTSTART says
    // already: an event read with RDATEs and no RRULE keeps it so, and goes
    // out as it came, its dates in RDATE.
    if (r.count == 1)
        return;
    if (!icaltime_is_null_time(r.until)) {
        // RFC 5545: with a TZID start, UNTIL is in UTC; a date for all-day.
        const QDateTime until(QDate(r.until.year, r.until.month, r.until.day),
                              QTime(r.until.hour, r.until.minute, r.until.second), Qt::UTC);
        if (e.allDay) {
            r.until = floating(until, true);
        } else {
            // UNTIL is a wall time of the event's zone.
            r.until = utcOf(zone.toUtc(until));
        }
    }
    icalcomponent_add_property(v, icalproperty_new_rrule(r));
}

/// EXDATE and RDATE on the series; returns the exceptions that need a VEVENT
/// of their own (a moved or renamed occurrence).
QList<const EventException *> addExceptionDates(icalcomponent *v, const Event &e, const EventZone &zone)
{
    QList<const EventException *> changed;
    for (const EventException &x : e.exceptions) {
        switch (x.kind) {
        case EventException::Kind::Cancelled:
            icalcomponent_add_property(v, zonedProperty(icalproperty_new_exdate(inZone(zone, x.occurrenceStart, e.allDay)), zone, e.allDay));
            break;
        case EventException::Kind::Added: {
            icaldatetimeperiodtype d;
            d.time = inZone(zone, x.occurrenceStart, e.allDay);
            d.period = icalperiodtype_null_period();
            icalcomponent_add_property(v, zonedProperty(icalproperty_new_rdate(d), zone, e.allDay));
            // Moved, renamed, or lasting other than the series (an RDATE
            // period): a VEVENT of its own says how.
            if (x.start.isValid()
                && (x.start != x.occurrenceStart || !x.title.isEmpty() || !x.location.isEmpty()
                    || (x.end.isValid() && x.end != x.start.addSecs(e.durationSecs()))))
                changed << &x;
            break;
        }
        case EventException::Kind::Changed:
            changed << &x;
            break;
        }
    }
    return changed;
}

/// The VEVENT of one changed occurrence, by its RECURRENCE-ID.
icalcomponent *overrideComponent(const Event &e, const EventException &x, const EventZone &zone, const icaltimetype &stamp,
                                 const QString &typeName)
{
    icalcomponent *o = icalcomponent_new_vevent();
    icalcomponent_add_property(o, icalproperty_new_uid(e.uid.toUtf8().constData()));
    icalcomponent_add_property(o, icalproperty_new_dtstamp(e.updatedAt.isValid() ? utcOf(e.updatedAt) : stamp));
    icalcomponent_add_property(o, zonedProperty(icalproperty_new_recurrenceid(inZone(zone, x.occurrenceStart, e.allDay)), zone, e.allDay));
    const QDateTime start = x.start.isValid() ? x.start : x.occurrenceStart;
    const QDateTime end = x.end.isValid() ? x.end : start.addSecs(e.durationSecs());
    icalcomponent_add_property(o, zonedProperty(icalproperty_new_dtstart(inZone(zone, start, e.allDay)), zone, e.allDay));
    icalcomponent_add_property(o, zonedProperty(icalproperty_new_dtend(inZone(zone, end, e.allDay)), zone, e.allDay));
    addText(o, icalproperty_new_summary, x.title.isEmpty() ? e.title : x.title);
    addText(o, icalproperty_new_location, x.location.isEmpty() ? e.location : x.location);
    addText(o, icalproperty_new_description, x.description.isEmpty() ? e.description : x.description);
    addText(o, icalproperty_new_categories, typeName);
    return o;
}

} // namespace

void IcsExporter::setTypes(const QList<EventType> &types)
{
    m_typeNames.clear();
    for (const EventType &t : types)
        m_typeNames.insert(t.id, t.name);
}

QByteArray IcsExporter::exportEvents(const QList<Event> &events) const
{
    icalcomponent *cal = newCalendar();
    const icaltimetype stamp = utcOf(Clock::nowUtc());
    addTimeZones(cal, events);
    for (const Event &e : events) {
        const EventZone zone(e.timeZone);
        icalcomponent *v = icalcomponent_new_vevent();
        icalcomponent_add_property(v, icalproperty_new_uid(e.uid.toUtf8().constData()));
        icalcomponent_add_property(v, icalproperty_new_dtstamp(e.updatedAt.isValid() ? utcOf(e.updatedAt) : stamp));
        if (e.createdAt.isValid())
            icalcomponent_add_property(v, icalproperty_new_created(utcOf(e.createdAt)));
        icalcomponent_add_property(v, zonedProperty(icalproperty_new_dtstart(inZone(zone, e.start, e.allDay)), zone, e.allDay));
        icalcomponent_add_property(v, zonedProperty(icalproperty_new_dtend(inZone(zone, e.end, e.allDay)), zone, e.allDay));
        addText(v, icalproperty_new_summary, e.title);
        addText(v, icalproperty_new_location, e.location);
        addText(v, icalproperty_new_description, e.description);
        addText(v, icalproperty_new_categories, m_typeNames.value(e.typeId));
        icalcomponent_add_property(v, icalproperty_new_class(e.isPublic ? ICAL_CLASS_PUBLIC : ICAL_CLASS_PRIVATE));
        if (e.isRecurring())
            addRule(v, e, zone);
        const QList<const EventException *> changed = addExceptionDates(v, e, zone);
        icalcomponent_add_component(cal, v);
        for (const EventException *x : changed)
            icalcomponent_add_component(cal, overrideComponent(e, *x, zone, stamp, m_typeNames.value(e.typeId)));
    }
    return finish(cal);
}

QByteArray IcsExporter::exportOccurrences(const QList<Occurrence> &occurrences) const
{
    icalcomponent *cal = newCalendar();
    const icaltimetype stamp = utcOf(Clock::nowUtc());
    for (const Occurrence &occ : occurrences) {
        icalcomponent *v = icalcomponent_new_vevent();
        icalcomponent_add_property(v, icalproperty_new_uid(occ.uid.toUtf8().constData()));
        icalcomponent_add_property(v, icalproperty_new_dtstamp(stamp));
        if (occ.recurring)
            icalcomponent_add_property(v, timeProperty(icalproperty_new_recurrenceid(floating(occ.originalStart, occ.allDay)), occ.allDay));
        icalcomponent_add_property(v, timeProperty(icalproperty_new_dtstart(floating(occ.start, occ.allDay)), occ.allDay));
        icalcomponent_add_property(v, timeProperty(icalproperty_new_dtend(floating(occ.end, occ.allDay)), occ.allDay));
        addText(v, icalproperty_new_summary, occ.title);
        addText(v, icalproperty_new_location, occ.location);
        addText(v, icalproperty_new_categories, m_typeNames.value(occ.typeId));
        icalcomponent_add_component(cal, v);
    }
    return finish(cal);
}

bool IcsExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("The file “%1” cannot be written (%2). Choose another folder.").arg(path, file.errorString());
        return false;
    }
    return true;
}
