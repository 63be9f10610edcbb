#pragma once

#include "models/domain/plan.h"
#include "models/domain/planitem.h"

#include <QList>
#include "storecommand.h"

class PlanStore;

/// Creates, renames (name and period) or deletes a whole plan. Undo of a
/// deletion puts the plan back with all its items, partners, indicators and
/// journals, under the same ids.
class PlanPropertiesCommand : public StoreCommand
{
public:
    enum class Kind { Create, Edit, Remove };

    /// Create: @p after (id 0); Edit: @p before and @p after; Remove: @p before.
    PlanPropertiesCommand(PlanStore *store, Kind kind, const Plan &before, const Plan &after, QUndoCommand *parent = nullptr);

    qint64 planId() const { return m_kind == Kind::Remove ? m_before.id : m_after.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    PlanStore *m_store;
    Kind m_kind;
    Plan m_before;
    Plan m_after;
    QList<PlanItem> m_items;
};
