#include "bulkwrite.h"

#include "database.h"

#include <sqlite3.h>

#include <algorithm>

namespace {
int cacheKib(sqlite3 *db)
{
    sqlite3_stmt *q = nullptr;
    int kib = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA cache_size", -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        kib = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    return kib;
}

void setCacheKib(sqlite3 *db, int kib)
{
    // A negative cache_size is in KiB, whatever the page size.
    sqlite3_exec(db, QByteArray("PRAGMA cache_size = " + QByteArray::number(kib)).constData(), nullptr, nullptr, nullptr);
}
} // namespace

BulkWrite::BulkWrite(const QString &connectionName, qsizetype rows)
    : m_connectionName(connectionName)
{
    sqlite3 *db = Database::sqliteHandle(connectionName);
    if (!db || rows < 5000)
        return;
    m_previousKib = cacheKib(db);
    // About 1 KiB of table and index pages per actor, at most 160 MiB.
    const qsizetype wanted = std::min<qsizetype>(160 * 1024, rows + 16 * 1024);
    if (m_previousKib < 0 && -m_previousKib < wanted)
        setCacheKib(db, -int(wanted));
    else
        m_previousKib = 0;
}

BulkWrite::~BulkWrite()
{
    if (m_previousKib == 0)
        return;
    if (sqlite3 *db = Database::sqliteHandle(m_connectionName))
        setCacheKib(db, m_previousKib);
}
