#include "callschangecommand.h"

#include "projectstore.h"

CallsChangeCommand::CallsChangeCommand(ProjectStore *store, const QList<CallForProjects> &removed,
                                       const QList<CallForProjects> &added, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_removed(removed)
    , m_added(added)
{
}

bool CallsChangeCommand::apply(const QList<CallForProjects> &remove, QList<CallForProjects> &add)
{
    for (const CallForProjects &call : remove) {
        if (!m_store->removeCall(call.id))
            return false;
    }
    return add.isEmpty() || m_store->addCalls(add);
}

bool CallsChangeCommand::applyNow()
{
    const bool ok = apply(m_removed, m_added);
    m_skipRedo = ok;
    return ok;
}

void CallsChangeCommand::undo()
{
    QList<CallForProjects> restored = m_removed;
    if (!apply(m_added, restored))
        setObsolete(true);
}

void CallsChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!apply(m_removed, m_added))
        setObsolete(true);
}
