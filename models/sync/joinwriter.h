#pragma once

#include "synccatalog.h"

#include <QString>
#include <QStringList>

/// Writes the records received into a database emptied to join its council,
/// from their shadows (sync_shadow: the latest version of each record, which
/// a join receives straight from the server, as the base of later merges): one
/// INSERT … SELECT per kind, SQLite's JSON functions reading each record's
/// fields and a join on the gid turning each reference into a local id,
/// instead of a QJsonObject and a statement per record (a council of 100,000
/// actors is 1.65 million records). It writes what LocalRecords::write would,
/// record by record (a kind with a gid in the server's order, so that local
/// ids follow it; a keyed kind as the shadows give it): a field the record lacks takes
/// the column's default, a record pointing to a row that is not here is left
/// out (tst_sync compares both ways).
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

    QString errorString() const { return m_error; }

private:
    struct Column {
        QString name;
        QString defaultSql;
        bool blob = false;
        bool notNull = false;
    };
    QList<Column> columns(const SyncTable &table);
    QString insertStatement(const SyncTable &table, bool pointsToItself);
    bool exec(const QString &sql, int *changes);

    QString m_connectionName;
    QString m_error;
};
