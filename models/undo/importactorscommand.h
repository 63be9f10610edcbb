#pragma once

#include "actorimporter.h"

#include <QUndoCommand>

class ActorStore;

/// One import as one step of the undo stack ("annuler cet import"): undo
/// removes exactly the actors it created and writes back the ones it
/// changed, in one transaction; redo brings them again.
class ImportActorsCommand : public QUndoCommand
{
public:
    /// @p batch was already applied by the caller; the first redo() does nothing.
    ImportActorsCommand(ActorStore *store, const ActorImporter::Batch &batch, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ActorStore *m_store;
    ActorImporter::Batch m_batch;
    bool m_firstRedo = true;
};
