#include "syncbench.h"

#include "models/demo/demodatabuilder.h"
#include "models/storage/database.h"
#include "models/sync/serveradmin.h"
#include "models/sync/syncdigest.h"
#include "models/sync/syncengine.h"
#include "models/sync/syncstatus.h"
#include "pgserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

constexpr int loadDesktops = 20;
constexpr int loadEdits = 200;
constexpr int loadActors = 40;

void print(QTextStream &out, const QString &name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value >= 100 ? 0 : 1) << ' ' << unit << Qt::endl;
}

/// A desktop of the bench: its database and its connection to the server,
/// both made in the thread that uses them.
struct Desktop {
    Database db;
    QString server;
    QString error;

    bool open(PgServer &pg, const QString &database, const QString &path)
    {
        if (!db.open(path)) {
            error = db.errorString();
            return false;
        }
        server = db.connectionName() + QStringLiteral("-server");
        if (!pg.open(server, database)) {
            error = pg.errorString();
            return false;
        }
        return true;
    }
    bool join(const QString &url)
    {
        SyncEngine engine(db.connectionName(), server);
        const bool ok = engine.join(url, PgServer::superuser()).has_value();
        error = engine.errorString();
        return ok;
    }
    bool sync(SyncEngine::Figures *figures = nullptr)
    {
        SyncEngine engine(db.connectionName(), server);
        const bool ok = engine.sync();
        error = engine.errorString();
        if (figures)
            *figures = engine.figures();
        return ok;
    }
    ~Desktop()
    {
        db.close();
        QSqlDatabase::removeDatabase(server);
    }
};

bool prepareServer(PgServer &pg, const QString &database, QTextStream &err)
{
    const QString admin = QStringLiteral("bench-admin-") + database;
    bool ok = pg.createDatabase(database) && pg.open(admin, database);
    QString why = pg.errorString();
    if (ok) {
        ServerAdmin server(admin);
        ok = server.initialise(QString());
        why = server.errorString();
    }
    QSqlDatabase::removeDatabase(admin);
    if (!ok)
        err << "essaim-bench: the server's database could not be made: " << why << Qt::endl;
    return ok;
}

QList<qint64> firstActors(Database &db, int count)
{
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM actors ORDER BY gid LIMIT ?"));
    q.addBindValue(count);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

bool touch(Database &db, const QList<qint64> &ids, const QString &value)
{
    QSqlQuery q(db.connection());
    db.connection().transaction();
    q.prepare(QStringLiteral("UPDATE actors SET phone = ? WHERE id = ?"));
    for (const qint64 id : ids) {
        q.addBindValue(value);
        q.addBindValue(id);
        if (!q.exec())
            return false;
    }
    return db.connection().commit();
}

/// A new desktop joining a server that holds @p source's directory, then
/// 100 changes each way.
bool measureInitialAndIncremental(PgServer &pg, const QString &folder, const QString &source, int actors, QTextStream &out, QTextStream &err)
{
    const QString database = QStringLiteral("initial");
    if (!prepareServer(pg, database, err))
        return false;
    const QString url = pg.url(database);
    const QString upPath = QDir(folder).filePath(QStringLiteral("sync-up.essaim"));
    QFile::remove(upPath);
    if (!QFile::copy(source, upPath))
        return err << "essaim-bench: cannot copy the directory." << Qt::endl, false;
    Desktop up;
    Desktop joiner;
    QElapsedTimer t;
    t.start();
    if (!up.open(pg, database, upPath) || !up.join(url))
        return err << "essaim-bench: the first upload failed: " << up.error << Qt::endl, false;
    print(out, QStringLiteral("sync.upload_s"), double(t.nsecsElapsed()) / 1e9, "s");
    // The uploader's next synchronisation reads its own records back from
    // the server (their revisions are the server's): nothing to apply.
    SyncEngine::Figures echo;
    t.restart();
    if (!up.sync(&echo))
        return err << "essaim-bench: the synchronisation after the upload failed: " << up.error << Qt::endl, false;
    print(out, QStringLiteral("sync.after_upload_s"), double(t.nsecsElapsed()) / 1e9, "s");
    print(out, QStringLiteral("sync.after_upload_received"), echo.received, "records");
    t.restart();
    if (!joiner.open(pg, database, QDir(folder).filePath(QStringLiteral("sync-join.essaim"))) || !joiner.join(url))
        return err << "essaim-bench: joining failed: " << joiner.error << Qt::endl, false;
    const double initial = double(t.nsecsElapsed()) / 1e9;
    print(out, QStringLiteral("sync.initial_s"), initial, "s");
    print(out, QStringLiteral("sync.initial_actors"), actors, "actors");
    if (actors == 100000)
        print(out, QStringLiteral("sync.initial_100k_s"), initial, "s");
    if (SyncDigest::of(up.db.connectionName()) != SyncDigest::of(joiner.db.connectionName()))
        return err << "essaim-bench: the desktop that joined does not hold what the server holds." << Qt::endl, false;
    const QList<qint64> upIds = firstActors(up.db, 100);
    const QList<qint64> joinIds = firstActors(joiner.db, 200).mid(100);
    if (!touch(up.db, upIds, QStringLiteral("01 00 00 00 01")) || !up.sync() || !touch(joiner.db, joinIds, QStringLiteral("01 00 00 00 02")))
        return err << "essaim-bench: the changes could not be made: " << up.error << Qt::endl, false;
    SyncEngine::Figures f;
    t.restart();
    if (!joiner.sync(&f))
        return err << "essaim-bench: the incremental synchronisation failed: " << joiner.error << Qt::endl, false;
    print(out, QStringLiteral("sync.incremental_ms"), double(t.nsecsElapsed()) / 1e6, "ms");
    print(out, QStringLiteral("sync.incremental_received"), f.received, "records");
    print(out, QStringLiteral("sync.incremental_sent"), f.sent, "records");
    return true;
}

/// One edit of the load test: what the desktop saw in the field and what it wrote.
struct Edit {
    QString actor;
    QString field;
    QString base;
    QString value;
};

/// A desktop of the load test, run in a thread of its own.
struct LoadDesktop {
    int index = 0;
    QString path;
    QList<Edit> edits;
    int syncs = 0;
    QString error;
};

void runLoadDesktop(PgServer &pg, const QString &database, LoadDesktop &me, const QStringList &actorGids)
{
    Desktop d;
    if (!d.open(pg, database, me.path)) {
        me.error = d.error;
        return;
    }
    static const QStringList fields = {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("website"), QStringLiteral("description")};
    QRandomGenerator random(quint32(1000 + me.index));
    int untilSync = 5 + int(random.bounded(10));
    for (int i = 0; i < loadEdits; ++i) {
        Edit e{actorGids.at(int(random.bounded(actorGids.size()))), fields.at(int(random.bounded(fields.size()))), {},
               QStringLiteral("d%1e%2").arg(me.index).arg(i)};
        QSqlQuery q(d.db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM actors WHERE gid = ?").arg(e.field));
        q.addBindValue(e.actor);
        if (!q.exec() || !q.next())
            continue;  // deleted meanwhile: never, the test only edits
        e.base = q.value(0).toString();
        q.finish();
        q.prepare(QStringLiteral("UPDATE actors SET %1 = ? WHERE gid = ?").arg(e.field));
        q.addBindValue(e.value);
        q.addBindValue(e.actor);
        if (!q.exec()) {
            me.error = q.lastError().text();
            return;
        }
        me.edits.append(e);
        if (--untilSync == 0) {
            untilSync = 5 + int(random.bounded(10));
            if (!d.sync()) {
                me.error = d.error;
                return;
            }
            ++me.syncs;
        }
    }
    if (!d.sync())
        me.error = d.error;
}

struct LoadOutcome {
    bool converged = false;
    int conflicts = 0;
    int lost = 0;
};

/// Every desktop in step, then the figures: by digest, conflicts kept, and
/// the edits that vanished without trace.
bool checkLoad(PgServer &pg, const QString &database, const QList<LoadDesktop> &desktops, LoadOutcome *outcome, QTextStream &err)
{
    QSet<QByteArray> digests;
    QHash<QString, QString> finalValues;
    QSet<QString> keptInConflicts;
    for (int round = 0; round < 2; ++round) {
        for (const LoadDesktop &me : desktops) {
            Desktop d;
            if (!d.open(pg, database, me.path) || !d.sync())
                return err << "essaim-bench: the last synchronisation failed: " << d.error << Qt::endl, false;
            if (round == 0)
                continue;
            digests.insert(SyncDigest::of(d.db.connectionName()));
            QSqlQuery q(d.db.connection());
            if (!q.exec(QStringLiteral("SELECT local_value FROM sync_conflicts")))
                return false;
            while (q.next()) {
                ++outcome->conflicts;
                keptInConflicts.insert(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array().at(0).toString());
            }
            if (finalValues.isEmpty() && q.exec(QStringLiteral("SELECT gid, phone, email, website, description FROM actors"))) {
                while (q.next()) {
                    for (int f = 1; f <= 4; ++f)
                        finalValues.insert(q.value(0).toString() + QString::number(f), q.value(f).toString());
                }
            }
        }
    }
    QSet<QString> seen;
    QSet<QString> finals;
    for (const QString &v : std::as_const(finalValues))
        finals.insert(v);
    for (const LoadDesktop &me : desktops) {
        for (const Edit &e : me.edits)
            seen.insert(e.base);
    }
    for (const LoadDesktop &me : desktops) {
        for (const Edit &e : me.edits) {
            if (!finals.contains(e.value) && !keptInConflicts.contains(e.value) && !seen.contains(e.value))
                ++outcome->lost;
        }
    }
    outcome->converged = digests.size() == 1;
    return true;
}

bool measureLoad(PgServer &pg, const QString &folder, QTextStream &out, QTextStream &err)
{
    const QString database = QStringLiteral("load");
    if (!prepareServer(pg, database, err))
        return false;
    QList<LoadDesktop> desktops(loadDesktops);
    QStringList gids;
    {
        Desktop first;
        const QString firstPath = QDir(folder).filePath(QStringLiteral("load-0.essaim"));
        QFile::remove(firstPath);
        if (!first.open(pg, database, firstPath) || !DemoDataBuilder(first.db.connectionName()).build() || !first.join(pg.url(database)))
            return err << "essaim-bench: the load test's council could not be made: " << first.error << Qt::endl, false;
        QSqlQuery q(first.db.connection());
        q.prepare(QStringLiteral("SELECT gid FROM actors ORDER BY id LIMIT ?"));
        q.addBindValue(loadActors);
        if (q.exec()) {
            while (q.next())
                gids << q.value(0).toString();
        }
        for (int i = 0; i < loadDesktops; ++i) {
            desktops[i].index = i;
            desktops[i].path = QDir(folder).filePath(QStringLiteral("load-%1.essaim").arg(i));
            if (i > 0 && (QFile::remove(desktops[i].path), !first.db.copyTo(desktops[i].path)))
                return err << "essaim-bench: " << first.db.errorString() << Qt::endl, false;
        }
    }
    QElapsedTimer t;
    t.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (LoadDesktop &me : desktops)
        threads.emplace_back(QThread::create([&pg, &database, &me, &gids] { runLoadDesktop(pg, database, me, gids); }));
    for (auto &thread : threads)
        thread->start();
    int syncs = 0;
    for (int i = 0; i < loadDesktops; ++i) {
        threads[std::size_t(i)]->wait();
        syncs += desktops[i].syncs;
        if (!desktops[i].error.isEmpty())
            return err << "essaim-bench: desktop " << i << " failed: " << desktops[i].error << Qt::endl, false;
    }
    print(out, QStringLiteral("sync.load_s"), double(t.nsecsElapsed()) / 1e9, "s");
    print(out, QStringLiteral("sync.load_syncs"), syncs, "count");
    LoadOutcome outcome;
    if (!checkLoad(pg, database, desktops, &outcome, err))
        return false;
    print(out, QStringLiteral("sync.load_converged"), outcome.converged ? 1 : 0, "bool");
    print(out, QStringLiteral("sync.load_conflicts"), outcome.conflicts, "count");
    print(out, QStringLiteral("sync.load_lost_updates"), outcome.lost, "count");
    return outcome.converged && outcome.lost == 0;
}

} // namespace

bool runSyncBench(const QString &folder, const QString &source, int actors, QTextStream &out, QTextStream &err)
{
    PgServer pg;
    if (!pg.start()) {
        err << "essaim-bench: the PostgreSQL server would not start: " << pg.errorString() << Qt::endl;
        return false;
    }
    return measureInitialAndIncremental(pg, folder, source, actors, out, err) && measureLoad(pg, folder, out, err);
}
