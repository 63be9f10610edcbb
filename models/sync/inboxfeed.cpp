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
} // namespace

InboxFeed::InboxFeed(const QString &localConnection, const QString &serverConnection, int pageSize)
    : m_local(localConnection)
    , m_server(serverConnection)
    , m_pageSize(pageSize)
{
}

InboxFeed::~InboxFeed()
{
    drain();
}

void InboxFeed::drain()
{
    PGconn *server = ServerConnection::libpqHandle(m_server);
    while (server && m_asked >= 0) {
        PGresult *r = PQgetResult(server);
        if (!r)
            m_asked = -1;
        PQclear(r);
    }
    m_asked = -1;
}

bool InboxFeed::failOnServer()
{
    PGconn *server = ServerConnection::libpqHandle(m_server);
    m_serverFailed = true;
    m_error = server ? QString::fromUtf8(PQerrorMessage(server)).trimmed() : QStringLiteral("no connection");
    return false;
}

bool InboxFeed::ask(qint64 after)
{
    PGconn *server = ServerConnection::libpqHandle(m_server);
    // The instant as the server writes it in UTC, what Qt::ISODate would
    // give; deleted as 1 or 0, as SQLite keeps a boolean.
    const QByteArray afterText = QByteArray::number(after);
    const QByteArray limitText = QByteArray::number(m_pageSize);
    const char *values[] = {afterText.constData(), limitText.constData()};
    if (!server
        || !PQsendQueryParams(server,
                              "SELECT revision, kind, key, CASE WHEN deleted THEN 1 ELSE 0 END, data::text, changed_by, "
                              "to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM essaim.records "
                              "WHERE revision > $1::bigint ORDER BY revision LIMIT $2::integer",
                              2, nullptr, values, nullptr, nullptr, 0))
        return failOnServer();
    m_asked = after;
    return true;
}

bool InboxFeed::fetch(qint64 after, int *count, qint64 *last)
{
    *count = 0;
    *last = after;
    m_serverFailed = false;
    if (m_asked != after) {
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
    if (rows > 0)
        *last = std::strtoll(PQgetvalue(page.get(), rows - 1, 0), nullptr, 10);
    // The server reads the next page while this one is written here.
    if (rows == m_pageSize && !ask(*last))
        return false;
    RawStatement in(Database::sqliteHandle(m_local),
                    "INSERT OR REPLACE INTO sync_inbox(revision, kind, key, deleted, data, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
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
