#pragma once

#include "models/domain/event.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class EventZone;
struct icaltimetype;
typedef struct icalcomponent_impl icalcomponent;
typedef struct icalproperty_impl icalproperty;

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

    /// Events read, series with their exceptions, in file order; then the
    /// changed occurrences whose series is not in the file, each an event.
    QList<Event> events() const { return m_events; }
    /// Recoverable defects, each skipped, in line order.
    QList<Issue> issues() const { return m_issues; }
    /// Why the file was refused, with its line.
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    /// One unfolded line and the physical line it starts on.
    struct Line
    {
        int number = 0;
        QString text;
    };
    /// A RECURRENCE-ID component, applied to its series once all are read.
    struct Override
    {
        QString uid;
        EventException exception;
        int line = 0;
        /// The occurrence as an event of its own, imported so when its
        /// series is not in the file.
        Event single;
    };
    /// Where a VEVENT begins and its own property lines (as given to
    /// libical), so that what libical reports about a property is given
    /// with that property's line.
    struct EventLines
    {
        int begin = 0;
        QList<Line> properties;
    };
    /// One calendar of the file (RFC 5545 3.4: a file is one or more of
    /// them), or VEVENTs written without one, gathered: its lines for
    /// libical and where each of its events is.
    struct Calendar
    {
        int begin = 0;
        bool bare = false;
        QStringList lines;
        QList<EventLines> events;
    };
    /// A calendar's time zones and the TZIDs already named or reported.
    struct Zones;

    void issue(int line, const QString &message);
    bool fail(int line, const QString &message);

    QString decode(const QByteArray &bytes);
    static QList<Line> unfold(const QString &content);
    /// A component opened and not yet closed: its name, its BEGIN's line.
    struct Open
    {
        QString name;
        int line;
    };
    /// The structure check: fails on a broken nesting, skips bad lines and
    /// gives each calendar's lines, which libical can then parse.
    bool checkStructure(const QList<Line> &lines, QList<Calendar> *calendars);
    /// BEGIN:@p component on @p line, inside @p stack: false (the file
    /// unreadable) for a component that cannot stand there.
    bool begin(int line, const QString &component, QList<Open> *stack, bool sawCalendar, QList<Calendar> *calendars);
    /// END:@p component on @p line: false when it does not close the last
    /// component opened.
    bool end(int line, const QString &component, QList<Open> *stack, QList<Calendar> *calendars);
    /// Whether a property line of a VEVENT is kept (its head tidied).
    bool keepEventProperty(int line, const QString &name, QString *head, const QString &value);
    icalcomponent *parse(const Calendar &calendar);

    void readZones(icalcomponent *root, Zones &zones);
    QString zoneOf(Zones &zones, const QString &tzid);
    QDateTime toWall(Zones &zones, icalproperty *p, icaltimetype t, int line, const QString &floatingTzid = QString());

    void readEvent(icalcomponent *c, const EventLines &source, Zones &zones, QList<Override> *overrides);
    /// What libical reports in an X-LIC-ERROR, as a sentence of ours on the
    /// line of the property it is about.
    void reportParseError(icalproperty *error, const EventLines &source);
    bool readWhen(icalcomponent *c, int line, Zones &zones, Event *e, QString *startTzid, QString *zoneSpec);
    qint64 typeOf(icalcomponent *c) const;
    static Override overrideOf(const Event &e, bool cancelled, const QDateTime &occurrenceStart, int line);
    QString ruleOf(icalcomponent *c, const Event &e, const EventZone &zone, int line);
    void readExtraDates(icalcomponent *c, int line, Zones &zones, const QString &startTzid, const EventZone &zone, Event *e);
    void addEvent(const Event &e, int line);
    void applyOverrides(QList<Override> overrides);

    QList<EventType> m_types;
    QList<Event> m_events;
    QList<Issue> m_issues;
    QString m_error;
    int m_errorLine = 0;
};
