#include "importbench.h"

#include "actorimporter.h"
#include "actorstore.h"
#include "database.h"
#include "importsource.h"
#include "importstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

QString withCheckDigit(const QString &digits)
{
    for (int last = 0; last < 10; ++last) {
        const QString candidate = digits + QString::number(last);
        int sum = 0;
        bool twice = false;
        for (int i = candidate.size() - 1; i >= 0; --i) {
            int d = candidate.at(i).digitValue();
            if (twice) {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
            twice = !twice;
        }
        if (sum % 10 == 0)
            return candidate;
    }
    return {};
}

void print(QTextStream &out, const char *name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value >= 100 ? 0 : 2) << ' ' << unit << Qt::endl;
}

} // namespace

bool runImportBench(QTextStream &out, QTextStream &err, int units)
{
    QTemporaryDir dir;
    const QString unitsPath = dir.filePath(QStringLiteral("StockUniteLegale.csv"));
    const QString headsPath = dir.filePath(QStringLiteral("StockEtablissement.csv"));
    const QString dbPath = dir.filePath(QStringLiteral("import.essaim"));
    {
        Database db;
        if (!db.open(dbPath)) {
            err << "essaim-bench: " << db.errorString() << Qt::endl;
            return false;
        }
    }

    // The columns of the 2025 StockUniteLegale, in its order.
    const QStringList header = QString::fromLatin1(
        "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,sigleUniteLegale,sexeUniteLegale,"
        "prenom1UniteLegale,prenom2UniteLegale,prenom3UniteLegale,prenom4UniteLegale,prenomUsuelUniteLegale,pseudonymeUniteLegale,"
        "identifiantAssociationUniteLegale,trancheEffectifsUniteLegale,anneeEffectifsUniteLegale,dateDernierTraitementUniteLegale,"
        "nombrePeriodesUniteLegale,categorieEntreprise,anneeCategorieEntreprise,dateDebut,etatAdministratifUniteLegale,"
        "nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale,denominationUsuelle1UniteLegale,denominationUsuelle2UniteLegale,"
        "denominationUsuelle3UniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,"
        "nomenclatureActivitePrincipaleUniteLegale,activitePrincipaleNAF25UniteLegale,nicSiegeUniteLegale,"
        "economieSocialeSolidaireUniteLegale,societeMissionUniteLegale,caractereEmployeurUniteLegale").split(QLatin1Char(','));
    const char *categories[] = {"9220", "9220", "5499", "5710", "1000", "5458", "8210", "9300", "6540", "5710"};
    const char *bands[] = {"NN", "00", "01", "02", "03", "11", "12", "21"};
    const QStringList communes = {QStringLiteral("59392"), QStringLiteral("59036"), QStringLiteral("59012"), QStringLiteral("59324")};
    QRandomGenerator random(7);
    QFile unitFile(unitsPath);
    QFile headFile(headsPath);
    if (!unitFile.open(QIODevice::WriteOnly) || !headFile.open(QIODevice::WriteOnly)) {
        err << "essaim-bench: cannot write the generated SIRENE files." << Qt::endl;
        return false;
    }
    unitFile.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
    headFile.write("siren,nic,siret,etablissementSiege,etatAdministratifEtablissement,numeroVoieEtablissement,"
                   "typeVoieEtablissement,libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,"
                   "codeCommuneEtablissement\n");
    int heads = 0;
    for (int i = 0; i < units; ++i) {
        const QString siren = withCheckDigit(QStringLiteral("%1").arg(10000000 + i * 7, 8, 10, QLatin1Char('0')));
        const char *category = categories[random.bounded(10)];
        const QString flag = random.bounded(4) == 0 ? QStringLiteral("O") : QStringLiteral("N");
        const QString line = QStringLiteral(
                                 "%1,O,,%2-0%3-1%4,,,,,,,,,,%5,2022,2024-03-01T10:%6:00,%7,PME,2022,2020-01-01,%8,,,"
                                 "\"Structure n°%9, Sambre\",,,,%10,88.99B,NAFRev2,88.99B,00012,%11,,%12\n")
                                 .arg(siren)
                                 .arg(1950 + random.bounded(74))
                                 .arg(1 + random.bounded(9))
                                 .arg(random.bounded(10))
                                 .arg(QString::fromLatin1(bands[random.bounded(8)]))
                                 .arg(10 + random.bounded(50))
                                 .arg(1 + random.bounded(9))
                                 .arg(random.bounded(20) == 0 ? QStringLiteral("C") : QStringLiteral("A"))
                                 .arg(i)
                                 .arg(QString::fromLatin1(category), flag, random.bounded(2) ? QStringLiteral("O") : QStringLiteral("N"));
        unitFile.write(line.toUtf8());
        // About 3 % of the units have their head office in the territory.
        if (random.bounded(33) == 0) {
            const QString insee = communes.at(random.bounded(int(communes.size())));
            headFile.write(QStringLiteral("%1,00012,%2,true,A,%3,RUE,DE LA GARE,%4,X,%5\n")
                               .arg(siren, siren + QStringLiteral("00012"))
                               .arg(1 + random.bounded(99))
                               .arg(insee == QLatin1String("59392") ? QStringLiteral("59600")
                                    : insee == QLatin1String("59036") ? QStringLiteral("59440")
                                    : insee == QLatin1String("59012") ? QStringLiteral("59186")
                                                                      : QStringLiteral("59460"),
                                    insee)
                               .toUtf8());
            ++heads;
        }
    }
    unitFile.close();
    headFile.close();

    QElapsedTimer timer;
    timer.start();
    int created = 0;
    double readMs = 0;
    double planMs = 0;
    double applyMs = 0;
    {
        Database db;
        if (!db.open(dbPath)) {
            err << "essaim-bench: " << db.errorString() << Qt::endl;
            return false;
        }
        ImportStore store(db.connectionName());
        ImportSource::Options options;
        options.format = ImportSource::Format::Sirene;
        QList<ImportRecord> records;
        QList<RejectedRow> rejected;
        ImportSource source;
        QElapsedTimer part;
        part.start();
        if (!source.read({unitsPath, headsPath}, options, store.context(), &records, &rejected)) {
            err << "essaim-bench: " << source.errorString() << Qt::endl;
            return false;
        }
        ActorStore actors(db.connectionName());
        ActorImporter importer(&actors);
        readMs = double(part.nsecsElapsed()) / 1e6;
        part.restart();
        const ActorImporter::Plan plan = importer.plan(records, rejected, ActorImporter::DuplicateMode::Skip);
        planMs = double(part.nsecsElapsed()) / 1e6;
        part.restart();
        ActorImporter::Batch batch;
        if (!importer.apply(plan, &batch)) {
            err << "essaim-bench: " << importer.errorString() << Qt::endl;
            return false;
        }
        created = int(batch.created.size());
        applyMs = double(part.nsecsElapsed()) / 1e6;
    }
    const double importMs = double(timer.nsecsElapsed()) / 1e6;

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        err << "essaim-bench: the sqlite3 command line is not installed (Debian package sqlite3)." << Qt::endl;
        return false;
    }
    QProcess process;
    process.setProgram(sqlite3);
    process.setArguments({dir.filePath(QStringLiteral("bare.db")), QStringLiteral(".mode csv"),
                          QStringLiteral(".import %1 units").arg(unitsPath)});
    timer.restart();
    process.start();
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        err << "essaim-bench: sqlite3 .import failed: " << QString::fromUtf8(process.readAllStandardError()) << Qt::endl;
        return false;
    }
    const double sqliteMs = double(timer.nsecsElapsed()) / 1e6;

    print(out, "import.sirene_100k_ms", importMs, "ms");
    print(out, "import.sirene_100k_ms.read", readMs, "ms");
    print(out, "import.sirene_100k_ms.plan", planMs, "ms");
    print(out, "import.sirene_100k_ms.write", applyMs, "ms");
    print(out, "import.sqlite3_cli_100k_ms", sqliteMs, "ms");
    print(out, "import.ratio_vs_sqlite3", importMs / sqliteMs, "ratio");
    print(out, "import.sirene_100k_units", units, "units");
    print(out, "import.sirene_100k_head_offices_in_territory", heads, "units");
    print(out, "import.sirene_100k_created", created, "actors");
    return true;
}
