#include "moveplanitemcommand.h"

#include "models/stores/planstore.h"

#include <QCoreApplication>

MovePlanItemCommand::MovePlanItemCommand(PlanStore *store, qint64 id, qint64 newParentId, int newRow, QUndoCommand *parent)
    : StoreCommand(QString(), parent)
    , m_store(store)
    , m_id(id)
    , m_newParentId(newParentId)
    , m_newRow(newRow)
{
    const auto item = store->item(id);
    if (item) {
        m_oldParentId = item->parentId;
        m_oldRow = item->position;
        setText(QCoreApplication::translate("PlanCommands", "Move “%1”").arg(item->title));
    }
}

bool MovePlanItemCommand::apply()
{
    return m_store->moveItem(m_id, m_newParentId, m_newRow);
}

bool MovePlanItemCommand::revert()
{
    return m_store->moveItem(m_id, m_oldParentId, m_oldRow);
}
