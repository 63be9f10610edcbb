#include "insertplanitemcommand.h"

#include "planstore.h"

#include <QCoreApplication>

InsertPlanItemCommand::InsertPlanItemCommand(PlanStore *store, const PlanItem &item, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("PlanCommands", "Add “%1”").arg(item.title), parent)
    , m_store(store)
    , m_item(item)
{
}

void InsertPlanItemCommand::redo()
{
    if (!m_store->insertItem(m_item))
        setObsolete(true);
}

void InsertPlanItemCommand::undo()
{
    m_store->removeItem(m_item.id);
}
