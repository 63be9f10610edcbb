#include "app/languagesetup.h"
#include "app/mainwindow.h"
#include "models/demo/demodatabuilder.h"
#include "models/domain/clock.h"
#include "models/domain/keyfigures.h"
#include "models/domain/planhistory.h"
#include "models/domain/planvocabulary.h"
#include "models/interchange/plancsvexporter.h"
#include "models/interchange/planroadmapbuilder.h"
#include "models/itemmodels/actortablemodel.h"
#include "models/itemmodels/plantreemodel.h"
#include "models/observatory/observatoryengine.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/planstore.h"
#include "models/stores/printsourcestore.h"
#include "models/stores/publicationstore.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"
#include "observatoryfixture.h"
#include "testsupport.h"
#include "views/actorform.h"
#include "views/directorytab.h"
#include "views/planactioneditor.h"
#include "views/plantab.h"
#include "views/print/documentfactory.h"
#include "views/print/lettercontent.h"
#include "views/prompter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

/// Issue 11: what the window shows can be trusted. The directory never
/// writes what nobody changed, each consent keeps its own proof, the list
/// and the form show the same actor; plans speak one vocabulary of status,
/// the roadmap shows the past as it was, the letter quotes the observatory.
class TestTrustGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EssaimTrustTests"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Clock::setFixed(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { Clock::reset(); }

    void init()
    {
        m_questions.clear();
        m_warnings.clear();
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
        m_answer = QMessageBox::No;
    }

    /// Every actor of the demo opened in turn, every page of its form and
    /// every tab of the window visited: not a byte of the database changes.
    void demoWalkWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("walk.essaim"));
        {
            Database db;
            QVERIFY(db.open(path));
            DemoDataBuilder builder(db.connectionName());
            QVERIFY2(builder.build(), qPrintable(builder.errorString()));
        }
        const QString before = dump(path);
        QVERIFY(before.contains(QStringLiteral("INSERT INTO contacts")));
        int visited = 0;
        {
            MainWindow window;
            QVERIFY(window.openDatabase(path));
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
            auto *directory = window.findChild<DirectoryTab *>();
            QVERIFY(directory);
            auto *archived = directory->findChild<QComboBox *>(QStringLiteral("archivedFilter"));
            archived->setCurrentIndex(archived->findData(int(ActorFilter::Choice::Any)));
            auto *table = directory->findChild<QTableView *>(QStringLiteral("actorTable"));
            auto *formTabs = directory->findChild<QTabWidget *>(QStringLiteral("formTabs"));
            auto *apply = directory->findChild<QPushButton *>(QStringLiteral("applyButton"));
            auto *revert = directory->findChild<QPushButton *>(QStringLiteral("revertButton"));
            ActorTableModel *model = directory->model();
            const int total = model->totalCount();
            QVERIFY(total >= 100);
            while (model->canFetchMore(QModelIndex()))
                model->fetchMore(QModelIndex());
            QCOMPARE(model->rowCount(), total);
            for (int row = 0; row < total; ++row) {
                table->setCurrentIndex(model->index(row, ActorTableModel::Name));
                QCOMPARE(directory->form()->actor().id, model->idAt(row));
                for (int page = 0; page < formTabs->count(); ++page) {
                    formTabs->setCurrentIndex(page);
                    QCoreApplication::processEvents();
                }
                formTabs->setCurrentIndex(0);
                QVERIFY2(!apply->isEnabled() && !revert->isEnabled(),
                         qPrintable(QStringLiteral("%1 shows as modified").arg(directory->form()->actor().name)));
                ++visited;
            }
            // A drill-down from the observatory, then back to every actor.
            directory->showActorIds({qint32(model->idAt(0)), qint32(model->idAt(1))}, QStringLiteral("test"));
            table->setCurrentIndex(model->index(1, ActorTableModel::Name));
            directory->clearActorIds();
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QTest::qWait(20);
            }
            tabs->setCurrentWidget(directory);
            QTest::qWait(20);
            QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("applied")));
            QCOMPARE(window.undoStack()->count(), 0);
            QVERIFY(window.close());
        }
        QCOMPARE(visited, 105);
        const QString after = dump(path);
        if (after != before) {
            const QStringList a = before.split(QLatin1Char('\n')), b = after.split(QLatin1Char('\n'));
            for (int i = 0; i < std::min(a.size(), b.size()); ++i)
                QCOMPARE(b.at(i), a.at(i));
        }
        QCOMPARE(after, before);
    }

    /// Values a widget rounds or defaults are never written back.
    void untouchedValuesAreKeptWhenAnotherIsSaved()
    {
        Fixture f(this);
        Actor a = TestSupport::makeActor(QStringLiteral("Atelier Vélo"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        YearFigures y;
        y.year = 2023;
        y.fte = 2.25;
        y.budgetCents = 123456;
        a.figures = {y};
        Contact c;
        c.firstName = QStringLiteral("Inès");
        c.lastName = QStringLiteral("Lefèvre");
        c.consentGuide = false;
        c.consentGuideOn = QDate(2019, 5, 2); // a withdrawal date kept as it is
        c.consentGuideSource = QStringLiteral("courriel");
        a.contacts = {c};
        QVERIFY(f.actors->save(a));
        f.click(a.id);
        QCOMPARE(f.form()->actor().id, a.id);
        QVERIFY(!f.form()->isModified());
        QVERIFY(!f.button("applyButton")->isEnabled());
        QVERIFY(!f.button("revertButton")->isEnabled());

        // A value changed then put back is no change.
        QLineEdit *name = f.line("name");
        name->setText(QStringLiteral("Atelier Vélo 2"));
        QVERIFY(f.button("applyButton")->isEnabled());
        name->setText(QStringLiteral("Atelier Vélo"));
        QVERIFY(!f.button("applyButton")->isEnabled());
        QVERIFY(!f.button("revertButton")->isEnabled());

        name->setText(QStringLiteral("Atelier Vélo solidaire"));
        QVERIFY(f.tab->applyForm());
        QCOMPARE(f.undo->count(), 1);
        const Actor saved = *f.actors->load(a.id);
        QCOMPARE(saved.name, QStringLiteral("Atelier Vélo solidaire"));
        QCOMPARE(saved.figures.first().fte, std::optional<double>(2.25));
        QCOMPARE(saved.figures.first().budgetCents, std::optional<qint64>(123456));
        QCOMPARE(saved.contacts.first().consentGuideOn, QDate(2019, 5, 2));
        QCOMPARE(saved.contacts.first().consentGuideSource, QStringLiteral("courriel"));
        QCOMPARE(saved.charterSignedOn, QDate());
    }

    /// The issue's case: a guide consent edited, the Lettre's proof untouched.
    void newsletterConsentSurvivesGuideEdit()
    {
        Fixture f(this);
        Actor a = TestSupport::makeActor(QStringLiteral("Jardins de Cocagne"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        Contact c;
        c.firstName = QStringLiteral("Paul");
        c.lastName = QStringLiteral("Durand");
        c.consentGuide = true;
        c.consentGuideOn = QDate(2013, 9, 6);
        c.consentGuideSource = QStringLiteral("Rendez-vous de l'ESS");
        c.consentNewsletter = true;
        c.consentNewsletterOn = QDate(2022, 8, 26);
        c.consentNewsletterSource = QStringLiteral("formulaire papier");
        a.contacts = {c};
        QVERIFY(f.actors->save(a));
        f.click(a.id);
        auto *contacts = f.tab->findChild<QTableWidget *>(QStringLiteral("contactsTable"));
        QCOMPARE(contacts->columnCount(), 7);
        QCOMPARE(contacts->horizontalHeaderItem(5)->text(), QStringLiteral("Guide"));
        QCOMPARE(contacts->horizontalHeaderItem(6)->text(), QStringLiteral("Lettre"));
        QCOMPARE(contacts->item(0, 5)->text(), QStringLiteral("6 September 2013, Rendez-vous de l'ESS"));
        QCOMPARE(contacts->item(0, 6)->text(), QStringLiteral("26 August 2022, formulaire papier"));
        contacts->setCurrentCell(0, 0);
        auto *guideDate = f.tab->findChild<QDateEdit *>(QStringLiteral("consentDate_guide"));
        auto *guideSource = f.line("consentSource_guide");
        auto *letterDate = f.tab->findChild<QDateEdit *>(QStringLiteral("consentDate_newsletter"));
        QCOMPARE(guideDate->date(), QDate(2013, 9, 6));
        QCOMPARE(guideDate->text(), QStringLiteral("6 September 2013"));
        QCOMPARE(letterDate->date(), QDate(2022, 8, 26));
        QCOMPARE(f.line("consentSource_newsletter")->text(), QStringLiteral("formulaire papier"));
        QVERIFY(!f.form()->isModified());

        guideDate->setDate(QDate(2014, 10, 3));
        guideSource->clear();
        QTest::keyClicks(guideSource, QStringLiteral("Forum 2014"));
        QVERIFY(f.button("applyButton")->isEnabled());
        QVERIFY(f.tab->applyForm());
        const Contact saved = f.actors->load(a.id)->contacts.first();
        QCOMPARE(saved.consentGuideOn, QDate(2014, 10, 3));
        QCOMPARE(saved.consentGuideSource, QStringLiteral("Forum 2014"));
        QCOMPARE(saved.consentNewsletter, true);
        QCOMPARE(saved.consentNewsletterOn, QDate(2022, 8, 26));
        QCOMPARE(saved.consentNewsletterSource, QStringLiteral("formulaire papier"));

        // Ticking a consent in the table dates it today, leaving the other alone.
        Actor b = *f.actors->load(a.id);
        b.contacts.first().consentGuide = false;
        b.contacts.first().consentGuideOn = QDate();
        b.contacts.first().consentGuideSource.clear();
        QVERIFY(f.actors->save(b));
        contacts->item(0, 5)->setCheckState(Qt::Checked);
        QVERIFY(f.tab->applyForm());
        const Contact ticked = f.actors->load(a.id)->contacts.first();
        QCOMPARE(ticked.consentGuideOn, QDate(2026, 3, 10));
        QCOMPARE(ticked.consentNewsletterOn, QDate(2022, 8, 26));
        QCOMPARE(ticked.consentNewsletterSource, QStringLiteral("formulaire papier"));
    }

    void siretFillsSiren()
    {
        Fixture f(this);
        f.tab->newActor();
        QTest::keyClicks(f.line("siret"), QStringLiteral("7752 2000 6000 15"));
        QCOMPARE(f.line("siren")->text(), QStringLiteral("775220006"));
        // A SIREN typed apart, not the SIRET's prefix, is left as typed.
        f.line("siret")->clear();
        f.line("siren")->setText(QStringLiteral("552100554"));
        QTest::keyClicks(f.line("siret"), QStringLiteral("77522000600015"));
        QCOMPARE(f.line("siren")->text(), QStringLiteral("552100554"));
        // Its prefix is completed.
        f.line("siren")->setText(QStringLiteral("7752"));
        f.line("siret")->clear();
        QTest::keyClicks(f.line("siret"), QStringLiteral("77522000600015"));
        QCOMPARE(f.line("siren")->text(), QStringLiteral("775220006"));
        QCOMPARE(f.line("name")->placeholderText(), QStringLiteral("Name of the actor (required)"));
    }

    /// The form never shows as selected an actor the list hides.
    void hiddenActorIsSaid()
    {
        Fixture f(this);
        Actor a = TestSupport::makeActor(QStringLiteral("Recyclerie du Val"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        Actor b = TestSupport::makeActor(QStringLiteral("Crèche parentale"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        QVERIFY(f.actors->save(a) && f.actors->save(b));
        f.click(a.id);
        auto *notice = f.tab->findChild<QLabel *>(QStringLiteral("hiddenActorNotice"));
        QVERIFY(notice->isHidden());
        QTest::keyClicks(f.line("searchField"), QStringLiteral("creche"));
        QCOMPARE(f.tab->model()->totalCount(), 1);
        QCOMPARE(f.form()->actor().id, a.id);
        QVERIFY(!f.table()->selectionModel()->hasSelection());
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("“Recyclerie du Val” is not in the list: the search or the filters hide it. "
                                                "It stays open here until you choose another actor."));
        f.line("searchField")->clear();
        QVERIFY(notice->isHidden());
        QCOMPARE(f.tab->model()->idAt(f.table()->selectionModel()->currentIndex().row()), a.id);
        QCOMPARE(f.undo->count(), 0);
    }

    /// After undo or redo, the list and the form go to the actor concerned.
    void undoRedoShowTheActorConcerned()
    {
        Fixture f(this);
        Actor a = TestSupport::makeActor(QStringLiteral("Amap des Deux Rives"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        Actor b = TestSupport::makeActor(QStringLiteral("Bric à Brac"), QStringLiteral("59392"), QStringLiteral("Maubeuge"));
        QVERIFY(f.actors->save(a) && f.actors->save(b));
        f.click(a.id);
        f.line("name")->setText(QStringLiteral("Amap des Trois Rives"));
        QVERIFY(f.tab->applyForm());
        f.click(b.id);
        QCOMPARE(f.form()->actor().id, b.id);
        f.undo->undo();
        QCOMPARE(f.form()->actor().id, a.id);
        QCOMPARE(f.line("name")->text(), QStringLiteral("Amap des Deux Rives"));
        QCOMPARE(f.tab->model()->idAt(f.table()->selectionModel()->currentIndex().row()), a.id);
        f.click(b.id);
        f.undo->redo();
        QCOMPARE(f.form()->actor().id, a.id);
        QCOMPARE(f.line("name")->text(), QStringLiteral("Amap des Trois Rives"));
        QVERIFY(!f.form()->isModified());
    }

    /// Tree, form, CSV and report write a late action's status the same way.
    void planStatusOneVocabulary()
    {
        PlanFixture p(this);
        PlanTab tab(p.store.get(), p.undo.get());
        tab.resize(1300, 800);
        tab.show();
        tab.setToday(QDate(2012, 11, 15));
        tab.showPlan(p.plan.id);
        const QModelIndex status = tab.model()->indexById(p.postponed, PlanTreeModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Postponed, late"));
        tab.selectItem(p.postponed);
        auto *combo = tab.findChild<QComboBox *>(QStringLiteral("planStatusCombo"));
        QCOMPARE(combo->currentText(), QStringLiteral("Postponed"));
        auto *late = tab.findChild<QLabel *>(QStringLiteral("planLateLabel"));
        QVERIFY(late->isVisible());
        QCOMPARE(late->text(), QStringLiteral("Late"));
        QCOMPARE(PlanVocabulary::statusText(PlanItem::Status::Postponed, true), QStringLiteral("Postponed, late"));

        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        PlanTree tree;
        tree.reset(p.store->items(p.plan.id));
        tree.recompute(QDate(2012, 11, 15));
        PlanCsvExporter exporter(&csv);
        exporter.writeHeader();
        exporter.writePlan(p.plan, tree);
        QVERIFY2(QString::fromUtf8(csv.data()).contains(QStringLiteral(";Relancer le forum;reporté, en retard;")), csv.data().constData());

        // The letter's plan section, for an issue of November 2012.
        const PublicationStore publications(p.db->connectionName());
        LetterIssue issue;
        issue.number = 1;
        issue.date = QDate(2012, 12, 3);
        issue.sections = {LetterIssue::PlanSection};
        const QList<PlanProgressRow> rows = DocumentFactory(p.db->connectionName(), &publications).letterContent(issue).plan;
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [](const PlanProgressRow &r) { return r.action == QLatin1String("Relancer le forum"); });
        QVERIFY(row != rows.cend());
        QCOMPARE(row->status, QStringLiteral("Postponed, late"));
    }

    void doneSetsFullProgressAndOffersJournal()
    {
        PlanFixture p(this);
        PlanTab tab(p.store.get(), p.undo.get());
        tab.show();
        tab.setToday(QDate(2012, 11, 15));
        tab.showPlan(p.plan.id);
        tab.selectItem(p.running);
        auto *combo = tab.findChild<QComboBox *>(QStringLiteral("planStatusCombo"));
        auto *progress = tab.findChild<QSpinBox *>(QStringLiteral("planProgressSpin"));
        QCOMPARE(progress->value(), 40);
        m_answer = QMessageBox::Yes;
        const int done = combo->findData(int(PlanItem::Status::Done));
        combo->setCurrentIndex(done);
        emit combo->activated(done);
        QCOMPARE(progress->value(), 100);
        QCOMPARE(m_questions.size(), 1);
        QCOMPARE(m_questions.first(), QStringLiteral("“Publier le guide” goes from “In progress” to “Done”. Write a note about it in the journal?"));
        auto *journal = tab.findChild<QTableWidget *>(QStringLiteral("planJournalTable"));
        QCOMPARE(journal->rowCount(), 2);
        QCOMPARE(journal->item(1, 2)->text(), QStringLiteral("Status: In progress → Done"));
        QVERIFY(tab.settleForm());
        const PlanItem saved = *p.store->item(p.running);
        QCOMPARE(saved.status, PlanItem::Status::Done);
        QCOMPARE(saved.progress, 100);
        QCOMPARE(saved.journal.size(), 2);
        QCOMPARE(saved.journal.last().date, QDate(2026, 3, 10));
        QCOMPARE(saved.journal.last().status, QStringLiteral("done"));
        QCOMPARE(saved.journal.last().progress, std::optional<int>(100));
        // The journal's dates are written in words.
        QCOMPARE(journal->item(0, 0)->data(Qt::EditRole).toDate(), QDate(2012, 3, 10));
        auto *delegate = qobject_cast<QStyledItemDelegate *>(journal->itemDelegateForColumn(0));
        QVERIFY(delegate);
        QCOMPARE(delegate->displayText(QDate(2012, 3, 10), QLocale()), QStringLiteral("10 March 2012"));
    }

    /// "Situation on" a past date: what came later is left out.
    void roadmapShowsThePastAsItWas()
    {
        PlanFixture p(this);
        const PlanItem now = *p.store->item(p.finished);
        QCOMPARE(now.status, PlanItem::Status::Done);
        const PlanItem then = PlanHistory::asOf(now, QDate(2012, 6, 30));
        QCOMPARE(then.status, PlanItem::Status::InProgress);
        QCOMPARE(then.progress, 30);
        QCOMPARE(then.journal.size(), 1);
        const PlanItem recorded = PlanHistory::asOf(*p.store->item(p.postponed), QDate(2012, 6, 30));
        QCOMPARE(recorded.status, PlanItem::Status::Postponed);
        QCOMPARE(recorded.progress, 10);

        PlanTree tree;
        tree.reset(p.store->items(p.plan.id));
        tree.recompute(QDate(2012, 6, 30));
        PlanRoadmapBuilder builder(p.plan, tree, QDate(2012, 1, 1), QDate(2012, 8, 20));
        QVERIFY(builder.lateIds().contains(p.finished));
        QVERIFY(!builder.doneIds().contains(p.finished));
        QTextDocument doc;
        doc.setHtml(builder.html());
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Situation on Saturday, 30 June 2012.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("10 March 2012: Lancement des fiches")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Guide imprimé")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("100 %")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("In progress, late")), qPrintable(text));

        // On a later day, the action is done.
        PlanTree later;
        later.reset(p.store->items(p.plan.id));
        later.recompute(QDate(2012, 12, 31));
        PlanRoadmapBuilder second(p.plan, later, QDate(2012, 7, 1), QDate(2013, 1, 15));
        QVERIFY(second.doneIds().contains(p.finished));
    }

    /// The roadmap's column titles each keep one line, in French too.
    void roadmapTitlesNeverBreakInsideAWord()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/essaim_fr.qm")));
        QCoreApplication::installTranslator(&translator);
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        PlanFixture p(this);
        PlanTab tab(p.store.get(), p.undo.get());
        tab.setToday(QDate(2012, 11, 15));
        tab.showPlan(p.plan.id);
        const QString pdf = m_dir.filePath(QStringLiteral("feuille.pdf"));
        QVERIFY(tab.exportRoadmapPdf(pdf, QDate(2012, 7, 1)));
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
        const QString text = TestSupport::pdfText(pdf, 0, 0, true);
        for (const QString &title : {QStringLiteral("Action"), QStringLiteral("Pilote"), QStringLiteral("Échéance"),
                                     QStringLiteral("État"), QStringLiteral("Avancement"), QStringLiteral("Dernier point")}) {
            QVERIFY2(text.contains(title), qPrintable(title + QStringLiteral(" broken in:\n") + text));
        }
        QVERIFY2(text.contains(QStringLiteral("Situation au")), qPrintable(text));
    }

    /// The letter quotes the figures of "essaim stats" for the same year.
    void letterFiguresAreTheObservatorys()
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.essaim"));
        {
            Database db;
            QVERIFY(db.open(path));
            ObservatoryFixture::build(db.connectionName());
            // A partner outside the ESS, with jobs in 2024: not an ESS structure.
            Actor partner = TestSupport::makeActor(QStringLiteral("Banque partenaire"), ObservatoryFixture::maubeuge, QStringLiteral("Maubeuge"));
            partner.family = QStringLiteral("hors_champ");
            partner.employer = true;
            partner.creationYear = 1980;
            partner.figures = {ObservatoryFixture::figures(2024, 300, 280.0, 0)};
            ActorStore actors(db.connectionName());
            QVERIFY(actors.save(partner));
            const KeyFigures k = PrintSourceStore(db.connectionName()).keyFigures();
            QCOMPARE(k.year, 2024);
            QCOMPARE(k.actors, 6);
            QCOMPARE(k.employers, 5);
            QCOMPARE(k.headcount, 2);
            int byFamily = 0;
            for (const auto &f : k.actorsByFamily)
                byFamily += f.second;
            QCOMPARE(byFamily, k.actors);
        }
        const TestSupport::CliResult r =
            TestSupport::runEssaim(m_dir.filePath(QStringLiteral("home")), {QStringLiteral("--db"), path, QStringLiteral("stats"),
                                                                           QStringLiteral("--year"), QStringLiteral("2024"),
                                                                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(stats.value(QStringLiteral("actors")).toInt(), 6);
        QCOMPARE(stats.value(QStringLiteral("employer_actors")).toInt(), 5);
        QCOMPARE(stats.value(QStringLiteral("jobs")).toInt(), 2);
    }

    /// The demo's letter says what its observatory says.
    void demoLetterMatchesStats()
    {
        const QString path = m_dir.filePath(QStringLiteral("walk.essaim"));
        QVERIFY(QFile::exists(path));
        const TestSupport::CliResult r = TestSupport::runEssaim(m_dir.filePath(QStringLiteral("home")),
                                                                {QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--format"),
                                                                 QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
        Database db;
        QVERIFY(db.open(path));
        const KeyFigures k = PrintSourceStore(db.connectionName()).keyFigures();
        QCOMPARE(k.actors, stats.value(QStringLiteral("actors")).toInt());
        QCOMPARE(k.employers, stats.value(QStringLiteral("employer_actors")).toInt());
        QCOMPARE(k.headcount, stats.value(QStringLiteral("jobs")).toInt());
    }

    /// No page of the letter holds only the council's address that closes it.
    void letterHasNoPageOfFooterOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("walk.essaim"));
        for (const QString &issue : {QStringLiteral("1"), QStringLiteral("2")}) {
            const QString pdf = m_dir.filePath(QStringLiteral("lettre-%1.pdf").arg(issue));
            const TestSupport::CliResult r = TestSupport::runEssaim(
                m_dir.filePath(QStringLiteral("home")), {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), path, QStringLiteral("print"),
                                                         QStringLiteral("letter"), QStringLiteral("--issue"), issue, QStringLiteral("-o"), pdf});
            QCOMPARE(r.code, 0);
            const int pages = TestSupport::pdfPages(pdf);
            for (int page = 1; page <= pages; ++page) {
                QString text = TestSupport::pdfText(pdf, page, page);
                for (const QString &frame : {QStringLiteral("Lettre de l'ESS n° %1").arg(issue), QStringLiteral("Conseil local de l'ESS Sambre-Avesnois"),
                                             QStringLiteral("page %1 / %2").arg(page).arg(pages), QStringLiteral("Maison de l'ESS"),
                                             QStringLiteral("12 rue de la République"), QStringLiteral("59600 Maubeuge")})
                    text.remove(frame);
                text.remove(QRegularExpression(QStringLiteral("03 27 00 00 00[^\n]*")));
                QVERIFY2(text.simplified().size() > 20, qPrintable(QStringLiteral("issue %1, page %2 of %3: %4").arg(issue).arg(page).arg(pages).arg(text)));
            }
        }
    }

    void formDatesAreInWords()
    {
        Fixture f(this);
        auto *charter = f.tab->findChild<QDateEdit *>(QStringLiteral("charterDate"));
        charter->setDate(QDate(2012, 11, 15));
        QCOMPARE(charter->text(), QStringLiteral("15 November 2012"));
        PlanFixture p(this);
        PlanTab tab(p.store.get(), p.undo.get());
        tab.setToday(QDate(2012, 11, 15));
        QCOMPARE(tab.findChild<QDateEdit *>(QStringLiteral("planTodayEdit"))->text(), QStringLiteral("Thursday, 15 November 2012"));
        // The plan's months and days in words, read back as they are stored.
        tab.showPlan(p.plan.id);
        tab.selectItem(p.running);
        auto *due = tab.findChild<QLineEdit *>(QStringLiteral("planDueEdit"));
        QCOMPARE(due->text(), QStringLiteral("June 2013"));
        auto *editor = tab.findChild<PlanActionEditor *>();
        QVERIFY(!editor->isModified());
        due->setText(QStringLiteral("july 2013"));
        QCOMPARE(editor->editedItem().due, QStringLiteral("2013-07"));
        due->setText(QStringLiteral("15 July 2013"));
        QCOMPARE(editor->editedItem().due, QStringLiteral("2013-07-15"));
        due->setText(QStringLiteral("2013-09"));
        QCOMPARE(editor->editedItem().due, QStringLiteral("2013-09"));
        QCOMPARE(PlanVocabulary::fromDisplayDate(QStringLiteral("June 2013")), QStringLiteral("2013-06"));
    }

private:
    /// A fresh database with the directory tab on it.
    struct Fixture
    {
        explicit Fixture(TestTrustGui *test)
        {
            db = std::make_unique<Database>();
            const bool opened = db->open(test->m_dir.filePath(QStringLiteral("trust%1.essaim").arg(++test->m_counter)));
            Q_ASSERT(opened);
            actors = std::make_unique<ActorStore>(db->connectionName());
            sectors = std::make_unique<SectorStore>(db->connectionName());
            references = std::make_unique<ReferenceStore>(db->connectionName());
            undo = std::make_unique<QUndoStack>();
            tab = std::make_unique<DirectoryTab>(actors.get(), sectors.get(), references.get(), undo.get());
            tab->resize(1200, 700);
            tab->show();
        }
        ~Fixture()
        {
            tab.reset();
            undo.reset();
        }
        ActorForm *form() const { return tab->form(); }
        QLineEdit *line(const char *name) const { return tab->findChild<QLineEdit *>(QString::fromLatin1(name)); }
        QPushButton *button(const char *name) const { return tab->findChild<QPushButton *>(QString::fromLatin1(name)); }
        QTableView *table() const { return tab->findChild<QTableView *>(QStringLiteral("actorTable")); }
        /// The actor's row made current, as a click on it does.
        void click(qint64 id)
        {
            tab->model()->reload();
            const int row = tab->model()->rowOfId(id);
            Q_ASSERT(row >= 0);
            table()->setCurrentIndex(tab->model()->index(row, ActorTableModel::Name));
        }

        std::unique_ptr<Database> db;
        std::unique_ptr<ActorStore> actors;
        std::unique_ptr<SectorStore> sectors;
        std::unique_ptr<ReferenceStore> references;
        std::unique_ptr<QUndoStack> undo;
        std::unique_ptr<DirectoryTab> tab;
    };

    /// A plan of three actions as of 15 November 2012.
    struct PlanFixture
    {
        explicit PlanFixture(TestTrustGui *test)
        {
            db = std::make_unique<Database>();
            const bool opened = db->open(test->m_dir.filePath(QStringLiteral("plan%1.essaim").arg(++test->m_counter)));
            Q_ASSERT(opened);
            store = std::make_unique<PlanStore>(db->connectionName());
            undo = std::make_unique<QUndoStack>();
            plan.name = QStringLiteral("Plan 2012");
            plan.periodStart = QStringLiteral("2012-01");
            plan.periodEnd = QStringLiteral("2013-12");
            store->savePlan(plan);
            PlanItem objective;
            objective.planId = plan.id;
            objective.kind = PlanItem::Kind::Objective;
            objective.title = QStringLiteral("Faire connaître l'ESS");
            store->insertItem(objective);
            auto action = [&](const QString &title, const QString &due, PlanItem::Status status, int progress,
                              const QList<PlanJournalEntry> &journal) {
                PlanItem a;
                a.planId = plan.id;
                a.parentId = objective.id;
                a.position = int(ids.size());
                a.kind = PlanItem::Kind::Action;
                a.title = title;
                a.due = due;
                a.status = status;
                a.progress = progress;
                a.journal = journal;
                store->insertItem(a);
                ids << a.id;
                return a.id;
            };
            auto entry = [](const QDate &date, const QString &text, int progress, const QString &status = QString()) {
                PlanJournalEntry e;
                e.date = date;
                e.text = text;
                e.progress = progress;
                e.status = status;
                return e;
            };
            running = action(QStringLiteral("Publier le guide"), QStringLiteral("2013-06"), PlanItem::Status::InProgress, 40,
                             {entry(QDate(2012, 3, 10), QStringLiteral("Premières fiches"), 40)});
            finished = action(QStringLiteral("Imprimer les fiches"), QStringLiteral("2012-05"), PlanItem::Status::Done, 100,
                              {entry(QDate(2012, 3, 10), QStringLiteral("Lancement des fiches"), 30),
                               entry(QDate(2012, 9, 14), QStringLiteral("Guide imprimé"), 100, QStringLiteral("done"))});
            postponed = action(QStringLiteral("Relancer le forum"), QStringLiteral("2012-06"), PlanItem::Status::Postponed, 10,
                               {entry(QDate(2012, 4, 2), QStringLiteral("Reporté faute de salle"), 10, QStringLiteral("postponed")),
                                entry(QDate(2012, 10, 1), QStringLiteral("Toujours pas de salle"), 10)});
        }
        std::unique_ptr<Database> db;
        std::unique_ptr<PlanStore> store;
        std::unique_ptr<QUndoStack> undo;
        Plan plan;
        QList<qint64> ids;
        qint64 running = 0;
        qint64 finished = 0;
        qint64 postponed = 0;
    };

    /// Every table's content, as the sqlite3 command line dumps it.
    QString dump(const QString &path) const
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, QStringLiteral(".dump")});
        if (!sqlite.waitForFinished(60000) || sqlite.exitCode() != 0)
            return QStringLiteral("sqlite3 failed: ") + QString::fromLocal8Bit(sqlite.readAllStandardError());
        // SQLite's own planner statistics (PRAGMA optimize on closing) are
        // not the user's data.
        QStringList lines = QString::fromUtf8(sqlite.readAllStandardOutput()).split(QLatin1Char('\n'));
        lines.removeIf([](const QString &line) {
            return line.startsWith(QLatin1String("INSERT INTO sqlite_stat")) || line.startsWith(QLatin1String("ANALYZE sqlite_"));
        });
        return lines.join(QLatin1Char('\n'));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    QStringList m_questions;
    QStringList m_warnings;
    QMessageBox::StandardButton m_answer = QMessageBox::No;
};

QTEST_MAIN(TestTrustGui)
#include "tst_trustgui.moc"
