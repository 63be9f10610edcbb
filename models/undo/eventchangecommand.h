#pragma once

#include "event.h"

#include <QUndoCommand>

class EventStore;

/// Any change of the agenda (create, edit, series split, cancel, delete,
/// registrations): the events concerned before and after, written back
/// whole by undo and redo. Events present only after are deleted by undo,
/// events present only before are deleted by redo.
class EventChangeCommand : public QUndoCommand
{
public:
    /// Writes @p after on the first redo(); ids given to new events are kept,
    /// so undo and redo always address the same rows.
    EventChangeCommand(EventStore *store, const QList<EventRecord> &before, const QList<EventRecord> &after,
                       const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    /// Writes @p after now, so that a failure can be told before the command
    /// goes on the stack; the stack's first redo() then does nothing.
    bool applyNow();
    /// False when the first write failed (see the store's errorString()).
    bool succeeded() const { return m_ok; }
    QList<EventRecord> after() const { return m_after; }

private:
    static QList<qint64> missingFrom(const QList<EventRecord> &from, const QList<EventRecord> &in);

    EventStore *m_store;
    QList<EventRecord> m_before;
    QList<EventRecord> m_after;
    bool m_ok = true;
    bool m_skipRedo = false;
};
