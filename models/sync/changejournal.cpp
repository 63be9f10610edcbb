#include "changejournal.h"

#include "localrecords.h"
#include "synccatalog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// A child removed with its parent is named with a null parent key: the
// parent's own deletion carries it, so it is not pushed on its own.
const QString complete = QStringLiteral("key IS NOT NULL AND (key NOT LIKE '[%' OR NOT EXISTS (SELECT 1 FROM json_each(key) WHERE type = 'null'))");
const QString silent = QStringLiteral("WHEN (SELECT applying FROM sync_state WHERE id = 1) = 0");

QString journalInsert(const QString &kind, const QString &keyExpression)
{
    return QStringLiteral("INSERT INTO sync_changes(kind, key, at) VALUES ('%1', %2, essaim_now());").arg(kind, keyExpression);
}

/// Before a row goes, the rows named by their key under it (an actor's
/// figures, tags, partnerships) are journalled while their parent's gid can
/// still be read; the cascade then removes them.
QString childrenBeforeDelete(const SyncTable &parent)
{
    QStringList inserts;
    for (const SyncTable &child : SyncCatalog::tables()) {
        if (child.hasGid())
            continue;
        for (auto it = child.references.constBegin(); it != child.references.constEnd(); ++it) {
            if (it.value() != parent.name || !child.keyColumns.contains(it.key()))
                continue;
            inserts << QStringLiteral("INSERT INTO sync_changes(kind, key, at) SELECT '%1', %2, essaim_now() FROM %1 c WHERE c.%3 = OLD.id;")
                           .arg(child.name, LocalRecords::keyExpression(child, QStringLiteral("c")), it.key());
        }
    }
    if (inserts.isEmpty())
        return {};
    return QStringLiteral("CREATE TRIGGER sync_b_%1 BEFORE DELETE ON %1 %2 BEGIN %3 END").arg(parent.name, silent, inserts.join(QLatin1Char(' ')));
}

QStringList triggersOf(const SyncTable &table)
{
    const QString t = table.name;
    QStringList sql;
    if (table.hasGid()) {
        const QString children = childrenBeforeDelete(table);
        if (!children.isEmpty())
            sql << children;
        // A row created here draws its gid at once; the UPDATE that sets it
        // is journalled by the update trigger.
        sql << QStringLiteral("CREATE TRIGGER sync_i_%1 AFTER INSERT ON %1 %2 BEGIN "
                              "UPDATE %1 SET gid = lower(hex(randomblob(16))) WHERE id = NEW.id AND gid IS NULL; "
                              "INSERT INTO sync_changes(kind, key, at) SELECT '%1', gid, essaim_now() FROM %1 WHERE id = NEW.id; END")
                   .arg(t, silent);
        sql << QStringLiteral("CREATE TRIGGER sync_u_%1 AFTER UPDATE ON %1 %2 BEGIN %3 END").arg(t, silent, journalInsert(t, QStringLiteral("NEW.gid")));
        sql << QStringLiteral("CREATE TRIGGER sync_d_%1 AFTER DELETE ON %1 %2 BEGIN %3 END").arg(t, silent, journalInsert(t, QStringLiteral("OLD.gid")));
        return sql;
    }
    const QString newKey = LocalRecords::keyExpression(table, QStringLiteral("NEW"));
    const QString oldKey = LocalRecords::keyExpression(table, QStringLiteral("OLD"));
    sql << QStringLiteral("CREATE TRIGGER sync_i_%1 AFTER INSERT ON %1 %2 BEGIN %3 END").arg(t, silent, journalInsert(t, newKey));
    // A changed natural key is the old record gone and a new one.
    sql << QStringLiteral("CREATE TRIGGER sync_u_%1 AFTER UPDATE ON %1 %2 BEGIN "
                          "INSERT INTO sync_changes(kind, key, at) SELECT '%1', %3, essaim_now() WHERE %3 IS NOT %4; %5 END")
               .arg(t, silent, oldKey, newKey, journalInsert(t, newKey));
    sql << QStringLiteral("CREATE TRIGGER sync_d_%1 AFTER DELETE ON %1 %2 BEGIN %3 END").arg(t, silent, journalInsert(t, oldKey));
    return sql;
}

/// A lazy base (sync_shadow.data NULL: the record is its local row as
/// received) is written out before the row first changes: before an update
/// or a deletion of the row, before an insert that meets a row of the same
/// natural key (an upsert), and, before a row is deleted, for every row
/// pointing to it, while that reference can still be read (the cascades run
/// once the row is gone, and a consent's history keeps a dangling id).
/// Unlike the journal they do not stay silent while changes from the server
/// are written: a deletion received cascades here too, and the rows it
/// takes must keep their bases (restoreTree brings them back from there).
/// Nothing for a table holding BLOBs: its bases are always written.
QStringList capturesOf(const SyncTable &table, LocalRecords &records)
{
    const QString t = table.name;
    const auto capture = [&records](const SyncTable &of, const QString &from) {
        return QStringLiteral("UPDATE sync_shadow SET data = x.j FROM (SELECT %1 AS k, %2 AS j FROM %3) AS x "
                              "WHERE sync_shadow.kind = '%4' AND sync_shadow.key = x.k AND sync_shadow.data IS NULL;")
            .arg(LocalRecords::keyExpression(of, QStringLiteral("c")), records.recordExpression(of, QStringLiteral("c")), from, of.name);
    };
    QStringList sql;
    if (records.recordExpression(table, QStringLiteral("c")).isEmpty())
        return sql;
    const auto sameKey = [&table](const QString &row) {
        if (table.hasGid())
            return QStringLiteral("%1 c WHERE c.id = %2.id").arg(table.name, row);
        QStringList same;
        for (const QString &column : table.keyColumns)
            same << QStringLiteral("c.%1 = %2.%1").arg(column, row);
        return QStringLiteral("%1 c WHERE %2").arg(table.name, same.join(QStringLiteral(" AND ")));
    };
    const QString self = sameKey(QStringLiteral("OLD"));
    sql << QStringLiteral("CREATE TRIGGER sync_cu_%1 BEFORE UPDATE ON %1 BEGIN %2 END").arg(t, capture(table, self));
    QStringList onDelete{capture(table, self)};
    if (table.hasGid()) {
        for (const SyncTable &child : SyncCatalog::tables()) {
            if (records.recordExpression(child, QStringLiteral("c")).isEmpty())
                continue;
            for (auto it = child.references.constBegin(); it != child.references.constEnd(); ++it) {
                if (it.value() == t)
                    onDelete << capture(child, QStringLiteral("%1 c WHERE c.%2 = OLD.id").arg(child.name, it.key()));
            }
        }
    }
    sql << QStringLiteral("CREATE TRIGGER sync_cd_%1 BEFORE DELETE ON %1 BEGIN %2 END").arg(t, onDelete.join(QLatin1Char(' ')));
    if (!table.hasGid())
        sql << QStringLiteral("CREATE TRIGGER sync_ci_%1 BEFORE INSERT ON %1 BEGIN %2 END").arg(t, capture(table, sameKey(QStringLiteral("NEW"))));
    return sql;
}

const char *const triggerKinds[] = {"i", "u", "d", "b", "cu", "cd", "ci"};
} // namespace

ChangeJournal::ChangeJournal(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool ChangeJournal::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (q.exec(sql))
        return true;
    m_error = tr("The list of changes to share could not be kept (%1). Make a backup, then run “essaim check”.").arg(q.lastError().text());
    return false;
}

bool ChangeJournal::install()
{
    for (const SyncTable &table : SyncCatalog::tables()) {
        if (table.hasGid() && !exec(QStringLiteral("UPDATE %1 SET gid = lower(hex(randomblob(16))) WHERE gid IS NULL").arg(table.name)))
            return false;
        if (!install(table))
            return false;
    }
    return true;
}

bool ChangeJournal::install(const SyncTable &table)
{
    if (!suspend(table))
        return false;
    LocalRecords records(m_connectionName);
    for (const QString &sql : triggersOf(table) + capturesOf(table, records)) {
        if (!exec(sql))
            return false;
    }
    return true;
}

bool ChangeJournal::suspend()
{
    for (const SyncTable &table : SyncCatalog::tables()) {
        if (!suspend(table))
            return false;
    }
    return true;
}

bool ChangeJournal::suspend(const SyncTable &table)
{
    for (const char *op : triggerKinds) {
        if (!exec(QStringLiteral("DROP TRIGGER IF EXISTS sync_%1_%2").arg(QLatin1String(op), table.name)))
            return false;
    }
    return true;
}

bool ChangeJournal::journalEverything()
{
    for (const SyncTable &table : SyncCatalog::tables()) {
        if (!exec(QStringLiteral("INSERT INTO sync_changes(kind, key, at) SELECT '%1', %2, essaim_now() FROM %1")
                      .arg(table.name, LocalRecords::keyExpression(table, table.name))))
            return false;
    }
    return true;
}

QList<ChangeJournal::Pending> ChangeJournal::pending(int limit) const
{
    QList<Pending> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, key, max(seq), max(at) FROM sync_changes WHERE %1 GROUP BY kind, key ORDER BY min(seq) LIMIT ?").arg(complete));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(Pending{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return out;
}

int ChangeJournal::pendingCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM sync_changes WHERE %1 GROUP BY kind, key)").arg(complete))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool ChangeJournal::forget(const Pending &record)
{
    // Prepared once: a first upload forgets every record of the council.
    if (!m_forget) {
        m_forget = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName));
        m_forget->prepare(QStringLiteral("DELETE FROM sync_changes WHERE kind = ? AND key = ? AND seq <= ?"));
    }
    QSqlQuery &q = *m_forget;
    q.addBindValue(record.kind);
    q.addBindValue(record.key);
    q.addBindValue(record.lastSeq);
    if (q.exec())
        return true;
    m_error = tr("The list of changes to share could not be kept (%1). Make a backup, then run “essaim check”.").arg(q.lastError().text());
    return false;
}

QSet<QString> ChangeJournal::pendingKeys() const
{
    QSet<QString> keys;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT kind, key FROM sync_changes WHERE key IS NOT NULL"))) {
        while (q.next())
            keys.insert(q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString());
    }
    return keys;
}

bool ChangeJournal::isPending(const QString &kind, const QString &key) const
{
    return !changedAt(kind, key).isNull();
}

QString ChangeJournal::changedAt(const QString &kind, const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT max(at) FROM sync_changes WHERE kind = ? AND key = ? HAVING count(*) > 0"));
    q.addBindValue(kind);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return QString();
    return q.value(0).toString().isNull() ? QStringLiteral("") : q.value(0).toString();
}
