#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

/// A write prepared once through SQLite's C API and run many times, for
/// the bulk writes of imports (ActorWriter, ImportStore): there Qt Sql spends
/// more on binding a value (a QVariant each) than SQLite on storing it.
/// Values are bound by position in the order of the calls, text as UTF-8
/// held by the statement until run(), which resets it for the next row.
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    /// A null QString is bound as "" (the text columns are NOT NULL).
    void text(const QString &value);
    /// @p size bytes of UTF-8 text as they came (from libpq, say), copied.
    void utf8(const char *data, int size);
    void integer(qint64 value);
    void real(double value);
    void null();
    template<typename T>
    void optional(const std::optional<T> &value)
    {
        if (!value)
            null();
        else if constexpr (std::is_floating_point_v<T>)
            real(double(*value));
        else
            integer(qint64(*value));
    }
    /// Runs the statement; false when SQLite refused it (or could not
    /// prepare it), with SQLite's words in errorString().
    bool run();
    QString errorString() const { return m_error; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_index = 0;
    // The UTF-8 of the texts bound to the row being written (SQLITE_STATIC).
    std::vector<QByteArray> m_texts;
    QString m_error;
};
