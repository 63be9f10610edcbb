#include "app/mainwindow.h"
#include "models/domain/clock.h"
#include "models/itemmodels/actortablemodel.h"
#include "models/privacy/personaldatajournal.h"
#include "models/privacy/personstore.h"
#include "models/privacy/processingregister.h"
#include "models/privacy/retentionreview.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "testsupport.h"
#include "views/auditjournaldialog.h"
#include "views/backupdialog.h"
#include "views/directorytab.h"
#include "views/passphrasedialog.h"
#include "views/persondialog.h"
#include "views/prompter.h"
#include "views/registerdialog.h"
#include "views/retentiondialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {
/// Every row of @p table, every column, as text: the exact state to compare.
QStringList rows(const QString &connection, const QString &table)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    QStringList result;
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
        return {QStringLiteral("error")};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            // A shared server's global id is not the row's content.
            if (q.record().fieldName(i) != QLatin1String("gid"))
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        }
        result << values.join(QLatin1Char('|'));
    }
    return result;
}

bool exec(const QString &connection, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QStringList journalActions(const QString &connection, const QString &recordKind)
{
    PersonalDataJournal::Filter filter;
    filter.recordKind = recordKind;
    QStringList actions;
    for (const auto &e : PersonalDataJournal(connection).entries(filter))
        actions << e.action;
    return actions;
}
} // namespace

/// The windows of personal data, driven as a user does.
class TestPrivacyGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ActorStore> m_actors;
    std::unique_ptr<QUndoStack> m_undo;
    QStringList m_questions;
    QStringList m_warnings;
    Actor m_actor;

    void grab(QWidget *w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("ESSAIM_SCREENSHOTS");
        if (!folder.isEmpty())
            w->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EssaimTests"));
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("p%1.essaim").arg(++m_counter))));
        m_actors = std::make_unique<ActorStore>(m_db->connectionName());
        m_undo = std::make_unique<QUndoStack>();
        m_actor = TestSupport::makeActor(QStringLiteral("La Ruche"));
        Contact c;
        c.firstName = QStringLiteral("Hélène");
        c.lastName = QStringLiteral("Durand");
        c.email = QStringLiteral("helene@ruche.fr");
        c.phone = QStringLiteral("03 27 00 00 01");
        c.consentNewsletter = true;
        c.consentNewsletterOn = QDate(2020, 1, 10);
        m_actor.contacts << c;
        Clock::setFixed(QDateTime(QDate(2020, 1, 10), QTime(9, 0), Qt::UTC));
        QVERIFY(m_actors->save(m_actor));
        Clock::setFixed(QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC));
        m_questions.clear();
        m_warnings.clear();
        Prompter::setQuestionHandler([this](const QString &text) {
            m_questions << text;
            return QMessageBox::Yes;
        });
        Prompter::setWarningHandler([this](const QString &text) { m_warnings << text; });
    }

    void cleanup()
    {
        Prompter::setQuestionHandler({});
        Prompter::setWarningHandler({});
        Clock::reset();
        m_undo.reset();
        m_actors.reset();
        m_db.reset();
    }

    void personIsFoundErasedAndBroughtBackBySessionUndo()
    {
        PersonDialog dialog(m_db->connectionName(), m_actors.get(), m_undo.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("personSearch")), QStringLiteral("helene"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("personResults"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Hélène Durand"));
        grab(&dialog, QStringLiteral("person-dialog"));
        dialog.findChild<QPushButton *>(QStringLiteral("erasePerson"))->click();
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_warnings.isEmpty());
        QCOMPARE(table->rowCount(), 0);
        const qint64 id = m_actor.contacts[0].id;
        PersonStore store(m_db->connectionName());
        QVERIFY(!store.contactExists(id));
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(store.contactDossier(id).contact.email, QStringLiteral("helene@ruche.fr"));
        m_undo->redo();
        QVERIFY(!store.contactExists(id));
        PersonalDataJournal::Filter filter;
        filter.recordId = id;
        QStringList actions;
        for (const auto &e : PersonalDataJournal(m_db->connectionName()).entries(filter))
            actions << e.action;
        QCOMPARE(actions, QStringList({QStringLiteral("create"), QStringLiteral("consent"), QStringLiteral("erase"),
                                       QStringLiteral("erase-undone"), QStringLiteral("erase")}));
    }

    void withdrawalIsOneClickAndUndoable()
    {
        PersonDialog dialog(m_db->connectionName(), m_actors.get(), m_undo.get());
        dialog.show();
        dialog.search(QStringLiteral("durand"));
        auto *letter = dialog.findChild<QPushButton *>(QStringLiteral("withdrawLetter"));
        QVERIFY(letter->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("withdrawGuide"))->isEnabled());
        letter->click();
        QVERIFY(!letter->isEnabled());
        const qint64 id = m_actor.contacts[0].id;
        const auto withdrawn = PersonalDataJournal(m_db->connectionName()).storedContact(id);
        QCOMPARE(withdrawn->consentNewsletter, false);
        QCOMPARE(withdrawn->consentNewsletterOn, QDate(2024, 6, 1));
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(PersonalDataJournal(m_db->connectionName()).storedContact(id)->consentNewsletter, true);
        QCOMPARE(PersonalDataJournal(m_db->connectionName()).consentHistory(id).size(), 3);
    }

    void retentionReviewKeepsWithAReason()
    {
        RetentionDialog dialog(m_db->connectionName(), m_actors.get(), m_undo.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.candidateCount(), 1);
        grab(&dialog, QStringLiteral("retention-dialog"));
        dialog.findChild<QPushButton *>(QStringLiteral("retentionKeep"))->click();
        QCOMPARE(m_warnings.size(), 1); // no reason given
        QCOMPARE(dialog.candidateCount(), 1);
        dialog.findChild<QLineEdit *>(QStringLiteral("retentionReason"))->setText(QStringLiteral("Trésorière du conseil"));
        dialog.findChild<QPushButton *>(QStringLiteral("retentionKeep"))->click();
        QCOMPARE(dialog.candidateCount(), 0);
    }

    void retentionReviewErasesAllAtOnce()
    {
        Actor other = TestSupport::makeActor(QStringLiteral("Le Fournil"));
        Contact c;
        c.lastName = QStringLiteral("Martin");
        other.contacts << c;
        Clock::setFixed(QDateTime(QDate(2019, 1, 10), QTime(9, 0), Qt::UTC));
        QVERIFY(m_actors->save(other));
        Clock::setFixed(QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC));
        RetentionDialog dialog(m_db->connectionName(), m_actors.get(), m_undo.get());
        QCOMPARE(dialog.candidateCount(), 2);
        dialog.findChild<QPushButton *>(QStringLiteral("retentionErase"))->click();
        QCOMPARE(dialog.candidateCount(), 0);
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(PersonStore(m_db->connectionName()).find(QStringLiteral("martin")).size(), 1);
        QCOMPARE(PersonStore(m_db->connectionName()).find(QStringLiteral("durand")).size(), 1);
    }

    void retentionKeepIsAStepOfUndo()
    {
        // Martin was kept at a review of 2020, with his own reason: undo
        // must bring back that decision, not just remove the new one.
        Actor other = TestSupport::makeActor(QStringLiteral("Le Fournil"));
        Contact c;
        c.lastName = QStringLiteral("Martin");
        other.contacts << c;
        Clock::setFixed(QDateTime(QDate(2019, 1, 10), QTime(9, 0), Qt::UTC));
        QVERIFY(m_actors->save(other));
        Clock::setFixed(QDateTime(QDate(2020, 6, 1), QTime(9, 0), Qt::UTC));
        const QString conn = m_db->connectionName();
        QVERIFY(RetentionReview(conn).keep(other.contacts[0].id, QStringLiteral("Membre du bureau")));
        Clock::setFixed(QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC));
        const QStringList before = rows(conn, QStringLiteral("retention_decisions"));
        QCOMPARE(before, QStringList({QStringLiteral("%1|2020-06-01|Membre du bureau").arg(other.contacts[0].id)}));

        RetentionDialog dialog(conn, m_actors.get(), m_undo.get());
        QCOMPARE(dialog.candidateCount(), 2);
        dialog.findChild<QLineEdit *>(QStringLiteral("retentionReason"))->setText(QStringLiteral("Trésorière du conseil"));
        dialog.findChild<QPushButton *>(QStringLiteral("retentionKeep"))->click();
        QVERIFY(m_warnings.isEmpty());
        QCOMPARE(dialog.candidateCount(), 0);
        const QStringList kept = {QStringLiteral("%1|2024-06-01|Trésorière du conseil").arg(m_actor.contacts[0].id),
                                  QStringLiteral("%1|2024-06-01|Trésorière du conseil").arg(other.contacts[0].id)};
        QCOMPARE(rows(conn, QStringLiteral("retention_decisions")), kept);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), QStringLiteral("Keep 2 contact(s) past the retention period"));
        m_undo->undo();
        QCOMPARE(m_undo->count(), 1); // the undo worked: the command is still there to redo
        QCOMPARE(rows(conn, QStringLiteral("retention_decisions")), before);
        QCOMPARE(RetentionReview(conn).candidates(Clock::today(), 36).size(), 2);
        m_undo->redo();
        QCOMPARE(rows(conn, QStringLiteral("retention_decisions")), kept);
        QCOMPARE(journalActions(conn, QStringLiteral("contact")).mid(3),
                 QStringList({QStringLiteral("keep"), QStringLiteral("keep"), QStringLiteral("keep"), QStringLiteral("keep-undone"),
                              QStringLiteral("keep-undone"), QStringLiteral("keep"), QStringLiteral("keep")}));
    }

    void retentionKeepWithoutAReasonChangesNothing()
    {
        RetentionDialog dialog(m_db->connectionName(), m_actors.get(), m_undo.get());
        dialog.findChild<QPushButton *>(QStringLiteral("retentionKeep"))->click();
        QCOMPARE(m_warnings, QStringList({QStringLiteral("Say why the contact is kept: the reason is what the CNIL would ask for.")}));
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(rows(m_db->connectionName(), QStringLiteral("retention_decisions")), QStringList());
    }

    void anonymisingFormerRegistrationsIsAStepOfUndo()
    {
        const QString conn = m_db->connectionName();
        const qint64 helene = m_actor.contacts[0].id;
        QVERIFY(exec(conn, QStringLiteral("INSERT INTO events(uid, title, starts_at, ends_at, span_start, span_end, created_at, updated_at) "
                                          "VALUES ('e1', 'Forum', '2020-03-04T18:00:00', '2020-03-04T20:00:00', '2020-03-04', '2020-03-05', '', ''), "
                                          "('e2', 'Salon', '2024-05-04T18:00:00', '2024-05-04T20:00:00', '2024-05-04', '2024-05-05', '', '')")));
        QVERIFY(exec(conn, QStringLiteral("INSERT INTO registrations(event_id, occurrence_start, contact_id, actor_id, name, email, status, position) "
                                          "VALUES (1, '2020-03-04T18:00:00', ?, NULL, 'Hélène Durand', 'helene@ruche.fr', 'present', 0), "
                                          "(1, '2020-03-04T18:00:00', NULL, NULL, 'Paul Passant', 'paul@passant.fr', 'excused', 1), "
                                          "(2, '2024-05-04T18:00:00', ?, NULL, 'Hélène Durand', 'helene@ruche.fr', 'registered', 0)"),
                     {helene, helene}));
        const QStringList before = rows(conn, QStringLiteral("registrations"));
        RetentionDialog dialog(conn, m_actors.get(), m_undo.get());
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("retentionRegistrations"));
        QCOMPARE(label->text(), QStringLiteral("2 registration(s) of events older than the period still name someone."));
        dialog.findChild<QPushButton *>(QStringLiteral("retentionAnonymise"))->click();
        QCOMPARE(m_questions, QStringList({QStringLiteral("Anonymise 2 former registration(s)? Names and e-mails are removed; the "
                                                          "counts of the observatory do not change. Edit > Undo brings them back "
                                                          "until Essaim is closed.")}));
        QVERIFY(m_warnings.isEmpty());
        QCOMPARE(label->text(), QStringLiteral("0 registration(s) of events older than the period still name someone."));
        // The actor stays (the contact's), so the counts do not change; the recent one is untouched.
        const QStringList anonymised = {QStringLiteral("1|1|2020-03-04T18:00:00|NULL|%1|||present|0").arg(m_actor.id),
                                        QStringLiteral("2|1|2020-03-04T18:00:00|NULL|NULL|||excused|1"), before.at(2)};
        QCOMPARE(rows(conn, QStringLiteral("registrations")), anonymised);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), QStringLiteral("Anonymise 2 former registration(s)"));
        m_undo->undo();
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(rows(conn, QStringLiteral("registrations")), before);
        m_undo->redo();
        QCOMPARE(rows(conn, QStringLiteral("registrations")), anonymised);
        QCOMPARE(journalActions(conn, QStringLiteral("registration")),
                 QStringList({QStringLiteral("erase"), QStringLiteral("erase-undone"), QStringLiteral("erase")}));
    }

    void encryptedBackupIsRestoredFromTheFileMenu()
    {
        const QString path = m_dir.filePath(QStringLiteral("restore.essaim"));
        {
            Database db;
            QVERIFY(db.open(path));
            Actor first = TestSupport::makeActor(QStringLiteral("La Ruche d'avant"));
            QVERIFY(ActorStore(db.connectionName()).save(first));
        }
        QSettings().setValue(QStringLiteral("backup/passphrase"), QStringLiteral("cheval de Troie"));
        QSettings().setValue(QStringLiteral("backup/daily"), true);
        const auto forget = qScopeGuard([] {
            QSettings().remove(QStringLiteral("backup/passphrase"));
            QSettings().remove(QStringLiteral("backup/daily"));
            Prompter::setDialogHandler({});
        });
        QString answer;
        QStringList asked;
        Prompter::setDialogHandler([&](QDialog *dialog) {
            asked << dialog->objectName();
            if (auto *ask = qobject_cast<PassphraseDialog *>(dialog))
                ask->setPassphrase(answer);
            else if (!qobject_cast<BackupDialog *>(dialog))
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        });
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        // Today's copy, taken at opening, is sealed with the passphrase.
        const QString copy = path + QStringLiteral(".backup-2024-06-01");
        QFile sealed(copy);
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        QCOMPARE(sealed.read(10), QByteArray("ESSAIMENC1"));
        sealed.close();
        // A second actor, after the copy.
        DirectoryTab *directory = window.directoryTab();
        directory->newActor();
        QTest::keyClicks(directory->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Recyclerie du Val"));
        QTest::mouseClick(directory->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        auto *count = directory->findChild<QLabel *>(QStringLiteral("countLabel"));
        QCOMPARE(count->text(), QStringLiteral("2 actor(s)"));
        QCOMPARE(window.undoStack()->count(), 1);
        auto *restore = window.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

        // A wrong passphrase: refused with the sentence, nothing let go.
        answer = QStringLiteral("cheval de Troyes");
        restore->trigger();
        QCOMPARE(asked, QStringList({QStringLiteral("backupDialog"), QStringLiteral("passphraseDialog")}));
        QCOMPARE(m_warnings, QStringList({QStringLiteral("The passphrase does not open this backup copy (or the copy is damaged). "
                                                         "Check the passphrase and try again; nothing was changed.")}));
        QCOMPARE(window.undoStack()->count(), 1); // the session's history is kept
        QCOMPARE(window.directoryTab(), directory);
        QCOMPARE(count->text(), QStringLiteral("2 actor(s)"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);

        // The right one: the copy's state is back, and the one before is a copy too.
        m_warnings.clear();
        answer = QStringLiteral("cheval de Troie");
        restore->trigger();
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QVERIFY(window.directoryTab() != directory);
        auto *restoredCount = window.directoryTab()->findChild<QLabel *>(QStringLiteral("countLabel"));
        QCOMPARE(restoredCount->text(), QStringLiteral("1 actor(s)"));
        const ActorTableModel *model = window.directoryTab()->model();
        QCOMPARE(model->data(model->index(0, ActorTableModel::Name)).toString(), QStringLiteral("La Ruche d'avant"));
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("restore.essaim.backup-*")}, QDir::Files).size(), 2);
        QVERIFY(!QFile::exists(path + QStringLiteral(".restore-plain")));
    }

    void registerIsEditedAndUndone()
    {
        RegisterDialog dialog(m_db->connectionName(), m_undo.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        grab(&dialog, QStringLiteral("register-dialog"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("registerTable"));
        QCOMPARE(table->rowCount(), 5);
        table->item(0, 6)->setText(QStringLiteral("24"));
        dialog.accept();
        QCOMPARE(ProcessingRegister(m_db->connectionName()).directoryRetentionMonths(), 24);
        m_undo->undo();
        QCOMPARE(ProcessingRegister(m_db->connectionName()).directoryRetentionMonths(), 36);
    }

    void journalIsFiltered()
    {
        PersonStore(m_db->connectionName()).withdrawConsent(m_actor.contacts[0].id, QStringLiteral("newsletter"), QStringLiteral("courriel"));
        AuditJournalDialog dialog(m_db->connectionName(), 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        grab(&dialog, QStringLiteral("journal-dialog"));
        QCOMPARE(dialog.rowCount(), 3);
        auto *action = dialog.findChild<QComboBox *>(QStringLiteral("journalAction"));
        action->setCurrentIndex(action->findData(QStringLiteral("consent")));
        QCOMPARE(dialog.rowCount(), 2);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("journalText")), QStringLiteral("withdrawn"));
        QCOMPARE(dialog.rowCount(), 1);
    }
};

QTEST_MAIN(TestPrivacyGui)
#include "tst_privacygui.moc"
