#include "demoprojectsbuilder.h"

#include "models/domain/clock.h"
#include "models/storage/transaction.h"
#include "models/stores/demostore.h"
#include "models/stores/projectstore.h"

#include <QVariant>

namespace {

struct DemoProject {
    const char *name;
    const char *summary;
    const char *sector;
    const char *insee;
    const char *family;
    Project::Stage stage;
    int startedDaysAgo; ///< entered the first stage
    int jobsExpected;
    int jobsCreated;
    int budgetEuros;
    const char *holderFirst;
    const char *holderLast;
    const char *accompanier;
    const char *role;
};

using S = Project::Stage;
// Twenty projects of the Sambre-Avesnois fabrique à initiatives, at every stage.
const DemoProject projects[] = {
    {"Épicerie mobile du Bocage", "Une épicerie itinérante pour les villages sans commerce.", "Action sociale", "59384", "association", S::Idea, 40, 2, 0, 60000, "Léa", "Marchand", "Coopérative d'Activités Sambre Entreprendre", "accompagnement au montage"},
    {"Garage solidaire de Fourmies", "Réparation de véhicules à prix réduit pour les personnes en insertion.", "Insertion par l'activité économique", "59249", "association", S::Emergence, 200, 4, 0, 180000, "Karim", "Benali", "Coopérative d'Activités Sambre Entreprendre", "étude de marché"},
    {"Conciergerie rurale de Mormal", "Services du quotidien mutualisés pour les salariés de la zone d'activités.", "Services à la personne", "59331", "cooperative", S::Feasibility, 300, 3, 0, 90000, "Sophie", "Lefebvre", "SCOP Compétences et Territoires", "étude de faisabilité"},
    {"Recyclerie du Cœur de l'Avesnois", "Collecte, tri et revente d'objets dans le sud du territoire.", "Recyclage et réemploi", "59036", "association", S::Creation, 340, 6, 4, 240000, "Hervé", "Dumont", "Fonds Territorial d'Initiatives Sambre-Avesnois", "prêt d'honneur"},
    {"Crèche coopérative de Jeumont", "Une SCIC de petite enfance avec les parents et la commune.", "Petite enfance et familles", "59324", "cooperative", S::Consolidation, 360, 8, 7, 420000, "Nadia", "Haddad", "Caisse Solidaire du Hainaut-Avesnois", "financement"},
    {"Café associatif de Bavay", "Un tiers-lieu convivial avec une programmation culturelle.", "Culture", "59053", "association", S::Abandoned, 320, 1, 0, 40000, "Julien", "Moreau", "Coopérative d'Activités Sambre Entreprendre", "accompagnement au montage"},
    {"Légumerie d'insertion du Quesnoy", "Transformer les légumes locaux pour la restauration collective.", "Agriculture et circuits courts", "59481", "association", S::Feasibility, 280, 10, 0, 350000, "Claire", "Dubois", "SCOP Compétences et Territoires", "étude de faisabilité"},
    {"Atelier de couture solidaire", "Retouches et confection, emplois pour des femmes éloignées de l'emploi.", "Insertion par l'activité économique", "59392", "association", S::Emergence, 150, 3, 0, 70000, "Fatima", "Ouali", "Coopérative d'Activités Sambre Entreprendre", "test d'activité"},
    {"Centrale villageoise solaire", "Panneaux photovoltaïques citoyens sur les toits publics.", "Énergie et transition écologique", "59151", "cooperative", S::Creation, 330, 1, 1, 500000, "Bernard", "Leroy", "Caisse Solidaire du Hainaut-Avesnois", "financement"},
    {"Habitat inclusif de Maubeuge", "Colocation accompagnée pour des personnes handicapées.", "Habitat", "59392", "association", S::Idea, 25, 2, 0, 0, "Isabelle", "Fontaine", "Fonds Territorial d'Initiatives Sambre-Avesnois", "orientation"},
    {"Ressourcerie du sport", "Réemploi de matériel sportif pour les clubs et les familles.", "Sport", "59291", "association", S::Emergence, 120, 2, 0, 30000, "Thomas", "Girard", "Coopérative d'Activités Sambre Entreprendre", "accompagnement au montage"},
    {"Auto-partage rural", "Des voitures partagées entre habitants de trois villages.", "Environnement et recyclage", "59464", "association", S::Idea, 10, 1, 0, 25000, "Marion", "Petit", "SCOP Compétences et Territoires", "orientation"},
    {"Brasserie coopérative de l'Helpe", "Une brasserie artisanale en SCOP avec des salariés repreneurs.", "Agriculture et circuits courts", "59036", "cooperative", S::Consolidation, 365, 5, 5, 300000, "Antoine", "Lambert", "Caisse Solidaire du Hainaut-Avesnois", "financement"},
    {"Maison de santé mutualiste", "Un centre de santé dans un désert médical.", "Santé", "59525", "mutuelle", S::Feasibility, 250, 9, 0, 800000, "Hélène", "Roux", "Fonds Territorial d'Initiatives Sambre-Avesnois", "étude de faisabilité"},
    {"Bibliothèque d'outils", "Prêt d'outils et ateliers de réparation.", "Recyclage et réemploi", "59225", "association", S::Creation, 300, 2, 2, 35000, "Lucas", "Garnier", "Coopérative d'Activités Sambre Entreprendre", "accompagnement au montage"},
    {"Chantier d'insertion forestier", "Entretien des forêts et du bocage avec des salariés en insertion.", "Ateliers et chantiers d'insertion", "59353", "association", S::Emergence, 180, 12, 0, 450000, "Paul", "Mercier", "SCOP Compétences et Territoires", "étude de marché"},
    {"Plateforme de mobilité solidaire", "Location de scooters et conseil en mobilité pour l'emploi.", "Insertion par l'activité économique", "59249", "association", S::Abandoned, 290, 3, 0, 120000, "Émilie", "Blanc", "Fonds Territorial d'Initiatives Sambre-Avesnois", "orientation"},
    {"Traiteur d'insertion de Hautmont", "Repas pour les associations et les entreprises.", "Entreprises d'insertion et ETTI", "59291", "societe_commerciale", S::Feasibility, 220, 6, 0, 200000, "Samir", "Cherif", "Caisse Solidaire du Hainaut-Avesnois", "financement"},
    {"Ludobus de la Thiérache", "Une ludothèque itinérante pour les communes rurales.", "Éducation populaire et loisirs", "59012", "association", S::Idea, 60, 1, 0, 45000, "Camille", "Henry", "Coopérative d'Activités Sambre Entreprendre", "orientation"},
    {"Fromagerie paysanne coopérative", "Transformer le lait de cinq fermes en maroilles.", "Agriculture et circuits courts", "59053", "cooperative", S::Creation, 350, 4, 3, 380000, "Vincent", "Caron", "Caisse Solidaire du Hainaut-Avesnois", "financement"},
};

} // namespace

DemoProjectsBuilder::DemoProjectsBuilder(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool DemoProjectsBuilder::buildCalls(QList<qint64> *callIds)
{
    const QDate today = Clock::today();
    QList<CallForProjects> calls;
    CallForProjects region;
    region.funder = QStringLiteral("Région Hauts-de-France");
    region.title = QStringLiteral("Initiatives solidaires en territoire rural");
    region.sectors = {QStringLiteral("Agriculture et circuits courts"), QStringLiteral("Action sociale")};
    region.families = {QStringLiteral("association"), QStringLiteral("cooperative")};
    region.territory = QStringLiteral("Hauts-de-France");
    region.amountCents = 5000000;
    region.opensOn = today.addDays(-60);
    region.closesOn = today.addDays(45);
    region.url = QStringLiteral("https://www.hautsdefrance.fr/");
    calls << region;
    CallForProjects europe;
    europe.funder = QStringLiteral("Fonds social européen+");
    europe.title = QStringLiteral("Inclusion active par l'emploi");
    europe.sectors = {QStringLiteral("Insertion par l'activité économique"), QStringLiteral("Ateliers et chantiers d'insertion")};
    europe.amountCents = 12000050;
    europe.opensOn = today.addDays(-200);
    europe.closesOn = today.addDays(-20);
    calls << europe;
    CallForProjects agglomeration;
    agglomeration.funder = QStringLiteral("Agglomération Maubeuge Val de Sambre");
    agglomeration.title = QStringLiteral("Économie circulaire et réemploi");
    agglomeration.sectors = {QStringLiteral("Recyclage et réemploi"), QStringLiteral("Environnement et recyclage")};
    agglomeration.territory = QStringLiteral("CA Maubeuge Val de Sambre");
    agglomeration.amountCents = 3000000;
    agglomeration.opensOn = today.addDays(-10);
    agglomeration.closesOn = today.addDays(80);
    calls << agglomeration;
    ProjectStore store(m_connectionName);
    if (!store.addCalls(calls)) {
        m_error = store.errorString();
        return false;
    }
    for (const CallForProjects &c : calls)
        *callIds << c.id;
    return true;
}

bool DemoProjectsBuilder::buildNeeds(QList<qint64> *needIds)
{
    ProjectStore store(m_connectionName);
    const QDate today = Clock::today();
    const struct { const char *title; const char *kind; const char *source; } needs[] = {
        {"Commerces de proximité absents des villages", "diagnostic", "Diagnostic territorial partagé du Pays de Mormal"},
        {"Mobilité des demandeurs d'emploi", "survey", "Enquête auprès des structures d'insertion"},
        {"Réemploi des objets et des matériaux", "meeting", "Rendez-vous de l'ESS sur l'économie circulaire"},
        {"Accès aux soins en zone rurale", "diagnostic", "Contrat local de santé Sambre-Avesnois"},
    };
    for (const auto &n : needs) {
        Need need;
        need.title = QString::fromUtf8(n.title);
        need.territory = QStringLiteral("Sambre-Avesnois");
        need.sourceKind = QString::fromUtf8(n.kind);
        need.source = QString::fromUtf8(n.source);
        need.notedOn = today.addDays(-400);
        if (!store.saveNeed(need)) {
            m_error = store.errorString();
            return false;
        }
        *needIds << need.id;
    }
    return true;
}

namespace {

// The stages a project went through to reach @p target, dated evenly from
// its start to @p end (abandoned projects gave up after emergence).
QList<Project::StageChange> history(Project::Stage target, const QDate &start, const QDate &end)
{
    QList<Project::Stage> path;
    if (target == S::Abandoned) {
        path = {S::Idea, S::Emergence, S::Abandoned};
    } else {
        for (const S stage : {S::Idea, S::Emergence, S::Feasibility, S::Creation, S::Consolidation}) {
            path << stage;
            if (stage == target)
                break;
        }
    }
    QList<Project::StageChange> result;
    const qint64 span = qMax<qint64>(1, start.daysTo(end));
    for (int i = 0; i < path.size(); ++i)
        result << Project::StageChange{path.at(i), start.addDays(path.size() == 1 ? 0 : span * i / (path.size() - 1))};
    return result;
}

/// A demo project as the coordinator would have entered it, without its
/// holder and accompanier (they are found or written in the database).
Project projectOf(const DemoProject &d, int index, qint64 needId, qint64 sectorId, const QDate &today)
{
    Project p;
    p.name = QString::fromUtf8(d.name);
    p.summary = QString::fromUtf8(d.summary);
    p.sectorId = sectorId;
    p.communeInsee = QString::fromLatin1(d.insee);
    p.family = QString::fromLatin1(d.family);
    p.needId = needId;
    p.stage = d.stage;
    p.createdOn = today.addDays(-d.startedDaysAgo);
    p.stages = history(d.stage, p.createdOn, today.addDays(-qMin(d.startedDaysAgo, 8 + (index * 11) % 70)));
    p.jobsExpected = d.jobsExpected;
    p.jobsCreated = d.jobsCreated;
    p.budgetCents = qint64(d.budgetEuros) * 100;
    return p;
}

/// The journal: a first meeting, a call, then a committee for those that
/// went further; the last entry carries the next step, a few late.
QList<ProjectInteraction> journalOf(const DemoProject &d, const Project &p, int index, const QDate &today)
{
    QList<ProjectInteraction> journal;
    const int entries = 1 + int(p.stages.size());
    for (int e = 0; e < entries; ++e) {
        ProjectInteraction i;
        i.projectId = p.id;
        i.date = p.createdOn.addDays(qMax<qint64>(0, p.createdOn.daysTo(today)) * e / entries);
        i.kind = e == 0 ? ProjectInteraction::Kind::Meeting
                        : (e % 3 == 1 ? ProjectInteraction::Kind::Call : ProjectInteraction::Kind::Committee);
        i.participants = QStringLiteral("%1 %2").arg(QString::fromUtf8(d.holderFirst), QString::fromUtf8(d.holderLast));
        i.notes = e == 0 ? QStringLiteral("Premier rendez-vous : présentation du projet et de ses porteurs.")
                       : QStringLiteral("Point d'étape avec les porteurs.");
        if (e == entries - 1 && d.stage != S::Abandoned && d.stage != S::Consolidation) {
            i.nextStep = d.stage == S::Idea          ? QStringLiteral("Revoir les porteurs avec un premier budget")
                : d.stage == S::Creation                 ? QStringLiteral("Préparer le bilan de la première année")
                                                         : QStringLiteral("Envoyer le dossier de financement");
            i.nextStepDue = today.addDays(index % 4 == 0 ? -6 : 7 + index * 3);
        }
        journal << i;
    }
    return journal;
}

/// A request to the foundation or the Region once past the idea, granted
/// from the creation on; a feasibility study answers one of the calls.
FundingRequest fundingOf(const DemoProject &d, const Project &p, int index, const QList<qint64> &callIds, qint64 foundation)
{
    const qint64 region = 0;
    FundingRequest f;
    f.projectId = p.id;
    const bool granted = d.stage == S::Creation || d.stage == S::Consolidation;
    f.callId = p.sectorId && d.stage == S::Feasibility ? callIds.value(index % callIds.size()) : 0;
    f.funderActorId = index % 2 == 0 ? foundation : region;
    f.funderName = f.funderActorId ? QString() : QStringLiteral("Région Hauts-de-France");
    f.scheme = granted ? QStringLiteral("Aide au démarrage") : QStringLiteral("Aide à l'étude de faisabilité");
    f.askedCents = p.budgetCents / 4;
    f.grantedCents = granted ? p.budgetCents / 5 : 0;
    f.status = granted ? FundingRequest::Status::Granted : FundingRequest::Status::Submitted;
    f.submittedOn = p.stages.value(1).since.isValid() ? p.stages.value(1).since : p.createdOn;
    f.decidedOn = granted ? p.stages.constLast().since : QDate();
    return f;
}

} // namespace

bool DemoProjectsBuilder::build()
{
    m_projects = 0;
    QList<qint64> callIds;
    QList<qint64> needIds;
    if (!buildCalls(&callIds) || !buildNeeds(&needIds))
        return false;
    ProjectStore store(m_connectionName);
    DemoStore demo(m_connectionName);
    const QDate today = Clock::today();
    const qint64 foundation = demo.actorIdByName(QStringLiteral("Fondation Lemoine pour la Santé Rurale"));
    int index = 0;
    for (const DemoProject &d : projects) {
        Project p = projectOf(d, index, needIds.value(index % needIds.size()), demo.sectorIdByName(QString::fromUtf8(d.sector)), today);
        const QString first = QString::fromUtf8(d.holderFirst);
        const QString last = QString::fromUtf8(d.holderLast);
        const qint64 holder = demo.addHolder(first, last, QStringLiteral("%1.%2@exemple.fr").arg(first.toLower(), last.toLower()));
        if (holder == 0) {
            m_error = demo.errorString();
            return false;
        }
        p.holderIds << holder;
        if (const qint64 accompanier = demo.actorIdByName(QString::fromUtf8(d.accompanier)))
            p.accompaniers << Project::Accompanier{accompanier, QString(), QString::fromUtf8(d.role)};
        bool written = store.save(p);
        for (ProjectInteraction &i : journalOf(d, p, index, today))
            written = written && store.saveInteraction(i);
        if (written && d.stage != S::Idea && d.stage != S::Abandoned) {
            FundingRequest f = fundingOf(d, p, index, callIds, foundation);
            written = store.saveFunding(f);
        }
        if (!written) {
            m_error = store.errorString();
            return false;
        }
        ++m_projects;
        ++index;
    }
    return true;
}
