#pragma once

#include "event.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// Reads iCalendar files (RFC 5545) from Thunderbird, Google Calendar,
/// Outlook and the like into agenda events, through libical.
///
/// Times in UTC, floating or with a TZID (defined in the file or known to
/// libical) become Europe/Paris wall-clock times; all-day events, RRULE,
/// EXDATE, RDATE and RECURRENCE-ID overrides are kept; folded lines, escapes,
/// UTF-8 and a BOM are handled. A file whose structure is broken (a
/// component never closed, not iCalendar at all) is refused whole with the
/// line where reading stopped; defects that leave the rest readable (a line
/// without colon, an unknown property, an invalid rule, a missing time zone)
/// are skipped and listed in issues().
class IcsImporter
{
    Q_DECLARE_TR_FUNCTIONS(IcsImporter)

public:
    struct Issue
    {
        int line = 0;
        QString message;
    };

    /// Types matched against CATEGORIES (by name, accents ignored).
    void setTypes(const QList<EventType> &types) { m_types = types; }

    bool readFile(const QString &path);
    bool read(const QByteArray &bytes);

    /// Events read, series with their exceptions, in file order.
    QList<Event> events() const { return m_events; }
    /// Recoverable defects, each skipped, in line order.
    QList<Issue> issues() const { return m_issues; }
    /// Why the file was refused, with its line.
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    void issue(int line, const QString &message);
    bool fail(int line, const QString &message);

    QList<EventType> m_types;
    QList<Event> m_events;
    QList<Issue> m_issues;
    QString m_error;
    int m_errorLine = 0;
};
