#pragma once

#include "models/domain/planitem.h"

#include "storecommand.h"

class PlanStore;

/// Adds an item to a plan at item.parentId / item.position; undo deletes it.
/// The id given by the first redo is kept for the next ones, so later
/// commands that name the item stay valid.
class InsertPlanItemCommand : public StoreCommand
{
public:
    InsertPlanItemCommand(PlanStore *store, const PlanItem &item, QUndoCommand *parent = nullptr);

    qint64 itemId() const { return m_item.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    PlanStore *m_store;
    PlanItem m_item;
};
