// essaim-bench: builds an Essaim database of N synthetic actors with ten
// years of figures, then measures what the directory's user waits for:
// opening the file up to the first page, each keystroke of a search, each
// sort, and the memory held. Prints one figure per line: "name value unit".
//
//   essaim-bench [--actors N] [--db FILE] [--only projects|exports|import]
//
// N defaults to 100000. The database is built in a temporary folder, or in
// FILE; an existing FILE is not rebuilt, only measured again (to profile).
//
// Targets at 100,000 actors (DESIGN.md section 6): open_first_page_ms < 200,
// search_keystroke_p50_ms < 10, search_keystroke_p95_ms < 16, sort_ms < 150,
// rss_mb < 200.

#include "agendabench.h"
#include "dialogbench.h"
#include "exportbench.h"
#include "importbench.h"
#include "models/domain/actor.h"
#include "models/domain/commune.h"
#include "models/domain/legalstatus.h"
#include "models/domain/sector.h"
#include "models/domain/textkey.h"
#include "models/itemmodels/actortablemodel.h"
#include "models/search/actorfilter.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"
#include "observatorybench.h"
#include "planbench.h"
#include "printbench.h"
#include "projectsbench.h"
#include "syncbench.h"
#include "territorybench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QApplication>
#include <QFileInfo>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

// Word lists with accents, so that the search's accent folding is exercised.
const char *const kinds[] = {
    "Association", "Coopérative", "Atelier", "Collectif", "Maison", "Centre", "Comité", "Club", "Union",
    "Réseau", "Foyer", "Amicale", "SCOP", "SCIC", "Mutuelle", "Fondation", "Ressourcerie", "Épicerie",
    "Régie", "Compagnie", "Groupement", "Entreprise", "Les Amis", "Université Populaire",
};
const char *const themes[] = {
    "Jardins", "Solidarité", "Énergie", "Insertion", "Culture", "Loisirs", "Sport", "Santé", "Habitat",
    "Formation", "Emploi", "Partage", "Entraide", "Réemploi", "Vélo", "Théâtre", "Musique", "Patrimoine",
    "Nature", "Environnement", "Familles", "Jeunesse", "Seniors", "Alimentation", "Circuits Courts",
    "Numérique", "Éducation", "Mobilité", "Lecture", "Écologie", "Services", "Initiatives",
};
const char *const adjectives[] = {
    "Solidaire", "Citoyenne", "Populaire", "Partagée", "Durable", "Locale", "Rurale", "Ouvrière",
    "Laïque", "Familiale", "Coopérative", "Verte", "Sociale", "Fraternelle", "", "", "",
};
const char *const areas[] = {
    "du Bocage", "de la Sambre", "de l'Helpe", "de l'Avesnois", "de Mormal", "de la Thiérache", "du Hainaut",
};
const char *const competencies[] = {
    "comptabilité", "communication", "accueil de publics", "réemploi", "animation", "gestion de projet",
    "recherche de financements", "gestion des bénévoles", "formation", "informatique", "graphisme",
    "logistique", "ressources humaines", "médiation", "événementiel", "maraîchage", "aide à domicile",
    "encadrement technique", "accompagnement social", "spectacle vivant", "rénovation énergétique",
};
const char *const networks[] = {
    "CRESS Hauts-de-France", "APES", "Le Mouvement associatif", "URSCOP", "France Active", "Chantier école",
};
const char *const firstNames[] = {
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Céline", "Aurélie", "Émilie", "Julie", "Camille", "Hélène",
    "Jean", "Philippe", "Michel", "Alain", "Stéphane", "Frédéric", "Sébastien", "Jérôme", "Julien", "Rémi",
};
const char *const lastNames[] = {
    "Lefebvre", "Leroy", "Delattre", "Dufour", "Lemaire", "Carpentier", "Deprez", "Wattiez", "Delcourt",
    "Bauduin", "Descamps", "Lecomte", "Roussel", "Mortier", "Brasseur", "Delhaye", "Caudron", "Leclercq",
    "Pruvost", "Debève", "Mahieu", "Cuvelier", "Flament", "Lemoine", "Fontaine", "Bécourt", "Noiret",
};
const char *const streets[] = {
    "rue de la République", "rue Jean Jaurès", "rue Victor Hugo", "place du Général de Gaulle",
    "rue Gambetta", "rue Pasteur", "rue de la Gare", "rue des Écoles", "avenue de la Libération",
};
struct FreeCommune
{
    const char *name;
    const char *postcode;
};
const FreeCommune outside[] = {{"Lille", "59000"}, {"Valenciennes", "59300"}, {"Cambrai", "59400"}, {"Saint-Quentin", "02100"}};

class Draw
{
public:
    explicit Draw(quint32 seed)
        : m_gen(seed)
    {
    }
    int between(int low, int high) { return low + int(m_gen.bounded(quint32(high - low + 1))); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    double real(double low, double high) { return low + m_gen.generateDouble() * (high - low); }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N]) { return items[m_gen.bounded(quint32(N))]; }
    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QChar(u'0' + between(0, 9));
        return out;
    }

private:
    QRandomGenerator m_gen;
};

QChar luhnDigit(const QString &prefix)
{
    // Luhn from the right: the check digit is not doubled, the next one is.
    int sum = 0;
    bool twice = true;
    for (int i = prefix.size() - 1; i >= 0; --i) {
        int d = prefix.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return QChar(u'0' + (10 - sum % 10) % 10);
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

struct Reference
{
    QList<Commune> communes;
    std::vector<double> cumulativeWeight;
    QList<Sector> sectors;
    QList<LegalStatus> statuses;
};

Actor makeActor(Draw &draw, const Reference &ref, int serial)
{
    Actor a;
    // Family: mostly associations, as in a real directory.
    const int f = draw.between(0, 99);
    a.family = f < 75 ? QStringLiteral("association")
        : f < 88     ? QStringLiteral("cooperative")
        : f < 92     ? QStringLiteral("mutuelle")
        : f < 95     ? QStringLiteral("fondation")
        : f < 98     ? QStringLiteral("societe_commerciale")
                     : QStringLiteral("hors_champ");
    QList<LegalStatus> matching;
    for (const LegalStatus &s : ref.statuses) {
        if (s.family == a.family)
            matching << s;
    }
    if (!matching.isEmpty()) {
        const LegalStatus &s = matching.at(draw.between(0, int(matching.size()) - 1));
        a.legalStatus = s.name;
        a.legalCategory = s.legalCategory;
    } else {
        a.legalStatus = QStringLiteral("SARL");
        a.legalCategory = QStringLiteral("5499");
    }

    // Place.
    const bool away = draw.chance(0.03);
    QString area;
    if (away || ref.communes.isEmpty()) {
        const FreeCommune &c = draw.pick(outside);
        a.communeName = u8(c.name);
        a.postcode = u8(c.postcode);
    } else {
        const double at = draw.real(0, ref.cumulativeWeight.back());
        const auto it = std::lower_bound(ref.cumulativeWeight.begin(), ref.cumulativeWeight.end(), at);
        const Commune &c = ref.communes.at(int(std::min<std::ptrdiff_t>(it - ref.cumulativeWeight.begin(), ref.communes.size() - 1)));
        a.communeInsee = c.insee;
        a.communeName = c.name;
        a.postcode = c.postcodes.value(0);
    }
    a.address = QStringLiteral("%1 %2").arg(draw.between(1, 200)).arg(u8(draw.pick(streets)));

    // Name: "Coopérative Énergie Citoyenne de Fourmies", "Club Sport du Bocage"...
    QString name = u8(draw.pick(kinds)) + QLatin1Char(' ') + u8(draw.pick(themes));
    const QString adjective = u8(draw.pick(adjectives));
    if (!adjective.isEmpty())
        name += QLatin1Char(' ') + adjective;
    if (draw.chance(0.5)) {
        const QString &commune = a.communeName;
        const bool vowel = QStringLiteral("AEIOUÉÈHaeiouéèh").contains(commune.left(1));
        name += vowel ? QStringLiteral(" d'") + commune : QStringLiteral(" de ") + commune;
    } else {
        name += QLatin1Char(' ') + u8(draw.pick(areas));
    }
    if (draw.chance(0.2))
        name += QStringLiteral(" %1").arg(serial % 97 + 1);
    a.name = name;
    if (draw.chance(0.3)) {
        QString acronym;
        for (const QString &w : TextKey::normalizedName(name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (w.size() > 3 || w == QLatin1String("vie"))
                acronym += w.at(0).toUpper();
        }
        a.acronym = acronym;
    }
    a.description = QStringLiteral("Structure fictive n° %1 générée pour le banc d'essai : %2.").arg(serial).arg(name);

    if (!ref.sectors.isEmpty())
        a.sectorId = ref.sectors.at(draw.between(0, int(ref.sectors.size()) - 1)).id;

    // Numbers with valid check digits.
    a.employer = a.family != QLatin1String("association") || draw.chance(0.35);
    if (a.employer || draw.chance(0.5)) {
        const QString prefix = QChar(u'0' + draw.between(3, 8)) + draw.digits(7);
        a.siren = prefix + luhnDigit(prefix);
        const QString nic = QStringLiteral("000") + QChar(u'0' + draw.between(1, 4));
        a.siret = a.siren + nic + luhnDigit(a.siren + nic);
    }
    if (a.family == QLatin1String("association") && draw.chance(0.85))
        a.rna = QStringLiteral("W59") + draw.digits(7);
    a.naf = QStringLiteral("%1.%2Z").arg(draw.between(10, 96)).arg(draw.between(10, 99));
    a.phone = QStringLiteral("03 27 %1 %2 %3").arg(draw.digits(2), draw.digits(2), draw.digits(2));
    a.email = QStringLiteral("contact%1@example.org").arg(serial);
    a.creationYear = draw.between(1950, 2020);
    a.acceptsInterns = draw.chance(0.3);
    if (draw.chance(0.2))
        a.charterSignedOn = QDate(2011, 1, 1).addDays(draw.between(0, 4700));
    if (draw.chance(0.1))
        a.iaeAgreement = QStringLiteral("ACI");
    a.publicationConsent = draw.chance(0.9);
    a.archived = draw.chance(0.02);

    const int competencyCount = draw.between(0, 4);
    for (int i = 0; i < competencyCount; ++i) {
        const QString tag = u8(draw.pick(competencies));
        if (!a.competencies.contains(tag))
            a.competencies << tag;
    }
    const int networkCount = draw.between(0, 2);
    for (int i = 0; i < networkCount; ++i) {
        const QString tag = u8(draw.pick(networks));
        if (!a.networks.contains(tag))
            a.networks << tag;
    }
    const int contactCount = draw.between(1, 2);
    for (int i = 0; i < contactCount; ++i) {
        Contact c;
        c.firstName = u8(draw.pick(firstNames));
        c.lastName = u8(draw.pick(lastNames));
        c.role = i == 0 ? QStringLiteral("Président(e)") : QStringLiteral("Chargée de mission");
        c.email = QStringLiteral("contact%1.%2@example.org").arg(serial).arg(i);
        c.consentGuide = draw.chance(0.8);
        if (c.consentGuide) {
            c.consentGuideOn = QDate(2012, 1, 1).addDays(draw.between(0, 4700));
            c.consentGuideSource = QStringLiteral("formulaire papier");
        }
        a.contacts << c;
    }

    const int base = a.employer ? draw.between(1, 60) : 0;
    for (int year = 2015; year <= 2024; ++year) {
        YearFigures y;
        y.year = year;
        const int headcount = a.employer ? std::max(1, base + draw.between(-2, 2)) : 0;
        y.headcount = headcount;
        y.fte = a.employer ? headcount * 0.8 : 0.0;
        if (a.family == QLatin1String("association"))
            y.volunteers = draw.between(2, 60);
        y.members = draw.between(5, 400);
        y.budgetCents = qint64(a.employer ? headcount * 40000 + draw.between(0, 50000) : draw.between(1000, 40000)) * 100;
        a.figures << y;
    }
    return a;
}

// The names of ActorTableModel::Column, for the output.
const char *const columnNames[ActorTableModel::ColumnCount] = {
    "Name", "Acronym", "Family", "LegalStatus", "Sector", "Commune", "Epci", "Postcode", "Siret", "Rna",
    "Employer", "Headcount", "AcceptsInterns", "CharterSigned", "Updated",
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank.
    const std::size_t rank = std::size_t(std::ceil(p * double(values.size())));
    return values[std::min(values.size() - 1, rank > 0 ? rank - 1 : 0)];
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.value(1).toDouble() / 1024.0;
        }
    }
    return -1;
}

/// What a view does after a change: read the first page of every column.
int readFirstPage(const ActorTableModel &model)
{
    int chars = 0;
    const int rows = model.rowCount();
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            chars += model.data(model.index(r, c)).toString().size();
    }
    return chars + model.totalCount();
}

void print(QTextStream &out, const QString &name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value >= 100 ? 0 : 1) << ' ' << unit << Qt::endl;
}

/// The synchronisation alone: a directory of @p count actors written here,
/// then the figures of runSyncBench().
bool runSyncBenchOnly(const QString &folder, int count, QTextStream &out, QTextStream &err)
{
    const QString path = QDir(folder).filePath(QStringLiteral("sync-source.essaim"));
    QProcess builder;
    builder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    builder.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--actors"), QString::number(count), QStringLiteral("--db"), path, QStringLiteral("--build-only")});
    if (!builder.waitForFinished(-1) || builder.exitStatus() != QProcess::NormalExit || builder.exitCode() != 0) {
        err << "essaim-bench: writing the database failed." << Qt::endl;
        return false;
    }
    return runSyncBench(folder, path, count, out, err);
}

} // namespace

int main(int argc, char *argv[])
{
    // Printing lays text out with real fonts: a GUI application, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Widgets: the portrait draws the observatory's Qt Charts, graphics widgets.
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("essaim-bench"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Builds a synthetic Essaim database and measures the directory."));
    parser.addHelpOption();
    const QCommandLineOption actorsOption(QStringLiteral("actors"), QStringLiteral("Number of actors (default 100000)."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(actorsOption);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Keep the database in FILE; an existing FILE is measured again without "
                                                     "being rebuilt (to profile the measurements)."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    // The database is written by a child process (this program again): the
    // figures of opening are then those of a file this process never wrote.
    const QCommandLineOption buildOnlyOption(QStringLiteral("build-only"), QStringLiteral("Only write the database (internal)."));
    parser.addOption(buildOnlyOption);
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Measure only AREA: projects (the Projets board and the accompaniment "
                                                       "report, on a database of their own), import (the spreadsheet, SIRENE "
                                                       "and RNA imports, on files of their own), exports (vCard, GeoJSON "
                                                       "and site, on the directory of N actors, built or kept in FILE) or sync "
                                                       "(the synchronisation with a PostgreSQL server of its own)."),
                                        QStringLiteral("AREA"));
    parser.addOption(onlyOption);
    parser.process(app);
    bool ok = false;
    const int count = parser.value(actorsOption).toInt(&ok);
    if (!ok || count <= 0) {
        err << "essaim-bench: --actors needs a positive number." << Qt::endl;
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << "essaim-bench: cannot create a temporary folder: " << dir.errorString() << Qt::endl;
        return 1;
    }
    // Areas with a database of their own can be measured alone, in seconds.
    const QString only = parser.value(onlyOption);
    if (!only.isEmpty() && only != QLatin1String("projects") && only != QLatin1String("import") && only != QLatin1String("exports")
        && only != QLatin1String("sync")) {
        err << "essaim-bench: --only knows four areas: projects, import, exports and sync." << Qt::endl;
        return 2;
    }
    if (only == QLatin1String("projects"))
        return runProjectsBench(dir.path(), out, err) ? 0 : 1;
    if (only == QLatin1String("sync"))
        return runSyncBenchOnly(dir.path(), count, out, err) ? 0 : 1;
    if (only == QLatin1String("import"))
        return runImportBench(out, err) && runCsvImportBench(out, err) && runRnaImportBench(out, err) ? 0 : 1;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("bench.essaim"));
    const bool buildOnly = parser.isSet(buildOnlyOption);
    const bool rebuild = !QFile::exists(path);

    // 1. Build, in a process of its own.
    QElapsedTimer buildTimer;
    buildTimer.start();
    if (rebuild && !buildOnly) {
        QProcess builder;
        builder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        builder.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--actors"), QString::number(count), QStringLiteral("--db"), path, QStringLiteral("--build-only")});
        if (!builder.waitForFinished(-1) || builder.exitStatus() != QProcess::NormalExit || builder.exitCode() != 0) {
            err << "essaim-bench: writing the database failed." << Qt::endl;
            return 1;
        }
    }
    if (buildOnly) {
        Database db;
        if (!db.open(path, Database::OpenMode::CreateIfMissing)) {
            err << "essaim-bench: " << db.errorString() << Qt::endl;
            return 1;
        }
        Reference ref;
        ref.communes = ReferenceStore(db.connectionName()).communes();
        double total = 0;
        for (const Commune &c : ref.communes) {
            total += std::pow(std::max(c.population, 50), 0.85);
            ref.cumulativeWeight.push_back(total);
        }
        ref.sectors = SectorStore(db.connectionName()).all();
        ref.statuses = LegalStatus::all();

        ActorStore store(db.connectionName());
        Draw draw(100000);
        const int batchSize = 5000;
        for (int done = 0; done < count;) {
            QList<Actor> batch;
            const int n = std::min(batchSize, count - done);
            batch.reserve(n);
            for (int i = 0; i < n; ++i)
                batch << makeActor(draw, ref, done + i + 1);
            if (!store.saveAll(batch)) {
                err << "essaim-bench: saving actors failed: " << store.errorString() << Qt::endl;
                return 1;
            }
            done += n;
        }
        db.close();
        return 0;
    }
    const double buildSeconds = double(buildTimer.nsecsElapsed()) / 1e9;
    if (only == QLatin1String("exports")) {
        Database db;
        if (!db.open(path, Database::OpenMode::OpenExisting)) {
            err << "essaim-bench: " << db.errorString() << Qt::endl;
            return 1;
        }
        return runExportBench(db.connectionName(), out, err) ? 0 : 1;
    }

    // 2. Open up to the first page: first cold (the headline: a file this
    //    process never wrote nor read), then warm, as a second opening.
    QElapsedTimer timer;
    double openMs = 0;
    double openDatabaseMs = 0;
    double openWarmMs = 0;
    int sink = 0;
    for (int pass = 0; pass < 2; ++pass) {
        timer.restart();
        Database db;
        if (!db.open(path, Database::OpenMode::OpenExisting)) {
            err << "essaim-bench: " << db.errorString() << Qt::endl;
            return 1;
        }
        const double databaseMs = elapsedMs(timer);
        ActorStore store(db.connectionName());
        ActorTableModel model(&store);
        sink += model.rowCount() > 0 ? model.totalCount() : 0;
        sink += readFirstPage(model);
        const double ms = elapsedMs(timer);
        if (model.rowCount() == 0) {
            err << "essaim-bench: the directory shows no actor." << Qt::endl;
            return 1;
        }
        if (pass == 0) {
            openMs = ms;
            openDatabaseMs = databaseMs;
        } else {
            openWarmMs = ms;
        }
    }
    Database db;
    if (!db.open(path, Database::OpenMode::OpenExisting)) {
        err << "essaim-bench: " << db.errorString() << Qt::endl;
        return 1;
    }
    {
        // Scoped: the model's queries end before the connection closes.
        ActorStore store(db.connectionName());
        ActorTableModel model(&store);

        // 3. Search as you type: each keystroke refines the text by one letter.
        const QStringList typed = {
            QStringLiteral("energie"), QStringLiteral("association"), QStringLiteral("cooperative"),
            QStringLiteral("jardins"), QStringLiteral("maubeuge"), QStringLiteral("solidarite"),
            QStringLiteral("culture"), QStringLiteral("fourmies"), QStringLiteral("sport"),
            QStringLiteral("insertion"), QStringLiteral("ressourcerie"), QStringLiteral("habitat"),
            QStringLiteral("jardins maubeuge"), QStringLiteral("atelier vélo"), QStringLiteral("énergie"),
            QStringLiteral("delattre"), QStringLiteral("comptabilité"),
        };
        std::vector<double> keystrokes;
        for (const QString &word : typed) {
            for (int length = 1; length <= word.size(); ++length) {
                ActorFilter filter = model.filter();
                filter.text = word.left(length);
                timer.restart();
                model.setFilter(filter);
                sink += readFirstPage(model);
                keystrokes.push_back(elapsedMs(timer));
            }
            ActorFilter cleared = model.filter();
            cleared.text.clear();
            model.setFilter(cleared);
        }

        // 4. Sort every column both ways, over the whole directory.
        model.setFilter(ActorFilter());
        std::vector<std::pair<QString, double>> sorts;
        double worstSort = 0;
        // Name ascending is the current order: sort the other columns first so
        // that every call, Name's included, really reorders.
        std::vector<int> columns;
        for (int c = 1; c < ActorTableModel::ColumnCount; ++c)
            columns.push_back(c);
        columns.push_back(ActorTableModel::Name);
        for (int column : columns) {
            double worst = 0;
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                timer.restart();
                model.sort(column, order);
                sink += readFirstPage(model);
                worst = std::max(worst, elapsedMs(timer));
            }
            sorts.emplace_back(QString::fromLatin1(columnNames[column]), worst);
            worstSort = std::max(worstSort, worst);
        }

        const double rss = residentMb();

        if (rebuild)
            print(out, QStringLiteral("directory.build_s"), buildSeconds, "s");
        print(out, QStringLiteral("directory.open_first_page_ms"), openMs, "ms");
        print(out, QStringLiteral("directory.open_first_page_ms.database_open"), openDatabaseMs, "ms");
        print(out, QStringLiteral("directory.open_first_page_ms.warm"), openWarmMs, "ms");
        print(out, QStringLiteral("directory.search_keystroke_p50_ms"), percentile(keystrokes, 0.5), "ms");
        print(out, QStringLiteral("directory.search_keystroke_p95_ms"), percentile(keystrokes, 0.95), "ms");
        print(out, QStringLiteral("directory.search_keystrokes"), double(keystrokes.size()), "count");
        print(out, QStringLiteral("directory.sort_ms"), worstSort, "ms");
        for (const auto &s : sorts)
            print(out, QStringLiteral("directory.sort_ms.") + s.first, s.second, "ms");
        print(out, QStringLiteral("directory.rss_mb"), rss, "MB");
        print(out, QStringLiteral("directory.actors"), double(store.count()), "actors");
    }
    // The observatory opens the file itself: its first figures follow an opening.
    db.close();
    if (!runObservatoryBench(path, out, err))
        return 1;
    if (!db.open(path, Database::OpenMode::OpenExisting)) {
        err << "essaim-bench: " << db.errorString() << Qt::endl;
        return 1;
    }
    if (!runExportBench(db.connectionName(), out, err) || !runPlanBench(db.connectionName(), out, err)
        || !runPrintBench(db.connectionName(), out, err))
        return 1;
    if (!runImportBench(out, err) || !runCsvImportBench(out, err) || !runRnaImportBench(out, err))
        return 1;
    runDialogBench(db.connectionName(), out);
    if (!runProjectsBench(QFileInfo(db.filePath()).absolutePath(), out, err))
        return 1;
    // Keeps the reads above from being optimised away.
    if (sink == -1)
        out << "" << Qt::endl;
    if (!runAgendaBenchmark(out, err))
        return 1;
    runTerritoryBench(out);
    db.close();
    return runSyncBench(dir.path(), path, count, out, err) ? 0 : 1;
}
