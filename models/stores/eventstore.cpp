#include "eventstore.h"

#include "models/domain/agendatime.h"
#include "models/domain/clock.h"
#include "models/domain/eventzone.h"
#include "models/domain/occurrenceexpander.h"
#include "models/domain/textkey.h"
#include "models/privacy/personaldatajournal.h"
#include "models/storage/transaction.h"

#include <algorithm>

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

/// The end of an endless series, in the text order of span_end.
const QString EndOfTime = QStringLiteral("9999-12-31T00:00:00");

QString kindKey(EventException::Kind k)
{
    switch (k) {
    case EventException::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case EventException::Kind::Changed:
        return QStringLiteral("changed");
    case EventException::Kind::Added:
        return QStringLiteral("added");
    }
    return QStringLiteral("cancelled");
}

EventException::Kind kindFromKey(const QString &key)
{
    if (key == QLatin1String("changed"))
        return EventException::Kind::Changed;
    if (key == QLatin1String("added"))
        return EventException::Kind::Added;
    return EventException::Kind::Cancelled;
}

} // namespace

EventStore::EventStore(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

void EventStore::notifyReset()
{
    emit typesChanged();
    emit eventsChanged();
}

QString EventStore::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@essaim");
}

QString EventStore::occurrenceKey(qint64 eventId, const QDateTime &originalStart)
{
    return QString::number(eventId) + QLatin1Char('|') + AgendaTime::toText(originalStart);
}

QList<EventType> EventStore::types() const
{
    QList<EventType> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, name, color, position FROM event_types ORDER BY position, name"));
    if (!q.exec())
        return result;
    while (q.next())
        result << EventType{q.value(0).toLongLong(), q.value(1).toString(), QColor(q.value(2).toString()), q.value(3).toInt()};
    return result;
}

bool EventStore::saveType(EventType &type)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (type.id > 0) {
        q.prepare(QStringLiteral("UPDATE event_types SET name = ?, color = ?, position = ? WHERE id = ?"));
        q.addBindValue(type.name);
        q.addBindValue(type.color.name());
        q.addBindValue(type.position);
        q.addBindValue(type.id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO event_types (name, color, position) "
                                 "VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM event_types))"));
        q.addBindValue(type.name);
        q.addBindValue(type.color.name());
    }
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    if (type.id == 0)
        type.id = q.lastInsertId().toLongLong();
    emit typesChanged();
    return true;
}

qint64 EventStore::typeIdByName(const QString &name) const
{
    const QString key = TextKey::fold(name);
    for (const EventType &t : types()) {
        if (TextKey::fold(t.name) == key)
            return t.id;
    }
    return 0;
}

int EventStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

namespace {
/// One row of readEvents()' query, in its column order.
Event eventFromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.uid = q.value(1).toString();
    e.title = q.value(2).toString();
    e.typeId = q.value(3).toLongLong();
    e.start = AgendaTime::fromText(q.value(4).toString());
    e.end = AgendaTime::fromText(q.value(5).toString());
    e.allDay = q.value(6).toBool();
    e.location = q.value(7).toString();
    e.description = q.value(8).toString();
    e.organiserId = q.value(9).toLongLong();
    e.planActionId = q.value(10).toLongLong();
    e.capacity = q.value(11).toInt();
    e.isPublic = q.value(12).toBool();
    e.rrule = q.value(13).toString();
    e.createdAt = AgendaTime::fromText(q.value(14).toString()); // stored in UTC
    e.updatedAt = AgendaTime::fromText(q.value(15).toString());
    e.timeZone = q.value(16).toString();
    return e;
}
} // namespace

QList<Event> EventStore::readEvents(const QString &where, const QVariantList &values, bool withPartners) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QList<Event> result;
    QHash<qint64, int> index;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, uid, title, type_id, starts_at, ends_at, all_day, location, description, "
                                 "organiser_actor_id, plan_action_id, capacity, public, rrule, created_at, updated_at, time_zone "
                                 "FROM events e WHERE %1 ORDER BY starts_at, id")
                      .arg(where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return result;
        while (q.next()) {
            const Event e = eventFromRow(q);
            index.insert(e.id, int(result.size()));
            result << e;
        }
    }
    if (result.isEmpty())
        return result;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT event_id, occurrence_start, kind, starts_at, ends_at, title, location, description "
                                 "FROM event_exceptions WHERE event_id IN (SELECT id FROM events e WHERE %1) "
                                 "ORDER BY event_id, occurrence_start")
                      .arg(where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next()) {
                const int i = index.value(q.value(0).toLongLong(), -1);
                if (i < 0)
                    continue;
                EventException x;
                x.occurrenceStart = AgendaTime::fromText(q.value(1).toString());
                x.kind = kindFromKey(q.value(2).toString());
                x.start = AgendaTime::fromText(q.value(3).toString());
                x.end = AgendaTime::fromText(q.value(4).toString());
                x.title = q.value(5).toString();
                x.location = q.value(6).toString();
                x.description = q.value(7).toString();
                result[i].exceptions << x;
            }
        }
    }
    if (withPartners) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT event_id, actor_id FROM event_partners WHERE event_id IN "
                                 "(SELECT id FROM events e WHERE %1) ORDER BY event_id, actor_id")
                      .arg(where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next()) {
                const int i = index.value(q.value(0).toLongLong(), -1);
                if (i >= 0)
                    result[i].partnerIds << q.value(1).toLongLong();
            }
        }
    }
    return result;
}

std::optional<EventRecord> EventStore::load(qint64 id) const
{
    const QList<Event> found = readEvents(QStringLiteral("e.id = ?"), {id}, true);
    if (found.isEmpty())
        return std::nullopt;
    EventRecord record;
    record.event = found.first();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, occurrence_start, contact_id, actor_id, name, email, status FROM registrations "
                             "WHERE event_id = ? ORDER BY occurrence_start, position, id"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            Registration r;
            r.id = q.value(0).toLongLong();
            r.eventId = id;
            r.occurrenceStart = AgendaTime::fromText(q.value(1).toString());
            r.contactId = q.value(2).toLongLong();
            r.actorId = q.value(3).toLongLong();
            r.name = q.value(4).toString();
            r.email = q.value(5).toString();
            r.status = Registration::statusFromKey(q.value(6).toString());
            record.registrations << r;
        }
    }
    return record;
}

std::optional<EventRecord> EventStore::loadByUid(const QString &uid) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id FROM events WHERE uid = ?"));
    q.addBindValue(uid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return load(id);
}

QList<Event> EventStore::events(const QDateTime &from, const QDateTime &to) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (to.isValid()) {
        where << QStringLiteral("e.span_start < ?");
        values << AgendaTime::toText(to);
    }
    if (from.isValid()) {
        where << QStringLiteral("e.span_end >= ?");
        values << AgendaTime::toText(from);
    }
    return readEvents(where.join(QStringLiteral(" AND ")), values, false);
}

QList<Occurrence> EventStore::occurrences(const QDateTime &from, const QDateTime &to, const QString &search) const
{
    QList<Event> candidates = events(from, to);
    const QStringList words = TextKey::fold(search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QList<Event> kept;
        for (const Event &e : candidates) {
            // Exceptions may carry their own texts.
            QString haystack = e.title + QLatin1Char(' ') + e.location + QLatin1Char(' ') + e.description;
            for (const EventException &x : e.exceptions)
                haystack += QLatin1Char(' ') + x.title + QLatin1Char(' ') + x.location;
            haystack = TextKey::fold(haystack);
            bool all = true;
            for (const QString &w : words)
                all = all && haystack.contains(w);
            if (all)
                kept << e;
        }
        candidates = kept;
    }
    return OccurrenceExpander::expand(candidates, from, to);
}

/// The statements of a write, prepared once for a whole batch.
struct EventStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : event(db)
        , deletePartners(db)
        , deleteExceptions(db)
        , deleteRegistrations(db)
        , partner(db)
        , exception(db)
        , registration(db)
        , remove(db)
    {
        event.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO events (id, uid, title, type_id, starts_at, ends_at, all_day, location, description, "
            "organiser_actor_id, plan_action_id, capacity, public, rrule, span_start, span_end, created_at, updated_at, time_zone) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        deletePartners.prepare(QStringLiteral("DELETE FROM event_partners WHERE event_id = ?"));
        deleteExceptions.prepare(QStringLiteral("DELETE FROM event_exceptions WHERE event_id = ?"));
        deleteRegistrations.prepare(QStringLiteral("DELETE FROM registrations WHERE event_id = ?"));
        partner.prepare(QStringLiteral("INSERT OR IGNORE INTO event_partners (event_id, actor_id) VALUES (?, ?)"));
        exception.prepare(QStringLiteral("INSERT OR REPLACE INTO event_exceptions (event_id, occurrence_start, kind, starts_at, "
                                         "ends_at, title, location, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        registration.prepare(QStringLiteral("INSERT INTO registrations (id, event_id, occurrence_start, contact_id, actor_id, "
                                            "name, email, status, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        remove.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    }

    QSqlQuery event;
    QSqlQuery deletePartners;
    QSqlQuery deleteExceptions;
    QSqlQuery deleteRegistrations;
    QSqlQuery partner;
    QSqlQuery exception;
    QSqlQuery registration;
    QSqlQuery remove;
};

bool EventStore::write(EventRecord &record, Statements &st, bool known)
{
    auto failed = [this](const QSqlQuery &q) {
        m_error = q.lastError().databaseText();
        return false;
    };
    Event &e = record.event;
    if (e.uid.isEmpty())
        e.uid = newUid();
    const QDateTime now = Clock::nowUtc();
    const QDateTime stamp(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    if (!e.createdAt.isValid())
        e.createdAt = stamp;
    e.updatedAt = stamp;
    const auto span = OccurrenceExpander::span(e);
    QSqlQuery &q = st.event;
    q.addBindValue(idOrNull(e.id));
    q.addBindValue(e.uid);
    q.addBindValue(text(e.title));
    q.addBindValue(idOrNull(e.typeId));
    q.addBindValue(AgendaTime::toText(e.start));
    q.addBindValue(AgendaTime::toText(e.end));
    q.addBindValue(e.allDay ? 1 : 0);
    q.addBindValue(text(e.location));
    q.addBindValue(text(e.description));
    q.addBindValue(idOrNull(e.organiserId));
    q.addBindValue(idOrNull(e.planActionId));
    q.addBindValue(e.capacity > 0 ? QVariant(e.capacity) : QVariant());
    q.addBindValue(e.isPublic ? 1 : 0);
    q.addBindValue(text(e.rrule));
    q.addBindValue(AgendaTime::toText(span.first));
    q.addBindValue(span.second.isValid() ? AgendaTime::toText(span.second) : EndOfTime);
    q.addBindValue(e.createdAt.toString(Qt::ISODate));
    q.addBindValue(e.updatedAt.toString(Qt::ISODate));
    q.addBindValue(e.timeZone.isEmpty() ? EventZone::home() : e.timeZone);
    if (!q.exec())
        return failed(q);
    if (e.id == 0)
        e.id = q.lastInsertId().toLongLong();
    // A new row has nothing to clear (and the REPLACE of a known one took
    // its children along only if foreign keys cascade on it: clear anyway).
    if (known) {
        for (QSqlQuery *d : {&st.deletePartners, &st.deleteExceptions, &st.deleteRegistrations}) {
            d->addBindValue(e.id);
            if (!d->exec())
                return failed(*d);
        }
    }
    for (qint64 actor : e.partnerIds) {
        st.partner.addBindValue(e.id);
        st.partner.addBindValue(actor);
        if (!st.partner.exec())
            return failed(st.partner);
    }
    for (const EventException &x : e.exceptions) {
        QSqlQuery &x_q = st.exception;
        x_q.addBindValue(e.id);
        x_q.addBindValue(AgendaTime::toText(x.occurrenceStart));
        x_q.addBindValue(kindKey(x.kind));
        x_q.addBindValue(text(AgendaTime::toText(x.start)));
        x_q.addBindValue(text(AgendaTime::toText(x.end)));
        x_q.addBindValue(text(x.title));
        x_q.addBindValue(text(x.location));
        x_q.addBindValue(text(x.description));
        if (!x_q.exec())
            return failed(x_q);
    }
    return writeRegistrations(record, st);
}

bool EventStore::writeRegistrations(EventRecord &record, Statements &st)
{
    int position = 0;
    QSqlQuery &q = st.registration;
    for (Registration &r : record.registrations) {
        r.eventId = record.event.id;
        q.addBindValue(idOrNull(r.id));
        q.addBindValue(record.event.id);
        q.addBindValue(AgendaTime::toText(r.occurrenceStart));
        q.addBindValue(idOrNull(r.contactId));
        q.addBindValue(idOrNull(r.actorId));
        q.addBindValue(text(r.name));
        q.addBindValue(text(r.email));
        q.addBindValue(Registration::statusKey(r.status));
        q.addBindValue(position++);
        if (!q.exec()) {
            m_error = q.lastError().databaseText();
            return false;
        }
        if (r.id == 0)
            r.id = q.lastInsertId().toLongLong();
    }
    return true;
}

bool EventStore::apply(QList<EventRecord> &write, const QList<qint64> &remove)
{
    Transaction transaction(m_connectionName);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    {
        // Registrations hold personal data: each change is journaled in
        // the same transaction.
        PersonalDataJournal journal(m_connectionName);
        auto journaled = [&](const QList<Registration> &before, const QList<Registration> &after) {
            if (journal.recordRegistrationChanges(before, after))
                return true;
            m_error = journal.errorString();
            return false;
        };
        Statements statements(QSqlDatabase::database(m_connectionName, false));
        for (qint64 id : remove) {
            const QList<Registration> before = storedRegistrations(id);
            statements.remove.addBindValue(id);
            if (!statements.remove.exec()) {
                m_error = statements.remove.lastError().databaseText();
                return false;
            }
            if (!journaled(before, {}))
                return false;
        }
        for (EventRecord &record : write) {
            const bool known = record.event.id > 0;
            const QList<Registration> before = known ? storedRegistrations(record.event.id) : QList<Registration>();
            if (!this->write(record, statements, known) || !journaled(before, record.registrations))
                return false;
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    emit eventsChanged();
    return true;
}

QList<Registration> EventStore::storedRegistrations(qint64 eventId) const
{
    QList<Registration> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, contact_id, name, email, status FROM registrations WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return result;
    while (q.next()) {
        Registration r;
        r.id = q.value(0).toLongLong();
        r.eventId = eventId;
        r.contactId = q.value(1).toLongLong();
        r.name = q.value(2).toString();
        r.email = q.value(3).toString();
        r.status = Registration::statusFromKey(q.value(4).toString());
        result << r;
    }
    return result;
}

QList<Registration> EventStore::registrations(qint64 eventId, const QDateTime &occurrenceStart) const
{
    QList<Registration> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, contact_id, actor_id, name, email, status FROM registrations "
                             "WHERE event_id = ? AND occurrence_start = ? ORDER BY position, id"));
    q.addBindValue(eventId);
    q.addBindValue(AgendaTime::toText(occurrenceStart));
    if (!q.exec())
        return result;
    while (q.next()) {
        Registration r;
        r.id = q.value(0).toLongLong();
        r.eventId = eventId;
        r.occurrenceStart = occurrenceStart;
        r.contactId = q.value(1).toLongLong();
        r.actorId = q.value(2).toLongLong();
        r.name = q.value(3).toString();
        r.email = q.value(4).toString();
        r.status = Registration::statusFromKey(q.value(5).toString());
        result << r;
    }
    return result;
}

QHash<QString, int> EventStore::registrationCounts(const QDateTime &from, const QDateTime &to) const
{
    QHash<QString, int> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Moved occurrences keep their original start: take a margin on both sides.
    q.prepare(QStringLiteral("SELECT event_id, occurrence_start, COUNT(*) FROM registrations "
                             "WHERE occurrence_start >= ? AND occurrence_start < ? GROUP BY event_id, occurrence_start"));
    q.addBindValue(AgendaTime::toText(from.addDays(-62)));
    q.addBindValue(AgendaTime::toText(to.addDays(62)));
    if (!q.exec())
        return result;
    while (q.next())
        result.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString(), q.value(2).toInt());
    return result;
}

QStringList EventStore::structureNames(const QList<Registration> &registrations) const
{
    QStringList names;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT name FROM actors WHERE id = COALESCE(NULLIF(?, 0), (SELECT actor_id FROM contacts WHERE id = ?))"));
    for (const Registration &r : registrations) {
        q.addBindValue(r.actorId);
        q.addBindValue(r.contactId);
        names << (q.exec() && q.next() ? q.value(0).toString() : QString());
    }
    return names;
}

QStringList EventStore::actorNamesOf(const QList<qint64> &ids) const
{
    QStringList names;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT name FROM actors WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            names << q.value(0).toString();
    }
    return names;
}

QList<AttendanceFigure> EventStore::attendanceFigures(int year) const
{
    QList<AttendanceFigure> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // The year is the occurrence's (a moved occurrence keeps its original
    // start as key, which stays in the same year in practice).
    q.prepare(QStringLiteral(
        "SELECT t.id, COALESCE(t.name, ''), COUNT(DISTINCT r.event_id || '|' || r.occurrence_start), COUNT(*), "
        "SUM(r.status = 'present'), "
        "COUNT(DISTINCT CASE WHEN r.status = 'present' THEN COALESCE(r.actor_id, c.actor_id) END) "
        "FROM registrations r JOIN events e ON e.id = r.event_id "
        "LEFT JOIN event_types t ON t.id = e.type_id "
        "LEFT JOIN contacts c ON c.id = r.contact_id "
        "WHERE r.occurrence_start >= ? AND r.occurrence_start < ? "
        "GROUP BY t.id ORDER BY MIN(t.position), t.name"));
    q.addBindValue(QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')));
    q.addBindValue(QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0')));
    if (!q.exec())
        return result;
    while (q.next()) {
        AttendanceFigure f;
        f.typeId = q.value(0).toLongLong();
        f.typeName = q.value(1).toString();
        f.occurrences = q.value(2).toInt();
        f.registered = q.value(3).toInt();
        f.participants = q.value(4).toInt();
        f.actorsReached = q.value(5).toInt();
        result << f;
    }
    return result;
}

QList<Occurrence> EventStore::conflicts(const Event &event) const
{
    QList<Occurrence> result;
    const QString place = TextKey::fold(event.location);
    if (place.isEmpty() || !event.start.isValid())
        return result;
    const QDateTime from = event.start;
    const QDateTime to = event.start.addYears(1);
    const QList<Occurrence> mine = OccurrenceExpander::expand(event, from, to);
    if (mine.isEmpty())
        return result;
    QList<Event> others;
    for (const Event &e : events(mine.first().start, mine.last().end.addSecs(1))) {
        if (e.id != event.id && (event.uid.isEmpty() || e.uid != event.uid))
            others << e;
    }
    const QList<Occurrence> theirs = OccurrenceExpander::expand(others, from, to);
    QSet<QString> seen;
    for (const Occurrence &o : theirs) {
        if (TextKey::fold(o.location) != place)
            continue;
        for (const Occurrence &m : mine) {
            if (m.start < o.end && o.start < m.end) {
                const QString key = occurrenceKey(o.eventId, o.originalStart);
                if (!seen.contains(key)) {
                    seen.insert(key);
                    result << o;
                }
                break;
            }
        }
    }
    return result;
}

bool EventStore::importEvents(QList<Event> events, bool dryRun, int *created, int *updated)
{
    int made = 0;
    int changed = 0;
    QList<EventRecord> records;
    QSet<QString> uids;
    // One read of the known UIDs rather than one look-up per event.
    QSet<QString> known;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT uid FROM events"));
        if (q.exec()) {
            while (q.next())
                known.insert(q.value(0).toString());
        }
    }
    for (Event &e : events) {
        if (uids.contains(e.uid))
            continue;
        uids.insert(e.uid);
        EventRecord record;
        std::optional<EventRecord> existing;
        if (known.contains(e.uid))
            existing = loadByUid(e.uid);
        if (existing) {
            // The file does not know our registrations, partners or plan link.
            record.registrations = existing->registrations;
            e.id = existing->event.id;
            e.createdAt = existing->event.createdAt;
            e.organiserId = existing->event.organiserId;
            e.partnerIds = existing->event.partnerIds;
            e.planActionId = existing->event.planActionId;
            e.capacity = existing->event.capacity;
            if (e.typeId == 0)
                e.typeId = existing->event.typeId;
            ++changed;
        } else {
            ++made;
        }
        record.event = e;
        records << record;
    }
    if (created)
        *created = made;
    if (updated)
        *updated = changed;
    if (dryRun)
        return true;
    return apply(records);
}

QList<PlanLinkedEvent> EventStore::eventsOfPlanAction(qint64 itemId) const
{
    QList<PlanLinkedEvent> linked;
    const QList<Event> all = events();
    for (const Event &event : all) {
        if (event.planActionId == itemId)
            linked.append({event.id, event.title, event.start.date()});
    }
    std::sort(linked.begin(), linked.end(), [](const PlanLinkedEvent &a, const PlanLinkedEvent &b) { return a.date < b.date; });
    return linked;
}
