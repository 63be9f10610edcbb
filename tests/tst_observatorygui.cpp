#include "app/languagesetup.h"
#include "app/mainwindow.h"
#include "models/demo/demodatabuilder.h"
#include "models/itemmodels/actortablemodel.h"
#include "models/itemmodels/referencefiguretablemodel.h"
#include "models/observatory/observatoryengine.h"
#include "models/storage/database.h"
#include "models/stores/referencestore.h"
#include "observatoryfixture.h"
#include "views/chartpanel.h"
#include "views/communelistdialog.h"
#include "views/observatorycharts.h"
#include "views/directorytab.h"
#include "views/observatorytab.h"
#include "views/presentationwindow.h"
#include "views/prompter.h"
#include "views/referencefiguresdialog.h"
#include "views/socialutilityeditor.h"

#include <QSpinBox>
#include <QToolTip>
#include <QUndoStack>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QDialogButtonBox>
#include <QLineSeries>
#include <QPolarChart>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

/// The Observatoire tab on the hand-computed fixture: key figures, the six
/// charts built offscreen with the right series and values, drill-down into
/// the directory, exports, presentation mode and the reference figures.
class TestObservatoryGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    QHash<QString, qint64> m_ids;
    QStringList m_warnings;

    QString buildDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("gui%1.essaim").arg(++m_counter));
        Database db;
        if (!db.open(path))
            return {};
        m_ids = ObservatoryFixture::build(db.connectionName());
        return path;
    }
    QList<qint32> ids(std::initializer_list<const char *> keys)
    {
        QList<qint32> out;
        for (const char *k : keys)
            out << qint32(m_ids.value(QLatin1String(k)));
        std::sort(out.begin(), out.end());
        return out;
    }
    static void selectYear(ObservatoryTab *tab, int year)
    {
        auto *combo = tab->findChild<QComboBox *>(QStringLiteral("observatoryYear"));
        combo->setCurrentIndex(combo->findData(year));
        tab->refresh();
        tab->finishEvolution();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EssaimTests"));
        Prompter::setWarningHandler([this](const QString &text) { m_warnings << text; });
        Prompter::setQuestionHandler([](const QString &) { return QMessageBox::Yes; });
    }

    void chartsAndKeyFigures()
    {
        const QString path = buildDatabase();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.resize(1400, 900);
        window.show();
        ObservatoryTab *tab = window.observatoryTab();
        QVERIFY(tab);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(tab);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        selectYear(tab, 2023);
        QCOMPARE(tab->stats().filter.year, 2023);
        QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("keyActors"))->text(), QStringLiteral("5"));
        QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("keyEmployers"))->text(), QStringLiteral("4"));
        QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("keyJobs"))->text(), QStringLiteral("50"));
        QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("keyFte"))->text(), QStringLiteral("44.0"));
        QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("keyShare"))->text(), QStringLiteral("5.0 %"));
        QVERIFY(tab->findChild<QLabel *>(QStringLiteral("keyEstimateNote"))->text().contains(QStringLiteral("about 36 more jobs")));

        QCOMPARE(tab->panels().size(), 6);
        // The testers live as long as the test, so they watch every change
        // of the models that the year and filter changes below make.
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (ChartPanel *panel : tab->panels())
            testers.push_back(std::make_unique<QAbstractItemModelTester>(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));

        // 1. Families: actors on the left axis; jobs and the hatched estimate
        // on the right one, so a few actors stay visible beside many jobs.
        QChart *family = tab->panel(0)->chart();
        auto *bars = qobject_cast<QBarSeries *>(family->series().value(0));
        auto *jobBars = qobject_cast<QBarSeries *>(family->series().value(1));
        QVERIFY(bars);
        QVERIFY(jobBars);
        QCOMPARE(bars->barSets().size(), 3);
        QCOMPARE(jobBars->barSets().size(), 3);
        QCOMPARE(bars->barSets().at(0)->at(0), 3.0);     // associations: actors
        QCOMPARE(jobBars->barSets().at(1)->at(2), 40.0); // mutuelle: jobs
        QCOMPARE(jobBars->barSets().at(2)->at(1), 34.5); // cooperative: estimated jobs
        QCOMPARE(jobBars->barSets().at(2)->brush().style(), Qt::BDiagPattern);
        const QList<QAbstractAxis *> actorAxes = bars->attachedAxes();
        const QList<QAbstractAxis *> jobAxes = jobBars->attachedAxes();
        auto valueAxisOf = [](const QList<QAbstractAxis *> &axes) {
            for (QAbstractAxis *axis : axes) {
                if (auto *v = qobject_cast<QValueAxis *>(axis))
                    return v;
            }
            return static_cast<QValueAxis *>(nullptr);
        };
        QVERIFY(valueAxisOf(actorAxes) && valueAxisOf(jobAxes));
        QVERIFY(valueAxisOf(actorAxes) != valueAxisOf(jobAxes));
        QCOMPARE(valueAxisOf(actorAxes)->alignment(), Qt::AlignLeft);
        QCOMPARE(valueAxisOf(jobAxes)->alignment(), Qt::AlignRight);
        QCOMPARE(valueAxisOf(actorAxes)->titleText(), QStringLiteral("Actors"));
        QVERIFY(valueAxisOf(actorAxes)->max() < 10); // 3 actors are not drawn against 40 jobs
        auto *familyAxis = qobject_cast<QBarCategoryAxis *>(family->axes(Qt::Horizontal).value(0));
        QCOMPARE(familyAxis->categories(), (QStringList{QStringLiteral("Association"), QStringLiteral("Cooperative"), QStringLiteral("Mutual society")}));

        // 2. Sectors: one coloured set per sector, biggest on top.
        auto *sectors = qobject_cast<QHorizontalStackedBarSeries *>(tab->panel(1)->chart()->series().value(0));
        QVERIFY(sectors);
        QCOMPARE(sectors->barSets().size(), 2);
        QCOMPARE(sectors->barSets().at(1)->label(), QStringLiteral("Action sociale"));
        QCOMPARE(sectors->barSets().at(1)->at(1), 50.0);
        QCOMPARE(sectors->barSets().at(1)->color(), QColor(QStringLiteral("#E67E22")));

        // 3. Evolution: four lines over 2022-2023.
        const QList<QAbstractSeries *> lines = tab->panel(2)->chart()->series();
        QCOMPARE(lines.size(), 4);
        auto *jobs = qobject_cast<QLineSeries *>(lines.at(1));
        QCOMPARE(jobs->points(), (QList<QPointF>{QPointF(2022, 43), QPointF(2023, 50)}));

        // 4. Comparison: the territory, four EPCI, region, France.
        auto *comparison = qobject_cast<QBarSeries *>(tab->panel(3)->chart()->series().value(0));
        QCOMPARE(comparison->barSets().at(0)->count(), 7);
        QCOMPARE(comparison->barSets().at(0)->at(0), 5.0);
        QCOMPARE(comparison->barSets().at(0)->at(1), 2.5);
        QCOMPARE(comparison->barSets().at(0)->at(5), 10.8);
        QCOMPARE(comparison->barSets().at(0)->at(6), 10.2);
        QVERIFY(tab->panel(3)->findChild<QLabel *>(QStringLiteral("chartPanel3_caption"))->text().contains(QStringLiteral("CRESS Panorama")));

        // 5. Size bands: declared and estimated, stacked.
        auto *bands = qobject_cast<QStackedBarSeries *>(tab->panel(4)->chart()->series().value(0));
        QVERIFY(bands);
        QCOMPARE(bands->barSets().at(0)->at(2), 1.0); // 20-49: a3 declared
        QCOMPARE(bands->barSets().at(1)->at(2), 1.0); // 20-49: a2 from its band
        QCOMPARE(bands->barSets().at(1)->at(0), 1.0); // 1-2: a8 from its band

        // 6. Social utility: 2023 against 2022, closed polygons of 9 criteria.
        auto *polar = qobject_cast<QPolarChart *>(tab->panel(5)->chart());
        QVERIFY(polar);
        QCOMPARE(polar->series().size(), 2);
        auto *current = qobject_cast<QLineSeries *>(polar->series().at(1));
        QCOMPARE(current->count(), 10);
        QCOMPARE(current->at(0).y(), 2.5);
        QCOMPARE(current->at(7).y(), 1.0);
        auto *earlier = qobject_cast<QLineSeries *>(polar->series().at(0));
        QCOMPARE(earlier->at(0).y(), 1.0);
        QCOMPARE(earlier->at(1).y(), 0.0); // not assessed in 2022: at the centre
        QCOMPARE(tab->panel(5)->model()->index(1, 3).data().toString(), QStringLiteral("n/a"));
        QCOMPARE(tab->panel(5)->model()->index(0, 3).data().toString(), QStringLiteral("1.0"));

        // Hovering a bar shows its value.
        emit jobBars->barSets().at(1)->hovered(true, 2);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("Mutual society — Jobs: 40"));
        emit jobBars->barSets().at(1)->hovered(false, 2);

        // The table of a chart holds the same numbers.
        tab->panel(0)->setTableShown(true);
        QCOMPARE(tab->panel(0)->model()->index(0, 3).data().toString(), QStringLiteral("10"));
        tab->panel(0)->copyToClipboard();
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("Family\tActors\tEmployer actors\tJobs (declared)")));

        // Another year: the models change under their testers' eyes.
        selectYear(tab, 2022);
        QCOMPARE(tab->stats().filter.year, 2022);
        QCOMPARE(tab->panel(0)->model()->index(0, 1).data().toString(), QStringLiteral("4")); // associations: a1, a4, a5, a8

        window.grab().save(qEnvironmentVariable("ESSAIM_SHOT_DIR", m_dir.path()) + QStringLiteral("/observatory.png"));
    }

    void socialUtilityCaptionOfAYearWithoutAssessment()
    {
        // The radar draws the earlier year's profile: the caption says whose.
        ObservatoryStats stats;
        stats.filter.year = 2024;
        stats.socialUtility.year = 2024;
        stats.socialUtilityCompared.year = 2022;
        stats.socialUtilityCompared.assessedActors = 33;
        QCOMPARE(ObservatoryCharts::caption(ObservatoryCharts::Kind::SocialUtility, stats),
                 QStringLiteral("No actor was assessed in 2024: the profile shown is that of 2022, average score 0–3 of 33 actor(s)."));
        stats.socialUtility.assessedActors = 12;
        QCOMPARE(ObservatoryCharts::caption(ObservatoryCharts::Kind::SocialUtility, stats),
                 QStringLiteral("Average score 0–3 of 12 assessed actor(s)."));
    }

    void emptyDatabase()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("empty%1.essaim").arg(++m_counter))));
        window.show();
        ObservatoryTab *tab = window.observatoryTab();
        window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(tab);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("keyActors"))->text(), QStringLiteral("0"));
        QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("keyShare"))->text(), QStringLiteral("n/a"));
        for (ChartPanel *panel : tab->panels())
            QVERIFY(panel->chart());
        auto *year = tab->findChild<QComboBox *>(QStringLiteral("observatoryYear"));
        QCOMPARE(year->count(), 1);
        QCOMPARE(year->currentData().toInt(), 0);
        tab->showPresentation();
        auto *presentation = qobject_cast<PresentationWindow *>(QApplication::topLevelWidgets().last());
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *p = qobject_cast<PresentationWindow *>(w))
                presentation = p;
        }
        QVERIFY(presentation);
        QCOMPARE(presentation->pageCount(), 7);
        presentation->close();
    }

    void drillDownOpensTheDirectoryOnExactlyThoseActors()
    {
        const QString path = buildDatabase();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        ObservatoryTab *tab = window.observatoryTab();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(tab);
        selectYear(tab, 2022);
        QSignalSpy spy(tab, &ObservatoryTab::drillDownRequested);
        // Associations in 2022: a1, a4, a5 (archived in 2023) and a8.
        auto *bars = qobject_cast<QBarSeries *>(tab->panel(0)->chart()->series().value(0));
        emit bars->barSets().at(0)->clicked(0);
        QCOMPARE(spy.count(), 1);
        QList<qint32> got = spy.first().at(0).value<QList<qint32>>();
        std::sort(got.begin(), got.end());
        QCOMPARE(got, ids({"a1", "a4", "a5", "a8"}));
        QCOMPARE(spy.first().at(1).toString(), QStringLiteral("Association"));

        DirectoryTab *directory = window.directoryTab();
        QCOMPARE(tabs->currentWidget(), directory);
        const ActorFilter filter = directory->model()->filter();
        QVERIFY(filter.restrictToIds);
        QCOMPARE(filter.archived, ActorFilter::Choice::Any);
        QList<qint32> restricted = filter.onlyIds;
        std::sort(restricted.begin(), restricted.end());
        QCOMPARE(restricted, ids({"a1", "a4", "a5", "a8"}));
        QCOMPARE(directory->model()->totalCount(), 4);
        QWidget *notice = directory->findChild<QWidget *>(QStringLiteral("drillDownNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(directory->findChild<QLabel *>(QStringLiteral("drillDownLabel"))->text().contains(QStringLiteral("Association")));
        // The notice lifts the restriction.
        QTest::mouseClick(directory->findChild<QPushButton *>(QStringLiteral("clearDrillDown")), Qt::LeftButton);
        QVERIFY(!directory->model()->filter().restrictToIds);
        QVERIFY(!notice->isVisible());
        QVERIFY(directory->model()->totalCount() > 4);

        // A sector bar of 2022.
        tabs->setCurrentWidget(tab);
        auto *sectors = qobject_cast<QHorizontalStackedBarSeries *>(tab->panel(1)->chart()->series().value(0));
        QBarSet *culture = nullptr;
        for (QBarSet *set : sectors->barSets()) {
            if (set->label() == QLatin1String("Culture"))
                culture = set;
        }
        QVERIFY(culture);
        emit culture->clicked(0);
        QCOMPARE(directory->model()->totalCount(), 3); // a2, a4, a5
    }

    void exports()
    {
        const QString path = buildDatabase();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.resize(1200, 800);
        window.show();
        ObservatoryTab *tab = window.observatoryTab();
        window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(tab);
        selectYear(tab, 2023);
        ChartPanel *panel = tab->panel(3);
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("csv")}) {
            const QString file = m_dir.filePath(QStringLiteral("comparison.") + suffix);
            QVERIFY2(panel->exportTo(file), qPrintable(panel->errorString()));
            QVERIFY(QFileInfo(file).size() > 100);
        }
        QFile pdf(m_dir.filePath(QStringLiteral("comparison.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF"));
        QFile csv(m_dir.filePath(QStringLiteral("comparison.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral("Territory;ESS share of employment;Year;Source")));
        QVERIFY2(text.contains(QStringLiteral("Region;10.80;2019;CRESS Panorama")), qPrintable(text));
        QImage png(m_dir.filePath(QStringLiteral("comparison.png")));
        QCOMPARE(png.size(), QSize(1600, 1000));
        QVERIFY(!panel->exportTo(m_dir.filePath(QStringLiteral("comparison.doc"))));
        if (qEnvironmentVariableIsSet("ESSAIM_SHOT_DIR")) {
            for (ChartPanel *p : tab->panels())
                p->exportTo(qEnvironmentVariable("ESSAIM_SHOT_DIR") + QStringLiteral("/chart%1.pdf").arg(int(p->kind())));
        }
    }

    void presentationMode()
    {
        const QString path = buildDatabase();
        Database db;
        QVERIFY(db.open(path));
        ObservatoryEngine engine(db.connectionName());
        ObservatoryFilter f;
        f.year = 2023;
        PresentationWindow window(engine.compute(f));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pageCount(), 7); // key figures then six charts
        QCOMPARE(window.currentPage(), 0);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.currentPage(), 1);
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.currentPage(), 2);
        QTest::keyClick(&window, Qt::Key_PageUp);
        QCOMPARE(window.currentPage(), 1);
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(window.currentPage(), 6);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.currentPage(), 6);
        auto *view = window.findChild<QChartView *>(QStringLiteral("presentationChart0"));
        QVERIFY(view);
        // The title is a label that wraps, at the size of a 1,080-pixel screen before showOn().
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("presentationTitle0"))->font().pointSizeF(), 26.0);
        QVERIFY(view->chart()->title().isEmpty());
        if (qEnvironmentVariableIsSet("ESSAIM_SHOT_DIR")) {
            window.resize(1280, 800);
            window.setCurrentPage(0);
            window.grab().save(qEnvironmentVariable("ESSAIM_SHOT_DIR") + QStringLiteral("/present0.png"));
            window.setCurrentPage(6);
            window.grab().save(qEnvironmentVariable("ESSAIM_SHOT_DIR") + QStringLiteral("/present6.png"));
        }
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void socialUtilityGridFromTheActorForm()
    {
        const QString path = buildDatabase();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        auto *editor = window.findChild<SocialUtilityEditor *>(QStringLiteral("socialUtilityEditor"));
        QVERIFY(editor);
        // Selecting an actor in the directory shows its latest grid.
        window.directoryTab()->selectActor(m_ids.value(QStringLiteral("a1")));
        QTRY_COMPARE(editor->actorId(), m_ids.value(QStringLiteral("a1")));
        QCOMPARE(editor->year(), 2023);
        auto *ties = editor->findChild<QSpinBox *>(QStringLiteral("score_social_ties"));
        QCOMPARE(ties->value(), 2);
        ties->setValue(3);
        auto *band = editor->findChild<QComboBox *>(QStringLiteral("headcountBand"));
        band->setCurrentIndex(band->findData(QStringLiteral("11")));
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveSocialUtility"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        ObservatoryTab *tab = window.observatoryTab();
        window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(tab);
        selectYear(tab, 2023);
        QCOMPARE(tab->stats().socialUtility.averages.at(0).second, 3.0); // (3 + 3) / 2
        // Undo puts the grid and the band back.
        window.undoStack()->undo();
        tab->refresh();
        QCOMPARE(tab->stats().socialUtility.averages.at(0).second, 2.5);
        QCOMPARE(ties->value(), 2);
        QCOMPARE(band->currentData().toString(), QString());
        window.undoStack()->redo();
        QCOMPARE(ties->value(), 3);
        QCOMPARE(band->currentData().toString(), QStringLiteral("11"));
        // Another year starts empty ("—").
        editor->setYear(2020);
        QCOMPARE(ties->value(), -1);
    }

    void communeListBecomesATerritory()
    {
        const QString path = buildDatabase();
        Database db;
        QVERIFY(db.open(path));
        ObservatoryStore store(db.connectionName());
        ReferenceStore references(db.connectionName());
        CommuneListDialog dialog(&store, &references);
        dialog.findChild<QLineEdit *>(QStringLiteral("communeListName"))->setText(QStringLiteral("Sud"));
        auto *communes = dialog.findChild<QListWidget *>(QStringLiteral("communeListMembers"));
        for (int i = 0; i < communes->count(); ++i) {
            if (communes->item(i)->data(Qt::UserRole).toString() == ObservatoryFixture::fourmies)
                communes->item(i)->setCheckState(Qt::Checked);
        }
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        const QList<ObservatoryStore::CommuneList> lists = store.communeLists();
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists.at(1).name, QStringLiteral("Sud"));
        QCOMPARE(lists.at(1).communes, QStringList{ObservatoryFixture::fourmies});
        ObservatoryEngine engine(db.connectionName());
        ObservatoryFilter f;
        f.year = 2022;
        QVERIFY(engine.parseTerritory(QStringLiteral("list:Sud"), &f));
        QCOMPARE(engine.compute(f).totals.actors, 2); // a3 and a5, as Fourmies alone
        QCOMPARE(engine.compute(f).territoryLabel, QStringLiteral("Sud"));
    }

    void referenceFiguresDialog()
    {
        const QString path = buildDatabase();
        Database db;
        QVERIFY(db.open(path));
        ReferenceFigureStore store(db.connectionName());
        QUndoStack undo;
        ReferenceFiguresDialog dialog(&store, &undo);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), 7);
        m_warnings.clear();
        QVERIFY(!dialog.importFile(QStringLiteral(ESSAIM_TEST_DATA "/urssaf_ess_malformed.csv")));
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.first().contains(QStringLiteral("Line 3")));
        QCOMPARE(dialog.model()->rowCount(), 7);
        QVERIFY(dialog.importFile(QStringLiteral(ESSAIM_TEST_DATA "/urssaf_ess_sample.csv")));
        QCOMPARE(dialog.model()->rowCount(), 9);
        // Editing a cell writes the store.
        const int row = dialog.model()->rowOf(ReferenceFigure::Kind::Territory, QStringLiteral("all"), 2023);
        QVERIFY(dialog.model()->setData(dialog.model()->index(row, ReferenceFigureTableModel::TotalEmployment), QStringLiteral("1 250")));
        QCOMPARE(*store.find(ReferenceFigure::Kind::Territory, QStringLiteral("all"), 2023)->totalEmployment, qint64(1250));
        QVERIFY(!dialog.model()->setData(dialog.model()->index(row, ReferenceFigureTableModel::EssShare), QStringLiteral("140")));
        QVERIFY(!dialog.model()->errorString().isEmpty());
        dialog.addFigure();
        QCOMPARE(dialog.model()->rowCount(), 10);
        // Each change is one step of the undo stack: the addition, the edit, the import.
        QCOMPARE(undo.count(), 3);
        undo.undo();
        QCOMPARE(dialog.model()->rowCount(), 9);
        undo.undo();
        QCOMPARE(*store.find(ReferenceFigure::Kind::Territory, QStringLiteral("all"), 2023)->totalEmployment, qint64(1000));
        undo.undo();
        QCOMPARE(dialog.model()->rowCount(), 7);
        QVERIFY(!store.find(ReferenceFigure::Kind::Region, QStringLiteral("28"), 2022));
        undo.redo();
        QCOMPARE(*store.find(ReferenceFigure::Kind::Region, QStringLiteral("28"), 2022)->essJobs, qint64(12000));
    }
    void presentationFillsTheScreenOfTheTab()
    {
        const QString path = buildDatabase();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        ObservatoryTab *tab = window.observatoryTab();
        window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(tab);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        tab->showPresentation();
        PresentationWindow *presentation = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *p = qobject_cast<PresentationWindow *>(w))
                presentation = p;
        }
        QVERIFY(presentation);
        QVERIFY(QTest::qWaitForWindowExposed(presentation));
        QCOMPARE(presentation->windowHandle()->screen(), tab->screen());
        QTRY_COMPARE(presentation->geometry(), tab->screen()->geometry());
        QVERIFY(presentation->windowState() & Qt::WindowFullScreen);
        // No label is cut on any page, on this screen (800 x 600 offscreen).
        for (int page = 0; page < presentation->pageCount(); ++page) {
            presentation->setCurrentPage(page);
            QCoreApplication::processEvents();
            for (QLabel *label : presentation->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                if (label->wordWrap())
                    QVERIFY2(label->heightForWidth(label->width()) <= label->height() + 1, qPrintable(label->text()));
                else
                    QVERIFY2(label->sizeHint().width() <= label->width() + 1, qPrintable(label->text()));
            }
            if (qEnvironmentVariableIsSet("ESSAIM_SHOT_DIR"))
                presentation->grab().save(qEnvironmentVariable("ESSAIM_SHOT_DIR") + QStringLiteral("/screen-present%1.png").arg(page));
        }
        presentation->close();
    }

    void drillDownShowsItsFiltersAndGivesThemBack()
    {
        const QString path = buildDatabase();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        ObservatoryTab *tab = window.observatoryTab();
        DirectoryTab *directory = window.directoryTab();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        auto *family = directory->findChild<QComboBox *>(QStringLiteral("familyFilter"));
        auto *archived = directory->findChild<QComboBox *>(QStringLiteral("archivedFilter"));
        auto *epci = directory->findChild<QComboBox *>(QStringLiteral("epciFilter"));
        // The user's own filters before the drill-down: cooperatives, archived ones.
        family->setCurrentIndex(family->findData(QStringLiteral("cooperative")));
        archived->setCurrentIndex(archived->findData(int(ActorFilter::Choice::Yes)));
        tabs->setCurrentWidget(tab);
        auto *territory = tab->findChild<QComboBox *>(QStringLiteral("observatoryTerritory"));
        territory->setCurrentIndex(territory->findData(ObservatoryFixture::agglo));
        selectYear(tab, 2022);
        auto *bars = qobject_cast<QBarSeries *>(tab->panel(0)->chart()->series().value(0));
        emit bars->barSets().at(0)->clicked(0); // associations of the EPCI in 2022
        QCOMPARE(tabs->currentWidget(), directory);
        QCOMPARE(family->currentData().toString(), QStringLiteral("association"));
        QCOMPARE(epci->currentData().toString(), ObservatoryFixture::agglo);
        QCOMPARE(archived->currentData().toInt(), int(ActorFilter::Choice::Any));
        QCOMPARE(directory->model()->filter().family, QStringLiteral("association"));
        const QString banner = directory->findChild<QLabel *>(QStringLiteral("drillDownLabel"))->text();
        QVERIFY2(banner.contains(territory->currentText()) && banner.contains(QStringLiteral("2022")) && banner.contains(QStringLiteral("Association")),
                 qPrintable(banner));
        // Lifting it gives the user's filters back.
        QTest::mouseClick(directory->findChild<QPushButton *>(QStringLiteral("clearDrillDown")), Qt::LeftButton);
        QCOMPARE(family->currentData().toString(), QStringLiteral("cooperative"));
        QCOMPARE(archived->currentData().toInt(), int(ActorFilter::Choice::Yes));
        QCOMPARE(epci->currentData().toString(), QString());
        QCOMPARE(directory->model()->filter().archived, ActorFilter::Choice::Yes);
        QVERIFY(!directory->model()->filter().restrictToIds);
    }

    void tooltipLeavesWithTheTab()
    {
        const QString path = buildDatabase();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        ObservatoryTab *tab = window.observatoryTab();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(tab);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The jobs are the second series of the family chart (their own axis).
        auto *bars = qobject_cast<QBarSeries *>(tab->panel(0)->chart()->series().value(1));
        emit bars->barSets().at(1)->hovered(true, 0);
        QTRY_VERIFY(QToolTip::isVisible());
        tabs->setCurrentWidget(window.directoryTab());
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void essShareBarsSayTheirValueInFrench()
    {
        const QString path = buildDatabase();
        Database db;
        QVERIFY(db.open(path));
        ObservatoryEngine engine(db.connectionName());
        ObservatoryFilter f;
        f.year = 2023;
        const ObservatoryStats stats = engine.compute(f);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        std::unique_ptr<QChart> chart(ObservatoryCharts::create(ObservatoryCharts::Kind::Comparison, stats, {}));
        QLocale::setDefault(QLocale::c());
        const QStringList labels = ObservatoryCharts::barLabels(chart.get());
        QCOMPARE(labels.size(), stats.comparisons.size());
        QCOMPARE(labels.size(), 7);
        QCOMPARE(labels.at(0), QStringLiteral("5,0 %"));
        QCOMPARE(labels.at(1), QStringLiteral("2,5 %"));
        QCOMPARE(labels.at(5), QStringLiteral("10,8 %"));
        QCOMPARE(labels.at(6), QStringLiteral("10,2 %"));
        for (const QString &label : labels)
            QVERIFY(!label.isEmpty());
    }

    void remembersItsYearAndTerritory()
    {
        const QString path = buildDatabase();
        QString epciName;
        {
            MainWindow window;
            QVERIFY(window.openDatabase(path));
            ObservatoryTab *tab = window.observatoryTab();
            auto *year = tab->findChild<QComboBox *>(QStringLiteral("observatoryYear"));
            QCOMPARE(year->currentData().toInt(), 2024); // the latest, the first time
            year->setCurrentIndex(year->findData(2022));
            auto *territory = tab->findChild<QComboBox *>(QStringLiteral("observatoryTerritory"));
            territory->setCurrentIndex(territory->findData(ObservatoryFixture::agglo));
            epciName = territory->currentText();
        }
        MainWindow again;
        QVERIFY(again.openDatabase(path));
        ObservatoryTab *tab = again.observatoryTab();
        QCOMPARE(tab->findChild<QComboBox *>(QStringLiteral("observatoryYear"))->currentData().toInt(), 2022);
        QCOMPARE(tab->findChild<QComboBox *>(QStringLiteral("observatoryTerritory"))->currentText(), epciName);
        tab->refresh();
        QCOMPARE(tab->stats().filter.year, 2022);
        QCOMPARE(tab->stats().filter.territoryCode, ObservatoryFixture::agglo);
    }

    void firstViewThenTheEvolution()
    {
        const QString path = buildDatabase();
        Database db;
        QVERIFY(db.open(path));
        ObservatoryEngine engine(db.connectionName());
        ObservatoryFilter f;
        f.year = 2023;
        bool pending = false;
        const ObservatoryStats first = engine.computeFirstView(f, &pending);
        QVERIFY(pending);
        QCOMPARE(first.filter.year, 2023);
        QCOMPARE(first.evolution.size(), 1);
        // (The social utility grid of 2023, compared with 2022, may have read 2022 already.)
        for (int guard = 0; guard < 10 && engine.unreadEvolutionYear(first.filter); ++guard)
            engine.readYear(engine.unreadEvolutionYear(first.filter));
        QCOMPARE(engine.unreadEvolutionYear(first.filter), 0);
        // Once read, the same figures as a full computation.
        const ObservatoryStats full = engine.computeFirstView(first.filter, &pending);
        QVERIFY(!pending);
        QCOMPARE(full.evolution.size(), 2);
        QCOMPARE(full.evolution.at(0).jobs, qint64(43));
        QCOMPARE(full.totals.jobs, first.totals.jobs);
    }
};

QTEST_MAIN(TestObservatoryGui)
#include "tst_observatorygui.moc"
