#include "replacereferencefigurescommand.h"

#include "referencefigurestore.h"

ReplaceReferenceFiguresCommand::ReplaceReferenceFiguresCommand(ReferenceFigureStore *store, const QList<ReferenceFigure> &before,
                                                               const QList<ReferenceFigure> &after, const QString &text,
                                                               QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

void ReplaceReferenceFiguresCommand::undo()
{
    m_ok = m_store->replace(m_after, m_before);
}

void ReplaceReferenceFiguresCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_ok = m_store->replace(m_before, m_after);
}
