#include "createactorcommand.h"

#include "actorstore.h"

#include <QCoreApplication>

CreateActorCommand::CreateActorCommand(ActorStore *store, const Actor &actor, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_actor(actor)
{
    setText(QCoreApplication::translate("CreateActorCommand", "create “%1”").arg(actor.name));
}

void CreateActorCommand::undo()
{
    m_store->remove(m_actor.id);
}

void CreateActorCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    Actor copy = m_actor;
    m_store->save(copy);
}
