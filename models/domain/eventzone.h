#pragma once

#include <QDateTime>
#include <QString>

/// The time zone an event was written in, in which its rule repeats
/// (RFC 5545 §3.3.10: a series is expanded in the zone of its DTSTART, then
/// each occurrence is converted for display).
///
/// The agenda shows every time on the council's clock, Europe/Paris (the
/// "home" zone; see event.h); an event imported from New York keeps
/// "America/New_York" so that its 09:00 stays 09:00 in New York on every
/// date, whichever week either country changes to summer time.
///
/// A zone is named by its IANA identifier, or, for a calendar's own zone
/// that matches no IANA zone, held as the VTIMEZONE text the file gave
/// (its rules are then applied through libical). Conversions work on wall
/// times held with the Qt::UTC spec, like every agenda time.
class EventZone
{
public:
    /// "Europe/Paris".
    static QString home();

    /// @p spec: an IANA identifier, a "BEGIN:VTIMEZONE" text, or empty for home.
    explicit EventZone(const QString &spec = QString());

    bool isHome() const { return m_home; }
    /// False for an unknown identifier or an unreadable VTIMEZONE.
    bool isValid() const;
    /// The TZID to write: the IANA identifier or the VTIMEZONE's own TZID.
    QString tzid() const;
    /// The VTIMEZONE component to export with the events of this zone
    /// (rules since 1996 for an IANA zone, the file's own otherwise).
    QString vtimezone() const;

    /// A wall time of this zone as a wall time of the home zone.
    QDateTime toHome(const QDateTime &wall) const;
    /// A wall time of the home zone as a wall time of this zone.
    QDateTime fromHome(const QDateTime &homeWall) const;
    /// A wall time of this zone as a real UTC instant (Qt::UTC).
    QDateTime toUtc(const QDateTime &wall) const;
    /// A UTC instant as a wall time of this zone.
    QDateTime fromUtc(const QDateTime &utc) const;

    /// Whether @p spec is a VTIMEZONE text rather than an identifier.
    static bool isOwnRules(const QString &spec);

private:
    QString m_spec;
    bool m_home = true;
};
