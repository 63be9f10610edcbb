#pragma once

#include "actor.h"
#include "project.h"

#include <QUndoCommand>

class ProjectFounder;

/// The founding of a project (see ProjectFounder): undo puts the project
/// back as it was and deletes the actor it created; redo founds it again
/// with the same actor id.
class FoundProjectCommand : public QUndoCommand
{
public:
    FoundProjectCommand(ProjectFounder *founder, const Project &before, const Actor &actor, const QDate &on,
                        QUndoCommand *parent = nullptr);

    /// Founds now, so a failure is told before the command goes on the stack.
    bool applyNow();
    Project after() const { return m_after; }
    qint64 actorId() const { return m_actor.id; }

    void undo() override;
    void redo() override;

private:
    ProjectFounder *m_founder;
    Project m_before;
    Project m_after;
    Actor m_actor;
    QDate m_on;
    bool m_createsActor;
    bool m_skipRedo = false;
};
