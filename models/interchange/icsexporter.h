#pragma once

#include "models/domain/event.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/// Writes agenda events as an iCalendar file (RFC 5545) through libical,
/// for Thunderbird, Google Calendar and Outlook: one VTIMEZONE for
/// Europe/Paris and one for each other zone an event was written in, times
/// with the TZID of the event's zone (UTC times for an event that repeats
/// in UTC, dates for all-day events),
/// series with their RRULE, EXDATE and RDATE, changed occurrences as
/// RECURRENCE-ID overrides, and the events' own stable UIDs.
class IcsExporter
{
    Q_DECLARE_TR_FUNCTIONS(IcsExporter)

public:
    /// Type names written as CATEGORIES.
    void setTypes(const QList<EventType> &types);

    /// Whole events (series kept as series).
    QByteArray exportEvents(const QList<Event> &events) const;
    /// Single dated occurrences (what `agenda --format ics` lists): an
    /// occurrence of a series carries its RECURRENCE-ID.
    QByteArray exportOccurrences(const QList<Occurrence> &occurrences) const;

    /// Writes @p bytes to @p path through a temporary file.
    bool writeFile(const QString &path, const QByteArray &bytes);
    QString errorString() const { return m_error; }

private:
    QHash<qint64, QString> m_typeNames;
    QString m_error;
};
