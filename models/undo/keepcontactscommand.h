#pragma once

#include "models/privacy/retentionreview.h"

#include "storecommand.h"

/// The retention review's "keep with a reason" for a set of contacts: the
/// decisions they had before (a contact may have been kept at an earlier
/// review) and the new ones, written back whole by undo and redo.
class KeepContactsCommand : public StoreCommand
{
public:
    /// Reads the decisions as they are now; the new ones are dated today.
    KeepContactsCommand(const QString &connectionName, const QList<qint64> &contactIds, const QString &reason,
                        const QString &text, QUndoCommand *parent = nullptr);

    QString errorString() const { return m_error; }


protected:
    /// A failure (no reason given) is told before the command goes on the stack.
    bool apply() override;
    bool revert() override;

private:
    bool write(const QList<RetentionReview::Decision> &decisions, const QString &action);

    QString m_connectionName;
    QList<qint64> m_contactIds;
    QList<RetentionReview::Decision> m_before;
    QList<RetentionReview::Decision> m_after;
    QString m_error;
};
