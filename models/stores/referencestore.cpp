#include "referencestore.h"

#include "models/domain/textkey.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace {
const char *communeColumns =
    "SELECT c.insee, c.name, c.postcodes, c.epci_siren, COALESCE(e.name, ''), c.population, c.latitude, c.longitude, "
    "c.in_territory "
    "FROM communes c LEFT JOIN epcis e ON e.siren = c.epci_siren";

Commune readCommune(const QSqlQuery &q)
{
    Commune c;
    c.insee = q.value(0).toString();
    c.name = q.value(1).toString();
    c.postcodes = q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.epciSiren = q.value(3).toString();
    c.epciName = q.value(4).toString();
    c.population = q.value(5).toInt();
    c.latitude = q.value(6).toDouble();
    c.longitude = q.value(7).toDouble();
    c.inTerritory = q.value(8).toBool();
    return c;
}
} // namespace

ReferenceStore::ReferenceStore(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QList<Commune> ReferenceStore::communes() const
{
    QList<Commune> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QString::fromLatin1(communeColumns) + QStringLiteral(" WHERE c.in_territory = 1 ORDER BY c.name_key"))) {
        while (q.next())
            result << readCommune(q);
    }
    return result;
}

QList<Commune> ReferenceStore::allCommunes() const
{
    QList<Commune> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QString::fromLatin1(communeColumns) + QStringLiteral(" ORDER BY c.name_key"))) {
        while (q.next())
            result << readCommune(q);
    }
    return result;
}

Commune ReferenceStore::commune(const QString &insee) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QString::fromLatin1(communeColumns) + QStringLiteral(" WHERE c.insee = ?"));
    q.addBindValue(insee);
    if (q.exec() && q.next())
        return readCommune(q);
    return {};
}

QList<Commune> ReferenceStore::communesNamed(const QString &name) const
{
    QList<Commune> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QString::fromLatin1(communeColumns) + QStringLiteral(" WHERE c.name_key = ? ORDER BY c.insee"));
    q.addBindValue(TextKey::fold(name));
    if (q.exec()) {
        while (q.next())
            result << readCommune(q);
    }
    return result;
}

QList<QPair<QString, QString>> ReferenceStore::epcis() const
{
    QList<QPair<QString, QString>> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT siren, name FROM epcis WHERE siren IN "
                              "(SELECT epci_siren FROM communes WHERE in_territory = 1) ORDER BY name"))) {
        while (q.next())
            result << qMakePair(q.value(0).toString(), q.value(1).toString());
    }
    return result;
}

QList<QPair<QString, QString>> ReferenceStore::legalCategories() const
{
    QList<QPair<QString, QString>> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT code, label FROM legal_categories ORDER BY code"))) {
        while (q.next())
            result << qMakePair(q.value(0).toString(), q.value(1).toString());
    }
    return result;
}

QString ReferenceStore::legalCategoryLabel(const QString &code) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT label FROM legal_categories WHERE code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString ReferenceStore::familyOfLegalCategory(const QString &code) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT family FROM legal_categories WHERE code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
