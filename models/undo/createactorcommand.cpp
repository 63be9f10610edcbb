#include "createactorcommand.h"

#include "models/stores/actorstore.h"

#include <QCoreApplication>

CreateActorCommand::CreateActorCommand(ActorStore *store, const Actor &actor, QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("CreateActorCommand", "create “%1”").arg(actor.name), parent)
    , m_store(store)
    , m_actor(actor)
{
}

bool CreateActorCommand::apply()
{
    // The id given the first time is kept: redo recreates the same row.
    Actor copy = m_actor;
    if (!m_store->save(copy))
        return false;
    m_actor = copy;
    return true;
}

bool CreateActorCommand::revert()
{
    return m_store->remove(m_actor.id);
}
