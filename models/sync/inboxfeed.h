#pragma once

#include <QByteArray>
#include <QMutex>
#include <QQueue>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;
struct pg_conn;
struct pg_result;

/// Reads the server's records into the local inbox (sync_inbox) or, for a
/// desktop joining its council, straight into the bases of merges
/// (sync_shadow: a later revision of a record replaces the earlier), a page
/// at a time, through libpq and SQLite's C API. A desktop joining a council
/// receives over a million records: QPSQL's QVariant and UTF-16 copy of
/// every value, then QSqlQuery's binding of each into SQLite, cost more than
/// the transfer itself. Here the server's UTF-8 text goes into SQLite as it
/// came.
///
/// The pages are received by a thread of their own while the caller writes
/// the one before: a page asked for and left unread fills the socket's
/// buffer and then waits, so without that thread the server would produce
/// each page only while this side was waiting for it, and a join would take
/// the server's time plus SQLite's instead of the longer of the two. The
/// thread is the only user of the server's connection while the feed
/// lives: nothing else may use it meanwhile, not even QtSql's listening to
/// notifications from an event loop (SyncController listens only once a
/// desktop has joined, and no event loop runs during a later
/// synchronisation).
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
    /// Stops the reading thread once the page it is receiving has come, so
    /// that the connection serves QtSql again.
    ~InboxFeed();
    InboxFeed(const InboxFeed &) = delete;
    InboxFeed &operator=(const InboxFeed &) = delete;

    /// Writes the page of records after @p after, in the caller's local
    /// transaction: @p count of them, the last one's place in @p last
    /// (@p after when none); the pages after it are already on their way.
    /// False with errorString() when the server cannot send them
    /// (serverFailed()) or the local database refuses them.
    bool fetch(const Cursor &after, int *count, Cursor *last);

    bool serverFailed() const { return m_serverFailed; }
    QString errorString() const { return m_error; }

private:
    /// A page as the reading thread hands it over: the records after
    /// @c after, or the server's words when it could not send them.
    struct Page {
        Cursor after;
        Cursor last;
        std::shared_ptr<pg_result> rows;
        QString serverError;
    };
    void start(const Cursor &after);
    void stop();
    void receive(pg_conn *server, Cursor after);
    bool write(const Page &page, int *count);

    QString m_local;
    QString m_server;
    int m_pageSize;
    Order m_order;
    Into m_into;
    bool m_serverFailed = false;
    QString m_error;

    std::unique_ptr<QThread> m_reader;
    QMutex m_lock;
    QWaitCondition m_changed;
    /// Pages received and not yet written, at most two ahead.
    QQueue<Page> m_pages;
    bool m_finished = false;
    bool m_stopping = false;
};
