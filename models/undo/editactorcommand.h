#pragma once

#include "models/domain/actor.h"

#include "storecommand.h"

class ActorStore;

/// A change to an actor (any fields, contacts, figures, archiving): undo
/// writes the whole previous state back, redo the new one.
class EditActorCommand : public StoreCommand
{
public:
    /// @p after was already saved by the caller; the first redo() does nothing.
    EditActorCommand(ActorStore *store, const Actor &before, const Actor &after, const QString &text,
                     QUndoCommand *parent = nullptr);


protected:
    bool apply() override;
    bool revert() override;

private:
    ActorStore *m_store;
    Actor m_before;
    Actor m_after;
};
