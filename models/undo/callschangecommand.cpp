#include "callschangecommand.h"

#include "models/stores/projectstore.h"

CallsChangeCommand::CallsChangeCommand(ProjectStore *store, const QList<CallForProjects> &removed,
                                       const QList<CallForProjects> &added, const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_store(store)
    , m_removed(removed)
    , m_added(added)
{
}

bool CallsChangeCommand::change(const QList<CallForProjects> &remove, QList<CallForProjects> &add)
{
    for (const CallForProjects &call : remove) {
        if (!m_store->removeCall(call.id))
            return false;
    }
    return add.isEmpty() || m_store->addCalls(add);
}

bool CallsChangeCommand::apply()
{
    return change(m_removed, m_added);
}

bool CallsChangeCommand::revert()
{
    QList<CallForProjects> restored = m_removed;
    return change(m_added, restored);
}
