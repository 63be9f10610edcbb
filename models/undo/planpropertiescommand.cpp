#include "planpropertiescommand.h"

#include "models/domain/plantree.h"
#include "models/stores/planstore.h"

#include <QCoreApplication>

PlanPropertiesCommand::PlanPropertiesCommand(PlanStore *store, Kind kind, const Plan &before, const Plan &after, QUndoCommand *parent)
    : StoreCommand(QString(), parent)
    , m_store(store)
    , m_kind(kind)
    , m_before(before)
    , m_after(after)
{
    switch (kind) {
    case Kind::Create: setText(QCoreApplication::translate("PlanCommands", "Create the plan “%1”").arg(after.name)); break;
    case Kind::Edit: setText(QCoreApplication::translate("PlanCommands", "Edit the plan “%1”").arg(after.name)); break;
    case Kind::Remove: {
        setText(QCoreApplication::translate("PlanCommands", "Delete the plan “%1”").arg(before.name));
        // Parents before children, as the foreign keys want them back.
        PlanTree tree;
        tree.reset(store->items(before.id));
        for (const PlanTree::Node *n : tree.depthFirst())
            m_items << n->item;
        break;
    }
    }
}

bool PlanPropertiesCommand::apply()
{
    switch (m_kind) {
    case Kind::Create:
    case Kind::Edit: return m_store->savePlan(m_after);
    case Kind::Remove: return m_store->removePlan(m_before.id);
    }
    return false;
}

bool PlanPropertiesCommand::revert()
{
    switch (m_kind) {
    case Kind::Create: return m_store->removePlan(m_after.id);
    case Kind::Edit: {
        Plan copy = m_before;
        return m_store->savePlan(copy);
    }
    case Kind::Remove: return m_store->restorePlan(m_before, m_items);
    }
    return false;
}
