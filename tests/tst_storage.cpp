#include "models/search/actorsearchengine.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/eventstore.h"
#include "models/stores/planstore.h"
#include "models/stores/session.h"
#include "models/undo/storecommand.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using TestSupport::fileHash;

/// Opening, creating, upgrading and refusing database files.
namespace {
/// A change whose store may refuse it: counts what reached the "database".
class CountingCommand : public StoreCommand
{
public:
    CountingCommand(int *value, bool *refuse)
        : StoreCommand(QStringLiteral("count"))
        , m_value(value)
        , m_refuse(refuse)
    {
    }

protected:
    bool apply() override { return !*m_refuse && ++*m_value; }
    bool revert() override { return !*m_refuse && (--*m_value, true); }

private:
    int *m_value;
    bool *m_refuse;
};
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Database::setMigrationsPath(QStringLiteral(":/schema"));
        Database::setSchemaVersionLimit(-1);
        QVERIFY(m_dir.isValid());
    }

    void createsNewDatabaseWithPragmasAndReferenceData()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.essaim"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::ApplicationId);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM communes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 150);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM epcis")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(q.exec(QStringLiteral("SELECT label, family FROM legal_categories WHERE code = '5458'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("SARL coopérative de production (SCOP)"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("cooperative"));
        QVERIFY(q.exec(QStringLiteral("SELECT e.name FROM communes c JOIN epcis e ON e.siren = c.epci_siren WHERE c.insee = '59392'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("CA Maubeuge Val de Sambre"));
        QStringList problems;
        QVERIFY2(db.checkIntegrity(&problems), qPrintable(problems.join(QLatin1Char(';'))));
    }

    void missingFileIsNotCreatedWhenOpeningExisting()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.essaim"));
        Database db;
        QVERIFY(!db.open(path, Database::OpenMode::OpenExisting));
        QCOMPARE(db.error(), Database::Error::NotFound);
        QVERIFY(!QFile::exists(path));
        QVERIFY(db.errorString().contains(QStringLiteral("absent.essaim")));
    }

    void aSessionIsTheDatabaseAndItsStores()
    {
        const QString absent = m_dir.filePath(QStringLiteral("session-absent.essaim"));
        {
            Session refused;
            QVERIFY(!refused.open(absent, Database::OpenMode::OpenExisting));
            QVERIFY2(refused.errorString().contains(QStringLiteral("session-absent.essaim")), qPrintable(refused.errorString()));
        }
        QVERIFY(!QFile::exists(absent));

        const QString path = m_dir.filePath(QStringLiteral("session.essaim"));
        auto session = std::make_unique<Session>();
        QVERIFY2(session->open(path, Database::OpenMode::CreateIfMissing), qPrintable(session->errorString()));
        QCOMPARE(session->filePath(), QFileInfo(path).absoluteFilePath());
        Actor actor = TestSupport::makeActor(QStringLiteral("Alpha"));
        QVERIFY(session->actors().save(actor));
        // Every store works on the session's connection.
        QCOMPARE(session->actors().count(), 1);
        QCOMPARE(session->plans().actionChoices().size(), 0);
        QCOMPARE(session->events().eventsOfPlanAction(1).size(), 0);
        session->reloadStores();
        QCOMPARE(session->actors().count(), 1);
        const QString connection = session->connectionName();
        session.reset();
        // Destroyed together: the connection is closed, the file free for another.
        QVERIFY(!QSqlDatabase::contains(connection));
        Session again;
        QVERIFY2(again.open(path, Database::OpenMode::OpenExisting), qPrintable(again.errorString()));
    }

    void oneUndoProtocol()
    {
        int value = 0;
        bool refuse = false;
        QUndoStack stack;
        auto *command = new CountingCommand(&value, &refuse);
        QVERIFY(command->applyNow());
        stack.push(command); // the first redo writes nothing twice
        QCOMPARE(value, 1);
        stack.undo();
        QCOMPARE(value, 0);
        stack.redo();
        QCOMPARE(value, 1);
        // An undo the store refuses leaves the stack: nothing is undone twice.
        refuse = true;
        stack.undo();
        QCOMPARE(value, 1);
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        // A change refused at once is told before it reaches the stack.
        auto *refused = new CountingCommand(&value, &refuse);
        QVERIFY(!refused->applyNow());
        QVERIFY(!refused->succeeded());
        QCOMPARE(value, 1);
        delete refused;
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("text file") << "text" << int(Database::Error::NotADatabase);
        QTest::newRow("empty file") << "empty" << int(Database::Error::NotADatabase);
        QTest::newRow("another program's SQLite") << "foreign" << int(Database::Error::NotADatabase);
        QTest::newRow("corrupt Essaim file") << "corrupt" << int(Database::Error::Corrupt);
        QTest::newRow("read-only") << "readonly" << int(Database::Error::ReadOnly);
        QTest::newRow("newer schema") << "newer" << int(Database::Error::NewerSchema);
        QTest::newRow("locked by another Essaim") << "locked" << int(Database::Error::Locked);
    }

    void refusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        const QString path = m_dir.filePath(kind + QStringLiteral(".essaim"));
        std::unique_ptr<Database> holder;
        if (kind == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("nom;commune\nLa Ressourcerie;Maubeuge\n");
        } else if (kind == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("foreign")) {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"));
            other.close();
            other = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else {
            makeEssaimFile(path);
            if (kind == QLatin1String("corrupt")) {
                // Keep the header (it says "Essaim"), ruin every page after it.
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                const qint64 size = f.size();
                QVERIFY(size > 8192);
                f.seek(100);
                f.write(QByteArray(int(size - 100), '\xA5'));
            } else if (kind == QLatin1String("readonly")) {
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup);
            } else if (kind == QLatin1String("newer")) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(60);
                f.write(QByteArray("\x00\x00\x00\x63", 4)); // user_version 99
            } else if (kind == QLatin1String("locked")) {
                holder = std::make_unique<Database>();
                QVERIFY(holder->open(path));
            }
        }
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(int(db.error()), expected);
        QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")) || kind == QLatin1String("locked"));
        if (kind == QLatin1String("readonly"))
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void migratesOlderVersionWithBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.essaim"));
        {
            Database::setSchemaVersionLimit(1);
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QCOMPARE(db.schemaVersion(), 1);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO actors(name, name_key, commune_name, created_at, updated_at) "
                "VALUES ('Énergies Citoyennes de l''Avesnois', 'energies citoyennes de l''avesnois', 'Fourmies', "
                "'2012-01-01T00:00:00Z', '2012-01-01T00:00:00Z')")));
        }
        Database::setSchemaVersionLimit(-1);
        const QByteArray oldBytes = fileHash(path);
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!db.migrationBackupPath().isEmpty());
        QVERIFY(QFile::exists(db.migrationBackupPath()));
        // The copy is the version-1 database, still readable as such.
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            copy.setDatabaseName(db.migrationBackupPath());
            QVERIFY(copy.open());
            QSqlQuery q(copy);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM actors")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Énergies Citoyennes de l'Avesnois"));
            copy.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        // Byte for byte the file as it was before the migration.
        QCOMPARE(fileHash(db.migrationBackupPath()), oldBytes);
        // The new search index covers the rows that were already there.
        ActorSearchEngine engine(db.connectionName());
        ActorFilter filter;
        filter.text = QStringLiteral("energie");
        QCOMPARE(engine.match(filter).size(), std::size_t(1));
    }

    void failedMigrationRollsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("rollback.essaim"));
        {
            Database::setSchemaVersionLimit(1);
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            ActorStore store(db.connectionName());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO actors(name, name_key, created_at, updated_at) VALUES ('Atelier', 'atelier', 'x', 'x')")));
        }
        Database::setSchemaVersionLimit(-1);
        // A version 2 that fails half-way: its first statement must not stay.
        QTemporaryDir scripts;
        QVERIFY(QFile::copy(QStringLiteral(":/schema/001_initial.sql"), scripts.filePath(QStringLiteral("001_initial.sql"))));
        QFile broken(scripts.filePath(QStringLiteral("002_broken.sql")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("CREATE TABLE half_done(id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");
        broken.close();
        Database::setMigrationsPath(scripts.path());

        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::MigrationFailed);
        QVERIFY(db.errorString().contains(QStringLiteral("no_such_table")));
        Database::setMigrationsPath(QStringLiteral(":/schema"));
        Database::setSchemaVersionLimit(1);
        Database reopened;
        QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
        QCOMPARE(reopened.schemaVersion(), 1);
        QSqlQuery q(reopened.connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM half_done")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM actors")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void theShadowsOfASharedDirectorySurviveTheirNewTable()
    {
        // Migration 023 moves the bases of merges into a table with rowids:
        // every record, deletions too, stays as it was, found by its key.
        const QString path = m_dir.filePath(QStringLiteral("shadows.essaim"));
        {
            Database::setSchemaVersionLimit(22);
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sync_shadow(kind, key, revision, deleted, data, changed_by, changed_at) VALUES "
                "('actors', 'b2', 7, 0, '{\"name\":\"Régie de quartier\"}', 'camille', '2026-11-30T09:00:00Z'), "
                "('actors', 'a1', 9, 1, '{}', 'lea', '2026-12-01T10:00:00Z'), "
                "('actor_figures', '[\"b2\",2025]', 8, 0, '{\"year\":2025,\"headcount\":12}', 'camille', '2026-11-30T09:00:01Z')")));
        }
        Database::setSchemaVersionLimit(-1);
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(kind || '|' || key || '|' || revision || '|' || deleted || '|' || data || '|' || changed_by "
                                      "|| '|' || changed_at, ';') FROM (SELECT * FROM sync_shadow ORDER BY kind, key)"))
                && q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("actor_figures|[\"b2\",2025]|8|0|{\"year\":2025,\"headcount\":12}|camille|2026-11-30T09:00:01Z;"
                                "actors|a1|9|1|{}|lea|2026-12-01T10:00:00Z;"
                                "actors|b2|7|0|{\"name\":\"Régie de quartier\"}|camille|2026-11-30T09:00:00Z"));
        // One record per key, as before.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO sync_shadow(kind, key, revision, data) VALUES ('actors', 'b2', 10, '{}')")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_shadow WHERE kind = 'actors' AND deleted = 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void saveIsAllOrNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("atomic.essaim"));
        Database db;
        QVERIFY(db.open(path));
        ActorStore store(db.connectionName());
        Actor a = TestSupport::makeActor(QStringLiteral("Régie de quartier"));
        YearFigures f;
        f.year = 2012;
        f.headcount = -3; // refused by the CHECK constraint, after the actor row was written
        a.figures << f;
        QVERIFY(!store.save(a));
        QCOMPARE(store.count(), 0);
    }

    void cleanup()
    {
        Database::setMigrationsPath(QStringLiteral(":/schema"));
        Database::setSchemaVersionLimit(-1);
    }

private:
    void makeEssaimFile(const QString &path)
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        ActorStore store(db.connectionName());
        QList<Actor> actors;
        for (int i = 0; i < 60; ++i)
            actors << TestSupport::makeActor(QStringLiteral("Association n° %1 pour le développement local").arg(i));
        QVERIFY(store.saveAll(actors));
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
