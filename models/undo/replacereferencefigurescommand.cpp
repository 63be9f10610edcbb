#include "replacereferencefigurescommand.h"

#include "models/stores/referencefigurestore.h"

ReplaceReferenceFiguresCommand::ReplaceReferenceFiguresCommand(ReferenceFigureStore *store, const QList<ReferenceFigure> &before,
                                                               const QList<ReferenceFigure> &after, const QString &text,
                                                               QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

bool ReplaceReferenceFiguresCommand::apply()
{
    return m_store->replace(m_before, m_after);
}

bool ReplaceReferenceFiguresCommand::revert()
{
    return m_store->replace(m_after, m_before);
}
