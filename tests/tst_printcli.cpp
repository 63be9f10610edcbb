#include "app/invocation.h"
#include "app/printcommand.h"
#include "models/demo/demoagendabuilder.h"
#include "models/demo/democalendar.h"
#include "models/domain/clock.h"
#include "models/domain/planvocabulary.h"
#include "models/storage/database.h"
#include "models/stores/eventstore.h"
#include "models/stores/planstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

/// "essaim print" run as the user runs it, headless, on the demo database:
/// each document's PDF read back, and the sentences wrong input gets.
class TestPrintCli : public QObject
{
    Q_OBJECT

private:
    using Result = TestSupport::CliResult;

    Result run(const QString &lang, const QStringList &arguments) const
    {
        return TestSupport::runEssaim(m_dir.path(), QStringList{QStringLiteral("--lang"), lang, QStringLiteral("--db"), m_demo} + arguments);
    }
    QString out(const QString &name) const
    {
        return QDir(qEnvironmentVariable("ESSAIM_PRINT_OUT", m_dir.path())).filePath(name);
    }
    /// The expected values are read in-process from a copy: the command
    /// under test keeps the demo file to itself.
    std::unique_ptr<Database> copyOfDemo(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_demo, path))
            return nullptr;
        auto db = std::make_unique<Database>();
        return db->open(path, Database::OpenMode::OpenExisting) ? std::move(db) : nullptr;
    }

    static QString lastYear() { return QString::number(DemoCalendar::lastFigureYear()); }

    QTemporaryDir m_dir;
    QString m_demo;
    const QString m_planName = QStringLiteral("Plan stratégique ESS Sambre-Avesnois 2010-2014");

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The demo of the pinned day: figures up to last year (2025), agenda around 23 November 2026.
        TestSupport::pinClock();
        m_demo = m_dir.filePath(QStringLiteral("demo.essaim"));
        const Result r = TestSupport::runEssaim(m_dir.path(), {QStringLiteral("--db"), m_demo, QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void portraitOfAnEpci()
    {
        const QString path = out(QStringLiteral("portrait-epci.pdf"));
        const Result r = run(QStringLiteral("fr"), {QStringLiteral("print"), QStringLiteral("observatory"), QStringLiteral("--year"), lastYear(),
                                                   QStringLiteral("--territory"), QStringLiteral("200043396"), QStringLiteral("-o"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int pages = TestSupport::pdfPages(path);
        QVERIFY(pages >= 4);
        QCOMPARE(QString(r.out).replace(QChar(0x00a0), QLatin1Char(' ')).trimmed(), QStringLiteral("« %1 » écrit : %2 pages.").arg(path).arg(pages));

        // The numbers are the stats command's, for the same year and territory.
        const Result stats = run(QStringLiteral("en"), {QStringLiteral("stats"), QStringLiteral("--year"), lastYear(), QStringLiteral("--territory"),
                                                        QStringLiteral("200043396"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(stats.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("actors")).toInt(), 52);
        QCOMPARE(json.value(QStringLiteral("jobs")).toInt(), 851);

        const QString first = TestSupport::pdfText(path, 1).simplified();
        QVERIFY(first.contains(QStringLiteral("Portrait du territoire")));
        QVERIFY(first.contains(QStringLiteral("CA Maubeuge Val de Sambre en %1").arg(lastYear())));
        // Four figures to a row, each above its label.
        QVERIFY2(first.contains(QStringLiteral("Chiffres clés 52 42 851 633,6 Acteurs Acteurs employeurs Emplois ETP "
                                               "875 47 663 2,4 % Bénévoles Adhérents Part de l'emploi salarié")),
                 qPrintable(first.left(600)));
        QVERIFY(first.contains(QStringLiteral("851 emplois déclarés sur 36 090 emplois salariés")));

        // Charts are drawn, not pasted: their labels are text, and the only
        // picture in the whole report is the council's logo.
        const QString all = TestSupport::pdfText(path).simplified();
        for (const QString &title : {QStringLiteral("Acteurs et emplois par famille"), QStringLiteral("Emplois par secteur"),
                                     QStringLiteral("Évolution sur les années"), QStringLiteral("Part de l'ESS dans l'emploi salarié"),
                                     QStringLiteral("Acteurs employeurs par taille"), QStringLiteral("Profil d'utilité sociale"),
                                     QStringLiteral("Chiffres par EPCI"), QStringLiteral("Note de méthode")})
            QVERIFY2(all.count(title) >= 1, qPrintable(title));
        QVERIFY(all.contains(QStringLiteral("% des emplois salariés"))); // the comparison chart's axis
        QCOMPARE(TestSupport::pdfImageCount(path), 1);
        // The method note names each source with its year.
        QVERIFY(all.contains(QStringLiteral("CA Maubeuge Val de Sambre, Données de démonstration (ordre de grandeur, non officielles), %1")
                                    .arg(DemoCalendar::lastFigureYear() - 2)));
        QVERIFY(all.contains(QStringLiteral("Hauts-de-France")));
        // Only the EPCI's own row in the EPCI table.
        QVERIFY(!all.contains(QStringLiteral("CC du Pays de Mormal 18")));
        // The agenda's figures are the council's: the portrait of a part says so.
        QVERIFY(all.contains(QStringLiteral("Les événements du conseil, pour tout son territoire, quelle que soit la partie dont traite ce portrait.")));
    }

    void portraitRefusesWhatCannotBePortrayed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("year without figures") << QStringList{QStringLiteral("--year"), QStringLiteral("1990")} << 1
                                              << QStringLiteral("essaim: No figures were declared for 1990: choose a year from %1 to %2.")
                                                     .arg(DemoCalendar::firstFigureYear())
                                                     .arg(DemoCalendar::lastFigureYear());
        QTest::newRow("not a year") << QStringList{QStringLiteral("--year"), QStringLiteral("l'an dernier")} << 2
                                    << QStringLiteral("essaim: “l'an dernier” is not a year; write for example --year 2023.");
        QTest::newRow("unknown territory") << QStringList{QStringLiteral("--territory"), QStringLiteral("99999")} << 2
                                           << QStringLiteral("essaim: The territory “99999” is unknown: give “all”, the SIREN of an EPCI, the INSEE code of a commune, or list:NAME.");
    }

    void portraitRefusesWhatCannotBePortrayed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, sentence);
        const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        const Result r = run(QStringLiteral("en"), QStringList{QStringLiteral("print"), QStringLiteral("observatory")} + arguments
                                                        + QStringList{QStringLiteral("-o"), path});
        QCOMPARE(r.code, code);
        QCOMPARE(r.err.trimmed(), sentence);
        QVERIFY(!QFile::exists(path));
    }

    void planReportOverAPeriod()
    {
        const QDate from(2012, 1, 1);
        const QDate to(2012, 6, 30);
        int late = 0;
        int actions = 0;
        int entries = 0;
        int outside = 0;
        {
            const auto db = copyOfDemo(QStringLiteral("plan-copy.essaim"));
            QVERIFY(db);
            const PlanStore plans(db->connectionName());
            const auto plan = plans.planByName(m_planName);
            QVERIFY(plan);
            for (const PlanItem &item : plans.items(plan->id)) {
                if (item.kind == PlanItem::Kind::Action) {
                    ++actions;
                    const QDate due = PlanVocabulary::lastDay(item.due);
                    late += item.status != PlanItem::Status::Done && item.status != PlanItem::Status::Abandoned && due.isValid() && due < to;
                }
                for (const PlanJournalEntry &j : item.journal)
                    (j.date >= from && j.date <= to ? entries : outside) += 1;
            }
        }
        QVERIFY(late > 0 && entries > 0 && outside > 0);
        const QString path = out(QStringLiteral("plan-report.pdf"));
        const Result r = run(QStringLiteral("fr"), {QStringLiteral("print"), QStringLiteral("plan"), QStringLiteral("--plan"), m_planName, QStringLiteral("--from"),
                                                   QStringLiteral("2012-01-01"), QStringLiteral("--to"), QStringLiteral("2012-06-30"), QStringLiteral("-o"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = TestSupport::pdfText(path).simplified();
        QVERIFY(text.contains(m_planName));
        QVERIFY(text.contains(QStringLiteral("du dimanche 1er janvier 2012 au samedi 30 juin 2012")));
        QVERIFY2(text.contains(QStringLiteral("%1 actions, ").arg(actions)), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("%1 en retard.").arg(late)));
        // Each late action says so beside its status ("En cours, en retard";
        // the cell may wrap after "en").
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("(À lancer|En cours|Reporté), en\\b"))), late);
        // Journal entries of the period only: each is dated in it.
        static const QRegularExpression dated(QStringLiteral("\\b(\\d\\d)/(\\d\\d)/(\\d{4}) —"));
        int found = 0;
        for (auto it = dated.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
            QVERIFY2(d >= from && d <= to, qPrintable(m.captured(0)));
            ++found;
        }
        QCOMPARE(found, entries);
        QCOMPARE(TestSupport::pdfText(path, 1).count(QStringLiteral("Usage interne")), 2);
    }

    void planReportRefusals()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        Result r = run(QStringLiteral("en"), {QStringLiteral("print"), QStringLiteral("plan"), QStringLiteral("--plan"), QStringLiteral("Plan imaginaire"),
                                              QStringLiteral("-o"), path});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed(), QStringLiteral("essaim: there is no plan “Plan imaginaire”; the plans are “%1” and “CLDESS Pôle Azur Provence 2012-2015”.")
                                      .arg(m_planName));
        r = run(QStringLiteral("en"), {QStringLiteral("print"), QStringLiteral("plan"), QStringLiteral("--from"), QStringLiteral("2012-13-01"), QStringLiteral("-o"), path});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed(), QStringLiteral("essaim: the date “2012-13-01” cannot be read; write it as 2026-03-31."));
        r = run(QStringLiteral("en"), {QStringLiteral("print"), QStringLiteral("plan"), QStringLiteral("--plan"), m_planName, QStringLiteral("--from"),
                                       QStringLiteral("2013-01-01"), QStringLiteral("--to"), QStringLiteral("2012-01-01"), QStringLiteral("-o"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("give the dates in order")));
        QVERIFY(!QFile::exists(path));
    }

    void attendanceSheetOfOneDate()
    {
        QStringList expected;
        QStringList excused;
        {
            const auto db = copyOfDemo(QStringLiteral("agenda-copy.essaim"));
            QVERIFY(db);
            const EventStore events(db->connectionName());
            const auto record = events.loadByUid(DemoAgendaBuilder::rendezVousUid());
            QVERIFY(record);
            const QList<Registration> registrations = events.registrations(record->event.id, QDateTime(QDate(2026, 11, 6), QTime(18, 0)));
            for (const Registration &reg : registrations)
                (reg.status == Registration::Status::Excused ? excused : expected) << reg.name;
        }
        QVERIFY(expected.size() >= 5);
        const QString path = out(QStringLiteral("attendance.pdf"));
        const Result r = run(QStringLiteral("fr"), {QStringLiteral("print"), QStringLiteral("attendance"), QStringLiteral("--event"), DemoAgendaBuilder::rendezVousUid(),
                                                   QStringLiteral("--date"), QStringLiteral("2026-11-06"), QStringLiteral("-o"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = TestSupport::pdfText(path).simplified();
        QVERIFY(text.contains(QStringLiteral("Feuille d'émargement")));
        QVERIFY(text.contains(QStringLiteral("vendredi 6 novembre 2026, 18 h")));
        QVERIFY(text.contains(QStringLiteral("Maison de l'ESS, Maubeuge")));
        for (const QString &name : std::as_const(expected))
            QVERIFY2(text.contains(name), qPrintable(name));
        // The excused are left out (a namesake among those expected aside).
        for (const QString &name : std::as_const(excused)) {
            if (!expected.contains(name))
                QVERIFY2(!text.contains(name), qPrintable(name));
        }
        QVERIFY(text.contains(QStringLiteral("%1 participants inscrits.").arg(expected.size())));
        // The notice names the controller without an article, and where to write: never a phone number.
        QVERIFY2(text.contains(QStringLiteral("Responsable du traitement : Conseil local de l'ESS Sambre-Avesnois.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Pour exercer vos droits, écrivez à : Conseil local de l'ESS Sambre-Avesnois, "
                                              "contact@ess-sambre-avesnois.example.org.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("03 27 00 00 00")));
        for (int page = 1; page <= TestSupport::pdfPages(path); ++page)
            QVERIFY(TestSupport::pdfText(path, page).simplified().contains(
                QStringLiteral("Feuille d'émargement — vendredi 6 novembre 2026, 18 h — Rendez-vous de l'ESS")));
        QCOMPARE(text.count(QStringLiteral("Signature")), TestSupport::pdfPages(path));
    }

    void posterOfTheNextDate()
    {
        // Without --date: the next Rendez-vous after the pinned Monday 23 November 2026.
        QCOMPARE(Clock::today(), QDate(2026, 11, 23));
        const QString path = out(QStringLiteral("poster.pdf"));
        const Result r = run(QStringLiteral("fr"), {QStringLiteral("print"), QStringLiteral("poster"), QStringLiteral("--event"), DemoAgendaBuilder::rendezVousUid(),
                                                   QStringLiteral("-o"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(TestSupport::pdfPages(path), 1);
        const QString text = TestSupport::pdfText(path).simplified();
        QVERIFY(text.contains(QStringLiteral("Rendez-vous de l'ESS")));
        QVERIFY2(text.contains(QStringLiteral("vendredi 4 décembre 2026, de 18 h à 20 h")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("novembre")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Maison de l'ESS, Maubeuge")));
    }

    void eventDocumentRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("no event") << QStringList{QStringLiteral("attendance")} << 2
                                  << QStringLiteral("essaim: which event? Add --event UID; “essaim --db FILE agenda --from DATE --to DATE” lists them with their UID.");
        QTest::newRow("unknown event") << QStringList{QStringLiteral("poster"), QStringLiteral("--event"), QStringLiteral("nope@example.org")} << 1
                                       << QStringLiteral("essaim: There is no event with the identifier “nope@example.org” in the agenda.");
        QTest::newRow("no date that day") << QStringList{QStringLiteral("attendance"), QStringLiteral("--event"), DemoAgendaBuilder::rendezVousUid(),
                                                         QStringLiteral("--date"), QStringLiteral("2026-11-07")}
                                          << 1 << QStringLiteral("essaim: “Rendez-vous de l'ESS” has no date on 2026-11-07: give one of its dates with --date.");
    }

    void eventDocumentRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, sentence);
        const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        const Result r = run(QStringLiteral("en"), QStringList{QStringLiteral("print")} + arguments + QStringList{QStringLiteral("-o"), path});
        QCOMPARE(r.code, code);
        QCOMPARE(r.err.trimmed(), sentence);
        QVERIFY(!QFile::exists(path));
    }

    void guideAsABooklet()
    {
        const QString path = out(QStringLiteral("cli-guide-booklet.pdf"));
        const Result r = run(QStringLiteral("en"), {QStringLiteral("print"), QStringLiteral("guide"), QStringLiteral("--booklet"), QStringLiteral("--paper"),
                                                   QStringLiteral("a5"), QStringLiteral("-o"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int pages = TestSupport::pdfPages(path);
        QVERIFY(pages >= 2);
        QCOMPARE(r.out.trimmed(), QStringLiteral("“%1” written: %2 pages.").arg(path).arg(pages));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QString::number(pages), path});
        QVERIFY(info.waitForFinished(60000));
        const QString sizes = QString::fromUtf8(info.readAllStandardOutput());
        QCOMPARE(sizes.count(QRegularExpression(QStringLiteral("size:\\s+842 x 595 pts \\(A4\\)"))), pages);
        // The cover on the right of the first side, the contents on the left of the second.
        QVERIFY(TestSupport::pdfText(path, 1).contains(QStringLiteral("Guide of the ESS actors")));
        QVERIFY(TestSupport::pdfText(path, 2).contains(QStringLiteral("Contents")));

        // A switch, not an option with a value: the word after it is not taken for one.
        const Invocation switchFirst({QStringLiteral("--booklet"), QStringLiteral("print"), QStringLiteral("guide"), QStringLiteral("--paper"),
                                      QStringLiteral("a5"), QStringLiteral("-o"), path});
        QVERIFY(switchFirst.isValid());
        QVERIFY(switchFirst.isHeadless());
        QCOMPARE(switchFirst.words(), (QStringList{QStringLiteral("print"), QStringLiteral("guide")}));
        QCOMPARE(switchFirst.value(QStringLiteral("paper")), QStringLiteral("a5"));
    }

    void optionRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("on A4 pages") << QStringList{QStringLiteral("guide"), QStringLiteral("--booklet"), QStringLiteral("--paper"), QStringLiteral("a4")}
                                     << QStringLiteral("essaim: a booklet has A5 pages, two on each A4 sheet: leave out --paper a4.");
        QTest::newRow("of the letter") << QStringList{QStringLiteral("letter"), QStringLiteral("--booklet")}
                                       << QStringLiteral("essaim: only the guide is printed as a booklet: “print letter” takes no --booklet.");
        QTest::newRow("unknown label sheet") << QStringList{QStringLiteral("labels"), QStringLiteral("--sheet"), QStringLiteral("4x10")}
                                             << QStringLiteral("essaim: the label sheet “4x10” is not known; use 3x7, 2x7, 3x8, 2x8 or 70x42.");
        QTest::newRow("label past a 3x8 sheet")
            << QStringList{QStringLiteral("labels"), QStringLiteral("--sheet"), QStringLiteral("3x8"), QStringLiteral("--start"), QStringLiteral("25")}
            << QStringLiteral("essaim: the first label must be between 1 and 24 on this sheet, not “25”.");
    }

    void optionRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, sentence);
        const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        const Result r = run(QStringLiteral("en"), QStringList{QStringLiteral("print")} + arguments + QStringList{QStringLiteral("-o"), path});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed(), sentence);
        QVERIFY(!QFile::exists(path));
    }

    void everyDocumentPrintsFromTheCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("letter") << QStringList{QStringLiteral("letter")} << QStringLiteral("Le Mois de l'ESS en Sambre-Avesnois");
        QTest::newRow("letter 1") << QStringList{QStringLiteral("letter"), QStringLiteral("--issue"), QStringLiteral("1")} << QStringLiteral("N° 1");
        QTest::newRow("plaquette") << QStringList{QStringLiteral("plaquette")} << QStringLiteral("Sambre-Avesnois");
        QTest::newRow("guide by commune") << QStringList{QStringLiteral("guide"), QStringLiteral("--group-by"), QStringLiteral("commune")}
                                          << QStringLiteral("Index");
        QTest::newRow("labels 2x7") << QStringList{QStringLiteral("labels"), QStringLiteral("--sheet"), QStringLiteral("2x7"), QStringLiteral("--start"),
                                                   QStringLiteral("3")}
                                    << QStringLiteral("MAUBEUGE");
        QTest::newRow("labels 3x8") << QStringList{QStringLiteral("labels"), QStringLiteral("--sheet"), QStringLiteral("3x8"), QStringLiteral("--start"),
                                                   QStringLiteral("24")}
                                    << QStringLiteral("MAUBEUGE");
    }

    void everyDocumentPrintsFromTheCommandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString path = out(QStringLiteral("cli-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        const Result r = run(QStringLiteral("fr"), QStringList{QStringLiteral("print")} + arguments + QStringList{QStringLiteral("-o"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(TestSupport::pdfPages(path) >= 1);
        QVERIFY2(TestSupport::pdfText(path).contains(expected), qPrintable(expected));
    }
};

QTEST_GUILESS_MAIN(TestPrintCli)
#include "tst_printcli.moc"
