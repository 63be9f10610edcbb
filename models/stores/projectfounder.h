#pragma once

#include "models/domain/actor.h"
#include "models/domain/project.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class ActorStore;
class ProjectStore;

/// Founds a project in one transaction: creates its actor in the directory
/// from what the project knows (name, sector, commune, ESS family, the year
/// of creation) or links an actor that already exists, and moves the project
/// to the creation stage, linked to that actor. The link reads both ways:
/// Project::actorId, and ProjectStore::projectOfActor() from the directory.
class ProjectFounder
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFounder)

public:
    ProjectFounder(ActorStore *actors, ProjectStore *projects);

    /// The actor a project would become.
    static Actor actorFor(const Project &project, const QString &communeName, const QDate &on);

    /// @p actor is written when @p createActor (its new id written back; an id
    /// already set recreates that row, as a redo does), else linked as it is.
    /// @p project is written back as stored.
    bool found(Project &project, Actor &actor, const QDate &on, bool createActor);
    /// Undoes found(): @p before written back, the actor deleted when
    /// @p actorCreated.
    bool unfound(const Project &before, qint64 actorId, bool actorCreated);

    QString errorString() const { return m_error; }

private:
    ActorStore *m_actors;
    ProjectStore *m_projects;
    QString m_error;
};
