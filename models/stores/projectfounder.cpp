#include "projectfounder.h"

#include "actorstore.h"
#include "models/domain/projectvocabulary.h"
#include "models/storage/transaction.h"
#include "projectstore.h"

ProjectFounder::ProjectFounder(ActorStore *actors, ProjectStore *projects)
    : m_actors(actors)
    , m_projects(projects)
{
}

Actor ProjectFounder::actorFor(const Project &project, const QString &communeName, const QDate &on)
{
    Actor actor;
    actor.name = project.name;
    actor.description = project.summary;
    actor.sectorId = project.sectorId;
    actor.communeInsee = project.communeInsee;
    actor.communeName = communeName;
    if (!project.family.isEmpty())
        actor.family = project.family;
    actor.creationYear = on.year();
    actor.employer = project.jobsCreated > 0;
    return actor;
}

bool ProjectFounder::found(Project &project, Actor &actor, const QDate &on, bool createActor)
{
    const QString failure = tr("The project “%1” could not be founded").arg(project.name);
    Transaction transaction(m_projects->connectionName());
    if (!transaction.isActive()) {
        m_error = tr("%1 (%2).").arg(failure, transaction.errorString());
        return false;
    }
    if (createActor && !m_actors->writeInTransaction(actor)) {
        m_error = m_actors->errorString();
        return false;
    }
    project.actorId = actor.id;
    if (!ProjectVocabulary::isFounded(project.stage)) {
        project.stage = Project::Stage::Creation;
        project.stages << Project::StageChange{Project::Stage::Creation, on};
    }
    if (!project.foundedOn.isValid())
        project.foundedOn = on;
    if (!m_projects->saveInTransaction(project)) {
        m_error = m_projects->errorString();
        return false;
    }
    if (!transaction.commit()) {
        m_error = tr("%1 (%2).").arg(failure, transaction.errorString());
        return false;
    }
    m_actors->notifyReset();
    m_projects->notifyChanged();
    return true;
}

bool ProjectFounder::unfound(const Project &before, qint64 actorId, bool actorCreated)
{
    Transaction transaction(m_projects->connectionName());
    Project project = before;
    if (!transaction.isActive() || !m_projects->saveInTransaction(project)
        || (actorCreated && !m_actors->removeInTransaction(actorId)) || !transaction.commit()) {
        m_error = tr("The founding of “%1” could not be undone.").arg(before.name);
        return false;
    }
    m_actors->notifyReset();
    m_projects->notifyChanged();
    return true;
}
