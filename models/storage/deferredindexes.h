#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

/// For one write that adds more rows to a table than it holds (an import of
/// tens of thousands of actors into a young directory), the table's indexes
/// are dropped inside the write's transaction and built again, under the
/// same names and definitions, before the commit: SQLite then sorts each
/// index once instead of inserting every row into every index, a third
/// faster. A rollback brings them back untouched. Nothing is read through
/// the deferred indexes in between: the write addresses rows by id.
class DeferredIndexes
{
public:
    explicit DeferredIndexes(const QString &connectionName);
    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    /// Drops the indexes of @p table when @p addedRows (at least a few
    /// thousand) outnumber its rows; else does nothing. Must run inside a
    /// transaction. False, with errorString(), when SQLite refused. With
    /// @p keepUnique, the UNIQUE indexes stay (the write looks rows up by
    /// them, or its upsert needs them).
    bool defer(const char *table, qsizetype addedRows, bool keepUnique = false);
    /// Builds again every index defer() dropped; false, with errorString(),
    /// when one cannot be (the transaction must then be rolled back).
    bool restore();
    QString errorString() const { return m_error; }

private:
    bool exec(const QByteArray &sql);

    QString m_connectionName;
    sqlite3 *m_db;
    QList<QByteArray> m_definitions;
    QString m_error;
};
