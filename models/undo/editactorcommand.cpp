#include "editactorcommand.h"

#include "models/stores/actorstore.h"

EditActorCommand::EditActorCommand(ActorStore *store, const Actor &before, const Actor &after, const QString &text,
                                   QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

bool EditActorCommand::apply()
{
    Actor copy = m_after;
    return m_store->save(copy);
}

bool EditActorCommand::revert()
{
    Actor copy = m_before;
    return m_store->save(copy);
}
