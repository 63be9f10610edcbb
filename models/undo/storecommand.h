#pragma once

#include <QString>
#include <QUndoCommand>

/// The one protocol of Essaim's undo commands. A view builds the command
/// with the state before and after and calls applyNow(): the change is
/// written, in one transaction, and the view pushes the command on the
/// stack only when it succeeded (else it says why, from the store's
/// errorString(), and deletes it); the stack's first redo() then does
/// nothing. undo() and redo() write the whole state back, addressing the
/// same rows by id. When either fails, the command leaves the stack
/// (obsolete) and succeeded() turns false, so that nothing is undone twice
/// or over a state the database no longer holds.
class StoreCommand : public QUndoCommand
{
public:
    /// Writes the change now; false when the store refused it.
    bool applyNow();
    /// False when the last write (the change, its undo or its redo) failed.
    bool succeeded() const { return m_ok; }

    void redo() final;
    void undo() final;

protected:
    explicit StoreCommand(const QString &text, QUndoCommand *parent = nullptr);
    /// For a change that ran with its own progress and cancel (an import,
    /// an erasure) before its command could exist: the command is built
    /// from its result as already applied, as after applyNow().
    void markApplied() { m_skipRedo = true; }
    /// The change: false when the store refused it (nothing written).
    virtual bool apply() = 0;
    /// Its inverse: false when the store refused it (nothing written).
    virtual bool revert() = 0;

private:
    bool m_ok = true;
    bool m_skipRedo = false;
};
