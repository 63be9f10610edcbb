#include "csvimportbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringConverter>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace {

QString luhnComplete(const QString &digits)
{
    for (int last = 0; last < 10; ++last) {
        const QString candidate = digits + QString::number(last);
        int sum = 0;
        bool twice = false;
        for (qsizetype i = candidate.size() - 1; i >= 0; --i) {
            int d = candidate.at(i).digitValue();
            if (twice && (d *= 2) > 9)
                d -= 9;
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

/// A partner's spreadsheet as French Excel writes it: Windows-1252, ';', CRLF.
bool writeSpreadsheet(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const char *sectors[] = {"Action sociale", "Culture", "Sport", "Habitat", "Santé", "Formation", "Recyclage et réemploi"};
    const char *places[][2] = {{"59600", "Maubeuge"}, {"59440", "Avesnes-sur-Helpe"}, {"59186", "Anor"}, {"59460", "Jeumont"}};
    const char *kinds[] = {"Association", "Coopérative", "Atelier", "Épicerie solidaire", "Régie de quartier", "Foyer"};
    QRandomGenerator random(13);
    QStringEncoder encoder("Windows-1252");
    QString text = QStringLiteral("Nom;Sigle;Secteur;SIRET;Adresse;Code postal;Ville;Courriel;Salariés;Bénévoles\r\n");
    file.write(encoder.encode(text));
    for (int i = 0; i < rows; ++i) {
        const QString siren = luhnComplete(QStringLiteral("%1").arg(20000000 + i, 8, 10, QLatin1Char('0')));
        const auto &place = places[random.bounded(4)];
        text = QStringLiteral("%1 n°%2 de %3;;%4;%5;%6 rue de la Gare;%7;%3;contact%2@exemple.fr;%8;%9\r\n")
                   .arg(QString::fromUtf8(kinds[random.bounded(6)]))
                   .arg(i)
                   .arg(QString::fromUtf8(place[1]), QString::fromUtf8(sectors[random.bounded(7)]),
                        random.bounded(3) ? luhnComplete(siren + QStringLiteral("0001")) : QString())
                   .arg(1 + random.bounded(150))
                   .arg(QString::fromLatin1(place[0]))
                   .arg(random.bounded(40))
                   .arg(random.bounded(60));
        file.write(encoder.encode(text));
    }
    return file.error() == QFileDevice::NoError;
}

double runTimed(const QString &program, const QStringList &arguments, QTextStream &err, int *status)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForFinished(600000)) {
        err << "essaim-bench: " << program << " did not finish." << Qt::endl;
        *status = -1;
        return 0;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (*status != 0)
        err << "essaim-bench: " << program << ": " << QString::fromUtf8(process.readAllStandardError()) << Qt::endl;
    return ms;
}

} // namespace

bool runCsvImportBench(QTextStream &out, QTextStream &err, int rows)
{
    QString essaim = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/essaim"));
    if (!QFileInfo(essaim).isExecutable())
        essaim = QStandardPaths::findExecutable(QStringLiteral("essaim"));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (essaim.isEmpty() || sqlite3.isEmpty()) {
        err << "essaim-bench: the essaim executable (build/app/essaim) or sqlite3 is missing." << Qt::endl;
        return false;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("partenaires.csv"));
    if (!writeSpreadsheet(csv, rows)) {
        err << "essaim-bench: cannot write the generated spreadsheet." << Qt::endl;
        return false;
    }
    // The database exists first (created, migrated): the import is timed alone.
    const QString db = dir.filePath(QStringLiteral("import.essaim"));
    int status = 0;
    runTimed(essaim, {QStringLiteral("--db"), db, QStringLiteral("check")}, err, &status);
    if (status != 0)
        return false;
    const double essaimMs = runTimed(essaim, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                              QStringLiteral("import"), QStringLiteral("actors"), csv}, err, &status);
    if (status != 0)
        return false;
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double rssMb = double(usage.ru_maxrss) / 1024.0;
    const double sqliteMs = runTimed(sqlite3, {dir.filePath(QStringLiteral("bare.db")), QStringLiteral(".mode csv"),
                                               QStringLiteral(".separator ;"), QStringLiteral(".import %1 partners").arg(csv)},
                                     err, &status);
    if (status != 0)
        return false;
    print(out, "import.csv_100k_ms", essaimMs, "ms");
    print(out, "import.csv_sqlite3_100k_ms", sqliteMs, "ms");
    print(out, "import.csv_ratio_vs_sqlite3", essaimMs / sqliteMs, "ratio");
    print(out, "import.csv_100k_rss_mb", rssMb, "MB");
    print(out, "import.csv_100k_rows", rows, "rows");
    return true;
}
