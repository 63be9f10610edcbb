#include "anonymiseregistrationscommand.h"

#include "personstore.h"

AnonymiseRegistrationsCommand::AnonymiseRegistrationsCommand(const QString &connectionName,
                                                             const QList<RetentionReview::FormerRegistration> &rows,
                                                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_connectionName(connectionName)
    , m_rows(rows)
{
}

AnonymiseRegistrationsCommand::~AnonymiseRegistrationsCommand()
{
    // The removed names must not outlive the session's undo history.
    m_rows.clear();
}

bool AnonymiseRegistrationsCommand::applyNow()
{
    RetentionReview review(m_connectionName);
    m_ok = review.anonymiseRegistrations(m_rows);
    m_error = review.errorString();
    m_skipRedo = m_ok;
    return m_ok;
}

void AnonymiseRegistrationsCommand::undo()
{
    RetentionReview review(m_connectionName);
    if (!review.restoreRegistrations(m_rows)) {
        m_error = review.errorString();
        setObsolete(true);
    }
}

void AnonymiseRegistrationsCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    RetentionReview review(m_connectionName);
    if (!review.anonymiseRegistrations(m_rows)) {
        m_error = review.errorString();
        setObsolete(true);
        return;
    }
    // As after the first time: the names leave the file's free pages too.
    PersonStore(m_connectionName).scrubFile();
}
