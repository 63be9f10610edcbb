#pragma once

#include <QString>

/// For the length of one large write (an import of tens of thousands of
/// actors), a page cache large enough to hold the directory's indexes while
/// they grow: with the connection's usual cache, SQLite spills pages to the
/// write-ahead log in the middle of the transaction and writes them again at
/// the commit. The usual cache comes back when the object goes.
class BulkWrite
{
public:
    /// @p rows: how many rows the write adds; below a few thousand the usual
    /// cache holds them and nothing changes.
    BulkWrite(const QString &connectionName, qsizetype rows);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

private:
    QString m_connectionName;
    int m_previousKib = 0;
};
