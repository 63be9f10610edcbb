#include "joinwriter.h"

#include "models/storage/database.h"
#include "pagerows.h"

#include <sqlite3.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
/// The field @p column of the record being read, as SQLite's JSON gives it:
/// a number as INTEGER or REAL, true and false as 1 and 0, a string as TEXT.
/// LocalRecords binds the same values (the column's affinity then treats
/// both alike; a TEXT column is only ever sent as text).
QString field(const QString &column)
{
    return QStringLiteral("j.data ->> '$.%1'").arg(column);
}
} // namespace

JoinWriter::JoinWriter(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QList<JoinWriter::Column> JoinWriter::columns(const SyncTable &table)
{
    QList<Column> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.name)))
        return list;
    while (q.next()) {
        const QString name = q.value(1).toString();
        // The local ids and the gid are not part of a record (LocalRecords).
        if ((table.hasGid() && name == QLatin1String("id")) || name == QLatin1String("gid"))
            continue;
        list.append(Column{name, q.value(4).toString(), q.value(2).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0,
                           q.value(3).toInt() != 0});
    }
    return list;
}

bool JoinWriter::handles(const SyncTable &table)
{
    const QList<SyncTable> &tables = SyncCatalog::tables();
    qsizetype position = 0;
    while (position < tables.size() && tables.at(position).name != table.name)
        ++position;
    for (auto it = table.references.constBegin(); it != table.references.constEnd(); ++it) {
        if (it.value() == table.name && !table.hasGid())
            return false;
        for (qsizetype later = position + 1; later < tables.size(); ++later) {
            if (tables.at(later).name == it.value())
                return false;
        }
    }
    const QList<Column> cols = columns(table);
    return !cols.isEmpty() && std::none_of(cols.cbegin(), cols.cend(), [](const Column &c) { return c.blob; });
}

QString JoinWriter::insertStatement(const SyncTable &table, bool pointsToItself, const QString &source, QString *shadows)
{
    QStringList names;
    QStringList values;
    QStringList joins;
    QStringList resolved;
    if (table.hasGid()) {
        names << QStringLiteral("gid");
        values << QStringLiteral("j.key");
    }
    for (const Column &c : columns(table)) {
        QString value = field(c.name);
        const auto ref = table.references.constFind(c.name);
        if (ref != table.references.constEnd()) {
            // A reference travels as the other row's gid: the row it names
            // must be here, or the record waits (and is left out, as
            // LocalRecords leaves a record it cannot resolve).
            const QString alias = QStringLiteral("r%1").arg(joins.size());
            joins << QStringLiteral("LEFT JOIN %1 %2 ON %2.gid = %3").arg(*ref, alias, field(c.name));
            resolved << QStringLiteral("(%1 IS NULL OR %2.id IS NOT NULL)").arg(field(c.name), alias);
            value = alias + QStringLiteral(".id");
        }
        // A field the record does not hold is left to the column's default,
        // as LocalRecords leaves it out of its INSERT.
        // A column that cannot be null takes its default the same way from
        // ifnull(), without asking the JSON for the field's type a second
        // time (a third of the actors' write): a record never holds a null
        // there, as no local row can give one.
        if (!c.defaultSql.isEmpty() && c.notNull)
            value = QStringLiteral("ifnull(%1, (%2))").arg(value, c.defaultSql);
        else if (!c.defaultSql.isEmpty())
            value = QStringLiteral("CASE WHEN json_type(j.data, '$.%1') IS NULL THEN (%2) ELSE %3 END").arg(c.name, c.defaultSql, value);
        names << c.name;
        values << value;
    }
    if (shadows) {
        // The records written have their rows as bases (no data); the others
        // (a deletion, a record pointing to a row that is not here) keep
        // theirs.
        const QString written = resolved.isEmpty() ? QStringLiteral("j.deleted = 0")
                                                   : QStringLiteral("j.deleted = 0 AND ") + resolved.join(QStringLiteral(" AND "));
        *shadows = QStringLiteral("INSERT OR REPLACE INTO sync_shadow(kind, key, revision, deleted, data, changed_by, changed_at) "
                                  "SELECT j.kind, j.key, j.revision, j.deleted, CASE WHEN %1 THEN NULL ELSE j.data END, j.changed_by, j.changed_at "
                                  "FROM %2 j %3")
                       .arg(written, source, joins.join(QLatin1Char(' ')));
    }
    if (pointsToItself)
        resolved << QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 WHERE gid = j.key)").arg(table.name);
    resolved.prepend(QStringLiteral("j.kind = '%1' AND j.deleted = 0").arg(table.name));
    // The shadows hold the latest version of each record, in the order of
    // their keys: read in one sweep, not one look in the inbox per record.
    // There, rows with a gid take their local ids in the server's order, as
    // record by record. A keyed row has no id to give, and its key columns
    // follow from its record's key, so no two records meet on them: sorting
    // the figures of 100,000 actors by revision (a million rows) would cost
    // more than the rest of their write, for nothing. A page of a join is
    // written in the order it came, that of the keys.
    const QString order = table.hasGid() && source == QLatin1String("sync_shadow") ? QStringLiteral("ORDER BY j.revision ") : QString();
    return QStringLiteral("INSERT INTO %1(%2) SELECT %3 FROM %4 j %5 WHERE %6 %7%8")
        .arg(table.name, names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), source, joins.join(QLatin1Char(' ')),
             resolved.join(QStringLiteral(" AND ")), order, table.upsertClause(names));
}

bool JoinWriter::exec(const QString &sql, int *changes)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    *changes = q.numRowsAffected();
    return true;
}

bool JoinWriter::pointsToItself(const SyncTable &table)
{
    return std::find(table.references.cbegin(), table.references.cend(), table.name) != table.references.cend();
}

bool JoinWriter::writePage(const SyncTable &table, const pg_result *rows, int candidates)
{
    const QString source = QStringLiteral("essaim_page(?1)");
    QString shadows;
    const QString sql = insertStatement(table, false, source, &shadows);
    int changes = 0;
    if (!execOnPage(sql, rows, &changes))
        return false;
    // Every record of the page written (as nearly always): no need to look
    // again at which were.
    if (changes == candidates)
        shadows = QStringLiteral("INSERT OR REPLACE INTO sync_shadow(kind, key, revision, deleted, data, changed_by, changed_at) "
                                 "SELECT kind, key, revision, deleted, CASE WHEN deleted = 0 THEN NULL ELSE data END, changed_by, changed_at FROM %1")
                      .arg(source);
    return execOnPage(shadows, rows, &changes);
}

bool JoinWriter::execOnPage(const QString &sql, const pg_result *rows, int *changes)
{
    // Through SQLite's C API: QtSql cannot bind a pointer.
    sqlite3 *db = Database::sqliteHandle(m_connectionName);
    sqlite3_stmt *statement = nullptr;
    if (!db || sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        m_error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no database");
        sqlite3_finalize(statement);
        return false;
    }
    sqlite3_bind_pointer(statement, 1, const_cast<pg_result *>(rows), PageRows::pointerType, nullptr);
    const bool done = sqlite3_step(statement) == SQLITE_DONE;
    if (!done)
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    *changes = sqlite3_changes(db);
    return done;
}

bool JoinWriter::write(const SyncTable &table)
{
    // A sub-sector, a sub-action, can only be written once its parent is:
    // one level of the tree per statement, until none is left.
    const bool pointsToItself = JoinWriter::pointsToItself(table);
    const QString sql = insertStatement(table, pointsToItself, QStringLiteral("sync_shadow"), nullptr);
    int changes = 0;
    if (!exec(sql, &changes))
        return false;
    while (pointsToItself && changes > 0) {
        if (!exec(sql, &changes))
            return false;
    }
    return true;
}
