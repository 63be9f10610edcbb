#include "demostore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

DemoStore::DemoStore(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

std::optional<QHash<QString, QPair<QString, qint64>>> DemoStore::epciPopulations()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT e.siren, e.name, sum(c.population) FROM communes c JOIN epcis e ON e.siren = c.epci_siren "
                               "GROUP BY e.siren, e.name"))) {
        m_error = q.lastError().databaseText();
        return std::nullopt;
    }
    QHash<QString, QPair<QString, qint64>> result;
    while (q.next())
        result.insert(q.value(0).toString(), qMakePair(q.value(1).toString(), q.value(2).toLongLong()));
    return result;
}

std::optional<QList<QPair<qint64, int>>> DemoStore::employersWithoutHeadcount(int year)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT a.id, (SELECT f.headcount FROM actor_figures f WHERE f.actor_id = a.id AND f.headcount IS NOT NULL "
                             "ORDER BY f.year DESC LIMIT 1) FROM actors a WHERE a.employer = 1 AND a.archived = 0 AND NOT EXISTS "
                             "(SELECT 1 FROM actor_figures g WHERE g.actor_id = a.id AND g.year = ? AND g.headcount IS NOT NULL)"));
    q.addBindValue(year);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return std::nullopt;
    }
    QList<QPair<qint64, int>> result;
    while (q.next())
        result << qMakePair(q.value(0).toLongLong(), q.value(1).isNull() ? 1 : q.value(1).toInt());
    return result;
}

std::optional<QList<qint64>> DemoStore::ids(const QString &sql, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(limit >= 0 ? sql + QStringLiteral(" LIMIT ?") : sql);
    if (limit >= 0)
        q.addBindValue(limit);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return std::nullopt;
    }
    QList<qint64> result;
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

std::optional<QList<qint64>> DemoStore::archivedActorIds()
{
    return ids(QStringLiteral("SELECT id FROM actors WHERE archived = 1"));
}

std::optional<QList<qint64>> DemoStore::currentEssActorIds()
{
    return ids(QStringLiteral("SELECT id FROM actors WHERE archived = 0 AND family <> 'hors_champ' ORDER BY id"));
}

std::optional<QList<qint64>> DemoStore::currentActorIds(int limit)
{
    return ids(QStringLiteral("SELECT id FROM actors WHERE archived = 0 ORDER BY id"), limit);
}

std::optional<QList<qint64>> DemoStore::currentContactIds(int limit)
{
    return ids(QStringLiteral("SELECT c.id FROM contacts c JOIN actors a ON a.id = c.actor_id WHERE a.archived = 0 ORDER BY c.id"), limit);
}

std::optional<QList<DemoStore::Person>> DemoStore::currentPeople()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.id, c.actor_id, c.first_name || ' ' || c.last_name, c.email FROM contacts c "
                               "JOIN actors a ON a.id = c.actor_id WHERE a.archived = 0 ORDER BY c.id"))) {
        m_error = q.lastError().databaseText();
        return std::nullopt;
    }
    QList<Person> people;
    while (q.next())
        people << Person{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    return people;
}

qint64 DemoStore::idByName(const QString &sql, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(sql);
    q.addBindValue(name);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 DemoStore::actorIdByName(const QString &name)
{
    return idByName(QStringLiteral("SELECT id FROM actors WHERE name = ?"), name);
}

qint64 DemoStore::sectorIdByName(const QString &name)
{
    return idByName(QStringLiteral("SELECT id FROM sectors WHERE name = ?"), name);
}

qint64 DemoStore::addHolder(const QString &first, const QString &last, const QString &email)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO contacts(actor_id, first_name, last_name, role, email) VALUES (NULL, ?, ?, ?, ?)"));
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(QStringLiteral("Porteur de projet"));
    q.addBindValue(email);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}
