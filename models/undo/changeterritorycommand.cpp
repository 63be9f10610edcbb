#include "changeterritorycommand.h"

#include "models/stores/territorystore.h"

#include <QCoreApplication>

ChangeTerritoryCommand::ChangeTerritoryCommand(TerritoryStore *store, const QList<TerritorySpec> &before,
                                               const QList<TerritorySpec> &after, QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("ChangeTerritoryCommand", "Change the territory"), parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

bool ChangeTerritoryCommand::apply()
{
    return m_store->setSpecs(m_after);
}

bool ChangeTerritoryCommand::revert()
{
    return m_store->setSpecs(m_before);
}
