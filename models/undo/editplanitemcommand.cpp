#include "editplanitemcommand.h"

#include "planstore.h"

#include <QCoreApplication>

EditPlanItemCommand::EditPlanItemCommand(PlanStore *store, const PlanItem &before, const PlanItem &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("PlanCommands", "Edit “%1”").arg(after.title), parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

void EditPlanItemCommand::redo()
{
    if (!m_store->updateItem(m_after))
        setObsolete(true);
}

void EditPlanItemCommand::undo()
{
    m_store->updateItem(m_before);
}
