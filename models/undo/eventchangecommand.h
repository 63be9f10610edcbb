#pragma once

#include "models/domain/event.h"

#include "storecommand.h"

class EventStore;

/// Any change of the agenda (create, edit, series split, cancel, delete,
/// registrations): the events concerned before and after, written back
/// whole by undo and redo. Events present only after are deleted by undo,
/// events present only before are deleted by redo.
class EventChangeCommand : public StoreCommand
{
public:
    /// Writes @p after on applyNow() (or the first redo()); ids given to new events are kept,
    /// so undo and redo always address the same rows.
    EventChangeCommand(EventStore *store, const QList<EventRecord> &before, const QList<EventRecord> &after,
                       const QString &text, QUndoCommand *parent = nullptr);

    QList<EventRecord> after() const { return m_after; }

protected:
    bool apply() override;
    bool revert() override;

private:
    static QList<qint64> missingFrom(const QList<EventRecord> &from, const QList<EventRecord> &in);

    EventStore *m_store;
    QList<EventRecord> m_before;
    QList<EventRecord> m_after;
};
