#include "rawstatement.h"

#include <sqlite3.h>

RawStatement::RawStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

void RawStatement::text(const QString &value)
{
    // Most columns of an imported row are empty: "" is bound without a copy.
    // Other text goes in as UTF-8, the file's encoding, kept here until the
    // row is written, so that SQLite neither copies it nor converts it from
    // UTF-16 at every row (two allocations per value).
    if (value.isEmpty()) {
        sqlite3_bind_text(m_stmt, ++m_index, "", 0, SQLITE_STATIC);
        return;
    }
    m_texts.push_back(value.toUtf8());
    const QByteArray &utf8 = m_texts.back();
    sqlite3_bind_text(m_stmt, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void RawStatement::utf8(const char *data, int size)
{
    sqlite3_bind_text(m_stmt, ++m_index, data, size, SQLITE_TRANSIENT);
}

void RawStatement::integer(qint64 value)
{
    sqlite3_bind_int64(m_stmt, ++m_index, value);
}

void RawStatement::real(double value)
{
    sqlite3_bind_double(m_stmt, ++m_index, value);
}

void RawStatement::null()
{
    sqlite3_bind_null(m_stmt, ++m_index);
}

bool RawStatement::run()
{
    if (!m_stmt) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("the connection is closed");
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_index = 0;
    m_texts.clear();
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}
