#include "observatorysource.h"

#include "models/storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#include <sqlite3.h>

ObservatorySource::ObservatorySource(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool ObservatorySource::readTerritory(QList<Epci> *epcis, QList<Commune> *communes, QList<Sector> *sectors)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT siren, name FROM epcis WHERE siren IN (SELECT epci_siren FROM communes WHERE in_territory = 1) "
                               "ORDER BY name"))) {
        m_error = q.lastError().databaseText();
        return false;
    }
    while (q.next())
        *epcis << Epci{q.value(0).toString(), q.value(1).toString()};
    if (!q.exec(QStringLiteral("SELECT insee, name, COALESCE(epci_siren, ''), region FROM communes "
                               "WHERE in_territory = 1 ORDER BY name_key"))) {
        m_error = q.lastError().databaseText();
        return false;
    }
    while (q.next())
        *communes << Commune{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    if (!q.exec(QStringLiteral("SELECT id, COALESCE(parent_id, 0), name, color FROM sectors ORDER BY parent_id IS NOT NULL, position, id"))) {
        m_error = q.lastError().databaseText();
        return false;
    }
    while (q.next())
        *sectors << Sector{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    return true;
}

bool ObservatorySource::readActorsFast(const std::function<void(const ActorColumns &)> &each)
{
    // The first opening of the tab at 100,000 actors: SQLite's own API,
    // without a QVariant per value.
    sqlite3 *db = Database::sqliteHandle(m_connectionName);
    if (!db)
        return false;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT id, COALESCE(commune_insee, ''), COALESCE(sector_id, 0), COALESCE(creation_year, 0), archived, "
                           "COALESCE(CAST(substr(archived_on, 1, 4) AS INTEGER), 0), COALESCE(family, ''), COALESCE(headcount_band, ''), "
                           "employer FROM actors",
                           -1, &stmt, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return false;
    }
    auto bytes = [stmt](int column) {
        return QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)), sqlite3_column_bytes(stmt, column));
    };
    int rc;
    ActorColumns a;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        a.id = sqlite3_column_int64(stmt, 0);
        a.communeInsee = bytes(1);
        a.sectorId = sqlite3_column_int64(stmt, 2);
        a.creationYear = sqlite3_column_int(stmt, 3);
        a.archived = sqlite3_column_int(stmt, 4) != 0;
        a.archivedYear = sqlite3_column_int(stmt, 5);
        a.family = bytes(6);
        a.headcountBand = bytes(7);
        a.employer = sqlite3_column_int(stmt, 8) != 0;
        each(a);
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

bool ObservatorySource::readActors(qint64 onlyId, const std::function<void(const ActorColumns &)> &each)
{
    if (onlyId < 0 && readActorsFast(each))
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT id, commune_insee, COALESCE(sector_id, 0), COALESCE(creation_year, 0), archived, "
        "substr(archived_on, 1, 4), family, headcount_band, employer FROM actors");
    if (onlyId >= 0) {
        q.prepare(sql + QStringLiteral(" WHERE id = ?"));
        q.addBindValue(onlyId);
    } else {
        q.prepare(sql);
    }
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    while (q.next()) {
        ActorColumns a;
        a.id = q.value(0).toLongLong();
        a.communeInsee = q.value(1).toString().toUtf8();
        a.sectorId = q.value(2).toLongLong();
        a.creationYear = q.value(3).toInt();
        a.archived = q.value(4).toInt() != 0;
        a.archivedYear = q.value(5).toInt();
        a.family = q.value(6).toString().toUtf8();
        a.headcountBand = q.value(7).toString().toUtf8();
        a.employer = q.value(8).toInt() != 0;
        each(a);
    }
    return true;
}

bool ObservatorySource::readYearFast(int year, const std::function<void(const FigureColumns &)> &each)
{
    // A year is 100,000 rows at the scale the design holds: read straight
    // from the statement, five times faster than through QtSql.
    sqlite3 *db = Database::sqliteHandle(m_connectionName);
    if (!db)
        return false;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT actor_id, headcount, fte, volunteers, members FROM actor_figures WHERE year = ?", -1, &stmt,
                           nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return false;
    }
    sqlite3_bind_int(stmt, 1, year);
    auto integer = [stmt](int column) { return sqlite3_column_type(stmt, column) == SQLITE_NULL ? -1 : sqlite3_column_int(stmt, column); };
    int rc;
    FigureColumns f;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        f.actorId = sqlite3_column_int64(stmt, 0);
        f.headcount = integer(1);
        f.fte = sqlite3_column_type(stmt, 2) == SQLITE_NULL ? -1.0f : float(sqlite3_column_double(stmt, 2));
        f.volunteers = integer(3);
        f.members = integer(4);
        each(f);
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

bool ObservatorySource::readYear(int year, qint64 onlyId, const std::function<void(const FigureColumns &)> &each)
{
    // Every row is written to its actor's slot: a fast read that failed
    // half-way is simply read again.
    if (onlyId < 0 && readYearFast(year, each))
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // Served by the covering index actor_figures_observatory.
    const QString sql = QStringLiteral("SELECT actor_id, headcount, fte, volunteers, members FROM actor_figures WHERE year = ?");
    q.prepare(onlyId >= 0 ? sql + QStringLiteral(" AND actor_id = ?") : sql);
    q.addBindValue(year);
    if (onlyId >= 0)
        q.addBindValue(onlyId);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    while (q.next()) {
        FigureColumns f;
        f.actorId = q.value(0).toLongLong();
        QVariant v = q.value(1);
        f.headcount = v.isNull() ? -1 : v.toInt();
        v = q.value(2);
        f.fte = v.isNull() ? -1.0f : float(v.toDouble());
        v = q.value(3);
        f.volunteers = v.isNull() ? -1 : v.toInt();
        v = q.value(4);
        f.members = v.isNull() ? -1 : v.toInt();
        each(f);
    }
    return true;
}

bool ObservatorySource::readScores(int year, const std::function<void(qint64, const QString &, int)> &each)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT actor_id, criterion, score FROM social_utility_scores WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    while (q.next())
        each(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt());
    return true;
}

QList<int> ObservatorySource::figureYears()
{
    QList<int> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // A skip-scan of the year index: one seek per distinct year.
    if (!q.exec(QStringLiteral("SELECT min(year) FROM actor_figures"))) {
        m_error = q.lastError().databaseText();
        return out;
    }
    if (q.next() && !q.value(0).isNull()) {
        int year = q.value(0).toInt();
        QSqlQuery next(QSqlDatabase::database(m_connectionName, false));
        next.prepare(QStringLiteral("SELECT min(year) FROM actor_figures WHERE year > ?"));
        for (int guard = 0; guard < 500; ++guard) {
            out << year;
            next.addBindValue(year);
            if (!next.exec()) {
                m_error = next.lastError().databaseText();
                break;
            }
            if (!next.next() || next.value(0).isNull())
                break;
            year = next.value(0).toInt();
        }
    }
    // The years of the SIRENE headcount bands count too: a council that has
    // only imported the register sees its observatory, in estimates.
    QSqlQuery bands(QSqlDatabase::database(m_connectionName, false));
    if (bands.exec(QStringLiteral("SELECT DISTINCT band_year FROM register_entries WHERE kind = 'sirene' AND actor_id IS NOT NULL "
                                  "AND headcount_band <> '' AND band_year BETWEEN 1900 AND 2999"))) {
        while (bands.next()) {
            if (!out.contains(bands.value(0).toInt()))
                out << bands.value(0).toInt();
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> ObservatorySource::scoredYears()
{
    QList<int> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT DISTINCT year FROM social_utility_scores ORDER BY year"))) {
        m_error = q.lastError().databaseText();
        return out;
    }
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

std::optional<qint64> ObservatorySource::communeListId(const QString &wanted)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id FROM commune_lists WHERE CAST(id AS TEXT) = ? OR name = ? ORDER BY id LIMIT 1"));
    q.addBindValue(wanted);
    q.addBindValue(wanted);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QString ObservatorySource::communeListName(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT name FROM commune_lists WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return QString();
    }
    return q.next() ? q.value(0).toString() : QString();
}

QStringList ObservatorySource::communeListMembers(qint64 id)
{
    QStringList members;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT insee FROM commune_list_members WHERE list_id = ? ORDER BY insee"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return members;
    }
    while (q.next())
        members << q.value(0).toString();
    return members;
}

QString ObservatorySource::actorName(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT name FROM actors WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return QString();
    }
    return q.next() ? q.value(0).toString() : QString();
}
