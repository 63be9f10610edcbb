#pragma once

#include "models/domain/planitem.h"

#include <QList>
#include "storecommand.h"

class PlanStore;

/// Deletes an item with its whole branch; undo puts the branch back with the
/// same ids, partners, indicators and journal, at the same place.
class RemovePlanItemCommand : public StoreCommand
{
public:
    RemovePlanItemCommand(PlanStore *store, qint64 id, QUndoCommand *parent = nullptr);


protected:
    bool apply() override;
    bool revert() override;

private:
    PlanStore *m_store;
    qint64 m_id;
    QList<PlanItem> m_branch;
};
