#include "eventchangecommand.h"

#include "eventstore.h"

EventChangeCommand::EventChangeCommand(EventStore *store, const QList<EventRecord> &before,
                                       const QList<EventRecord> &after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

QList<qint64> EventChangeCommand::missingFrom(const QList<EventRecord> &from, const QList<EventRecord> &in)
{
    QList<qint64> ids;
    for (const EventRecord &r : from) {
        bool found = false;
        for (const EventRecord &o : in)
            found = found || o.event.id == r.event.id;
        if (!found && r.event.id > 0)
            ids << r.event.id;
    }
    return ids;
}

bool EventChangeCommand::applyNow()
{
    redo();
    m_skipRedo = m_ok;
    return m_ok;
}

void EventChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    QList<EventRecord> records = m_after;
    m_ok = m_store->apply(records, missingFrom(m_before, m_after));
    if (m_ok)
        m_after = records;
}

void EventChangeCommand::undo()
{
    QList<EventRecord> records = m_before;
    m_store->apply(records, missingFrom(m_after, m_before));
}
