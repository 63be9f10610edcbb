#include "erasepersoncommand.h"

#include "models/privacy/personstore.h"
#include "models/stores/actorstore.h"

ErasePersonCommand::ErasePersonCommand(const QString &connectionName, ActorStore *actors, const PersonErasure &erasure,
                                       qint64 contactId, qint64 registrationId, const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_connectionName(connectionName)
    , m_actors(actors)
    , m_erasure(erasure)
    , m_contactId(contactId)
    , m_registrationId(registrationId)
{
    // The erasure ran, and said what it erased, before this command.
    markApplied();
}

ErasePersonCommand::~ErasePersonCommand()
{
    // The erased values must not outlive the session's undo history.
    m_erasure = PersonErasure();
}

bool ErasePersonCommand::apply()
{
    PersonStore store(m_connectionName);
    const bool ok = m_contactId > 0 ? store.eraseContact(m_contactId, &m_erasure) : store.eraseRegistrant(m_registrationId, &m_erasure);
    if (m_actors)
        m_actors->notifyReset();
    return ok;
}

bool ErasePersonCommand::revert()
{
    const bool ok = PersonStore(m_connectionName).restore(m_erasure);
    if (m_actors)
        m_actors->notifyReset();
    return ok;
}
