#pragma once

#include "models/sync/conflictstore.h"

#include "storecommand.h"

#include <QJsonValue>

/// A person's choice in a conflict of the synchronisation: the value kept
/// (theirs, the server's or one typed) goes into the record and the
/// conflict closes; undo puts back what the record held and opens the
/// conflict again. Either way the record's change is journalled and sent at
/// the next synchronisation.
class ResolveConflictCommand : public StoreCommand
{
public:
    ResolveConflictCommand(const QString &connectionName, qint64 conflictId, const QJsonValue &value, const QString &text,
                           QUndoCommand *parent = nullptr);

    QString errorString() const { return m_store.errorString(); }

protected:
    bool apply() override;
    bool revert() override;

private:
    ConflictStore m_store;
    qint64 m_id;
    QJsonValue m_value;
    QJsonValue m_previous;
};
