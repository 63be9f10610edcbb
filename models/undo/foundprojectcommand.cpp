#include "foundprojectcommand.h"

#include "models/stores/projectfounder.h"

#include <QCoreApplication>

FoundProjectCommand::FoundProjectCommand(ProjectFounder *founder, const Project &before, const Actor &actor, const QDate &on,
                                         QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("FoundProjectCommand", "Found “%1”").arg(before.name), parent)
    , m_founder(founder)
    , m_before(before)
    , m_after(before)
    , m_actor(actor)
    , m_on(on)
    , m_createsActor(actor.id == 0)
{
}

bool FoundProjectCommand::apply()
{
    m_after = m_before;
    return m_founder->found(m_after, m_actor, m_on, m_createsActor);
}

bool FoundProjectCommand::revert()
{
    return m_founder->unfound(m_before, m_actor.id, m_createsActor);
}
