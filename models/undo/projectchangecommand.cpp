#include "projectchangecommand.h"

ProjectChangeCommand::ProjectChangeCommand(ProjectStore *store, const std::optional<Snapshot> &before,
                                           const std::optional<Snapshot> &after, const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

bool ProjectChangeCommand::write(const std::optional<Snapshot> &state, qint64 id)
{
    if (!state)
        return m_store->remove(id);
    Snapshot copy = *state;
    return m_store->restore(copy);
}

bool ProjectChangeCommand::apply()
{
    if (m_appliedBefore) {
        const qint64 id = m_before ? m_before->project.id : (m_after ? m_after->project.id : 0);
        return write(m_after, id);
    }
    bool ok = false;
    if (m_after) {
        // A new project, entry or request gets its id here; keeping it makes
        // undo delete that very row and redo recreate the same one.
        Snapshot after = *m_after;
        ok = m_store->restore(after);
        if (ok)
            m_after = after;
    } else {
        ok = m_store->remove(m_before ? m_before->project.id : 0);
    }
    m_appliedBefore = ok;
    return ok;
}

bool ProjectChangeCommand::revert()
{
    const qint64 id = m_after ? m_after->project.id : (m_before ? m_before->project.id : 0);
    return write(m_before, id);
}
