#include "app/mainwindow.h"
#include "models/demo/demodatabuilder.h"
#include "models/domain/clock.h"
#include "models/domain/projectvocabulary.h"
#include "models/itemmodels/projecttablemodel.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/projectstore.h"
#include "views/agendatab.h"
#include "views/calendarview.h"
#include "views/projectboard.h"
#include "views/projectboardcolumn.h"
#include "views/projectstab.h"
#include "views/prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

/// The Projets tab driven as a coordinator does, in the main window, on the
/// demo's year of accompaniment: the board's columns, a card moved and the
/// move undone, the filters, the "to do" with its late steps, a project
/// founded into the directory.
class TestProjectsGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<MainWindow> m_window;
    ProjectsTab *m_tab = nullptr;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;

    QStringList columnNames(Project::Stage stage) const
    {
        QStringList names;
        ProjectBoardColumn *column = m_tab->board()->column(int(stage));
        for (int row = 0; row < column->model()->rowCount(); ++row)
            names << column->model()->index(row, 0).data().toString();
        return names;
    }

    qint64 idOf(const QString &name) const
    {
        const int row = [&] {
            for (int r = 0; r < m_tab->model()->rowCount(); ++r) {
                if (m_tab->model()->index(r, 0).data().toString() == name)
                    return r;
            }
            return -1;
        }();
        return row < 0 ? 0 : m_tab->model()->index(row, 0).data(ProjectTableModel::IdRole).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EssaimTests"));
        Prompter::setQuestionHandler([this](const QString &) { return m_answer; });
        Prompter::setWarningHandler([](const QString &text) { QFAIL(qPrintable(text)); });
    }

    void init()
    {
        Clock::setFixed(QDateTime(QDate(2027, 3, 15), QTime(10, 0), Qt::UTC));
        const QString path = m_dir.filePath(QStringLiteral("projects%1.essaim").arg(++m_counter));
        {
            Database db;
            QVERIFY(db.open(path));
            DemoDataBuilder demo(db.connectionName());
            QVERIFY2(demo.build(), qPrintable(demo.errorString()));
        }
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openDatabase(path));
        m_tab = m_window->projectsTab();
        QVERIFY(m_tab);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(m_tab);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_tab = nullptr;
        m_window.reset();
        Clock::reset();
    }

    void theBoardHasAColumnPerStage()
    {
        const QList<int> expected{4, 4, 4, 4, 2, 2};
        const QList<Project::Stage> stages = ProjectVocabulary::stages();
        for (int i = 0; i < stages.size(); ++i)
            QCOMPARE(columnNames(stages.at(i)).size(), expected.at(i));
        QCOMPARE(columnNames(Project::Stage::Consolidation),
                 (QStringList{QStringLiteral("Brasserie coopérative de l'Helpe"), QStringLiteral("Crèche coopérative de Jeumont")}));
        auto *header = m_window->findChild<QLabel *>(QStringLiteral("boardHeader_abandoned"));
        QCOMPARE(header->text(), QStringLiteral("<b>Abandoned</b> (2)"));
        if (!qEnvironmentVariableIsEmpty("ESSAIM_SCREENSHOTS"))
            m_window->grab().save(qEnvironmentVariable("ESSAIM_SCREENSHOTS") + QStringLiteral("/projects-board.png"));
    }

    void aCardDroppedOnAnotherColumnChangesStageAndUndoes()
    {
        const qint64 id = idOf(QStringLiteral("Garage solidaire de Fourmies"));
        QVERIFY(id);
        ProjectBoardColumn *target = m_tab->board()->column(int(Project::Stage::Feasibility));
        emit target->projectsDropped({id}, int(Project::Stage::Feasibility));
        QVERIFY(columnNames(Project::Stage::Feasibility).contains(QStringLiteral("Garage solidaire de Fourmies")));
        QVERIFY(!columnNames(Project::Stage::Emergence).contains(QStringLiteral("Garage solidaire de Fourmies")));
        QUndoStack *undo = m_window->undoStack();
        QCOMPARE(undo->undoText(), QStringLiteral("“Garage solidaire de Fourmies” moved to Feasibility study"));
        undo->undo();
        QVERIFY(columnNames(Project::Stage::Emergence).contains(QStringLiteral("Garage solidaire de Fourmies")));
        QCOMPARE(columnNames(Project::Stage::Feasibility).size(), 4);
        undo->redo();
        QCOMPARE(columnNames(Project::Stage::Feasibility).size(), 5);
    }

    void filtersNarrowEveryColumn()
    {
        auto *late = m_window->findChild<QCheckBox *>(QStringLiteral("projectLateOnly"));
        late->setChecked(true);
        int shown = 0;
        for (const auto stage : ProjectVocabulary::stages())
            shown += int(columnNames(stage).size());
        // The demo makes every fourth project's next step six days late: of
        // those, two have one open (the others are consolidated or abandoned).
        QCOMPARE(shown, 2);
        late->setChecked(false);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("projectSearch"));
        search->setText(QStringLiteral("fourmies"));
        QCOMPARE(columnNames(Project::Stage::Emergence), QStringList{QStringLiteral("Garage solidaire de Fourmies")});
        QCOMPARE(columnNames(Project::Stage::Abandoned), QStringList{QStringLiteral("Plateforme de mobilité solidaire")});
    }

    void theToDoListsNextStepsWithTheLateInRed()
    {
        auto *todo = m_window->findChild<QTableWidget *>(QStringLiteral("projectTodo"));
        // Filled when its page shows, not with the board.
        auto *pages = m_window->findChild<QTabWidget *>(QStringLiteral("projectPages"));
        QCOMPARE(todo->rowCount(), 0);
        pages->setCurrentWidget(todo->parentWidget());
        QCOMPARE(todo->rowCount(), 16); // every project but the abandoned and the consolidated
        int late = 0;
        for (int row = 0; row < todo->rowCount(); ++row) {
            if (todo->item(row, 0)->foreground().color() == QColor(0xc0, 0x1c, 0x28))
                ++late;
        }
        QCOMPARE(late, 2);
        todo->setCurrentCell(0, 0);
        const QString first = todo->item(0, 2)->text();
        m_window->findChild<QAction *>(QStringLiteral("markStepDoneAction"))->trigger();
        QCOMPARE(todo->rowCount(), 15);
        m_window->undoStack()->undo();
        QCOMPARE(todo->rowCount(), 16);
        QCOMPARE(todo->item(0, 2)->text(), first);
    }

    void theAgendaShowsTheNextStepsAndLeadsToTheProject()
    {
        AgendaTab *agenda = m_window->agendaTab();
        QVERIFY(agenda);
        agenda->setView(AgendaTab::View::Month);
        agenda->goToDate(Clock::today());
        auto *view = agenda->findChild<CalendarView *>(QStringLiteral("calendarView"));
        const QLocale locale;
        QStringList shown;
        QString first;
        for (const Occurrence &o : agenda->visibleOccurrences()) {
            if (o.task != Occurrence::Task::NextStep)
                continue;
            shown << locale.toString(o.start.date(), QLocale::ShortFormat) + QLatin1Char(' ') + o.title;
            if (first.isEmpty())
                first = o.title;
        }
        // Exactly the open next steps the Projets tab's "To do" lists for the days of March's grid.
        QSet<QString> days;
        for (QDate d = view->firstVisibleDay(); d < view->endVisibleDay(); d = d.addDays(1))
            days.insert(locale.toString(d, QLocale::ShortFormat));
        auto *todo = m_window->findChild<QTableWidget *>(QStringLiteral("projectTodo"));
        m_window->findChild<QTabWidget *>(QStringLiteral("projectPages"))->setCurrentWidget(todo->parentWidget());
        QStringList expected;
        for (int row = 0; row < todo->rowCount(); ++row) {
            if (days.contains(todo->item(row, 0)->text()))
                expected << todo->item(row, 0)->text() + QLatin1Char(' ') + todo->item(row, 1)->text() + QStringLiteral(": ")
                        + todo->item(row, 2)->text();
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shown, expected);
        // Opening one shows its project in the Projets tab and opens its sheet.
        QVERIFY(agenda->selectOccurrence(first));
        QString opened;
        Prompter::setDialogHandler([&opened](QDialog *dialog) {
            opened = dialog->windowTitle();
            return int(QDialog::Rejected);
        });
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(agenda);
        agenda->editSelected();
        Prompter::setDialogHandler({});
        QCOMPARE(tabs->currentWidget(), m_tab);
        const QString project = first.section(QStringLiteral(": "), 0, 0);
        QCOMPARE(m_tab->currentProjectId(), idOf(project));
        QVERIFY2(opened.contains(project), qPrintable(opened));
    }

    void aProjectIsFoundedIntoTheDirectory()
    {
        const qint64 id = idOf(QStringLiteral("Conciergerie rurale de Mormal"));
        m_tab->selectProject(id);
        QCOMPARE(m_tab->currentProjectId(), id);
        m_window->findChild<QAction *>(QStringLiteral("foundProjectAction"))->trigger();
        QVERIFY(columnNames(Project::Stage::Creation).contains(QStringLiteral("Conciergerie rurale de Mormal")));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QCOMPARE(tabs->currentIndex(), 0); // the directory shows the new actor
        QUndoStack *undo = m_window->undoStack();
        int found = -1;
        for (int i = 0; i < undo->count(); ++i) {
            if (undo->text(i) == QStringLiteral("Found “Conciergerie rurale de Mormal”"))
                found = i;
        }
        QVERIFY(found >= 0);
        undo->setIndex(found);
        QVERIFY(columnNames(Project::Stage::Feasibility).contains(QStringLiteral("Conciergerie rurale de Mormal")));
    }
};

QTEST_MAIN(TestProjectsGui)
#include "tst_projectsgui.moc"
