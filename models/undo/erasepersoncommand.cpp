#include "erasepersoncommand.h"

#include "actorstore.h"
#include "personstore.h"

ErasePersonCommand::ErasePersonCommand(const QString &connectionName, ActorStore *actors, const PersonErasure &erasure,
                                       qint64 contactId, qint64 registrationId, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_connectionName(connectionName)
    , m_actors(actors)
    , m_erasure(erasure)
    , m_contactId(contactId)
    , m_registrationId(registrationId)
{
}

ErasePersonCommand::~ErasePersonCommand()
{
    // The erased values must not outlive the session's undo history.
    m_erasure = PersonErasure();
}

void ErasePersonCommand::undo()
{
    PersonStore(m_connectionName).restore(m_erasure);
    m_done = false;
    if (m_actors)
        m_actors->notifyReset();
}

void ErasePersonCommand::redo()
{
    if (m_done)
        return;
    PersonStore store(m_connectionName);
    if (m_contactId > 0)
        store.eraseContact(m_contactId, &m_erasure);
    else
        store.eraseRegistrant(m_registrationId, &m_erasure);
    m_done = true;
    if (m_actors)
        m_actors->notifyReset();
}
