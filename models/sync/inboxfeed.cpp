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

InboxFeed::InboxFeed(const QString &localConnection, const QString &serverConnection)
    : m_local(localConnection)
    , m_server(serverConnection)
{
}

bool InboxFeed::fetch(qint64 after, int limit, int *count, qint64 *last)
{
    *count = 0;
    *last = after;
    m_serverFailed = false;
    PGconn *server = ServerConnection::libpqHandle(m_server);
    if (!server) {
        m_serverFailed = true;
        m_error = QStringLiteral("no connection");
        return false;
    }
    // The instant as the server writes it in UTC, what Qt::ISODate would
    // give; deleted as 1 or 0, as SQLite keeps a boolean.
    const QByteArray afterText = QByteArray::number(after);
    const QByteArray limitText = QByteArray::number(limit);
    const char *values[] = {afterText.constData(), limitText.constData()};
    const Result page(PQexecParams(server,
                                   "SELECT revision, kind, key, CASE WHEN deleted THEN 1 ELSE 0 END, data::text, changed_by, "
                                   "to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM essaim.records "
                                   "WHERE revision > $1::bigint ORDER BY revision LIMIT $2::integer",
                                   2, nullptr, values, nullptr, nullptr, 0));
    if (PQresultStatus(page.get()) != PGRES_TUPLES_OK) {
        m_serverFailed = true;
        m_error = QString::fromUtf8(PQerrorMessage(server)).trimmed();
        return false;
    }
    RawStatement in(Database::sqliteHandle(m_local),
                    "INSERT OR REPLACE INTO sync_inbox(revision, kind, key, deleted, data, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const int rows = PQntuples(page.get());
    for (int row = 0; row < rows; ++row) {
        *last = std::strtoll(PQgetvalue(page.get(), row, 0), nullptr, 10);
        in.integer(*last);
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
