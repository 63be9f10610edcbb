#pragma once

#include "models/domain/attendancefigure.h"
#include "models/domain/event.h"
#include "models/domain/planlinkedevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <optional>

/// The SQL of the agenda: event types, events with their exceptions and
/// partners, registrations per occurrence, and the figures drawn from them.
/// Writes go through apply(), which replaces whole EventRecords in one
/// transaction (what an edit, an import and undo all need), and announce
/// themselves with eventsChanged() after the commit.
class EventStore : public QObject
{
    Q_OBJECT

public:
    explicit EventStore(const QString &connectionName, QObject *parent = nullptr);

    QList<EventType> types() const;
    /// Inserts (id 0) or renames/recolours a type.
    bool saveType(EventType &type);
    /// The id of the type called @p name (case-insensitive), 0 if none.
    qint64 typeIdByName(const QString &name) const;

    std::optional<EventRecord> load(qint64 id) const;
    std::optional<EventRecord> loadByUid(const QString &uid) const;
    /// Events whose occurrences may fall in [@p from, @p to) (registrations
    /// not loaded); an invalid bound is open.
    QList<Event> events(const QDateTime &from = {}, const QDateTime &to = {}) const;
    int count() const;

    /// Occurrences overlapping [@p from, @p to), exceptions applied, by start.
    /// A non-empty @p search keeps those whose title, location or
    /// description holds every word (accents and case ignored).
    QList<Occurrence> occurrences(const QDateTime &from, const QDateTime &to, const QString &search = QString()) const;

    /// Writes @p write (ids and uids filled in for new ones) and deletes the
    /// events of @p remove, all in one transaction.
    bool apply(QList<EventRecord> &write, const QList<qint64> &remove = {});

    QList<Registration> registrations(qint64 eventId, const QDateTime &occurrenceStart) const;
    /// Registrations per occurrence in a window: key occurrenceKey().
    QHash<QString, int> registrationCounts(const QDateTime &from, const QDateTime &to) const;
    static QString occurrenceKey(qint64 eventId, const QDateTime &originalStart);

    /// The events that deliver the plan action @p itemId, by date: what the
    /// plan shows under the action.
    QList<PlanLinkedEvent> eventsOfPlanAction(qint64 itemId) const;

    /// Attendance per event type over @p year (occurrences of that year):
    /// what the observatory shows as "mobilisation des acteurs".
    QList<AttendanceFigure> attendanceFigures(int year) const;

    /// The structure each registration stands for: its actor, or its
    /// contact's actor; empty for someone who came on their own.
    QStringList structureNames(const QList<Registration> &registrations) const;
    /// Names of the actors @p ids, in that order (partners of an event).
    QStringList actorNamesOf(const QList<qint64> &ids) const;

    /// Occurrences of other events at the same place (case and accents
    /// ignored) that overlap one of @p event's occurrences in its first year.
    QList<Occurrence> conflicts(const Event &event) const;

    /// Import by UID: a known UID updates its event (keeping its id and
    /// registrations), an unknown one creates an event. Nothing is written
    /// with @p dryRun. All or nothing.
    bool importEvents(QList<Event> events, bool dryRun, int *created, int *updated);

    /// A new globally unique UID for an event made here.
    static QString newUid();

    QString errorString() const { return m_error; }
    QString connectionName() const { return m_connectionName; }
    void notifyReset();

signals:
    void eventsChanged();
    void typesChanged();

private:
    struct Statements;
    bool write(EventRecord &record, Statements &statements, bool known);
    bool writeRegistrations(EventRecord &record, Statements &statements);
    /// Every registration of the event as stored, to journal what a write changes.
    QList<Registration> storedRegistrations(qint64 eventId) const;
    QList<Event> readEvents(const QString &where, const QVariantList &values, bool withPartners) const;

    QString m_connectionName;
    QString m_error;
};
