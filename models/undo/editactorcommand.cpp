#include "editactorcommand.h"

#include "actorstore.h"

EditActorCommand::EditActorCommand(ActorStore *store, const Actor &before, const Actor &after, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

void EditActorCommand::undo()
{
    Actor copy = m_before;
    m_store->save(copy);
}

void EditActorCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    Actor copy = m_after;
    m_store->save(copy);
}
