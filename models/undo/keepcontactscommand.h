#pragma once

#include "retentionreview.h"

#include <QUndoCommand>

/// The retention review's "keep with a reason" for a set of contacts: the
/// decisions they had before (a contact may have been kept at an earlier
/// review) and the new ones, written back whole by undo and redo.
class KeepContactsCommand : public QUndoCommand
{
public:
    /// Reads the decisions as they are now; the new ones are dated today.
    KeepContactsCommand(const QString &connectionName, const QList<qint64> &contactIds, const QString &reason,
                        const QString &text, QUndoCommand *parent = nullptr);

    /// Writes the new decisions now, so a failure (no reason given) is told
    /// before the command goes on the stack; the stack's first redo() then
    /// does nothing.
    bool applyNow();
    bool succeeded() const { return m_ok; }
    QString errorString() const { return m_error; }

    void undo() override;
    void redo() override;

private:
    bool write(const QList<RetentionReview::Decision> &decisions, const QString &action);

    QString m_connectionName;
    QList<qint64> m_contactIds;
    QList<RetentionReview::Decision> m_before;
    QList<RetentionReview::Decision> m_after;
    QString m_error;
    bool m_ok = true;
    bool m_skipRedo = false;
};
