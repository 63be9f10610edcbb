#pragma once

#include "actor.h"

#include <QUndoCommand>

class ActorStore;

/// A change to an actor (any fields, contacts, figures, archiving): undo
/// writes the whole previous state back, redo the new one.
class EditActorCommand : public QUndoCommand
{
public:
    /// @p after was already saved by the caller; the first redo() does nothing.
    EditActorCommand(ActorStore *store, const Actor &before, const Actor &after, const QString &text,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ActorStore *m_store;
    Actor m_before;
    Actor m_after;
    bool m_firstRedo = true;
};
