#include "eventchangecommand.h"

#include "models/stores/eventstore.h"

EventChangeCommand::EventChangeCommand(EventStore *store, const QList<EventRecord> &before,
                                       const QList<EventRecord> &after, const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
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

bool EventChangeCommand::apply()
{
    QList<EventRecord> records = m_after;
    if (!m_store->apply(records, missingFrom(m_before, m_after)))
        return false;
    m_after = records;
    return true;
}

bool EventChangeCommand::revert()
{
    QList<EventRecord> records = m_before;
    return m_store->apply(records, missingFrom(m_after, m_before));
}
