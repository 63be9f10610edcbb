#include "models/domain/clock.h"
#include "models/domain/planvocabulary.h"
#include "models/domain/projectvocabulary.h"
#include "models/interchange/callscsvreader.h"
#include "models/itemmodels/projecttablemodel.h"
#include "models/storage/database.h"
#include "models/stores/accompanimentreader.h"
#include "models/stores/actorstore.h"
#include "models/stores/planstore.h"
#include "models/stores/projectfounder.h"
#include "models/stores/projectstore.h"
#include "models/stores/publicationstore.h"
#include "models/undo/foundprojectcommand.h"
#include "models/undo/projectchangecommand.h"
#include "testsupport.h"
#include "views/print/documentfactory.h"
#include "views/print/documentoutput.h"
#include "views/print/planreportdocument.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QAbstractItemModelTester>
#include <QtTest>

namespace {

// Sector ids of the default sector list every new database carries.
constexpr qint64 SocialAction = 1;
constexpr qint64 Insertion = 5;
constexpr qint64 InsertionWorkshops = 6; // under Insertion
constexpr qint64 Reuse = 14;             // under Environment
constexpr qint64 Farming = 16;

Project makeProject(const QString &name, qint64 sector, const QString &insee, Project::Stage stage = Project::Stage::Idea)
{
    Project p;
    p.name = name;
    p.sectorId = sector;
    p.communeInsee = insee;
    p.family = QStringLiteral("association");
    p.stage = stage;
    return p;
}

} // namespace

/// The accompaniment of project holders: the pipeline from an idea to a
/// founded actor, the journal's next steps, calls for projects and who may
/// answer them, the steering committee's figures, and the command line.
class TestProjects : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ActorStore> m_actors;

    qint64 addContact(const QString &first, const QString &last)
    {
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        q.prepare(QStringLiteral("INSERT INTO contacts(actor_id, first_name, last_name) VALUES (NULL, ?, ?)"));
        q.addBindValue(first);
        q.addBindValue(last);
        return q.exec() ? q.lastInsertId().toLongLong() : 0;
    }

    qint64 addActor(const QString &name, qint64 sector, const QString &insee, const QString &family = QStringLiteral("association"))
    {
        Actor a = TestSupport::makeActor(name, insee);
        a.sectorId = sector;
        a.family = family;
        return m_actors->save(a) ? a.id : 0;
    }

    void closeDatabase()
    {
        m_store.reset();
        m_actors.reset();
        m_db.reset();
    }

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2027, 3, 15), QTime(10, 0), Qt::UTC));
        m_path = m_dir.filePath(QStringLiteral("projects%1.essaim").arg(++m_counter));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_path), qPrintable(m_db->errorString()));
        m_store = std::make_unique<ProjectStore>(m_db->connectionName());
        m_actors = std::make_unique<ActorStore>(m_db->connectionName());
    }

    void cleanup()
    {
        closeDatabase();
        Clock::reset();
    }

    void aProjectKeepsEverythingItIsGiven()
    {
        const qint64 holder = addContact(QStringLiteral("Léa"), QStringLiteral("Marchand"));
        const qint64 cae = addActor(QStringLiteral("CAE Sambre Entreprendre"), Insertion, QStringLiteral("59392"));
        Project p = makeProject(QStringLiteral("Épicerie mobile"), SocialAction, QStringLiteral("59384"));
        p.summary = QStringLiteral("Une épicerie itinérante.");
        p.holderIds = {holder};
        p.accompaniers = {{cae, QString(), QStringLiteral("montage")}};
        p.jobsExpected = 2;
        p.budgetCents = 6000000;
        QVERIFY2(m_store->save(p), qPrintable(m_store->errorString()));
        const auto loaded = m_store->project(p.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, QStringLiteral("Épicerie mobile"));
        QCOMPARE(loaded->holderIds, QList<qint64>{holder});
        QCOMPARE(loaded->accompaniers.size(), 1);
        QCOMPARE(loaded->accompaniers.first().actorName, QStringLiteral("CAE Sambre Entreprendre"));
        QCOMPARE(loaded->accompaniers.first().role, QStringLiteral("montage"));
        QCOMPARE(loaded->budgetCents, qint64(6000000));
        QCOMPARE(loaded->createdOn, QDate(2027, 3, 15));
        QCOMPARE(loaded->stages, (QList<Project::StageChange>{{Project::Stage::Idea, QDate(2027, 3, 15)}}));

        const QList<ProjectCard> cards = m_store->cards();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().holders, QStringLiteral("Léa Marchand"));
        QCOMPARE(cards.first().accompaniedBy, QStringLiteral("CAE Sambre Entreprendre"));
        QCOMPARE(cards.first().commune, QStringLiteral("Maroilles"));
    }

    void fromIdeaToAFoundedActor()
    {
        QUndoStack stack;
        Project p = makeProject(QStringLiteral("Garage solidaire"), Insertion, QStringLiteral("59249"));
        p.jobsExpected = 4;
        p.jobsCreated = 3;
        auto *create = new ProjectChangeCommand(m_store.get(), std::nullopt, ProjectStore::Snapshot{p, {}, {}}, QStringLiteral("create"));
        QVERIFY(create->applyNow());
        const qint64 id = create->after()->project.id;
        QVERIFY(id > 0);
        stack.push(create);

        // Each move on the board is dated by the clock and undoable.
        for (const auto &[stage, day] : {std::pair{Project::Stage::Emergence, QDate(2027, 4, 2)},
                                          std::pair{Project::Stage::Feasibility, QDate(2027, 6, 20)}}) {
            Clock::setFixed(QDateTime(day, QTime(9, 0), Qt::UTC));
            const auto before = m_store->snapshot(id);
            auto after = before;
            after->project.stage = stage;
            auto *move = new ProjectChangeCommand(m_store.get(), before, after, QStringLiteral("move"));
            QVERIFY(move->applyNow());
            stack.push(move);
        }
        QCOMPARE(m_store->project(id)->stages,
                 (QList<Project::StageChange>{{Project::Stage::Idea, QDate(2027, 3, 15)},
                                              {Project::Stage::Emergence, QDate(2027, 4, 2)},
                                              {Project::Stage::Feasibility, QDate(2027, 6, 20)}}));

        ProjectFounder founder(m_actors.get(), m_store.get());
        const Project before = *m_store->project(id);
        const Actor actor = ProjectFounder::actorFor(before, QStringLiteral("Fourmies"), QDate(2027, 9, 1));
        auto *found = new FoundProjectCommand(&founder, before, actor, QDate(2027, 9, 1));
        QVERIFY2(found->applyNow(), qPrintable(founder.errorString()));
        const qint64 actorId = found->actorId();
        stack.push(found);

        const auto created = m_actors->load(actorId);
        QVERIFY(created);
        QCOMPARE(created->name, QStringLiteral("Garage solidaire"));
        QCOMPARE(created->sectorId, Insertion);
        QCOMPARE(created->communeInsee, QStringLiteral("59249"));
        QCOMPARE(created->creationYear, 2027);
        QVERIFY(created->employer);
        const auto founded = m_store->project(id);
        QCOMPARE(founded->stage, Project::Stage::Creation);
        QCOMPARE(founded->actorId, actorId);
        QCOMPARE(founded->foundedOn, QDate(2027, 9, 1));
        QCOMPARE(m_store->projectOfActor(actorId), std::optional<qint64>(id));

        stack.undo();
        QVERIFY(!m_actors->load(actorId));
        QCOMPARE(m_store->project(id)->stage, Project::Stage::Feasibility);
        QCOMPARE(m_store->project(id)->actorId, qint64(0));
        stack.redo();
        QCOMPARE(m_actors->load(actorId)->name, QStringLiteral("Garage solidaire"));
        QCOMPARE(m_store->project(id)->actorId, actorId);
        // Back to the very start: the project itself disappears.
        while (stack.canUndo())
            stack.undo();
        QVERIFY(!m_store->project(id));
        QCOMPARE(m_store->count(), 0);
        stack.redo();
        QCOMPARE(m_store->project(id)->name, QStringLiteral("Garage solidaire"));
    }

    void foundingLinksAnExistingActor()
    {
        const qint64 existing = addActor(QStringLiteral("Recyclerie du Val"), Reuse, QStringLiteral("59392"));
        Project p = makeProject(QStringLiteral("Recyclerie"), Reuse, QStringLiteral("59392"), Project::Stage::Feasibility);
        QVERIFY(m_store->save(p));
        ProjectFounder founder(m_actors.get(), m_store.get());
        Actor actor = *m_actors->load(existing);
        QVERIFY(founder.found(p, actor, QDate(2027, 5, 1), false));
        QCOMPARE(m_actors->count(), 1);
        QCOMPARE(m_store->project(p.id)->actorId, existing);
        QCOMPARE(m_store->projectOfActor(existing), std::optional<qint64>(p.id));
    }

    void nextStepsAreListedByDueDate()
    {
        Project a = makeProject(QStringLiteral("Projet A"), SocialAction, QStringLiteral("59392"));
        Project b = makeProject(QStringLiteral("Projet B"), SocialAction, QStringLiteral("59392"));
        QVERIFY(m_store->save(a) && m_store->save(b));
        const struct { qint64 project; QDate date; const char *step; QDate due; bool done; } entries[] = {
            {a.id, QDate(2027, 3, 1), "Envoyer le budget", QDate(2027, 3, 10), false}, // late on 15 March
            {a.id, QDate(2027, 3, 5), "Visiter le local", QDate(2027, 4, 2), false},
            {b.id, QDate(2027, 3, 2), "Rappeler la mairie", QDate(2027, 3, 20), false},
            {b.id, QDate(2027, 3, 3), "Déjà fait", QDate(2027, 3, 4), true},
            {b.id, QDate(2027, 3, 4), "", QDate(), false},
        };
        for (const auto &e : entries) {
            ProjectInteraction i;
            i.projectId = e.project;
            i.date = e.date;
            i.nextStep = QString::fromUtf8(e.step);
            i.nextStepDue = e.due;
            i.nextStepDone = e.done;
            QVERIFY(m_store->saveInteraction(i));
        }
        QStringList steps;
        for (const auto &s : m_store->openNextSteps())
            steps << s.due.toString(Qt::ISODate) + QLatin1Char(' ') + s.projectName + QLatin1Char(' ') + s.step;
        QCOMPARE(steps, (QStringList{QStringLiteral("2027-03-10 Projet A Envoyer le budget"),
                                     QStringLiteral("2027-03-20 Projet B Rappeler la mairie"),
                                     QStringLiteral("2027-04-02 Projet A Visiter le local")}));
        QCOMPARE(m_store->openNextSteps(QDate(2027, 3, 15), QDate(2027, 3, 31)).size(), 1);
        const QList<ProjectCard> cards = m_store->cards();
        QCOMPARE(cards.at(0).nextStep, QStringLiteral("Envoyer le budget"));
        QVERIFY(cards.at(0).isLate(Clock::today()));
        QCOMPARE(cards.at(1).nextStep, QStringLiteral("Rappeler la mairie"));
        QVERIFY(!cards.at(1).isLate(Clock::today()));
        // A step without a due date shows only when none has one.
        for (const auto &[step, due] : {std::pair{"Trouver un local", QDate()}, std::pair{"Signer le bail", QDate(2027, 5, 1)}}) {
            ProjectInteraction i;
            i.projectId = b.id;
            i.date = QDate(2027, 3, 6);
            i.nextStep = QString::fromUtf8(step);
            i.nextStepDue = due;
            QVERIFY(m_store->saveInteraction(i));
        }
        QCOMPARE(m_store->cards().at(1).nextStep, QStringLiteral("Rappeler la mairie"));
        Project c = makeProject(QStringLiteral("Projet C"), SocialAction, QStringLiteral("59392"));
        QVERIFY(m_store->save(c));
        ProjectInteraction undated;
        undated.projectId = c.id;
        undated.date = QDate(2027, 3, 7);
        undated.nextStep = QStringLiteral("Trouver des porteurs");
        QVERIFY(m_store->saveInteraction(undated));
        QCOMPARE(m_store->cards().at(2).nextStep, QStringLiteral("Trouver des porteurs"));
        QVERIFY(!m_store->cards().at(2).nextStepDue.isValid());
    }

    void callsNameWhoMayApply()
    {
        const qint64 farm = addActor(QStringLiteral("Ferme coopérative"), Farming, QStringLiteral("59036"), QStringLiteral("cooperative"));
        const qint64 chantier = addActor(QStringLiteral("Chantier nature"), InsertionWorkshops, QStringLiteral("59392"));
        addActor(QStringLiteral("Ressourcerie"), Reuse, QStringLiteral("59392"));
        addActor(QStringLiteral("Jardinerie"), Farming, QStringLiteral("59036"), QStringLiteral("hors_champ"));
        Project legumerie = makeProject(QStringLiteral("Légumerie"), Farming, QStringLiteral("59481"), Project::Stage::Feasibility);
        Project garage = makeProject(QStringLiteral("Garage"), Insertion, QStringLiteral("59249"), Project::Stage::Emergence);
        Project stopped = makeProject(QStringLiteral("Abandonné"), Farming, QStringLiteral("59481"), Project::Stage::Abandoned);
        QVERIFY(m_store->save(legumerie) && m_store->save(garage) && m_store->save(stopped));
        AccompanimentReader reader(m_db->connectionName());
        using C = AccompanimentReader::Candidate;

        CallForProjects rural;
        rural.funder = QStringLiteral("Région");
        rural.title = QStringLiteral("Rural");
        rural.sectors = {QStringLiteral("agriculture et circuits courts")};
        rural.territory = QStringLiteral("Hauts-de-France");
        QCOMPARE(reader.eligible(rural), (QList<C>{{C::Kind::Project, legumerie.id, QStringLiteral("Légumerie")},
                                                   {C::Kind::Actor, farm, QStringLiteral("Ferme coopérative")}}));
        rural.families = {QStringLiteral("association")};
        QCOMPARE(reader.eligible(rural), (QList<C>{{C::Kind::Project, legumerie.id, QStringLiteral("Légumerie")}}));

        // A parent sector names its sub-sectors; the territory here is an EPCI.
        CallForProjects insertion;
        insertion.funder = QStringLiteral("FSE+");
        insertion.title = QStringLiteral("Inclusion");
        insertion.sectors = {QStringLiteral("Insertion par l'activité économique")};
        insertion.territory = QStringLiteral("CA Maubeuge Val de Sambre");
        QCOMPARE(reader.eligible(insertion), (QList<C>{{C::Kind::Actor, chantier, QStringLiteral("Chantier nature")}}));
        insertion.territory.clear();
        QCOMPARE(reader.eligible(insertion), (QList<C>{{C::Kind::Project, garage.id, QStringLiteral("Garage")},
                                                       {C::Kind::Actor, chantier, QStringLiteral("Chantier nature")}}));

        QList<CallForProjects> calls{insertion};
        QVERIFY(m_store->addCalls(calls));
        FundingRequest answer;
        answer.projectId = garage.id;
        answer.funderName = QStringLiteral("FSE+");
        answer.callId = calls.first().id;
        QVERIFY(m_store->saveFunding(answer));
        QCOMPARE(reader.applicants(calls.first().id), (QList<C>{{C::Kind::Project, garage.id, QStringLiteral("Garage")}}));
    }

    void theReportAddsUpFunding()
    {
        const qint64 fondation = addActor(QStringLiteral("Fondation Lemoine"), SocialAction, QStringLiteral("59265"), QStringLiteral("fondation"));
        Clock::setFixed(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        Project a = makeProject(QStringLiteral("A"), Farming, QStringLiteral("59392"));
        Project b = makeProject(QStringLiteral("B"), Reuse, QStringLiteral("59249"));
        Project c = makeProject(QStringLiteral("C"), Reuse, QStringLiteral("59249"));
        a.jobsExpected = 3;
        b.jobsExpected = 5;
        b.jobsCreated = 4;
        c.jobsExpected = 7;
        QVERIFY(m_store->save(a) && m_store->save(b) && m_store->save(c));
        // In 2027: B founded in June; A seen in a meeting; C untouched.
        b.stages << Project::StageChange{Project::Stage::Creation, QDate(2027, 6, 10)};
        b.stage = Project::Stage::Creation;
        QVERIFY(m_store->save(b));
        ProjectInteraction meeting;
        meeting.projectId = a.id;
        meeting.date = QDate(2027, 2, 3);
        meeting.notes = QStringLiteral("Premier rendez-vous");
        QVERIFY(m_store->saveInteraction(meeting));

        QList<CallForProjects> calls(1);
        calls[0].funder = QStringLiteral("Région");
        calls[0].title = QStringLiteral("Initiatives rurales");
        QVERIFY(m_store->addCalls(calls));
        const struct { qint64 project; qint64 funderActor; const char *funder; qint64 asked; qint64 granted;
                       FundingRequest::Status status; QDate submitted; QDate decided; qint64 call; } requests[] = {
            {a.id, fondation, "", 1000000, 0, FundingRequest::Status::Submitted, QDate(2027, 2, 10), QDate(), 0},
            {b.id, fondation, "", 2000000, 1500000, FundingRequest::Status::Granted, QDate(2027, 1, 5), QDate(2027, 5, 2), 0},
            {b.id, 0, "Région Hauts-de-France", 3000000, 2500050, FundingRequest::Status::Granted, QDate(2027, 3, 1), QDate(2027, 7, 1), calls[0].id},
            {c.id, 0, "Région Hauts-de-France", 500000, 0, FundingRequest::Status::Refused, QDate(2026, 10, 1), QDate(2026, 12, 1), 0},
        };
        for (const auto &r : requests) {
            FundingRequest f;
            f.projectId = r.project;
            f.funderActorId = r.funderActor;
            f.funderName = QString::fromUtf8(r.funder);
            f.askedCents = r.asked;
            f.grantedCents = r.granted;
            f.status = r.status;
            f.submittedOn = r.submitted;
            f.decidedOn = r.decided;
            f.callId = r.call;
            QVERIFY(m_store->saveFunding(f));
        }
        AccompanimentReader reader(m_db->connectionName());
        const AccompanimentReportData data = reader.report(QDate(2027, 1, 1), QDate(2027, 12, 31));
        // By hand: accompanied A (meeting) and B (stage change); founded B.
        QCOMPARE(data.figures.projects, 2);
        QCOMPARE(data.figures.founded, 1);
        QCOMPARE(data.figures.jobsExpected, 3 + 5);
        QCOMPARE(data.figures.jobsCreated, 4);
        QCOMPARE(data.figures.fundingGrantedCents, qint64(1500000 + 2500050));
        QCOMPARE(data.funders.size(), 2);
        QCOMPARE(data.funders.at(0).name, QStringLiteral("Région Hauts-de-France"));
        QCOMPARE(data.funders.at(0).requests, 1); // C's refusal was decided in 2026
        QCOMPARE(data.funders.at(0).askedCents, qint64(3000000));
        QCOMPARE(data.funders.at(0).grantedCents, qint64(2500050));
        QCOMPARE(data.funders.at(1).name, QStringLiteral("Fondation Lemoine"));
        QCOMPARE(data.funders.at(1).requests, 2);
        QCOMPARE(data.funders.at(1).askedCents, qint64(3000000));
        QCOMPARE(data.funders.at(1).grantedCents, qint64(1500000));
        QCOMPARE(data.calls.size(), 1);
        QCOMPARE(data.calls.first().title, QStringLiteral("Initiatives rurales"));
        QCOMPARE(data.calls.first().grantedCents, qint64(2500050));
        QCOMPARE(data.atEnd.value(Project::Stage::Idea), 2);
        QCOMPARE(data.atEnd.value(Project::Stage::Creation), 1);
        QCOMPARE(data.entered.value(Project::Stage::Creation), 1);
        QCOMPARE(data.entered.value(Project::Stage::Idea), 0);
        QCOMPARE(data.journal.size(), 1);
        QCOMPARE(data.journal.first().project, QStringLiteral("A"));
        QCOMPARE(data.bySector.size(), 2);
        QCOMPARE(data.bySector.first().projects, 1);
        // The year before saw the three projects created.
        QCOMPARE(reader.yearFigures(2026).projects, 3);
        QCOMPARE(reader.yearFigures(2026).founded, 0);
    }

    void cardsComeInFrenchReadingOrder()
    {
        for (const char *name : {"Projet n°10", "Zèbre solidaire", "projet n°2", "Épicerie mobile", "Atelier vélo", "ecolieu"}) {
            Project p = makeProject(QString::fromUtf8(name), SocialAction, QStringLiteral("59392"));
            QVERIFY(m_store->save(p));
        }
        const auto names = [this] {
            QStringList result;
            for (const ProjectCard &card : m_store->cards())
                result << card.name;
            return result;
        };
        QCOMPARE(names(), (QStringList{QStringLiteral("Atelier vélo"), QStringLiteral("ecolieu"), QStringLiteral("Épicerie mobile"),
                                       QStringLiteral("projet n°2"), QStringLiteral("Projet n°10"), QStringLiteral("Zèbre solidaire")}));
        // A new name takes its new place.
        Project renamed = *m_store->project(m_store->cards().constLast().id);
        renamed.name = QStringLiteral("Bricothèque");
        QVERIFY(m_store->save(renamed));
        QCOMPARE(names().at(1), QStringLiteral("Bricothèque"));
        // The table model sorts names by that order: the rank of the card.
        ProjectTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setCards(m_store->cards());
        QCOMPARE(model.index(3, ProjectTableModel::Name).data(ProjectTableModel::SortRole).toInt(), 3);
    }

    void theReportKeepsTheLatestJournalEntries()
    {
        Project p = makeProject(QStringLiteral("Projet suivi"), SocialAction, QStringLiteral("59392"));
        QVERIFY(m_store->save(p));
        const int entries = AccompanimentReportData::JournalLimit + 5;
        for (int i = 0; i < entries; ++i) {
            ProjectInteraction entry;
            entry.projectId = p.id;
            entry.date = QDate(2026, 1, 1).addDays(i);
            entry.notes = QStringLiteral("Entretien %1").arg(i);
            QVERIFY(m_store->saveInteraction(entry));
        }
        const AccompanimentReportData data = AccompanimentReader(m_db->connectionName()).report(QDate(2026, 1, 1), QDate(2027, 12, 31));
        QCOMPARE(data.journalTotal, entries);
        QCOMPARE(data.journal.size(), AccompanimentReportData::JournalLimit);
        // The five oldest are left out; the rest reads in date order.
        QCOMPARE(data.journal.first().notes, QStringLiteral("Entretien 5"));
        QCOMPARE(data.journal.first().date, QDate(2026, 1, 6));
        QCOMPARE(data.journal.last().notes, QStringLiteral("Entretien %1").arg(entries - 1));
        for (int i = 1; i < data.journal.size(); ++i)
            QVERIFY(data.journal.at(i - 1).date <= data.journal.at(i).date);
    }

    void aPlanIndicatorCountsTheProjectsOfItsPeriod()
    {
        // C was seen in June 2026 only; A and B are created (so accompanied) on 15 March 2027.
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        Project c = makeProject(QStringLiteral("C"), Reuse, QStringLiteral("59249"));
        c.jobsExpected = 7;
        QVERIFY(m_store->save(c));
        Clock::setFixed(QDateTime(QDate(2027, 3, 15), QTime(9, 0), Qt::UTC));
        Project a = makeProject(QStringLiteral("A"), Farming, QStringLiteral("59392"));
        a.jobsExpected = 3;
        Project b = makeProject(QStringLiteral("B"), Reuse, QStringLiteral("59249"), Project::Stage::Creation);
        b.jobsExpected = 5;
        b.jobsCreated = 4;
        QVERIFY(m_store->save(a) && m_store->save(b));
        const struct { qint64 project; qint64 granted; QDate decided; } grants[] = {
            {b.id, 200050, QDate(2027, 2, 1)}, // 2,000.50 euros in 2027
            {c.id, 100000, QDate(2026, 12, 1)},
        };
        for (const auto &g : grants) {
            FundingRequest f;
            f.projectId = g.project;
            f.funderName = QStringLiteral("Fondation");
            f.askedCents = g.granted;
            f.grantedCents = g.granted;
            f.status = FundingRequest::Status::Granted;
            f.decidedOn = g.decided;
            QVERIFY(m_store->saveFunding(f));
        }

        PlanStore plans(m_db->connectionName());
        const auto addPlan = [&plans](const QString &name, const QString &start, const QString &end) -> qint64 {
            Plan plan{0, name, start, end};
            if (!plans.savePlan(plan))
                return 0;
            PlanItem action;
            action.planId = plan.id;
            action.title = QStringLiteral("Accompagner les porteurs de projet");
            using S = PlanIndicator::Source;
            for (const S source : {S::ProjectsAccompanied, S::ProjectsFounded, S::JobsExpected, S::JobsCreated, S::FundingGranted, S::Manual}) {
                PlanIndicator indicator;
                indicator.label = PlanVocabulary::indicatorSourceLabel(source);
                indicator.source = source;
                indicator.achieved = 12; // what a counted indicator had typed is not kept
                action.indicators << indicator;
            }
            return plans.insertItem(action) ? action.id : 0;
        };
        const qint64 in2027 = addPlan(QStringLiteral("Plan 2027"), QStringLiteral("2027-01"), QStringLiteral("2027-12"));
        const qint64 in2026 = addPlan(QStringLiteral("Plan 2026"), QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"));
        QVERIFY(in2027 && in2026);
        const auto achieved = [&plans](qint64 itemId) {
            QList<std::optional<double>> values;
            const std::optional<PlanItem> item = plans.item(itemId);
            for (const PlanIndicator &indicator : item->indicators)
                values << indicator.achieved;
            return values;
        };
        // By hand, 2027: A and B accompanied, B founded, 3 + 5 jobs expected,
        // 4 created, 2,000.50 granted; the hand-typed indicator keeps its 12.
        QCOMPARE(achieved(in2027), (QList<std::optional<double>>{2.0, 1.0, 8.0, 4.0, 2000.5, 12.0}));
        // 2026: C only, founded none, its grant of December.
        QCOMPARE(achieved(in2026), (QList<std::optional<double>>{1.0, 0.0, 7.0, 0.0, 1000.0, 12.0}));
        QCOMPARE(plans.item(in2027)->indicators.first().source, PlanIndicator::Source::ProjectsAccompanied);

        // Updated by itself: a project founded later counts at the next reading.
        a.stages << Project::StageChange{Project::Stage::Creation, QDate(2027, 4, 2)};
        a.stage = Project::Stage::Creation;
        a.jobsCreated = 2;
        QVERIFY(m_store->save(a));
        QCOMPARE(achieved(in2027), (QList<std::optional<double>>{2.0, 2.0, 8.0, 6.0, 2000.5, 12.0}));

        // The progress report says a value is counted, and over which period.
        PublicationStore publications(m_db->connectionName());
        QString error;
        const auto report = DocumentFactory(m_db->connectionName(), &publications)
                                .planReport(plans.item(in2027)->planId, QDate(2027, 1, 1), QDate(2027, 3, 31), &error);
        QVERIFY2(report, qPrintable(error));
        const QString pdf = m_dir.filePath(QStringLiteral("counted.pdf"));
        QVERIFY2(DocumentOutput::writePdf(*report, report->defaultPageLayout(), pdf, &error) > 0, qPrintable(error));
        const QString text = TestSupport::pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Projects founded (Output, counted from the projects over the plan's period) — 2")), qPrintable(text));
    }

    void callsImportFromAFrenchSpreadsheet()
    {
        const QString text = QStringLiteral(
            "funder;title;sectors;families;opens;closes;amount;url\r\n"
            "Région Hauts-de-France;Initiatives solidaires;\"Alimentation, Mobilité\";\"association, Coopératives\";01/02/2027;2027-03-31;50 000;https://example.org/a\r\n"
            "France Active;Fonds de confiance;;;;31/05/2027;120 000,50;\r\n");
        QStringEncoder latin(QStringEncoder::Latin1);
        CallsCsvReader reader;
        QVERIFY2(reader.readData(latin.encode(text), QStringLiteral("appels.csv")), qPrintable(reader.errorString()));
        const QList<CallForProjects> calls = reader.calls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).funder, QStringLiteral("Région Hauts-de-France"));
        QCOMPARE(calls.at(0).sectors, (QStringList{QStringLiteral("Alimentation"), QStringLiteral("Mobilité")}));
        QCOMPARE(calls.at(0).families, (QStringList{QStringLiteral("association"), QStringLiteral("cooperative")}));
        QCOMPARE(calls.at(0).opensOn, QDate(2027, 2, 1));
        QCOMPARE(calls.at(0).closesOn, QDate(2027, 3, 31));
        QCOMPARE(calls.at(0).amountCents, std::optional<qint64>(5000000));
        QCOMPARE(calls.at(1).amountCents, std::optional<qint64>(12000050));
        QVERIFY(!calls.at(1).opensOn.isValid());
    }

    void aBadCallsFileImportsNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString header = QStringLiteral("funder,title,sectors,families,opens,closes,amount,url\n");
        QTest::newRow("bad date") << header + QStringLiteral("A,B,,,,2027-02-30,,\n")
                                  << QStringLiteral("Line 2: “2027-02-30” is not a date; write 2027-03-31 or 31/03/2027. Nothing was imported; correct the file and import it again.");
        QTest::newRow("bad family") << header + QStringLiteral("A,B,,,,2027-03-01,,\nC,D,,banque,,2027-03-01,,\n")
                                    << QStringLiteral("Line 3: “banque” is not an ESS family (association, cooperative, mutuelle, fondation, societe_commerciale, hors_champ). Nothing was imported; correct the file and import it again.");
        QTest::newRow("bad amount") << header + QStringLiteral("A,B,,,,2027-03-01,cinquante,\n")
                                    << QStringLiteral("Line 2: “cinquante” is not an amount in euros; write 50 000 or 120 000,50. Nothing was imported; correct the file and import it again.");
        QTest::newRow("closes before it opens") << header + QStringLiteral("A,B,,,2027-04-01,2027-03-01,,\n")
                                                << QStringLiteral("Line 2: the call closes before it opens. Nothing was imported; correct the file and import it again.");
        QTest::newRow("no closing column") << QStringLiteral("funder,title\nA,B\n")
                                           << QStringLiteral("Line 1: the column “closes” is missing (expected: funder;title;sectors;families;opens;closes;amount;url). Nothing was imported; correct the file and import it again.");
    }

    void aBadCallsFileImportsNothing()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        CallsCsvReader reader;
        QVERIFY(!reader.readData(text.toUtf8(), QStringLiteral("appels.csv")));
        QCOMPARE(reader.errorString(), error);
        QVERIFY(reader.calls().isEmpty());
    }

    void commandLine()
    {
        const qint64 holder = addContact(QStringLiteral("Karim"), QStringLiteral("Benali"));
        const qint64 cae = addActor(QStringLiteral("CAE Sambre"), Insertion, QStringLiteral("59392"));
        Project garage = makeProject(QStringLiteral("Garage solidaire"), Insertion, QStringLiteral("59249"), Project::Stage::Emergence);
        garage.holderIds = {holder};
        garage.accompaniers = {{cae, QString(), QString()}};
        garage.jobsExpected = 4;
        Project epicerie = makeProject(QStringLiteral("Épicerie; mobile"), SocialAction, QStringLiteral("59384"));
        QVERIFY(m_store->save(garage) && m_store->save(epicerie));
        ProjectInteraction call;
        call.projectId = garage.id;
        call.date = QDate(2027, 3, 1);
        call.nextStep = QStringLiteral("Envoyer le budget");
        call.nextStepDue = QDate(2027, 3, 31);
        QVERIFY(m_store->saveInteraction(call));
        FundingRequest grant;
        grant.projectId = garage.id;
        grant.funderName = QStringLiteral("Région Hauts-de-France");
        grant.askedCents = 3000000;
        grant.grantedCents = 2500050;
        grant.status = FundingRequest::Status::Granted;
        grant.submittedOn = QDate(2027, 2, 1);
        grant.decidedOn = QDate(2027, 3, 10);
        QVERIFY(m_store->saveFunding(grant));
        Actor withFigures = TestSupport::makeActor(QStringLiteral("Employeur"), QStringLiteral("59392"));
        withFigures.figures = {YearFigures{2027, 3, {}, {}, {}, {}}};
        QVERIFY(m_actors->save(withFigures));
        closeDatabase();

        const QString home = m_dir.filePath(QStringLiteral("home"));
        auto run = [&](const QStringList &args) {
            return TestSupport::runEssaim(home, QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_path} + args);
        };
        const auto all = run({QStringLiteral("projects"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(all.code, 0);
        QCOMPARE(all.out, QStringLiteral(
            "id;name;stage;stage_since;sector;commune;holders;accompanied_by;next_step;next_step_due;jobs_expected;jobs_created\r\n"
            "2;\"Épicerie; mobile\";idea;2027-03-15;Action sociale;Maroilles;;;;;0;0\r\n"
            "1;Garage solidaire;emergence;2027-03-15;Insertion par l'activité économique;Fourmies;Karim Benali;CAE Sambre;Envoyer le budget;2027-03-31;4;0\r\n"));
        const auto emerging = run({QStringLiteral("projects"), QStringLiteral("--stage"), QStringLiteral("emergence")});
        QCOMPARE(emerging.code, 0);
        QCOMPARE(emerging.out.count(QLatin1String("\r\n")), 2);
        const auto badStage = run({QStringLiteral("projects"), QStringLiteral("--stage"), QStringLiteral("done")});
        QCOMPARE(badStage.code, 2);
        QCOMPARE(badStage.err.trimmed(), QStringLiteral("essaim: the stage “done” is not known; use idea|emergence|feasibility|creation|consolidation|abandoned."));

        const QString good = m_dir.filePath(QStringLiteral("calls.csv"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("funder;title;sectors;families;opens;closes;amount;url\nR\xe9gion;Appel \xe0 projets;;;;31/03/2027;50 000;\n");
        f.close();
        const auto imported = run({QStringLiteral("import"), QStringLiteral("calls"), good});
        QCOMPARE(imported.code, 0);
        QCOMPARE(imported.out.trimmed(), QStringLiteral("1 call(s) for projects imported."));
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("funder;title;closes\nA;B;2027-03-01\nC;D;demain\n");
        b.close();
        const auto refused = run({QStringLiteral("import"), QStringLiteral("calls"), bad});
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.err.trimmed(), QStringLiteral("essaim: Line 3: “demain” is not a date; write 2027-03-31 or 31/03/2027. Nothing was imported; correct the file and import it again."));

        // The observatory's figures carry the year's accompaniment.
        const auto stats = run({QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(stats.code, 0);
        const QJsonObject accompaniment = QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("accompaniment")).toObject();
        QCOMPARE(accompaniment.value(QStringLiteral("projects")).toInt(), 2);
        QCOMPARE(accompaniment.value(QStringLiteral("founded")).toInt(), 0);
        QCOMPARE(accompaniment.value(QStringLiteral("jobs_expected")).toInt(), 4);
        QCOMPARE(accompaniment.value(QStringLiteral("jobs_created")).toInt(), 0);
        QCOMPARE(accompaniment.value(QStringLiteral("funding_granted")).toDouble(), 25000.50);

        // The steering committee's report, in French.
        const QString pdf = m_dir.filePath(QStringLiteral("accompagnement.pdf"));
        const auto printed = TestSupport::runEssaim(home, {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), m_path,
                                                           QStringLiteral("print"), QStringLiteral("accompaniment"), QStringLiteral("--from"),
                                                           QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-12-31"),
                                                           QStringLiteral("-o"), pdf});
        QCOMPARE(printed.code, 0);
        const QString text = TestSupport::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Région Hauts-de-France")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("30 000,00 €")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("25 000,50 €")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Envoyer le budget")), qPrintable(text));
        const auto reversed = run({QStringLiteral("print"), QStringLiteral("accompaniment"), QStringLiteral("--from"), QStringLiteral("2027-12-31"),
                                   QStringLiteral("--to"), QStringLiteral("2027-01-01"), QStringLiteral("-o"), pdf});
        QCOMPARE(reversed.code, 1);
        QCOMPARE(reversed.err.trimmed(), QStringLiteral("essaim: the period ends on 2027-01-01, before it starts on 2027-12-31."));

        // The projects' tables pass SQLite's own integrity check.
        const auto check = run({QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.err));

        Database db;
        QVERIFY(db.open(m_path));
        ProjectStore store(db.connectionName());
        QCOMPARE(store.calls().size(), 1);
        QCOMPARE(store.calls().first().title, QStringLiteral("Appel à projets"));
    }
};

// A QGuiApplication: the progress report is laid out with fonts.
QTEST_MAIN(TestProjects)
#include "tst_projects.moc"
