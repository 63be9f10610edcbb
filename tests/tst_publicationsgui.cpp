#include "app/mainwindow.h"
#include "models/demo/demodatabuilder.h"
#include "models/domain/clock.h"
#include "models/privacy/personaldatajournal.h"
#include "models/privacy/personstore.h"
#include "models/privacy/privacycheck.h"
#include "models/storage/database.h"
#include "models/stores/publicationstore.h"
#include "testsupport.h"
#include "views/agendatab.h"
#include "views/observatorytab.h"
#include "views/plantab.h"
#include "views/print/bookletdocument.h"
#include "views/print/pagesetupmemory.h"
#include "views/prompter.h"
#include "views/publicationstab.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QUndoStack>
#include <QtTest>

/// The Publications tab driven as a user does, on the demo database.
class TestPublicationsGui : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *w = m_tab->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PublicationStore> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PublicationsTab> m_tab;
    QString m_answerFile;
    QStringList m_warnings;

    void savePdf(PublicationsTab::Page page, const QString &name)
    {
        m_tab->showPage(page);
        m_answerFile = m_dir.filePath(name);
        m_tab->findChild<QAction *>(QStringLiteral("pdfAction"))->trigger();
    }

    /// The guide printed through the print dialog, the plaquette from its
    /// preview (which accepts itself once it has printed); both into files.
    void printGuideAndPreviewPlaquette()
    {
        const QString printed = m_dir.filePath(QStringLiteral("imprime.pdf"));
        Prompter::setDialogHandler([&printed](QDialog *dialog) {
            auto *print = qobject_cast<QPrintDialog *>(dialog);
            if (!print)
                return int(QDialog::Rejected);
            print->printer()->setOutputFormat(QPrinter::PdfFormat);
            print->printer()->setOutputFileName(printed);
            return int(QDialog::Accepted);
        });
        const auto unanswer = qScopeGuard([] { Prompter::setDialogHandler({}); });
        m_tab->showPage(PublicationsTab::GuidePage);
        m_tab->findChild<QAction *>(QStringLiteral("printAction"))->trigger();
        QVERIFY(m_warnings.isEmpty());
        QVERIFY(QFile::exists(printed));
        m_tab->showPage(PublicationsTab::PlaquettePage);
        m_tab->findChild<QAction *>(QStringLiteral("previewAction"))->trigger();
        QPrintPreviewDialog *preview = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (preview = m_tab->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))); }));
        m_tab->showPage(PublicationsTab::PortraitPage); // the page shown when the preview opened counts
        preview->printer()->setOutputFileName(m_dir.filePath(QStringLiteral("apercu.pdf")));
        preview->accept();
        delete preview;
    }

    /// The public outputs remembered: "output file", sorted.
    QStringList published() const
    {
        PersonalDataJournal::Filter filter;
        filter.action = QStringLiteral("publish");
        QStringList result;
        for (const auto &e : PersonalDataJournal(m_db->connectionName()).entries(filter))
            result << e.fields.join(QLatin1Char(',')) + QLatin1Char(' ') + QFileInfo(e.detail).fileName();
        result.sort();
        return result;
    }

    QStringList staleOutputs() const
    {
        QStringList sentences;
        for (const PrivacyCheck::Finding &f : PrivacyCheck(m_db.get()).run(Clock::today())) {
            if (f.kind == QLatin1String("stale-output"))
                sentences << f.sentence;
        }
        return sentences;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EssaimTests"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        TestSupport::pinClock();
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("pub%1.essaim").arg(++m_counter))));
        DemoDataBuilder demo(m_db->connectionName());
        QVERIFY(demo.build());
        m_store = std::make_unique<PublicationStore>(m_db->connectionName());
        m_undo = std::make_unique<QUndoStack>();
        m_tab = std::make_unique<PublicationsTab>(m_db->connectionName(), m_store.get(), m_undo.get());
        m_tab->resize(1200, 800);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        Prompter::setFileHandler([this](const QString &) { return m_answerFile; });
        Prompter::setWarningHandler([this](const QString &text) { m_warnings << text; });
        Prompter::setQuestionHandler([](const QString &) { return QMessageBox::Yes; });
        m_warnings.clear();
    }

    void cleanup()
    {
        Prompter::setFileHandler({});
        Prompter::setWarningHandler({});
        Prompter::setQuestionHandler({});
        m_tab.reset();
        m_undo.reset();
        m_store.reset();
        m_db.reset();
    }

    void editsAnIssueWithUndo()
    {
        auto *issues = child<QListWidget>(QStringLiteral("issueList"));
        QCOMPARE(issues->count(), 2);
        QCOMPARE(child<QSpinBox>(QStringLiteral("issueNumber"))->value(), 2);
        QCOMPARE(child<QLineEdit>(QStringLiteral("issueTitle"))->text(), QStringLiteral("Le Mois de l'ESS en Sambre-Avesnois"));
        auto *title = child<QLineEdit>(QStringLiteral("issueTitle"));
        title->clear();
        title->setText(QStringLiteral("Spécial Mois de l'ESS"));
        // The editorial is rich text: bold through the editor's own action.
        auto *editorial = child<QTextEdit>(QStringLiteral("editorialEdit"));
        editorial->clear();
        editorial->setFocus();
        child<QAction>(QStringLiteral("editorialBold"))->trigger();
        QTest::keyClicks(editorial, QStringLiteral("Bonjour"));
        child<QCheckBox>(QStringLiteral("section_plan"))->setChecked(false);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveIssueButton")), Qt::LeftButton);
        const LetterIssue saved = *m_store->issue(2);
        QCOMPARE(saved.title, QStringLiteral("Spécial Mois de l'ESS"));
        QVERIFY2(saved.editorialHtml.contains(QStringLiteral("font-weight")), qPrintable(saved.editorialHtml));
        QVERIFY(!saved.has(LetterIssue::PlanSection));
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(m_store->issue(2)->title, QStringLiteral("Le Mois de l'ESS en Sambre-Avesnois"));
        QCOMPARE(title->text(), QStringLiteral("Le Mois de l'ESS en Sambre-Avesnois"));
        m_undo->redo();
        QCOMPARE(m_store->issue(2)->title, QStringLiteral("Spécial Mois de l'ESS"));
    }

    void newIssueThenDeleteAndUndo()
    {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("newIssueButton")), Qt::LeftButton);
        QCOMPARE(child<QSpinBox>(QStringLiteral("issueNumber"))->value(), 3);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("issueTitle")), QStringLiteral("Numero trois"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveIssueButton")), Qt::LeftButton);
        QCOMPARE(m_store->issues().size(), 3);
        QCOMPARE(child<QListWidget>(QStringLiteral("issueList"))->count(), 3);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("deleteIssueButton")), Qt::LeftButton);
        QCOMPARE(m_store->issues().size(), 2);
        m_undo->undo();
        QCOMPARE(m_store->issue(3)->title, QStringLiteral("Numero trois"));
        m_undo->undo();
        QVERIFY(!m_store->issue(3));
        m_undo->redo();
        QCOMPARE(m_store->issue(3)->title, QStringLiteral("Numero trois"));

        // A number that is taken is refused with a sentence.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("newIssueButton")), Qt::LeftButton);
        child<QSpinBox>(QStringLiteral("issueNumber"))->setValue(1);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveIssueButton")), Qt::LeftButton);
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.first().contains(QStringLiteral("1")));
    }

    void savesEachDocumentAsPdf_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("expected");
        QTest::newRow("letter") << int(PublicationsTab::LetterPage) << QStringLiteral("Le Mois de l'ESS en Sambre-Avesnois");
        QTest::newRow("plaquette") << int(PublicationsTab::PlaquettePage) << QStringLiteral("Sambre-Avesnois");
        QTest::newRow("guide") << int(PublicationsTab::GuidePage) << QStringLiteral("Épicerie Solidaire Le Panier Hautmontois");
        QTest::newRow("labels") << int(PublicationsTab::LabelsPage) << QStringLiteral("MAUBEUGE");
        QTest::newRow("portrait") << int(PublicationsTab::PortraitPage) << QStringLiteral("Insertion par l'activité économique");
        QTest::newRow("plan report") << int(PublicationsTab::PlanReportPage) << QStringLiteral("CLDESS Pôle Azur Provence 2012-2015");
    }

    void savesEachDocumentAsPdf()
    {
        QFETCH(int, page);
        QFETCH(QString, expected);
        m_tab->showPage(PublicationsTab::Page(page));
        m_answerFile = m_dir.filePath(QStringLiteral("doc%1.pdf").arg(page));
        auto *pdf = m_tab->findChild<QAction *>(QStringLiteral("pdfAction"));
        QVERIFY(pdf->isEnabled());
        pdf->trigger();
        QVERIFY(QFile::exists(m_answerFile));
        QVERIFY2(TestSupport::pdfText(m_answerFile).contains(expected), qPrintable(expected));
        QVERIFY(m_warnings.isEmpty());
    }

    void labelSheetsAreChosenInTheWindow()
    {
        m_tab->showPage(PublicationsTab::LabelsPage);
        auto *sheet = child<QComboBox>(QStringLiteral("sheetCombo"));
        auto *start = child<QSpinBox>(QStringLiteral("startSpin"));
        QCOMPARE(sheet->count(), 5);
        // The sizes written the French way (no translator here: the words stay English).
        QCOMPARE(sheet->itemText(0), QStringLiteral("3 × 7 labels of 63,5 × 38,1 mm"));
        QCOMPARE(sheet->itemText(4), QStringLiteral("3 × 7 labels of 70 × 42,3 mm"));
        sheet->setCurrentIndex(sheet->findData(QStringLiteral("3x8")));
        QCOMPARE(start->maximum(), 24);
        start->setValue(24);
        savePdf(PublicationsTab::LabelsPage, QStringLiteral("labels-3x8.pdf"));
        // Only the last label of the first sheet is printed on: one address.
        const QString first = TestSupport::pdfText(m_answerFile, 1, 1);
        QCOMPARE(first.count(QRegularExpression(QStringLiteral("\\b59\\d{3}\\b"))), 1);
        QVERIFY(m_warnings.isEmpty());
    }

    void publicOutputsMadeInTheWindowAreFlaggedAfterAWithdrawal()
    {
        const QString conn = m_db->connectionName();
        Clock::setFixed(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
        const auto repin = qScopeGuard([] { TestSupport::pinClock(); });
        savePdf(PublicationsTab::GuidePage, QStringLiteral("guide.pdf"));
        savePdf(PublicationsTab::LabelsPage, QStringLiteral("etiquettes.pdf"));
        savePdf(PublicationsTab::PlaquettePage, QStringLiteral("plaquette.pdf"));
        savePdf(PublicationsTab::LetterPage, QStringLiteral("lettre.pdf"));
        m_answerFile = m_dir.filePath(QStringLiteral("lettre.html"));
        m_tab->findChild<QAction *>(QStringLiteral("htmlAction"))->trigger();
        // The portrait publishes no one's data: not remembered.
        savePdf(PublicationsTab::PortraitPage, QStringLiteral("portrait.pdf"));
        printGuideAndPreviewPlaquette();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(published(), QStringList({QStringLiteral("guide guide.pdf"), QStringLiteral("guide imprime.pdf"),
                                           QStringLiteral("labels etiquettes.pdf"), QStringLiteral("letter lettre.pdf"),
                                           QStringLiteral("letter-html lettre.html"), QStringLiteral("plaquette apercu.pdf"),
                                           QStringLiteral("plaquette plaquette.pdf")}));
        QCOMPARE(staleOutputs(), QStringList());

        // The next day a contact withdraws from the Lettre: every output of the day before is stale.
        Clock::setFixed(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        QSqlQuery q(QSqlDatabase::database(conn, false));
        QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM contacts WHERE consent_newsletter = 1")) && q.next());
        QVERIFY(PersonStore(conn).withdrawConsent(q.value(0).toLongLong(), QStringLiteral("newsletter"), QStringLiteral("courriel")));
        const QString tail = QStringLiteral(" output (24/11/2026 10:00) was made before a consent was withdrawn: make it again and "
                                            "replace the copies given out.");
        QCOMPARE(staleOutputs(), QStringList({QStringLiteral("The last “guide”") + tail, QStringLiteral("The last “address labels”") + tail,
                                              QStringLiteral("The last “Lettre de l'ESS (PDF)”") + tail,
                                              QStringLiteral("The last “Lettre de l'ESS (web page)”") + tail,
                                              QStringLiteral("The last “plaquette”") + tail}));
        // The guide made again after the withdrawal is no longer stale.
        Clock::setFixed(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        savePdf(PublicationsTab::GuidePage, QStringLiteral("guide.pdf"));
        QCOMPARE(staleOutputs().size(), 4);
        QVERIFY(!staleOutputs().join(QString()).contains(QStringLiteral("“guide”")));
        // The command line reads the same record.
        const QString path = m_db->filePath();
        m_tab.reset();
        m_store.reset();
        m_db.reset();
        const auto r = TestSupport::runEssaim(m_dir.path(), {QStringLiteral("--db"), path, QStringLiteral("privacy"), QStringLiteral("check")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^stale-output: ")));
        QCOMPARE(lines, QStringList({QStringLiteral("stale-output: The last “address labels”") + tail,
                                     QStringLiteral("stale-output: The last “Lettre de l'ESS (PDF)”") + tail,
                                     QStringLiteral("stale-output: The last “Lettre de l'ESS (web page)”") + tail,
                                     QStringLiteral("stale-output: The last “plaquette”") + tail}));
    }

    void portraitFollowsTheChosenYearAndTerritory()
    {
        m_tab->showPage(PublicationsTab::PortraitPage);
        auto *year = child<QComboBox>(QStringLiteral("portraitYear"));
        auto *territory = child<QComboBox>(QStringLiteral("portraitTerritory"));
        QCOMPARE(year->count(), 10);
        QCOMPARE(year->currentText(), QString::number(Clock::today().year() - 1));
        year->setCurrentIndex(year->findData(2019));
        territory->setCurrentIndex(territory->findText(QStringLiteral("CC du Sud Avesnois")));
        QVERIFY(territory->currentIndex() > 0);
        m_answerFile = m_dir.filePath(QStringLiteral("portrait-2019.pdf"));
        child<QAction>(QStringLiteral("pdfAction"))->trigger();
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        const QString first = TestSupport::pdfText(m_answerFile).simplified();
        QVERIFY(first.contains(QStringLiteral("CC du Sud Avesnois")));
        QVERIFY(first.contains(QStringLiteral("2019")));
        QVERIFY(!first.contains(QStringLiteral("CC du Pays de Mormal 1")));
    }

    void planReportPeriodIsChosen()
    {
        m_tab->showPage(PublicationsTab::PlanReportPage);
        auto *plan = child<QComboBox>(QStringLiteral("reportPlan"));
        QCOMPARE(plan->count(), 2);
        QCOMPARE(plan->currentText(), QStringLiteral("CLDESS Pôle Azur Provence 2012-2015"));
        // The plan's whole period by default, up to today at most.
        QCOMPARE(child<QDateEdit>(QStringLiteral("reportFrom"))->date(), QDate(2012, 5, 10));
        QCOMPARE(child<QDateEdit>(QStringLiteral("reportTo"))->date(), QDate(2015, 11, 30));
        child<QDateEdit>(QStringLiteral("reportFrom"))->setDate(QDate(2014, 1, 1));
        child<QDateEdit>(QStringLiteral("reportTo"))->setDate(QDate(2013, 1, 1));
        m_answerFile = m_dir.filePath(QStringLiteral("report-reversed.pdf"));
        child<QAction>(QStringLiteral("pdfAction"))->trigger();
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY2(m_warnings.first().contains(QStringLiteral("2014")), qPrintable(m_warnings.first()));
        QVERIFY(!QFile::exists(m_answerFile));
    }

    void guideBookletIsImposedOnA4Landscape()
    {
        m_tab->showPage(PublicationsTab::GuidePage);
        auto *booklet = child<QCheckBox>(QStringLiteral("guideBooklet"));
        auto *pageSetup = m_tab->findChild<QAction *>(QStringLiteral("pageSetupAction"));
        QVERIFY(!booklet->isChecked());
        QCOMPARE(m_tab->currentDocument(nullptr)->kind(), QStringLiteral("guide"));
        QVERIFY(pageSetup->isEnabled());

        QTest::keyClick(booklet, Qt::Key_Space);
        QVERIFY(booklet->isChecked());
        std::unique_ptr<PrintDocument> document = m_tab->currentDocument(nullptr);
        QCOMPARE(document->kind(), QStringLiteral("booklet"));
        QCOMPARE(document->title(), QStringLiteral("Guide of the ESS actors"));
        QCOMPARE(static_cast<BookletDocument *>(document.get())->inner()->kind(), QStringLiteral("guide"));
        // The sheet is fixed: nothing to set up.
        QVERIFY(!pageSetup->isEnabled());

        m_answerFile = m_dir.filePath(QStringLiteral("booklet.pdf"));
        m_tab->findChild<QAction *>(QStringLiteral("pdfAction"))->trigger();
        QVERIFY(m_warnings.isEmpty());
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("999"), m_answerFile});
        QVERIFY(p.waitForFinished());
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QVERIFY(pages.captured(1).toInt() >= 2);
        QCOMPARE(info.count(QRegularExpression(QStringLiteral("size:\\s+842 x 595 pts \\(A4\\)"))), pages.captured(1).toInt());
        QVERIFY(TestSupport::pdfText(m_answerFile).contains(QStringLiteral("Épicerie Solidaire Le Panier Hautmontois")));

        QTest::keyClick(booklet, Qt::Key_Space);
        QCOMPARE(m_tab->currentDocument(nullptr)->kind(), QStringLiteral("guide"));
        QVERIFY(pageSetup->isEnabled());
    }

    void guideBookletKeepsTheMarginsChosenForA5()
    {
        QSettings().remove(QStringLiteral("print/guide"));
        const auto forget = qScopeGuard([] { QSettings().remove(QStringLiteral("print/guide")); });
        m_tab->showPage(PublicationsTab::GuidePage);
        child<QCheckBox>(QStringLiteral("guideBooklet"))->setChecked(true);
        auto margins = [this] {
            const std::unique_ptr<PrintDocument> document = m_tab->currentDocument(nullptr);
            return static_cast<BookletDocument *>(document.get())->innerPageLayout().margins(QPageLayout::Millimeter);
        };
        QCOMPARE(margins(), QMarginsF(12, 12, 12, 12));
        // Margins chosen for A4 pages are not the booklet's...
        QPageLayout chosen(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        PageSetupMemory::remember(QStringLiteral("guide"), chosen);
        QCOMPARE(margins(), QMarginsF(12, 12, 12, 12));
        // ...those chosen for the A5 guide are.
        chosen.setPageSize(QPageSize(QPageSize::A5));
        chosen.setMargins(QMarginsF(10, 14, 10, 16));
        PageSetupMemory::remember(QStringLiteral("guide"), chosen);
        QCOMPARE(margins(), QMarginsF(10, 14, 10, 16));
    }

    void previewOpensWithoutBlocking()
    {
        m_tab->showPage(PublicationsTab::GuidePage);
        m_tab->findChild<QAction *>(QStringLiteral("previewAction"))->trigger();
        QPrintPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_tab->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))));
        QVERIFY(dialog->isVisible());
        dialog->close();
    }

    void identityIsSavedAndUndone()
    {
        m_tab->showPage(PublicationsTab::IdentityPage);
        auto *name = child<QLineEdit>(QStringLiteral("councilName"));
        QCOMPARE(name->text(), QStringLiteral("Conseil local de l'ESS Sambre-Avesnois"));
        name->clear();
        name->setText(QStringLiteral("Pôle ESS <Avesnois> & Cie"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("clearLogoButton")), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveIdentityButton")), Qt::LeftButton);
        QCOMPARE(m_store->identity().name, QStringLiteral("Pôle ESS <Avesnois> & Cie"));
        QVERIFY(m_store->identity().logo.isEmpty());
        // The guide's footer speaks with the new name, escaped.
        m_tab->showPage(PublicationsTab::GuidePage);
        m_answerFile = m_dir.filePath(QStringLiteral("identity.pdf"));
        m_tab->findChild<QAction *>(QStringLiteral("pdfAction"))->trigger();
        QVERIFY(TestSupport::pdfText(m_answerFile).contains(QStringLiteral("Pôle ESS <Avesnois> & Cie")));
        m_undo->undo();
        QCOMPARE(m_store->identity().name, QStringLiteral("Conseil local de l'ESS Sambre-Avesnois"));
        QCOMPARE(name->text(), QStringLiteral("Conseil local de l'ESS Sambre-Avesnois"));
        QVERIFY(!m_store->identity().logo.isEmpty());
    }

    void plaquetteTextsAreSaved()
    {
        m_tab->showPage(PublicationsTab::PlaquettePage);
        auto *body = child<QPlainTextEdit>(QStringLiteral("panelBody3"));
        body->setPlainText(QStringLiteral("- Relier les acteurs\n- Observer"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("savePlaquetteButton")), Qt::LeftButton);
        QCOMPARE(m_store->plaquettePanels().at(3).body, QStringLiteral("- Relier les acteurs\n- Observer"));
        m_undo->undo();
        QVERIFY(m_store->plaquettePanels().at(3).body != QStringLiteral("- Relier les acteurs\n- Observer"));
    }

    void mainWindowHasThePublicationsMenu()
    {
        const QString path = m_db->filePath();
        m_tab.reset();
        m_store.reset();
        m_db.reset(); // the window opens the file itself
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.publicationsTab());
        QMenu *menu = window.findChild<QMenu *>(QStringLiteral("publicationsMenu"));
        QVERIFY(menu && menu->isEnabled());
        window.findChild<QAction *>(QStringLiteral("publicationPage%1").arg(int(PublicationsTab::LabelsPage)))->trigger();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QCOMPARE(tabs->currentWidget(), window.publicationsTab());
        QCOMPARE(window.publicationsTab()->findChild<QListWidget *>(QStringLiteral("documentList"))->currentRow(), int(PublicationsTab::LabelsPage));

        // Each tab prints its own documents.
        auto previewTitle = [&window]() -> QString {
            QPrintPreviewDialog *dialog = nullptr;
            if (!QTest::qWaitFor([&] { return (dialog = window.findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))) != nullptr; }))
                return QString();
            const QString title = dialog->windowTitle();
            delete dialog;
            return title;
        };
        tabs->setCurrentWidget(window.observatoryTab());
        window.findChild<QAction *>(QStringLiteral("portraitAction"))->trigger();
        QVERIFY(previewTitle().endsWith(QStringLiteral(", %1").arg(Clock::today().year() - 1)));
        window.agendaTab()->goToDate(QDate(2026, 11, 6));
        QVERIFY(window.agendaTab()->selectOccurrence(QStringLiteral("Rendez-vous de l'ESS"), QDate(2026, 11, 6)));
        auto *attendance = window.findChild<QAction *>(QStringLiteral("attendanceSheetAction"));
        QVERIFY(attendance->isEnabled());
        attendance->trigger();
        QVERIFY(!previewTitle().isEmpty());
        window.findChild<QAction *>(QStringLiteral("posterAction"))->trigger();
        QVERIFY(previewTitle().endsWith(QStringLiteral("Rendez-vous de l'ESS")));
        // The plan's report opens on its page, the period to choose.
        tabs->setCurrentWidget(window.planTab());
        const qint64 shownPlan = window.planTab()->currentPlanId();
        QVERIFY(shownPlan > 0);
        window.findChild<QAction *>(QStringLiteral("planReportAction"))->trigger();
        QCOMPARE(tabs->currentWidget(), window.publicationsTab());
        QCOMPARE(window.publicationsTab()->findChild<QListWidget *>(QStringLiteral("documentList"))->currentRow(), int(PublicationsTab::PlanReportPage));
        QCOMPARE(window.publicationsTab()->findChild<QComboBox *>(QStringLiteral("reportPlan"))->currentData().toLongLong(), shownPlan);
        window.findChild<QAction *>(QStringLiteral("directoryPrint%1").arg(int(PublicationsTab::GuidePage)))->trigger();
        QCOMPARE(window.publicationsTab()->findChild<QListWidget *>(QStringLiteral("documentList"))->currentRow(), int(PublicationsTab::GuidePage));
        if (qEnvironmentVariableIsSet("ESSAIM_SCREENSHOTS")) {
            window.resize(1280, 800);
            window.publicationsTab()->showPage(PublicationsTab::LetterPage);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.grab().save(qEnvironmentVariable("ESSAIM_SCREENSHOTS") + QStringLiteral("/publications.png"));
        }
    }
};

QTEST_MAIN(TestPublicationsGui)
#include "tst_publicationsgui.moc"
