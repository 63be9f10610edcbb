#include "models/demo/demoagendabuilder.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

/// The agenda's commands, run as the user runs them: import events,
/// export events, agenda.
class TestAgendaCli : public QObject
{
    Q_OBJECT

private:
    using Result = TestSupport::CliResult;

    Result run(const QStringList &arguments) { return TestSupport::runEssaim(m_dir.path(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments); }

    static QString data(const QString &name) { return QStringLiteral(ESSAIM_TEST_DATA "/ics/") + name; }

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        // The demo is of the pinned year: 2026, its agenda from 1 January 2025 to 23 May 2027.
        TestSupport::pinClock();
        m_demo = m_dir.filePath(QStringLiteral("demo.essaim"));
        const Result r = run({QStringLiteral("--db"), m_demo, QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void agendaCsvExpandsAndAppliesExceptions()
    {
        Result r = run({QStringLiteral("--db"), m_demo, QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                        QStringLiteral("--to"), QStringLiteral("2026-11-08")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("uid;start;end;all_day;title;type;location"));
        QCOMPARE(lines.value(1), QStringLiteral("demo-2026-012@essaim;2026-11-01;2026-12-01;1;Mois de l'ESS;Mois de l'ESS;Sambre-Avesnois"));
        QCOMPARE(lines.value(3), DemoAgendaBuilder::rendezVousUid() + QStringLiteral(";2026-11-06T18:00:00;2026-11-06T20:00:00;0;Rendez-vous de l'ESS;"
                                                "Rendez-vous de l'ESS;Maison de l'ESS, Maubeuge"));
        QCOMPARE(lines.size(), 4);
        // August's Rendez-vous is cancelled; May's moved to Thursday the 7th.
        r = run({QStringLiteral("--db"), m_demo, QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("2026-08-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-08-31"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("Rendez-vous")));
        r = run({QStringLiteral("--db"), m_demo, QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-05-31")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(DemoAgendaBuilder::rendezVousUid() + QStringLiteral(";2026-05-07T18:00:00;")));
        r = run({QStringLiteral("--db"), m_demo, QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-05-31"), QStringLiteral("--format"), QStringLiteral("ics")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
        QVERIFY(r.out.contains(QStringLiteral("RECURRENCE-ID;TZID=Europe/Paris:20260501T180000\r\n")));
    }

    void exportThenImportElsewhereThenAgain()
    {
        const QString ics = m_dir.filePath(QStringLiteral("agenda.ics"));
        Result r = run({QStringLiteral("--db"), m_demo, QStringLiteral("export"), QStringLiteral("events"), QStringLiteral("--format"),
                        QStringLiteral("ics"), QStringLiteral("-o"), ics});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The Rendez-vous series, the 14 yearly events of 2025 and of 2026, and the six of 2027 up to 23 May.
        QCOMPARE(r.out.trimmed(), QStringLiteral("35 events exported to “%1”.").arg(ics));
        const QString range = m_dir.filePath(QStringLiteral("december.ics"));
        r = run({QStringLiteral("--db"), m_demo, QStringLiteral("export"), QStringLiteral("events"), QStringLiteral("--from"),
                 QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("-o"), range});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("3 events exported to “%1”.").arg(range)); // Rendez-vous, permanence, plenary

        const QString other = m_dir.filePath(QStringLiteral("other.essaim"));
        r = run({QStringLiteral("--db"), other, QStringLiteral("import"), QStringLiteral("events"), ics, QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("35 events imported, 0 updated, 0 defects skipped.")), qPrintable(r.out));
        r = run({QStringLiteral("--db"), other, QStringLiteral("import"), QStringLiteral("events"), ics});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("35 events imported, 0 updated")), qPrintable(r.out));
        r = run({QStringLiteral("--db"), other, QStringLiteral("import"), QStringLiteral("events"), ics});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 events imported, 35 updated")), qPrintable(r.out));
        r = run({QStringLiteral("--db"), other, QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-12-31")});
        QCOMPARE(r.code, 0);
        const Result original = run({QStringLiteral("--db"), m_demo, QStringLiteral("agenda"), QStringLiteral("--from"),
                                     QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31")});
        QCOMPARE(original.code, 0);
        QCOMPARE(r.out, original.out);
    }

    void importReportsDefectsAndRefusals()
    {
        const QString db = m_dir.filePath(QStringLiteral("imports.essaim"));
        Result r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("events"),
                        data(QStringLiteral("pyical_issue_348_french_utf8_sixt.ics"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("1 event imported, 0 updated, 3 defects skipped.\n  line 6: a VFREEBUSY component")),
                 qPrintable(r.out));
        r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("events"),
                 data(QStringLiteral("pyical_small_bad_calendar_unterminated.ics"))});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("Line 3: the file ends before END:VCALENDAR")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void conflictWarning()
    {
        const QString db = m_dir.filePath(QStringLiteral("conflict.essaim"));
        const QString first = m_dir.filePath(QStringLiteral("a.ics"));
        const QString second = m_dir.filePath(QStringLiteral("b.ics"));
        for (const auto &[path, uid, title, hour] : {std::tuple{first, "a", "Forum", "090000"}, std::tuple{second, "b", "Atelier", "100000"}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:%1\r\nSUMMARY:%2\r\nLOCATION:Salle des fêtes\r\n"
                                   "DTSTART;TZID=Europe/Paris:20260310T%3\r\nDURATION:PT2H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                        .arg(QLatin1String(uid), QLatin1String(title), QLatin1String(hour))
                        .toUtf8());
        }
        Result r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("events"), first});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("Warning")));
        r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("events"), second});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Warning: “Atelier” overlaps “Forum”")), qPrintable(r.out));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("import without file") << QStringList{QStringLiteral("import"), QStringLiteral("events")};
        QTest::newRow("import what") << QStringList{QStringLiteral("import"), QStringLiteral("things"), QStringLiteral("x.ics")};
        QTest::newRow("export events without -o") << QStringList{QStringLiteral("export"), QStringLiteral("events")};
        QTest::newRow("export events as csv") << QStringList{QStringLiteral("export"), QStringLiteral("events"), QStringLiteral("--format"),
                                                             QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("x")};
        QTest::newRow("agenda without period") << QStringList{QStringLiteral("agenda")};
        QTest::newRow("agenda bad date") << QStringList{QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("31/03/2026"),
                                                        QStringLiteral("--to"), QStringLiteral("2026-04-30")};
        QTest::newRow("agenda reversed") << QStringList{QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                                                        QStringLiteral("--to"), QStringLiteral("2026-04-30")};
        QTest::newRow("agenda bad format") << QStringList{QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                                                          QStringLiteral("--to"), QStringLiteral("2026-05-30"), QStringLiteral("--format"),
                                                          QStringLiteral("pdf")};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const Result r = run(QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("usage.essaim"))} + arguments);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgendaCli)
#include "tst_agendacli.moc"
