#pragma once

#include "models/domain/actor.h"

#include "storecommand.h"

class ActorStore;

/// Creation of an actor. Undo deletes it for good; redo recreates it with
/// the same id, contacts and figures.
class CreateActorCommand : public StoreCommand
{
public:
    /// @p actor is saved by applyNow(), which gives it its id (actor()).
    CreateActorCommand(ActorStore *store, const Actor &actor, QUndoCommand *parent = nullptr);
    /// The actor as saved, with its id.
    Actor actor() const { return m_actor; }


protected:
    bool apply() override;
    bool revert() override;

private:
    ActorStore *m_store;
    Actor m_actor;
};
