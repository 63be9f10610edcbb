#include "changeterritorycommand.h"

#include "territorystore.h"

#include <QCoreApplication>

ChangeTerritoryCommand::ChangeTerritoryCommand(TerritoryStore *store, const QList<TerritorySpec> &before,
                                               const QList<TerritorySpec> &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("ChangeTerritoryCommand", "Change the territory"), parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

void ChangeTerritoryCommand::undo()
{
    m_ok = m_store->setSpecs(m_before);
}

void ChangeTerritoryCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_ok = m_store->setSpecs(m_after);
}
