#include "app/mainwindow.h"
#include "models/domain/clock.h"
#include "models/itemmodels/actortablemodel.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"
#include "views/actorform.h"
#include "views/directorytab.h"
#include "views/prompter.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

/// The directory tab driven as a user does: keyboard and clicks.
class TestDirectoryGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EssaimTests"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("gui%1.essaim").arg(++m_counter))));
        m_actors = std::make_unique<ActorStore>(m_db->connectionName());
        m_sectors = std::make_unique<SectorStore>(m_db->connectionName());
        m_references = std::make_unique<ReferenceStore>(m_db->connectionName());
        m_undo = std::make_unique<QUndoStack>();
        m_tab = std::make_unique<DirectoryTab>(m_actors.get(), m_sectors.get(), m_references.get(), m_undo.get());
        m_tab->resize(1200, 700);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        m_questions.clear();
        Prompter::setQuestionHandler([this](const QString &text) {
            m_questions << text;
            return m_answer;
        });
        Prompter::setWarningHandler([this](const QString &text) { m_warnings << text; });
    }

    void cleanup()
    {
        Prompter::setQuestionHandler({});
        Prompter::setWarningHandler({});
        m_tab.reset();
        m_undo.reset();
        m_references.reset();
        m_sectors.reset();
        m_actors.reset();
        m_db.reset();
    }

    void createFindUndoRedo()
    {
        QLabel *count = m_tab->findChild<QLabel *>(QStringLiteral("countLabel"));
        QCOMPARE(count->text(), QStringLiteral("0 actor(s)"));
        createActor(QStringLiteral("Épicerie Solidaire de Jeumont"), QStringLiteral("Jeumont"));
        QCOMPARE(m_tab->findChild<QLabel *>(QStringLiteral("epciLabel"))->text(), QStringLiteral("CA Maubeuge Val de Sambre"));
        QCOMPARE(field(QStringLiteral("postcode"))->text(), QStringLiteral("59460"));
        QPushButton *apply = m_tab->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(m_actors->count(), 1);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 actor(s)"));
        const Actor saved = *m_actors->load(m_tab->model()->idAt(0));
        QCOMPARE(saved.communeInsee, QStringLiteral("59324"));

        // Find it by search, without its accents.
        QLineEdit *search = field(QStringLiteral("searchField"));
        QTest::keyClicks(search, QStringLiteral("epicerie jeum"));
        QCOMPARE(count->text(), QStringLiteral("1 actor(s)"));
        QCOMPARE(m_tab->model()->data(m_tab->model()->index(0, ActorTableModel::Name)).toString(), QStringLiteral("Épicerie Solidaire de Jeumont"));
        QTest::keyClicks(search, QStringLiteral("x"));
        QCOMPARE(count->text(), QStringLiteral("0 actor(s)"));
        search->clear();

        // Undo takes the creation back, redo brings it again (the keys: mainWindowHasItsMenusAndTab).
        m_undo->undo();
        QCOMPARE(m_actors->count(), 0);
        QCOMPARE(count->text(), QStringLiteral("0 actor(s)"));
        m_undo->redo();
        QCOMPARE(m_actors->count(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 actor(s)"));
        QCOMPARE(m_actors->load(saved.id)->name, QStringLiteral("Épicerie Solidaire de Jeumont"));
    }

    void invalidFieldsExplainThemselves()
    {
        m_tab->newActor();
        type(field(QStringLiteral("name")), QStringLiteral("Régie de quartier"));
        QTest::keyClicks(field(QStringLiteral("siret")), QStringLiteral("13002526500014"));
        QPushButton *apply = m_tab->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(!apply->isEnabled());
        QLabel *issues = m_tab->findChild<QLabel *>(QStringLiteral("issuesLabel"));
        QVERIFY2(issues->text().contains(QStringLiteral("The SIRET “13002526500014” is not valid")), qPrintable(issues->text()));
        QVERIFY(field(QStringLiteral("siret"))->property("invalid").toBool());
        QTest::keyClick(field(QStringLiteral("siret")), Qt::Key_Backspace);
        QTest::keyClicks(field(QStringLiteral("siret")), QStringLiteral("3"));
        QVERIFY(apply->isEnabled());
        QVERIFY(issues->text().isEmpty());
        QVERIFY(!field(QStringLiteral("siret"))->property("invalid").toBool());
    }

    void warnsBeforeALikelyDuplicate()
    {
        createActor(QStringLiteral("L'Atelier du Cœur"), QStringLiteral("Hautmont"));
        QVERIFY(m_tab->applyForm());
        createActor(QStringLiteral("l atelier du coeur"), QStringLiteral("Hautmont"));
        m_answer = QMessageBox::No;
        QVERIFY(!m_tab->applyForm());
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().contains(QStringLiteral("(same name in the same commune)")));
        QCOMPARE(m_actors->count(), 1);
        m_answer = QMessageBox::Yes;
        QVERIFY(m_tab->applyForm());
        QCOMPARE(m_actors->count(), 2);
    }

    void archiveAndRestoreAreUndoable()
    {
        createActor(QStringLiteral("Fanfare de Maubeuge"), QStringLiteral("Maubeuge"));
        QVERIFY(m_tab->applyForm());
        const qint64 id = m_tab->model()->idAt(0);
        m_tab->setCurrentArchived(true);
        QVERIFY(m_actors->load(id)->archived);
        QCOMPARE(m_tab->model()->totalCount(), 0);
        m_undo->undo();
        QVERIFY(!m_actors->load(id)->archived);
        QCOMPARE(m_tab->model()->totalCount(), 1);
    }

    void mainWindowHasItsMenusAndTab()
    {
        // At 00:30 in Paris the backup is of the Paris day, not the UTC one.
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(23, 30), Qt::UTC));
        const auto unpin = qScopeGuard([] { Clock::reset(); });
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("window.essaim"))));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        // One tab per capability, in the order of the coordinator's work.
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("&Directory"), QStringLiteral("&Observatory"), QStringLiteral("A&genda"),
                                      QStringLiteral("&Plan"), QStringLiteral("P&rojects"), QStringLiteral("&Publications")}));
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        for (const QString &menu : {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Directory"), QStringLiteral("&Help")})
            QVERIFY2(menus.contains(menu), qPrintable(menu));
        QCOMPARE(menus.first(), QStringLiteral("&File"));
        QCOMPARE(menus.last(), QStringLiteral("&Help"));
        for (const char *name : {"newDatabaseAction", "openAction", "saveCopyAction", "restoreBackupAction", "quitAction",
                                 "undoAction", "redoAction", "preferencesAction", "aboutAction"})
            QVERIFY2(window.findChild<QAction *>(QString::fromLatin1(name)), name);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("undoAction"))->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("redoAction"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
        // Ctrl+Z typed in the window takes a new actor back, Ctrl+Shift+Z brings it again.
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DirectoryTab *directory = window.directoryTab();
        QLabel *count = directory->findChild<QLabel *>(QStringLiteral("countLabel"));
        directory->newActor();
        type(directory->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Recyclerie du Val"));
        QTest::mouseClick(directory->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        QCOMPARE(count->text(), QStringLiteral("1 actor(s)"));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count->text(), QStringLiteral("0 actor(s)"));
        // The status bar says what was taken back, and brought again.
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Undone: create “Recyclerie du Val”."));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(count->text(), QStringLiteral("1 actor(s)"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Redone: create “Recyclerie du Val”."));
        // Opening a file that is not a database says so and keeps the one open.
        QFile bogus(m_dir.filePath(QStringLiteral("bogus.essaim")));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("bonjour");
        bogus.close();
        m_warnings.clear();
        QVERIFY(!window.openDatabase(bogus.fileName(), false));
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.first().contains(QStringLiteral("is not an Essaim database")));
        QCOMPARE(window.databasePath(), QFileInfo(m_dir.filePath(QStringLiteral("window.essaim"))).absoluteFilePath());
        // Today's backup copy was taken at opening.
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("window.essaim.backup-%1").arg(QStringLiteral("2026-12-04")))));
    }

private:
    /// QTest's key events carry Latin-1 keys only; accented text is pasted.
    static void type(QLineEdit *edit, const QString &text)
    {
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(edit, text);
        else
            edit->insert(text);
    }

    QLineEdit *field(const QString &name) const
    {
        auto *edit = m_tab->findChild<QLineEdit *>(name);
        Q_ASSERT(edit);
        return edit;
    }

    void createActor(const QString &name, const QString &commune)
    {
        m_tab->newActor();
        type(field(QStringLiteral("name")), name);
        QLineEdit *communeEdit = field(QStringLiteral("commune"));
        type(communeEdit, commune);
        // Leaving the field resolves the commune against the reference table.
        QMetaObject::invokeMethod(communeEdit, "editingFinished");
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ActorStore> m_actors;
    std::unique_ptr<SectorStore> m_sectors;
    std::unique_ptr<ReferenceStore> m_references;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<DirectoryTab> m_tab;
    QStringList m_questions;
    QStringList m_warnings;
    QMessageBox::StandardButton m_answer = QMessageBox::No;
};

QTEST_MAIN(TestDirectoryGui)
#include "tst_directorygui.moc"
