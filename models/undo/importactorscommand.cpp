#include "importactorscommand.h"

#include <QCoreApplication>

ImportActorsCommand::ImportActorsCommand(ActorStore *store, const ActorImporter::Batch &batch, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_batch(batch)
{
    setText(QCoreApplication::translate("ImportActorsCommand", "import of %n actor(s)", nullptr,
                                        int(batch.created.size() + batch.updated.size())));
}

void ImportActorsCommand::undo()
{
    ActorImporter(m_store).revert(m_batch);
}

void ImportActorsCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    ActorImporter(m_store).reapply(m_batch);
}
