#pragma once

#include "projectstore.h"

#include <QUndoCommand>

#include <optional>

/// Any change of one project — its fields, a move on the board, its journal,
/// its funding requests, its creation or deletion — as the whole project
/// before and after: undo writes the before state back (or deletes a project
/// that did not exist), redo the after state (or deletes it).
class ProjectChangeCommand : public QUndoCommand
{
public:
    using Snapshot = ProjectStore::Snapshot;

    ProjectChangeCommand(ProjectStore *store, const std::optional<Snapshot> &before, const std::optional<Snapshot> &after,
                         const QString &text, QUndoCommand *parent = nullptr);

    /// Writes the after state now, so a failure is told before the command
    /// goes on the stack; the stack's first redo() then does nothing. A new
    /// project gets its id here, kept for every later redo.
    bool applyNow();
    bool succeeded() const { return m_ok; }
    std::optional<Snapshot> after() const { return m_after; }

    void undo() override;
    void redo() override;

private:
    bool write(const std::optional<Snapshot> &state, qint64 id);

    ProjectStore *m_store;
    std::optional<Snapshot> m_before;
    std::optional<Snapshot> m_after;
    bool m_ok = true;
    bool m_skipRedo = false;
};
