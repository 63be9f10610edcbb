#include "rollbackjournal.h"

#include "database.h"

#include <sqlite3.h>

#include <cstring>

namespace {
/// The largest file whose pages enlargePages() changes.
constexpr qint64 smallFile = 32 * 1024 * 1024;

/// Runs @p pragma and gives SQLite's answer, lowercase: for a change of
/// journal mode, the mode the file is in afterwards (SQLite answers with the
/// mode it kept when it cannot change it).
QByteArray pragmaAnswer(sqlite3 *db, const char *pragma)
{
    sqlite3_stmt *q = nullptr;
    QByteArray mode;
    if (sqlite3_prepare_v2(db, pragma, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        mode = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    return mode.toLower();
}
} // namespace

RollbackJournal::RollbackJournal(const QString &connectionName)
    : m_connectionName(connectionName)
{
    sqlite3 *db = Database::sqliteHandle(connectionName);
    // Never inside a transaction: SQLite refuses to change the mode there.
    if (!db || !sqlite3_get_autocommit(db))
        return;
    m_active = pragmaAnswer(db, "PRAGMA journal_mode = DELETE") == "delete";
}

bool RollbackJournal::enlargePages(int bytes)
{
    sqlite3 *db = Database::sqliteHandle(m_connectionName);
    if (!m_active || !db || !sqlite3_get_autocommit(db))
        return false;
    const auto number = [db](const char *pragma) { return pragmaAnswer(db, pragma).toLongLong(); };
    const qint64 pageSize = number("PRAGMA page_size");
    if (pageSize >= bytes)
        return true;
    // VACUUM copies the whole file: only a new one, a few megabytes.
    if (pageSize * number("PRAGMA page_count") > smallFile)
        return false;
    const QByteArray set = "PRAGMA page_size = " + QByteArray::number(bytes);
    return sqlite3_exec(db, set.constData(), nullptr, nullptr, nullptr) == SQLITE_OK
        && sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr) == SQLITE_OK && number("PRAGMA page_size") == bytes;
}

RollbackJournal::~RollbackJournal()
{
    if (!m_active)
        return;
    if (sqlite3 *db = Database::sqliteHandle(m_connectionName); db && sqlite3_get_autocommit(db))
        pragmaAnswer(db, "PRAGMA journal_mode = WAL");
}
