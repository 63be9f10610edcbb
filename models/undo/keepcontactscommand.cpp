#include "keepcontactscommand.h"

#include "models/domain/clock.h"

KeepContactsCommand::KeepContactsCommand(const QString &connectionName, const QList<qint64> &contactIds,
                                         const QString &reason, const QString &text, QUndoCommand *parent)
    : StoreCommand(text, parent)
    , m_connectionName(connectionName)
    , m_contactIds(contactIds)
    , m_before(RetentionReview(connectionName).decisions(contactIds))
{
    for (qint64 id : contactIds)
        m_after << RetentionReview::Decision{id, Clock::today(), reason.trimmed()};
}

bool KeepContactsCommand::write(const QList<RetentionReview::Decision> &decisions, const QString &action)
{
    RetentionReview review(m_connectionName);
    if (review.setDecisions(m_contactIds, decisions, action))
        return true;
    m_error = review.errorString();
    return false;
}

bool KeepContactsCommand::apply()
{
    return write(m_after, QStringLiteral("keep"));
}

bool KeepContactsCommand::revert()
{
    return write(m_before, QStringLiteral("keep-undone"));
}
