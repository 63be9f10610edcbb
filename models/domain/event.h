#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

/// The agenda's value types. Every QDateTime here is a Europe/Paris
/// wall-clock time held with Qt::UTC as its spec: the spec only keeps Qt from
/// moving a time that does not exist on the night clocks go forward, so that
/// "every first Friday at 18:00" stays at 18:00 in summer and in winter.
/// AgendaTime converts to and from real instants and storage text.
/// An event written in another zone keeps that zone (Event::timeZone): its
/// times here are still Paris times, but its rule repeats on the clock of
/// its own zone (see EventZone, OccurrenceExpander).

/// A kind of event (forum, Rendez-vous de l'ESS, atelier ...) and its colour.
struct EventType
{
    qint64 id = 0;
    QString name;
    QColor color;
    int position = 0;
};

/// One occurrence of a series that differs from its rule.
struct EventException
{
    enum class Kind { Cancelled, Changed, Added };
    /// The start the rule gives (for Added, the added start).
    QDateTime occurrenceStart;
    Kind kind = Kind::Cancelled;
    /// Changed and Added: the occurrence's own times and texts; empty texts
    /// fall back to the series'.
    QDateTime start;
    QDateTime end;
    QString title;
    QString location;
    QString description;

    bool operator==(const EventException &o) const
    {
        return occurrenceStart == o.occurrenceStart && kind == o.kind && start == o.start && end == o.end
            && title == o.title && location == o.location && description == o.description;
    }
};

/// A participant of one occurrence: a directory contact or actor, or just a
/// name and an e-mail.
struct Registration
{
    enum class Status { Registered, Present, Excused, Absent };
    qint64 id = 0;
    qint64 eventId = 0;
    QDateTime occurrenceStart;
    qint64 contactId = 0;
    qint64 actorId = 0;
    QString name;
    QString email;
    Status status = Status::Registered;

    static QString statusKey(Status s);
    static Status statusFromKey(const QString &key);

    bool operator==(const Registration &o) const
    {
        return id == o.id && eventId == o.eventId && occurrenceStart == o.occurrenceStart && contactId == o.contactId
            && actorId == o.actorId && name == o.name && email == o.email && status == o.status;
    }
};

/// An event of the agenda, single or a series (RFC 5545 RRULE).
struct Event
{
    qint64 id = 0;
    QString uid;
    QString title;
    qint64 typeId = 0;
    QDateTime start;
    QDateTime end;
    bool allDay = false;
    QString location;
    QString description;
    qint64 organiserId = 0;
    QList<qint64> partnerIds;
    /// An action of the plan; 0 for none. Not a foreign key (see 004_agenda.sql).
    qint64 planActionId = 0;
    /// 0: no limit.
    int capacity = 0;
    bool isPublic = true;
    /// RRULE value without "RRULE:", empty for a single event. UNTIL, when
    /// given, is a wall-clock time like the start.
    QString rrule;
    /// The zone the rule repeats in: an IANA name, or the VTIMEZONE text of
    /// a calendar's own zone (EventZone). UNTIL is a wall time of this zone.
    QString timeZone = QStringLiteral("Europe/Paris");
    QList<EventException> exceptions;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isRecurring() const { return !rrule.isEmpty(); }
    qint64 durationSecs() const { return start.secsTo(end); }
    const EventException *exceptionAt(const QDateTime &occurrenceStart) const
    {
        for (const EventException &e : exceptions) {
            if (e.occurrenceStart == occurrenceStart)
                return &e;
        }
        return nullptr;
    }
};

/// An event with the registrations of all its occurrences: the unit that
/// undo/redo writes back.
struct EventRecord
{
    Event event;
    QList<Registration> registrations;
};

/// One dated occurrence of an event, exceptions applied.
struct Occurrence
{
    qint64 eventId = 0;
    QString uid;
    /// The start the rule gives; identifies the occurrence for exceptions
    /// and registrations.
    QDateTime originalStart;
    QDateTime start;
    QDateTime end;
    bool allDay = false;
    bool recurring = false;
    bool changed = false;
    QString title;
    QString location;
    qint64 typeId = 0;
    int capacity = 0;

    /// Not an event but a read-only task the accompaniment of projects puts
    /// on its day, all day (eventId 0): a project's next step, or the day a
    /// call for projects closes. sourceId is the project's or the call's id.
    enum class Task { None, NextStep, CallClosing };
    Task task = Task::None;
    qint64 sourceId = 0;
    /// A next step due before today and not done.
    bool late = false;
    bool isTask() const { return task != Task::None; }
    /// A task's colour in the grid and the list: a late next step in the red
    /// the Projets tab uses for it.
    QColor taskColor() const;
};

