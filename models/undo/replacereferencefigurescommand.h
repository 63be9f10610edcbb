#pragma once

#include "models/observatory/referencefigure.h"

#include <QList>
#include "storecommand.h"

class ReferenceFigureStore;

/// An edit, an addition, a removal or an import of reference figures: redo
/// removes @p before and writes @p after, undo does the reverse, each in one
/// transaction. The caller writes the change first (and says why when it
/// cannot); the first redo(), run by QUndoStack::push(), does nothing.
class ReplaceReferenceFiguresCommand : public StoreCommand
{
public:
    ReplaceReferenceFiguresCommand(ReferenceFigureStore *store, const QList<ReferenceFigure> &before,
                                   const QList<ReferenceFigure> &after, const QString &text, QUndoCommand *parent = nullptr);

    /// False when the last redo or undo could not be written.

protected:
    bool apply() override;
    bool revert() override;

private:
    ReferenceFigureStore *m_store;
    QList<ReferenceFigure> m_before;
    QList<ReferenceFigure> m_after;
};
