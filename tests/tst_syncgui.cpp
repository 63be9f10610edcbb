#include "app/mainwindow.h"
#include "models/demo/demodatabuilder.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/sync/conflictstore.h"
#include "models/sync/serveradmin.h"
#include "models/sync/syncengine.h"
#include "models/sync/syncstatus.h"
#include "pgserver.h"
#include "testsupport.h"
#include "views/conflictsdialog.h"
#include "views/directorytab.h"
#include "views/connectserverdialog.h"
#include "views/prompter.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

/// The shared server from the window: File ▸ Connect to a shared server…
/// receives the council into a new database, the status bar says where the
/// desktop stands, and a conflict is resolved from File ▸ Conflicts… and
/// undone.
class TestSyncGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectReceivesAndAConflictIsResolvedAndUndone();
    void aReaderCannotChangeAnActor();

private:
    /// The phone of the actor named @p name, read on @p connection.
    static QString phone(const QString &connection, const QString &name);

    PgServer m_server;
    QTemporaryDir m_home;
};

void TestSyncGui::initTestCase()
{
    TestSupport::pinClock();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.createDatabase(QStringLiteral("gui")));
    QVERIFY(m_server.open(QStringLiteral("gui-admin"), QStringLiteral("gui")));
    {
        ServerAdmin admin(QStringLiteral("gui-admin"));
        QVERIFY2(admin.initialise(QString()), qPrintable(admin.errorString()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gui-admin"));
}

QString TestSyncGui::phone(const QString &connection, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(QStringLiteral("SELECT phone FROM actors WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<missing>");
}

void TestSyncGui::connectReceivesAndAConflictIsResolvedAndUndone()
{
    // Another desktop put its council on the server.
    Database other;
    QVERIFY(other.open(m_home.filePath(QStringLiteral("other.essaim"))));
    QVERIFY(DemoDataBuilder(other.connectionName()).build());
    QVERIFY(m_server.open(QStringLiteral("other-server"), QStringLiteral("gui")));
    QVERIFY(SyncEngine(other.connectionName(), QStringLiteral("other-server")).join(m_server.url(QStringLiteral("gui")), PgServer::superuser()));
    QSqlQuery first(other.connection());
    QVERIFY(first.exec(QStringLiteral("SELECT name FROM actors ORDER BY id LIMIT 1")) && first.next());
    const QString actor = first.value(0).toString();
    first.finish();

    const auto reset = qScopeGuard([] { Prompter::setDialogHandler({}); });
    QStringList shown;
    Prompter::setDialogHandler([&](QDialog *dialog) {
        shown << dialog->objectName();
        if (auto *connect = qobject_cast<ConnectServerDialog *>(dialog)) {
            connect->setValues(m_server.url(QStringLiteral("gui")), PgServer::superuser(), QString());
            return int(QDialog::Accepted);
        }
        if (qobject_cast<ConflictsDialog *>(dialog)) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
            if (table->rowCount() != 1 || table->item(0, 2)->text() != QStringLiteral("03 27 00 00 02"))
                return int(QDialog::Rejected);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("keepMineButton")), Qt::LeftButton);
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    });

    MainWindow window;
    QVERIFY(window.openDatabase(m_home.filePath(QStringLiteral("mine.essaim"))));
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QVERIFY(status && !status->isVisible());
    window.findChild<QAction *>(QStringLiteral("connectServerAction"))->trigger();
    QCOMPARE(shown, QStringList{QStringLiteral("connectServerDialog")});
    auto *count = window.directoryTab()->findChild<QLabel *>(QStringLiteral("countLabel"));
    QSqlQuery total(other.connection());
    QVERIFY(total.exec(QStringLiteral("SELECT count(*) FROM actors WHERE archived = 0")) && total.next());
    QCOMPARE(count->text(), QStringLiteral("%1 actor(s)").arg(total.value(0).toInt()));
    QVERIFY2(status->text().startsWith(QStringLiteral("Shared: online · synchronised at ")), qPrintable(status->text()));
    QVERIFY2(status->text().endsWith(QStringLiteral("0 change(s) waiting")), qPrintable(status->text()));

    // The same field, changed on both desktops: one conflict after "Synchronise now".
    ActorStore theirs(other.connectionName());
    QSqlQuery id(other.connection());
    QVERIFY(id.exec(QStringLiteral("SELECT id FROM actors WHERE name = '%1'").arg(QString(actor).replace(QLatin1Char('\''), QStringLiteral("''")))) && id.next());
    std::optional<Actor> a = theirs.load(id.value(0).toLongLong());
    QVERIFY(a);
    a->phone = QStringLiteral("03 27 00 00 01");
    QVERIFY(theirs.save(*a));
    QVERIFY(SyncEngine(other.connectionName(), QStringLiteral("other-server")).sync());
    QString connection;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (QSqlDatabase::database(name, false).databaseName().endsWith(QStringLiteral("mine.essaim")))
            connection = name;
    }
    QVERIFY(!connection.isEmpty());
    QSqlQuery edit(QSqlDatabase::database(connection));
    edit.prepare(QStringLiteral("UPDATE actors SET phone = '03 27 00 00 02' WHERE name = ?"));
    edit.addBindValue(actor);
    QVERIFY(edit.exec());
    window.findChild<QAction *>(QStringLiteral("syncAction"))->trigger();
    QVERIFY2(status->text().endsWith(QStringLiteral("1 conflict(s)")), qPrintable(status->text()));
    QCOMPARE(phone(connection, actor), QStringLiteral("03 27 00 00 01"));

    window.findChild<QAction *>(QStringLiteral("conflictsAction"))->trigger();
    QCOMPARE(shown.last(), QStringLiteral("conflictsDialog"));
    QCOMPARE(phone(connection, actor), QStringLiteral("03 27 00 00 02"));
    QCOMPARE(ConflictStore(connection).openCount(), 0);
    QCOMPARE(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    QCOMPARE(phone(connection, actor), QStringLiteral("03 27 00 00 01"));
    QCOMPARE(ConflictStore(connection).openCount(), 1);
    window.undoStack()->redo();
    window.findChild<QAction *>(QStringLiteral("syncAction"))->trigger();
    QVERIFY(SyncEngine(other.connectionName(), QStringLiteral("other-server")).sync());
    QCOMPARE(phone(other.connectionName(), actor), QStringLiteral("03 27 00 00 02"));

    // Another desktop's change arrives by itself within five seconds (NOTIFY).
    QSqlQuery again(other.connection());
    again.prepare(QStringLiteral("UPDATE actors SET phone = '03 27 00 00 09' WHERE name = ?"));
    again.addBindValue(actor);
    QVERIFY(again.exec());
    QVERIFY(SyncEngine(other.connectionName(), QStringLiteral("other-server")).sync());
    QTRY_COMPARE_WITH_TIMEOUT(phone(connection, actor), QStringLiteral("03 27 00 00 09"), 5000);
}

void TestSyncGui::aReaderCannotChangeAnActor()
{
    QVERIFY(m_server.open(QStringLiteral("gui-admin2"), QStringLiteral("gui")));
    {
        ServerAdmin admin(QStringLiteral("gui-admin2"));
        QVERIFY2(admin.addMember({QStringLiteral("lea_gui"), QStringLiteral("reader"), QString(), {}}, QStringLiteral("lecture-2026")),
                 qPrintable(admin.errorString()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gui-admin2"));
    const QString path = m_home.filePath(QStringLiteral("reader.essaim"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(m_server.open(QStringLiteral("reader-server"), QStringLiteral("gui"), QStringLiteral("lea_gui"), QStringLiteral("lecture-2026")));
        SyncEngine engine(db.connectionName(), QStringLiteral("reader-server"));
        QVERIFY2(engine.join(m_server.url(QStringLiteral("gui")), QStringLiteral("lea_gui")), qPrintable(engine.errorString()));
        QSqlDatabase::removeDatabase(QStringLiteral("reader-server"));
    }
    QStringList warnings;
    Prompter::setWarningHandler([&](const QString &text) { warnings << text; });
    const auto reset = qScopeGuard([] { Prompter::setWarningHandler({}); });
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    DirectoryTab *directory = window.directoryTab();
    QVERIFY(!directory->findChild<QAction *>(QStringLiteral("newActorAction"))->isEnabled());
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QVERIFY2(status->text().endsWith(QStringLiteral("read only")), qPrintable(status->text()));
    // Typing in an actor's form ends with the sentence, and nothing written.
    QString connection;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (QSqlDatabase::database(name, false).databaseName() == path)
            connection = name;
    }
    QSqlQuery first(QSqlDatabase::database(connection));
    QVERIFY(first.exec(QStringLiteral("SELECT id, name FROM actors WHERE archived = 0 ORDER BY id LIMIT 1")) && first.next());
    const qint64 id = first.value(0).toLongLong();
    const QString name = first.value(1).toString();
    first.finish();
    directory->selectActor(id);
    auto *nameEdit = directory->findChild<QLineEdit *>(QStringLiteral("name"));
    nameEdit->setText(name + QStringLiteral(" (modifié)"));
    QTest::mouseClick(directory->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    QCOMPARE(warnings, QStringList{SyncStatus::tr("You are a reader of this council's shared data: you can read and print it, not change it. "
                                                  "Ask the council's coordinator.")});
    QSqlQuery after(QSqlDatabase::database(connection));
    after.prepare(QStringLiteral("SELECT name FROM actors WHERE id = ?"));
    after.addBindValue(id);
    QVERIFY(after.exec() && after.next());
    QCOMPARE(after.value(0).toString(), name);
}

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"
