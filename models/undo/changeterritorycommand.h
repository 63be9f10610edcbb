#pragma once

#include "models/domain/territoryspec.h"

#include <QList>
#include "storecommand.h"

class TerritoryStore;

/// A change of the council's territory (an EPCI joins, two merge): redo
/// writes @p after, undo writes @p before back, each in one transaction.
/// Actors are never touched: those that fall outside are only shown so.
/// The caller writes the change first (and says why when it cannot); the
/// first redo(), run by QUndoStack::push(), does nothing.
class ChangeTerritoryCommand : public StoreCommand
{
public:
    ChangeTerritoryCommand(TerritoryStore *store, const QList<TerritorySpec> &before, const QList<TerritorySpec> &after,
                           QUndoCommand *parent = nullptr);

    /// False when the last redo or undo could not be written.

protected:
    bool apply() override;
    bool revert() override;

private:
    TerritoryStore *m_store;
    QList<TerritorySpec> m_before;
    QList<TerritorySpec> m_after;
};
