#pragma once

#include "planitem.h"

#include <QUndoCommand>

class PlanStore;

/// Adds an item to a plan at item.parentId / item.position; undo deletes it.
/// The id given by the first redo is kept for the next ones, so later
/// commands that name the item stay valid.
class InsertPlanItemCommand : public QUndoCommand
{
public:
    InsertPlanItemCommand(PlanStore *store, const PlanItem &item, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    qint64 itemId() const { return m_item.id; }

private:
    PlanStore *m_store;
    PlanItem m_item;
};
