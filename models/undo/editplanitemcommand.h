#pragma once

#include "models/domain/planitem.h"

#include "storecommand.h"

class PlanStore;

/// A change to an item's fields, partners, indicators or journal: redo writes
/// the new state, undo the previous one. The place in the tree is a move.
class EditPlanItemCommand : public StoreCommand
{
public:
    EditPlanItemCommand(PlanStore *store, const PlanItem &before, const PlanItem &after, QUndoCommand *parent = nullptr);


protected:
    bool apply() override;
    bool revert() override;

private:
    PlanStore *m_store;
    PlanItem m_before;
    PlanItem m_after;
};
