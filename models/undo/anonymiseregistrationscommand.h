#pragma once

#include "retentionreview.h"

#include <QUndoCommand>

/// The retention review's anonymisation of the registrations of former
/// events, undoable for the session only: the names and e-mails removed
/// live in this command, in memory, and nowhere else (as for an erasure).
class AnonymiseRegistrationsCommand : public QUndoCommand
{
public:
    /// @p rows: the registrations as they are before anonymising.
    AnonymiseRegistrationsCommand(const QString &connectionName, const QList<RetentionReview::FormerRegistration> &rows,
                                  const QString &text, QUndoCommand *parent = nullptr);
    ~AnonymiseRegistrationsCommand() override;

    /// Anonymises now, so a failure is told before the command goes on the
    /// stack; the stack's first redo() then does nothing. The file is not
    /// compacted here: the caller does it and says when that fails.
    bool applyNow();
    bool succeeded() const { return m_ok; }
    QString errorString() const { return m_error; }

    void undo() override;
    void redo() override;

private:
    QString m_connectionName;
    QList<RetentionReview::FormerRegistration> m_rows;
    QString m_error;
    bool m_ok = true;
    bool m_skipRedo = false;
};
