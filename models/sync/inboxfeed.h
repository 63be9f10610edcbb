#pragma once

#include <QString>

/// Reads the server's records after a revision into the local inbox
/// (sync_inbox), a page at a time, straight through libpq and SQLite's C
/// API. A desktop joining a council receives over a million records: QPSQL's
/// QVariant and UTF-16 copy of every value, then QSqlQuery's binding of each
/// into SQLite, cost more than the transfer itself. Here the server's UTF-8
/// text goes into SQLite as it came, and the server prepares the next page
/// while this one is written.
class InboxFeed
{
public:
    InboxFeed(const QString &localConnection, const QString &serverConnection, int pageSize);
    /// Reads and drops a page asked for and not written (after a cut), so
    /// that the connection serves QtSql again.
    ~InboxFeed();
    InboxFeed(const InboxFeed &) = delete;
    InboxFeed &operator=(const InboxFeed &) = delete;

    /// Writes the page of records after revision @p after into the inbox, in
    /// the caller's local transaction: @p count of them, the last one's
    /// revision in @p last (@p after when none); a full page asks the server
    /// for the next one at once. False with errorString() when the server
    /// cannot send them (serverFailed()) or the local database refuses them.
    bool fetch(qint64 after, int *count, qint64 *last);

    bool serverFailed() const { return m_serverFailed; }
    QString errorString() const { return m_error; }

private:
    bool ask(qint64 after);
    bool failOnServer();
    void drain();

    QString m_local;
    QString m_server;
    int m_pageSize;
    /// The revision after which the page asked for starts, or -1.
    qint64 m_asked = -1;
    bool m_serverFailed = false;
    QString m_error;
};
