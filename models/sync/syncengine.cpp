#include "syncengine.h"

#include "models/domain/clock.h"
#include "models/search/searchindexwriter.h"
#include "models/storage/database.h"
#include "models/storage/bulkwrite.h"
#include "models/storage/rollbackjournal.h"
#include "models/storage/deferredindexes.h"
#include "models/storage/transaction.h"
#include "inboxfeed.h"
#include "joinwriter.h"
#include "pagerows.h"
#include "synccatalog.h"
#include "syncrecordlabel.h"

#include <QDateTime>
#include <QDebug>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
constexpr int defaultPageSize = 20000;
constexpr int pushBatchSize = 500;
constexpr int pushChunk = 200000;
constexpr int maxRounds = 5;
/// The pages of a file that receives a whole council (RollbackJournal).
constexpr int joinPageSize = 16384;

/// The steps of a join, timed on the standard error when ESSAIM_SYNC_TIMING
/// is set (to see where the join of a large council goes).
class StepTimer
{
public:
    explicit StepTimer(bool joining)
        : m_on(joining && qEnvironmentVariableIsSet("ESSAIM_SYNC_TIMING"))
    {
        m_timer.start();
    }
    void lap(const QString &step)
    {
        if (m_on)
            qDebug().noquote() << "sync:" << step << m_timer.restart() << "ms";
    }

private:
    QElapsedTimer m_timer;
    bool m_on;
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// The same stored value: a boolean is kept by SQLite as 1 or 0.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const auto stored = [](const QJsonValue &v) { return v.isBool() ? QJsonValue(v.toBool() ? 1.0 : 0.0) : v; };
    return stored(a) == stored(b);
}

/// Two versions hold the same content when their non-bookkeeping fields agree.
bool sameContent(const QJsonObject &a, const QJsonObject &b)
{
    QSet<QString> fields;
    for (auto it = a.begin(); it != a.end(); ++it)
        fields.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        fields.insert(it.key());
    for (const QString &f : std::as_const(fields)) {
        if (!SyncCatalog::isBookkeeping(f) && a.value(f) != b.value(f))
            return false;
    }
    return true;
}
} // namespace

SyncEngine::SyncEngine(const QString &localConnection, const QString &serverConnection)
    : m_local(localConnection)
    , m_server(serverConnection)
    , m_records(localConnection)
    , m_journal(localConnection)
    , m_pageSize(defaultPageSize)
{
}

bool SyncEngine::step(qint64 done, qint64 total)
{
    if (!m_progress || m_progress(done, total))
        return true;
    m_error = tr("The synchronisation was cancelled. Nothing is lost: it carries on from there next time.");
    return false;
}

bool SyncEngine::serverFail(const QSqlQuery &q, const QString &what)
{
    return serverFail(q.lastError().text().trimmed(), what);
}

bool SyncEngine::serverFail(const QString &why, const QString &what)
{
    if (refusedByRole(why))
        m_error = tr("The server refused to %1: your role does not allow it. Ask the council's coordinator.").arg(what);
    else
        m_error = tr("The server could not %1 (%2). Check the connection to the network, then synchronise again: nothing is lost.")
                      .arg(what, why);
    return false;
}

bool SyncEngine::localFail(const QSqlQuery &q)
{
    return localFail(q.lastError().text());
}

bool SyncEngine::localFail(const QString &why)
{
    m_error = tr("The local database could not record the synchronisation (%1). Make a backup, then run “essaim check”.").arg(why);
    return false;
}

bool SyncEngine::readState()
{
    QSqlQuery q(QSqlDatabase::database(m_local));
    if (!q.exec(QStringLiteral("SELECT user_name, pulled_revision, receiving, receive_kind, receive_key FROM sync_state WHERE id = 1"))
        || !q.next())
        return localFail(q);
    m_user = q.value(0).toString();
    m_pulled = q.value(1).toLongLong();
    m_receiving = q.value(2).toInt();
    m_received = InboxFeed::Cursor{0, q.value(3).toString().toUtf8(), q.value(4).toString().toUtf8()};
    return true;
}

bool SyncEngine::setState(const QString &column, const QVariant &value)
{
    QSqlQuery q(QSqlDatabase::database(m_local));
    q.prepare(QStringLiteral("UPDATE sync_state SET %1 = ? WHERE id = 1").arg(column));
    // A null QString would bind as SQL NULL; the columns are NOT NULL text.
    q.addBindValue(value.typeId() == QMetaType::QString && value.toString().isNull() ? QVariant(QStringLiteral("")) : value);
    return q.exec() || localFail(q);
}

bool SyncEngine::setApplying(bool on)
{
    return setState(QStringLiteral("applying"), on ? 1 : 0);
}

bool SyncEngine::localIsEmpty(bool *empty)
{
    QSqlQuery q(QSqlDatabase::database(m_local));
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM actors) + (SELECT count(*) FROM contacts) + (SELECT count(*) FROM events) "
                               "+ (SELECT count(*) FROM plans) + (SELECT count(*) FROM projects)"))
        || !q.next())
        return localFail(q);
    *empty = q.value(0).toLongLong() == 0;
    return true;
}

bool SyncEngine::clearSharedTables()
{
    // What a new database holds before it joins (sectors, event types, the
    // register of processing) is the server's to give.
    const QList<SyncTable> &tables = SyncCatalog::tables();
    QSqlQuery q(QSqlDatabase::database(m_local));
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (it->name == QLatin1String("council_identity"))
            continue;
        // A sector's parent is RESTRICTed: the tree is flattened first.
        if (it->references.value(QStringLiteral("parent_id")) == it->name && !q.exec(QStringLiteral("UPDATE %1 SET parent_id = NULL").arg(it->name)))
            return localFail(q);
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(it->name)))
            return localFail(q);
    }
    return true;
}

std::optional<SyncEngine::Joined> SyncEngine::join(const QString &url, const QString &user)
{
    QSqlQuery server(QSqlDatabase::database(m_server));
    if (!server.exec(QStringLiteral("SELECT id FROM essaim.council")))
        return serverFail(server, tr("say which council it holds")), std::nullopt;
    const QString serverCouncil = server.next() ? server.value(0).toString() : QString();
    QSqlQuery local(QSqlDatabase::database(m_local));
    if (!local.exec(QStringLiteral("SELECT council_id FROM sync_state WHERE id = 1")) || !local.next())
        return localFail(local), std::nullopt;
    const QString localCouncil = local.value(0).toString();
    local.finish();

    if (!localCouncil.isEmpty()) {
        if (localCouncil != serverCouncil) {
            m_error = tr("This database already shares its council with another server, and this server holds another council. "
                         "Nothing was changed. To join this server, start from a new, empty database.");
            return std::nullopt;
        }
        if (!setState(QStringLiteral("user_name"), user) || !m_journal.install() || !sync())
            return std::nullopt;
        return Joined::Resumed;
    }
    bool empty = false;
    if (!localIsEmpty(&empty))
        return std::nullopt;
    if (!serverCouncil.isEmpty() && !empty) {
        m_error = tr("This server already holds a council, and this database has its own actors, events, plans or projects: "
                     "they would be mixed. Nothing was changed. To join this server, start from a new, empty database "
                     "(essaim --db NEW_FILE server connect …).");
        return std::nullopt;
    }
    QString council = serverCouncil;
    if (serverCouncil.isEmpty()) {
        // The claim comes first: a second desktop racing for the same empty
        // server is refused by the council's single row, not merged into it.
        council = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery name(QSqlDatabase::database(m_local));
        const QString councilName = name.exec(QStringLiteral("SELECT name FROM council_identity")) && name.next() ? name.value(0).toString() : QStringLiteral("");
        server.prepare(QStringLiteral("INSERT INTO essaim.council(id, name) VALUES (?, ?)"));
        server.addBindValue(council);
        server.addBindValue(councilName);
        if (!server.exec())
            return serverFail(server, tr("take this council")), std::nullopt;
    }
    // A join reads the council as it stands now in the order of its keys,
    // then what changed meanwhile after this revision.
    qint64 receiveUpTo = 0;
    if (!serverCouncil.isEmpty()) {
        if (!server.exec(QStringLiteral("SELECT coalesce(max(revision), 0) FROM essaim.records")) || !server.next())
            return serverFail(server, tr("send its changes")), std::nullopt;
        receiveUpTo = server.value(0).toLongLong();
    }
    server.finish();
    Transaction t(m_local);
    if (!t.isActive())
        return m_error = t.errorString(), std::nullopt;
    const bool prepared = serverCouncil.isEmpty() ? m_journal.install() && m_journal.journalEverything()
                                                  : setApplying(true) && clearSharedTables() && setApplying(false) && m_journal.install();
    if (!prepared)
        return m_error = m_error.isEmpty() ? m_journal.errorString() : m_error, std::nullopt;
    if (!startState(url, user, council, serverCouncil.isEmpty() ? -1 : receiveUpTo))
        return std::nullopt;
    if (!t.commit())
        return m_error = t.errorString(), std::nullopt;
    if (!sync())
        return std::nullopt;
    return serverCouncil.isEmpty() ? Joined::Uploaded : Joined::Received;
}

bool SyncEngine::startState(const QString &url, const QString &user, const QString &council, qint64 receiveUpTo)
{
    // receiveUpTo: -1 for a desktop that uploads its council.
    return setState(QStringLiteral("server_url"), url) && setState(QStringLiteral("user_name"), user)
        && setState(QStringLiteral("council_id"), council) && setState(QStringLiteral("pulled_revision"), std::max<qint64>(receiveUpTo, 0))
        && setState(QStringLiteral("applied_revision"), 0) && setState(QStringLiteral("receiving"), receiveUpTo < 0 ? 0 : 1)
        && setState(QStringLiteral("receive_kind"), QString()) && setState(QStringLiteral("receive_key"), QString());
}

bool SyncEngine::refreshMembership()
{
    QSqlQuery q(QSqlDatabase::database(m_server));
    if (!q.exec(QStringLiteral("SELECT role, array_to_string(communes, ',') FROM essaim.members WHERE name = session_user")))
        return serverFail(q, tr("say what your role is"));
    const bool member = q.next();
    const QString role = member ? q.value(0).toString() : QStringLiteral("coordinator");
    const QString communes = member ? q.value(1).toString() : QString();
    return setState(QStringLiteral("role"), role) && setState(QStringLiteral("communes"), communes);
}

bool SyncEngine::sync()
{
    m_figures = {};
    if (!readState())
        return false;
    // A desktop joining fills a new file: pages written once, not twice.
    std::optional<RollbackJournal> journal;
    if (m_receiving != 0) {
        journal.emplace(m_local);
        journal->enlargePages(joinPageSize);
    }
    for (int round = 0; round < maxRounds; ++round) {
        int stale = 0;
        if (!pull() || !applyInbox() || !push(&stale))
            return false;
        if (stale == 0)
            break;
    }
    return refreshMembership() && setState(QStringLiteral("last_sync_at"), Clock::nowUtcText());
}

bool SyncEngine::fetchPage(InboxFeed &feed, InboxFeed::Order order, const InboxFeed::Cursor &after, int *count, InboxFeed::Cursor *last)
{
    Transaction t(m_local);
    if (!t.isActive())
        return m_error = t.errorString(), false;
    if (!feed.fetch(after, count, last)) {
        if (feed.serverFailed())
            return serverFail(feed.errorString(), tr("send its changes"));
        return localFail(feed.errorString());
    }
    const bool noted = order == InboxFeed::Order::Revision
        ? setState(QStringLiteral("pulled_revision"), last->revision)
        : setState(QStringLiteral("receive_kind"), QString::fromUtf8(last->kind)) && setState(QStringLiteral("receive_key"), QString::fromUtf8(last->key));
    if (!noted)
        return false;
    if (!t.commit())
        return m_error = t.errorString(), false;
    return true;
}

bool SyncEngine::readPages(InboxFeed::Order order, qint64 expected, qint64 *done)
{
    InboxFeed feed(m_local, m_server, m_pageSize, order, InboxFeed::Into::Inbox);
    InboxFeed::Cursor at = order == InboxFeed::Order::Key ? m_received : InboxFeed::Cursor{m_pulled, {}, {}};
    for (;;) {
        int count = 0;
        InboxFeed::Cursor last;
        if (!fetchPage(feed, order, at, &count, &last))
            return false;
        at = last;
        if (order == InboxFeed::Order::Revision)
            m_pulled = last.revision;
        else
            m_received = last;
        *done += count;
        if (!step(std::min(*done, expected), expected))
            return false;
        if (count < m_pageSize)
            return true;
    }
}

bool SyncEngine::pull()
{
    // A join reads the whole council first (in the order of its keys),
    // then what changed since it began.
    QSqlQuery total(QSqlDatabase::database(m_server));
    total.prepare(QStringLiteral("SELECT count(*) FROM essaim.records WHERE revision > ?"));
    total.addBindValue(m_receiving == 1 ? 0 : m_pulled);
    if (!total.exec() || !total.next())
        return serverFail(total, tr("send its changes"));
    const qint64 expected = total.value(0).toLongLong();
    total.finish();
    // A whole council arriving: a page cache that holds the inbox's index.
    const BulkWrite cache(m_local, expected);
    StepTimer timer(m_receiving != 0);
    qint64 done = 0;
    if (m_receiving == 1) {
        if (!receiveCouncil(expected, &done))
            return false;
        timer.lap("council read and written");
    }
    if (!readPages(InboxFeed::Order::Revision, expected, &done))
        return false;
    timer.lap("changes read");
    return true;
}

bool SyncEngine::beginApplying(const Transaction &t)
{
    if (!t.isActive())
        return m_error = t.errorString(), false;
    // Foreign keys are checked at the commit: a sector and its parent, an
    // action and its parent, arrive in any order.
    QSqlQuery pragma(QSqlDatabase::database(m_local));
    if (!pragma.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")) || !setApplying(true))
        return localFail(pragma);
    return true;
}

bool SyncEngine::receiveCouncil(qint64 expected, qint64 *done)
{
    StepTimer timer(true);
    // The council as it stands, kind after kind (parents first), each in
    // the order of its keys; each page is written into its table in the
    // transaction that moves the cursor, so that a join cut anywhere
    // resumes at the next page with nothing lost or doubled. What changes
    // on the server meanwhile is read by revision afterwards.
    QList<QByteArray> kinds;
    for (const SyncTable &table : SyncCatalog::tables())
        kinds << table.name.toUtf8();
    InboxFeed feed(m_local, m_server, m_pageSize, InboxFeed::Order::Key, InboxFeed::Into::Shadows);
    feed.setKinds(kinds);
    InboxFeed::Cursor at = m_received;
    if (!SyncCatalog::table(QString::fromUtf8(at.kind)))
        at = InboxFeed::Cursor{0, kinds.first(), {}};
    if (!PageRows::install(Database::sqliteHandle(m_local)))
        return localFail(QStringLiteral("essaim_page"));
    bool first = at.kind == kinds.first() && at.key.isEmpty();
    for (;;) {
        int count = 0;
        InboxFeed::Cursor next;
        if (!receivePage(feed, at, first, &count, &next))
            return false;
        first = false;
        m_figures.received += count;
        *done += count;
        if (next.kind != at.kind)
            timer.lap(QStringLiteral("table %1 read and written").arg(QString::fromUtf8(at.kind)));
        if (next.kind.isEmpty()) {
            m_receiving = 2;
            m_received = {};
            return true;
        }
        m_received = next;
        at = next;
        if (!step(std::min(*done, expected), expected))
            return false;
    }
}

bool SyncEngine::receivePage(InboxFeed &feed, const InboxFeed::Cursor &at, bool first, int *count, InboxFeed::Cursor *next)
{
    const SyncTable &table = *SyncCatalog::table(QString::fromUtf8(at.kind));
    JoinWriter bulk(m_local);
    // A kind pointing to itself (a sub-sector may come a page after its
    // parent), or one JoinWriter cannot write, waits in the shadows until
    // the kind is read, then is written from there.
    const bool direct = bulk.handles(table) && !JoinWriter::pointsToItself(table);
    // This kind's triggers go for the page and come back before its
    // commit: no committed state leaves an edit unjournalled, and no
    // row written tests sync_state.applying.
    Transaction t(m_local);
    if (!beginApplying(t))
        return false;
    if (first && !dropJoinIndexes())
        return false;
    if (!m_journal.suspend(table))
        return localFail(m_journal.errorString());
    feed.setInto(direct ? InboxFeed::Into::Page : InboxFeed::Into::Shadows);
    InboxFeed::Cursor last;
    if (!feed.fetch(at, count, &last)) {
        if (feed.serverFailed())
            return serverFail(feed.errorString(), tr("send its changes"));
        return localFail(feed.errorString());
    }
    if (direct && *count > 0 && !bulk.writePage(table, feed.pageRows(), feed.candidates()))
        return localFail(bulk.errorString());
    *next = last;
    if (*count < m_pageSize) {
        if (!direct && !writeKind(table))
            return false;
        *next = feed.nextKind(at);
    }
    const bool noted = next->kind.isEmpty()
        ? setState(QStringLiteral("receiving"), 2)
        : setState(QStringLiteral("receive_kind"), QString::fromUtf8(next->kind)) && setState(QStringLiteral("receive_key"), QString::fromUtf8(next->key));
    if (!noted || !(m_journal.install(table) || localFail(m_journal.errorString())) || !setApplying(false))
        return false;
    return t.commit() || (m_error = t.errorString(), false);
}

bool SyncEngine::writeKind(const SyncTable &table)
{
    JoinWriter bulk(m_local);
    if (bulk.handles(table))
        return bulk.write(table) || localFail(bulk.errorString());
    QSqlQuery q(QSqlDatabase::database(m_local));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT revision, key, data, changed_by, changed_at FROM sync_shadow WHERE kind = ? AND deleted = 0 ORDER BY revision"));
    q.addBindValue(table.name);
    if (!q.exec())
        return localFail(q);
    QList<Incoming> list;
    while (q.next())
        list.append(Incoming{q.value(0).toLongLong(), table.name, q.value(1).toString(), false, parse(q.value(2).toString()),
                             q.value(3).toString(), q.value(4).toString()});
    q.finish();
    QList<Incoming> deferred;
    for (const Incoming &in : std::as_const(list)) {
        if (!writeLocal(in.kind, in.key, in.data, &deferred, in))
            return false;
    }
    return writeDeferred(deferred);
}

bool SyncEngine::dropJoinIndexes()
{
    // The secondary indexes of the kinds written in bulk would grow row by
    // row through the whole join: dropped at its first page, made again at
    // its end, each sorted once. Their definitions are kept in the file, so
    // that a join cut and resumed (even by a later run) makes them again;
    // meanwhile the rows are only slower to find. The UNIQUE indexes stay:
    // references are resolved and upserts decided by them.
    JoinWriter bulk(m_local);
    for (const SyncTable &table : SyncCatalog::tables()) {
        if (!bulk.handles(table))
            continue;
        QSqlQuery q(QSqlDatabase::database(m_local));
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                                 "AND sql NOT LIKE 'CREATE UNIQUE%'"));
        q.addBindValue(table.name);
        if (!q.exec())
            return localFail(q);
        QList<QPair<QString, QString>> indexes;
        while (q.next())
            indexes.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &index : std::as_const(indexes)) {
            QSqlQuery keep(QSqlDatabase::database(m_local));
            keep.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_join_indexes(name, sql) VALUES (?, ?)"));
            keep.addBindValue(index.first);
            keep.addBindValue(index.second);
            if (!keep.exec() || !keep.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.first)))
                return localFail(keep);
        }
    }
    return true;
}

bool SyncEngine::restoreJoinIndexes()
{
    QSqlQuery q(QSqlDatabase::database(m_local));
    if (!q.exec(QStringLiteral("SELECT sql FROM sync_join_indexes WHERE name NOT IN (SELECT name FROM sqlite_master WHERE type = 'index')")))
        return localFail(q);
    QStringList definitions;
    while (q.next())
        definitions << q.value(0).toString();
    q.finish();
    for (const QString &sql : std::as_const(definitions)) {
        if (!q.exec(sql))
            return localFail(q);
    }
    return q.exec(QStringLiteral("DELETE FROM sync_join_indexes")) || localFail(q);
}

bool SyncEngine::applyInbox()
{
    m_touchedActors.clear();
    m_pendingKeys = m_journal.pendingKeys();
    QSqlQuery shadows(QSqlDatabase::database(m_local));
    m_shadowsKnown = !(shadows.exec(QStringLiteral("SELECT 1 FROM sync_shadow LIMIT 1")) && !shadows.next());
    shadows.finish();
    // A desktop that has just been emptied to join knows nothing and has
    // changed nothing: no merge, no base to compare with. Its shadows, when
    // it has any, are what it received (a join cut before this step, or an
    // inbox an older version left there: copied to them first).
    m_joining = !m_shadowsKnown && m_pendingKeys.isEmpty();
    // A whole council written at once, or a join's indexes made again: a
    // page cache that holds them.
    const BulkWrite cache(m_local, m_joining || m_receiving != 0 ? receivedSize() : 0);
    StepTimer timer(m_joining || m_receiving != 0);
    Transaction t(m_local);
    if (!beginApplying(t))
        return false;
    DeferredIndexes indexes(m_local);
    if (m_joining && !(shadowInbox() && suspendForJoin(&indexes)))
        return false;
    timer.lap("inbox to the shadows, triggers and indexes dropped");
    QList<Incoming> deferred;
    for (const SyncTable &table : SyncCatalog::tables()) {
        if (!applyKind(table.name, &deferred))
            return false;
        timer.lap(QStringLiteral("table %1 written").arg(table.name));
    }
    if (!writeDeferred(deferred))
        return false;
    if (m_joining && !(indexes.restore() || localFail(indexes.errorString())))
        return false;
    if (m_joining && !(m_journal.install() || localFail(m_journal.errorString())))
        return false;
    // A join's tables were written page by page: what changed meanwhile is
    // applied over them as any change, then their indexes come back.
    if (m_receiving != 0 && !restoreJoinIndexes())
        return false;
    timer.lap("indexes and triggers back");
    QSqlQuery done(QSqlDatabase::database(m_local));
    if (!done.exec(QStringLiteral("DELETE FROM sync_inbox")) || !setApplying(false)
        || !setState(QStringLiteral("applied_revision"), m_pulled) || !setState(QStringLiteral("receiving"), 0))
        return localFail(done);
    timer.lap("inbox emptied");
    if (!reindexActors())
        return false;
    timer.lap("search index");
    if (!t.commit())
        return m_error = t.errorString(), false;
    timer.lap("commit");
    m_receiving = 0;
    return true;
}

bool SyncEngine::writeDeferred(QList<Incoming> deferred)
{
    // What pointed to a row received later in the same kind (a sub-sector,
    // a sub-action) is written once that row exists; what points to a row
    // deleted meanwhile is dropped with it.
    while (!deferred.isEmpty()) {
        QList<Incoming> again;
        for (const Incoming &in : std::as_const(deferred)) {
            if (m_records.write(in.kind, in.key, in.data)) {
                noteTouched(in.kind, in.key, in.data);
                continue;
            }
            if (!m_records.unresolved())
                return m_error = m_records.errorString(), false;
            again.append(in);
        }
        if (again.size() == deferred.size())
            break;
        deferred = again;
    }
    return true;
}

bool SyncEngine::suspendForJoin(DeferredIndexes *indexes)
{
    // The emptied database receives its whole council in this transaction:
    // the journal's triggers would test sync_state.applying on every row,
    // and each secondary index would grow row by row; they are dropped and
    // made again before the commit (a rollback keeps them). The UNIQUE
    // indexes stay: references are resolved and upserts decided by them.
    if (!m_journal.suspend())
        return localFail(m_journal.errorString());
    QSqlQuery q(QSqlDatabase::database(m_local));
    // Counted in the key's index, the few deletions in their own: the rows
    // themselves are not read.
    if (!q.exec(QStringLiteral("SELECT kind, count(*) - (SELECT count(*) FROM sync_shadow d WHERE d.kind = s.kind AND d.deleted = 1) "
                               "FROM sync_shadow s GROUP BY kind")))
        return localFail(q);
    QHash<QString, qint64> received;
    while (q.next())
        received.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    // A kind written record by record looks its rows up by any index.
    JoinWriter bulk(m_local);
    for (const SyncTable &table : SyncCatalog::tables()) {
        if (bulk.handles(table) && !indexes->defer(table.name.toUtf8().constData(), received.value(table.name), true))
            return localFail(indexes->errorString());
    }
    return true;
}

qint64 SyncEngine::receivedSize()
{
    QSqlQuery q(QSqlDatabase::database(m_local));
    return q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_inbox) + (SELECT count(*) FROM sync_shadow)")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

bool SyncEngine::applyKind(const QString &kind, QList<Incoming> *deferred)
{
    // A desktop joining writes a kind in one statement (JoinWriter); only
    // its deletions, which remove nothing from an emptied database but must
    // still go through the usual path, are read one by one.
    JoinWriter bulk(m_local);
    const SyncTable *table = SyncCatalog::table(kind);
    const bool together = m_joining && table && bulk.handles(*table);
    // Only the latest revision of each record counts: a join has it in the
    // shadows already.
    QSqlQuery q(QSqlDatabase::database(m_local));
    q.setForwardOnly(true);
    const QString latest = m_joining ? QStringLiteral("sync_shadow i WHERE kind = ? ")
                                     : QStringLiteral("sync_inbox i WHERE kind = ? AND revision = (SELECT max(revision) FROM sync_inbox "
                                                      "WHERE kind = i.kind AND key = i.key) ");
    q.prepare(QStringLiteral("SELECT revision, key, deleted, data, changed_by, changed_at FROM %1%2ORDER BY revision")
                  .arg(latest, together ? QStringLiteral("AND deleted = 1 ") : QString()));
    q.addBindValue(kind);
    if (!q.exec())
        return localFail(q);
    QList<Incoming> list;
    while (q.next())
        list.append(Incoming{q.value(0).toLongLong(), kind, q.value(1).toString(), q.value(2).toBool(), parse(q.value(3).toString()),
                             q.value(4).toString(), q.value(5).toString()});
    q.finish();
    for (const Incoming &in : std::as_const(list)) {
        if (!applyOne(in, deferred))
            return false;
    }
    if (!together)
        return true;
    return (bulk.write(*table) || localFail(bulk.errorString())) && countReceived(kind, list.size());
}

bool SyncEngine::countReceived(const QString &kind, qsizetype deletions)
{
    // Every record received counts, as when they are written one by one;
    // the deletions have been counted already.
    QSqlQuery q(QSqlDatabase::database(m_local));
    q.prepare(QStringLiteral("SELECT count(*) FROM sync_shadow WHERE kind = ?"));
    q.addBindValue(kind);
    if (!q.exec() || !q.next())
        return localFail(q);
    m_figures.received += int(q.value(0).toLongLong() - deletions);
    return true;
}

bool SyncEngine::shadowInbox()
{
    // Every record received becomes its own base at once, as the server
    // wrote it: one statement rather than one per record.
    QStringList kinds;
    for (const SyncTable &table : SyncCatalog::tables())
        kinds << QLatin1Char('\'') + table.name + QLatin1Char('\'');
    QSqlQuery q(QSqlDatabase::database(m_local));
    const bool copied = q.exec(QStringLiteral("INSERT OR REPLACE INTO sync_shadow(kind, key, revision, deleted, data, changed_by, changed_at) "
                                              "SELECT kind, key, revision, deleted, data, changed_by, changed_at FROM sync_inbox i "
                                              "WHERE kind IN (%1) AND revision = (SELECT max(revision) FROM sync_inbox WHERE kind = i.kind AND key = i.key)")
                                   .arg(kinds.join(QLatin1Char(','))));
    return copied || localFail(q);
}

bool SyncEngine::applyOne(const Incoming &in, QList<Incoming> *deferred)
{
    if (m_joining) {
        ++m_figures.received;
        return in.deleted ? removeLocal(in.kind, in.key) : writeLocal(in.kind, in.key, in.data, deferred, in);
    }
    // A desktop that has just joined knows no record yet: nothing to look up.
    const std::optional<Shadow> base = m_shadowsKnown ? shadow(in.kind, in.key) : std::nullopt;
    if (base && base->revision >= in.revision)
        return true;  // known already: this desktop's own change coming back
    ++m_figures.received;
    if (m_pendingKeys.contains(in.kind + QLatin1Char('\n') + in.key)) {
        if (!merge(in, base))
            return false;
    } else if (in.deleted) {
        if (!removeLocal(in.kind, in.key))
            return false;
    } else if (!writeLocal(in.kind, in.key, in.data, deferred, in)) {
        return false;
    }
    return setShadow(in.kind, in.key, in.revision, in.deleted, in.data, in.changedBy, in.changedAt);
}

QSqlQuery &SyncEngine::cached(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(QSqlDatabase::database(m_local));
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return *it;
}

bool SyncEngine::writeLocal(const QString &kind, const QString &key, const QJsonObject &data, QList<Incoming> *deferred, const Incoming &in)
{
    if (!m_records.write(kind, key, data)) {
        if (!m_records.unresolved())
            return m_error = m_records.errorString(), false;
        Incoming later = in;
        later.data = data;
        deferred->append(later);
        return true;
    }
    noteTouched(kind, key, data);
    return true;
}

bool SyncEngine::restoreParents(const QString &kind, const QString &key, const QJsonObject &data, const Incoming &in)
{
    // A row comes back only under its parent. A contact changed on the
    // server whose actor was deleted here brings the actor back as the
    // server holds it, and the actor's deletion waits in a conflict of its
    // own ("keep mine" deletes it again): the server's side stands, as for
    // the contact itself.
    const SyncTable *table = SyncCatalog::table(kind);
    if (!table)
        return true;
    for (auto it = table->references.constBegin(); it != table->references.constEnd(); ++it) {
        const QString parentKey = data.value(it.key()).toString();
        if (parentKey.isEmpty() || (it.value() == kind && parentKey == key) || m_records.read(it.value(), parentKey))
            continue;
        const std::optional<Shadow> parent = shadow(it.value(), parentKey);
        // Gone from the server too: nothing to bring back, and the write says so.
        if (!parent || parent->deleted)
            continue;
        if (!addConflict(it.value(), parentKey, QStringLiteral(""), QJsonValue(), QJsonValue(parent->data), in, parent->data)
            || !restoreTree(it.value(), parentKey, parent->data, in))
            return false;
        const ChangeJournal::Pending deletion{it.value(), parentKey, std::numeric_limits<qint64>::max(), {}};
        if (!m_journal.forget(deletion))
            return m_error = m_journal.errorString(), false;
    }
    return true;
}

bool SyncEngine::restoreTree(const QString &kind, const QString &key, const QJsonObject &data, const Incoming &in)
{
    // The record deleted here comes back as the server holds it, with the
    // rows under it that went with it here, from their last known version.
    if (!restoreParents(kind, key, data, in))
        return false;
    if (!m_records.write(kind, key, data))
        return m_error = m_records.errorString(), false;
    noteTouched(kind, key, data);
    for (const SyncTable &child : SyncCatalog::tables()) {
        for (auto it = child.references.constBegin(); it != child.references.constEnd(); ++it) {
            if (it.value() != kind || child.name == kind)
                continue;
            QSqlQuery q(QSqlDatabase::database(m_local));
            q.prepare(QStringLiteral("SELECT key, data FROM sync_shadow WHERE kind = ? AND deleted = 0 AND json_extract(data, '$.%1') = ?").arg(it.key()));
            q.addBindValue(child.name);
            q.addBindValue(key);
            if (!q.exec())
                return localFail(q);
            QList<QPair<QString, QJsonObject>> rows;
            while (q.next())
                rows.append({q.value(0).toString(), parse(q.value(1).toString())});
            for (const auto &row : std::as_const(rows)) {
                const ChangeJournal::Pending change{child.name, row.first, std::numeric_limits<qint64>::max(), {}};
                // A row edited here stays as it is; any other is written
                // back, which also points a row without a foreign key (a
                // consent's history) at its contact's new local id.
                const bool here = m_records.read(child.name, row.first).has_value();
                if (here && m_journal.isPending(child.name, row.first))
                    continue;
                if (!here && !m_journal.forget(change))
                    return m_error = m_journal.errorString(), false;
                if (!restoreTree(child.name, row.first, row.second, in))
                    return false;
            }
        }
    }
    return true;
}

void SyncEngine::noteTouched(const QString &kind, const QString &key, const QJsonObject &data)
{
    // The search index holds the actor's words, its competencies and its
    // contacts' names. A desktop joining indexes them all once at the end.
    if (m_joining)
        return;
    if (kind == QLatin1String("actors"))
        m_touchedActors.insert(m_records.localId(kind, key));
    else if (kind == QLatin1String("contacts") || kind == QLatin1String("actor_tags"))
        m_touchedActors.insert(m_records.localId(QStringLiteral("actors"), data.value(QStringLiteral("actor_id")).toString()));
}

bool SyncEngine::removeLocal(const QString &kind, const QString &key)
{
    if (kind == QLatin1String("actors")) {
        const qint64 id = m_records.localId(kind, key);
        SearchIndexWriter index(m_local);
        if (id != 0 && !index.unindex(id))
            return m_error = index.errorString(), false;
    }
    if (!m_records.remove(kind, key))
        return m_error = m_records.errorString(), false;
    return true;
}

bool SyncEngine::reindexActors()
{
    SearchIndexWriter index(m_local);
    if (m_joining || m_receiving != 0)
        return index.reindexAll() || (m_error = index.errorString(), false);
    for (const qint64 id : std::as_const(m_touchedActors)) {
        if (id != 0 && !index.reindex(id))
            return m_error = index.errorString(), false;
    }
    return true;
}

bool SyncEngine::merge(const Incoming &in, const std::optional<Shadow> &base)
{
    const std::optional<QJsonObject> local = m_records.read(in.kind, in.key);
    const ChangeJournal::Pending change{in.kind, in.key, std::numeric_limits<qint64>::max(), {}};
    if (!local && in.deleted)
        return m_journal.forget(change) || (m_error = m_journal.errorString(), false);
    if (!local || in.deleted) {
        // A deletion against an edit: the server's side stays, so that every
        // desktop holds the same; the other side is kept in the conflict
        // and "keep mine" brings it back.
        const QJsonObject kept = local ? *local : QJsonObject();
        if (!addConflict(in.kind, in.key, QStringLiteral(""), local ? QJsonValue(kept) : QJsonValue(), in.deleted ? QJsonValue() : QJsonValue(in.data),
                         in, in.deleted ? kept : in.data))
            return false;
        const bool applied = in.deleted ? removeLocal(in.kind, in.key) : restoreTree(in.kind, in.key, in.data, in);
        if (!applied)
            return m_error = m_error.isEmpty() ? m_records.errorString() : m_error, false;
        return m_journal.forget(change) || (m_error = m_journal.errorString(), false);
    }
    return mergeFields(in, base, *local);
}

bool SyncEngine::mergeFields(const Incoming &in, const std::optional<Shadow> &base, const QJsonObject &local)
{
    const bool known = base && !base->deleted;
    const QJsonObject before = known ? base->data : QJsonObject();
    QJsonObject merged = in.data;
    bool localName = false;
    for (auto it = local.begin(); it != local.end(); ++it) {
        const QString &field = it.key();
        if (SyncCatalog::isBookkeeping(field))
            continue;
        const QJsonValue l = it.value();
        const QJsonValue r = in.data.value(field);
        // A base read from the local row (lazy, or written out before a
        // change) holds every column, and a boolean as SQLite keeps it: a
        // field the server's record lacks leaves the column as it is, so it
        // is no change of the server's, and true is 1.
        const bool localChanged = !known || !sameValue(l, before.value(field));
        const bool serverChanged = !known || (in.data.contains(field) && !sameValue(r, before.value(field)));
        if (!localChanged || sameValue(l, r))
            continue;
        if (serverChanged) {
            if (!addConflict(in.kind, in.key, field, l, r, in, local))
                return false;
            continue;
        }
        merged.insert(field, l);
        if (field == QLatin1String("name"))
            localName = true;
    }
    if (localName) {
        for (const char *derived : {"name_key", "sort_key"}) {
            const QString f = QString::fromLatin1(derived);
            if (local.contains(f))
                merged.insert(f, local.value(f));
        }
    }
    const QString updated = QStringLiteral("updated_at");
    if (local.contains(updated) && local.value(updated).toString() > merged.value(updated).toString())
        merged.insert(updated, local.value(updated));
    if (!m_records.write(in.kind, in.key, merged))
        return m_error = m_records.errorString(), false;
    noteTouched(in.kind, in.key, merged);
    if (sameContent(merged, in.data)) {
        const ChangeJournal::Pending change{in.kind, in.key, std::numeric_limits<qint64>::max(), {}};
        return m_journal.forget(change) || (m_error = m_journal.errorString(), false);
    }
    return true;
}

std::optional<SyncEngine::Shadow> SyncEngine::shadow(const QString &kind, const QString &key)
{
    QSqlQuery &q = cached(QStringLiteral("SELECT revision, deleted, data FROM sync_shadow WHERE kind = ? AND key = ?"));
    q.addBindValue(kind);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Shadow s{q.value(0).toLongLong(), q.value(1).toBool(), parse(q.value(2).toString())};
    const bool lazy = q.value(2).isNull();
    q.finish();
    // Received at a join and unchanged since: the row is its base (any
    // change would have written the base out first).
    if (lazy)
        s.data = m_records.read(kind, key).value_or(QJsonObject());
    return s;
}

bool SyncEngine::setShadow(const QString &kind, const QString &key, qint64 revision, bool deleted, const QJsonObject &data,
                           const QString &by, const QString &at)
{
    QSqlQuery &q = cached(QStringLiteral("INSERT OR REPLACE INTO sync_shadow(kind, key, revision, deleted, data, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(kind), QVariant(key), QVariant(revision), QVariant(deleted ? 1 : 0), QVariant(compact(data)), QVariant(by), QVariant(at)})
        q.addBindValue(v);
    return q.exec() || localFail(q);
}

bool SyncEngine::addConflict(const QString &kind, const QString &key, const QString &field, const QJsonValue &local,
                             const QJsonValue &server, const Incoming &in, const QJsonObject &record)
{
    const auto encode = [](const QJsonValue &v) {
        return v.isNull() || v.isUndefined() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
    };
    QSqlQuery q(QSqlDatabase::database(m_local));
    q.prepare(QStringLiteral("INSERT INTO sync_conflicts(kind, key, record_label, field, local_value, server_value, local_by, server_by, local_at, server_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(kind), QVariant(key), QVariant(SyncRecordLabel::of(kind, record)), QVariant(field), encode(local),
                              encode(server), QVariant(m_user), QVariant(in.changedBy), QVariant(m_journal.changedAt(kind, key)),
                              QVariant(in.changedAt)})
        q.addBindValue(v);
    if (!q.exec())
        return localFail(q);
    ++m_figures.newConflicts;
    return true;
}

bool SyncEngine::push(int *stale)
{
    *stale = 0;
    m_joining = false;
    // A first upload has no base to look up: each change is pushed once, so
    // the shadows its batches write are never those of a later batch.
    QSqlQuery shadows(QSqlDatabase::database(m_local));
    m_shadowsKnown = !(shadows.exec(QStringLiteral("SELECT 1 FROM sync_shadow LIMIT 1")) && !shadows.next());
    shadows.finish();
    // The journal is read a chunk at a time (a council of 100,000 actors
    // holds more records than one read should), until a chunk comes back
    // short or holds nothing but changes waiting for the next round.
    const qint64 total = m_journal.pendingCount();
    qint64 done = 0;
    for (;;) {
        const QList<ChangeJournal::Pending> all = m_journal.pending(pushChunk);
        const int staleBefore = *stale;
        for (qsizetype from = 0; from < all.size(); from += pushBatchSize) {
            const QList<ChangeJournal::Pending> batch = all.mid(from, pushBatchSize);
            QList<Pushed> pushed;
            if (!pushBatch(batch, stale, &pushed) || !recordPushed(pushed))
                return false;
            done += batch.size();
            if (!step(std::min(done, total), total))
                return false;
        }
        if (all.size() < pushChunk || *stale - staleBefore == all.size())
            return true;
    }
}

bool SyncEngine::pushBatch(const QList<ChangeJournal::Pending> &batch, int *stale, QList<Pushed> *done)
{
    QSqlDatabase server = QSqlDatabase::database(m_server);
    if (!server.transaction()) {
        m_error = tr("The server cannot be reached (%1). Your changes are kept here and will be sent at the next synchronisation.")
                      .arg(server.lastError().text().trimmed());
        return false;
    }
    QSqlQuery lock(server);
    if (!lock.exec(QStringLiteral("SELECT essaim.begin_push()"))) {
        const QString why = lock.lastError().text();
        server.rollback();
        if (!refusedByRole(why))
            return serverFail(lock, tr("take your changes"));
        // A reader writes nothing: every change is taken back here.
        for (const ChangeJournal::Pending &change : batch) {
            ++m_figures.refused;
            if (!refuseLocally(change))
                return false;
        }
        return true;
    }
    lock.finish();
    QList<Pushed> toWrite;
    const bool written = planBatch(batch, stale, &toWrite, done) && writeAll(toWrite, done);
    if (!written) {
        server.rollback();
        done->clear();
        return false;
    }
    if (!server.commit()) {
        m_error = tr("The server did not keep your changes (%1). They are kept here and will be sent at the next synchronisation.")
                      .arg(server.lastError().text().trimmed());
        done->clear();
        return false;
    }
    return true;
}

bool SyncEngine::planBatch(const QList<ChangeJournal::Pending> &batch, int *stale, QList<Pushed> *toWrite, QList<Pushed> *done)
{
    // The server's revision of every record of the batch, in one round trip.
    // begin_push()'s lock keeps every other writer out until the commit, so
    // no row lock is needed (and FOR UPDATE would hide from a contributor
    // the rows it may not write, which must be refused, not skipped).
    QJsonArray keys;
    for (const ChangeJournal::Pending &change : batch)
        keys.append(QJsonObject{{QStringLiteral("kind"), change.kind}, {QStringLiteral("key"), change.key}});
    QSqlQuery current(QSqlDatabase::database(m_server));
    // One look in the primary key per change: a join would let the planner
    // scan the whole table for every batch of a large upload.
    current.prepare(QStringLiteral("SELECT x.kind, x.key, (SELECT r.revision FROM essaim.records r WHERE r.kind = x.kind AND r.key = x.key) "
                                   "FROM jsonb_to_recordset(?::jsonb) AS x(kind text, key text)"));
    current.addBindValue(QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)));
    if (!current.exec())
        return serverFail(current, tr("take your changes"));
    QHash<QString, qint64> revisions;
    while (current.next()) {
        if (!current.value(2).isNull())
            revisions.insert(current.value(0).toString() + QLatin1Char('\n') + current.value(1).toString(), current.value(2).toLongLong());
    }
    current.finish();
    for (const ChangeJournal::Pending &change : batch) {
        const std::optional<Shadow> base = m_shadowsKnown ? shadow(change.kind, change.key) : std::nullopt;
        if (revisions.value(change.kind + QLatin1Char('\n') + change.key, 0) != (base ? base->revision : 0)) {
            ++*stale;  // merged by the next pull, then sent
            continue;
        }
        const std::optional<QJsonObject> local = m_records.read(change.kind, change.key);
        if ((!local && (!base || base->deleted)) || (local && base && !base->deleted && *local == base->data)) {
            done->append(Pushed{change, 0, !local, {}});  // nothing the server does not have
            continue;
        }
        toWrite->append(Pushed{change, 0, !local, local ? *local : base->data});
    }
    return true;
}

bool SyncEngine::writeAll(const QList<Pushed> &toWrite, QList<Pushed> *done)
{
    if (toWrite.isEmpty())
        return true;
    QJsonArray rows;
    for (const Pushed &p : toWrite)
        rows.append(QJsonObject{{QStringLiteral("kind"), p.change.kind}, {QStringLiteral("key"), p.change.key},
                                {QStringLiteral("data"), p.data}, {QStringLiteral("deleted"), p.deleted}});
    QSqlQuery write(QSqlDatabase::database(m_server));
    if (!write.exec(QStringLiteral("SAVEPOINT batch")))
        return serverFail(write, tr("take your changes"));
    write.prepare(QStringLiteral("INSERT INTO essaim.records(kind, key, data, deleted) SELECT x.kind, x.key, x.data, x.deleted "
                                 "FROM jsonb_to_recordset(?::jsonb) AS x(kind text, key text, data jsonb, deleted boolean) "
                                 "ON CONFLICT (kind, key) DO UPDATE SET data = EXCLUDED.data, deleted = EXCLUDED.deleted RETURNING kind, key, revision"));
    write.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    if (!write.exec()) {
        if (!refusedByRole(write.lastError().text()))
            return serverFail(write, tr("take your changes"));
        // Some change is not this user's to make: one by one, so that the
        // others still go.
        QSqlQuery back(QSqlDatabase::database(m_server));
        if (!back.exec(QStringLiteral("ROLLBACK TO SAVEPOINT batch")))
            return serverFail(back, tr("take your changes"));
        for (const Pushed &p : toWrite) {
            if (!writeOne(p, done))
                return false;
        }
        return true;
    }
    QHash<QString, qint64> revisions;
    while (write.next())
        revisions.insert(write.value(0).toString() + QLatin1Char('\n') + write.value(1).toString(), write.value(2).toLongLong());
    for (Pushed p : toWrite) {
        p.revision = revisions.value(p.change.kind + QLatin1Char('\n') + p.change.key);
        done->append(p);
    }
    return true;
}

bool SyncEngine::writeOne(Pushed p, QList<Pushed> *done)
{
    QSqlQuery write(QSqlDatabase::database(m_server));
    if (!write.exec(QStringLiteral("SAVEPOINT one")))
        return serverFail(write, tr("take your changes"));
    write.prepare(QStringLiteral("INSERT INTO essaim.records(kind, key, data, deleted) VALUES (?, ?, ?::jsonb, ?) "
                                 "ON CONFLICT (kind, key) DO UPDATE SET data = EXCLUDED.data, deleted = EXCLUDED.deleted RETURNING revision"));
    write.addBindValue(p.change.kind);
    write.addBindValue(p.change.key);
    write.addBindValue(compact(p.data));
    write.addBindValue(p.deleted);
    if (write.exec() && write.next()) {
        p.revision = write.value(0).toLongLong();
        done->append(p);
        return true;
    }
    const QString why = write.lastError().text();
    QSqlQuery back(QSqlDatabase::database(m_server));
    if (!back.exec(QStringLiteral("ROLLBACK TO SAVEPOINT one")))
        return serverFail(back, tr("take your changes"));
    if (!refusedByRole(why))
        return serverFail(write, tr("take your changes"));
    ++m_figures.refused;
    return refuseLocally(p.change);
}

bool SyncEngine::refusedByRole(const QString &why)
{
    return why.contains(QLatin1String("row-level security"), Qt::CaseInsensitive) || why.contains(QLatin1String("permission denied"), Qt::CaseInsensitive);
}

bool SyncEngine::recordPushed(const QList<Pushed> &done)
{
    Transaction t(m_local);
    if (!t.isActive())
        return m_error = t.errorString(), false;
    const QString now = Clock::nowUtcText();
    for (const Pushed &p : done) {
        if (p.revision != 0 && !setShadow(p.change.kind, p.change.key, p.revision, p.deleted, p.data, m_user, now))
            return false;
        if (!m_journal.forget(p.change))
            return m_error = m_journal.errorString(), false;
        if (p.revision != 0)
            ++m_figures.sent;
    }
    if (!t.commit())
        return m_error = t.errorString(), false;
    return true;
}

bool SyncEngine::refuseLocally(const ChangeJournal::Pending &change)
{
    // The server's word stands: the refused change is taken back here too,
    // so the desktop shows what the council holds.
    const std::optional<Shadow> base = shadow(change.kind, change.key);
    Transaction t(m_local);
    if (!t.isActive() || !setApplying(true))
        return m_error = t.errorString(), false;
    const bool restored = base && !base->deleted ? m_records.write(change.kind, change.key, base->data) : m_records.remove(change.kind, change.key);
    if (!restored)
        return m_error = m_records.errorString(), false;
    m_touchedActors.clear();
    if (base && !base->deleted)
        noteTouched(change.kind, change.key, base->data);
    if (!setApplying(false) || !m_journal.forget(change) || !reindexActors())
        return false;
    return t.commit() || (m_error = t.errorString(), false);
}
