#pragma once

#include "models/privacy/retentionreview.h"

#include "storecommand.h"

/// The retention review's anonymisation of the registrations of former
/// events, undoable for the session only: the names and e-mails removed
/// live in this command, in memory, and nowhere else (as for an erasure).
class AnonymiseRegistrationsCommand : public StoreCommand
{
public:
    /// @p rows: the registrations as they are before anonymising.
    AnonymiseRegistrationsCommand(const QString &connectionName, const QList<RetentionReview::FormerRegistration> &rows,
                                  const QString &text, QUndoCommand *parent = nullptr);
    ~AnonymiseRegistrationsCommand() override;

    QString errorString() const { return m_error; }

protected:
    /// The first time (applyNow()) the file is not compacted: the caller
    /// does it and says when that fails; a redo compacts it itself.
    bool apply() override;
    bool revert() override;


private:
    QString m_connectionName;
    QList<RetentionReview::FormerRegistration> m_rows;
    QString m_error;
    bool m_appliedBefore = false;
};
