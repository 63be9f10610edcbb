#pragma once

#include <QDate>
#include <QString>

struct sqlite3_stmt;

/// A forward-only read straight through SQLite's C API on a connection
/// opened by Database. For the few reads of tens of thousands of rows that a
/// user waits for (the Projets board): there QSqlQuery's per-value QVariant
/// and its UTF-16 copy of every text cost more than SQLite itself. Values
/// are bound by position; the statement is finalised with the object.
class RawQuery
{
public:
    /// Prepares @p sql on the connection @p connectionName; isValid() says
    /// whether it could (the SQL error is in errorString()).
    RawQuery(const QString &connectionName, const char *sql);
    ~RawQuery();
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString errorString() const { return m_error; }
    /// Binds the @p index th value (from 1).
    void bind(int index, const QString &value);
    /// Steps to the next row; false at the end or on an error.
    bool next();

    qint64 integer(int column) const;
    /// The text of a column, "" for NULL.
    QString text(int column) const;
    /// A date stored as ISO text ("2027-03-31"); invalid for "" or another text.
    QDate date(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};
