#include "territorystore.h"

#include "models/domain/nationalgeography.h"
#include "models/domain/textkey.h"
#include "models/storage/transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

bool insertEpci(QSqlDatabase db, const NationalGeography::Epci *e, QString *error)
{
    if (!e)
        return true;
    QSqlQuery q(db);
    // An EPCI already known keeps its row, as a commune does.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO epcis(siren, name, nature) VALUES (?, ?, ?)"));
    q.addBindValue(e->siren);
    q.addBindValue(e->name);
    q.addBindValue(e->nature);
    if (q.exec())
        return true;
    *error = q.lastError().databaseText();
    return false;
}

/// Inserts a commune from the national list; an existing row keeps what it
/// holds (its canton, its centre), only its place in the territory changes.
bool upsertCommune(QSqlDatabase db, const NationalGeography::Place &p, bool inTerritory, QString *error)
{
    const NationalGeography &geo = NationalGeography::instance();
    if (!insertEpci(db, geo.epciOfCommune(p.insee), error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO communes(insee, name, name_key, department, region, epci_siren, population, postcodes, "
        "latitude, longitude, in_territory) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(insee) DO UPDATE SET in_territory = max(in_territory, excluded.in_territory)"));
    q.addBindValue(p.insee);
    q.addBindValue(p.name);
    q.addBindValue(TextKey::fold(p.name));
    q.addBindValue(p.department);
    q.addBindValue(p.region);
    q.addBindValue(p.epciSiren.isEmpty() || !geo.epci(p.epciSiren) ? QVariant() : QVariant(p.epciSiren));
    q.addBindValue(p.population);
    q.addBindValue(p.postcodes.join(QLatin1Char(' ')));
    q.addBindValue(p.latitude != 0 || p.longitude != 0 ? QVariant(p.latitude) : QVariant());
    q.addBindValue(p.latitude != 0 || p.longitude != 0 ? QVariant(p.longitude) : QVariant());
    q.addBindValue(inTerritory ? 1 : 0);
    if (q.exec())
        return true;
    *error = q.lastError().databaseText();
    return false;
}

} // namespace

TerritoryStore::TerritoryStore(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

QList<TerritorySpec> TerritoryStore::specs() const
{
    QList<TerritorySpec> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT kind, code FROM territory_specs ORDER BY kind DESC, code"))) {
        while (q.next()) {
            TerritorySpec s;
            if (TerritorySpec::kindFromKey(q.value(0).toString(), &s.kind)) {
                s.code = q.value(1).toString();
                result << s;
            }
        }
    }
    return result;
}

QList<TerritoryStore::Row> TerritoryStore::communes() const
{
    QList<Row> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT c.insee, c.name, c.postcodes, COALESCE(c.epci_siren, ''), COALESCE(e.name, ''), "
                              "c.department, COALESCE(c.population, 0) FROM communes c "
                              "LEFT JOIN epcis e ON e.siren = c.epci_siren WHERE c.in_territory = 1 ORDER BY c.insee"))) {
        while (q.next()) {
            Row r;
            r.insee = q.value(0).toString();
            r.name = q.value(1).toString();
            r.postcodes = q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            r.epciSiren = q.value(3).toString();
            r.epciName = q.value(4).toString();
            r.department = q.value(5).toString();
            r.population = q.value(6).toInt();
            result << r;
        }
    }
    return result;
}

int TerritoryStore::communeCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM communes WHERE in_territory = 1")) && q.next() ? q.value(0).toInt() : 0;
}

qint64 TerritoryStore::population() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(QStringLiteral("SELECT COALESCE(sum(population), 0) FROM communes WHERE in_territory = 1")) && q.next()
        ? q.value(0).toLongLong() : 0;
}

bool TerritoryStore::setSpecs(const QList<TerritorySpec> &specs)
{
    m_error.clear();
    const NationalGeography &geo = NationalGeography::instance();
    if (!geo.isValid()) {
        m_error = tr("The national list of communes built into Essaim cannot be read (%1). Reinstall Essaim.").arg(geo.errorString());
        return false;
    }
    QStringList unknown;
    const std::vector<int> places = geo.resolve(specs, &unknown);
    if (!unknown.isEmpty()) {
        m_error = tr("Unknown in the national list of communes and intercommunalities: %1. Check the codes "
                     "(an EPCI by its SIREN, a département by its code, a commune by its INSEE code).")
                      .arg(unknown.join(QStringLiteral(", ")));
        return false;
    }
    if (places.empty()) {
        m_error = tr("A territory needs at least one commune: add an EPCI, a département or a commune.");
        return false;
    }
    Transaction transaction(m_connectionName);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM territory_specs"))) {
        m_error = q.lastError().databaseText();
        return false;
    }
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO territory_specs(kind, code) VALUES (?, ?)"));
    for (const TerritorySpec &s : specs) {
        q.addBindValue(s.kindKey());
        q.addBindValue(s.code);
        if (!q.exec()) {
            m_error = q.lastError().databaseText();
            return false;
        }
    }
    if (!writeCommunes(places))
        return false;
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    emit territoryChanged();
    return true;
}

bool TerritoryStore::writeCommunes(const std::vector<int> &places)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE communes SET in_territory = 0"))) {
        m_error = q.lastError().databaseText();
        return false;
    }
    const NationalGeography &geo = NationalGeography::instance();
    for (int i : places) {
        if (!upsertCommune(db, geo.places()[std::size_t(i)], true, &m_error))
            return false;
    }
    // Communes left by the territory go, unless an actor is there.
    if (!q.exec(QStringLiteral("DELETE FROM communes WHERE in_territory = 0 AND insee NOT IN "
                               "(SELECT commune_insee FROM actors WHERE commune_insee IS NOT NULL)"))) {
        m_error = q.lastError().databaseText();
        return false;
    }
    return true;
}

bool TerritoryStore::add(const QList<TerritorySpec> &specs)
{
    QList<TerritorySpec> all = this->specs();
    for (const TerritorySpec &s : specs) {
        if (!all.contains(s))
            all << s;
    }
    return setSpecs(all);
}

bool TerritoryStore::remove(const QList<TerritorySpec> &specs)
{
    QList<TerritorySpec> all = this->specs();
    QStringList missing;
    for (const TerritorySpec &s : specs) {
        if (!all.removeAll(s))
            missing << s.toString();
    }
    if (!missing.isEmpty()) {
        m_error = tr("Not part of the territory: %1. List its pieces with “essaim --db FILE territory”.").arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    return setSpecs(all);
}

Outcome<bool> TerritoryStore::ensureCommune(const QString &connectionName, const QString &insee)
{
    if (insee.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM communes WHERE insee = ?"));
        q.addBindValue(insee);
        if (q.exec() && q.next())
            return true;
    }
    const NationalGeography::Place *p = NationalGeography::instance().place(insee);
    if (!p || p->isArrondissement()) {
        return Outcome<bool>::failure(
            tr("The commune with INSEE code %1 is not in the national list of communes. Choose the commune again from the list.").arg(insee));
    }
    QString error;
    if (!upsertCommune(db, *p, false, &error))
        return Outcome<bool>::failure(error);
    return true;
}
