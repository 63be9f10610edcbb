#include "eventzone.h"

#include <QHash>
#include <QMutex>
#include <QTimeZone>

#include <libical/ical.h>

namespace {

QDateTime wallOf(const QDateTime &t)
{
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

/// Zones are looked up once: QTimeZone reads the tz database on
/// construction, and a VTIMEZONE is parsed by libical.
struct ZoneCache
{
    QMutex mutex;
    QHash<QString, QTimeZone> iana;
    QHash<QString, icaltimezone *> own;

    ~ZoneCache()
    {
        for (icaltimezone *z : std::as_const(own))
            icaltimezone_free(z, 1);
    }

    QTimeZone zone(const QString &id)
    {
        QMutexLocker lock(&mutex);
        auto it = iana.constFind(id);
        if (it != iana.constEnd())
            return *it;
        const QTimeZone z(id.toUtf8());
        iana.insert(id, z);
        return z;
    }

    icaltimezone *ownZone(const QString &text)
    {
        QMutexLocker lock(&mutex);
        if (icaltimezone *z = own.value(text))
            return z;
        icalcomponent *c = icalparser_parse_string(text.toUtf8().constData());
        if (!c)
            return nullptr;
        if (icalcomponent_isa(c) != ICAL_VTIMEZONE_COMPONENT) {
            icalcomponent_free(c);
            return nullptr;
        }
        icaltimezone *z = icaltimezone_new();
        if (!icaltimezone_set_component(z, c)) {
            // Refused (no TZID): the zone did not take the component.
            icaltimezone_free(z, 1);
            icalcomponent_free(c);
            return nullptr;
        }
        // Kept for the life of the program: a few zones at most.
        own.insert(text, z);
        return z;
    }
};

ZoneCache &cache()
{
    static ZoneCache instance;
    return instance;
}

icaltimetype toIcal(const QDateTime &wall, icaltimezone *zone)
{
    icaltimetype t = icaltime_null_time();
    t.year = wall.date().year();
    t.month = wall.date().month();
    t.day = wall.date().day();
    t.hour = wall.time().hour();
    t.minute = wall.time().minute();
    t.second = wall.time().second();
    t.zone = zone;
    return t;
}

QDateTime fromIcal(const icaltimetype &t)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), Qt::UTC);
}

QTimeZone homeZone()
{
    return cache().zone(EventZone::home());
}

} // namespace

QString EventZone::home()
{
    return QStringLiteral("Europe/Paris");
}

bool EventZone::isOwnRules(const QString &spec)
{
    return spec.startsWith(QLatin1String("BEGIN:VTIMEZONE"));
}

EventZone::EventZone(const QString &spec)
    : m_spec(spec.trimmed())
    , m_home(m_spec.isEmpty() || m_spec == home())
{
    if (m_home)
        m_spec = home();
}

bool EventZone::isValid() const
{
    if (m_home)
        return true;
    if (isOwnRules(m_spec))
        return cache().ownZone(m_spec) != nullptr;
    return cache().zone(m_spec).isValid();
}

QString EventZone::tzid() const
{
    if (!isOwnRules(m_spec))
        return m_spec;
    icaltimezone *z = cache().ownZone(m_spec);
    return z ? QString::fromUtf8(icaltimezone_get_tzid(z)) : QString();
}

QString EventZone::vtimezone() const
{
    if (isOwnRules(m_spec))
        return m_spec;
    icaltimezone *zone = icaltimezone_get_builtin_timezone(m_spec.toUtf8().constData());
    if (!zone || !icaltimezone_get_component(zone))
        return {};
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
        icalproperty_set_tzid(p, m_spec.toUtf8().constData());
    char *s = icalcomponent_as_ical_string_r(vtz);
    const QString text = QString::fromUtf8(s);
    icalmemory_free_buffer(s);
    icalcomponent_free(vtz);
    return text;
}

QDateTime EventZone::toUtc(const QDateTime &wall) const
{
    if (!wall.isValid())
        return {};
    if (isOwnRules(m_spec)) {
        icaltimezone *z = cache().ownZone(m_spec);
        if (!z)
            return wall;
        return fromIcal(icaltime_convert_to_zone(toIcal(wall, z), icaltimezone_get_utc_timezone()));
    }
    const QTimeZone zone = m_home ? homeZone() : cache().zone(m_spec);
    if (!zone.isValid())
        return wall;
    return wallOf(QDateTime(wall.date(), wall.time(), zone).toUTC());
}

QDateTime EventZone::fromUtc(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    const QDateTime instant(utc.date(), utc.time(), Qt::UTC);
    if (isOwnRules(m_spec)) {
        icaltimezone *z = cache().ownZone(m_spec);
        if (!z)
            return instant;
        return fromIcal(icaltime_convert_to_zone(toIcal(instant, icaltimezone_get_utc_timezone()), z));
    }
    const QTimeZone zone = m_home ? homeZone() : cache().zone(m_spec);
    if (!zone.isValid())
        return instant;
    return wallOf(instant.toTimeZone(zone));
}

QDateTime EventZone::toHome(const QDateTime &wall) const
{
    if (m_home || !wall.isValid())
        return wall;
    return EventZone().fromUtc(toUtc(wall));
}

QDateTime EventZone::fromHome(const QDateTime &homeWall) const
{
    if (m_home || !homeWall.isValid())
        return homeWall;
    return fromUtc(EventZone().toUtc(homeWall));
}
