#include "models/domain/agendatime.h"
#include "models/domain/recurrence.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QDateTime at(const QString &text)
{
    bool ok = false;
    const QDateTime t = AgendaTime::parseUserText(text, &ok);
    Q_ASSERT(ok);
    return t;
}

QStringList expand(const QString &rule, const QDateTime &start, const QDateTime &end, int n)
{
    QStringList result;
    for (const QDateTime &t : Recurrence::starts(rule, start, start, end, n))
        result << t.toString(QStringLiteral("yyyyMMddTHHmmss"));
    return result;
}

/// Expands the rules of a file with python-dateutil, each line
/// "DTSTART RRULE N END" giving "OK t1 t2 ...", "TIMEOUT" (a rule that
/// matches nothing for centuries: dateutil walks to the year 9999) or
/// "INVALID".
const char *const DateutilScript = R"(
import signal, sys
from datetime import datetime
from dateutil import rrule
class Timeout(Exception):
    pass
def ring(*args):
    raise Timeout()
signal.signal(signal.SIGALRM, ring)
for line in open(sys.argv[1]):
    ds, rule, n, limit = line.split()
    start = datetime.strptime(ds, '%Y%m%dT%H%M%S')
    end = datetime.strptime(limit, '%Y%m%dT%H%M%S')
    out = []
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        for t in rrule.rrulestr('RRULE:' + rule, dtstart=start):
            if t >= end or len(out) >= int(n):
                break
            out.append(t.strftime('%Y%m%dT%H%M%S'))
        signal.setitimer(signal.ITIMER_REAL, 0)
        print('OK ' + ' '.join(out))
    except Timeout:
        print('TIMEOUT')
    except Exception:
        signal.setitimer(signal.ITIMER_REAL, 0)
        print('INVALID')
    sys.stdout.flush()
)";

/// Random rules of every frequency down to HOURLY, with every BY part RFC
/// 5545 allows at that frequency, leaving out the shapes where dateutil
/// departs from the RFC (listed in the README and tested one by one in
/// rfcCases()).
QString randomRule(QRandomGenerator &g)
{
    static const QStringList frequencies = {QStringLiteral("YEARLY"), QStringLiteral("MONTHLY"), QStringLiteral("WEEKLY"),
                                            QStringLiteral("DAILY"), QStringLiteral("HOURLY")};
    static const QStringList days = {QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"),
                                     QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU")};
    auto chance = [&g](double p) { return g.generateDouble() < p; };
    auto pickInts = [&g](const QList<int> &from, int most) {
        QStringList values;
        const int n = 1 + int(g.bounded(most));
        for (int i = 0; i < n; ++i) {
            const QString v = QString::number(from.at(int(g.bounded(int(from.size())))));
            if (!values.contains(v))
                values << v;
        }
        return values.join(QLatin1Char(','));
    };
    const QString freq = frequencies.at(int(g.bounded(int(frequencies.size()))));
    const bool periodic = freq == QLatin1String("MONTHLY") || freq == QLatin1String("YEARLY");
    QStringList parts{QStringLiteral("FREQ=") + freq};
    if (chance(0.3))
        parts << QStringLiteral("INTERVAL=%1").arg(2 + g.bounded(2));
    bool hasBy = false;
    if (chance(0.3)) {
        parts << QStringLiteral("BYMONTH=") + pickInts({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 3);
        hasBy = true;
    }
    const bool weekNo = freq == QLatin1String("YEARLY") && chance(0.15);
    if (chance(0.4)) {
        QStringList byDay;
        const bool numbered = periodic && !weekNo && chance(0.5);
        const int n = 1 + int(g.bounded(numbered ? 2 : 5));
        for (int i = 0; i < n; ++i) {
            const QString day = days.at(int(g.bounded(7)));
            const QString item = numbered ? QString::number(QList<int>{1, 2, 3, 4, -1, -2}.at(int(g.bounded(6)))) + day : day;
            if (!byDay.contains(item))
                byDay << item;
        }
        parts << QStringLiteral("BYDAY=") + byDay.join(QLatin1Char(','));
        hasBy = true;
    }
    if (freq != QLatin1String("WEEKLY") && chance(0.25)) {
        parts << QStringLiteral("BYMONTHDAY=") + pickInts({1, 2, 5, 10, 15, 28, 29, 30, 31, -1, -2, -5}, 2);
        hasBy = true;
    }
    if ((freq == QLatin1String("YEARLY") || freq == QLatin1String("DAILY") || freq == QLatin1String("HOURLY")) && chance(0.15)) {
        parts << QStringLiteral("BYYEARDAY=") + pickInts({1, 2, 50, 100, 200, 365, 366, -1, -2, -100, -366}, 2);
        hasBy = true;
    }
    if (weekNo) {
        // Not 52 or 53: dateutil counts the weeks of the previous year
        // wrongly for them (see weekOfThePreviousYear in rfcCases()).
        parts << QStringLiteral("BYWEEKNO=") + pickInts({1, 2, 10, 20, -1, -2}, 2);
        hasBy = true;
    }
    if (chance(0.15)) {
        parts << QStringLiteral("BYHOUR=") + pickInts({0, 6, 9, 12, 14, 18, 23}, 3);
        hasBy = true;
    }
    if (hasBy && chance(0.3))
        parts << QStringLiteral("BYSETPOS=") + pickInts({1, 2, 3, -1, -2}, 2);
    if (chance(0.25))
        parts << QStringLiteral("WKST=") + days.at(int(g.bounded(7)));
    if (chance(0.2))
        parts << QStringLiteral("COUNT=%1").arg(1 + g.bounded(15));
    return parts.join(QLatin1Char(';'));
}

} // namespace

/// Recurrence rules as RFC 5545 §3.3.10 says: the cases libical 3.0 gets
/// wrong, the rules refused with a sentence, and thousands of generated
/// rules against python-dateutil, an independent implementation.
class TestRecurrence : public QObject
{
    Q_OBJECT

private slots:
    void rfcCases_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first two working days of each week")
            << QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,2") << QStringLiteral("2026-01-05T09:00")
            << QStringList{QStringLiteral("20260105T090000"), QStringLiteral("20260106T090000"), QStringLiteral("20260112T090000"),
                           QStringLiteral("20260113T090000"), QStringLiteral("20260119T090000")};
        QTest::newRow("last working day of the month")
            << QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20260130T090000"), QStringLiteral("20260227T090000"), QStringLiteral("20260331T090000")};
        QTest::newRow("second of three hours each day")
            << QStringLiteral("FREQ=DAILY;BYHOUR=9,12,15;BYSETPOS=2") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20260101T120000"), QStringLiteral("20260102T120000"), QStringLiteral("20260103T120000")};
        QTest::newRow("daily, last day of the month")
            << QStringLiteral("FREQ=DAILY;BYMONTHDAY=-1") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20260131T090000"), QStringLiteral("20260228T090000"), QStringLiteral("20260331T090000")};
        QTest::newRow("daily, last day of the year")
            << QStringLiteral("FREQ=DAILY;BYYEARDAY=-1") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20261231T090000"), QStringLiteral("20271231T090000")};
        QTest::newRow("hourly, last day of the month")
            << QStringLiteral("FREQ=HOURLY;BYMONTHDAY=-1;BYHOUR=9,17") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20260131T090000"), QStringLiteral("20260131T170000"), QStringLiteral("20260228T090000")};
        QTest::newRow("hourly, last day of the year")
            << QStringLiteral("FREQ=HOURLY;BYYEARDAY=-1;BYHOUR=12") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20261231T120000"), QStringLiteral("20271231T120000")};
        // 2026 begins on a Thursday: its week 1 runs from Monday 29 December 2025.
        QTest::newRow("Monday of ISO week 1")
            << QStringLiteral("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20270104T090000"), QStringLiteral("20280103T090000"), QStringLiteral("20290101T090000"),
                           QStringLiteral("20291231T090000")};
        QTest::newRow("Monday of week 1, weeks from Sunday")
            << QStringLiteral("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO;WKST=SU") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20260105T090000"), QStringLiteral("20270104T090000")};
        QTest::newRow("Monday of week 53 (years of 53 weeks only)")
            << QStringLiteral("FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20261228T090000"), QStringLiteral("20321227T090000"), QStringLiteral("20371228T090000")};
        QTest::newRow("Sunday of the last week")
            << QStringLiteral("FREQ=YEARLY;BYWEEKNO=-1;BYDAY=SU") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20270103T090000"), QStringLiteral("20280102T090000"), QStringLiteral("20281231T090000")};
        QTest::newRow("every day of week 20")
            << QStringLiteral("FREQ=YEARLY;BYWEEKNO=20;COUNT=8") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20260511T090000"), QStringLiteral("20260512T090000"), QStringLiteral("20260513T090000"),
                           QStringLiteral("20260514T090000"), QStringLiteral("20260515T090000"), QStringLiteral("20260516T090000"),
                           QStringLiteral("20260517T090000"), QStringLiteral("20270517T090000")};
        QTest::newRow("yearly on the 30th of every month")
            << QStringLiteral("FREQ=YEARLY;INTERVAL=2;BYMONTHDAY=30") << QStringLiteral("2026-10-13T13:00")
            << QStringList{QStringLiteral("20261030T130000"), QStringLiteral("20261130T130000"), QStringLiteral("20261230T130000"),
                           QStringLiteral("20280130T130000"), QStringLiteral("20280330T130000")};
        // RFC 5545: BYSETPOS counts in the whole week (from WKST), then
        // drops what comes before DTSTART; dateutil cuts the first week at DTSTART.
        QTest::newRow("last of the week starting mid-week")
            << QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,SU;BYSETPOS=1;WKST=TU") << QStringLiteral("2029-01-11T12:00")
            << QStringList{QStringLiteral("20290116T120000"), QStringLiteral("20290123T120000")};
        // 1 January 2039 is in week 52 of 2038, which has 52 weeks;
        // dateutil reckons 2038 by the length of 2039 and finds 53.
        QTest::newRow("weekOfThePreviousYear")
            << QStringLiteral("FREQ=YEARLY;BYWEEKNO=52;BYDAY=SA") << QStringLiteral("2038-06-01T10:00")
            << QStringList{QStringLiteral("20390101T100000"), QStringLiteral("20391231T100000")};
        // libical 3.0 starts this rule in the week after the right one.
        QTest::newRow("fortnightly, weeks from Saturday")
            << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,WE,MO,TH;WKST=SA") << QStringLiteral("2029-02-28T20:30")
            << QStringList{QStringLiteral("20290228T203000"), QStringLiteral("20290301T203000"), QStringLiteral("20290311T203000"),
                           QStringLiteral("20290312T203000"), QStringLiteral("20290314T203000"), QStringLiteral("20290315T203000")};
        QTest::newRow("day 100 when it falls in April")
            << QStringLiteral("FREQ=YEARLY;BYYEARDAY=1,100,200;BYMONTH=4") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20260410T090000"), QStringLiteral("20270410T090000"), QStringLiteral("20280409T090000")};
        // RFC 5545: BYDAY=MO,1TU is every Monday and the first Tuesday;
        // dateutil asks for both at once and finds nothing.
        QTest::newRow("Mondays and the first Tuesday")
            << QStringLiteral("FREQ=MONTHLY;BYDAY=MO,1TU") << QStringLiteral("2026-01-01T09:00")
            << QStringList{QStringLiteral("20260105T090000"), QStringLiteral("20260106T090000"), QStringLiteral("20260112T090000"),
                           QStringLiteral("20260119T090000"), QStringLiteral("20260126T090000"), QStringLiteral("20260202T090000"),
                           QStringLiteral("20260203T090000")};
        // A rule that matches nothing ends instead of looping (libical never returns).
        QTest::newRow("a third of a single date") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=1;BYSETPOS=3")
                                                  << QStringLiteral("2026-01-01T09:00") << QStringList();
        QTest::newRow("2nd Thursday on the 30th") << QStringLiteral("FREQ=MONTHLY;BYDAY=2TH;BYMONTHDAY=30,31")
                                                  << QStringLiteral("2026-01-01T09:00") << QStringList();
        // The editor's rules still go through libical.
        QTest::newRow("first Friday") << QStringLiteral("FREQ=MONTHLY;BYDAY=1FR;COUNT=3") << QStringLiteral("2026-01-02T18:00")
                                      << QStringList{QStringLiteral("20260102T180000"), QStringLiteral("20260206T180000"),
                                                     QStringLiteral("20260306T180000")};
    }

    void rfcCases()
    {
        QFETCH(QString, rule);
        QFETCH(QString, start);
        QFETCH(QStringList, expected);
        const Outcome<bool> valid = Recurrence::check(rule);
        QVERIFY2(valid, qPrintable(valid.errorString()));
        const QDateTime s = at(start);
        QCOMPARE(expand(rule, s, s.addYears(15), int(expected.size())), expected);
    }

    void invalidRulesAreRefusedWithASentence_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("0MO") << QStringLiteral("FREQ=MONTHLY;BYDAY=0MO")
                             << QStringLiteral("BYDAY=0MO: the position of a day in the month or the year counts from 1 (the first) "
                                               "or from -1 (the last), never 0");
        QTest::newRow("day 32") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=32")
                                << QStringLiteral("BYMONTHDAY=32: each value must be from 1 to 31 or from -31 to -1");
        QTest::newRow("BYSETPOS alone") << QStringLiteral("FREQ=MONTHLY;BYSETPOS=2")
                                        << QStringLiteral("BYSETPOS chooses among the dates of another BY… part, and the rule has none");
        QTest::newRow("week number in a monthly rule") << QStringLiteral("FREQ=MONTHLY;BYWEEKNO=3")
                                                       << QStringLiteral("BYWEEKNO is only allowed in a yearly rule");
        QTest::newRow("numbered day in a weekly rule") << QStringLiteral("FREQ=WEEKLY;BYDAY=2MO")
                                                       << QStringLiteral("a numbered BYDAY (such as 1FR) is only allowed in a monthly or yearly rule");
        QTest::newRow("no frequency") << QStringLiteral("BYDAY=MO") << QStringLiteral("the rule has no frequency (FREQ)");
        QTest::newRow("unknown frequency")
            << QStringLiteral("FREQ=FORTNIGHTLY")
            << QStringLiteral("FREQ=FORTNIGHTLY is not a frequency (YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY or SECONDLY)");
    }

    void invalidRulesAreRefusedWithASentence()
    {
        QFETCH(QString, rule);
        QFETCH(QString, sentence);
        const Outcome<bool> valid = Recurrence::check(rule);
        QVERIFY(!valid);
        QCOMPARE(valid.errorString(), sentence);
        QVERIFY(!Recurrence::isValid(rule));
        QVERIFY(Recurrence::starts(rule, at(QStringLiteral("2026-01-01")), at(QStringLiteral("2026-01-01")),
                                   at(QStringLiteral("2027-01-01")))
                    .isEmpty());
    }

    void agreesWithDateutil()
    {
        QProcess probe;
        probe.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import dateutil.rrule")});
        const bool available = probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
        if (!available) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("python3-dateutil is missing: install the Debian package python3-dateutil (scripts/setup.sh does).");
            QSKIP("python3-dateutil is missing (Debian package python3-dateutil): the comparison with an independent "
                  "implementation was not run.");
        }
        constexpr int Rules = 3000;
        constexpr int Occurrences = 12;
        QRandomGenerator g(20261202);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("rules.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        struct Case
        {
            QString rule;
            QDateTime start;
            QDateTime end;
        };
        QList<Case> cases;
        for (int i = 0; i < Rules; ++i) {
            Case c;
            c.rule = randomRule(g);
            c.start = AgendaTime::wall(QDate(2024 + int(g.bounded(7)), 1 + int(g.bounded(12)), 1 + int(g.bounded(28))),
                                       QTime(int(g.bounded(24)), g.bounded(2) ? 30 : 0));
            // dateutil counts BYSETPOS positions in a first week cut at
            // DTSTART (see the README): start such rules on WKST.
            if (c.rule.contains(QLatin1String("FREQ=WEEKLY")) && c.rule.contains(QLatin1String("BYSETPOS"))) {
                static const QStringList codes = {QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"),
                                                  QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU")};
                const qsizetype w = c.rule.indexOf(QLatin1String("WKST="));
                const int weekStart = w < 0 ? 1 : int(codes.indexOf(c.rule.mid(w + 5, 2))) + 1;
                c.start = c.start.addDays(-((c.start.date().dayOfWeek() - weekStart + 7) % 7));
            }
            c.end = c.start.addYears(30);
            cases << c;
            file.write(QStringLiteral("%1 %2 %3 %4\n")
                           .arg(c.start.toString(QStringLiteral("yyyyMMddTHHmmss")), c.rule)
                           .arg(Occurrences)
                           .arg(c.end.toString(QStringLiteral("yyyyMMddTHHmmss")))
                           .toUtf8());
        }
        file.close();
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(DateutilScript), file.fileName()});
        QVERIFY(python.waitForFinished(240000));
        QCOMPARE(python.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), cases.size());
        int compared = 0;
        int skipped = 0;
        int sparse = 0; // left aside by dateutil's time limit, yet with dates within 30 years
        QStringList differences;
        for (int i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            if (const Outcome<bool> valid = Recurrence::check(c.rule); !valid)
                QFAIL(qPrintable(QStringLiteral("the generated rule %1 is refused: %2").arg(c.rule, valid.errorString())));
            if (!lines.at(i).startsWith(QLatin1String("OK"))) {
                ++skipped;
                if (!expand(c.rule, c.start, c.end, 1).isEmpty())
                    ++sparse;
                continue;
            }
            const QStringList theirs = lines.at(i).mid(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QStringList ours = expand(c.rule, c.start, c.end, Occurrences);
            ++compared;
            if (ours != theirs) {
                differences << QStringLiteral("%1 from %2:\n  Essaim   %3\n  dateutil %4")
                                   .arg(c.rule, c.start.toString(Qt::ISODate), ours.join(QLatin1Char(' ')), theirs.join(QLatin1Char(' ')));
                qInfo("%s", qPrintable(differences.last()));
            }
        }
        qInfo("%d rules compared with dateutil; %d left aside that dateutil did not expand in 50 ms (%d of them with "
              "dates within 30 years for Essaim)", compared, skipped, sparse);
        QCOMPARE(differences.size(), 0);
        QVERIFY2(skipped < Rules / 5, qPrintable(QString::number(skipped)));
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
