#include "foundprojectcommand.h"

#include "projectfounder.h"

#include <QCoreApplication>

FoundProjectCommand::FoundProjectCommand(ProjectFounder *founder, const Project &before, const Actor &actor, const QDate &on,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("FoundProjectCommand", "Found “%1”").arg(before.name), parent)
    , m_founder(founder)
    , m_before(before)
    , m_after(before)
    , m_actor(actor)
    , m_on(on)
    , m_createsActor(actor.id == 0)
{
}

bool FoundProjectCommand::applyNow()
{
    m_after = m_before;
    // The actor's id, once given, is kept: redo recreates the same row.
    const bool ok = m_founder->found(m_after, m_actor, m_on, m_createsActor);
    m_skipRedo = ok;
    return ok;
}

void FoundProjectCommand::undo()
{
    if (!m_founder->unfound(m_before, m_actor.id, m_createsActor))
        setObsolete(true);
}

void FoundProjectCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_after = m_before;
    if (!m_founder->found(m_after, m_actor, m_on, m_createsActor))
        setObsolete(true);
}
