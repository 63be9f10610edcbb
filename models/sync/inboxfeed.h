#pragma once

#include <QString>

/// Reads the server's records after a revision into the local inbox
/// (sync_inbox), straight through libpq and SQLite's C API. A desktop joining
/// a council receives over a million records: QPSQL's QVariant and UTF-16
/// copy of every value, then QSqlQuery's binding of each into SQLite, cost
/// more than the transfer itself. Here the server's UTF-8 text goes into
/// SQLite as it came.
class InboxFeed
{
public:
    InboxFeed(const QString &localConnection, const QString &serverConnection);

    /// Writes the @p limit first records after revision @p after into the
    /// inbox, in the caller's local transaction: @p count of them, the last
    /// one's revision in @p last (@p after when none). False with
    /// errorString() when the server cannot send them (serverFailed()) or the
    /// local database refuses them.
    bool fetch(qint64 after, int limit, int *count, qint64 *last);

    bool serverFailed() const { return m_serverFailed; }
    QString errorString() const { return m_error; }

private:
    QString m_local;
    QString m_server;
    bool m_serverFailed = false;
    QString m_error;
};
