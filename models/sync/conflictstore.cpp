#include "conflictstore.h"

#include "models/storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QJsonValue decode(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    return QJsonDocument::fromJson(v.toString().toUtf8()).array().at(0);
}

const QString columns = QStringLiteral("id, kind, key, record_label, field, local_value, server_value, local_by, server_by, local_at, server_at");

SyncConflict fromRow(const QSqlQuery &q)
{
    return SyncConflict{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                        decode(q.value(5)), decode(q.value(6)), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                        q.value(10).toString()};
}
} // namespace

ConflictStore::ConflictStore(const QString &connectionName)
    : m_connectionName(connectionName)
    , m_records(connectionName)
{
}

bool ConflictStore::fail(const QString &why)
{
    m_error = tr("The conflict could not be resolved (%1). Make a backup, then run “essaim check”.").arg(why);
    return false;
}

std::optional<QList<SyncConflict>> ConflictStore::open()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT %1 FROM sync_conflicts WHERE resolved = 0 ORDER BY id").arg(columns))) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    QList<SyncConflict> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

int ConflictStore::openCount()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved = 0")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<SyncConflict> ConflictStore::conflict(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM sync_conflicts WHERE id = ?").arg(columns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool ConflictStore::put(const SyncConflict &c, const QJsonValue &value, QJsonValue *previous)
{
    const std::optional<QJsonObject> current = m_records.read(c.kind, c.key);
    if (c.field.isEmpty()) {
        if (previous)
            *previous = current ? QJsonValue(*current) : QJsonValue(QJsonValue::Null);
        if (value.isObject())
            return m_records.write(c.kind, c.key, value.toObject()) || fail(m_records.errorString());
        return m_records.remove(c.kind, c.key) || fail(m_records.errorString());
    }
    if (!current) {
        m_error = tr("This record was deleted since the conflict: there is nothing to change any more.");
        return false;
    }
    if (previous)
        *previous = current->value(c.field);
    QJsonObject changed = *current;
    changed.insert(c.field, value);
    return m_records.write(c.kind, c.key, changed) || fail(m_records.errorString());
}

bool ConflictStore::setResolved(qint64 id, bool resolved)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved = ? WHERE id = ?"));
    q.addBindValue(resolved ? 1 : 0);
    q.addBindValue(id);
    return q.exec() || fail(q.lastError().text());
}

bool ConflictStore::resolve(qint64 id, const QJsonValue &value, QJsonValue *previous)
{
    const std::optional<SyncConflict> c = conflict(id);
    if (!c)
        return fail(tr("no such conflict"));
    Transaction t(m_connectionName);
    if (!t.isActive())
        return fail(t.errorString());
    if (!put(*c, value, previous) || !setResolved(id, true))
        return false;
    return t.commit() || fail(t.errorString());
}

bool ConflictStore::reopen(qint64 id, const QJsonValue &previous)
{
    const std::optional<SyncConflict> c = conflict(id);
    if (!c)
        return fail(tr("no such conflict"));
    Transaction t(m_connectionName);
    if (!t.isActive())
        return fail(t.errorString());
    if (!put(*c, previous, nullptr) || !setResolved(id, false))
        return false;
    return t.commit() || fail(t.errorString());
}

QString ConflictStore::displayValue(const QJsonValue &value, bool wholeRecord)
{
    if (value.isNull() || value.isUndefined())
        return wholeRecord ? tr("(deleted)") : QString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (value.isObject())
        return tr("(the whole record)");
    return value.toString();
}
