#include "removeplanitemcommand.h"

#include "models/stores/planstore.h"

#include <QCoreApplication>

RemovePlanItemCommand::RemovePlanItemCommand(PlanStore *store, qint64 id, QUndoCommand *parent)
    : StoreCommand(QString(), parent)
    , m_store(store)
    , m_id(id)
    , m_branch(store->subtree(id))
{
    setText(QCoreApplication::translate("PlanCommands", "Delete “%1”").arg(m_branch.isEmpty() ? QString() : m_branch.first().title));
}

bool RemovePlanItemCommand::apply()
{
    return !m_branch.isEmpty() && m_store->removeItem(m_id);
}

bool RemovePlanItemCommand::revert()
{
    return m_store->insertSubtree(m_branch);
}
