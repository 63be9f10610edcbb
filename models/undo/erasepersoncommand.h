#pragma once

#include "models/privacy/personerasure.h"

#include "storecommand.h"

class ActorStore;

/// An erasure (RGPD article 17) made undoable for the session only: the
/// erased values live in this command, in memory, and nowhere else. The
/// first redo is the erasure the caller already made (it had to report a
/// failure before pushing); later redos erase again.
class ErasePersonCommand : public StoreCommand
{
public:
    ErasePersonCommand(const QString &connectionName, ActorStore *actors, const PersonErasure &erasure, qint64 contactId,
                       qint64 registrationId, const QString &text, QUndoCommand *parent = nullptr);
    ~ErasePersonCommand() override;


protected:
    bool apply() override;
    bool revert() override;

private:
    QString m_connectionName;
    ActorStore *m_actors;
    PersonErasure m_erasure;
    qint64 m_contactId;
    qint64 m_registrationId;
};
