#include "directorylookup.h"

#include "models/domain/textkey.h"
#include "models/search/actorsearchengine.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace {

QStringList foldedWords(const QString &text)
{
    return TextKey::normalizedName(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// Every typed word starts one of the words of @p haystack.
bool holdsEveryPrefix(const QStringList &typed, const QString &haystack)
{
    const QStringList words = foldedWords(haystack);
    for (const QString &t : typed) {
        bool found = false;
        for (const QString &w : words) {
            if (w.startsWith(t)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace

DirectoryLookup::DirectoryLookup(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QList<DirectoryLookup::Match> DirectoryLookup::findActors(const QString &text, int limit) const
{
    QList<Match> result;
    const QString expression = ActorSearchEngine::matchExpression(text);
    const QStringList typed = foldedWords(text);
    if (expression.isEmpty() || typed.isEmpty() || limit <= 0)
        return result;
    // The index (detail=none: no column filter) finds every actor whose
    // entry holds the words; the actors are then read in name order and
    // kept when their name, acronym or commune holds them, until the limit:
    // no sort of the whole match, so a first letter costs no more than a word.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.name, a.acronym, a.commune_name FROM actors a INDEXED BY actors_sort_key "
                             "WHERE a.archived = 0 AND a.id IN (SELECT rowid FROM actor_search WHERE actor_search MATCH ?) "
                             "ORDER BY a.sort_key, a.id"));
    q.addBindValue(expression);
    if (!q.exec())
        return result;
    while (result.size() < limit && q.next()) {
        const QString name = q.value(1).toString();
        const QString commune = q.value(3).toString();
        if (!holdsEveryPrefix(typed, name + QLatin1Char(' ') + q.value(2).toString() + QLatin1Char(' ') + commune))
            continue;
        result << Match{q.value(0).toLongLong(), q.value(0).toLongLong(), name, commune, QString()};
    }
    return result;
}

QList<DirectoryLookup::Match> DirectoryLookup::findContacts(const QString &text, int limit) const
{
    QList<Match> result;
    const QString expression = ActorSearchEngine::matchExpression(text);
    const QStringList typed = foldedWords(text);
    if (expression.isEmpty() || typed.isEmpty() || limit <= 0)
        return result;
    // The index finds the actors whose contacts or name hold the words; the
    // contacts of those actors are then checked one by one, so that typing
    // "dupont" does not offer Dupont's colleagues.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, COALESCE(c.actor_id, 0), TRIM(c.first_name || ' ' || c.last_name), c.email, COALESCE(a.name, ''), "
        "COALESCE(a.acronym, '') FROM contacts c LEFT JOIN actors a ON a.id = c.actor_id "
        "WHERE (c.actor_id IN (SELECT rowid FROM actor_search WHERE actor_search MATCH ?) AND a.archived = 0) "
        "   OR (c.actor_id IS NULL AND (c.first_name || ' ' || c.last_name) LIKE ?)"));
    q.addBindValue(expression);
    q.addBindValue(QLatin1Char('%') + text.trimmed() + QLatin1Char('%'));
    if (!q.exec())
        return result;
    while (q.next() && result.size() < limit) {
        const QString name = q.value(2).toString();
        const QString actor = q.value(4).toString();
        if (!holdsEveryPrefix(typed, name + QLatin1Char(' ') + actor + QLatin1Char(' ') + q.value(5).toString()))
            continue;
        result << Match{q.value(0).toLongLong(), q.value(1).toLongLong(), name, actor, q.value(3).toString()};
    }
    // Unsorted in SQL so that a short prefix stops at the first matches
    // instead of sorting a hundred thousand contacts at each keystroke.
    std::sort(result.begin(), result.end(), [](const Match &x, const Match &y) {
        return std::make_pair(TextKey::fold(x.name), x.id) < std::make_pair(TextKey::fold(y.name), y.id);
    });
    return result;
}

QList<DirectoryLookup::Match> DirectoryLookup::actors(const QList<qint64> &ids) const
{
    QList<Match> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT name, commune_name FROM actors WHERE id = ?"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (q.exec() && q.next())
            result << Match{id, id, q.value(0).toString(), q.value(1).toString(), QString()};
    }
    return result;
}
