#include "importbench.h"

#include "models/interchange/actorimporter.h"
#include "models/interchange/importsource.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/importstore.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

/// Runs @p program as a whole process; its wall time in ms, -1 on a failure
/// (the reason on @p err).
double timeProcess(const QString &program, const QStringList &arguments, QTextStream &err, QByteArray *output = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    const bool finished = process.waitForFinished(1800000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (output)
        *output = process.readAllStandardOutput();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        err << "essaim-bench: " << QFileInfo(program).fileName() << ' ' << arguments.join(QLatin1Char(' ')) << " failed: "
            << QString::fromLocal8Bit(process.readAllStandardError()).trimmed() << Qt::endl;
        return -1;
    }
    return ms;
}

/// The rows of @p table in the SQLite file @p path, read by the sqlite3 command line.
qint64 countRows(const QString &sqlite3, const QString &path, const QString &table, QTextStream &err)
{
    QByteArray output;
    if (timeProcess(sqlite3, {path, QStringLiteral("SELECT count(*) FROM %1;").arg(table)}, err, &output) < 0)
        return -1;
    return output.trimmed().toLongLong();
}

/// Text in Windows-1252, as French Excel saves it: Latin-1 plus œ and Œ
/// (Étrœungt), which Latin-1 lacks.
QByteArray windows1252(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x100)
            bytes += char(c.unicode());
        else if (c.unicode() == 0x153)
            bytes += char(0x9C);
        else if (c.unicode() == 0x152)
            bytes += char(0x8C);
        else
            bytes += '?';
    }
    return bytes;
}

/// A French Excel spreadsheet of @p rows new actors: Windows-1252,
/// semicolons, CRLF, a header in French; each row a
/// structure of its own with a name, an address, a commune of the
/// territory, a SIRET with valid check digits and a sector.
bool writeExcelCsv(const QString &path, int rows, const QStringList &communes, const QStringList &sectors)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const char *const kinds[] = {"Association", "Coopérative", "Atelier", "Ressourcerie", "Épicerie solidaire", "Régie de quartier"};
    static const char *const themes[] = {"des Jardins", "de l'Entraide", "Vélo", "du Réemploi", "Théâtre", "des Familles", "Énergie"};
    QRandomGenerator random(1901);
    QByteArray chunk = QStringLiteral("nom;adresse;commune;siret;secteur\r\n").toLatin1();
    for (int i = 0; i < rows; ++i) {
        const QString siren = withCheckDigit(QStringLiteral("%1").arg(30000000 + i * 13, 8, 10, QLatin1Char('0')));
        const QString siret = withCheckDigit(siren + QStringLiteral("0001"));
        chunk += windows1252(QStringLiteral("%1 %2 n° %3;%4 rue de la République;%5;%6;%7\r\n")
                     .arg(QString::fromUtf8(kinds[random.bounded(6)]), QString::fromUtf8(themes[random.bounded(7)]))
                     .arg(i + 1)
                     .arg(1 + random.bounded(180))
                     .arg(communes.at(random.bounded(int(communes.size()))), siret, sectors.at(random.bounded(int(sectors.size())))));
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.error() == QFileDevice::NoError;
}

/// An RNA file in the layout of rna_waldec: @p rows associations of the
/// given communes (INSEE code, postcode, name), one in twenty dissolved.
bool writeRnaWaldec(const QString &path, int rows, const QList<Commune> &communes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const char *const kinds[] = {"Association", "Amicale", "Comité des fêtes", "Club sportif", "Union", "Collectif"};
    static const char *const themes[] = {"des Jardins ouvriers", "de l'Entraide", "Vélo", "du Patrimoine", "Théâtre", "des Familles", "Énergie"};
    static const char *const objects[] = {
        "favoriser l'accès de tous à la culture et aux loisirs ; organiser des rencontres, des fêtes et des sorties",
        "promouvoir la pratique du sport pour tous, \"en particulier\" des jeunes du quartier",
        "accompagner les familles dans leurs démarches et lutter contre l'isolement des personnes âgées",
    };
    static const char *const ways[] = {"RUE", "AV", "PL", "CHE", "BD"};
    QRandomGenerator random(2026);
    QByteArray chunk = "id;id_ex;siret;rup_mi;gestion;date_creat;date_decla;date_publi;date_disso;nature;groupement;titre;titre_court;"
                       "objet;objet_social1;objet_social2;adrs_complement;adrs_numvoie;adrs_repetition;adrs_typevoie;adrs_libvoie;"
                       "adrs_distrib;adrs_codeinsee;adrs_codepostal;adrs_libcommune;adrg_declarant;adrg_complemid;adrg_complemgeo;"
                       "adrg_libvoie;adrg_distrib;adrg_codepostal;adrg_achemine;adrg_pays;dir_civilite;telephone;siteweb;email;"
                       "publiweb;observation;position;maj_time\n";
    for (int i = 0; i < rows; ++i) {
        const Commune &c = communes.at(random.bounded(int(communes.size())));
        const bool dissolved = random.bounded(20) == 0;
        const QString created = QStringLiteral("%1-%2-%3").arg(1950 + random.bounded(75)).arg(1 + random.bounded(12), 2, 10, QLatin1Char('0')).arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'));
        const QString title = QStringLiteral("%1 %2 n° %3").arg(QString::fromUtf8(kinds[random.bounded(6)]), QString::fromUtf8(themes[random.bounded(7)])).arg(i + 1);
        const QString object = QString::fromUtf8(objects[random.bounded(3)]);
        QString objectCell = object;
        objectCell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QString street = QStringLiteral("de la République");
        QStringList f;
        f << QStringLiteral("W%1").arg(591000000 + i) << QStringLiteral("\"\"") << QStringLiteral("\"\"") << QStringLiteral("\"\"")
          << QStringLiteral("593P") << created << created << QStringLiteral("0001-01-01")
          << (dissolved ? QStringLiteral("2020-06-30") : QStringLiteral("0001-01-01")) << QStringLiteral("D") << QStringLiteral("S")
          << title.toUpper() << title.left(30).toUpper() << QLatin1Char('"') + objectCell + QLatin1Char('"') << QStringLiteral("006030")
          << QStringLiteral("000000") << QStringLiteral("\"\"") << QString::number(1 + random.bounded(120)) << QString()
          << QString::fromLatin1(ways[random.bounded(5)]) << street << QStringLiteral("_") << c.insee << c.postcodes.value(0)
          << c.name << QStringLiteral("\"\"") << QStringLiteral("\"\"") << QStringLiteral("\"\"")
          << QStringLiteral("12 RUE DE LA GARE") << QStringLiteral("\"\"") << c.postcodes.value(0) << c.name.toUpper()
          << QStringLiteral("FRANCE") << QStringLiteral("PM") << (random.bounded(3) == 0 ? QStringLiteral("0327%1").arg(100000 + i % 900000) : QStringLiteral("\"\""))
          << QStringLiteral("\"\"") << QStringLiteral("\"\"") << QStringLiteral("0") << QStringLiteral("\"\"")
          << (dissolved ? QStringLiteral("D") : QStringLiteral("A")) << QStringLiteral("2024-02-12 14:40:18");
        chunk += f.join(QLatin1Char(';')).toUtf8() + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.error() == QFileDevice::NoError;
}

} // namespace

bool runRnaImportBench(QTextStream &out, QTextStream &err, int rows)
{
    QTemporaryDir dir;
    const QString rnaPath = dir.filePath(QStringLiteral("rna_waldec_59.csv"));
    const QString dbPath = dir.filePath(QStringLiteral("rna.essaim"));
    QList<Commune> communes;
    {
        Database db;
        if (!db.open(dbPath)) {
            err << "essaim-bench: " << db.errorString() << Qt::endl;
            return false;
        }
        communes = ReferenceStore(db.connectionName()).communes();
    }
    if (communes.isEmpty() || !writeRnaWaldec(rnaPath, rows, communes)) {
        err << "essaim-bench: cannot write the RNA file to import." << Qt::endl;
        return false;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        err << "essaim-bench: the sqlite3 command line is not installed (Debian package sqlite3)." << Qt::endl;
        return false;
    }
    const double essaimMs = timeProcess(QStringLiteral(ESSAIM_EXECUTABLE),
                                        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), dbPath,
                                         QStringLiteral("import"), QStringLiteral("actors"), QStringLiteral("--format"),
                                         QStringLiteral("rna"), rnaPath},
                                        err);
    if (essaimMs < 0)
        return false;
    const QString barePath = dir.filePath(QStringLiteral("bare.db"));
    const double sqliteMs = timeProcess(sqlite3, {barePath, QStringLiteral(".mode csv"), QStringLiteral(".separator ;"),
                                                  QStringLiteral(".import %1 associations").arg(rnaPath)},
                                        err);
    if (sqliteMs < 0)
        return false;
    const qint64 essaimRows = countRows(sqlite3, dbPath, QStringLiteral("actors"), err);
    const qint64 sqliteRows = countRows(sqlite3, barePath, QStringLiteral("associations"), err);
    if (essaimRows != rows || sqliteRows != rows) {
        err << "essaim-bench: the RNA import wrote " << essaimRows << " actors and sqlite3 " << sqliteRows << " rows, not " << rows
            << "." << Qt::endl;
        return false;
    }
    print(out, "import.rna_50k_ms", essaimMs, "ms");
    print(out, "import.rna_50k_rows", double(essaimRows), "actors");
    print(out, "import.rna_sqlite3_cli_ms", sqliteMs, "ms");
    print(out, "import.rna_ratio_vs_sqlite3", essaimMs / sqliteMs, "ratio");
    return true;
}

bool runCsvImportBench(QTextStream &out, QTextStream &err, int rows)
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("acteurs.csv"));
    const QString dbPath = dir.filePath(QStringLiteral("import.essaim"));
    const QString freshPath = dir.filePath(QStringLiteral("fresh.essaim"));
    QStringList communes;
    QStringList sectors;
    {
        // A fresh directory, made before the clock starts: the import is timed, not the set-up.
        Database db;
        if (!db.open(dbPath)) {
            err << "essaim-bench: " << db.errorString() << Qt::endl;
            return false;
        }
        for (const Commune &c : ReferenceStore(db.connectionName()).communes())
            communes << c.name;
        for (const Sector &s : SectorStore(db.connectionName()).all())
            sectors << s.name;
    }
    // A second empty directory for sqlite3's own copy: the file as Essaim
    // leaves it once closed.
    if (!QFile::copy(dbPath, freshPath)) {
        err << "essaim-bench: cannot copy the empty directory." << Qt::endl;
        return false;
    }
    if (communes.isEmpty() || sectors.isEmpty() || !writeExcelCsv(csvPath, rows, communes, sectors)) {
        err << "essaim-bench: cannot write the spreadsheet to import." << Qt::endl;
        return false;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        err << "essaim-bench: the sqlite3 command line is not installed (Debian package sqlite3)." << Qt::endl;
        return false;
    }
    // Both sides as whole processes: the program a user runs, and sqlite3's
    // own import of the same file into a bare table.
    const double essaimMs = timeProcess(QStringLiteral(ESSAIM_EXECUTABLE),
                                        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), dbPath,
                                         QStringLiteral("import"), QStringLiteral("actors"), csvPath},
                                        err);
    if (essaimMs < 0)
        return false;
    const QString barePath = dir.filePath(QStringLiteral("bare.db"));
    const double sqliteMs = timeProcess(sqlite3, {barePath, QStringLiteral(".mode csv"), QStringLiteral(".separator ;"),
                                                  QStringLiteral(".import %1 actors").arg(csvPath)},
                                        err);
    if (sqliteMs < 0)
        return false;
    // The floor of the same work: sqlite3 itself copying those rows into
    // Essaim's own schema (the directory's indexes and its search index), in
    // one transaction, from the bare table it has just imported.
    const QString schemaPath = dir.filePath(QStringLiteral("schema.essaim"));
    if (!QFile::copy(freshPath, schemaPath)) {
        err << "essaim-bench: cannot copy the empty directory." << Qt::endl;
        return false;
    }
    const double schemaMs = timeProcess(
        sqlite3,
        {schemaPath, QStringLiteral("ATTACH '%1' AS bare").arg(barePath), QStringLiteral("BEGIN"),
         QStringLiteral("INSERT INTO actors(name, name_key, address, commune_name, siret, siren, sector_id, created_at, updated_at, sort_key) "
                        "SELECT nom, lower(nom), adresse, commune, siret, substr(siret, 1, 9), "
                        "(SELECT id FROM sectors WHERE name = secteur), '2026', '2026', lower(nom) FROM bare.actors"),
         QStringLiteral("INSERT INTO actor_search(rowid, name, acronym, commune, sector, competencies, contacts) "
                        "SELECT a.id, a.name, '', a.commune_name, s.name, '', '' FROM actors a LEFT JOIN sectors s ON s.id = a.sector_id"),
         QStringLiteral("COMMIT")},
        err);
    if (schemaMs < 0)
        return false;
    const qint64 essaimRows = countRows(sqlite3, dbPath, QStringLiteral("actors"), err);
    const qint64 sqliteRows = countRows(sqlite3, barePath, QStringLiteral("actors"), err);
    const qint64 schemaRows = countRows(sqlite3, schemaPath, QStringLiteral("actors"), err);
    if (essaimRows != rows || sqliteRows != rows || schemaRows != rows) {
        err << "essaim-bench: the spreadsheet import wrote " << essaimRows << " actors and sqlite3 " << sqliteRows << " rows, not "
            << rows << "." << Qt::endl;
        return false;
    }
    print(out, "import.csv_100k_ms", essaimMs, "ms");
    print(out, "import.csv_100k_rows", double(essaimRows), "actors");
    print(out, "import.csv_sqlite3_cli_ms", sqliteMs, "ms");
    print(out, "import.csv_sqlite3_cli_rows", double(sqliteRows), "rows");
    print(out, "import.csv_ratio_vs_sqlite3", essaimMs / sqliteMs, "ratio");
    print(out, "import.csv_sqlite3_schema_ms", schemaMs, "ms");
    print(out, "import.csv_ratio_vs_sqlite3_schema", essaimMs / schemaMs, "ratio");
    return true;
}

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
    const qint64 sqliteRows = countRows(sqlite3, dir.filePath(QStringLiteral("bare.db")), QStringLiteral("units"), err);
    if (sqliteRows < 0)
        return false;

    print(out, "import.sirene_100k_ms", importMs, "ms");
    print(out, "import.sirene_100k_ms.read", readMs, "ms");
    print(out, "import.sirene_100k_ms.plan", planMs, "ms");
    print(out, "import.sirene_100k_ms.write", applyMs, "ms");
    // The two sides do not write the same: Essaim keeps the head offices of
    // the territory, sqlite3 writes every row; the rows are printed beside.
    print(out, "import.sirene_100k_rows", created, "actors");
    print(out, "import.sqlite3_cli_100k_ms", sqliteMs, "ms");
    print(out, "import.sqlite3_cli_100k_rows", double(sqliteRows), "rows");
    print(out, "import.ratio_vs_sqlite3", importMs / sqliteMs, "ratio");
    print(out, "import.sirene_100k_units", units, "units");
    print(out, "import.sirene_100k_head_offices_in_territory", heads, "units");
    print(out, "import.sirene_100k_created", created, "actors");
    return true;
}
