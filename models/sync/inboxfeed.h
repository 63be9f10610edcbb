#pragma once

#include <QByteArray>
#include <QString>

/// Reads the server's records into the local inbox (sync_inbox) or, for a
/// desktop joining its council, straight into the bases of merges
/// (sync_shadow: a later revision of a record replaces the earlier), a page
/// at a time, through libpq and SQLite's C API. A desktop joining a council
/// receives over a million records: QPSQL's QVariant and UTF-16 copy of
/// every value, then QSqlQuery's binding of each into SQLite, cost more than
/// the transfer itself. Here the server's UTF-8 text goes into SQLite as it
/// came, and the server prepares the next page while this one is written.
class InboxFeed
{
public:
    /// Where a page starts: after a revision (the server's order of
    /// changes), or after a record in the order of the keys (a join's first
    /// reading, which then appends to sync_shadow rather than inserting all
    /// over it).
    struct Cursor {
        qint64 revision = 0;
        QByteArray kind;
        QByteArray key;
        bool operator==(const Cursor &o) const { return revision == o.revision && kind == o.kind && key == o.key; }
    };
    enum class Order { Revision, Key };
    enum class Into { Inbox, Shadows };
    InboxFeed(const QString &localConnection, const QString &serverConnection, int pageSize, Order order, Into into);
    /// Reads and drops a page asked for and not written (after a cut), so
    /// that the connection serves QtSql again.
    ~InboxFeed();
    InboxFeed(const InboxFeed &) = delete;
    InboxFeed &operator=(const InboxFeed &) = delete;

    /// Writes the page of records after @p after, in the caller's local
    /// transaction: @p count of them, the last one's place in @p last
    /// (@p after when none); a full page asks the server for the next one
    /// at once. False with errorString() when the server cannot send them
    /// (serverFailed()) or the local database refuses them.
    bool fetch(const Cursor &after, int *count, Cursor *last);

    bool serverFailed() const { return m_serverFailed; }
    QString errorString() const { return m_error; }

private:
    bool ask(const Cursor &after);
    bool failOnServer();
    void drain();

    QString m_local;
    QString m_server;
    int m_pageSize;
    Order m_order;
    Into m_into;
    /// Where the page asked for starts, while one is asked for.
    Cursor m_asked;
    bool m_waiting = false;
    bool m_serverFailed = false;
    QString m_error;
};
