#include "inboxfeed.h"

#include "models/storage/database.h"
#include "models/storage/rawstatement.h"
#include "serverconnection.h"

#include <libpq-fe.h>

#include <QMutexLocker>
#include <QThread>

#include <cstdlib>

namespace {
/// Pages received ahead of the one being written: enough to keep the
/// server busy, few enough to keep the memory of a join small.
constexpr int pagesAhead = 2;

// The instant as the server writes it in UTC, what Qt::ISODate would give;
// deleted as 1 or 0, as SQLite keeps a boolean.
const char *const byRevision =
    "SELECT revision, kind, key, CASE WHEN deleted THEN 1 ELSE 0 END, data::text, changed_by, "
    "to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM essaim.records "
    "WHERE revision > $1::bigint ORDER BY revision LIMIT $2::integer";
// One kind in the order of its keys, read through the primary key.
const char *const byKey =
    "SELECT revision, kind, key, CASE WHEN deleted THEN 1 ELSE 0 END, data::text, changed_by, "
    "to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM essaim.records "
    "WHERE kind = $1::text AND key > $2::text ORDER BY key LIMIT $3::integer";
} // namespace

InboxFeed::InboxFeed(const QString &localConnection, const QString &serverConnection, int pageSize, Order order, Into into)
    : m_local(localConnection)
    , m_server(serverConnection)
    , m_pageSize(pageSize)
    , m_order(order)
    , m_into(into)
{
}

InboxFeed::~InboxFeed()
{
    stop();
}

void InboxFeed::start(const Cursor &after)
{
    stop();
    m_pages.clear();
    m_finished = false;
    m_stopping = false;
    // The handle is taken here: QtSql gives a connection only to the thread
    // that made it.
    PGconn *server = ServerConnection::libpqHandle(m_server);
    m_reader.reset(QThread::create([this, server, after] { receive(server, after); }));
    m_reader->start();
}

void InboxFeed::stop()
{
    if (!m_reader)
        return;
    {
        const QMutexLocker locked(&m_lock);
        m_stopping = true;
        m_changed.wakeAll();
    }
    m_reader->wait();
    m_reader.reset();
}

// Runs in the reading thread: asks for each page once the one before has
// come, and hands it over.
void InboxFeed::receive(pg_conn *server, Cursor after)
{
    const QByteArray limitText = QByteArray::number(m_pageSize);
    for (;;) {
        Page page{after, after, {}, {}};
        const QByteArray afterText = QByteArray::number(after.revision);
        const char *byRevisionValues[] = {afterText.constData(), limitText.constData()};
        const char *byKeyValues[] = {after.kind.constData(), after.key.constData(), limitText.constData()};
        const bool sent = server
            && (m_order == Order::Key ? PQsendQueryParams(server, byKey, 3, nullptr, byKeyValues, nullptr, nullptr, 0)
                                      : PQsendQueryParams(server, byRevision, 2, nullptr, byRevisionValues, nullptr, nullptr, 0));
        if (sent) {
            page.rows.reset(PQgetResult(server), PQclear);
            // The end of this query's results, so that the connection is free.
            while (PGresult *more = PQgetResult(server))
                PQclear(more);
        }
        int rows = 0;
        if (!sent || PQresultStatus(page.rows.get()) != PGRES_TUPLES_OK) {
            page.serverError = server ? QString::fromUtf8(PQerrorMessage(server)).trimmed() : QStringLiteral("no connection");
            page.rows.reset();
        } else {
            rows = PQntuples(page.rows.get());
        }
        if (rows > 0) {
            const PGresult *r = page.rows.get();
            page.last.revision = std::strtoll(PQgetvalue(r, rows - 1, 0), nullptr, 10);
            page.last.kind = QByteArray(PQgetvalue(r, rows - 1, 1), PQgetlength(r, rows - 1, 1));
            page.last.key = QByteArray(PQgetvalue(r, rows - 1, 2), PQgetlength(r, rows - 1, 2));
        }
        bool more = page.serverError.isEmpty() && rows == m_pageSize;
        after = page.last;
        // A kind read to its end: the next one from its first key.
        if (page.serverError.isEmpty() && !more && m_order == Order::Key) {
            after = nextKind(page.after);
            more = !after.kind.isEmpty();
        }
        const QMutexLocker locked(&m_lock);
        while (!m_stopping && m_pages.size() >= pagesAhead)
            m_changed.wait(&m_lock);
        if (m_stopping)
            return;
        m_pages.enqueue(std::move(page));
        m_finished = !more;
        m_changed.wakeAll();
        if (!more)
            return;
    }
}

InboxFeed::Cursor InboxFeed::nextKind(const Cursor &in) const
{
    const qsizetype at = m_kinds.indexOf(in.kind);
    return at >= 0 && at + 1 < m_kinds.size() ? Cursor{0, m_kinds.at(at + 1), {}} : Cursor{};
}

bool InboxFeed::fetch(const Cursor &after, int *count, Cursor *last)
{
    *count = 0;
    *last = after;
    m_serverFailed = false;
    Page page;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (attempt == 1 || !m_reader)
            start(after);
        const QMutexLocker locked(&m_lock);
        while (m_pages.isEmpty() && !m_finished)
            m_changed.wait(&m_lock);
        // A page somewhere else than asked (the caller started again after a
        // refusal): the reading starts again from there.
        if (m_pages.isEmpty() || !(m_pages.head().after == after))
            continue;
        page = m_pages.dequeue();
        m_changed.wakeAll();
        break;
    }
    if (!page.serverError.isEmpty()) {
        m_serverFailed = true;
        m_error = page.serverError;
        return false;
    }
    m_current.reset();
    if (!page.rows)
        return true;  // asked after the end: nothing more
    *last = page.last;
    if (m_into == Into::Page) {
        // Read from where it is by the caller (PageRows), until the next fetch.
        m_current = page.rows;
        const int rows = PQntuples(page.rows.get());
        m_candidates = 0;
        for (int row = 0; row < rows; ++row)
            m_candidates += PQgetvalue(page.rows.get(), row, 3)[0] == '1' ? 0 : 1;
        *count = rows;
        return true;
    }
    return write(page, count);
}

bool InboxFeed::write(const Page &page, int *count)
{
    const PGresult *r = page.rows.get();
    const int rows = PQntuples(r);
    m_candidates = 0;
    RawStatement in(Database::sqliteHandle(m_local),
                    m_into == Into::Shadows
                        ? "INSERT OR REPLACE INTO sync_shadow(revision, kind, key, deleted, data, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        // A record whose base here is already this revision
                        // is this desktop's own change coming back (after a
                        // first upload, the whole council): SyncEngine would
                        // read it and pass it by, so it is not kept.
                        : "INSERT OR REPLACE INTO sync_inbox(revision, kind, key, deleted, data, changed_by, changed_at) "
                          "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 "
                          "WHERE NOT EXISTS (SELECT 1 FROM sync_shadow WHERE kind = ?2 AND key = ?3 AND revision >= ?1)");
    for (int row = 0; row < rows; ++row) {
        in.integer(std::strtoll(PQgetvalue(r, row, 0), nullptr, 10));
        for (int column = 1; column < 7; ++column) {
            if (column == 3) {
                const bool deleted = PQgetvalue(r, row, column)[0] == '1';
                in.integer(deleted ? 1 : 0);
                m_candidates += deleted ? 0 : 1;
            }
            else
                in.utf8(PQgetvalue(r, row, column), PQgetlength(r, row, column));
        }
        if (!in.run())
            return m_error = in.errorString(), false;
        ++*count;
    }
    return true;
}
