#include "pgserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

/// The test harness itself: a real PostgreSQL server starts, takes
/// connections over its socket, asks for a password from everyone but the
/// superuser, and comes back after a stop with its data.
class TestPgServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsAndCreatesADatabase();
    void asksOtherRolesForTheirPassword();
    void keepsItsDataAcrossAStop();
    void cleanupTestCase();

private:
    /// The value of a one-cell query on @p connectionName, invalid when it fails.
    static QVariant scalar(const QString &connectionName, const QString &sql);

    PgServer m_server;
};

QVariant TestPgServer::scalar(const QString &connectionName, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

void TestPgServer::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's PostgreSQL driver is missing: install libqt6sql6-psql.");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.isRunning());
}

void TestPgServer::connectsAndCreatesADatabase()
{
    QVERIFY2(m_server.createDatabase(QStringLiteral("council_a")), qPrintable(m_server.errorString()));
    QVERIFY(!m_server.createDatabase(QStringLiteral("council_a")));
    QVERIFY(m_server.errorString().contains(QStringLiteral("already exists")));
    {
        QVERIFY2(m_server.open(QStringLiteral("a"), QStringLiteral("council_a")), qPrintable(m_server.errorString()));
        QCOMPARE(scalar(QStringLiteral("a"), QStringLiteral("SELECT current_database()")).toString(), QStringLiteral("council_a"));
        QCOMPARE(scalar(QStringLiteral("a"), QStringLiteral("SELECT current_setting('server_version_num')::int / 10000")).toInt(), 15);
        QCOMPARE(scalar(QStringLiteral("a"), QStringLiteral("SELECT session_user")).toString(), QStringLiteral("postgres"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("a"));
    QCOMPARE(m_server.url(QStringLiteral("council_a")),
             QStringLiteral("postgresql:///council_a?host=%1&port=5432").arg(m_server.socketDirectory()));
}

void TestPgServer::asksOtherRolesForTheirPassword()
{
    QVERIFY2(m_server.createLoginRole(QStringLiteral("camille"), QStringLiteral("s3cret'\"")), qPrintable(m_server.errorString()));
    QVERIFY(!m_server.open(QStringLiteral("wrong"), QStringLiteral("council_a"), QStringLiteral("camille"), QStringLiteral("guess")));
    QVERIFY2(m_server.errorString().contains(QStringLiteral("password authentication failed")), qPrintable(m_server.errorString()));
    QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
    {
        QVERIFY2(m_server.open(QStringLiteral("c"), QStringLiteral("council_a"), QStringLiteral("camille"), QStringLiteral("s3cret'\"")),
                 qPrintable(m_server.errorString()));
        QCOMPARE(scalar(QStringLiteral("c"), QStringLiteral("SELECT session_user")).toString(), QStringLiteral("camille"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("c"));
}

void TestPgServer::keepsItsDataAcrossAStop()
{
    QVERIFY(m_server.execute(QStringLiteral("council_a"), QStringLiteral("CREATE TABLE t (v int); INSERT INTO t VALUES (42)")));
    QVERIFY2(m_server.open(QStringLiteral("before"), QStringLiteral("council_a")), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QVERIFY(!m_server.isRunning());
    {
        // A session open when the server went away fails, as a client's would.
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("before"), false));
        QVERIFY(!query.exec(QStringLiteral("SELECT v FROM t")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before"));
    QVERIFY(!m_server.open(QStringLiteral("down"), QStringLiteral("council_a")));
    QSqlDatabase::removeDatabase(QStringLiteral("down"));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    {
        QVERIFY2(m_server.open(QStringLiteral("after"), QStringLiteral("council_a")), qPrintable(m_server.errorString()));
        QCOMPARE(scalar(QStringLiteral("after"), QStringLiteral("SELECT v FROM t")).toInt(), 42);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("after"));
}

void TestPgServer::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
