#include "app/languagesetup.h"
#include "app/mainwindow.h"
#include "models/demo/demodatabuilder.h"
#include "models/domain/agendatime.h"
#include "models/storage/database.h"
#include "models/stores/eventstore.h"
#include "views/agendatab.h"
#include "views/eventdialog.h"
#include "views/helpwindow.h"
#include "views/importwizard.h"
#include "views/prompter.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QUndoStack>
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

/// The user guide (Help > User guide, F1), the recent files of the File menu
/// and the filter lists of the tabs, on the demo database.
class TestHelpGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    /// The qrc path a link or image of @p page points to.
    static QString resolve(const QUrl &page, const QString &target)
    {
        const QUrl url = page.resolved(QUrl(target));
        return QLatin1Char(':') + url.path();
    }

    /// What F1 must open on each tab: the tab's index, page and title.
    struct TabPage {
        int tab;
        QString page;
        QString title;
    };
    static QList<TabPage> tabPages(bool french)
    {
        if (french)
            return {{0, QStringLiteral("directory.html"), QStringLiteral("L'Annuaire")},
                    {1, QStringLiteral("observatory.html"), QStringLiteral("L'Observatoire")},
                    {2, QStringLiteral("agenda.html"), QStringLiteral("L'Agenda")},
                    {3, QStringLiteral("plan.html"), QStringLiteral("Le Plan d'action")},
                    {4, QStringLiteral("projects.html"), QStringLiteral("Les Projets")},
                    {5, QStringLiteral("publications.html"), QStringLiteral("Les Publications")}};
        return {{0, QStringLiteral("directory.html"), QStringLiteral("The directory (Annuaire)")},
                {1, QStringLiteral("observatory.html"), QStringLiteral("The observatory (Observatoire)")},
                {2, QStringLiteral("agenda.html"), QStringLiteral("The agenda")},
                {3, QStringLiteral("plan.html"), QStringLiteral("The plan of action (Plan)")},
                {4, QStringLiteral("projects.html"), QStringLiteral("Projects")},
                {5, QStringLiteral("publications.html"), QStringLiteral("Publications")}};
    }

    void pressF1On(MainWindow &window, const TabPage &expected)
    {
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(expected.tab);
        tabs->currentWidget()->setFocus();
        QTest::keyClick(tabs->currentWidget(), Qt::Key_F1);
        QVERIFY(window.helpWindow());
        QTRY_VERIFY(window.helpWindow()->isVisible());
        QCOMPARE(window.helpWindow()->currentPage(), expected.page);
        QCOMPARE(window.helpWindow()->currentTitle(), expected.title);
        auto *contents = window.helpWindow()->findChild<QTreeWidget *>(QStringLiteral("helpContents"));
        QCOMPARE(contents->currentItem()->data(0, Qt::UserRole).toString(), expected.page);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EssaimHelpTests"));
        QSettings().clear();
        Prompter::setWarningHandler([](const QString &text) { qWarning("unexpected warning: %s", qPrintable(text)); });
        m_demo = m_dir.filePath(QStringLiteral("demo.essaim"));
        Database db;
        QVERIFY(db.open(m_demo));
        DemoDataBuilder demo(db.connectionName());
        QVERIFY2(demo.build(), qPrintable(demo.errorString()));
    }

    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    /// Every page of the guide is listed in the contents, in both languages,
    /// and every link and picture of every page leads somewhere.
    void everyPageAndImageResolves_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyPageAndImageResolves()
    {
        QFETCH(QString, language);
        QLocale::setDefault(language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString folder = HelpWindow::languageFolder();
        QCOMPARE(folder, QStringLiteral(":/help/") + language);
        const QStringList pages = HelpWindow::pages();
        QStringList files = QDir(folder).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
        QStringList sorted = pages;
        sorted.sort();
        QCOMPARE(files, sorted);
        // One page per tab, per publication and for the import wizard.
        for (const char *page : {"directory.html", "observatory.html", "agenda.html", "plan.html", "publications.html", "import.html",
                                 "letter.html", "plaquette.html", "guide.html", "portrait.html", "progress-report.html",
                                 "attendance-sheet.html", "poster.html", "labels.html"})
            QVERIFY2(pages.contains(QString::fromLatin1(page)), page);

        HelpWindow help;
        auto *browser = help.findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
        int images = 0;
        QStringList broken;
        QSet<QString> titles;
        for (const QString &page : pages) {
            help.showPage(page);
            QCOMPARE(help.currentPage(), page);
            QVERIFY2(!help.currentTitle().isEmpty(), qPrintable(page));
            QCOMPARE(help.currentTitle(), HelpWindow::pageTitle(page));
            titles.insert(help.currentTitle());
            const QUrl source = browser->source();
            for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    if (format.isImageFormat()) {
                        ++images;
                        const QString path = resolve(source, format.toImageFormat().name());
                        if (QImage(path).isNull())
                            broken << page + QStringLiteral(" -> ") + path;
                    }
                    const QString href = format.anchorHref();
                    if (href.isEmpty() || href.startsWith(QLatin1String("http")))
                        continue;
                    const QString path = resolve(source, href);
                    if (!QFile::exists(path) || !pages.contains(QFileInfo(path).fileName()))
                        broken << page + QStringLiteral(" -> ") + href;
                }
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1String(", "))));
        QCOMPARE(titles.size(), pages.size());
        QVERIFY2(images >= 17, qPrintable(QString::number(images)));
        // The contents list every page under its title, publications under theirs.
        auto *contents = help.findChild<QTreeWidget *>(QStringLiteral("helpContents"));
        int listed = 0;
        for (QTreeWidgetItemIterator it(contents); *it; ++it) {
            ++listed;
            const QString page = (*it)->data(0, Qt::UserRole).toString();
            QCOMPARE((*it)->text(0), HelpWindow::pageTitle(page));
            QCOMPARE((*it)->parent() ? (*it)->parent()->data(0, Qt::UserRole).toString() : QString(), HelpWindow::contentsParent(page));
        }
        QCOMPARE(listed, pages.size());
    }

    /// Back and forward retrace the pages read; a link opens its page.
    void backAndForward()
    {
        HelpWindow help;
        help.showPage(QStringLiteral("index.html"));
        help.showPage(QStringLiteral("publications.html"));
        help.showPage(QStringLiteral("letter.html"));
        auto *back = help.findChild<QToolButton *>(QStringLiteral("helpBack"));
        auto *forward = help.findChild<QToolButton *>(QStringLiteral("helpForward"));
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());
        back->click();
        QCOMPARE(help.currentPage(), QStringLiteral("publications.html"));
        back->click();
        QCOMPARE(help.currentPage(), QStringLiteral("index.html"));
        QVERIFY(!back->isEnabled());
        forward->click();
        QCOMPARE(help.currentPage(), QStringLiteral("publications.html"));
        // Choosing a page in the contents shows it.
        auto *contents = help.findChild<QTreeWidget *>(QStringLiteral("helpContents"));
        const QList<QTreeWidgetItem *> found = contents->findItems(QStringLiteral("The plaquette"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        contents->setCurrentItem(found.first());
        QCOMPARE(help.currentPage(), QStringLiteral("plaquette.html"));
        QCOMPARE(help.windowTitle(), QStringLiteral("The plaquette — Essaim user guide"));
    }

    /// F1 on each tab opens the guide at that tab's page, in the language of
    /// the interface; F1 in the import wizard at the wizard's page.
    void f1OpensThePageOfTheTab_data()
    {
        QTest::addColumn<bool>("french");
        QTest::newRow("en") << false;
        QTest::newRow("fr") << true;
    }

    void f1OpensThePageOfTheTab()
    {
        QFETCH(bool, french);
        if (french)
            QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        MainWindow window;
        QVERIFY(window.openDatabase(m_demo, false));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
        QMenu *help = nullptr;
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu() && top->menu()->actions().contains(action))
                help = top->menu();
        }
        QVERIFY(help);
        QCOMPARE(help->actions().first(), action);
        const QList<TabPage> expected = tabPages(french);
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("tabs"))->count(), expected.size());
        for (const TabPage &page : expected) {
            pressF1On(window, page);
            // ESSAIM_SCREENSHOTS=DIR keeps a picture of each page opened.
            if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS"))
                window.helpWindow()->grab().save(qEnvironmentVariable("ESSAIM_SCREENSHOTS") + QStringLiteral("/help-%1-%2.png").arg(french ? "fr" : "en", page.page));
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
        }
        window.findChild<QAction *>(QStringLiteral("importActorsAction"))->trigger();
        auto *wizard = window.findChild<ImportWizard *>(QStringLiteral("importWizard"));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        wizard->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), wizard);
        QTest::keyClick(wizard, Qt::Key_F1);
        QCOMPARE(window.helpWindow()->currentPage(), QStringLiteral("import.html"));
        QCOMPARE(window.helpWindow()->currentTitle(), french ? QStringLiteral("L'assistant d'import") : QStringLiteral("The import wizard"));
        // So does its Help button.
        window.helpWindow()->showPage(QStringLiteral("index.html"));
        wizard->button(QWizard::HelpButton)->click();
        QCOMPARE(window.helpWindow()->currentPage(), QStringLiteral("import.html"));
        wizard->reject();
    }

    /// The agenda's status bar says what happened to which event, in the
    /// language of the interface.
    void agendaSaysWhatHappened()
    {
        LanguageSetup::install(QCoreApplication::instance(), QStringLiteral("fr"));
        auto restore = qScopeGuard([] {
            AgendaTab::setDialogRunner({});
            LanguageSetup::install(QCoreApplication::instance(), QStringLiteral("en"));
        });
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("agenda.essaim"))));
        EventStore store(db.connectionName());
        QUndoStack undo;
        AgendaTab tab(&store, &undo);
        QSignalSpy status(&tab, &AgendaTab::statusMessage);
        AgendaTab::setDialogRunner([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("test"));
            dialog->findChild<QDateTimeEdit *>(QStringLiteral("startEdit"))->setDateTime(AgendaTime::wall(QDate(2027, 1, 8), QTime(18, 0)));
            return int(QDialog::Accepted);
        });
        tab.findChild<QAction *>(QStringLiteral("newEventAction"))->trigger();
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.at(0).at(0).toString(), QStringLiteral("Événement «\u00a0test\u00a0» créé."));
        QCOMPARE(undo.undoText(), QStringLiteral("Créer «\u00a0test\u00a0»"));
    }

    /// The File menu names each recent database with its folder.
    void recentFilesShowTheirFolder()
    {
        QSettings().remove(QStringLiteral("recentFiles"));
        QTemporaryDir other;
        const QString copy = other.filePath(QStringLiteral("demo.essaim"));
        QVERIFY(QFile::copy(m_demo, copy));
        MainWindow window;
        QVERIFY(window.openDatabase(copy, false));
        QVERIFY(window.openDatabase(m_demo, false));
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        QCOMPARE(recent->actions().size(), 2);
        QCOMPARE(recent->actions().at(0)->text(),
                 QStringLiteral("&1 demo.essaim — %1").arg(QDir::toNativeSeparators(QFileInfo(m_demo).absolutePath())));
        QCOMPARE(recent->actions().at(1)->text(),
                 QStringLiteral("&2 demo.essaim — %1").arg(QDir::toNativeSeparators(QFileInfo(copy).absolutePath())));
    }

    /// Each filter list's popup shows its longest entry whole, its first
    /// entry reads whole in the closed list, and the window still fits a
    /// 1,280 × 800 screen — in French, the longer language.
    void filterListsFitTheirEntries()
    {
        LanguageSetup::install(QCoreApplication::instance(), QStringLiteral("fr"));
        MainWindow window;
        QVERIFY(window.openDatabase(m_demo, false));
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        int facets = 0;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (QComboBox *combo : tabs->widget(i)->findChildren<QComboBox *>()) {
                if (!combo->property("facet").toBool() || !combo->isVisible())
                    continue;
                ++facets;
                const QFontMetrics metrics = combo->view()->fontMetrics();
                int widest = 0;
                for (int row = 0; row < combo->count(); ++row)
                    widest = std::max(widest, metrics.horizontalAdvance(combo->itemText(row)));
                QVERIFY2(combo->view()->minimumWidth() > widest,
                         qPrintable(QStringLiteral("%1: %2 <= %3").arg(combo->objectName()).arg(combo->view()->minimumWidth()).arg(widest)));
                QVERIFY2(combo->width() >= combo->minimumSizeHint().width(), qPrintable(combo->objectName()));
                QVERIFY2(combo->minimumSizeHint().width() > combo->fontMetrics().horizontalAdvance(combo->itemText(0)),
                         qPrintable(combo->objectName() + QLatin1String(": ") + combo->itemText(0)));
            }
        }
        QVERIFY2(facets >= 14, qPrintable(QString::number(facets)));
        if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS")) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                window.grab().save(qEnvironmentVariable("ESSAIM_SCREENSHOTS") + QStringLiteral("/tab-%1.png").arg(i));
            }
        }
        QStringList widths;
        for (int i = 0; i < tabs->count(); ++i)
            widths << tabs->widget(i)->objectName() + QLatin1Char(' ') + QString::number(tabs->widget(i)->minimumSizeHint().width());
        QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(widths.join(QLatin1String(", "))));
        QCOMPARE(window.width(), 1280);
        LanguageSetup::install(QCoreApplication::instance(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestHelpGui)
#include "tst_helpgui.moc"
