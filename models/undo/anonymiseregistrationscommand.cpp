#include "anonymiseregistrationscommand.h"

#include "models/privacy/personstore.h"

AnonymiseRegistrationsCommand::AnonymiseRegistrationsCommand(const QString &connectionName,
                                                             const QList<RetentionReview::FormerRegistration> &rows,
                                                             const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_connectionName(connectionName)
    , m_rows(rows)
{
}

AnonymiseRegistrationsCommand::~AnonymiseRegistrationsCommand()
{
    // The removed names must not outlive the session's undo history.
    m_rows.clear();
}

bool AnonymiseRegistrationsCommand::apply()
{
    RetentionReview review(m_connectionName);
    if (!review.anonymiseRegistrations(m_rows)) {
        m_error = review.errorString();
        return false;
    }
    // As after the first time: the names leave the file's free pages too.
    if (m_appliedBefore)
        PersonStore(m_connectionName).scrubFile();
    m_appliedBefore = true;
    return true;
}

bool AnonymiseRegistrationsCommand::revert()
{
    RetentionReview review(m_connectionName);
    if (review.restoreRegistrations(m_rows))
        return true;
    m_error = review.errorString();
    return false;
}
