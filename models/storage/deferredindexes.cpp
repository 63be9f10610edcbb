#include "deferredindexes.h"

#include "database.h"
#include "rawquery.h"

#include <sqlite3.h>

DeferredIndexes::DeferredIndexes(const QString &connectionName)
    : m_connectionName(connectionName)
    , m_db(Database::sqliteHandle(connectionName))
{
}

bool DeferredIndexes::exec(const QByteArray &sql)
{
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool DeferredIndexes::defer(const char *table, qsizetype addedRows, bool keepUnique)
{
    // Below a few thousand rows the indexes are cheap to grow row by row;
    // into a large table, rebuilding them would cost more than it saves.
    if (!m_db || addedRows < 5000 || sqlite3_get_autocommit(m_db))
        return true;
    qint64 rows = 0;
    {
        RawQuery count(m_connectionName, (QByteArray("SELECT count(*) FROM ") + table).constData());
        if (count.next())
            rows = count.integer(0);
    }
    if (rows >= addedRows)
        return true;
    // The indexes SQLite makes for a UNIQUE or PRIMARY KEY constraint have no
    // definition of their own and stay.
    QList<QByteArray> names;
    {
        const QByteArray sql = QByteArray("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '") + table
            + "' AND sql IS NOT NULL" + (keepUnique ? " AND sql NOT LIKE 'CREATE UNIQUE%'" : "") + " ORDER BY name";
        RawQuery q(m_connectionName, sql.constData());
        while (q.next()) {
            names << q.text(0).toUtf8();
            m_definitions << q.text(1).toUtf8();
        }
    }
    for (const QByteArray &name : std::as_const(names)) {
        if (!exec("DROP INDEX \"" + name + '"'))
            return false;
    }
    return true;
}

bool DeferredIndexes::restore()
{
    for (const QByteArray &definition : std::as_const(m_definitions)) {
        if (!exec(definition))
            return false;
    }
    m_definitions.clear();
    return true;
}
