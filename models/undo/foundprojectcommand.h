#pragma once

#include "models/domain/actor.h"
#include "models/domain/project.h"

#include "storecommand.h"

class ProjectFounder;

/// The founding of a project (see ProjectFounder): undo puts the project
/// back as it was and deletes the actor it created; redo founds it again
/// with the same actor id.
class FoundProjectCommand : public StoreCommand
{
public:
    FoundProjectCommand(ProjectFounder *founder, const Project &before, const Actor &actor, const QDate &on,
                        QUndoCommand *parent = nullptr);

    Project after() const { return m_after; }
    qint64 actorId() const { return m_actor.id; }


protected:
    /// The actor's id, once given, is kept: redo recreates the same row.
    bool apply() override;
    bool revert() override;

private:
    ProjectFounder *m_founder;
    Project m_before;
    Project m_after;
    Actor m_actor;
    QDate m_on;
    bool m_createsActor;
};
