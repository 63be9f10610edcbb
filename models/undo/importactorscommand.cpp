#include "importactorscommand.h"

#include <QCoreApplication>

ImportActorsCommand::ImportActorsCommand(ActorStore *store, const ActorImporter::Batch &batch, QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("ImportActorsCommand", "import of %n actor(s)", nullptr,
                                               int(batch.created.size() + batch.updated.size())),
                   parent)
    , m_store(store)
    , m_batch(batch)
{
    // The import ran with its progress bar and Cancel button before this command.
    markApplied();
}

bool ImportActorsCommand::apply()
{
    return ActorImporter(m_store).reapply(m_batch);
}

bool ImportActorsCommand::revert()
{
    return ActorImporter(m_store).revert(m_batch);
}
