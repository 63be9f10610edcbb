#include "editplanitemcommand.h"

#include "models/stores/planstore.h"

#include <QCoreApplication>

EditPlanItemCommand::EditPlanItemCommand(PlanStore *store, const PlanItem &before, const PlanItem &after, QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("PlanCommands", "Edit “%1”").arg(after.title), parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

bool EditPlanItemCommand::apply()
{
    return m_store->updateItem(m_after);
}

bool EditPlanItemCommand::revert()
{
    return m_store->updateItem(m_before);
}
