#include "searchindexwriter.h"

#include "actorsearchengine.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

SearchIndexWriter::SearchIndexWriter(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool SearchIndexWriter::reindex(qint64 actorId)
{
    if (!unindex(actorId))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QString::fromUtf8(ActorSearchEngine::indexStatement("actors a", "WHERE a.id = ?")));
    q.addBindValue(actorId);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    return true;
}

bool SearchIndexWriter::unindex(qint64 actorId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM actor_search WHERE rowid = ?"));
    q.addBindValue(actorId);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    return true;
}

bool SearchIndexWriter::reindexAll()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("DELETE FROM actor_search")) && q.exec(QString::fromUtf8(ActorSearchEngine::indexStatement("actors a", ""))))
        return true;
    m_error = q.lastError().databaseText();
    return false;
}
