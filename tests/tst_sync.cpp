#include "models/demo/demodatabuilder.h"
#include "models/domain/clock.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/sync/conflictstore.h"
#include "models/sync/localrecords.h"
#include "models/sync/serveradmin.h"
#include "models/sync/syncdigest.h"
#include "models/sync/syncengine.h"
#include "models/sync/syncstatus.h"
#include "pgserver.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

/// Several desktops sharing one council through a real PostgreSQL server:
/// what one changes reaches the others, different fields merge, the same
/// field becomes a conflict that keeps both values, a deletion against an
/// edit too, and a synchronisation cut anywhere resumes with nothing lost
/// or doubled.
class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void joiningReceivesTheWholeCouncil();
    void aChangeReachesTheOtherDesktop();
    void differentFieldsMerge();
    void theSameFieldMakesOneConflictKeepingBothValues();
    void keepingMyValueReachesEveryone();
    void aDeletionAgainstAnEditIsAConflict();
    void aDeletionAgainstAnEditOfARowUnderItIsAConflict();
    void threeDesktopsConverge();
    void aStoppedServerLosesNothing();
    void aKillAfterTheServerCommitDoublesNothing();
    void aJoinCutWhileReceivingResumes();
    void aJoinCutBetweenPagesResumesWithWhatChangedMeanwhile();
    void aJoinLosingTheServerBetweenPagesResumes();
    void aJoinWritesWithoutTheLogWhenAloneOnTheFile();
    void ownChangesComingBackAreNotKept();
    void aJoinInOneGoWritesWhatRecordByRecordWrites();
    void unchangedRecordsHaveTheirRowsAsBases();
    void theBaseBuiltInSqlIsTheRecordRead();
    void aLocalDeletionOfALazyTreeAgainstAServerEdit();
    void aJoinCutAfterAPageOfAKindResumesWithEveryRecordOnce();
    void connectRefusesToMixCouncils();
    void theServerHoldsContributorsAndReadersToTheirRole();
    void syncAndConflictsOnTheCommandLine();

private:
    struct Desktop {
        std::unique_ptr<Database> db;
        QString server;
        QString path;
    };
    std::unique_ptr<Desktop> desktop(const QString &name, bool withDemo, const QString &user = QString(), const QString &password = QString());
    bool join(Desktop &d, SyncEngine::Joined expected, const QString &user = PgServer::superuser());
    bool sync(Desktop &d, SyncEngine::Figures *figures = nullptr);
    QString actorField(Desktop &d, const QString &name, const QString &field);
    bool editActor(Desktop &d, const QString &name, const std::function<void(Actor &)> &edit);
    qint64 actorId(Desktop &d, const QString &name);
    /// The name of the desktop's first actor (by local id), empty when none.
    static QString firstActor(Desktop &d);
    QString url() const { return m_server.url(m_database); }
    /// The first record that differs between two desktops, for a failure message.
    static QString firstDifference(Desktop &x, Desktop &y);

    PgServer m_server;
    QTemporaryDir m_home;
    QString m_database;
    int m_round = 0;
    QString m_lastError;
};

void TestSync::initTestCase()
{
    TestSupport::pinClock();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestSync::init()
{
    m_database = QStringLiteral("council%1").arg(++m_round);
    QVERIFY(m_server.createDatabase(m_database));
    const QString admin = QStringLiteral("admin-%1").arg(m_database);
    QVERIFY(m_server.open(admin, m_database));
    {
        ServerAdmin server(admin);
        QVERIFY2(server.initialise(QString()), qPrintable(server.errorString()));
    }
    QSqlDatabase::removeDatabase(admin);
}

void TestSync::cleanup()
{
    m_server.start();
}

std::unique_ptr<TestSync::Desktop> TestSync::desktop(const QString &name, bool withDemo, const QString &user, const QString &password)
{
    auto d = std::make_unique<Desktop>();
    d->db = std::make_unique<Database>();
    d->path = m_home.filePath(QStringLiteral("%1-%2.essaim").arg(m_database, name));
    if (!d->db->open(d->path))
        return nullptr;
    if (withDemo && !DemoDataBuilder(d->db->connectionName()).build())
        return nullptr;
    d->server = d->db->connectionName() + QStringLiteral("-server");
    if (!m_server.open(d->server, m_database, user, password))
        return nullptr;
    return d;
}

bool TestSync::join(Desktop &d, SyncEngine::Joined expected, const QString &user)
{
    SyncEngine engine(d.db->connectionName(), d.server);
    const auto joined = engine.join(url(), user);
    m_lastError = engine.errorString();
    return joined && *joined == expected;
}

bool TestSync::sync(Desktop &d, SyncEngine::Figures *figures)
{
    SyncEngine engine(d.db->connectionName(), d.server);
    const bool ok = engine.sync();
    m_lastError = engine.errorString();
    if (figures)
        *figures = engine.figures();
    return ok;
}

QString TestSync::firstActor(Desktop &d)
{
    QSqlQuery q(d.db->connection());
    return q.exec(QStringLiteral("SELECT name FROM actors ORDER BY id LIMIT 1")) && q.next() ? q.value(0).toString() : QString();
}

qint64 TestSync::actorId(Desktop &d, const QString &name)
{
    QSqlQuery q(d.db->connection());
    q.prepare(QStringLiteral("SELECT id FROM actors WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString TestSync::actorField(Desktop &d, const QString &name, const QString &field)
{
    QSqlQuery q(d.db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM actors WHERE name = ?").arg(field));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<missing>");
}

bool TestSync::editActor(Desktop &d, const QString &name, const std::function<void(Actor &)> &edit)
{
    ActorStore store(d.db->connectionName());
    std::optional<Actor> actor = store.load(actorId(d, name));
    if (!actor)
        return false;
    edit(*actor);
    return store.save(*actor);
}

QString TestSync::firstDifference(Desktop &x, Desktop &y)
{
    LocalRecords rx(x.db->connectionName());
    LocalRecords ry(y.db->connectionName());
    for (const SyncTable &table : SyncCatalog::tables()) {
        QStringList kx = rx.keys(table.name);
        QStringList ky = ry.keys(table.name);
        kx.sort();
        ky.sort();
        if (kx != ky)
            return QStringLiteral("%1: %2 keys against %3").arg(table.name).arg(kx.size()).arg(ky.size());
        for (const QString &key : std::as_const(kx)) {
            const auto dx = rx.read(table.name, key);
            const auto dy = ry.read(table.name, key);
            if (dx != dy)
                return QStringLiteral("%1 %2: %3 against %4")
                    .arg(table.name, key, QString::fromUtf8(QJsonDocument(dx.value_or(QJsonObject())).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(dy.value_or(QJsonObject())).toJson(QJsonDocument::Compact)));
        }
    }
    return QStringLiteral("none");
}

void TestSync::joiningReceivesTheWholeCouncil()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b);
    QVERIFY2(join(*a, SyncEngine::Joined::Uploaded), qPrintable(m_lastError));
    QVERIFY2(join(*b, SyncEngine::Joined::Received), qPrintable(m_lastError));
    QSqlQuery q(b->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM actors")) && q.next());
    const qint64 actors = q.value(0).toLongLong();
    QSqlQuery qa(a->db->connection());
    QVERIFY(qa.exec(QStringLiteral("SELECT count(*) FROM actors")) && qa.next());
    QCOMPARE(actors, qa.value(0).toLongLong());
    QVERIFY(actors > 50);
    QCOMPARE(SyncDigest::of(b->db->connectionName()), SyncDigest::of(a->db->connectionName()));
    // The search of the desktop that joined finds what it received.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM actor_search")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), actors);
    const std::optional<SyncStatus> status = SyncStatus::read(b->db->connectionName());
    QVERIFY(status && status->isShared());
    QCOMPARE(status->pendingChanges, 0);
    QCOMPARE(status->openConflicts, 0);
}

void TestSync::aChangeReachesTheOtherDesktop()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received));
    const QString actor = firstActor(*a);
    QVERIFY(!actor.isEmpty());
    QVERIFY(editActor(*a, actor, [](Actor &x) { x.phone = QStringLiteral("03 27 00 00 01"); }));
    SyncEngine::Figures f;
    QVERIFY2(sync(*a, &f), qPrintable(m_lastError));
    QCOMPARE(f.sent, 1);
    QVERIFY2(sync(*b, &f), qPrintable(m_lastError));
    QCOMPARE(f.received, 1);
    QCOMPARE(actorField(*b, actor, QStringLiteral("phone")), QStringLiteral("03 27 00 00 01"));
    QCOMPARE(SyncDigest::of(b->db->connectionName()), SyncDigest::of(a->db->connectionName()));
}

void TestSync::differentFieldsMerge()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received));
    const QString actor = firstActor(*a);
    QVERIFY(!actor.isEmpty());
    QVERIFY(editActor(*a, actor, [](Actor &x) { x.phone = QStringLiteral("03 27 11 11 11"); }));
    QVERIFY(editActor(*b, actor, [](Actor &x) { x.email = QStringLiteral("contact@merge.example"); }));
    QVERIFY2(sync(*a), qPrintable(m_lastError));
    QVERIFY2(sync(*b), qPrintable(m_lastError));
    QVERIFY2(sync(*a), qPrintable(m_lastError));
    for (Desktop *d : {a.get(), b.get()}) {
        QCOMPARE(actorField(*d, actor, QStringLiteral("phone")), QStringLiteral("03 27 11 11 11"));
        QCOMPARE(actorField(*d, actor, QStringLiteral("email")), QStringLiteral("contact@merge.example"));
        QCOMPARE(ConflictStore(d->db->connectionName()).openCount(), 0);
    }
    QCOMPARE(SyncDigest::of(b->db->connectionName()), SyncDigest::of(a->db->connectionName()));
}

void TestSync::theSameFieldMakesOneConflictKeepingBothValues()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received));
    const QString actor = firstActor(*a);
    QVERIFY(!actor.isEmpty());
    QVERIFY(editActor(*a, actor, [](Actor &x) { x.phone = QStringLiteral("03 27 22 22 22"); }));
    QVERIFY(editActor(*b, actor, [](Actor &x) { x.phone = QStringLiteral("03 27 33 33 33"); }));
    QVERIFY2(sync(*a), qPrintable(m_lastError));
    SyncEngine::Figures f;
    QVERIFY2(sync(*b, &f), qPrintable(m_lastError));
    QCOMPARE(f.newConflicts, 1);
    QVERIFY2(sync(*a), qPrintable(m_lastError));
    // The record holds the server's value everywhere; b's is kept in the conflict.
    QCOMPARE(actorField(*a, actor, QStringLiteral("phone")), QStringLiteral("03 27 22 22 22"));
    QCOMPARE(actorField(*b, actor, QStringLiteral("phone")), QStringLiteral("03 27 22 22 22"));
    ConflictStore conflicts(b->db->connectionName());
    const auto open = conflicts.open();
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    const SyncConflict &c = open->first();
    QCOMPARE(c.kind, QStringLiteral("actors"));
    QCOMPARE(c.field, QStringLiteral("phone"));
    QCOMPARE(c.localValue.toString(), QStringLiteral("03 27 33 33 33"));
    QCOMPARE(c.serverValue.toString(), QStringLiteral("03 27 22 22 22"));
    QCOMPARE(c.serverBy, PgServer::superuser());
    QCOMPARE(c.localAt, Clock::nowUtcText());
    QVERIFY(c.record.contains(actor));
    QCOMPARE(ConflictStore(a->db->connectionName()).openCount(), 0);
    QCOMPARE(SyncDigest::of(b->db->connectionName()), SyncDigest::of(a->db->connectionName()));
}

void TestSync::keepingMyValueReachesEveryone()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received));
    const QString actor = firstActor(*a);
    QVERIFY(!actor.isEmpty());
    QVERIFY(editActor(*a, actor, [](Actor &x) { x.website = QStringLiteral("https://a.example"); }));
    QVERIFY(editActor(*b, actor, [](Actor &x) { x.website = QStringLiteral("https://b.example"); }));
    QVERIFY(sync(*a) && sync(*b));
    ConflictStore conflicts(b->db->connectionName());
    const auto open = conflicts.open();
    QVERIFY(open && open->size() == 1);
    QJsonValue previous;
    QVERIFY2(conflicts.resolve(open->first().id, open->first().localValue, &previous), qPrintable(conflicts.errorString()));
    QCOMPARE(previous.toString(), QStringLiteral("https://a.example"));
    QCOMPARE(conflicts.openCount(), 0);
    QVERIFY(sync(*b) && sync(*a));
    QCOMPARE(actorField(*a, actor, QStringLiteral("website")), QStringLiteral("https://b.example"));
    // Undoing the choice opens the conflict again with the value it replaced.
    QVERIFY(conflicts.reopen(open->first().id, previous));
    QCOMPARE(conflicts.openCount(), 1);
    QCOMPARE(actorField(*b, actor, QStringLiteral("website")), QStringLiteral("https://a.example"));
}

void TestSync::aDeletionAgainstAnEditIsAConflict()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received));
    const QString actor = firstActor(*a);
    QVERIFY(!actor.isEmpty());
    QVERIFY(ActorStore(a->db->connectionName()).remove(actorId(*a, actor)));
    QVERIFY(editActor(*b, actor, [](Actor &x) { x.phone = QStringLiteral("03 27 44 44 44"); }));
    QVERIFY2(sync(*a), qPrintable(m_lastError));
    QVERIFY2(sync(*b), qPrintable(m_lastError));
    QVERIFY(sync(*a));
    // The server's deletion stands on both; b's edited actor waits in the conflict.
    QCOMPARE(actorId(*a, actor), 0);
    QCOMPARE(actorId(*b, actor), 0);
    ConflictStore conflicts(b->db->connectionName());
    const auto open = conflicts.open();
    QVERIFY(open && open->size() == 1);
    QCOMPARE(open->first().field, QString());
    QVERIFY(open->first().serverValue.isNull());
    QCOMPARE(open->first().localValue.toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("03 27 44 44 44"));
    QCOMPARE(ConflictStore::displayValue(open->first().serverValue, true), ConflictStore::tr("(deleted)"));
    // Keeping b's side brings the actor back, on every desktop.
    QVERIFY(conflicts.resolve(open->first().id, open->first().localValue, nullptr));
    QVERIFY(sync(*b) && sync(*a));
    QCOMPARE(actorField(*a, actor, QStringLiteral("phone")), QStringLiteral("03 27 44 44 44"));
    QCOMPARE(SyncDigest::of(b->db->connectionName()), SyncDigest::of(a->db->connectionName()));
}

void TestSync::aDeletionAgainstAnEditOfARowUnderItIsAConflict()
{
    // b deletes an actor (its contacts go with it) while a edits one of
    // those contacts: the edited contact needs its actor back.
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received));
    QSqlQuery q(b->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT a.name, c.gid FROM actors a JOIN contacts c ON c.actor_id = a.id ORDER BY a.id LIMIT 1")) && q.next());
    const QString actor = q.value(0).toString();
    const QString contact = q.value(1).toString();
    q.finish();
    QVERIFY(ActorStore(b->db->connectionName()).remove(actorId(*b, actor)));
    QSqlQuery edit(a->db->connection());
    edit.prepare(QStringLiteral("UPDATE contacts SET phone = '03 27 01 02 03' WHERE gid = ?"));
    edit.addBindValue(contact);
    QVERIFY(edit.exec() && edit.numRowsAffected() == 1);
    QVERIFY2(sync(*a), qPrintable(m_lastError));
    // The server's side stands on b: the contact as a changed it, under its
    // actor brought back (both rebuilt from their lazy bases, the rows as
    // they were before the deletion here wrote them out); each deletion
    // waits in a conflict of its own.
    SyncEngine::Figures f;
    QVERIFY2(sync(*b, &f), qPrintable(m_lastError));
    QCOMPARE(f.newConflicts, 2);
    QVERIFY(actorId(*b, actor) != 0);
    QVERIFY(q.prepare(QStringLiteral("SELECT c.phone, a.name FROM contacts c JOIN actors a ON a.id = c.actor_id WHERE c.gid = ?")));
    q.addBindValue(contact);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("03 27 01 02 03"));
    QCOMPARE(q.value(1).toString(), actor);
    q.finish();
    QVERIFY2(sync(*a) && sync(*b), qPrintable(m_lastError));
    QVERIFY2(SyncDigest::of(b->db->connectionName()) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *b)));
    // "Keep mine" on the actor deletes it again, everywhere.
    ConflictStore conflicts(b->db->connectionName());
    const auto open = conflicts.open();
    QVERIFY(open && open->size() == 2);
    const auto onActor = std::find_if(open->cbegin(), open->cend(), [](const SyncConflict &c) { return c.kind == QLatin1String("actors"); });
    QVERIFY(onActor != open->cend());
    QVERIFY(onActor->localValue.isNull());
    QVERIFY(conflicts.resolve(onActor->id, onActor->localValue, nullptr));
    QVERIFY2(sync(*b) && sync(*a), qPrintable(m_lastError));
    QCOMPARE(actorId(*a, actor), 0);
    QCOMPARE(actorId(*b, actor), 0);
    QVERIFY2(SyncDigest::of(b->db->connectionName()) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *b)));
}

void TestSync::threeDesktopsConverge()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    auto c = desktop(QStringLiteral("c"), false);
    QVERIFY(a && b && c && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received)
            && join(*c, SyncEngine::Joined::Received));
    ActorStore store(c->db->connectionName());
    Actor created = TestSupport::makeActor(QStringLiteral("Recyclerie du Val de Sambre"));
    QVERIFY(store.save(created));
    QSqlQuery names(a->db->connection());
    QVERIFY(names.exec(QStringLiteral("SELECT name FROM actors ORDER BY id LIMIT 2")) && names.next());
    const QString first = names.value(0).toString();
    QVERIFY(names.next());
    const QString second = names.value(0).toString();
    names.finish();
    QVERIFY(editActor(*a, first, [](Actor &x) { x.description = QStringLiteral("De a"); }));
    QVERIFY(editActor(*b, second, [](Actor &x) { x.description = QStringLiteral("De b"); }));
    QVERIFY(ActorStore(b->db->connectionName()).remove(actorId(*b, first)) == true);
    for (int round = 0; round < 2; ++round) {
        for (Desktop *d : {a.get(), b.get(), c.get()})
            QVERIFY2(sync(*d), qPrintable(m_lastError));
    }
    const QByteArray digest = SyncDigest::of(a->db->connectionName());
    QVERIFY2(SyncDigest::of(b->db->connectionName()) == digest, qPrintable(firstDifference(*a, *b)));
    QCOMPARE(SyncDigest::of(c->db->connectionName()), digest);
    QVERIFY(actorId(*a, QStringLiteral("Recyclerie du Val de Sambre")) != 0);
    QCOMPARE(actorField(*c, second, QStringLiteral("description")), QStringLiteral("De b"));
}

void TestSync::aStoppedServerLosesNothing()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received));
    const QString actor = firstActor(*a);
    QVERIFY(!actor.isEmpty());
    QVERIFY(editActor(*a, actor, [](Actor &x) { x.phone = QStringLiteral("03 27 55 55 55"); }));
    QVERIFY(m_server.stop());
    QVERIFY(!sync(*a));
    QVERIFY2(m_lastError.contains(QStringLiteral("kept here")) || m_lastError.contains(QStringLiteral("again")), qPrintable(m_lastError));
    QVERIFY(SyncStatus::read(a->db->connectionName())->pendingChanges >= 1);
    QVERIFY(m_server.start());
    for (Desktop *d : {a.get(), b.get()}) {
        QSqlDatabase::removeDatabase(d->server);
        QVERIFY(m_server.open(d->server, m_database));
    }
    SyncEngine::Figures f;
    QVERIFY2(sync(*a, &f), qPrintable(m_lastError));
    QCOMPARE(f.sent, 1);
    QVERIFY(sync(*b));
    QCOMPARE(actorField(*b, actor, QStringLiteral("phone")), QStringLiteral("03 27 55 55 55"));
    QCOMPARE(SyncDigest::of(b->db->connectionName()), SyncDigest::of(a->db->connectionName()));
}

void TestSync::aKillAfterTheServerCommitDoublesNothing()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received));
    ActorStore store(a->db->connectionName());
    Actor created = TestSupport::makeActor(QStringLiteral("Épicerie solidaire de Fourmies"));
    QVERIFY(store.save(created));
    // The file as it was before the push: a desktop killed after the server
    // committed, before its own record of the push, comes back like this.
    const QString copy = a->path + QStringLiteral(".before");
    QVERIFY2(a->db->copyTo(copy), qPrintable(a->db->errorString()));
    QVERIFY(sync(*a));
    a->db->close();
    QVERIFY(QFile::remove(a->path));
    QVERIFY(QFile::copy(copy, a->path));
    QVERIFY(a->db->open(a->path));
    SyncEngine::Figures f;
    QVERIFY2(sync(*a, &f), qPrintable(m_lastError));
    QCOMPARE(f.newConflicts, 0);
    QVERIFY(sync(*b));
    QSqlQuery q(b->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM actors WHERE name = 'Épicerie solidaire de Fourmies'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(SyncStatus::read(a->db->connectionName())->pendingChanges, 0);
    QCOMPARE(SyncDigest::of(b->db->connectionName()), SyncDigest::of(a->db->connectionName()));
}

void TestSync::aJoinCutWhileReceivingResumes()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded));
    // Cut once the first page of the server's records is in (as a closed
    // window or a lost network would): what was read waits in the bases of
    // merges, and the tables stay empty until the whole council is there.
    SyncEngine engine(b->db->connectionName(), b->server);
    engine.setProgress([](qint64, qint64) { return false; });
    QVERIFY(!engine.join(url(), PgServer::superuser()));
    QVERIFY2(engine.errorString().contains(QStringLiteral("cancelled")), qPrintable(engine.errorString()));
    QSqlQuery q(b->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_shadow), (SELECT count(*) FROM sync_inbox), (SELECT count(*) FROM actors), "
                                  "(SELECT receiving FROM sync_state)")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(q.value(2).toInt(), 0);
    QVERIFY(q.value(3).toInt() != 0);
    q.finish();
    QVERIFY2(sync(*b), qPrintable(m_lastError));
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_inbox), (SELECT receiving FROM sync_state)")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 0);
    q.finish();
    QVERIFY2(SyncDigest::of(b->db->connectionName()) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *b)));
    QCOMPARE(SyncStatus::read(b->db->connectionName())->pendingChanges, 0);
}

void TestSync::aJoinCutBetweenPagesResumesWithWhatChangedMeanwhile()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded));
    // Small pages, cut in the middle of the actors: some are in, some not.
    const QString local = b->db->connectionName();
    const auto readingActors = [local](qint64, qint64) {
        QSqlQuery state(QSqlDatabase::database(local));
        return !(state.exec(QStringLiteral("SELECT receive_kind, receive_key FROM sync_state")) && state.next()
                 && state.value(0).toString() == QLatin1String("actors") && !state.value(1).toString().isEmpty());
    };
    {
        SyncEngine engine(local, b->server);
        engine.setPageSize(7);
        engine.setProgress(readingActors);
        QVERIFY(!engine.join(url(), PgServer::superuser()));
        QVERIFY2(engine.errorString().contains(QStringLiteral("cancelled")), qPrintable(engine.errorString()));
    }
    QSqlQuery q(b->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT receiving, receive_key FROM sync_state")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    const QString cut = q.value(1).toString();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_shadow WHERE kind = 'actors' AND key <= '%1'").arg(cut)) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_shadow WHERE kind = 'actors' AND key > '%1'").arg(cut)) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    // Meanwhile every actor changes on the server, those already received
    // and those not yet, and a new one comes.
    QSqlQuery edit(a->db->connection());
    QVERIFY(edit.exec(QStringLiteral("UPDATE actors SET phone = '03 27 00 00 07'")));
    Actor created = TestSupport::makeActor(QStringLiteral("Ressourcerie de Maubeuge"));
    QVERIFY(ActorStore(a->db->connectionName()).save(created));
    QVERIFY2(sync(*a), qPrintable(m_lastError));

    SyncEngine engine(local, b->server);
    engine.setPageSize(7);
    QVERIFY2(engine.sync(), qPrintable(engine.errorString()));
    QVERIFY2(SyncDigest::of(local) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *b)));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(phone = '03 27 00 00 07') FROM actors")) && q.next());
    QVERIFY(q.value(0).toInt() > 1);
    QCOMPARE(q.value(1).toInt(), q.value(0).toInt() - 1);
    QVERIFY(actorId(*b, QStringLiteral("Ressourcerie de Maubeuge")) != 0);
    QSqlQuery server(QSqlDatabase::database(a->server));
    QVERIFY(server.exec(QStringLiteral("SELECT count(*) FROM essaim.records")) && server.next());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), (SELECT receiving FROM sync_state) FROM sync_shadow")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), server.value(0).toLongLong());
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(SyncStatus::read(local)->pendingChanges, 0);
}

void TestSync::aJoinLosingTheServerBetweenPagesResumes()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded));
    // The server drops b's connection while pages are on their way (read
    // ahead while the page before is written): the join stops with a
    // sentence, keeps what it wrote, and the next synchronisation finishes
    // it with nothing lost or doubled.
    const QString local = b->db->connectionName();
    const QString admin = QStringLiteral("tst-sync-admin");
    QVERIFY(m_server.open(admin, m_database));
    bool dropped = false;
    const auto dropOnActors = [&](qint64, qint64) {
        QSqlQuery state(QSqlDatabase::database(local));
        if (!dropped && state.exec(QStringLiteral("SELECT receive_kind FROM sync_state")) && state.next()
            && state.value(0).toString() == QLatin1String("actors")) {
            QSqlQuery kill(QSqlDatabase::database(admin));
            dropped = kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                               "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        }
        return true;
    };
    {
        SyncEngine engine(local, b->server);
        engine.setPageSize(7);
        engine.setProgress(dropOnActors);
        QVERIFY(!engine.join(url(), PgServer::superuser()));
        QVERIFY(dropped);
        QVERIFY2(engine.errorString().startsWith(QStringLiteral("The server could not send its changes (")), qPrintable(engine.errorString()));
        QVERIFY2(engine.errorString().endsWith(QStringLiteral("then synchronise again: nothing is lost.")), qPrintable(engine.errorString()));
    }
    QSqlDatabase::removeDatabase(admin);
    QSqlQuery q(b->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT receiving, receive_kind, (SELECT count(*) FROM actors) FROM sync_state")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("actors"));
    q.finish();
    // The pages committed before the cut are in their table, each once.
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM actors), (SELECT count(*) FROM sync_shadow WHERE kind = 'actors')")) && q.next());
    QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
    q.finish();
    for (Desktop *d : {a.get(), b.get()}) {
        QSqlDatabase::removeDatabase(d->server);
        QVERIFY(m_server.open(d->server, m_database));
    }
    SyncEngine engine(local, b->server);
    engine.setPageSize(7);
    QVERIFY2(engine.sync(), qPrintable(engine.errorString()));
    QVERIFY2(SyncDigest::of(local) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *b)));
    QSqlQuery server(QSqlDatabase::database(a->server));
    QVERIFY(server.exec(QStringLiteral("SELECT count(*) FROM essaim.records")) && server.next());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_shadow")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), server.value(0).toLongLong());
    QCOMPARE(SyncStatus::read(local)->pendingChanges, 0);
}

void TestSync::aJoinWritesWithoutTheLogWhenAloneOnTheFile()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    auto c = desktop(QStringLiteral("c"), false);
    QVERIFY(a && b && c && join(*a, SyncEngine::Joined::Uploaded));
    const auto journalMode = [](const QString &connection) {
        QSqlQuery q(QSqlDatabase::database(connection));
        return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString() : QString();
    };
    // b is the only connection to its file: the join writes through the
    // rollback journal and the file is back in the log afterwards.
    // The journal mode of the desktop's file at each step of its join.
    const auto joinSeeingModes = [&](Desktop &d, QStringList *seen) {
        SyncEngine engine(d.db->connectionName(), d.server);
        const QString local = d.db->connectionName();
        engine.setProgress([&](qint64, qint64) {
            *seen << journalMode(local);
            return true;
        });
        const bool joined = engine.join(url(), PgServer::superuser()) == SyncEngine::Joined::Received;
        m_lastError = engine.errorString();
        return joined;
    };
    QStringList seen;
    QVERIFY2(joinSeeingModes(*b, &seen), qPrintable(m_lastError));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.first(), QStringLiteral("delete"));
    QCOMPARE(seen.last(), QStringLiteral("delete"));
    QCOMPARE(journalMode(b->db->connectionName()), QStringLiteral("wal"));
    // The new file received its council in 16 KiB pages; a's, uploaded from
    // a file of its own, keeps SQLite's 4 KiB.
    const auto pageSize = [](const QString &connection) {
        QSqlQuery q(QSqlDatabase::database(connection));
        return q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toInt() : 0;
    };
    QCOMPARE(pageSize(b->db->connectionName()), 16384);
    QCOMPARE(pageSize(a->db->connectionName()), 4096);
    QVERIFY2(SyncDigest::of(b->db->connectionName()) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *b)));
    // c's file is also open elsewhere (another program reading it): the
    // join goes through the log, as before, and that reader is not blocked.
    const QString reader = QStringLiteral("tst-sync-reader");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reader);
        other.setDatabaseName(c->path);
        other.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(other.open());
    }
    QSqlQuery read(QSqlDatabase::database(reader));
    QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM actors")) && read.next());
    QCOMPARE(read.value(0).toInt(), 0);
    read.finish();
    seen.clear();
    QVERIFY2(joinSeeingModes(*c, &seen), qPrintable(m_lastError));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.first(), QStringLiteral("wal"));
    QCOMPARE(journalMode(c->db->connectionName()), QStringLiteral("wal"));
    QCOMPARE(pageSize(c->db->connectionName()), 4096);
    QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM actors")) && read.next());
    QVERIFY(read.value(0).toInt() > 0);
    read.finish();
    read = QSqlQuery();
    QSqlDatabase::removeDatabase(reader);
    QCOMPARE(SyncDigest::of(c->db->connectionName()), SyncDigest::of(a->db->connectionName()));
}

void TestSync::ownChangesComingBackAreNotKept()
{
    // After its upload, a's next synchronisation reads its whole council
    // back from the server (the server gave every record its revision):
    // none of it is its to apply, only b's change since.
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received));
    const QString actor = firstActor(*b);
    QVERIFY(editActor(*b, actor, [](Actor &x) { x.website = QStringLiteral("https://ess-sambre.example.org"); }));
    QVERIFY2(sync(*b), qPrintable(m_lastError));
    const QString local = a->db->connectionName();
    int mostWaiting = -1;
    SyncEngine engine(local, a->server);
    engine.setProgress([&](qint64, qint64) {
        QSqlQuery q(QSqlDatabase::database(local));
        if (q.exec(QStringLiteral("SELECT count(*) FROM sync_inbox")) && q.next())
            mostWaiting = std::max(mostWaiting, q.value(0).toInt());
        return true;
    });
    QVERIFY2(engine.sync(), qPrintable(engine.errorString()));
    QCOMPARE(mostWaiting, 1);
    QCOMPARE(engine.figures().received, 1);
    QCOMPARE(actorField(*a, actor, QStringLiteral("website")), QStringLiteral("https://ess-sambre.example.org"));
    QCOMPARE(SyncDigest::of(local), SyncDigest::of(b->db->connectionName()));
}

void TestSync::aJoinInOneGoWritesWhatRecordByRecordWrites()
{
    // d has joined already: it takes the records below one by one; b joins
    // after them and writes the whole council in one statement per kind.
    auto a = desktop(QStringLiteral("a"), true);
    auto d = desktop(QStringLiteral("d"), false);
    QVERIFY(a && d && join(*a, SyncEngine::Joined::Uploaded) && join(*d, SyncEngine::Joined::Received));
    // Records as an older or hand-made desktop could write them: a sub-sector
    // before its parent, an actor holding few fields, a contact of an actor
    // that is nowhere, a deleted actor, figures with decimals.
    const QList<QStringList> records = {
        {QStringLiteral("sectors"), QStringLiteral("s-child"), QStringLiteral("false"),
         QStringLiteral(R"({"name": "Sous-secteur", "parent_id": "s-parent", "color": "#112233", "position": 2})")},
        {QStringLiteral("sectors"), QStringLiteral("s-parent"), QStringLiteral("false"),
         QStringLiteral(R"({"name": "Secteur parent", "parent_id": null, "color": "#445566", "position": 1})")},
        {QStringLiteral("actors"), QStringLiteral("a-sparse"), QStringLiteral("false"),
         QStringLiteral(R"({"name": "Épicerie « Solidaire »", "name_key": "epicerie solidaire", "sector_id": "s-child", "employer": true, )"
                        R"("description": "Ligne une\nLigne\tdeux \\ « été » 🐝", )"
                        R"("created_at": "2026-11-20T09:00:00Z", "updated_at": "2026-11-20T09:00:00Z"})")},
        {QStringLiteral("contacts"), QStringLiteral("c-orphan"), QStringLiteral("false"),
         QStringLiteral(R"({"actor_id": "a-nowhere", "first_name": "Orphée", "last_name": "Nulle-Part"})")},
        {QStringLiteral("actors"), QStringLiteral("a-gone"), QStringLiteral("true"), QStringLiteral(R"({"name": "Disparu", "name_key": "disparu"})")},
        {QStringLiteral("actor_figures"), QStringLiteral(R"(["a-sparse",2025])"), QStringLiteral("false"),
         QStringLiteral(R"({"actor_id": "a-sparse", "year": 2025, "headcount": 12.0, "fte": 7.5, "volunteers": 3, "members": null, "budget_cents": 150000})")},
    };
    QSqlQuery server(QSqlDatabase::database(a->server));
    for (const QStringList &r : records) {
        server.prepare(QStringLiteral("INSERT INTO essaim.records(kind, key, deleted, data) VALUES (?, ?, ?::boolean, ?::jsonb)"));
        for (const QString &v : r)
            server.addBindValue(v);
        QVERIFY2(server.exec(), qPrintable(server.lastError().text()));
    }
    QVERIFY2(sync(*d), qPrintable(m_lastError));
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(b);
    QVERIFY2(join(*b, SyncEngine::Joined::Received), qPrintable(m_lastError));
    QVERIFY2(SyncDigest::of(b->db->connectionName()) == SyncDigest::of(d->db->connectionName()), qPrintable(firstDifference(*d, *b)));

    QSqlQuery q(b->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT p.name FROM sectors c JOIN sectors p ON p.id = c.parent_id WHERE c.gid = 's-child'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Secteur parent"));
    QVERIFY(q.exec(QStringLiteral("SELECT a.family, a.acronym, a.employer, s.gid FROM actors a JOIN sectors s ON s.id = a.sector_id "
                                  "WHERE a.gid = 'a-sparse'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("association"));  // the column's default
    QCOMPARE(q.value(1).toString(), QString());
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toString(), QStringLiteral("s-child"));
    // What the server's text escapes (a tab, a line break, a backslash) and
    // what is not ASCII arrive as they were written.
    QVERIFY(q.exec(QStringLiteral("SELECT description FROM actors WHERE gid = 'a-sparse'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Ligne une\nLigne\tdeux \\ « été » 🐝"));
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM contacts WHERE gid = 'c-orphan'), (SELECT count(*) FROM actors WHERE gid = 'a-gone')")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT typeof(f.headcount), f.headcount, f.fte, f.members IS NULL FROM actor_figures f JOIN actors a ON a.id = f.actor_id "
                                  "WHERE a.gid = 'a-sparse'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("integer"));
    QCOMPARE(q.value(1).toInt(), 12);
    QCOMPARE(q.value(2).toDouble(), 7.5);
    QVERIFY(q.value(3).toBool());
    // Every record received is the base of the next merge, and nothing waits to be sent back.
    QVERIFY(server.exec(QStringLiteral("SELECT count(*) FROM essaim.records")) && server.next());
    const qint64 onServer = server.value(0).toLongLong();
    server.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_shadow")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), onServer);
    QCOMPARE(SyncStatus::read(b->db->connectionName())->pendingChanges, 0);
    q.finish();

    // On those bases, two fields of an actor changed on two desktops merge
    // without a conflict (a record lacking fields would not: its base lacks
    // them too, whichever way it was written).
    const QString name = firstActor(*a);
    QVERIFY(!name.isEmpty());
    QVERIFY(editActor(*b, name, [](Actor &x) { x.phone = QStringLiteral("03 27 10 20 30"); }));
    QVERIFY(editActor(*a, name, [](Actor &x) { x.email = QStringLiteral("contact@epicerie.example"); }));
    SyncEngine::Figures f;
    QVERIFY2(sync(*a) && sync(*b, &f), qPrintable(m_lastError));
    QCOMPARE(f.newConflicts, 0);
    QVERIFY2(sync(*a) && sync(*d), qPrintable(m_lastError));
    for (Desktop *x : {a.get(), b.get(), d.get()}) {
        QCOMPARE(actorField(*x, name, QStringLiteral("phone")), QStringLiteral("03 27 10 20 30"));
        QCOMPARE(actorField(*x, name, QStringLiteral("email")), QStringLiteral("contact@epicerie.example"));
    }
    QVERIFY2(SyncDigest::of(b->db->connectionName()) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *b)));
    QVERIFY2(SyncDigest::of(d->db->connectionName()) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *d)));
}

namespace {
QString shadowData(QSqlDatabase db, const QString &kind, const QString &key, bool *isNull)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT data FROM sync_shadow WHERE kind = ? AND key = ?"));
    q.addBindValue(kind);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return QStringLiteral("<no shadow>");
    *isNull = q.value(0).isNull();
    return q.value(0).toString();
}

QString gidOf(QSqlDatabase db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT gid FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

void TestSync::unchangedRecordsHaveTheirRowsAsBases()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded));
    QVERIFY2(join(*b, SyncEngine::Joined::Received), qPrintable(m_lastError));
    // The records a join wrote into their tables keep no copy of themselves.
    QSqlQuery q(b->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(data) FROM sync_shadow WHERE kind IN ('actors', 'contacts', 'actor_tags', 'actor_figures')"))
            && q.next());
    QVERIFY(q.value(0).toInt() > 100);
    QCOMPARE(q.value(1).toInt(), 0);
    // A page is written in the order of its keys: so are the local ids.
    QStringList byId;
    QVERIFY(q.exec(QStringLiteral("SELECT gid FROM actors ORDER BY id")));
    while (q.next())
        byId << q.value(0).toString();
    QStringList sorted = byId;
    sorted.sort();
    QCOMPARE(byId, sorted);
    q.finish();

    // b changes one field of an actor whose base is its row: the base is
    // written out first, as it was.
    const QString actor = firstActor(*a);
    const QString key = gidOf(b->db->connection(), QStringLiteral("actors"), actorId(*b, actor));
    const std::optional<QJsonObject> before = LocalRecords(b->db->connectionName()).read(QStringLiteral("actors"), key);
    QVERIFY(before);
    QVERIFY(editActor(*b, actor, [](Actor &x) { x.phone = QStringLiteral("03 27 12 34 56"); }));
    bool isNull = true;
    const QString base = shadowData(b->db->connection(), QStringLiteral("actors"), key, &isNull);
    QVERIFY(!isNull);
    QCOMPARE(QJsonDocument::fromJson(base.toUtf8()).object(), *before);
    // a changes another field: both stay, no conflict.
    QVERIFY(editActor(*a, actor, [](Actor &x) { x.email = QStringLiteral("lazy@merge.example"); }));
    SyncEngine::Figures f;
    QVERIFY2(sync(*a) && sync(*b, &f) && sync(*a), qPrintable(m_lastError));
    QCOMPARE(f.newConflicts, 0);
    for (Desktop *d : {a.get(), b.get()}) {
        QCOMPARE(actorField(*d, actor, QStringLiteral("phone")), QStringLiteral("03 27 12 34 56"));
        QCOMPARE(actorField(*d, actor, QStringLiteral("email")), QStringLiteral("lazy@merge.example"));
    }
    QVERIFY2(SyncDigest::of(b->db->connectionName()) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *b)));

    // The same field of another lazily based actor: one conflict, both values.
    QVERIFY(q.exec(QStringLiteral("SELECT a.name FROM actors a JOIN sync_shadow s ON s.kind = 'actors' AND s.key = a.gid "
                                  "WHERE s.data IS NULL ORDER BY a.id LIMIT 1")) && q.next());
    const QString other = q.value(0).toString();
    q.finish();
    QVERIFY(editActor(*b, other, [](Actor &x) { x.website = QStringLiteral("https://b.example"); }));
    QVERIFY(editActor(*a, other, [](Actor &x) { x.website = QStringLiteral("https://a.example"); }));
    QVERIFY2(sync(*a) && sync(*b, &f), qPrintable(m_lastError));
    QCOMPARE(f.newConflicts, 1);
    const auto open = ConflictStore(b->db->connectionName()).open();
    QVERIFY(open && open->size() == 1);
    QCOMPARE(open->first().field, QStringLiteral("website"));
    QCOMPARE(open->first().localValue.toString(), QStringLiteral("https://b.example"));
    QCOMPARE(open->first().serverValue.toString(), QStringLiteral("https://a.example"));
    QCOMPARE(actorField(*b, other, QStringLiteral("website")), QStringLiteral("https://a.example"));
}

void TestSync::theBaseBuiltInSqlIsTheRecordRead()
{
    auto a = desktop(QStringLiteral("a"), true);
    QVERIFY(a);
    // A decimal that 15 digits would not give back, and an empty reference.
    QSqlQuery edit(a->db->connection());
    QVERIFY(edit.exec(QStringLiteral("UPDATE actor_figures SET fte = 0.1 + 0.2 WHERE (actor_id, year) = (SELECT actor_id, year FROM actor_figures ORDER BY actor_id, year LIMIT 1)")));
    QCOMPARE(edit.numRowsAffected(), 1);
    QVERIFY(edit.exec(QStringLiteral("UPDATE actors SET sector_id = NULL WHERE id = (SELECT min(id) FROM actors)")));
    QCOMPARE(edit.numRowsAffected(), 1);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(b && join(*a, SyncEngine::Joined::Uploaded));
    QVERIFY2(join(*b, SyncEngine::Joined::Received), qPrintable(m_lastError));
    LocalRecords records(b->db->connectionName());
    int compared = 0;
    bool sawReal = false;
    bool sawNullReference = false;
    for (const SyncTable &table : SyncCatalog::tables()) {
        const QString json = records.recordExpression(table, QStringLiteral("c"));
        if (json.isEmpty())
            continue;
        QSqlQuery q(b->db->connection());
        QVERIFY2(q.exec(QStringLiteral("SELECT %1, %2 FROM %3 c").arg(LocalRecords::keyExpression(table, QStringLiteral("c")), json, table.name)),
                 qPrintable(q.lastError().text()));
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QJsonObject built = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            QCOMPARE(std::optional<QJsonObject>(built), records.read(table.name, key));
            sawReal = sawReal || built.value(QStringLiteral("fte")).toDouble() == 0.1 + 0.2;
            sawNullReference = sawNullReference || (table.name == QLatin1String("actors") && built.value(QStringLiteral("sector_id")).isNull());
            ++compared;
        }
    }
    QVERIFY(compared > 1000);
    QVERIFY(sawReal);
    QVERIFY(sawNullReference);
}

void TestSync::aLocalDeletionOfALazyTreeAgainstAServerEdit()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded) && join(*b, SyncEngine::Joined::Received));
    // An actor with contacts, figures and tags, deleted on b (its rows are
    // its bases, cascades take the rest), edited meanwhile on the server.
    QSqlQuery q(b->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT a.name, a.gid FROM actors a WHERE EXISTS (SELECT 1 FROM contacts WHERE actor_id = a.id) "
                                  "AND EXISTS (SELECT 1 FROM actor_figures WHERE actor_id = a.id) AND EXISTS (SELECT 1 FROM actor_tags WHERE actor_id = a.id) "
                                  "ORDER BY a.id LIMIT 1")) && q.next());
    const QString actor = q.value(0).toString();
    const QString key = q.value(1).toString();
    q.finish();
    const auto treeOf = [&key](Desktop &d) {
        QSqlQuery t(d.db->connection());
        t.prepare(QStringLiteral("WITH a AS (SELECT id FROM actors WHERE gid = ?) SELECT (SELECT count(*) FROM contacts WHERE actor_id IN a), "
                                 "(SELECT count(*) FROM actor_figures WHERE actor_id IN a), (SELECT count(*) FROM actor_tags WHERE actor_id IN a)"));
        t.addBindValue(key);
        return t.exec() && t.next() ? QStringLiteral("%1/%2/%3").arg(t.value(0).toInt()).arg(t.value(1).toInt()).arg(t.value(2).toInt()) : QString();
    };
    const QString tree = treeOf(*b);
    QVERIFY(ActorStore(b->db->connectionName()).remove(actorId(*b, actor)));
    QCOMPARE(treeOf(*b), QStringLiteral("0/0/0"));
    // Every row that went has its base written out.
    QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM sync_shadow s WHERE s.data IS NULL AND s.deleted = 0 AND ("
                                  "(s.kind = 'actors' AND NOT EXISTS (SELECT 1 FROM actors WHERE gid = s.key)) "
                                  "OR (s.kind = 'contacts' AND NOT EXISTS (SELECT 1 FROM contacts WHERE gid = s.key)) "
                                  "OR (s.kind IN ('actor_figures', 'actor_tags') AND json_extract(s.key, '$[0]') = ?))")));
    q.addBindValue(key);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    QVERIFY(editActor(*a, actor, [](Actor &x) { x.phone = QStringLiteral("03 27 98 76 54"); }));
    SyncEngine::Figures f;
    QVERIFY2(sync(*a) && sync(*b, &f), qPrintable(m_lastError));
    QCOMPARE(f.newConflicts, 1);
    // The server's side stands: the actor is back with everything under it.
    QCOMPARE(actorField(*b, actor, QStringLiteral("phone")), QStringLiteral("03 27 98 76 54"));
    QCOMPARE(treeOf(*b), tree);
    QVERIFY2(sync(*b) && sync(*a), qPrintable(m_lastError));
    QVERIFY2(SyncDigest::of(b->db->connectionName()) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *b)));
}

void TestSync::aJoinCutAfterAPageOfAKindResumesWithEveryRecordOnce()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto b = desktop(QStringLiteral("b"), false);
    QVERIFY(a && b && join(*a, SyncEngine::Joined::Uploaded));
    const QString local = b->db->connectionName();
    const auto count = [](const QString &connection, const QString &sql) {
        QSqlQuery q(QSqlDatabase::database(connection));
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    // Cut after the second page of actors.
    {
        SyncEngine engine(local, b->server);
        engine.setPageSize(7);
        engine.setProgress([&](qint64, qint64) { return count(local, QStringLiteral("SELECT count(*) FROM actors")) < 14; });
        QVERIFY(!engine.join(url(), PgServer::superuser()));
        QVERIFY2(engine.errorString().contains(QStringLiteral("cancelled")), qPrintable(engine.errorString()));
    }
    QCOMPARE(count(local, QStringLiteral("SELECT count(*) FROM actors")), 14);
    QCOMPARE(count(local, QStringLiteral("SELECT count(*) FROM sync_shadow WHERE kind = 'actors' AND data IS NULL")), 14);
    QCOMPARE(count(local, QStringLiteral("SELECT receiving FROM sync_state")), 1);
    // What was committed journals a user's edit, and its dropped indexes
    // are remembered.
    QCOMPARE(count(local, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('sync_u_actors', 'sync_cu_actors')")), 2);
    QVERIFY(count(local, QStringLiteral("SELECT count(*) FROM sync_join_indexes")) > 0);
    QSqlQuery q(b->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM actors ORDER BY id LIMIT 1")) && q.next());
    const QString edited = q.value(0).toString();
    q.finish();
    QVERIFY(editActor(*b, edited, [](Actor &x) { x.website = QStringLiteral("https://half.example"); }));
    QCOMPARE(SyncStatus::read(local)->pendingChanges, 1);

    SyncEngine engine(local, b->server);
    engine.setPageSize(7);
    QVERIFY2(engine.sync(), qPrintable(engine.errorString()));
    QVERIFY2(sync(*a), qPrintable(m_lastError));
    QCOMPARE(actorField(*a, edited, QStringLiteral("website")), QStringLiteral("https://half.example"));
    QVERIFY2(SyncDigest::of(local) == SyncDigest::of(a->db->connectionName()), qPrintable(firstDifference(*a, *b)));
    QCOMPARE(count(local, QStringLiteral("SELECT count(*) FROM actors")), count(a->db->connectionName(), QStringLiteral("SELECT count(*) FROM actors")));
    QSqlQuery server(QSqlDatabase::database(a->server));
    QVERIFY(server.exec(QStringLiteral("SELECT count(*) FROM essaim.records")) && server.next());
    QCOMPARE(count(local, QStringLiteral("SELECT count(*) FROM sync_shadow")), server.value(0).toInt());
    // The indexes are back, as on a desktop that never joined.
    QCOMPARE(count(local, QStringLiteral("SELECT count(*) FROM sync_join_indexes")), 0);
    const QString indexes = QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)");
    QVERIFY(q.exec(indexes) && q.next());
    const QString here = q.value(0).toString();
    QSqlQuery qa(a->db->connection());
    QVERIFY(qa.exec(indexes) && qa.next());
    QCOMPARE(here, qa.value(0).toString());
    QCOMPARE(SyncStatus::read(local)->pendingChanges, 0);
}

void TestSync::connectRefusesToMixCouncils()
{
    auto a = desktop(QStringLiteral("a"), true);
    auto c = desktop(QStringLiteral("c"), true);
    QVERIFY(a && c && join(*a, SyncEngine::Joined::Uploaded));
    const QByteArray before = SyncDigest::of(c->db->connectionName());
    SyncEngine engine(c->db->connectionName(), c->server);
    QVERIFY(!engine.join(url(), PgServer::superuser()));
    QVERIFY2(engine.errorString().contains(QStringLiteral("would be mixed")), qPrintable(engine.errorString()));
    QCOMPARE(SyncDigest::of(c->db->connectionName()), before);
    QVERIFY(!SyncStatus::read(c->db->connectionName())->isShared());
}

void TestSync::theServerHoldsContributorsAndReadersToTheirRole()
{
    auto a = desktop(QStringLiteral("a"), true);
    QVERIFY(a && join(*a, SyncEngine::Joined::Uploaded));
    // Two actors of two communes: the contributor is given the first's.
    QSqlQuery q(a->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name, commune_insee FROM actors WHERE commune_insee IS NOT NULL ORDER BY commune_insee, id")));
    QVERIFY(q.next());
    const QString inside = q.value(0).toString();
    const QString commune = q.value(1).toString();
    QString outside;
    while (outside.isEmpty() && q.next()) {
        if (q.value(1).toString() != commune)
            outside = q.value(0).toString();
    }
    q.finish();
    QVERIFY(!outside.isEmpty());
    const QString admin = QStringLiteral("roles-admin");
    QVERIFY(m_server.open(admin, m_database));
    {
        ServerAdmin server(admin);
        QVERIFY2(server.addMember({QStringLiteral("claire_%1").arg(m_round), QStringLiteral("contributor"), commune, {commune}}, QStringLiteral("pw-claire-2026")),
                 qPrintable(server.errorString()));
        QVERIFY2(server.addMember({QStringLiteral("rene_%1").arg(m_round), QStringLiteral("reader"), QString(), {}}, QStringLiteral("pw-rene-2026")),
                 qPrintable(server.errorString()));
    }
    QSqlDatabase::removeDatabase(admin);
    const QString claire = QStringLiteral("claire_%1").arg(m_round);
    const QString rene = QStringLiteral("rene_%1").arg(m_round);
    auto c = desktop(QStringLiteral("c"), false, claire, QStringLiteral("pw-claire-2026"));
    auto r = desktop(QStringLiteral("r"), false, rene, QStringLiteral("pw-rene-2026"));
    QVERIFY(c && r);
    QVERIFY2(join(*c, SyncEngine::Joined::Received, claire), qPrintable(m_lastError));
    QVERIFY2(join(*r, SyncEngine::Joined::Received, rene), qPrintable(m_lastError));
    const std::optional<SyncStatus> status = SyncStatus::read(c->db->connectionName());
    QVERIFY(status);
    QCOMPARE(status->role, QStringLiteral("contributor"));
    QCOMPARE(status->communes, QStringList{commune});
    QVERIFY(status->mayEditIn(commune));
    QVERIFY(!SyncStatus::read(r->db->connectionName())->canWrite());

    const QString before = actorField(*c, outside, QStringLiteral("phone"));
    QVERIFY(editActor(*c, inside, [](Actor &x) { x.phone = QStringLiteral("03 27 66 66 66"); }));
    QVERIFY(editActor(*c, outside, [](Actor &x) { x.phone = QStringLiteral("03 27 77 77 77"); }));
    SyncEngine::Figures f;
    QVERIFY2(sync(*c, &f), qPrintable(m_lastError));
    QVERIFY(f.refused >= 1);
    // Refused by the server, taken back here: the desktop shows what the council holds.
    QCOMPARE(actorField(*c, outside, QStringLiteral("phone")), before);
    QVERIFY(editActor(*r, inside, [](Actor &x) { x.phone = QStringLiteral("03 27 88 88 88"); }));
    QVERIFY2(sync(*r, &f), qPrintable(m_lastError));
    QVERIFY(f.refused >= 1);
    QCOMPARE(f.sent, 0);
    QVERIFY(sync(*a) && sync(*r));
    QCOMPARE(actorField(*a, inside, QStringLiteral("phone")), QStringLiteral("03 27 66 66 66"));
    QCOMPARE(actorField(*a, outside, QStringLiteral("phone")), before);
    QCOMPARE(actorField(*r, inside, QStringLiteral("phone")), QStringLiteral("03 27 66 66 66"));
    QCOMPARE(SyncDigest::of(r->db->connectionName()), SyncDigest::of(a->db->connectionName()));
    QCOMPARE(SyncDigest::of(c->db->connectionName()), SyncDigest::of(a->db->connectionName()));
}

void TestSync::syncAndConflictsOnTheCommandLine()
{
    auto a = desktop(QStringLiteral("a"), true);
    QVERIFY(a);
    const QString path = a->path;
    a->db->close();
    const QString home = m_home.filePath(QStringLiteral("cli-home"));
    TestSupport::CliResult r = TestSupport::runEssaim(home, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path,
                                                             QStringLiteral("sync")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not connected to a shared server")), qPrintable(r.err));
    r = TestSupport::runEssaim(home, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("server"),
                                      QStringLiteral("connect"), QStringLiteral("--url"), url(), QStringLiteral("--user"), PgServer::superuser()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("This council is now on the server: ")), qPrintable(r.out));
    const QString other = m_home.filePath(QStringLiteral("cli-b.essaim"));
    r = TestSupport::runEssaim(home, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), other, QStringLiteral("server"),
                                      QStringLiteral("connect"), QStringLiteral("--url"), url(), QStringLiteral("--user"), PgServer::superuser()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The same field changed on both files: sync says 3 on the second, and
    // conflicts lists both values.
    QString name;
    for (const QString &file : {path, other}) {
        Database db;
        QVERIFY(db.open(file));
        QSqlQuery q(db.connection());
        if (name.isEmpty()) {
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM actors ORDER BY id LIMIT 1")) && q.next());
            name = q.value(0).toString();
            q.finish();
        }
        q.prepare(QStringLiteral("UPDATE actors SET phone = ? WHERE name = ?"));
        q.addBindValue(file == path ? QStringLiteral("01") : QStringLiteral("02"));
        q.addBindValue(name);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }
    r = TestSupport::runEssaim(home, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("sync")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("In step with the server: 0 received, 1 sent.\n"));
    r = TestSupport::runEssaim(home, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), other, QStringLiteral("sync")});
    QCOMPARE(r.code, 3);
    r = TestSupport::runEssaim(home, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), other, QStringLiteral("conflicts"),
                                      QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("record;field;local_value;server_value;local_by;server_by;local_at;server_at"));
    const QStringList fields = lines.at(1).split(QLatin1Char(';'));
    QCOMPARE(fields.size(), 8);
    QCOMPARE(fields.at(1), QStringLiteral("phone"));
    QCOMPARE(fields.at(2), QStringLiteral("02"));
    QCOMPARE(fields.at(3), QStringLiteral("01"));
    QCOMPARE(fields.at(5), PgServer::superuser());
    // Down server: exit 1 with a sentence.
    QVERIFY(m_server.stop());
    r = TestSupport::runEssaim(home, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("sync")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be reached")), qPrintable(r.err));
    QVERIFY(m_server.start());
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
