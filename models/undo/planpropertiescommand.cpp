#include "planpropertiescommand.h"

#include "planstore.h"
#include "plantree.h"

#include <QCoreApplication>

PlanPropertiesCommand::PlanPropertiesCommand(PlanStore *store, Kind kind, const Plan &before, const Plan &after, QUndoCommand *parent)
    : QUndoCommand(parent)
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

void PlanPropertiesCommand::redo()
{
    bool ok = true;
    switch (m_kind) {
    case Kind::Create: ok = m_store->savePlan(m_after); break;
    case Kind::Edit: ok = m_store->savePlan(m_after); break;
    case Kind::Remove: ok = m_store->removePlan(m_before.id); break;
    }
    if (!ok)
        setObsolete(true);
}

void PlanPropertiesCommand::undo()
{
    switch (m_kind) {
    case Kind::Create: m_store->removePlan(m_after.id); break;
    case Kind::Edit: {
        Plan copy = m_before;
        m_store->savePlan(copy);
        break;
    }
    case Kind::Remove: m_store->restorePlan(m_before, m_items); break;
    }
}
