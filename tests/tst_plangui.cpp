#include "app/mainwindow.h"
#include "models/demo/demodatabuilder.h"
#include "models/demo/demoplanbuilder.h"
#include "models/domain/clock.h"
#include "models/domain/planvocabulary.h"
#include "models/interchange/planimporter.h"
#include "models/interchange/planroadmapbuilder.h"
#include "models/itemmodels/planfilterproxy.h"
#include "models/itemmodels/plantreemodel.h"
#include "models/storage/database.h"
#include "models/stores/planstore.h"
#include "testsupport.h"
#include "views/planactioneditor.h"
#include "views/plantab.h"
#include "views/plantimeline.h"
#include "views/prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QSpinBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

namespace {

int pdfPageCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(f.readAll()).count(page));
}

} // namespace

/// The Plan tab driven as a user does, the timeline's pages and the roadmap.
class TestPlanGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlanStore> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PlanTab> m_tab;
    QStringList m_questions;

    QTreeView *tree() { return m_tab->findChild<QTreeView *>(QStringLiteral("planTree")); }
    QAction *action(const char *name) { return m_tab->findChild<QAction *>(QLatin1String(name)); }
    QString titleAt(const QModelIndex &proxyIndex)
    {
        return proxyIndex.siblingAtColumn(PlanTreeModel::TitleColumn).data().toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EssaimTests"));
        TestSupport::pinClock();
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("gui%1.essaim").arg(++m_counter))));
        m_store = std::make_unique<PlanStore>(m_db->connectionName());
        PlanImporter importer(m_store.get());
        QVERIFY(importer.importFile(QStringLiteral(ESSAIM_TEST_DATA "/cldess_pole_azur_provence_2012.txt")));
        m_undo = std::make_unique<QUndoStack>();
        m_tab = std::make_unique<PlanTab>(m_store.get(), m_undo.get());
        m_tab->setToday(QDate(2012, 11, 1));
        m_tab->resize(1300, 800);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        m_questions.clear();
        Prompter::setQuestionHandler([this](const QString &text) {
            m_questions << text;
            return QMessageBox::Yes;
        });
    }

    void cleanup()
    {
        Prompter::setQuestionHandler({});
        m_tab.reset();
        m_undo.reset();
        m_store.reset();
        m_db.reset();
    }

    void editMoveFilterUndo()
    {
        QTreeView *view = tree();
        QCOMPARE(view->model()->rowCount(), 5);
        const QModelIndex first = view->model()->index(0, 0);
        view->setCurrentIndex(first);
        view->setFocus();

        // Edit the title in the form, apply, undo.
        auto *title = m_tab->findChild<QLineEdit *>(QStringLiteral("planTitleEdit"));
        QVERIFY(title->isEnabled());
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Animer le reseau"));
        QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("planApplyButton")), Qt::LeftButton);
        QCOMPARE(titleAt(view->model()->index(0, 0)), QStringLiteral("Animer le reseau"));
        m_undo->undo();
        QCOMPARE(titleAt(view->model()->index(0, 0)), QStringLiteral("Identifier, structurer et animer un réseau des acteurs de l'ESS à l'échelle du territoire"));
        QCOMPARE(title->text(), QStringLiteral("Identifier, structurer et animer un réseau des acteurs de l'ESS à l'échelle du territoire"));

        // Keyboard moves: Ctrl+Down, Ctrl+Right (indent under the previous), Ctrl+Left.
        const qint64 id = m_tab->currentItemId();
        QApplication::setActiveWindow(m_tab.get());
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(m_tab->model()->indexById(id).data().toString(), QStringLiteral("2"));
        QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(m_tab->model()->indexById(id).data().toString(), QStringLiteral("1.4"));
        QCOMPARE(m_tab->model()->index(0, 0, m_tab->model()->indexById(id, 0)).data().toString(), QStringLiteral("1.4.1"));
        QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(m_tab->model()->indexById(id).data().toString(), QStringLiteral("2"));
        QCOMPARE(m_tab->currentItemId(), id);
        m_undo->undo();
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(m_tab->model()->indexById(id).data().toString(), QStringLiteral("1"));
        // In the form, Ctrl+Down belongs to the field, not to the tree.
        auto *progress = m_tab->findChild<QSpinBox *>(QStringLiteral("planProgressSpin"));
        progress->setFocus();
        QTRY_VERIFY(progress->hasFocus());
        QTest::keyClick(progress, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(m_tab->model()->indexById(id).data().toString(), QStringLiteral("1"));

        // Late filter: parents kept.
        m_tab->findChild<QCheckBox *>(QStringLiteral("planLateFilter"))->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 2);
        auto *status = m_tab->findChild<QComboBox *>(QStringLiteral("planStatusFilter"));
        status->setCurrentIndex(status->findData(int(PlanItem::Status::InProgress)));
        QCOMPARE(view->model()->rowCount(), 0);
        m_tab->findChild<QCheckBox *>(QStringLiteral("planLateFilter"))->setChecked(false);
        QCOMPARE(view->model()->rowCount(), 1);
        status->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), 5);

        // Add under the selection, delete it (asked), undo the deletion.
        view->setCurrentIndex(view->model()->index(4, 0));
        action("planAddChildAction")->trigger();
        QCOMPARE(view->model()->rowCount(view->model()->index(4, 0)), 2);
        QCOMPARE(titleAt(view->currentIndex()), QStringLiteral("New operational objective"));
        action("planDeleteAction")->trigger();
        QCOMPARE(m_questions.size(), 1);
        QCOMPARE(view->model()->rowCount(view->model()->index(4, 0)), 1);
        m_undo->undo();
        QCOMPARE(view->model()->rowCount(view->model()->index(4, 0)), 2);
    }

    void newRenameDeletePlan()
    {
        auto *combo = m_tab->findChild<QComboBox *>(QStringLiteral("planCombo"));
        QCOMPARE(combo->count(), 1);
        action("planNewPlanAction")->trigger();
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), QStringLiteral("New plan"));
        QCOMPARE(m_tab->model()->rowCount(), 0);
        auto *name = m_tab->findChild<QLineEdit *>(QStringLiteral("planNameEdit"));
        name->setText(QStringLiteral("Plan 2016-2020"));
        m_tab->findChild<QLineEdit *>(QStringLiteral("planPeriodEndEdit"))->setText(QStringLiteral("2020-12"));
        QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("planSaveButton")), Qt::LeftButton);
        QCOMPARE(combo->currentText(), QStringLiteral("Plan 2016-2020"));
        QCOMPARE(m_store->planByName(QStringLiteral("Plan 2016-2020"))->periodEnd, QStringLiteral("2020-12"));
        m_undo->undo();
        QCOMPARE(combo->currentText(), QStringLiteral("New plan"));
        m_undo->undo();
        QCOMPARE(combo->count(), 1);

        // Deleting the imported plan asks, and undo brings back every item.
        const qint64 planId = m_tab->currentPlanId();
        action("planRemovePlanAction")->trigger();
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().contains(QStringLiteral("35 item")));
        QCOMPARE(combo->count(), 0);
        QCOMPARE(m_tab->model()->rowCount(), 0);
        m_undo->undo();
        QCOMPARE(combo->count(), 1);
        QCOMPARE(m_tab->currentPlanId(), planId);
        QCOMPARE(m_tab->model()->rowCount(), 5);
        QCOMPARE(m_store->items(planId).size(), 35);
    }

    void importExportThroughTheMenu()
    {
        QString answer = QStringLiteral(ESSAIM_TEST_DATA "/sambre_avesnois_2010_2014.txt");
        Prompter::setFileHandler([&answer](const QString &) { return answer; });
        QStringList warnings;
        Prompter::setWarningHandler([&warnings](const QString &text) { warnings << text; });
        action("planImportAction")->trigger();
        auto *combo = m_tab->findChild<QComboBox *>(QStringLiteral("planCombo"));
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), QStringLiteral("Plan stratégique ESS Sambre-Avesnois 2010-2014"));
        QCOMPARE(m_tab->model()->rowCount(), 6);
        // The same file again: refused, said, nothing added.
        action("planImportAction")->trigger();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("already in the database")));
        QCOMPARE(combo->count(), 2);

        answer = m_dir.filePath(QStringLiteral("menu-export.csv"));
        action("planExportAction")->trigger();
        QFile csv(answer);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1 + 1 + 38);
        answer = m_dir.filePath(QStringLiteral("menu-export.txt"));
        action("planExportAction")->trigger();
        QFile outline(answer);
        QVERIFY(outline.open(QIODevice::ReadOnly));
        QVERIFY(outline.readAll().startsWith("plan: Plan stratégique ESS Sambre-Avesnois 2010-2014\n  début: 2010-01-01\n"));
        Prompter::setFileHandler({});
        Prompter::setWarningHandler({});
    }

    void editorIndicatorsJournalAndEvents()
    {
        const QModelIndex guide = m_tab->model()->index(0, 0, m_tab->model()->index(0, 0, m_tab->model()->index(0, 0)));
        const qint64 id = guide.data(PlanTreeModel::IdRole).toLongLong();
        m_tab->setLinkedEventsProvider([id](qint64 itemId) {
            QList<PlanLinkedEvent> events;
            if (itemId == id)
                events << PlanLinkedEvent{7, QStringLiteral("Atelier guide des acteurs"), QDate(2012, 6, 12)};
            return events;
        });
        m_tab->selectItem(id);
        auto *events = m_tab->findChild<QListWidget *>(QStringLiteral("planLinkedEventsList"));
        QCOMPARE(events->count(), 1);
        QVERIFY(events->item(0)->text().contains(QStringLiteral("Atelier guide des acteurs")));

        auto *editor = m_tab->findChild<PlanActionEditor *>(QStringLiteral("planActionEditor"));
        QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("planAddIndicatorButton")), Qt::LeftButton);
        auto *indicators = m_tab->findChild<QTableWidget *>(QStringLiteral("planIndicatorsTable"));
        indicators->item(0, 1)->setText(QStringLiteral("Fiches publiées"));
        indicators->item(0, 3)->setText(QStringLiteral("120"));
        indicators->item(0, 4)->setText(QStringLiteral("45"));
        QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("planAddJournalButton")), Qt::LeftButton);
        auto *journal = m_tab->findChild<QTableWidget *>(QStringLiteral("planJournalTable"));
        journal->item(0, 0)->setText(QStringLiteral("2012-10-02"));
        journal->item(0, 1)->setText(QStringLiteral("Claire"));
        journal->item(0, 2)->setText(QStringLiteral("45 fiches en ligne"));
        journal->item(0, 3)->setText(QStringLiteral("40"));
        auto *progress = m_tab->findChild<QSpinBox *>(QStringLiteral("planProgressSpin"));
        progress->setValue(40);
        // A pilot who is not in the directory is kept by name.
        m_tab->findChild<QLineEdit *>(QStringLiteral("planPilotEdit"))->setText(QStringLiteral("Claire Martin"));
        QVERIFY(editor->isModified());
        QVERIFY(editor->apply());
        const PlanItem saved = *m_store->item(id);
        QCOMPARE(saved.progress, 40);
        QCOMPARE(saved.pilotName, QStringLiteral("Claire Martin"));
        QCOMPARE(saved.pilotContactId, 0);
        QCOMPARE(m_tab->model()->indexById(id, PlanTreeModel::PilotColumn).data().toString(), QStringLiteral("Claire Martin"));
        QCOMPARE(saved.indicators.size(), 1);
        QCOMPARE(saved.indicators.first().achieved, std::optional<double>(45));
        QCOMPARE(saved.journal.size(), 1);
        QCOMPARE(saved.journal.first().date, QDate(2012, 10, 2));
        QCOMPARE(m_tab->model()->indexById(id).data(PlanTreeModel::ProgressRole).toDouble(), 40.0);

        // A wrong due date is refused with a sentence, nothing written.
        m_tab->findChild<QLineEdit *>(QStringLiteral("planDueEdit"))->setText(QStringLiteral("juin"));
        QVERIFY(!editor->apply());
        QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("planEditorError"))->text().contains(QStringLiteral("“juin” is not a date")));
        QCOMPARE(m_store->item(id)->due, QStringLiteral("2012-06"));
        // Choosing another item keeps the wrong field on screen, on the same item.
        m_tab->selectItem(m_tab->model()->index(0, 0).data(PlanTreeModel::IdRole).toLongLong());
        QTRY_COMPARE(m_tab->currentItemId(), id);
        QCOMPARE(m_tab->findChild<QLineEdit *>(QStringLiteral("planDueEdit"))->text(), QStringLiteral("juin"));
        m_tab->findChild<QLineEdit *>(QStringLiteral("planDueEdit"))->setText(QStringLiteral("2012-06"));
        m_undo->undo();
        QCOMPARE(m_store->item(id)->indicators.size(), 0);

        // An indicator counted from the projects: its value is Essaim's, not typed
        // (the demo's projects are of these last years, none in 2010-2014).
        QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("planAddIndicatorButton")), Qt::LeftButton);
        indicators->item(0, 1)->setText(QStringLiteral("Projets accompagnés"));
        indicators->item(0, 4)->setText(QStringLiteral("9"));
        auto *source = qobject_cast<QComboBox *>(indicators->cellWidget(0, 5));
        QVERIFY(source);
        QVERIFY(indicators->item(0, 4)->flags() & Qt::ItemIsEditable);
        source->setCurrentIndex(source->findData(int(PlanIndicator::Source::ProjectsAccompanied)));
        QVERIFY(!(indicators->item(0, 4)->flags() & Qt::ItemIsEditable));
        QVERIFY(editor->apply());
        QCOMPARE(m_store->item(id)->indicators.first().source, PlanIndicator::Source::ProjectsAccompanied);
        QCOMPARE(m_store->item(id)->indicators.first().achieved, std::optional<double>(0));
        QCOMPARE(indicators->item(0, 4)->text(), QStringLiteral("0"));
        m_undo->undo();
        QCOMPARE(m_store->item(id)->indicators.size(), 0);
    }

    void timelineTiles()
    {
        PlanTimeline timeline;
        QList<PlanTimeline::Row> rows;
        for (int i = 0; i < 100; ++i) {
            PlanTimeline::Row r;
            r.code = QString::number(i + 1);
            r.title = QStringLiteral("Action %1").arg(i + 1);
            r.action = true;
            r.start = QDate(2010 + i % 5, 1, 1);
            r.end = r.start.addMonths(9);
            r.late = i % 7 == 0;
            rows << r;
        }
        timeline.setRows(rows);
        timeline.setPeriod(QDate(2010, 1, 1), QDate(2014, 12, 31));
        QCOMPARE(timeline.semesters().size(), 10);
        // A4 landscape less 10 mm margins and the page label: 277 × 185 mm.
        const QList<PlanTimeline::Tile> tiles = timeline.tiles(277, 185, PlanTimeline::Metrics());
        // 4 semesters a page (3 across), 27 rows a page (4 bands down).
        QCOMPARE(tiles.size(), 12);
        QCOMPARE(tiles.at(0).semesterCount, 4);
        QCOMPARE(tiles.at(2).semesterCount, 2);
        QCOMPARE(tiles.at(0).rowCount, 27);
        QCOMPARE(tiles.at(11).rowCount, 19);
        QCOMPARE(tiles.at(3).firstRow, 27);
        QCOMPARE(tiles.at(3).firstSemester, 0);
        // Every cell of the grid on exactly one page.
        // Every cell of the grid is on a page, and no cell on two.
        QSet<QPair<int, int>> cells;
        int placed = 0;
        for (const auto &t : tiles) {
            for (int r = t.firstRow; r < t.firstRow + t.rowCount; ++r)
                for (int s = t.firstSemester; s < t.firstSemester + t.semesterCount; ++s) {
                    cells.insert({r, s});
                    ++placed;
                }
        }
        QCOMPARE(cells.size(), 1000);
        QCOMPARE(placed, 1000);
        const QString pdf = m_dir.filePath(QStringLiteral("tiles.pdf"));
        QCOMPARE(timeline.writePdf(pdf), 12);
        QCOMPARE(pdfPageCount(pdf), 12);
    }

    void timelineAndRoadmapOfThePlan()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("timeline.pdf"));
        int pages = 0;
        QVERIFY(m_tab->exportTimelinePdf(pdf, &pages));
        // 35 rows on two bands; 2012-H1 to 2015-H2: 8 semesters on two pages across.
        QCOMPARE(pages, 4);
        QCOMPARE(pdfPageCount(pdf), 4);
        auto *pagesTab = m_tab->findChild<QTabWidget *>(QStringLiteral("planPages"));
        pagesTab->setCurrentIndex(1);
        QVERIFY(m_tab->findChild<QWidget *>(QStringLiteral("planTimelineView"))->width() > 500);

        const Plan plan = m_store->plans().first();
        PlanRoadmapBuilder builder(plan, m_tab->model()->tree(), QDate(2012, 7, 1), QDate(2012, 11, 1));
        // Late on 1 November: the four due in June. Due in the second half: the six of December.
        QCOMPARE(builder.lateIds().size(), 4);
        QCOMPARE(builder.dueIds().size(), 6);
        QCOMPARE(builder.doneIds().size(), 0);
        pagesTab->setCurrentIndex(2);
        auto *roadmap = m_tab->findChild<QTextBrowser *>(QStringLiteral("planRoadmapView"));
        QVERIFY(roadmap->toPlainText().contains(QStringLiteral("Late (4)")));
        const QString roadmapPdf = m_dir.filePath(QStringLiteral("roadmap.pdf"));
        QVERIFY(m_tab->exportRoadmapPdf(roadmapPdf, QDate(2012, 7, 1)));
        QVERIFY(pdfPageCount(roadmapPdf) >= 1);
    }

    void demoPlans()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("demo.essaim"))));
        DemoDataBuilder builder(db.connectionName());
        QVERIFY2(builder.build(), qPrintable(builder.errorString()));
        PlanStore store(db.connectionName());
        QCOMPARE(store.plans().size(), 2);
        PlanTreeModel model(&store);
        model.setToday(DemoPlanBuilder::demoDate());
        int late = 0;
        int done = 0;
        int journals = 0;
        int indicators = 0;
        int pilots = 0;
        for (const Plan &p : store.plans()) {
            model.setPlan(p.id);
            late += model.tree().root()->rollUp.lateCount;
            done += model.tree().root()->rollUp.statusCounts[size_t(PlanItem::Status::Done)];
            for (const PlanTree::Node *n : model.tree().depthFirst()) {
                journals += int(n->item.journal.size());
                indicators += int(n->item.indicators.size());
                pilots += n->item.pilotContactId ? 1 : 0;
            }
        }
        QVERIFY2(late >= 5, qPrintable(QString::number(late)));
        QVERIFY2(done >= 5, qPrintable(QString::number(done)));
        QVERIFY(journals > 20);
        QVERIFY(indicators > 10);
        QVERIFY(pilots > 10);

        // Both plans are over: the tab judges each on its last day, not today.
        const QList<Plan> plans = store.plans();
        db.close();
        MainWindow window;
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("demo.essaim")), false));
        PlanTab *tab = window.planTab();
        const Plan first = plans.first();
        tab->showPlan(first.id);
        QCOMPARE(tab->today(), PlanVocabulary::lastDay(first.periodEnd));
        QCOMPARE(window.findChild<QDateEdit *>(QStringLiteral("planTodayEdit"))->date(), PlanVocabulary::lastDay(first.periodEnd));
        const Plan second = plans.last();
        tab->showPlan(second.id);
        QCOMPARE(tab->today(), PlanVocabulary::lastDay(second.periodEnd));
        QVERIFY(tab->today() < Clock::today());
    }
};

QTEST_MAIN(TestPlanGui)
#include "tst_plangui.moc"
