#include "app/commandtable.h"
#include "app/invocation.h"
#include "models/domain/clock.h"
#include "models/storage/database.h"
#include "observatoryfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

/// The headless command line, run as the user runs it.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Result = TestSupport::CliResult;

    Result run(const QStringList &arguments) { return TestSupport::runEssaim(m_dir.path(), arguments); }

    QTemporaryDir m_dir;

private slots:
    // The demo is made relative to today: the program runs at the pinned instant.
    void initTestCase() { TestSupport::pinClock(); }

    void planImportExport()
    {
        const QString db = m_dir.filePath(QStringLiteral("plans.essaim"));
        const QString en = QStringLiteral("en");
        const QString sambre = QStringLiteral(ESSAIM_TEST_DATA "/sambre_avesnois_2010_2014.txt");
        const QString azur = QStringLiteral(ESSAIM_TEST_DATA "/cldess_pole_azur_provence_2012.txt");

        // A malformed outline: exit 1, line-numbered reason on one line, nothing imported.
        const QString bad = m_dir.filePath(QStringLiteral("bad.txt"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("plan: Mauvais\n  objectif: O\n    action: A\n      échéance: bientôt\n").toUtf8());
        }
        Result r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("plan"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 4: “bientôt” is not a date")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        const QString out = m_dir.filePath(QStringLiteral("plans.txt"));
        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("plan"),
                 QStringLiteral("--format"), QStringLiteral("outline"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("holds no plan")), qPrintable(r.err));

        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("plan"), sambre});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Plan stratégique ESS Sambre-Avesnois 2010-2014 (38 items)")), qPrintable(r.out));
        r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("plan"), azur});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("plan"), sambre});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already in the database")), qPrintable(r.err));

        auto stripComments = [](const QString &path) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            QStringList kept;
            for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
                if (!line.startsWith(QLatin1Char('#')))
                    kept << line;
            }
            return kept.join(QLatin1Char('\n'));
        };
        auto readAll = [](const QString &path) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return QString::fromUtf8(f.readAll());
        };
        r = run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--plan"),
                 QStringLiteral("CLDESS Pôle Azur Provence 2012-2015"), QStringLiteral("--format"), QStringLiteral("outline"),
                 QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readAll(out), stripComments(azur));
        // Without --plan: every plan, one after the other.
        r = run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--format"),
                 QStringLiteral("outline"), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readAll(out), stripComments(sambre) + QLatin1Char('\n') + stripComments(azur));

        const QString csv = m_dir.filePath(QStringLiteral("plans.csv"));
        r = run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = readAll(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 1 + 38 + 1 + 35);
        QCOMPARE(lines.at(0), QStringLiteral("code;level;title;status;progress;start;due;pilot;budget_planned;budget_spent"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF" "code;"));
        }
        QCOMPARE(lines.at(1), QStringLiteral(";0;Plan stratégique ESS Sambre-Avesnois 2010-2014;;0;2010-01-01;2014-12-31;;0,00;0,00"));
        QCOMPARE(lines.at(2), QStringLiteral("1;1;Diagnostic des réalités de l'ESS de Sambre-Avesnois;;0;;;;0,00;0,00"));

        // Wrong usage: exit 2.
        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("plan"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("use outline or csv")), qPrintable(r.err));
        r = run({QStringLiteral("--lang"), en, QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("plan"),
                 QStringLiteral("--plan"), QStringLiteral("Absent"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no plan named “Absent”")), qPrintable(r.err));
        r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("plan")});
        QCOMPARE(r.code, 2);
    }

    void theCommandLineIsReadOnce_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("headless");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("command");
        const QString db = QStringLiteral("conseil.essaim");
        QTest::newRow("window") << QStringList{QStringLiteral("--db"), db} << true << false << QStringList{} << db << QString();
        QTest::newRow("window in French") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << true << false << QStringList{}
                                          << QString() << QString();
        // A file manager's "open with" gives the file alone.
        QTest::newRow("a file to open") << QStringList{QStringLiteral("/home/c/Conseil.ESSAIM")} << true << false
                                        << QStringList{QStringLiteral("/home/c/Conseil.ESSAIM")} << QStringLiteral("/home/c/Conseil.ESSAIM")
                                        << QString();
        QTest::newRow("a command") << QStringList{QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("events"),
                                                  QStringLiteral("a.ics"), QStringLiteral("--dry-run")}
                                   << true << true << QStringList{QStringLiteral("import"), QStringLiteral("events"), QStringLiteral("a.ics")} << db
                                   << QStringLiteral("import events");
        QTest::newRow("a value that looks like a command") << QStringList{QStringLiteral("--format"), QStringLiteral("stats"), QStringLiteral("agenda")}
                                                           << true << true << QStringList{QStringLiteral("agenda")} << QString()
                                                           << QStringLiteral("agenda");
        QTest::newRow("an unknown object") << QStringList{QStringLiteral("export"), QStringLiteral("things")} << true << true
                                           << QStringList{QStringLiteral("export"), QStringLiteral("things")} << QString()
                                           << QStringLiteral("export");
        QTest::newRow("an unknown option") << QStringList{QStringLiteral("--colour")} << false << true << QStringList{} << QString() << QString();
        QTest::newRow("help") << QStringList{QStringLiteral("-h")} << true << true << QStringList{} << QString() << QString();
    }

    void theCommandLineIsReadOnce()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, valid);
        QFETCH(bool, headless);
        QFETCH(QStringList, words);
        QFETCH(QString, database);
        QFETCH(QString, command);
        const Invocation invocation(arguments);
        QCOMPARE(invocation.isValid(), valid);
        QCOMPARE(invocation.isHeadless(), headless);
        QCOMPARE(invocation.words(), words);
        QCOMPARE(invocation.databasePath(), database);
        const Command *found = CommandTable::instance().find(words);
        QCOMPARE(found ? found->names().join(QLatin1Char('/')).contains(command) : false, !command.isEmpty());
        if (found)
            QVERIFY(found->names().contains(command));
    }

    void helpIsTheTable()
    {
        // Every command's lines, in the table's order, each once.
        const Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        qsizetype at = 0;
        for (const char *line : {"demo: fill the database", "check: check the database", "export actors --format", "import actors FILE...",
                                 "stats [--year Y]", "import events FILE.ics", "agenda --from DATE", "import plan OUTLINE.txt",
                                 "print DOCUMENT [options]", "init --name NAME", "projects [--stage S]", "person find TEXT", "privacy check"}) {
            const qsizetype found = r.out.indexOf(QLatin1String(line));
            QVERIFY2(found > at, line);
            QCOMPARE(r.out.count(QLatin1String(line)), 1);
            at = found;
        }
        QVERIFY(r.out.contains(QStringLiteral("--on-duplicate <MODE>")));
        QVERIFY(r.out.contains(QStringLiteral("--stage <STAGE>")));
        QCOMPARE(r.out.count(QStringLiteral("  --format <FORMAT>")), 1);
    }

    void helpAndVersion()
    {
        Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--db")));
        QVERIFY(r.out.contains(QStringLiteral("export actors")));
        QVERIFY(r.out.contains(QStringLiteral("--territory")));
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("essaim " ESSAIM_VERSION));
    }

    void frenchOnRequest()
    {
        const Result r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"),
                              m_dir.filePath(QStringLiteral("absent.essaim")), QStringLiteral("check")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("n'existe pas")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void demoCheckExport()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.essaim"));
        Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("is sound: schema version %1").arg(Database::latestSchemaVersion())), qPrintable(r.out));

        // The demo goes into an empty database only.
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("demo")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already holds")));

        const QString csv = m_dir.filePath(QStringLiteral("actors.csv"));
        r = run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFnom;"));
        QVERIFY(bytes.count('\n') >= 81);

        const QString rfc = m_dir.filePath(QStringLiteral("actors-rfc.csv"));
        r = run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--format"),
                 QStringLiteral("csv-rfc"), QStringLiteral("-o"), rfc});
        QCOMPARE(r.code, 0);
        QFile rfcFile(rfc);
        QVERIFY(rfcFile.open(QIODevice::ReadOnly));
        QVERIFY(rfcFile.readAll().startsWith("nom,sigle,"));
    }

    void exportFormats()
    {
        const QString db = m_dir.filePath(QStringLiteral("formats.essaim"));
        Result r = run({QStringLiteral("--db"), db, QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto exportAs = [&](const QString &format, const QString &out) {
            return run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("export"),
                        QStringLiteral("actors"), QStringLiteral("--format"), format, QStringLiteral("-o"), out});
        };

        const QString vcf = m_dir.filePath(QStringLiteral("contacts.vcf"));
        r = exportAs(QStringLiteral("vcf"), vcf);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("contact cards written to")), qPrintable(r.out));
        QFile vcfFile(vcf);
        QVERIFY(vcfFile.open(QIODevice::ReadOnly));
        const QByteArray cards = vcfFile.readAll();
        QVERIFY(cards.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QVERIFY(cards.endsWith("END:VCARD\r\n"));
        QCOMPARE(cards.count("BEGIN:VCARD"), cards.count("END:VCARD"));

        const QString geojson = m_dir.filePath(QStringLiteral("actors.geojson"));
        r = exportAs(QStringLiteral("geojson"), geojson);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile geoFile(geojson);
        QVERIFY(geoFile.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(geoFile.readAll());
        QCOMPARE(doc.object().value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
        const int features = int(doc.object().value(QStringLiteral("features")).toArray().size());
        QVERIFY(features > 50);
        QVERIFY2(r.out.startsWith(QStringLiteral("%1 actors placed on the map").arg(features)), qPrintable(r.out));

        const QString site = m_dir.filePath(QStringLiteral("site"));
        r = exportAs(QStringLiteral("html"), site);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(site + QStringLiteral("/index.html")));
        QVERIFY(QFile::exists(site + QStringLiteral("/.essaim-site")));
        // Again into the same folder: the previous site is replaced.
        r = exportAs(QStringLiteral("html"), site);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);

        // A folder with other files is refused, in one line, untouched.
        const QString foreign = m_dir.filePath(QStringLiteral("papers"));
        QVERIFY(QDir().mkpath(foreign));
        QFile note(foreign + QStringLiteral("/note.txt"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("à garder");
        note.close();
        r = exportAs(QStringLiteral("html"), foreign);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not empty and holds no site made by Essaim")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QDir(foreign).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("note.txt")});

        // A file where the site's folder should be.
        r = exportAs(QStringLiteral("html"), vcf);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is a file, not a folder")), qPrintable(r.err));

        // A folder that cannot be made: named in the message, exit 1.
        r = exportAs(QStringLiteral("html"), QStringLiteral("/proc/essaim-site"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("“/proc/essaim-site” could not be created")), qPrintable(r.err));

        // French, on request.
        r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("actors"),
                 QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), foreign});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("n'est pas vide")), qPrintable(r.err));
    }

    void badUsageExitsNonZeroWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("export without -o") << QStringList{QStringLiteral("export"), QStringLiteral("actors")};
        QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("-o"), QStringLiteral("x")};
        QTest::newRow("html without -o") << QStringList{QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--format"), QStringLiteral("html")};
        QTest::newRow("stats without format") << QStringList{QStringLiteral("stats")};
        QTest::newRow("stats bad year") << QStringList{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("20x3"), QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check")};
    }

    void badUsageExitsNonZeroWithOneLine()
    {
        QFETCH(QStringList, arguments);
        const Result r = run(QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("usage.essaim"))} + arguments);
        QVERIFY(r.code != 0);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    /// The observatory's "mobilisation des acteurs" comes from the agenda's
    /// attendance: the demo's Rendez-vous de l'ESS of last year, the latest
    /// year with figures (eleven dates with registrations, August cancelled).
    void statsCarryTheAgendasAttendance()
    {
        const QString path = m_dir.filePath(QStringLiteral("mobilisation.essaim"));
        Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("stats"),
                 QStringLiteral("--year"), QString::number(Clock::today().year() - 1), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray mobilisation = o.value(QStringLiteral("extra")).toObject().value(QStringLiteral("mobilisation")).toArray();
        QJsonObject rendezVous;
        for (const QJsonValue &v : mobilisation) {
            if (v.toObject().value(QStringLiteral("label")).toString() == QStringLiteral("Rendez-vous de l'ESS"))
                rendezVous = v.toObject();
        }
        QCOMPARE(rendezVous.value(QStringLiteral("occurrences")).toInt(), 11);
        QCOMPARE(rendezVous.value(QStringLiteral("registered")).toInt(), 312);
        QCOMPARE(rendezVous.value(QStringLiteral("participants")).toInt(), 234);
        QCOMPARE(rendezVous.value(QStringLiteral("actors_reached")).toInt(), 88);
    }

    void statsJson()
    {
        const QString path = m_dir.filePath(QStringLiteral("observatory.essaim"));
        {
            Database db;
            QVERIFY(db.open(path));
            ObservatoryFixture::build(db.connectionName());
        }
        Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("stats"),
                        QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2023);
        QCOMPARE(o.value(QStringLiteral("actors")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("employer_actors")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("jobs")).toInt(), 50);
        QCOMPARE(o.value(QStringLiteral("fte")).toDouble(), 44.0);
        QCOMPARE(o.value(QStringLiteral("volunteers")).toInt(), 32);
        QCOMPARE(o.value(QStringLiteral("members")).toInt(), 5150);
        QCOMPARE(o.value(QStringLiteral("ess_share_pct")).toDouble(), 5.0);
        QCOMPARE(o.value(QStringLiteral("jobs_estimated")).toDouble(), 36.0);
        for (const char *list : {"by_family", "by_sector", "by_epci", "by_size_band", "evolution"}) {
            const QJsonArray entries = o.value(QLatin1String(list)).toArray();
            QVERIFY2(!entries.isEmpty(), list);
            for (const QJsonValue &e : entries) {
                for (const char *key : {"label", "actors", "employer_actors", "jobs", "fte", "volunteers", "members", "ess_share_pct"})
                    QVERIFY2(e.toObject().contains(QLatin1String(key)), key);
            }
        }
        QCOMPARE(o.value(QStringLiteral("by_family")).toArray().at(0).toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Association"));
        QCOMPARE(o.value(QStringLiteral("evolution")).toArray().size(), 2);
        const QJsonArray comparisons = o.value(QStringLiteral("comparisons")).toArray();
        QCOMPARE(comparisons.size(), 7); // territory, 4 EPCI, region, France
        const QJsonObject region = comparisons.at(5).toObject();
        QCOMPARE(region.value(QStringLiteral("value")).toDouble(), 10.8);
        QCOMPARE(region.value(QStringLiteral("year")).toInt(), 2019);
        QCOMPARE(region.value(QStringLiteral("source")).toString(), QStringLiteral("CRESS Panorama"));

        // A commune list and a family; the latest year by default.
        r = run({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--territory"), QStringLiteral("list:Contrat de ville"),
                 QStringLiteral("--family"), QStringLiteral("association"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject list = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(list.value(QStringLiteral("year")).toInt(), 2024);
        QCOMPARE(list.value(QStringLiteral("actors")).toInt(), 2); // a1 and a4

        r = run({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2023"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("section,key,label,actors,")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("total,total,Whole territory,5,4,50,44,32,5150,5,2,2,36,2023,INSEE test")));

        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("stats"),
                 QStringLiteral("--territory"), QStringLiteral("12345"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    void neverWritesOverAFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Liste des acteurs\n");
        f.close();
        const QByteArray before = TestSupport::fileHash(path);
        const Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("demo")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("is not an Essaim database")));
        QCOMPARE(TestSupport::fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
