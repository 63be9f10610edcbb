#pragma once

#include "planitem.h"

#include <QList>
#include <QUndoCommand>

class PlanStore;

/// Deletes an item with its whole branch; undo puts the branch back with the
/// same ids, partners, indicators and journal, at the same place.
class RemovePlanItemCommand : public QUndoCommand
{
public:
    RemovePlanItemCommand(PlanStore *store, qint64 id, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    PlanStore *m_store;
    qint64 m_id;
    QList<PlanItem> m_branch;
};
