#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QQueue>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;
struct pg_conn;
struct pg_result;

/// Reads the server's records into the local inbox (sync_inbox) or, for a
/// desktop joining its council, kind by kind into a temporary table from
/// which SyncEngine writes each page into its table (Into::Page), or
/// straight into the bases of merges (sync_shadow: a later revision of a
/// record replaces the earlier), a page at a time, through libpq and
/// SQLite's C API. A desktop joining a council
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
    /// changes), or after a record of a kind in the order of its keys (a
    /// join's first reading, which appends to each table and to sync_shadow
    /// rather than inserting all over them).
    struct Cursor {
        qint64 revision = 0;
        QByteArray kind;
        QByteArray key;
        bool operator==(const Cursor &o) const { return revision == o.revision && kind == o.kind && key == o.key; }
    };
    /// Key: a join's first reading, kind after kind (setKinds(), parents
    /// first), each in the order of its keys.
    enum class Order { Revision, Key };
    /// Page: nowhere; the caller reads the page from pageRows() (a join
    /// writes a page of a kind into its table from there).
    enum class Into { Inbox, Shadows, Page };
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

    /// The kinds read in the order of the keys, in their order.
    void setKinds(QList<QByteArray> kinds) { m_kinds = std::move(kinds); }
    /// Where the next page goes (a join writes some kinds through a page).
    void setInto(Into into) { m_into = into; }
    /// The cursor at the start of the kind after @p in's; empty after the last.
    Cursor nextKind(const Cursor &in) const;
    /// How many records of the last page written are not deletions.
    int candidates() const { return m_candidates; }
    /// The last page fetched Into::Page, as libpq received it, until the
    /// next fetch.
    const pg_result *pageRows() const { return m_current.get(); }

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
    QList<QByteArray> m_kinds;
    std::shared_ptr<pg_result> m_current;
    int m_candidates = 0;
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
