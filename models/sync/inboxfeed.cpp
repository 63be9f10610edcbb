#include "inboxfeed.h"

#include "models/storage/database.h"
#include "models/storage/rawstatement.h"
#include "serverconnection.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <memory>

namespace {
struct ResultDeleter {
    void operator()(PGresult *r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// The instant as the server writes it in UTC, what Qt::ISODate would give;
// deleted as 1 or 0, as SQLite keeps a boolean.
const char *const byRevision =
    "SELECT revision, kind, key, CASE WHEN deleted THEN 1 ELSE 0 END, data::text, changed_by, "
    "to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM essaim.records "
    "WHERE revision > $1::bigint ORDER BY revision LIMIT $2::integer";
// The same in the primary key's order, read through its index.
const char *const byKey =
    "SELECT revision, kind, key, CASE WHEN deleted THEN 1 ELSE 0 END, data::text, changed_by, "
    "to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM essaim.records "
    "WHERE (kind, key) > ($1::text, $2::text) ORDER BY kind, key LIMIT $3::integer";
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
    drain();
}

void InboxFeed::drain()
{
    PGconn *server = ServerConnection::libpqHandle(m_server);
    while (server && m_waiting) {
        PGresult *r = PQgetResult(server);
        if (!r)
            m_waiting = false;
        PQclear(r);
    }
    m_waiting = false;
}

bool InboxFeed::failOnServer()
{
    PGconn *server = ServerConnection::libpqHandle(m_server);
    m_serverFailed = true;
    m_error = server ? QString::fromUtf8(PQerrorMessage(server)).trimmed() : QStringLiteral("no connection");
    return false;
}

bool InboxFeed::ask(const Cursor &after)
{
    PGconn *server = ServerConnection::libpqHandle(m_server);
    const QByteArray afterText = QByteArray::number(after.revision);
    const QByteArray limitText = QByteArray::number(m_pageSize);
    const char *byRevisionValues[] = {afterText.constData(), limitText.constData()};
    const char *byKeyValues[] = {after.kind.constData(), after.key.constData(), limitText.constData()};
    const bool sent = server
        && (m_order == Order::Key ? PQsendQueryParams(server, byKey, 3, nullptr, byKeyValues, nullptr, nullptr, 0)
                                  : PQsendQueryParams(server, byRevision, 2, nullptr, byRevisionValues, nullptr, nullptr, 0));
    if (!sent)
        return failOnServer();
    m_asked = after;
    m_waiting = true;
    return true;
}

bool InboxFeed::fetch(const Cursor &after, int *count, Cursor *last)
{
    *count = 0;
    *last = after;
    m_serverFailed = false;
    if (!m_waiting || !(m_asked == after)) {
        drain();
        if (!ask(after))
            return false;
    }
    PGconn *server = ServerConnection::libpqHandle(m_server);
    const Result page(PQgetResult(server));
    drain();
    if (PQresultStatus(page.get()) != PGRES_TUPLES_OK)
        return failOnServer();
    const int rows = PQntuples(page.get());
    if (rows > 0) {
        last->revision = std::strtoll(PQgetvalue(page.get(), rows - 1, 0), nullptr, 10);
        last->kind = QByteArray(PQgetvalue(page.get(), rows - 1, 1), PQgetlength(page.get(), rows - 1, 1));
        last->key = QByteArray(PQgetvalue(page.get(), rows - 1, 2), PQgetlength(page.get(), rows - 1, 2));
    }
    // The server reads the next page while this one is written here.
    if (rows == m_pageSize && !ask(*last))
        return false;
    RawStatement in(Database::sqliteHandle(m_local),
                    m_into == Into::Shadows
                        ? "INSERT OR REPLACE INTO sync_shadow(revision, kind, key, deleted, data, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        : "INSERT OR REPLACE INTO sync_inbox(revision, kind, key, deleted, data, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (int row = 0; row < rows; ++row) {
        in.integer(std::strtoll(PQgetvalue(page.get(), row, 0), nullptr, 10));
        for (int column = 1; column < 7; ++column) {
            if (column == 3)
                in.integer(PQgetvalue(page.get(), row, column)[0] == '1' ? 1 : 0);
            else
                in.utf8(PQgetvalue(page.get(), row, column), PQgetlength(page.get(), row, column));
        }
        if (!in.run())
            return m_error = in.errorString(), false;
        ++*count;
    }
    return true;
}
