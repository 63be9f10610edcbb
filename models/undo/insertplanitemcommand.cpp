#include "insertplanitemcommand.h"

#include "models/stores/planstore.h"

#include <QCoreApplication>

InsertPlanItemCommand::InsertPlanItemCommand(PlanStore *store, const PlanItem &item, QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("PlanCommands", "Add “%1”").arg(item.title), parent)
    , m_store(store)
    , m_item(item)
{
}

bool InsertPlanItemCommand::apply()
{
    return m_store->insertItem(m_item);
}

bool InsertPlanItemCommand::revert()
{
    return m_store->removeItem(m_item.id);
}
