#pragma once

#include "storecommand.h"

class PlanStore;

/// Moves an item (with its branch) to another parent or row; undo takes it
/// back. Rows count the new siblings once the item has left its place.
class MovePlanItemCommand : public StoreCommand
{
public:
    MovePlanItemCommand(PlanStore *store, qint64 id, qint64 newParentId, int newRow, QUndoCommand *parent = nullptr);


protected:
    bool apply() override;
    bool revert() override;

private:
    PlanStore *m_store;
    qint64 m_id;
    qint64 m_oldParentId = 0;
    int m_oldRow = 0;
    qint64 m_newParentId;
    int m_newRow;
};
