#include "models/storage/backupmanager.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

/// The daily copies next to the database, and restoring one.
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void onePerDayKeepingSeven()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("council.essaim"))));
        BackupManager backups(&db);
        bool made = false;
        for (int day = 1; day <= 9; ++day) {
            QVERIFY2(backups.dailyBackup(QDate(2012, 6, day), &made), qPrintable(backups.errorString()));
            QVERIFY(made);
        }
        QVERIFY(backups.dailyBackup(QDate(2012, 6, 9), &made));
        QVERIFY(!made); // already taken that day
        const QStringList names = QDir(dir.path()).entryList({QStringLiteral("council.essaim.backup-*")}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), BackupManager::Kept);
        QCOMPARE(names.first(), QStringLiteral("council.essaim.backup-2012-06-03"));
        QCOMPARE(names.last(), QStringLiteral("council.essaim.backup-2012-06-09"));
        QCOMPARE(backups.backups().size(), 7);
    }

    void restoreBringsBackThePastAndKeepsThePresent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("council.essaim"));
        Database db;
        QVERIFY(db.open(path));
        {
            ActorStore store(db.connectionName());
            Actor a = TestSupport::makeActor(QStringLiteral("Première structure"));
            QVERIFY(store.save(a));
        }
        BackupManager backups(&db);
        QVERIFY(backups.dailyBackup(QDate(2012, 6, 1)));
        {
            ActorStore store(db.connectionName());
            Actor b = TestSupport::makeActor(QStringLiteral("Seconde structure"));
            QVERIFY(store.save(b));
            QCOMPARE(store.count(), 2);
        }
        const QString old = BackupManager::backupPathFor(path, QDateTime(QDate(2012, 6, 1), QTime(0, 0)), false);
        QVERIFY2(backups.restore(old), qPrintable(backups.errorString()));
        QVERIFY(db.isOpen());
        {
            ActorStore store(db.connectionName());
            QCOMPARE(store.count(), 1);
        }
        // The state before the restore is a backup too.
        QCOMPARE(backups.backups().size(), 2);
        QVERIFY2(backups.restore(backups.backups().first().path), qPrintable(backups.errorString()));
        ActorStore store(db.connectionName());
        QCOMPARE(store.count(), 2);
    }

    void refusesToRestoreAFileThatIsNotABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("council.essaim"));
        Database db;
        QVERIFY(db.open(path));
        ActorStore(db.connectionName()).count();
        const QString bogus = dir.filePath(QStringLiteral("council.essaim.backup-2012-01-01"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        BackupManager backups(&db);
        QVERIFY(!backups.restore(bogus));
        QVERIFY(backups.errorString().contains(QStringLiteral("not an Essaim database")));
        QVERIFY(db.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
