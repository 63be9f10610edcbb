#include "searchindexwriter.h"

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
    q.prepare(QStringLiteral(
        "INSERT INTO actor_search(rowid, name, acronym, commune, sector, competencies, contacts) "
        "SELECT a.id, a.name, a.acronym, a.commune_name, COALESCE(s.name, ''), "
        "COALESCE((SELECT group_concat(t.name, ' ') FROM actor_tags t WHERE t.actor_id = a.id AND t.kind = 'competency'), ''), "
        "COALESCE((SELECT group_concat(c.first_name || ' ' || c.last_name, ' ') FROM contacts c WHERE c.actor_id = a.id), '') "
        "FROM actors a LEFT JOIN sectors s ON s.id = a.sector_id WHERE a.id = ?"));
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
