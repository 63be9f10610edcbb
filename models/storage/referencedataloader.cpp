#include "referencedataloader.h"

#include "models/domain/textkey.h"
#include "models/interchange/csvreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QHash<QString, int> headerIndex(const QStringList &header)
{
    QHash<QString, int> index;
    for (int i = 0; i < header.size(); ++i)
        index.insert(header.at(i).trimmed(), i);
    return index;
}

QString field(const QStringList &row, const QHash<QString, int> &index, const char *name)
{
    const int i = index.value(QString::fromLatin1(name), -1);
    return i >= 0 && i < row.size() ? row.at(i).trimmed() : QStringLiteral("");
}

} // namespace

ReferenceDataLoader::ReferenceDataLoader(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool ReferenceDataLoader::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().databaseText();
    return false;
}

bool ReferenceDataLoader::load()
{
    m_error.clear();
    return loadCommunes() && loadLegalCategories() && loadSectors();
}

bool ReferenceDataLoader::loadCommunes()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto communes = CsvReader::readFile(QStringLiteral(":/data/communes_sambre_avesnois.csv"), QLatin1Char(','));
    if (communes.size() < 2) {
        m_error = tr("the list of communes is missing");
        return false;
    }
    const auto ci = headerIndex(communes.first());
    QSqlQuery epci(db);
    epci.prepare(QStringLiteral("INSERT OR IGNORE INTO epcis(siren, name, nature) VALUES (?, ?, ?)"));
    QSqlQuery commune(db);
    commune.prepare(QStringLiteral(
        "INSERT INTO communes(insee, name, name_key, department, region, arrondissement, canton, "
        "epci_siren, population, postcodes, latitude, longitude) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (int r = 1; r < communes.size(); ++r) {
        const QStringList &row = communes.at(r);
        const QString epciSiren = field(row, ci, "epci_siren");
        if (!epciSiren.isEmpty()) {
            epci.addBindValue(epciSiren);
            epci.addBindValue(field(row, ci, "epci_nom"));
            epci.addBindValue(field(row, ci, "epci_nature"));
            if (!exec(epci))
                return false;
        }
        const QString name = field(row, ci, "nom");
        commune.addBindValue(field(row, ci, "code_insee"));
        commune.addBindValue(name);
        commune.addBindValue(TextKey::fold(name));
        commune.addBindValue(field(row, ci, "dep"));
        commune.addBindValue(field(row, ci, "reg"));
        commune.addBindValue(field(row, ci, "arr"));
        commune.addBindValue(field(row, ci, "canton"));
        commune.addBindValue(epciSiren.isEmpty() ? QVariant() : QVariant(epciSiren));
        commune.addBindValue(field(row, ci, "pop_municipale").toInt());
        // Several postcodes may come separated by '|', ';' or blanks: store one form.
        commune.addBindValue(field(row, ci, "codes_postaux").split(QRegularExpression(QStringLiteral("[|; ]+")), Qt::SkipEmptyParts).join(QLatin1Char(' ')));
        commune.addBindValue(field(row, ci, "latitude").toDouble());
        commune.addBindValue(field(row, ci, "longitude").toDouble());
        if (!exec(commune))
            return false;
    }
    return true;
}

bool ReferenceDataLoader::loadLegalCategories()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QHash<QString, QString> familyOf;
    const auto perimeter = CsvReader::readFile(QStringLiteral(":/data/perimetre_ess.csv"), QLatin1Char(';'));
    for (int r = 1; r < perimeter.size(); ++r) {
        if (perimeter.at(r).size() >= 2)
            familyOf.insert(perimeter.at(r).at(0).trimmed(), perimeter.at(r).at(1).trimmed());
    }
    const auto categories = CsvReader::readFile(QStringLiteral(":/data/categories_juridiques.csv"), QLatin1Char(';'));
    QSqlQuery category(db);
    category.prepare(QStringLiteral("INSERT INTO legal_categories(code, label, family) VALUES (?, ?, ?)"));
    for (int r = 1; r < categories.size(); ++r) {
        const QStringList &row = categories.at(r);
        if (row.size() < 2)
            continue;
        const QString code = row.at(0).trimmed();
        category.addBindValue(code);
        category.addBindValue(row.at(1).trimmed());
        category.addBindValue(familyOf.value(code, QStringLiteral("")));
        if (!exec(category))
            return false;
    }
    return true;
}

bool ReferenceDataLoader::loadSectors()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto sectors = CsvReader::readFile(QStringLiteral(":/data/sectors.csv"), QLatin1Char(';'));
    QHash<QString, qint64> sectorIds;
    QHash<QString, int> positions;
    QSqlQuery sector(db);
    sector.prepare(QStringLiteral("INSERT INTO sectors(parent_id, name, color, position) VALUES (?, ?, ?, ?)"));
    for (int r = 1; r < sectors.size(); ++r) {
        const QStringList &row = sectors.at(r);
        if (row.size() < 4)
            continue;
        const QString parent = row.at(1).trimmed();
        sector.addBindValue(parent.isEmpty() ? QVariant() : QVariant(sectorIds.value(parent)));
        sector.addBindValue(row.at(2).trimmed());
        sector.addBindValue(row.at(3).trimmed());
        sector.addBindValue(positions[parent]++);
        if (!exec(sector))
            return false;
        sectorIds.insert(row.at(0).trimmed(), sector.lastInsertId().toLongLong());
    }
    return true;
}
