#pragma once

#include "synccatalog.h"

#include <QString>
#include <QStringList>

struct pg_result;

/// Writes the records received into a database emptied to join its council:
/// one INSERT … SELECT per page of a kind (from the page as libpq received
/// it, writePage()) or per kind (from their shadows, write(): a kind pointing to
/// itself, once it is all read), SQLite's JSON functions reading each
/// record's fields and a join on the gid turning each reference into a local
/// id, instead of a QJsonObject and a statement per record (a council of
/// 100,000 actors is 1.65 million records). It writes what LocalRecords::write
/// would, record by record: a field the record lacks takes the column's
/// default, a record pointing to a row that is not here is left out
/// (tst_sync compares both ways). Local ids follow the order of the source:
/// the keys' for a page, the server's revisions for the shadows.
class JoinWriter
{
public:
    explicit JoinWriter(const QString &connectionName);

    /// Whether @p table can be written so: not a table with a BLOB column
    /// (sent as base64, which SQLite cannot decode), nor one pointing to a
    /// kind that comes after it, nor a keyed table pointing to itself.
    bool handles(const SyncTable &table);
    /// Writes every record of @p table whose shadow is not a deletion; false
    /// with errorString() when the database refuses.
    bool write(const SyncTable &table);
    /// Writes the records of a page of a join, all of @p table's kind, as
    /// libpq received them (PageRows), and their shadows: without data (the
    /// base is the row) for those written, with it for the others.
    /// @p candidates: how many of them are not deletions. Not for a table
    /// pointing to itself (a child may come in a later page).
    bool writePage(const SyncTable &table, const pg_result *rows, int candidates);
    static bool pointsToItself(const SyncTable &table);

    QString errorString() const { return m_error; }

private:
    struct Column {
        QString name;
        QString defaultSql;
        bool blob = false;
        bool notNull = false;
    };
    QList<Column> columns(const SyncTable &table);
    QString insertStatement(const SyncTable &table, bool pointsToItself, const QString &source, QString *shadows);
    bool exec(const QString &sql, int *changes);
    bool execOnPage(const QString &sql, const pg_result *rows, int *changes);

    QString m_connectionName;
    QString m_error;
};
