#include "storecommand.h"

StoreCommand::StoreCommand(const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
{
}

bool StoreCommand::applyNow()
{
    m_ok = apply();
    m_skipRedo = m_ok;
    return m_ok;
}

void StoreCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_ok = apply();
    if (!m_ok)
        setObsolete(true);
}

void StoreCommand::undo()
{
    m_ok = revert();
    if (!m_ok)
        setObsolete(true);
}
