#include "models/domain/clock.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/observatorystore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

/// The one clock: pinned by tests, local calendar dates of the user's zone,
/// and the dates the database stores taken from it, never from SQLite.
class TestClock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // 00:30 on 4 December in Paris, still 3 December in UTC.
    const QDateTime m_halfPastMidnight = QDateTime(QDate(2026, 12, 3), QTime(23, 30), Qt::UTC);

private slots:
    void cleanup() { Clock::reset(); }

    void testsRunInParis()
    {
        // Set by the test support itself, so a run from a shell matches CTest.
        QCOMPARE(qEnvironmentVariable("TZ"), QStringLiteral("Europe/Paris"));
        QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc(), 7200);
    }

    void fixedInstantIsLocal()
    {
        Clock::setFixed(m_halfPastMidnight);
        QVERIFY(Clock::isFixed());
        QCOMPARE(Clock::today(), QDate(2026, 12, 4));
        QCOMPARE(Clock::now().time(), QTime(0, 30));
        QCOMPARE(Clock::nowUtc().date(), QDate(2026, 12, 3));
        QCOMPARE(Clock::nowUtcText(), QStringLiteral("2026-12-03T23:30:00Z"));
    }

    void summerTimeNight()
    {
        // 2027-03-28 02:30 does not exist in Paris: 00:30 UTC is 01:30, 01:30 UTC is 03:30.
        Clock::setFixed(QDateTime(QDate(2027, 3, 28), QTime(1, 30), Qt::UTC));
        QCOMPARE(Clock::now().time(), QTime(3, 30));
        QCOMPARE(Clock::today(), QDate(2027, 3, 28));
    }

    void resetFollowsTheSystemClock()
    {
        Clock::setFixed(m_halfPastMidnight);
        Clock::reset();
        QVERIFY(!Clock::isFixed());
        // The real clock is read here only to prove reset() returns to it.
        QVERIFY(qAbs(Clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void archivedOnIsTheParisDate()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("clock.essaim"))));
        ActorStore actors(db.connectionName());
        ObservatoryStore observatory(db.connectionName());
        Clock::setFixed(m_halfPastMidnight);

        Actor open = TestSupport::makeActor(QStringLiteral("Atelier"));
        QVERIFY(actors.save(open));
        QVERIFY(actors.setArchived(open.id, true));
        QCOMPARE(observatory.archivedOn(open.id), QDate(2026, 12, 4));

        Actor closed = TestSupport::makeActor(QStringLiteral("Recyclerie"));
        closed.archived = true;
        QVERIFY(actors.save(closed));
        QCOMPARE(observatory.archivedOn(closed.id), QDate(2026, 12, 4));

        // Saving again keeps the date it was archived on.
        Clock::setFixed(m_halfPastMidnight.addDays(3));
        QVERIFY(actors.save(closed));
        QCOMPARE(observatory.archivedOn(closed.id), QDate(2026, 12, 4));

        // Restored then archived again: the new day.
        QVERIFY(actors.setArchived(closed.id, false));
        QVERIFY(!observatory.archivedOn(closed.id).isValid());
        QVERIFY(actors.setArchived(closed.id, true));
        QCOMPARE(observatory.archivedOn(closed.id), QDate(2026, 12, 7));
    }

    void noTriggerReadsSqliteClock()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("triggers.essaim"))));
        QSqlQuery q(QSqlDatabase::database(db.connectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE sql LIKE '%''now''%' "
                                      "OR sql LIKE '%CURRENT_DATE%' OR sql LIKE '%CURRENT_TIMESTAMP%'")));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        QCOMPARE(names, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
