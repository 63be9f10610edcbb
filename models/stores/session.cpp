#include "session.h"

#include "actorstore.h"
#include "agendataskreader.h"
#include "eventstore.h"
#include "observatorystore.h"
#include "planstore.h"
#include "projectstore.h"
#include "publicationstore.h"
#include "referencefigurestore.h"
#include "referencestore.h"
#include "sectorstore.h"

bool Session::open(const QString &path, Database::OpenMode mode)
{
    releaseStores();
    if (!m_database->open(path, mode))
        return false;
    reloadStores();
    return true;
}

Session::Session()
    : m_database(std::make_unique<Database>())
{
}

Session::~Session()
{
    // The stores name the connection: they go before the database closes it.
    releaseStores();
    m_database.reset();
}

void Session::releaseStores()
{
    m_agendaTasks.reset();
    m_publications.reset();
    m_projects.reset();
    m_plans.reset();
    m_events.reset();
    m_observatory.reset();
    m_referenceFigures.reset();
    m_sectors.reset();
    m_actors.reset();
    m_references.reset();
}

void Session::reloadStores()
{
    releaseStores();
    const QString connection = m_database->connectionName();
    m_references = std::make_unique<ReferenceStore>(connection);
    m_actors = std::make_unique<ActorStore>(connection);
    m_sectors = std::make_unique<SectorStore>(connection);
    m_referenceFigures = std::make_unique<ReferenceFigureStore>(connection);
    m_observatory = std::make_unique<ObservatoryStore>(connection);
    m_events = std::make_unique<EventStore>(connection);
    m_plans = std::make_unique<PlanStore>(connection);
    m_projects = std::make_unique<ProjectStore>(connection);
    m_publications = std::make_unique<PublicationStore>(connection);
    m_agendaTasks = std::make_unique<AgendaTaskReader>(connection);
}
