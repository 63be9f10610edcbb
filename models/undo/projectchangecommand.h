#pragma once

#include "models/stores/projectstore.h"

#include "storecommand.h"

#include <optional>

/// Any change of one project — its fields, a move on the board, its journal,
/// its funding requests, its creation or deletion — as the whole project
/// before and after: undo writes the before state back (or deletes a project
/// that did not exist), redo the after state (or deletes it).
class ProjectChangeCommand : public StoreCommand
{
public:
    using Snapshot = ProjectStore::Snapshot;

    ProjectChangeCommand(ProjectStore *store, const std::optional<Snapshot> &before, const std::optional<Snapshot> &after,
                         const QString &text, QUndoCommand *parent = nullptr);

    std::optional<Snapshot> after() const { return m_after; }


protected:
    /// A new project gets its id the first time, kept for every later redo.
    bool apply() override;
    bool revert() override;

private:
    bool write(const std::optional<Snapshot> &state, qint64 id);

    ProjectStore *m_store;
    std::optional<Snapshot> m_before;
    std::optional<Snapshot> m_after;
    bool m_appliedBefore = false;
};
