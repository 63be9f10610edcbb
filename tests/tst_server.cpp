#include "pgserver.h"
#include "testsupport.h"

#include "models/domain/nationalgeography.h"
#include "models/sync/serveraddress.h"
#include "models/sync/secretstore.h"
#include "models/sync/serveradmin.h"
#include "models/sync/serverconnection.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

/// A council's shared server, against a real PostgreSQL 15 started for the
/// test (PgServer): the addresses Essaim reads, each connection failure as
/// a sentence, "server init" and "server user add|list|remove" run as a
/// user would, then what each role may do, tried with plain SQL so that it
/// is PostgreSQL, not Essaim, that refuses.
class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addressForms_data();
    void addressForms();
    void addressRefusals_data();
    void addressRefusals();
    void initPreparesAnEmptyDatabase();
    void initRefusesAPreparedDatabase();
    void initTakesTheCouncilNameFromTheLocalDatabase();
    void usersAreAddedListedAndRemoved();
    void userAddRefusesWhatIsWrong();
    void aPasswordMayHaveAnyCharacter();
    void anOwnerWithCreateRoleAdministers();
    void connectionFailures_data();
    void connectionFailures();
    void membersConnectWhereTheyBelong();
    void coordinatorWritesAnything();
    void contributorWritesInItsTerritoryOnly();
    void contributorMovesNothingAcrossItsBorder();
    void readerWritesNothing();
    void childrenFollowTheirParentsTerritory();
    void serverStampsEveryWrite();
    void auditHasARowPerWrite();
    void revisionsFollowTheCommitOrder_data();
    void revisionsFollowTheCommitOrder();
    void aChangeIsNotified();
    void aServerOnTheNetworkWithoutTlsIsRefused();
    void secretStoreSaysWhenThereIsNone();
    void cleanupTestCase();

private:
    TestSupport::CliResult essaim(const QStringList &arguments, const QByteArray &input = QByteArray());
    /// Opens @p connection on council_a as @p user (passwords: NAME-password).
    void openAs(const QString &connection, const QString &user);
    /// Runs @p sql on @p connection; empty when it succeeded, else PostgreSQL's message.
    static QString run(const QString &connection, const QString &sql, const QVariantList &values = {}, QVariant *firstValue = nullptr,
                       int *rowsAffected = nullptr);
    /// The upsert a desktop runs when it pushes a record.
    static QString push(const QString &connection, const QString &kind, const QString &key, const QString &data, bool deleted = false);
    QString adminUrl(const QString &database) const;

    PgServer m_server;
    QTemporaryDir m_home;
    QString m_epci; ///< the SIREN of the EPCI of Maubeuge, the contributor's territory
    QStringList m_opened;
};

namespace {

const QString inside = QStringLiteral("59392"); // Maubeuge
const QString outside = QStringLiteral("75056"); // Paris

QString actorData(const QString &name, const QString &commune)
{
    return QStringLiteral(R"({"name":"%1","commune_insee":"%2"})").arg(name, commune);
}

QString key(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

} // namespace

TestSupport::CliResult TestServer::essaim(const QStringList &arguments, const QByteArray &input)
{
    return TestSupport::runEssaim(m_home.path(), arguments, input);
}

QString TestServer::adminUrl(const QString &database) const
{
    return m_server.url(database).replace(QStringLiteral(":///"), QStringLiteral("://postgres@/"));
}

void TestServer::openAs(const QString &connection, const QString &user)
{
    QVERIFY2(m_server.open(connection, QStringLiteral("council_a"), user, user + QStringLiteral("-password")), qPrintable(m_server.errorString()));
    m_opened << connection;
}

QString TestServer::run(const QString &connection, const QString &sql, const QVariantList &values, QVariant *firstValue, int *rowsAffected)
{
    // Without values, sent as it is: BEGIN and COMMIT cannot be prepared.
    QSqlQuery query(QSqlDatabase::database(connection, false));
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        // PostgreSQL's message alone, without "ERROR:  " and the SQLSTATE the driver adds.
        QString text = query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
        text.remove(QRegularExpression(QStringLiteral("^ERROR:\\s+"))).remove(QRegularExpression(QStringLiteral("\\s*\\(\\w+\\)$")));
        return text;
    }
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    if (firstValue)
        *firstValue = query.next() ? query.value(0) : QVariant();
    return QString();
}

QString TestServer::push(const QString &connection, const QString &kind, const QString &key, const QString &data, bool deleted)
{
    return run(connection,
               QStringLiteral("INSERT INTO essaim.records (kind, key, data, deleted) VALUES (?, ?, ?::jsonb, ?) ON CONFLICT (kind, key) "
                              "DO UPDATE SET data = EXCLUDED.data, deleted = EXCLUDED.deleted RETURNING revision"),
               {kind, key, data, deleted});
}

void TestServer::initTestCase()
{
    TestSupport::pinClock();
    QVERIFY(m_home.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const char *name : {"council_a", "council_b", "empty_db"})
        QVERIFY2(m_server.createDatabase(QString::fromLatin1(name)), qPrintable(m_server.errorString()));
    const NationalGeography::Epci *epci = NationalGeography::instance().epciOfCommune(inside);
    QVERIFY(epci);
    m_epci = epci->siren;
}

void TestServer::addressForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<bool>("local");
    QTest::addColumn<QString>("written");
    QTest::newRow("remote") << "postgresql://camille@essaim.cress-hdf.fr/sambre" << "camille" << "essaim.cress-hdf.fr" << 5432 << "sambre"
                            << "require" << false << "postgresql://camille@essaim.cress-hdf.fr/sambre?sslmode=require";
    QTest::newRow("remote port, verify-full") << "postgres://db.example.org:6543/avesnois?sslmode=verify-full" << "" << "db.example.org" << 6543
                                              << "avesnois" << "verify-full" << false
                                              << "postgresql://db.example.org:6543/avesnois?sslmode=verify-full";
    QTest::newRow("localhost") << "postgresql://localhost/sambre" << "" << "localhost" << 5432 << "sambre" << "" << true
                               << "postgresql://localhost/sambre";
    QTest::newRow("socket") << "postgresql:///sambre?host=/run/postgresql" << "" << "/run/postgresql" << 5432 << "sambre" << "" << true
                            << "postgresql:///sambre?host=/run/postgresql";
    QTest::newRow("socket, user, port") << "postgresql://postgres@/sambre?host=%2Ftmp%2Fpg&port=5433" << "postgres" << "/tmp/pg" << 5433
                                        << "sambre" << "" << true << "postgresql://postgres@/sambre?host=/tmp/pg&port=5433";
    QTest::newRow("default socket") << "postgresql:///sambre" << "" << "" << 5432 << "sambre" << "" << true << "postgresql:///sambre";
}

void TestServer::addressForms()
{
    QFETCH(QString, text);
    ServerAddress address;
    QVERIFY2(address.parse(text), qPrintable(address.errorString()));
    QTEST(address.user(), "user");
    QTEST(address.host(), "host");
    QTEST(address.port(), "port");
    QTEST(address.database(), "database");
    QTEST(address.sslMode(), "sslMode");
    QTEST(address.isLocal(), "local");
    QTEST(address.toString(), "written");
    ServerAddress again;
    QVERIFY(again.parse(address.toString()));
    QCOMPARE(again.toString(), address.toString());
}

void TestServer::addressRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("not a url") << "sambre" << "is not the address of a PostgreSQL server";
    QTest::newRow("http") << "https://essaim.example.org/sambre" << "is not the address of a PostgreSQL server";
    QTest::newRow("no database") << "postgresql://essaim.example.org" << "names no database";
    QTest::newRow("two levels") << "postgresql://essaim.example.org/a/b" << "names no database";
    QTest::newRow("password") << "postgresql://camille:secret@essaim.example.org/sambre" << "holds a password";
    QTest::newRow("plain text remote") << "postgresql://essaim.example.org/sambre?sslmode=disable"
                                       << "is not on this computer, so Essaim reaches it over an encrypted connection (TLS) only";
    QTest::newRow("prefer remote") << "postgresql://essaim.example.org/sambre?sslmode=prefer" << "encrypted connection (TLS) only";
    QTest::newRow("unknown mode") << "postgresql://essaim.example.org/sambre?sslmode=maybe" << "The sslmode “maybe” of the address is unknown";
    QTest::newRow("bad port") << "postgresql:///sambre?host=/tmp&port=99999" << "is not a number between 1 and 65535";
    QTest::newRow("other setting") << "postgresql:///sambre?password=x" << "has a setting Essaim does not read, “password”";
}

void TestServer::addressRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, sentence);
    ServerAddress address;
    QVERIFY(!address.parse(text));
    QVERIFY2(address.errorString().contains(sentence), qPrintable(address.errorString()));
    QVERIFY(!address.isValid());
}

void TestServer::initPreparesAnEmptyDatabase()
{
    const TestSupport::CliResult r = essaim({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), adminUrl("council_a")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("The database “council_a” is ready to be the council's shared server."));
    QVERIFY2(m_server.open(QStringLiteral("admin"), QStringLiteral("council_a")), qPrintable(m_server.errorString()));
    m_opened << QStringLiteral("admin");
    QVariant value;
    QCOMPARE(run("admin", "SELECT string_agg(rolname, ' ' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE 'essaim_council_a_%'", {}, &value),
             QString());
    QCOMPARE(value.toString(), QStringLiteral("essaim_council_a_contributor essaim_council_a_coordinator essaim_council_a_reader"));
    QCOMPARE(run("admin", "SELECT string_agg(tablename, ' ' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'essaim'", {}, &value),
             QString());
    QCOMPARE(value.toString(), QStringLiteral("audit council kinds members records schema_version"));
    QCOMPARE(run("admin", "SELECT relrowsecurity FROM pg_class WHERE oid = 'essaim.records'::regclass", {}, &value), QString());
    QCOMPARE(value.toBool(), true);
    QCOMPARE(run("admin", "SELECT count(*) FROM essaim.council", {}, &value), QString());
    QCOMPARE(value.toInt(), 0);
}

void TestServer::initRefusesAPreparedDatabase()
{
    const TestSupport::CliResult r = essaim({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), adminUrl("council_a")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed(), QStringLiteral("essaim: The database “council_a” is an Essaim server already: nothing was changed. Add people with "
                                             "“essaim server user add”; to start again from nothing, drop the database and create it anew."));
    QCOMPARE(r.out, QString());
}

void TestServer::initTakesTheCouncilNameFromTheLocalDatabase()
{
    const QString local = m_home.filePath(QStringLiteral("sambre.essaim"));
    TestSupport::CliResult r = essaim({QStringLiteral("--db"), local, QStringLiteral("init"), QStringLiteral("--name"),
                                       QStringLiteral("Conseil local de l'ESS Sambre"), QStringLiteral("--territory"),
                                       QStringLiteral("epci:") + m_epci});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = essaim({QStringLiteral("--db"), local, QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), adminUrl("council_b")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("The database “council_b” is ready to be the shared server of “Conseil local de l'ESS Sambre”."));
    QVariant value;
    QCOMPARE(run("admin", "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = 'council_b'", {}, &value), QString());
    QCOMPARE(value.toString(), QStringLiteral("Conseil local de l'ESS Sambre"));
    // Council B gets a coordinator of its own, for the tests of the border between councils.
    r = essaim({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"),
                QStringLiteral("coordinator"), QStringLiteral("--url"), adminUrl("council_b")},
               "bob-password\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestServer::usersAreAddedListedAndRemoved()
{
    // Every statement logged: the passwords must not be in any of them.
    QVERIFY(m_server.execute(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM SET log_statement = 'all'")));
    QVERIFY(m_server.execute(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()")));
    const QStringList add{QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add")};
    const QStringList url{QStringLiteral("--url"), adminUrl("council_a")};
    TestSupport::CliResult r = essaim(add + QStringList{"coord", "--role", "coordinator"} + url, "coord-password\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("“coord” may now connect as a coordinator, writing everything."));
    r = essaim(add + QStringList{"contrib", "--role", "contributor", "--territory", m_epci, "--territory", "59350"} + url, "contrib-password\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Outcome<QStringList> expanded = ServerAdmin::expandTerritory({m_epci, QStringLiteral("59350")});
    QVERIFY(expanded);
    const QStringList communes = *expanded;
    QVERIFY(communes.contains(inside) && communes.contains(QStringLiteral("59350")) && !communes.contains(outside));
    QCOMPARE(r.out.trimmed(), QStringLiteral("“contrib” may now connect as a contributor, writing in %1 communes.").arg(communes.size()));
    QCOMPARE(essaim(add + QStringList{"reader", "--role", "reader"} + url, "reader-password\n").code, 0);
    QCOMPARE(essaim(add + QStringList{"leaving", "--role", "reader"} + url, "leaving-password\n").code, 0);
    QVERIFY(m_server.log().contains(QStringLiteral("essaim.add_member")));
    QVERIFY(m_server.log().contains(QStringLiteral("SCRAM-SHA-256$4096:")));
    QVERIFY(!m_server.log().contains(QStringLiteral("-password")));
    QVERIFY(m_server.execute(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM RESET log_statement")));
    QVERIFY(m_server.execute(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()")));

    r = essaim(QStringList{"server", "user", "list", "--format", "csv"} + url);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("name;role;territory;communes\ncontrib;contributor;%1 59350;%2\ncoord;coordinator;;\nleaving;reader;;\n"
                                   "reader;reader;;\n")
                        .arg(m_epci, communes.join(QLatin1Char(' '))));
    r = essaim(QStringList{"server", "user", "remove", "leaving"} + url);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("“leaving” may no longer use the server; what they wrote stays."));
    r = essaim(QStringList{"server", "user", "list"} + url);
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             QStringList({QStringLiteral("Name     Role         Territory        Communes"),
                          QStringLiteral("contrib  contributor  %1 59350  %2").arg(m_epci).arg(communes.size()),
                          QStringLiteral("coord    coordinator  -                -"), QStringLiteral("reader   reader       -                -")}));
    QVERIFY(!m_server.open(QStringLiteral("gone"), QStringLiteral("council_a"), QStringLiteral("leaving"), QStringLiteral("leaving-password")));
    QSqlDatabase::removeDatabase(QStringLiteral("gone"));
    r = essaim(QStringList{"server", "user", "remove", "leaving"} + url);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed(), QStringLiteral("essaim: There is no user “leaving” in this council: “essaim server user list” shows who there is."));
}

void TestServer::userAddRefusesWhatIsWrong()
{
    const QStringList add{QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add")};
    const QStringList url{QStringLiteral("--url"), adminUrl("council_a")};
    TestSupport::CliResult r = essaim(add + QStringList{"coord", "--role", "reader"} + url, "another-password\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("There is a user “coord” on this server already")), qPrintable(r.err));
    // Users are cluster-wide: a name of council B is taken for council A too.
    QCOMPARE(essaim(add + QStringList{"bob", "--role", "reader"} + url, "another-password\n").code, 1);
    r = essaim(add + QStringList{"nopass", "--role", "reader"} + url);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no password was given")), qPrintable(r.err));
    r = essaim(add + QStringList{"short", "--role", "reader"} + url, "abc\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("too short")), qPrintable(r.err));
    QCOMPARE(essaim(add + QStringList{"someone", "--role", "contributor"} + url, "long-enough\n").code, 2);
    QCOMPARE(essaim(add + QStringList{"someone", "--role", "reader", "--territory", "59392"} + url, "long-enough\n").code, 2);
    QCOMPARE(essaim(add + QStringList{"someone", "--role", "boss"} + url, "long-enough\n").code, 2);
    QCOMPARE(essaim(add + QStringList{"Some One", "--role", "reader"} + url, "long-enough\n").code, 2);
    r = essaim(add + QStringList{"someone", "--role", "contributor", "--territory", "999999999"} + url, "long-enough\n");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Unknown in the national list")), qPrintable(r.err));
    QCOMPARE(essaim(add + QStringList{"someone", "--role", "reader"}).code, 2);
}

void TestServer::aPasswordMayHaveAnyCharacter()
{
    const QString password = QStringLiteral("Clé d’accès — été 2026 ✓");
    const TestSupport::CliResult r = essaim({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("elu.b"),
                                             QStringLiteral("--role"), QStringLiteral("reader"), QStringLiteral("--url"), adminUrl("council_b")},
                                            password.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    ServerAddress address;
    QVERIFY(address.parse(m_server.url(QStringLiteral("council_b"))));
    ServerConnection connection(QStringLiteral("elu"));
    QVERIFY2(connection.open(address, QStringLiteral("elu.b"), password), qPrintable(connection.errorString()));
    ServerConnection wrong(QStringLiteral("elu-wrong"));
    QVERIFY(!wrong.open(address, QStringLiteral("elu.b"), QStringLiteral("Cle d'acces - ete 2026")));
    QCOMPARE(wrong.failure(), ServerConnection::Failure::WrongPassword);
}

void TestServer::anOwnerWithCreateRoleAdministers()
{
    // Not every council has the server's superuser: the database's owner with CREATEROLE will do.
    QVERIFY(m_server.execute(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE council_admin LOGIN CREATEROLE PASSWORD 'admin-password'")));
    QVERIFY(m_server.execute(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE bystander LOGIN CREATEROLE PASSWORD 'bystander-password'")));
    QVERIFY(m_server.execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE council_c OWNER council_admin")));
    const QString url = m_server.url(QStringLiteral("council_c")).replace(QStringLiteral(":///"), QStringLiteral("://bystander@/"));
    qputenv("PGPASSWORD", "bystander-password");
    TestSupport::CliResult r = essaim({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), url});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed(), QStringLiteral("essaim: The user you connected as may not prepare this database: connect as the database's owner with "
                                             "the CREATEROLE right, or as postgres (write the user in the address, postgresql://USER@HOST/council_c)."));
    const QString adminUrl = m_server.url(QStringLiteral("council_c")).replace(QStringLiteral(":///"), QStringLiteral("://council_admin@/"));
    qputenv("PGPASSWORD", "wrong");
    r = essaim({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), adminUrl});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.split(QLatin1Char('\n')).value(1),
             QStringLiteral("The administrator's password is read from ~/.pgpass or from the PGPASSWORD variable."));
    qputenv("PGPASSWORD", "admin-password");
    r = essaim({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), adminUrl});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = essaim({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carla"), QStringLiteral("--role"),
                QStringLiteral("contributor"), QStringLiteral("--territory"), inside, QStringLiteral("--url"), adminUrl},
               "carla-password\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The triggers and policies, owned by that administrator, hold as well; her session stays open while she is removed.
    QVERIFY2(m_server.open(QStringLiteral("carla"), QStringLiteral("council_c"), QStringLiteral("carla"), QStringLiteral("carla-password")),
             qPrintable(m_server.errorString()));
    QCOMPARE(push("carla", "actors", key(70), actorData("Recyclerie", inside)), QString());
    QCOMPARE(push("carla", "actors", key(71), actorData("Ailleurs", outside)),
             QStringLiteral("new row violates row-level security policy for table \"records\""));
    QVariant value;
    QCOMPARE(run("carla", "SELECT changed_by || ' ' || revision FROM essaim.records WHERE key = ?", {key(70)}, &value), QString());
    QCOMPARE(value.toString(), QStringLiteral("carla 1"));
    QCOMPARE(essaim({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("carla"), QStringLiteral("--url"),
                     adminUrl})
                 .code,
             0);
    QSqlDatabase::removeDatabase(QStringLiteral("carla"));
    qunsetenv("PGPASSWORD");
}

void TestServer::connectionFailures_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("sentence");
    static QTemporaryDir nowhere;
    QTest::newRow("no server") << QStringLiteral("postgresql:///council_a?host=%1").arg(nowhere.path()) << "coord" << "coord-password"
                               << int(ServerConnection::Failure::Unreachable)
                               << "The server on this computer cannot be reached: it is stopped, or the network is down. Check the address, or "
                                  "try again later; your work stays on this computer meanwhile.";
    // libpq names the socket's folder in its message: "ssl" or "tls" in a
    // path or a host name says nothing about encryption.
    static QTemporaryDir sslNamed(QDir::tempPath() + QStringLiteral("/ssl-tls-XXXXXX"));
    QTest::newRow("no server, ssl in its name") << QStringLiteral("postgresql:///council_a?host=%1").arg(sslNamed.path()) << "coord" << "coord-password"
                                                << int(ServerConnection::Failure::Unreachable)
                                                << "The server on this computer cannot be reached: it is stopped, or the network is down. Check the address, "
                                                   "or try again later; your work stays on this computer meanwhile.";
    QTest::newRow("wrong password") << m_server.url("council_a") << "coord" << "guess" << int(ServerConnection::Failure::WrongPassword)
                                    << "The server refused the user “coord”: the name or the password is wrong. Check them, or ask the coordinator.";
    QTest::newRow("unknown user") << m_server.url("council_a") << "nobody" << "guess" << int(ServerConnection::Failure::WrongPassword)
                                  << "The server refused the user “nobody”: the name or the password is wrong. Check them, or ask the coordinator.";
    QTest::newRow("not initialised") << m_server.url("empty_db") << "postgres" << "" << int(ServerConnection::Failure::NotInitialised)
                                     << QStringLiteral("The database “empty_db” is not an Essaim server yet: the coordinator prepares it once with "
                                                       "“essaim server init --url %1”.")
                                            .arg(QStringLiteral("postgresql:///empty_db?host=") + m_server.socketDirectory());
    QTest::newRow("no database") << m_server.url("nowhere_db") << "postgres" << "" << int(ServerConnection::Failure::NoDatabase)
                                 << "There is no database “nowhere_db” on the server on this computer: check the end of the address.";
    QTest::newRow("another council") << m_server.url("council_a") << "bob" << "bob-password" << int(ServerConnection::Failure::NotAllowed)
                                     << "The user “bob” may not use the database “council_a”: it belongs to another council, or the user was "
                                        "removed. Ask the coordinator.";
    QTest::newRow("a reader of A in B") << m_server.url("council_b") << "reader" << "reader-password" << int(ServerConnection::Failure::NotAllowed)
                                        << "The user “reader” may not use the database “council_b”: it belongs to another council, or the user "
                                           "was removed. Ask the coordinator.";
}

void TestServer::connectionFailures()
{
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, password);
    ServerAddress address;
    QVERIFY2(address.parse(url), qPrintable(address.errorString()));
    ServerConnection connection(QStringLiteral("failing"));
    QVERIFY(!connection.open(address, user, password));
    QTEST(int(connection.failure()), "failure");
    QTEST(connection.errorString(), "sentence");
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("failing")));
}

void TestServer::membersConnectWhereTheyBelong()
{
    ServerAddress address;
    QVERIFY(address.parse(m_server.url(QStringLiteral("council_a"))));
    ServerConnection connection(QStringLiteral("belongs"));
    QVERIFY2(connection.open(address, QStringLiteral("reader"), QStringLiteral("reader-password")), qPrintable(connection.errorString()));
    QCOMPARE(connection.failure(), ServerConnection::Failure::None);
    QCOMPARE(connection.userName(), QStringLiteral("reader"));
    QVERIFY(connection.isOpen());
    connection.close();
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("belongs")));
}

void TestServer::coordinatorWritesAnything()
{
    openAs(QStringLiteral("coord"), QStringLiteral("coord"));
    QCOMPARE(run("coord", "SELECT essaim.begin_push()"), QString());
    QCOMPARE(push("coord", "actors", key(1), actorData("Régie de quartier", outside)), QString());
    QCOMPARE(push("coord", "actors", key(2), actorData("Ressourcerie du Val", inside)), QString());
    QCOMPARE(push("coord", "sectors", key(3), R"({"name":"Alimentation"})"), QString());
    QCOMPARE(push("coord", "plans", key(4), R"({"title":"Plan 2027"})"), QString());
    QCOMPARE(run("coord", "INSERT INTO essaim.council (id, name) VALUES (?, ?)", {key(99), QStringLiteral("Conseil de test")}), QString());
    QVariant value;
    QCOMPARE(run("coord", "SELECT territory FROM essaim.records WHERE kind = 'actors' AND key = ?", {key(2)}, &value), QString());
    QCOMPARE(value.toString(), inside);
    QCOMPARE(run("coord", "SELECT role, array_length(communes, 1) FROM essaim.members WHERE name = session_user", {}, &value), QString());
    QCOMPARE(value.toString(), QStringLiteral("coordinator"));
}

void TestServer::contributorWritesInItsTerritoryOnly()
{
    openAs(QStringLiteral("contrib"), QStringLiteral("contrib"));
    QCOMPARE(run("contrib", "SELECT essaim.begin_push()"), QString());
    QCOMPARE(push("contrib", "actors", key(10), actorData("Épicerie solidaire", inside)), QString());
    QCOMPARE(push("contrib", "contacts", key(11), QStringLiteral(R"({"actor_id":"%1","last_name":"Martin"})").arg(key(10))), QString());
    QCOMPARE(push("contrib", "contacts", key(12), QStringLiteral(R"({"actor_id":"%1","last_name":"Durand"})").arg(key(2))), QString());
    QVariant value;
    QCOMPARE(run("contrib", "SELECT territory FROM essaim.records WHERE kind = 'contacts' AND key = ?", {key(11)}, &value), QString());
    QCOMPARE(value.toString(), inside);
    const QString refused = QStringLiteral("new row violates row-level security policy for table \"records\"");
    QCOMPARE(push("contrib", "actors", key(13), actorData("Café associatif parisien", outside)), refused);
    QCOMPARE(push("contrib", "contacts", key(14), QStringLiteral(R"({"actor_id":"%1","last_name":"Petit"})").arg(key(1))), refused);
    QCOMPARE(push("contrib", "actors", key(15), R"({"name":"Sans commune"})"), refused);
    QCOMPARE(push("contrib", "sectors", key(16), R"({"name":"Culture"})"), refused);
    QCOMPARE(run("contrib", "SELECT count(*) FROM essaim.records WHERE key IN (?, ?, ?, ?)", {key(13), key(14), key(15), key(16)}, &value),
             QString());
    QCOMPARE(value.toInt(), 0);
    // A contributor reads everything, outside its territory too.
    QCOMPARE(run("contrib", "SELECT count(*) FROM essaim.records WHERE territory = ?", {outside}, &value), QString());
    QCOMPARE(value.toInt(), 1);
}

void TestServer::contributorMovesNothingAcrossItsBorder()
{
    const QString refused = QStringLiteral("new row violates row-level security policy for table \"records\"");
    // Out of its territory: the new row fails the check.
    QCOMPARE(push("contrib", "actors", key(10), actorData("Épicerie solidaire", outside)), refused);
    // Into its territory: the row as it was is not its to change.
    QCOMPARE(push("contrib", "actors", key(1), actorData("Régie de quartier", inside)),
             QStringLiteral("new row violates row-level security policy (USING expression) for table \"records\""));
    int rows = -1;
    QCOMPARE(run("contrib", "UPDATE essaim.records SET data = ?::jsonb WHERE kind = 'actors' AND key = ?", {actorData("Régie", inside), key(1)},
                 nullptr, &rows),
             QString());
    QCOMPARE(rows, 0);
    // Nor may it tombstone what is not in its territory.
    QCOMPARE(run("contrib", "UPDATE essaim.records SET deleted = true WHERE kind = 'actors' AND key = ?", {key(1)}, nullptr, &rows), QString());
    QCOMPARE(rows, 0);
    QVariant value;
    QCOMPARE(run("coord", "SELECT territory || ' ' || (data->>'name') || ' ' || deleted FROM essaim.records WHERE kind = 'actors' AND key = ?",
                 {key(1)}, &value),
             QString());
    QCOMPARE(value.toString(), outside + QStringLiteral(" Régie de quartier false"));
    // The desktop's look before it pushes, FOR UPDATE, sees only the rows it may change (PostgreSQL
    // applies the UPDATE policy to it); a plain SELECT sees them all.
    const QString look = QStringLiteral("SELECT count(*) FROM (SELECT revision FROM essaim.records WHERE kind = 'actors' AND key = ? %1) rows");
    QCOMPARE(run("contrib", look.arg(QStringLiteral("FOR UPDATE")), {key(1)}, &value), QString());
    QCOMPARE(value.toInt(), 0);
    QCOMPARE(run("contrib", look.arg(QString()), {key(1)}, &value), QString());
    QCOMPARE(value.toInt(), 1);
    QCOMPARE(run("contrib", look.arg(QStringLiteral("FOR UPDATE")), {key(10)}, &value), QString());
    QCOMPARE(value.toInt(), 1);
    // Its own actor, edited inside its territory, is fine; nobody deletes a row, a deletion is a tombstone.
    QCOMPARE(push("contrib", "actors", key(10), actorData("Épicerie solidaire du Val", inside)), QString());
    QVERIFY(run("contrib", "DELETE FROM essaim.records WHERE key = ?", {key(10)}).contains(QStringLiteral("permission denied")));
    QVERIFY(run("coord", "DELETE FROM essaim.records WHERE key = ?", {key(10)}).contains(QStringLiteral("permission denied")));
}

void TestServer::readerWritesNothing()
{
    openAs(QStringLiteral("reader"), QStringLiteral("reader"));
    QVariant value;
    QCOMPARE(run("reader", "SELECT count(*) FROM essaim.records", {}, &value), QString());
    QVERIFY(value.toInt() >= 6);
    const QString denied = QStringLiteral("permission denied for table records");
    QCOMPARE(push("reader", "actors", key(20), actorData("Lecture seule", inside)), denied);
    QCOMPARE(run("reader", "UPDATE essaim.records SET deleted = true"), denied);
    QCOMPARE(run("reader", "DELETE FROM essaim.records"), denied);
    QCOMPARE(run("reader", "SELECT essaim.begin_push()"), QStringLiteral("permission denied for function begin_push"));
    QCOMPARE(run("reader", "INSERT INTO essaim.council (id, name) VALUES ('x', 'y')"), QStringLiteral("permission denied for table council"));
    QCOMPARE(run("reader", "SELECT count(*) FROM essaim.audit"), QStringLiteral("permission denied for table audit"));
    QCOMPARE(run("reader", "UPDATE essaim.members SET role = 'coordinator' WHERE name = session_user"),
             QStringLiteral("permission denied for table members"));
    QCOMPARE(run("contrib", "UPDATE essaim.members SET communes = '{75056}' WHERE name = session_user"),
             QStringLiteral("permission denied for table members"));
}

void TestServer::childrenFollowTheirParentsTerritory()
{
    const auto territoryOf = [](const QString &kind, const QString &k) {
        QVariant value;
        const QString error = run(QStringLiteral("coord"), QStringLiteral("SELECT territory FROM essaim.records WHERE kind = ? AND key = ?"),
                                  {kind, k}, &value);
        return error.isEmpty() ? value.toString() : error;
    };
    // The coordinator moves the actor of contact 12 out of the contributor's territory: the contact goes with it.
    QCOMPARE(territoryOf(QStringLiteral("contacts"), key(12)), inside);
    QCOMPARE(run("coord", "INSERT INTO essaim.records (kind, key, data) VALUES ('consent_history', ?, ?::jsonb)",
                 {key(60), QStringLiteral(R"({"contact_id":"%1","purpose":"guide"})").arg(key(12))}),
             QString());
    QCOMPARE(territoryOf(QStringLiteral("consent_history"), key(60)), inside);
    QCOMPARE(push("coord", "actors", key(2), actorData("Ressourcerie du Val", outside)), QString());
    QCOMPARE(territoryOf(QStringLiteral("contacts"), key(12)), outside);
    QCOMPARE(territoryOf(QStringLiteral("consent_history"), key(60)), outside);
    QCOMPARE(push("contrib", "contacts", key(12), QStringLiteral(R"({"actor_id":"%1","last_name":"Dupuis"})").arg(key(2))),
             QStringLiteral("new row violates row-level security policy for table \"records\""));
    // A contact pushed before its actor has no territory until the actor comes.
    QCOMPARE(push("coord", "contacts", key(61), QStringLiteral(R"({"actor_id":"%1","last_name":"Leroy"})").arg(key(62))), QString());
    QCOMPARE(territoryOf(QStringLiteral("contacts"), key(61)), QString());
    QCOMPARE(push("coord", "actors", key(62), actorData("Atelier vélo", inside)), QString());
    QCOMPARE(territoryOf(QStringLiteral("contacts"), key(61)), inside);
    QCOMPARE(push("contrib", "contacts", key(61), QStringLiteral(R"({"actor_id":"%1","last_name":"Leroy-Petit"})").arg(key(62))), QString());
}

void TestServer::serverStampsEveryWrite()
{
    // A client cannot give the server's columns at all…
    QCOMPARE(run("coord", "INSERT INTO essaim.records (kind, key, data, changed_by) VALUES ('actors', ?, '{}', 'mallory')", {key(30)}),
             QStringLiteral("permission denied for table records"));
    QCOMPARE(run("coord", "UPDATE essaim.records SET changed_by = 'mallory', revision = 1 WHERE key = ?", {key(2)}),
             QStringLiteral("permission denied for table records"));
    // …and even the database's owner, who may, is overruled by the trigger.
    QCOMPARE(run("admin",
                 "INSERT INTO essaim.records (kind, key, data, changed_by, changed_at, revision, territory) "
                 "VALUES ('actors', ?, ?::jsonb, 'mallory', '2001-01-01', 1, '99999')",
                 {key(31), actorData("Forgé", inside)}),
             QString());
    QVariant value;
    QCOMPARE(run("admin", "SELECT changed_by || ' ' || territory || ' ' || (revision > 1) || ' ' || (changed_at > '2020-01-01') "
                          "FROM essaim.records WHERE key = ?",
                 {key(31)}, &value),
             QString());
    QCOMPARE(value.toString(), QStringLiteral("postgres %1 true true").arg(inside));
    QCOMPARE(run("admin", "SELECT changed_by FROM essaim.records WHERE kind = 'contacts' AND key = ?", {key(11)}, &value), QString());
    QCOMPARE(value.toString(), QStringLiteral("contrib"));
    QVERIFY(run("admin", "UPDATE essaim.records SET key = 'other' WHERE key = ?", {key(31)}).contains(QStringLiteral("keeps its kind and key")));
}

void TestServer::auditHasARowPerWrite()
{
    QCOMPARE(push("coord", "actors", key(40), actorData("Jardin partagé", inside)), QString());
    QCOMPARE(push("contrib", "actors", key(40), actorData("Jardin partagé des Près", inside)), QString());
    QCOMPARE(push("coord", "actors", key(40), actorData("Jardin partagé des Près", inside), true), QString());
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("coord"), false));
    query.prepare(QStringLiteral("SELECT a.user_name, a.operation, a.revision = r.revision FROM essaim.audit a, essaim.records r "
                                 "WHERE a.kind = r.kind AND a.key = r.key AND a.key = ? ORDER BY a.revision"));
    query.addBindValue(key(40));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QStringList rows;
    while (query.next())
        rows << QStringLiteral("%1 %2 %3").arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toBool() ? "last" : "");
    QCOMPARE(rows, QStringList({"coord insert ", "contrib update ", "coord delete last"}));
    QVariant value;
    QCOMPARE(run("coord", "SELECT count(*) FROM essaim.audit WHERE kind = 'actors' AND key = ?", {key(1)}, &value), QString());
    QCOMPARE(value.toInt(), 1);
}

void TestServer::revisionsFollowTheCommitOrder_data()
{
    QTest::addColumn<bool>("secondCallsBeginPush");
    QTest::addColumn<int>("base");
    QTest::newRow("both call begin_push") << true << 100;
    QTest::newRow("the second skips it") << false << 200;
}

void TestServer::revisionsFollowTheCommitOrder()
{
    QFETCH(bool, secondCallsBeginPush);
    QFETCH(int, base);
    QCOMPARE(run("coord", "BEGIN"), QString());
    QCOMPARE(run("coord", "SELECT essaim.begin_push()"), QString());
    QCOMPARE(push("coord", "actors", key(base + 1), actorData("A", inside)), QString());
    std::atomic<bool> finished{false};
    QString secondError;
    const QString socket = m_server.socketDirectory();
    std::thread second([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("second"));
            db.setHostName(socket);
            db.setDatabaseName(QStringLiteral("council_a"));
            db.setUserName(QStringLiteral("contrib"));
            db.setPassword(QStringLiteral("contrib-password"));
            if (!db.open())
                secondError = db.lastError().text();
            else if (!db.transaction() || (secondCallsBeginPush && !QSqlQuery(db).exec(QStringLiteral("SELECT essaim.begin_push()"))))
                secondError = QStringLiteral("no transaction");
            else
                secondError = push(QStringLiteral("second"), QStringLiteral("actors"), key(base + 2), actorData("B", inside));
            if (secondError.isEmpty() && !db.commit())
                secondError = db.lastError().text();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("second"));
        finished = true;
    });
    QThread::msleep(700);
    const bool secondWaited = !finished;
    QCOMPARE(push("coord", "actors", key(base + 3), actorData("C", inside)), QString());
    QCOMPARE(run("coord", "COMMIT"), QString());
    second.join();
    QCOMPARE(secondError, QString());
    QVERIFY(secondWaited);
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("reader"), false));
    query.prepare(QStringLiteral("SELECT data->>'name' FROM essaim.records WHERE key IN (?, ?, ?) ORDER BY revision"));
    for (int i = 1; i <= 3; ++i)
        query.addBindValue(key(base + i));
    QVERIFY(query.exec());
    QStringList order;
    while (query.next())
        order << query.value(0).toString();
    QCOMPARE(order, QStringList({"A", "C", "B"}));
}

void TestServer::aChangeIsNotified()
{
    QSqlDriver *driver = QSqlDatabase::database(QStringLiteral("reader"), false).driver();
    QVERIFY(driver->subscribeToNotification(QStringLiteral("essaim_changes")));
    QSignalSpy spy(driver, &QSqlDriver::notification);
    QCOMPARE(push("coord", "actors", key(50), actorData("Tiers-lieu", inside)), QString());
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("essaim_changes"));
    // One transaction of several writes: one notification.
    QCOMPARE(run("contrib", "BEGIN"), QString());
    QCOMPARE(push("contrib", "actors", key(51), actorData("Un", inside)), QString());
    QCOMPARE(push("contrib", "actors", key(52), actorData("Deux", inside)), QString());
    QCOMPARE(run("contrib", "COMMIT"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
    QTest::qWait(300);
    QCOMPARE(spy.count(), 2);
}

void TestServer::aServerOnTheNetworkWithoutTlsIsRefused()
{
    // 127.0.0.2 is not "this computer" for Essaim, so TLS is required, which this server does not offer.
    for (const QString &name : std::as_const(m_opened))
        QSqlDatabase::removeDatabase(name);
    m_opened.clear();
    QVERIFY(m_server.execute(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM SET listen_addresses = '127.0.0.2'")));
    QVERIFY2(m_server.stop() && m_server.start(), qPrintable(m_server.errorString()));
    ServerAddress address;
    QVERIFY(address.parse(QStringLiteral("postgresql://127.0.0.2:%1/council_a").arg(m_server.port())));
    QCOMPARE(address.sslMode(), QStringLiteral("require"));
    ServerConnection connection(QStringLiteral("remote"));
    QVERIFY(!connection.open(address, QStringLiteral("coord"), QStringLiteral("coord-password")));
    QCOMPARE(connection.failure(), ServerConnection::Failure::NoTls);
    QCOMPARE(connection.errorString(), QStringLiteral("The server 127.0.0.2 offers no encrypted connection (TLS), and Essaim reaches a server on "
                                                      "the network only over TLS: ask its administrator to switch ssl on."));
    QVERIFY(address.parse(QStringLiteral("postgresql://127.0.0.2:%1/council_a").arg(m_server.port() + 1)));
    QVERIFY(!connection.open(address, QStringLiteral("coord"), QStringLiteral("coord-password")));
    QCOMPARE(connection.failure(), ServerConnection::Failure::Unreachable);
    QVERIFY(m_server.execute(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM RESET listen_addresses")));
}

void TestServer::secretStoreSaysWhenThereIsNone()
{
    // No session bus at all, as on a server or in CI: the store cannot be asked.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/essaim-test-bus");
    qunsetenv("DISPLAY");
    const QString server = QStringLiteral("postgresql://essaim.example.org/sambre?sslmode=require");
    SecretStore store;
    QVERIFY(store.isAvailable());
    QVERIFY(!store.save(server, QStringLiteral("camille"), QStringLiteral("s3cret-pass")));
    QVERIFY(!store.isAvailable());
    QVERIFY2(store.errorString().startsWith(QStringLiteral("No secret store answers on this desktop (GNOME Keyring, KWallet…), so the "
                                                           "password is kept nowhere: Essaim asks for it at each start.")),
             qPrintable(store.errorString()));
    SecretStore again;
    QCOMPARE(again.load(server, QStringLiteral("camille")), std::nullopt);
    QVERIFY(!again.isAvailable());
    QVERIFY(!again.errorString().isEmpty());
    QVERIFY(!again.remove(server, QStringLiteral("camille")));
}

void TestServer::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_opened))
        QSqlDatabase::removeDatabase(name);
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
