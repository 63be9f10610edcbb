#pragma once

#include "actor.h"

#include <QUndoCommand>

class ActorStore;

/// Creation of an actor. Undo deletes it for good; redo recreates it with
/// the same id, contacts and figures.
class CreateActorCommand : public QUndoCommand
{
public:
    /// @p actor was already saved by the caller (so errors show before the
    /// command exists); the first redo() does nothing.
    CreateActorCommand(ActorStore *store, const Actor &actor, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ActorStore *m_store;
    Actor m_actor;
    bool m_firstRedo = true;
};
