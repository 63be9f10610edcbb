#include "resolveconflictcommand.h"

ResolveConflictCommand::ResolveConflictCommand(const QString &connectionName, qint64 conflictId, const QJsonValue &value, const QString &text,
                                               QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_store(connectionName)
    , m_id(conflictId)
    , m_value(value)
{
}

bool ResolveConflictCommand::apply()
{
    return m_store.resolve(m_id, m_value, &m_previous);
}

bool ResolveConflictCommand::revert()
{
    return m_store.reopen(m_id, m_previous);
}
