#include "observatorystore.h"

#include "models/storage/transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

ObservatoryStore::ObservatoryStore(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

bool ObservatoryStore::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = q.lastError().databaseText();
    return false;
}

QList<ObservatoryStore::CommuneList> ObservatoryStore::communeLists() const
{
    QList<CommuneList> out;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT id, name FROM commune_lists ORDER BY name"))) {
            while (q.next())
                out << CommuneList{q.value(0).toLongLong(), q.value(1).toString(), {}};
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT insee FROM commune_list_members WHERE list_id = ? ORDER BY insee"));
    for (CommuneList &list : out) {
        q.addBindValue(list.id);
        if (q.exec()) {
            while (q.next())
                list.communes << q.value(0).toString();
        }
    }
    return out;
}

bool ObservatoryStore::saveCommuneList(CommuneList &list)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        Transaction transaction(m_connectionName);
        QSqlQuery q(db);
        if (list.id > 0) {
            q.prepare(QStringLiteral("UPDATE commune_lists SET name = ? WHERE id = ?"));
            q.addBindValue(list.name);
            q.addBindValue(list.id);
        } else {
            q.prepare(QStringLiteral("INSERT INTO commune_lists(name) VALUES (?)"));
            q.addBindValue(list.name);
        }
        if (!exec(q))
            return false;
        if (list.id <= 0)
            list.id = q.lastInsertId().toLongLong();
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM commune_list_members WHERE list_id = ?"));
        clear.addBindValue(list.id);
        if (!exec(clear))
            return false;
        QSqlQuery add(db);
        add.prepare(QStringLiteral("INSERT OR IGNORE INTO commune_list_members(list_id, insee) VALUES (?, ?)"));
        for (const QString &insee : list.communes) {
            add.addBindValue(list.id);
            add.addBindValue(insee);
            if (!exec(add))
                return false;
        }
        if (!transaction.commit()) {
            m_error = transaction.errorString();
            return false;
        }
    }
    emit communeListsChanged();
    return true;
}

bool ObservatoryStore::removeCommuneList(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM commune_lists WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q))
        return false;
    emit communeListsChanged();
    return true;
}

SocialUtilityScores ObservatoryStore::scores(qint64 actorId, int year) const
{
    SocialUtilityScores out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT criterion, score FROM social_utility_scores WHERE actor_id = ? AND year = ?"));
    q.addBindValue(actorId);
    q.addBindValue(year);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return out;
}

QList<int> ObservatoryStore::scoredYears(qint64 actorId) const
{
    QList<int> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT DISTINCT year FROM social_utility_scores WHERE actor_id = ? ORDER BY year"));
    q.addBindValue(actorId);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toInt();
    }
    return out;
}

bool ObservatoryStore::setScores(qint64 actorId, int year, const SocialUtilityScores &scores)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        Transaction transaction(m_connectionName);
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM social_utility_scores WHERE actor_id = ? AND year = ?"));
        clear.addBindValue(actorId);
        clear.addBindValue(year);
        if (!exec(clear))
            return false;
        QSqlQuery add(db);
        add.prepare(QStringLiteral("INSERT INTO social_utility_scores(actor_id, year, criterion, score) VALUES (?, ?, ?, ?)"));
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            add.addBindValue(actorId);
            add.addBindValue(year);
            add.addBindValue(it.key());
            add.addBindValue(it.value());
            if (!exec(add))
                return false;
        }
        if (!transaction.commit()) {
            m_error = transaction.errorString();
            return false;
        }
    }
    emit scoresChanged(actorId);
    return true;
}

QString ObservatoryStore::headcountBand(qint64 actorId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT headcount_band FROM actors WHERE id = ?"));
    q.addBindValue(actorId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool ObservatoryStore::setHeadcountBand(qint64 actorId, const QString &code)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE actors SET headcount_band = ? WHERE id = ?"));
    q.addBindValue(code.isNull() ? QStringLiteral("") : code);
    q.addBindValue(actorId);
    if (!exec(q))
        return false;
    emit actorDetailsChanged(actorId);
    return true;
}

QDate ObservatoryStore::archivedOn(qint64 actorId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT archived_on FROM actors WHERE id = ?"));
    q.addBindValue(actorId);
    return q.exec() && q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

bool ObservatoryStore::setArchivedOn(qint64 actorId, const QDate &date)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE actors SET archived_on = ? WHERE id = ? AND archived = 1"));
    q.addBindValue(date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral(""));
    q.addBindValue(actorId);
    if (!exec(q))
        return false;
    emit actorDetailsChanged(actorId);
    return true;
}
