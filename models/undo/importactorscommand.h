#pragma once

#include "models/interchange/actorimporter.h"

#include "storecommand.h"

class ActorStore;

/// One import as one step of the undo stack ("annuler cet import"): undo
/// removes exactly the actors it created and writes back the ones it
/// changed, in one transaction; redo brings them again.
class ImportActorsCommand : public StoreCommand
{
public:
    /// @p batch was already applied by the caller; the first redo() does nothing.
    ImportActorsCommand(ActorStore *store, const ActorImporter::Batch &batch, QUndoCommand *parent = nullptr);


protected:
    bool apply() override;
    bool revert() override;

private:
    ActorStore *m_store;
    ActorImporter::Batch m_batch;
};
