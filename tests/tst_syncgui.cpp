#include "app/mainwindow.h"
#include "models/demo/demodatabuilder.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/sync/conflictstore.h"
#include "models/sync/serveradmin.h"
#include "models/sync/syncengine.h"
#include "models/sync/syncstatus.h"
#include "models/sync/writepolicy.h"
#include "models/domain/clock.h"
#include "models/privacy/processingregister.h"
#include "models/privacy/retentionreview.h"
#include "models/domain/projectvocabulary.h"
#include "models/itemmodels/actortablemodel.h"
#include "pgserver.h"
#include "testsupport.h"
#include "views/actorform.h"
#include "views/conflictsdialog.h"
#include "views/agendatab.h"
#include "views/directorytab.h"
#include "views/persondialog.h"
#include "views/observatorytab.h"
#include "views/plantab.h"
#include "views/projectboard.h"
#include "views/projectboardcolumn.h"
#include "views/projectstab.h"
#include "views/publicationstab.h"
#include "views/connectserverdialog.h"
#include "views/prompter.h"
#include "views/registerdialog.h"
#include "views/retentiondialog.h"

#include <functional>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
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
    void aReaderSeesNoEditAction();
    void aCoordinatorKeepsEveryEditAction();
    void aContributorChangesTheAgendaAndProjectsOfTheirTerritoryOnly();
    void theRoleShapesTheWindowRightAfterConnecting();
    void aJoinCancelledInTheWindowCarriesOnFromSynchroniseNow();
    void aReaderReadsAndPrintsTheRegisterAndTheRetentionReview();
    void aCoordinatorEditsTheRegisterAndTheRetentionReview();

private:
    /// The council "perm" on the server, uploaded once from a demo desktop.
    bool preparePermCouncil();
    /// A desktop that joined "perm" as @p user (added with @p role and
    /// @p communes), or as the superuser (a coordinator) when @p user is
    /// empty: its file, empty on failure.
    QString joinPerm(const QString &user, const QString &role = QString(), const QStringList &communes = {});
    /// The QSqlDatabase connection the window opened on @p path.
    static QString connectionOf(const QString &path);
    /// One value of @p sql (one bound @p value) on @p connection.
    static QVariant valueOf(const QString &connection, const QString &sql, const QVariant &value);
    /// Of the actions and widgets named @p names under @p parent, the
    /// enabled ones (a missing one is listed as "missing:NAME").
    static QStringList enabled(const QObject *parent, const QStringList &names);
    /// The person dialog's Erase button once the first contact of
    /// @p connection is found and chosen: whether it is enabled, and its tip.
    static QPair<bool, QString> eraseButton(MainWindow &window, const QString &connection);
    /// What the tests look at: an event of the agenda and an item of the plan chosen.
    static void chooseSamples(MainWindow &window, const QString &connection);
    /// Every row of @p table on @p connection, every column, as text.
    static QStringList rowsOf(const QString &connection, const QString &table);
    /// The note under the register and under the retention review, opened
    /// from the Personal data menu (empty when hidden).
    static QStringList readOnlyNotes(MainWindow &window);
    bool m_permReady = false;

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

namespace {
// The actions and widgets that write shared data, tab by tab, and some of
// those that only read, print or export (they stay for everyone).
const QStringList AgendaEdits = {QStringLiteral("newEventAction"), QStringLiteral("editEventAction"), QStringLiteral("registrationsAction"),
                                 QStringLiteral("deleteEventAction"), QStringLiteral("importIcsAction"), QStringLiteral("eventTypesAction")};
const QStringList AgendaReads = {QStringLiteral("attendanceSheetAction"), QStringLiteral("posterAction"), QStringLiteral("todayAction"),
                                 QStringLiteral("previousAction"), QStringLiteral("nextAction"), QStringLiteral("exportIcsAction")};
const QStringList PlanEdits = {QStringLiteral("planNewPlanAction"), QStringLiteral("planRemovePlanAction"), QStringLiteral("planAddObjectiveAction"),
                               QStringLiteral("planAddChildAction"), QStringLiteral("planDeleteAction"), QStringLiteral("planImportAction"),
                               QStringLiteral("planSaveButton"), QStringLiteral("planRemovePlanButton"), QStringLiteral("planNameEdit"),
                               QStringLiteral("planTitleEdit"), QStringLiteral("planApplyButton")};
const QStringList PlanReads = {QStringLiteral("planExportAction"), QStringLiteral("planPrintTimelineAction"), QStringLiteral("planTimelinePdfAction"),
                               QStringLiteral("planRoadmapPdfAction"), QStringLiteral("planReportAction")};
const QStringList ProjectEdits = {QStringLiteral("newProjectAction"), QStringLiteral("deleteProjectAction"), QStringLiteral("foundProjectAction"),
                                  QStringLiteral("markStepDoneAction"), QStringLiteral("importCallsAction"), QStringLiteral("markStepDoneButton")};
const QStringList ObservatoryEdits = {QStringLiteral("referenceFiguresAction"), QStringLiteral("communeListsAction")};
const QStringList ObservatoryReads = {QStringLiteral("presentationAction"), QStringLiteral("portraitAction")};
const QStringList DirectoryEdits = {QStringLiteral("newActorAction"), QStringLiteral("editSectorsAction")};
const QStringList DirectoryReads = {QStringLiteral("exportActorsAction"), QStringLiteral("findAction")};
const QStringList IdentityEdits = {QStringLiteral("councilName"), QStringLiteral("saveIdentityButton")};
const QStringList WindowEdits = {QStringLiteral("importActorsAction"), QStringLiteral("territoryAction")};
// The register and the retention review open for everyone, read-only for
// all but a coordinator (their own tests look inside).
const QStringList WindowReads = {QStringLiteral("journalAction"), QStringLiteral("privacyCheckAction"), QStringLiteral("saveCopyAction"),
                                 QStringLiteral("preferencesAction"), QStringLiteral("registerAction"), QStringLiteral("retentionAction")};
/// An event of the month the agenda opens on (the clock is pinned), not a series.
const QString SampleEvent = QStringLiteral("Trophées de l'ESS");
} // namespace

bool TestSyncGui::preparePermCouncil()
{
    if (m_permReady)
        return true;
    if (!m_server.createDatabase(QStringLiteral("perm")) || !m_server.open(QStringLiteral("perm-admin"), QStringLiteral("perm")))
        return false;
    {
        ServerAdmin admin(QStringLiteral("perm-admin"));
        if (!admin.initialise(QString()))
            return false;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("perm-admin"));
    {
        Database council;
        if (!council.open(m_home.filePath(QStringLiteral("perm-council.essaim"))) || !DemoDataBuilder(council.connectionName()).build()
            || !m_server.open(QStringLiteral("perm-up"), QStringLiteral("perm")))
            return false;
        if (!SyncEngine(council.connectionName(), QStringLiteral("perm-up")).join(m_server.url(QStringLiteral("perm")), PgServer::superuser()))
            return false;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("perm-up"));
    m_permReady = true;
    return true;
}

QString TestSyncGui::joinPerm(const QString &user, const QString &role, const QStringList &communes)
{
    const QString password = QStringLiteral("pw-%1-2026").arg(user);
    if (!user.isEmpty()) {
        if (!m_server.open(QStringLiteral("perm-admin"), QStringLiteral("perm")))
            return {};
        ServerAdmin admin(QStringLiteral("perm-admin"));
        const bool added = admin.addMember({user, role, communes.join(QLatin1Char(' ')), communes}, password);
        if (!added)
            qWarning() << admin.errorString();
        QSqlDatabase::removeDatabase(QStringLiteral("perm-admin"));
        if (!added)
            return {};
    }
    const QString path = m_home.filePath((user.isEmpty() ? QStringLiteral("perm-coordinator") : user) + QStringLiteral(".essaim"));
    {
        Database db;
        if (!db.open(path))
            return {};
        const bool opened = user.isEmpty() ? m_server.open(QStringLiteral("perm-join"), QStringLiteral("perm"))
                                           : m_server.open(QStringLiteral("perm-join"), QStringLiteral("perm"), user, password);
        if (!opened)
            return {};
        SyncEngine engine(db.connectionName(), QStringLiteral("perm-join"));
        if (!engine.join(m_server.url(QStringLiteral("perm")), user.isEmpty() ? PgServer::superuser() : user)) {
            qWarning() << engine.errorString();
            return {};
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("perm-join"));
    return path;
}

QString TestSyncGui::connectionOf(const QString &path)
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (QSqlDatabase::database(name, false).databaseName() == path)
            return name;
    }
    return {};
}

QVariant TestSyncGui::valueOf(const QString &connection, const QString &sql, const QVariant &value)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(sql);
    q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

QStringList TestSyncGui::enabled(const QObject *parent, const QStringList &names)
{
    QStringList on;
    for (const QString &name : names) {
        if (auto *action = parent->findChild<QAction *>(name)) {
            if (action->isEnabled())
                on << name;
        } else if (auto *widget = parent->findChild<QWidget *>(name)) {
            if (widget->isEnabled())
                on << name;
        } else {
            on << QStringLiteral("missing:") + name;
        }
    }
    return on;
}

QPair<bool, QString> TestSyncGui::eraseButton(MainWindow &window, const QString &connection)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(QStringLiteral("SELECT last_name FROM contacts ORDER BY id LIMIT 1")) || !q.next())
        return {};
    const QString name = q.value(0).toString();
    q.finish();
    QPair<bool, QString> seen{false, QStringLiteral("<no person dialog>")};
    const auto reset = qScopeGuard([] { Prompter::setDialogHandler({}); });
    Prompter::setDialogHandler([&](QDialog *dialog) {
        if (auto *person = qobject_cast<PersonDialog *>(dialog)) {
            person->search(name);
            person->findChild<QTableWidget *>(QStringLiteral("personResults"))->selectRow(0);
            auto *erase = person->findChild<QPushButton *>(QStringLiteral("erasePerson"));
            seen = {erase->isEnabled(), erase->toolTip()};
        }
        return int(QDialog::Rejected);
    });
    window.findChild<QAction *>(QStringLiteral("personAction"))->trigger();
    return seen;
}

void TestSyncGui::chooseSamples(MainWindow &window, const QString &connection)
{
    QVERIFY(window.agendaTab()->selectOccurrence(SampleEvent));
    window.planTab()->selectItem(valueOf(connection, QStringLiteral("SELECT min(id) FROM plan_items WHERE plan_id = ?"),
                                         window.planTab()->currentPlanId())
                                     .toLongLong());
    QVERIFY(window.planTab()->currentItemId() > 0);
}

QStringList TestSyncGui::rowsOf(const QString &connection, const QString &table)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    QStringList result;
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
        return {QStringLiteral("error")};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        result << values.join(QLatin1Char('|'));
    }
    return result;
}

QStringList TestSyncGui::readOnlyNotes(MainWindow &window)
{
    QStringList notes;
    const auto reset = qScopeGuard([] { Prompter::setDialogHandler({}); });
    Prompter::setDialogHandler([&](QDialog *dialog) {
        for (const char *name : {"registerReadOnlyNote", "retentionReadOnlyNote"}) {
            if (auto *note = dialog->findChild<QLabel *>(QLatin1String(name)))
                notes << (note->isHidden() ? QString() : note->text());
        }
        return int(QDialog::Rejected);
    });
    window.findChild<QAction *>(QStringLiteral("registerAction"))->trigger();
    window.findChild<QAction *>(QStringLiteral("retentionAction"))->trigger();
    return notes;
}

void TestSyncGui::aReaderSeesNoEditAction()
{
    QVERIFY(preparePermCouncil());
    const QString path = joinPerm(QStringLiteral("paul_perm"), QStringLiteral("reader"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    chooseSamples(window, connectionOf(path));
    QCOMPARE(enabled(window.agendaTab(), AgendaEdits), QStringList());
    QCOMPARE(enabled(window.agendaTab(), AgendaReads), AgendaReads);
    QCOMPARE(enabled(window.planTab(), PlanEdits + QStringList{QStringLiteral("planMoveUpAction"), QStringLiteral("planMoveDownAction"),
                                                               QStringLiteral("planIndentAction"), QStringLiteral("planOutdentAction")}),
             QStringList());
    QCOMPARE(enabled(window.planTab(), PlanReads), PlanReads);
    QCOMPARE(enabled(window.projectsTab(), ProjectEdits), QStringList());
    QCOMPARE(enabled(window.projectsTab(), {QStringLiteral("openProjectAction")}), QStringList{QStringLiteral("openProjectAction")});
    QVERIFY(!window.projectsTab()->board()->column(0)->dragEnabled());
    QCOMPARE(enabled(window.observatoryTab(), ObservatoryEdits), QStringList());
    QCOMPARE(enabled(window.observatoryTab(), ObservatoryReads), ObservatoryReads);
    QCOMPARE(enabled(window.directoryTab(), DirectoryEdits), QStringList());
    QCOMPARE(enabled(window.directoryTab(), DirectoryReads), DirectoryReads);
    QCOMPARE(enabled(window.publicationsTab(), IdentityEdits), QStringList());
    QCOMPARE(enabled(&window, WindowEdits), QStringList());
    QCOMPARE(enabled(&window, WindowReads), WindowReads);

    // Each says why: the reader's sentence as the tip and under the event.
    const QString why = SyncStatus::tr("You are a reader of this council's shared data: you can read and print it, not change it. "
                                       "Ask the council's coordinator.");
    QCOMPARE(window.agendaTab()->findChild<QAction *>(QStringLiteral("editEventAction"))->toolTip(), why);
    QCOMPARE(window.agendaTab()->findChild<QAction *>(QStringLiteral("newEventAction"))->toolTip(), why);
    QVERIFY(window.agendaTab()->findChild<QLabel *>(QStringLiteral("detailLabel"))->text().contains(why));
    QCOMPARE(window.planTab()->findChild<QLabel *>(QStringLiteral("planEditorError"))->text(), why);

    // The project sheet opens to be read: nothing in it can change, one
    // Close button, and the sentence under it.
    struct Sheet {
        bool nameReadOnly = false;
        bool stageEnabled = true;
        QDialogButtonBox::StandardButtons buttons;
        QString note;
    } sheet;
    Prompter::setDialogHandler([&](QDialog *dialog) {
        if (dialog->objectName() == QLatin1String("projectDialog")) {
            sheet.nameReadOnly = dialog->findChild<QLineEdit *>(QStringLiteral("projectName"))->isReadOnly();
            sheet.stageEnabled = dialog->findChild<QComboBox *>(QStringLiteral("projectStage"))->isEnabled();
            sheet.buttons = dialog->findChild<QDialogButtonBox *>()->standardButtons();
            sheet.note = dialog->findChild<QLabel *>(QStringLiteral("projectReadOnlyNote"))->text();
        }
        return int(QDialog::Rejected);
    });
    const auto resetSheet = qScopeGuard([] { Prompter::setDialogHandler({}); });
    window.projectsTab()->openProject(valueOf(connectionOf(path), QStringLiteral("SELECT min(id) FROM projects WHERE id > ?"), 0).toLongLong());
    QVERIFY(sheet.nameReadOnly);
    QVERIFY(!sheet.stageEnabled);
    QCOMPARE(sheet.buttons, QDialogButtonBox::StandardButtons(QDialogButtonBox::Close));
    QCOMPARE(sheet.note, QStringLiteral("<i>%1</i>").arg(why.toHtmlEscaped()));
    QCOMPARE(readOnlyNotes(window), QStringList(2, QStringLiteral("<i>%1</i>").arg(why.toHtmlEscaped())));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("territoryAction"))->toolTip(), why);
    QCOMPARE(eraseButton(window, connectionOf(path)), qMakePair(false, why));

    if (const QString dir = qEnvironmentVariable("ESSAIM_SCREENSHOTS"); !dir.isEmpty()) {
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(window.agendaTab());
        QVERIFY(window.agendaTab()->selectOccurrence(SampleEvent));
        QVERIFY(window.agendaTab()->grab().save(QDir(dir).filePath(QStringLiteral("reader-agenda.png"))));
    }
}

void TestSyncGui::aCoordinatorKeepsEveryEditAction()
{
    QVERIFY(preparePermCouncil());
    const QString path = joinPerm(QString());
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    chooseSamples(window, connectionOf(path));
    QCOMPARE(enabled(window.agendaTab(), AgendaEdits), AgendaEdits);
    QCOMPARE(enabled(window.planTab(), PlanEdits), PlanEdits);
    QCOMPARE(enabled(window.projectsTab(), ProjectEdits), ProjectEdits);
    QVERIFY(window.projectsTab()->board()->column(0)->dragEnabled());
    QCOMPARE(enabled(window.observatoryTab(), ObservatoryEdits), ObservatoryEdits);
    QCOMPARE(enabled(window.directoryTab(), DirectoryEdits), DirectoryEdits);
    QCOMPARE(enabled(window.publicationsTab(), IdentityEdits), IdentityEdits);
    QCOMPARE(enabled(&window, WindowEdits), WindowEdits);
    QCOMPARE(eraseButton(window, connectionOf(path)), qMakePair(true, QString()));
    QCOMPARE(readOnlyNotes(window), QStringList(2, QString()));
    QVERIFY(window.agendaTab()->findChild<QAction *>(QStringLiteral("editEventAction"))->toolTip() != SyncStatus::tr(
                "You are a reader of this council's shared data: you can read and print it, not change it. Ask the council's coordinator."));
}

void TestSyncGui::aContributorChangesTheAgendaAndProjectsOfTheirTerritoryOnly()
{
    QVERIFY(preparePermCouncil());
    // The territory: the commune of the organiser of an event of the month
    // shown (November 2026 at the pinned clock) and that of a project; the
    // samples outside are of other communes.
    QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("perm-peek"));
    peek.setDatabaseName(m_home.filePath(QStringLiteral("perm-council.essaim")));
    QVERIFY(peek.open());
    QList<QPair<QString, QString>> events;
    QList<QPair<QString, QString>> projects;
    {
        QSqlQuery q(peek);
        QVERIFY(q.exec(QStringLiteral("SELECT e.title, coalesce(a.commune_insee, '') FROM events e LEFT JOIN actors a ON a.id = e.organiser_actor_id "
                                      "WHERE e.rrule = '' AND e.starts_at >= '2026-11-02' AND e.starts_at < '2026-12-01' ORDER BY e.starts_at")));
        while (q.next())
            events.append({q.value(0).toString(), q.value(1).toString()});
        QVERIFY(q.exec(QStringLiteral("SELECT name, commune_insee FROM projects WHERE commune_insee <> '' ORDER BY id")));
        while (q.next())
            projects.append({q.value(0).toString(), q.value(1).toString()});
    }
    peek.close();
    peek = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("perm-peek"));
    const auto firstOf = [](const QList<QPair<QString, QString>> &rows, const std::function<bool(const QString &)> &fits) {
        for (const auto &row : rows) {
            if (fits(row.second))
                return row;
        }
        return QPair<QString, QString>();
    };
    const auto inEvent = firstOf(events, [](const QString &commune) { return !commune.isEmpty(); });
    const auto inProject = firstOf(projects, [](const QString &) { return true; });
    const QStringList territory{inEvent.second, inProject.second};
    const auto outEvent = firstOf(events, [&](const QString &commune) { return !territory.contains(commune); });
    const auto outProject = firstOf(projects, [&](const QString &commune) { return !territory.contains(commune); });
    const QString insideEvent = inEvent.first;
    const QString outsideEvent = outEvent.first;
    const QString insideProject = inProject.first;
    const QString outsideProject = outProject.first;
    QVERIFY2(!insideEvent.isEmpty() && !outsideEvent.isEmpty() && !insideProject.isEmpty() && !outsideProject.isEmpty(),
             qPrintable(QStringLiteral("%1 / %2 / %3 / %4").arg(insideEvent, outsideEvent, insideProject, outsideProject)));

    const QString path = joinPerm(QStringLiteral("claire_perm"), QStringLiteral("contributor"), territory);
    QVERIFY(!path.isEmpty());
    QStringList warnings;
    Prompter::setWarningHandler([&](const QString &text) { warnings << text; });
    const auto reset = qScopeGuard([] { Prompter::setWarningHandler({}); });
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    const QString connection = connectionOf(path);

    // The agenda: an event organised inside the territory may change, one
    // organised outside may not, and the tab says why.
    AgendaTab *agenda = window.agendaTab();
    auto *edit = agenda->findChild<QAction *>(QStringLiteral("editEventAction"));
    QVERIFY(agenda->selectOccurrence(insideEvent));
    QCOMPARE(enabled(agenda, {QStringLiteral("editEventAction"), QStringLiteral("deleteEventAction"), QStringLiteral("registrationsAction")}),
             QStringList({QStringLiteral("editEventAction"), QStringLiteral("deleteEventAction"), QStringLiteral("registrationsAction")}));
    QVERIFY2(!edit->toolTip().contains(QStringLiteral("territory")), qPrintable(edit->toolTip()));
    QVERIFY(agenda->selectOccurrence(outsideEvent));
    QCOMPARE(enabled(agenda, {QStringLiteral("editEventAction"), QStringLiteral("deleteEventAction"), QStringLiteral("registrationsAction")}),
             QStringList());
    const QString why = WritePolicy::tr("“%1” is not organised by an actor of your territory on the shared server, so you cannot change it. "
                                        "Choose an organiser of your territory, or ask the council's coordinator.")
                            .arg(outsideEvent);
    QCOMPARE(edit->toolTip(), why);
    QVERIFY(agenda->findChild<QLabel *>(QStringLiteral("detailLabel"))->text().contains(why.toHtmlEscaped()));
    // Creating stays (within the territory); what is the council's does not.
    QCOMPARE(enabled(agenda, {QStringLiteral("newEventAction"), QStringLiteral("eventTypesAction"), QStringLiteral("importIcsAction")}),
             QStringList{QStringLiteral("newEventAction")});
    QCOMPARE(enabled(window.planTab(), {QStringLiteral("planNewPlanAction"), QStringLiteral("planAddObjectiveAction")}), QStringList());
    // The register and the retention review are the council's: read-only, with its sentence.
    const QString councilWhy = WritePolicy::tr("Only the council's coordinator makes this change on the shared server: it is not tied to the "
                                               "communes of your territory. You can read and print; ask the council's coordinator.");
    QCOMPARE(readOnlyNotes(window), QStringList(2, QStringLiteral("<i>%1</i>").arg(councilWhy.toHtmlEscaped())));

    // The projects: a card of the territory moves, one outside is refused
    // with the sentence and stays where it was.
    const QString stageSql = QStringLiteral("SELECT stage FROM projects WHERE name = ?");
    const auto otherStage = [&](const QString &name) {
        const QString key = valueOf(connection, stageSql, name).toString();
        for (const Project::Stage s : ProjectVocabulary::stages()) {
            if (ProjectVocabulary::stageKey(s) != key)
                return s;
        }
        return Project::Stage{};
    };
    const auto idOf = [&](const QString &name) {
        return valueOf(connection, QStringLiteral("SELECT id FROM projects WHERE name = ?"), name).toLongLong();
    };
    const QString outsideBefore = valueOf(connection, stageSql, outsideProject).toString();
    QVERIFY(!window.projectsTab()->moveToStage({idOf(outsideProject)}, int(otherStage(outsideProject))));
    QCOMPARE(warnings, QStringList{SyncStatus::tr("“%1” is outside your territory on the shared server, so you cannot change it. "
                                                  "Ask the council's coordinator.")
                                       .arg(outsideProject)});
    QCOMPARE(valueOf(connection, stageSql, outsideProject).toString(), outsideBefore);
    const Project::Stage target = otherStage(insideProject);
    QVERIFY(window.projectsTab()->moveToStage({idOf(insideProject)}, int(target)));
    QCOMPARE(valueOf(connection, stageSql, insideProject).toString(), ProjectVocabulary::stageKey(target));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(enabled(window.projectsTab(), {QStringLiteral("newProjectAction"), QStringLiteral("importCallsAction")}),
             QStringList{QStringLiteral("newProjectAction")});

    // The actor's observatory page: the social-utility grid of an actor of
    // the territory may be saved, one outside says why. Archived actors are
    // hidden from the list, and the joined ids follow the server's random
    // keys, so the samples are taken among the actors the list shows.
    QSqlQuery actors(QSqlDatabase::database(connection));
    QVERIFY(actors.exec(QStringLiteral("SELECT id, name, commune_insee FROM actors WHERE archived = 0 ORDER BY id")));
    qint64 insideActor = 0;
    qint64 outsideActor = 0;
    QString outsideName;
    while (actors.next()) {
        const bool inside = territory.contains(actors.value(2).toString());
        if (inside && !insideActor)
            insideActor = actors.value(0).toLongLong();
        if (!inside && !outsideActor) {
            outsideActor = actors.value(0).toLongLong();
            outsideName = actors.value(1).toString();
        }
    }
    actors.finish();
    QVERIFY(insideActor && outsideActor);
    auto *saveGrid = window.findChild<QPushButton *>(QStringLiteral("saveSocialUtility"));
    QVERIFY(saveGrid);
    auto *table = window.directoryTab()->findChild<QTableView *>(QStringLiteral("actorTable"));
    const auto show = [&](qint64 id) {
        const int row = window.directoryTab()->model()->rowOfId(id, 1000);
        QVERIFY(row >= 0);
        table->setCurrentIndex(table->model()->index(row, 0));
        QCOMPARE(window.directoryTab()->form()->actor().id, id);
    };
    show(outsideActor);
    QCOMPARE(saveGrid->toolTip(), SyncStatus::tr("“%1” is outside your territory on the shared server, so you cannot change it. "
                                                 "Ask the council's coordinator.")
                                      .arg(outsideName));
    show(insideActor);
    QCOMPARE(saveGrid->toolTip(), QString());
}

void TestSyncGui::theRoleShapesTheWindowRightAfterConnecting()
{
    QVERIFY(preparePermCouncil());
    QVERIFY(m_server.open(QStringLiteral("perm-admin"), QStringLiteral("perm")));
    {
        ServerAdmin admin(QStringLiteral("perm-admin"));
        QVERIFY2(admin.addMember({QStringLiteral("jean_perm"), QStringLiteral("reader"), QString(), {}}, QStringLiteral("pw-jean-2026")),
                 qPrintable(admin.errorString()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("perm-admin"));
    const auto reset = qScopeGuard([] { Prompter::setDialogHandler({}); });
    Prompter::setDialogHandler([&](QDialog *dialog) {
        if (auto *connect = qobject_cast<ConnectServerDialog *>(dialog)) {
            connect->setValues(m_server.url(QStringLiteral("perm")), QStringLiteral("jean_perm"), QStringLiteral("pw-jean-2026"));
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    });
    // A database of one desktop: everything may change.
    MainWindow window;
    QVERIFY(window.openDatabase(m_home.filePath(QStringLiteral("late-reader.essaim"))));
    const QStringList watched = {QStringLiteral("newEventAction"), QStringLiteral("eventTypesAction"), QStringLiteral("importIcsAction")};
    QCOMPARE(enabled(window.agendaTab(), watched), watched);
    QCOMPARE(enabled(&window, {QStringLiteral("importActorsAction")}), QStringList{QStringLiteral("importActorsAction")});
    // Joined as a reader, the window it rebuilt shows it at once.
    window.findChild<QAction *>(QStringLiteral("connectServerAction"))->trigger();
    QCOMPARE(enabled(window.agendaTab(), watched), QStringList());
    QCOMPARE(enabled(window.projectsTab(), ProjectEdits), QStringList());
    QCOMPARE(enabled(&window, {QStringLiteral("importActorsAction")}), QStringList());
}

void TestSyncGui::aJoinCancelledInTheWindowCarriesOnFromSynchroniseNow()
{
    QVERIFY(preparePermCouncil());
    const auto reset = qScopeGuard([] { Prompter::setDialogHandler({}); });
    Prompter::setDialogHandler([&](QDialog *dialog) {
        if (auto *connect = qobject_cast<ConnectServerDialog *>(dialog)) {
            connect->setValues(m_server.url(QStringLiteral("perm")), PgServer::superuser(), QString());
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    });
    QStringList warnings;
    Prompter::setWarningHandler([&warnings](const QString &text) { warnings << text; });
    const auto noWarnings = qScopeGuard([] { Prompter::setWarningHandler({}); });
    MainWindow window;
    const QString file = m_home.filePath(QStringLiteral("cancelled.essaim"));
    QVERIFY(window.openDatabase(file));
    // The person cancels the first synchronisation at its first progress.
    QTimer cancel;
    cancel.setInterval(0);
    int cancelled = 0;
    connect(&cancel, &QTimer::timeout, &window, [&window, &cancelled] {
        if (auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("syncProgress")); progress && !progress->wasCanceled()) {
            progress->cancel();
            ++cancelled;
        }
    });
    cancel.start();
    window.findChild<QAction *>(QStringLiteral("connectServerAction"))->trigger();
    cancel.stop();
    QCOMPARE(cancelled, 1);
    QCOMPARE(warnings, QStringList{QStringLiteral("The synchronisation was cancelled. Nothing is lost: it carries on from there next time.")});
    QString connection;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (QSqlDatabase::database(name, false).databaseName() == file)
            connection = name;
    }
    QVERIFY(!connection.isEmpty());
    QSqlQuery q(QSqlDatabase::database(connection));
    QVERIFY(q.exec(QStringLiteral("SELECT receiving FROM sync_state")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QCOMPARE(status->text(), QStringLiteral("Shared: online · first synchronisation unfinished · 0 change(s) waiting"));
    QCOMPARE(status->toolTip(), warnings.value(0));
    // Synchronise now carries on where it stopped, and the window shows
    // the whole council.
    QAction *sync = window.findChild<QAction *>(QStringLiteral("syncAction"));
    QVERIFY(sync->isEnabled());
    sync->trigger();
    QVERIFY(q.exec(QStringLiteral("SELECT receiving, (SELECT count(*) FROM actors WHERE archived = 0) FROM sync_state")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const int actors = q.value(1).toInt();
    q.finish();
    QVERIFY(actors > 0);
    auto *count = window.directoryTab()->findChild<QLabel *>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(), QStringLiteral("%1 actor(s)").arg(actors));
    QVERIFY2(status->text().startsWith(QStringLiteral("Shared: online · synchronised at ")), qPrintable(status->text()));
}

void TestSyncGui::aReaderReadsAndPrintsTheRegisterAndTheRetentionReview()
{
    QVERIFY(preparePermCouncil());
    const QString path = joinPerm(QStringLiteral("ines_perm"), QStringLiteral("reader"));
    QVERIFY(!path.isEmpty());
    // Years later, every contact of the demo council is past the register's
    // period and every registration is a former one: all there is to review.
    TestSupport::pinClock(QDateTime(QDate(2032, 1, 15), QTime(10, 0), Qt::UTC));
    const auto repin = qScopeGuard([] { TestSupport::pinClock(); });
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    const QString connection = connectionOf(path);
    const QString why = SyncStatus::tr("You are a reader of this council's shared data: you can read and print it, not change it. "
                                       "Ask the council's coordinator.");
    const QString note = QStringLiteral("<i>%1</i>").arg(why.toHtmlEscaped());
    const QStringList watched = {QStringLiteral("processing_activities"), QStringLiteral("retention_decisions"), QStringLiteral("contacts"),
                                 QStringLiteral("registrations"), QStringLiteral("sync_changes")};
    QList<QStringList> before;
    for (const QString &table : watched)
        before << rowsOf(connection, table);
    const int months = ProcessingRegister(connection).directoryRetentionMonths();
    const RetentionReview review(connection);
    const QList<RetentionReview::Candidate> past = review.candidates(Clock::today(), months);
    const int candidates = int(past.size());
    const int former = review.formerRegistrations(Clock::today(), months);
    const QList<ProcessingActivity> shown = ProcessingRegister(connection).activities();
    QVERIFY2(shown.size() > 0 && candidates > 0 && former > 0, "the register (its defaults, the demo council kept them), contacts and registrations to review");

    // Every confirmation says yes and every file is given: only the dialogs
    // themselves stand between the reader and a write.
    QStringList warnings;
    const QString pdf = m_home.filePath(QStringLiteral("reader-register.pdf"));
    Prompter::setWarningHandler([&](const QString &text) { warnings << text; });
    Prompter::setQuestionHandler([](const QString &) { return QMessageBox::Yes; });
    Prompter::setFileHandler([&](const QString &) { return pdf; });
    const auto reset = qScopeGuard([] {
        Prompter::setWarningHandler({});
        Prompter::setQuestionHandler({});
        Prompter::setFileHandler({});
        Prompter::setDialogHandler({});
    });
    QStringList seen;
    const auto screenshot = [](QDialog *dialog, const QString &name) {
        if (const QString dir = qEnvironmentVariable("ESSAIM_SCREENSHOTS"); !dir.isEmpty()) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(dialog->grab().save(QDir(dir).filePath(name)));
        }
    };
    const auto inspectRegister = [&](RegisterDialog *reg) {
        seen << QStringLiteral("register");
        auto *table = reg->findChild<QTableWidget *>(QStringLiteral("registerTable"));
        // The content is there, enabled and selectable, not editable.
        QCOMPARE(table->rowCount(), int(shown.size()));
        QVERIFY(table->isEnabled());
        QCOMPARE(int(table->editTriggers()), int(QAbstractItemView::NoEditTriggers));
        QCOMPARE(table->item(0, 0)->text(), shown.constFirst().name);
        for (QTableWidgetItem *item : {table->item(0, 0), table->item(0, 8)}) {
            QCOMPARE(int(item->flags() & (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable)),
                     int(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
        const QString firstName = table->item(0, 0)->text();
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_F2);
        QTest::ignoreMessage(QtWarningMsg, "edit: editing failed"); // the view's own refusal
        table->editItem(table->item(0, 0));
        QVERIFY(table->viewport()->findChildren<QLineEdit *>().isEmpty());
        QTest::keyClicks(table, QStringLiteral("Modifie"));
        QCOMPARE(table->item(0, 0)->text(), firstName);
        for (const char *name : {"registerAdd", "registerRemove"}) {
            auto *button = reg->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(), why);
            button->click();
        }
        QCOMPARE(table->rowCount(), int(shown.size()));
        QCOMPARE(reg->findChild<QDialogButtonBox *>()->standardButtons(), QDialogButtonBox::StandardButtons(QDialogButtonBox::Close));
        QCOMPARE(reg->findChild<QLabel *>(QStringLiteral("registerReadOnlyNote"))->text(), note);
        QVERIFY(!reg->findChild<QLabel *>(QStringLiteral("registerReadOnlyNote"))->isHidden());
        reg->accept(); // saving anyway is refused with the sentence
        QCOMPARE(warnings, QStringList{why});
        // Printing stays.
        QCOMPARE(enabled(reg, {QStringLiteral("registerPdf"), QStringLiteral("registerNotice")}),
                 QStringList({QStringLiteral("registerPdf"), QStringLiteral("registerNotice")}));
        reg->findChild<QPushButton *>(QStringLiteral("registerPdf"))->click();
        QVERIFY(QFileInfo(pdf).size() > 0);
        screenshot(reg, QStringLiteral("reader-register.png"));
    };
    const auto inspectRetention = [&](RetentionDialog *retention) {
        seen << QStringLiteral("retention");
        QCOMPARE(retention->candidateCount(), candidates);
        auto *table = retention->findChild<QTableWidget *>(QStringLiteral("retentionTable"));
        QCOMPARE(table->rowCount(), candidates);
        QCOMPARE(table->item(0, 0)->text(), past.constFirst().name);
        QVERIFY(table->isEnabled());
        QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(table->item(0, 0)->data(Qt::CheckStateRole), QVariant());
        auto *period = retention->findChild<QSpinBox *>(QStringLiteral("retentionMonths"));
        QCOMPARE(period->value(), months);
        QVERIFY(period->isEnabled() && period->isReadOnly());
        QCOMPARE(retention->findChild<QLabel *>(QStringLiteral("retentionRegistrations"))->text(),
                 RetentionDialog::tr("%n registration(s) of events older than the period still name someone.", nullptr, former));
        auto *reason = retention->findChild<QLineEdit *>(QStringLiteral("retentionReason"));
        QVERIFY(reason->isEnabled() && reason->isReadOnly());
        QTest::keyClicks(reason, QStringLiteral("Membre du bureau"));
        QCOMPARE(reason->text(), QString());
        for (const char *name : {"retentionKeep", "retentionErase", "retentionAnonymise"}) {
            auto *button = retention->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(!button->isEnabled(), name);
            QCOMPARE(button->toolTip(), why);
            button->click();
        }
        QCOMPARE(retention->candidateCount(), candidates);
        QCOMPARE(retention->findChild<QDialogButtonBox *>()->standardButtons(),
                 QDialogButtonBox::StandardButtons(QDialogButtonBox::Close));
        QCOMPARE(retention->findChild<QLabel *>(QStringLiteral("retentionReadOnlyNote"))->text(), note);
        QVERIFY(!retention->findChild<QLabel *>(QStringLiteral("retentionReadOnlyNote"))->isHidden());
        screenshot(retention, QStringLiteral("reader-retention.png"));
    };
    Prompter::setDialogHandler([&](QDialog *dialog) {
        if (auto *reg = qobject_cast<RegisterDialog *>(dialog))
            inspectRegister(reg);
        else if (auto *retention = qobject_cast<RetentionDialog *>(dialog))
            inspectRetention(retention);
        return int(QDialog::Rejected);
    });
    QCOMPARE(enabled(&window, {QStringLiteral("registerAction"), QStringLiteral("retentionAction")}),
             QStringList({QStringLiteral("registerAction"), QStringLiteral("retentionAction")}));
    window.findChild<QAction *>(QStringLiteral("registerAction"))->trigger();
    window.findChild<QAction *>(QStringLiteral("retentionAction"))->trigger();
    QCOMPARE(seen, QStringList({QStringLiteral("register"), QStringLiteral("retention")}));
    for (int i = 0; i < watched.size(); ++i)
        QCOMPARE(rowsOf(connection, watched.at(i)), before.at(i));
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(warnings, QStringList{why});
}

void TestSyncGui::aCoordinatorEditsTheRegisterAndTheRetentionReview()
{
    QVERIFY(preparePermCouncil());
    const QString path = joinPerm(QStringLiteral("marc_perm"), QStringLiteral("coordinator"));
    QVERIFY(!path.isEmpty());
    TestSupport::pinClock(QDateTime(QDate(2032, 1, 15), QTime(10, 0), Qt::UTC));
    const auto repin = qScopeGuard([] { TestSupport::pinClock(); });
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    const QString connection = connectionOf(path);
    const int months = ProcessingRegister(connection).directoryRetentionMonths();
    const int candidates = int(RetentionReview(connection).candidates(Clock::today(), months).size());
    QVERIFY(candidates > 0);
    QStringList warnings;
    Prompter::setWarningHandler([&](const QString &text) { warnings << text; });
    const auto reset = qScopeGuard([] {
        Prompter::setWarningHandler({});
        Prompter::setDialogHandler({});
    });
    QStringList seen;
    const auto editRegister = [&](RegisterDialog *reg) {
        seen << QStringLiteral("register");
        auto *table = reg->findChild<QTableWidget *>(QStringLiteral("registerTable"));
        QVERIFY(int(table->editTriggers()) != int(QAbstractItemView::NoEditTriggers));
        QVERIFY(table->item(0, 0)->flags() & Qt::ItemIsEditable);
        QVERIFY(table->item(0, 8)->flags() & Qt::ItemIsUserCheckable);
        QCOMPARE(enabled(reg, {QStringLiteral("registerAdd"), QStringLiteral("registerRemove")}),
                 QStringList({QStringLiteral("registerAdd"), QStringLiteral("registerRemove")}));
        QCOMPARE(reg->findChild<QDialogButtonBox *>()->standardButtons(),
                 QDialogButtonBox::StandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel));
        QVERIFY(reg->findChild<QLabel *>(QStringLiteral("registerReadOnlyNote"))->isHidden());
        table->item(0, 0)->setText(QStringLiteral("Annuaire des acteurs (revu)"));
        reg->accept();
    };
    const auto keepAll = [&](RetentionDialog *retention) {
        seen << QStringLiteral("retention");
        QVERIFY(!retention->findChild<QSpinBox *>(QStringLiteral("retentionMonths"))->isReadOnly());
        QVERIFY(retention->findChild<QLabel *>(QStringLiteral("retentionReadOnlyNote"))->isHidden());
        QTest::keyClicks(retention->findChild<QLineEdit *>(QStringLiteral("retentionReason")), QStringLiteral("Membre du bureau"));
        auto *keep = retention->findChild<QPushButton *>(QStringLiteral("retentionKeep"));
        QVERIFY(keep->isEnabled());
        QCOMPARE(keep->toolTip(), QString());
        keep->click();
        QCOMPARE(retention->candidateCount(), 0);
    };
    Prompter::setDialogHandler([&](QDialog *dialog) {
        if (auto *reg = qobject_cast<RegisterDialog *>(dialog))
            editRegister(reg);
        else if (auto *retention = qobject_cast<RetentionDialog *>(dialog))
            keepAll(retention);
        return dialog->result();
    });
    window.findChild<QAction *>(QStringLiteral("registerAction"))->trigger();
    window.findChild<QAction *>(QStringLiteral("retentionAction"))->trigger();
    QCOMPARE(seen, QStringList({QStringLiteral("register"), QStringLiteral("retention")}));
    QCOMPARE(warnings, QStringList());
    QCOMPARE(ProcessingRegister(connection).activities().constFirst().name, QStringLiteral("Annuaire des acteurs (revu)"));
    QCOMPARE(valueOf(connection, QStringLiteral("SELECT count(*) FROM retention_decisions WHERE reason = ?"), QStringLiteral("Membre du bureau"))
                 .toInt(),
             candidates);
    QCOMPARE(RetentionReview(connection).candidates(Clock::today(), months).size(), 0);
    QCOMPARE(window.undoStack()->count(), 2);
}

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"
