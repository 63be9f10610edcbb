#include "actorstore.h"
#include "auditjournaldialog.h"
#include "clock.h"
#include "database.h"
#include "personaldatajournal.h"
#include "persondialog.h"
#include "personstore.h"
#include "processingregister.h"
#include "prompter.h"
#include "registerdialog.h"
#include "retentiondialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

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
