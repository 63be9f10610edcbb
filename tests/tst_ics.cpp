#include "models/domain/agendatime.h"
#include "models/domain/occurrenceexpander.h"
#include "models/domain/recurrence.h"
#include "models/domain/serieseditor.h"
#include "models/interchange/icsexporter.h"
#include "models/interchange/icsimporter.h"
#include "models/storage/database.h"
#include "models/stores/eventstore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {
QDateTime at(const QString &text)
{
    bool ok = false;
    const QDateTime t = AgendaTime::parseUserText(text, &ok);
    Q_ASSERT(ok);
    return t;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(ESSAIM_TEST_DATA "/ics/") + name;
}

QStringList issueLines(const IcsImporter &importer)
{
    QStringList result;
    for (const IcsImporter::Issue &i : importer.issues())
        result << QString::number(i.line);
    return result;
}

/// The real instants of occurrences (their Paris wall times), in UTC.
QStringList utcStarts(const QList<Occurrence> &list)
{
    QStringList result;
    for (const Occurrence &o : list)
        result << QDateTime(o.start.date(), o.start.time(), QTimeZone("Europe/Paris")).toUTC().toString(Qt::ISODate);
    return result;
}

QStringList starts(const QList<Occurrence> &list)
{
    QStringList result;
    for (const Occurrence &o : list)
        result << AgendaTime::toText(o.start);
    return result;
}
} // namespace

/// iCalendar import and export through libical: every real file of
/// tests/data/ics, time zones and summer time, round trips, update by UID.
class TestIcs : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("i%1.essaim").arg(++m_counter))), qPrintable(m_db->errorString()));
        m_store = std::make_unique<EventStore>(m_db->connectionName());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void bomAndEmptyCalendar()
    {
        IcsImporter importer;
        QVERIFY2(importer.readFile(dataFile(QStringLiteral("pyical_bom_calendar.ics"))), qPrintable(importer.errorString()));
        QCOMPARE(importer.events().size(), 0);
        QCOMPARE(importer.issues().size(), 0);
    }

    void doubleSemicolonParameter()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("pyical_broken_ical_double_semicolon_param.ics"))));
        QCOMPARE(importer.events().size(), 1);
        const Event e = importer.events().first();
        QCOMPARE(e.title, QStringLiteral("An Event with too many semicolons"));
        QCOMPARE(e.uid, QStringLiteral("abc"));
        QCOMPARE(e.start, at(QStringLiteral("2014-04-09T09:30"))); // floating: read as is
        QCOMPARE(e.end, e.start);
        QCOMPARE(issueLines(importer), QStringList{QStringLiteral("4")});
    }

    void googleAllDayWithEmptyExdate()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("pyical_google_allday_rrule_exdate_empty_exdate.ics"))));
        QCOMPARE(importer.events().size(), 2);
        QCOMPARE(issueLines(importer), QStringList{QStringLiteral("19")});
        for (const Event &e : importer.events()) {
            QVERIFY(e.allDay);
            QCOMPARE(e.title, QStringLiteral("(untitled)"));
            QCOMPARE(e.start, at(QStringLiteral("2008-03-03")));
            QCOMPARE(e.end, at(QStringLiteral("2008-03-04")));
            QCOMPARE(e.rrule, QStringLiteral("FREQ=DAILY;UNTIL=20080323T235959"));
            const QList<Occurrence> list = OccurrenceExpander::expand(e, at(QStringLiteral("2008-01-01")), at(QStringLiteral("2009-01-01")));
            QCOMPARE(list.size(), 20); // 3 to 23 March, without the 11th
            QCOMPARE(list.last().start, at(QStringLiteral("2008-03-23")));
            QVERIFY(!starts(list).contains(QStringLiteral("2008-03-11T00:00:00")));
        }
        QVERIFY(importer.events().at(0).uid != importer.events().at(1).uid);
        QCOMPARE(importer.events().at(1).description, QStringLiteral("Wrong event"));
    }

    void invalidRuleKeepsTheEvent()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("pyical_invalid_rrule_freq.ics"))));
        QCOMPARE(importer.events().size(), 1);
        const Event e = importer.events().first();
        QCOMPARE(e.uid, QStringLiteral("test-123"));
        QCOMPARE(e.title, QStringLiteral("Test Event"));
        QCOMPARE(e.start, at(QStringLiteral("2025-01-01T11:00"))); // 10:00 UTC, winter
        QVERIFY(e.rrule.isEmpty());
        QCOMPARE(issueLines(importer), QStringList{QStringLiteral("7")});
    }

    void lineWithoutColon()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("pyical_issue_104_line_without_colon.ics"))));
        QCOMPARE(importer.events().size(), 1);
        QCOMPARE(importer.events().first().title, QStringLiteral("Broken Eevnt"));
        QCOMPARE(importer.events().first().start, at(QStringLiteral("2014-04-01T02:00"))); // midnight UTC, summer
        QCOMPARE(importer.events().first().end, at(QStringLiteral("2014-04-01T03:00")));
        QCOMPARE(issueLines(importer), QStringList{QStringLiteral("13")});
    }

    void frenchUtf8WithFreeBusy()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("pyical_issue_348_french_utf8_sixt.ics"))));
        QCOMPARE(importer.events().size(), 1);
        const Event e = importer.events().first();
        QCOMPARE(e.title, QStringLiteral("Sixt : détails de votre réservation"));
        QCOMPARE(e.location, QStringLiteral("Sixt Genève Aéroport secteur France, AP de Genève Cointrin Sect(F), 01210 Ferney-Voltaire, FR"));
        QVERIFY(e.description.startsWith(QStringLiteral("Votre véhicule avec le numéro de réservation")));
        QCOMPARE(e.start, at(QStringLiteral("2019-06-24T08:30")));
        QCOMPARE(e.end, at(QStringLiteral("2019-06-24T18:30")));
        // The VFREEBUSY and its two lines without colon.
        QCOMPARE(issueLines(importer), QStringList({QStringLiteral("6"), QStringLiteral("8"), QStringLiteral("9")}));
    }

    void foldedLinesAndEscapes()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("pyical_meetup_folded_lines_escapes.ics"))));
        QCOMPARE(importer.events().size(), 1);
        const Event e = importer.events().first();
        QCOMPARE(e.uid, QStringLiteral("event_qtkfrcyqkbnb@meetup.com"));
        QCOMPARE(e.title, QStringLiteral("DevOps DC Meetup"));
        QCOMPARE(e.location, QStringLiteral("Fathom Creative, Inc. (1333 14th Street Northwest, WashingtonD.C., DC 20005)"));
        QVERIFY(e.description.startsWith(QStringLiteral("DevOpsDC\nThursday, July 12 at 6:30 PM\n\nThis will be a joint meetup")));
        // 18:30 in New York (libical's zone, not defined in the file) is 00:30 in Paris.
        QCOMPARE(e.start, at(QStringLiteral("2012-07-13T00:30")));
        QCOMPARE(e.end, at(QStringLiteral("2012-07-13T03:30")));
        QCOMPARE(importer.issues().size(), 0);
    }

    /// RFC 5545 3.1: a writer may fold a line between the bytes of one
    /// UTF-8 character (here inside "é" and inside a four-byte emoji); the
    /// unfolded text is whole, and the defects keep their line numbers.
    void foldInsideACharacter()
    {
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:f\r\nDTSTART:20270305T080000Z\r\n"
                                "SUMMARY:Petit d\xC3\r\n \xA9jeuner \xF0\x9F\r\n \x8C\r\n \xBB\r\n"
                                "DESCRIPTION:\xC3\xA9" "conomie\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:g\r\nSUMMARY:Sans date\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        IcsImporter importer;
        QVERIFY(importer.read(file));
        QCOMPARE(importer.events().size(), 1);
        QCOMPARE(importer.events().at(0).title, QStringLiteral("Petit déjeuner 🌻"));
        QCOMPARE(importer.events().at(0).description, QStringLiteral("économie"));
        QCOMPARE(issueLines(importer), QStringList{QStringLiteral("12")});
    }

    void unterminatedIsRefusedWhole()
    {
        IcsImporter importer;
        QVERIFY(!importer.readFile(dataFile(QStringLiteral("pyical_small_bad_calendar_unterminated.ics"))));
        QCOMPARE(importer.errorLine(), 3);
        QVERIFY2(importer.errorString().startsWith(QStringLiteral("Line 3: the file ends before END:VCALENDAR")),
                 qPrintable(importer.errorString()));
        QVERIFY(importer.events().isEmpty());
    }

    void thunderbirdWithItsOwnZone()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("pyical_thunderbird_export.ics"))));
        QCOMPARE(importer.events().size(), 1);
        const Event e = importer.events().first();
        QCOMPARE(e.uid, QStringLiteral("b9a23b47-f109-4e7a-908c-75e925b27def"));
        QCOMPARE(e.title, QStringLiteral("event with alarms"));
        QCOMPARE(e.start, at(QStringLiteral("2024-10-23T16:00"))); // 15:00 in London
        QCOMPARE(e.end, at(QStringLiteral("2024-10-23T17:00")));
        QCOMPARE(importer.issues().size(), 0);
    }

    void weeklyWithExdatesOnSeveralLines()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("pyical_weekly_rrule_multiple_exdate_lines.ics"))));
        QCOMPARE(importer.events().size(), 1);
        const Event e = importer.events().first();
        QCOMPARE(e.start, at(QStringLiteral("2012-03-27T10:00")));
        QCOMPARE(e.exceptions.size(), 5);
        QCOMPARE(starts(OccurrenceExpander::expand(e, at(QStringLiteral("2012-01-01")), at(QStringLiteral("2013-01-01")))),
                 QStringList({QStringLiteral("2012-03-27T10:00:00"), QStringLiteral("2012-04-24T10:00:00"),
                              QStringLiteral("2012-05-08T10:00:00"), QStringLiteral("2012-05-15T10:00:00"),
                              QStringLiteral("2012-05-22T10:00:00"), QStringLiteral("2012-06-05T10:00:00"),
                              QStringLiteral("2012-06-12T10:00:00"), QStringLiteral("2012-06-19T10:00:00"),
                              QStringLiteral("2012-06-26T10:00:00"), QStringLiteral("2012-07-03T10:00:00")}));
    }

    void addedDateWithAPeriodKeepsItsEnd()
    {
        // Zimbra's file (ical.js samples): an RDATE of a date-time lasts the
        // event's 30 minutes, an RDATE of a period lasts the period.
        IcsImporter importer;
        QVERIFY2(importer.readFile(dataFile(QStringLiteral("icaljs_recur_instances.ics"))), qPrintable(importer.errorString()));
        const auto events = importer.events();
        const auto it = std::find_if(events.cbegin(), events.cend(),
                                     [](const Event &e) { return e.uid == QLatin1String("623c13c0-6c2b-45d6-a12b-c33ad61c4868"); });
        QVERIFY(it != events.cend());
        const EventException *instant = it->exceptionAt(at(QStringLiteral("2023-11-23T10:00")));
        const EventException *period = it->exceptionAt(at(QStringLiteral("2023-11-25T10:00")));
        QVERIFY(instant && period);
        QCOMPARE(instant->end, at(QStringLiteral("2023-11-23T10:30")));
        QCOMPARE(period->end, at(QStringLiteral("2023-11-25T13:30"))); // 12:30 UTC
        // Exported and read again, the occurrence keeps its three and a half hours.
        IcsImporter again;
        QVERIFY2(again.read(IcsExporter().exportEvents({*it})), qPrintable(again.errorString()));
        QCOMPARE(again.events().size(), 1);
        const EventException *back = again.events().first().exceptionAt(at(QStringLiteral("2023-11-25T10:00")));
        QVERIFY(back);
        QCOMPARE(back->end, at(QStringLiteral("2023-11-25T13:30")));
    }

    void addedDatesWithoutARuleGoOutWithoutOne()
    {
        // DTSTART and two RDATEs, no RRULE (as Thunderbird writes dates added
        // by hand): three occurrences, exported as they came.
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                                "BEGIN:VEVENT\r\nUID:dates\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Permanence\r\n"
                                "DTSTART;TZID=Europe/Paris:20270105T090000\r\nDTEND;TZID=Europe/Paris:20270105T100000\r\n"
                                "RDATE;TZID=Europe/Paris:20270112T090000,20270119T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        IcsImporter importer;
        QVERIFY2(importer.read(file), qPrintable(importer.errorString()));
        const QList<QString> expected{QStringLiteral("2027-01-05T09:00:00"), QStringLiteral("2027-01-12T09:00:00"), QStringLiteral("2027-01-19T09:00:00")};
        QCOMPARE(starts(OccurrenceExpander::expand(importer.events().first(), at(QStringLiteral("2027-01-01")), at(QStringLiteral("2027-12-31")))), expected);
        const QByteArray out = IcsExporter().exportEvents(importer.events());
        // The zone's own rules aside, no RRULE.
        QVERIFY2(!out.mid(out.indexOf("BEGIN:VEVENT")).contains("RRULE"), out.constData());
        QCOMPARE(out.count("RDATE;TZID=Europe/Paris:"), 2);
        IcsImporter again;
        QVERIFY2(again.read(out), qPrintable(again.errorString()));
        QCOMPARE(starts(OccurrenceExpander::expand(again.events().first(), at(QStringLiteral("2027-01-01")), at(QStringLiteral("2027-12-31")))), expected);
    }

    void summerTimeChanges()
    {
        // UTC times either side of both changes of 2026 land on the same wall clock.
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Avant\r\nDTSTART:20260327T170000Z\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Après\r\nDTSTART:20260403T160000Z\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Octobre\r\nDTSTART;TZID=Europe/Paris:20261030T180000\r\n"
                                "RRULE:FREQ=WEEKLY;UNTIL=20261106T170000Z\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Fuseau inconnu\r\nDTSTART;TZID=Mars/Olympus:20260101T100000\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
        IcsImporter importer;
        QVERIFY(importer.read(file));
        QCOMPARE(importer.events().size(), 4);
        QCOMPARE(importer.events().at(0).start, at(QStringLiteral("2026-03-27T18:00")));
        QCOMPARE(importer.events().at(1).start, at(QStringLiteral("2026-04-03T18:00")));
        QCOMPARE(importer.events().at(2).rrule, QStringLiteral("FREQ=WEEKLY;UNTIL=20261106T180000"));
        QCOMPARE(starts(OccurrenceExpander::expand(importer.events().at(2), at(QStringLiteral("2026-10-01")), at(QStringLiteral("2026-12-01")))),
                 QStringList({QStringLiteral("2026-10-30T18:00:00"), QStringLiteral("2026-11-06T18:00:00")}));
        QCOMPARE(importer.events().at(3).start, at(QStringLiteral("2026-01-01T10:00")));
        QCOMPARE(issueLines(importer), QStringList{QStringLiteral("19")}); // the event with the unknown zone
    }

    void overridesAndRdates()
    {
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VEVENT\r\nUID:rdv\r\nSUMMARY:Rendez-vous\r\nDTSTART;TZID=Europe/Paris:20260102T180000\r\n"
                                "DTEND;TZID=Europe/Paris:20260102T200000\r\nRRULE:FREQ=MONTHLY;COUNT=4;BYDAY=1FR\r\n"
                                "RDATE;TZID=Europe/Paris:20260115T120000\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:rdv\r\nRECURRENCE-ID;TZID=Europe/Paris:20260206T180000\r\nSUMMARY:Rendez-vous\r\n"
                                "LOCATION:Fourmies\r\nDTSTART;TZID=Europe/Paris:20260205T170000\r\nDTEND;TZID=Europe/Paris:20260205T190000\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:rdv\r\nRECURRENCE-ID;TZID=Europe/Paris:20260306T180000\r\nSTATUS:CANCELLED\r\n"
                                "DTSTART;TZID=Europe/Paris:20260306T180000\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
        IcsImporter importer;
        QVERIFY(importer.read(file));
        QCOMPARE(importer.events().size(), 1);
        const QList<Occurrence> list = OccurrenceExpander::expand(importer.events().first(), at(QStringLiteral("2026-01-01")),
                                                                  at(QStringLiteral("2027-01-01")));
        QCOMPARE(starts(list), QStringList({QStringLiteral("2026-01-02T18:00:00"), QStringLiteral("2026-01-15T12:00:00"),
                                            QStringLiteral("2026-02-05T17:00:00"), QStringLiteral("2026-04-03T18:00:00")}));
        QCOMPARE(list.at(2).location, QStringLiteral("Fourmies"));
    }

    void otherZoneRepeatsOnItsOwnClock_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Mozilla US-Eastern") << QStringLiteral("us_eastern_mozilla_first_friday.ics");
        QTest::newRow("Outlook Eastern Standard Time") << QStringLiteral("us_eastern_outlook_first_friday.ics");
    }

    void otherZoneRepeatsOnItsOwnClock()
    {
        QFETCH(QString, file);
        IcsImporter importer;
        QVERIFY2(importer.readFile(dataFile(file)), qPrintable(importer.errorString()));
        QCOMPARE(importer.issues().size(), 0);
        QCOMPARE(importer.events().size(), 2);
        const Event firstFriday = importer.events().at(0);
        // Both names give the rules of New York.
        QCOMPARE(firstFriday.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(firstFriday.start, at(QStringLiteral("2027-01-01T15:00")));
        QCOMPARE(firstFriday.end, at(QStringLiteral("2027-01-01T16:00")));
        const QList<Occurrence> list = OccurrenceExpander::expand(firstFriday, at(QStringLiteral("2027-01-01")), at(QStringLiteral("2028-01-01")));
        // 09:00 in New York: 14:00 UTC in winter (EST), 13:00 UTC from
        // 14 March to 7 November 2027 (EDT).
        QCOMPARE(utcStarts(list), QStringList({QStringLiteral("2027-01-01T14:00:00Z"), QStringLiteral("2027-02-05T14:00:00Z"),
                                               QStringLiteral("2027-03-05T14:00:00Z"), QStringLiteral("2027-04-02T13:00:00Z"),
                                               QStringLiteral("2027-05-07T13:00:00Z"), QStringLiteral("2027-06-04T13:00:00Z"),
                                               QStringLiteral("2027-07-02T13:00:00Z"), QStringLiteral("2027-08-06T13:00:00Z"),
                                               QStringLiteral("2027-09-03T13:00:00Z"), QStringLiteral("2027-10-01T13:00:00Z"),
                                               QStringLiteral("2027-11-05T13:00:00Z"), QStringLiteral("2027-12-03T14:00:00Z")}));
        // In Paris: 15:00, except on 5 November, when Paris is back on
        // winter time (31 October) and New York not yet (7 November).
        QStringList paris = starts(list);
        QCOMPARE(paris.size(), 12);
        QCOMPARE(paris.at(10), QStringLiteral("2027-11-05T14:00:00"));
        paris.removeAt(10);
        for (const QString &t : std::as_const(paris))
            QVERIFY2(t.endsWith(QLatin1String("T15:00:00")), qPrintable(t));

        // Every Friday, across both countries' changes in spring and autumn.
        const QList<Occurrence> weekly = OccurrenceExpander::expand(importer.events().at(1), at(QStringLiteral("2027-03-01")),
                                                                    at(QStringLiteral("2027-04-06")));
        QCOMPARE(utcStarts(weekly), QStringList({QStringLiteral("2027-03-05T14:00:00Z"), QStringLiteral("2027-03-12T14:00:00Z"),
                                                 QStringLiteral("2027-03-19T13:00:00Z"), QStringLiteral("2027-03-26T13:00:00Z"),
                                                 QStringLiteral("2027-04-02T13:00:00Z")}));
        QCOMPARE(starts(weekly), QStringList({QStringLiteral("2027-03-05T15:00:00"), QStringLiteral("2027-03-12T15:00:00"),
                                              QStringLiteral("2027-03-19T14:00:00"), QStringLiteral("2027-03-26T14:00:00"),
                                              QStringLiteral("2027-04-02T15:00:00")}));
        const QList<Occurrence> autumn = OccurrenceExpander::expand(importer.events().at(1), at(QStringLiteral("2027-10-25")),
                                                                    at(QStringLiteral("2027-11-13")));
        QCOMPARE(utcStarts(autumn), QStringList({QStringLiteral("2027-10-29T13:00:00Z"), QStringLiteral("2027-11-05T13:00:00Z"),
                                                 QStringLiteral("2027-11-12T14:00:00Z")}));
        QCOMPARE(starts(autumn), QStringList({QStringLiteral("2027-10-29T15:00:00"), QStringLiteral("2027-11-05T14:00:00"),
                                              QStringLiteral("2027-11-12T15:00:00")}));
        QCOMPARE(OccurrenceExpander::expand(importer.events().at(1), at(QStringLiteral("2026-01-01")), at(QStringLiteral("2029-01-01"))).size(), 52);
    }

    void otherZoneSurvivesStoreAndExport()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("us_eastern_mozilla_first_friday.ics"))));
        int created = 0;
        int updated = 0;
        QVERIFY(m_store->importEvents(importer.events(), false, &created, &updated));
        QCOMPARE(created, 2);
        const QList<Event> stored = m_store->events();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).timeZone, QStringLiteral("America/New_York"));
        const QList<Occurrence> fromStore = OccurrenceExpander::expand(m_store->events(at(QStringLiteral("2027-11-01")), at(QStringLiteral("2027-11-30"))),
                                                                       at(QStringLiteral("2027-11-01")), at(QStringLiteral("2027-11-30")));
        QVERIFY(starts(fromStore).contains(QStringLiteral("2027-11-05T14:00:00")));

        IcsExporter exporter;
        const QByteArray ics = exporter.exportEvents(stored);
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"));
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=America/New_York:20270101T090000\r\n"));
        QVERIFY(ics.contains("DTEND;TZID=America/New_York:20270101T100000\r\n"));
        QVERIFY2(ics.contains("RRULE:FREQ=MONTHLY;UNTIL=20271231T235959Z;BYDAY=1FR\r\n"), ics.constData());
        QVERIFY(ics.contains("RRULE:FREQ=WEEKLY;COUNT=52\r\n"));

        IcsImporter again;
        QVERIFY2(again.read(ics), qPrintable(again.errorString()));
        QCOMPARE(again.issues().size(), 0);
        QCOMPARE(again.events().size(), 2);
        QCOMPARE(again.events().at(0).timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(again.events().at(0).rrule, stored.at(0).rrule);
        QCOMPARE(utcStarts(OccurrenceExpander::expand(again.events().at(0), at(QStringLiteral("2027-01-01")), at(QStringLiteral("2028-01-01")))),
                 utcStarts(OccurrenceExpander::expand(stored.at(0), at(QStringLiteral("2027-01-01")), at(QStringLiteral("2028-01-01")))));
    }

    void zoneOfItsOwnKeepsItsRules()
    {
        // The US rules of 1987-2006 (April to October) match no IANA zone
        // in 2021-2032: the file's own rules are kept and used.
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("custom_zone_old_us_rules.ics"))));
        QCOMPARE(importer.issues().size(), 0);
        const Event e = importer.events().at(0);
        QVERIFY2(e.timeZone.startsWith(QLatin1String("BEGIN:VTIMEZONE")), qPrintable(e.timeZone));
        const QList<Occurrence> list = OccurrenceExpander::expand(e, at(QStringLiteral("2027-03-01")), at(QStringLiteral("2027-12-01")));
        // 2 April: still EST by these rules (summer from 4 April); 5 November: EST again.
        QCOMPARE(utcStarts(list).first(), QStringLiteral("2027-03-05T14:00:00Z"));
        QCOMPARE(utcStarts(list).at(1), QStringLiteral("2027-04-02T14:00:00Z"));
        QCOMPARE(utcStarts(list).at(2), QStringLiteral("2027-05-07T13:00:00Z"));
        QCOMPARE(utcStarts(list).last(), QStringLiteral("2027-11-05T14:00:00Z"));

        QList<EventRecord> write{{e, {}}};
        QVERIFY(m_store->apply(write));
        const QByteArray ics = IcsExporter().exportEvents(m_store->events());
        QVERIFY(ics.contains("TZID:Partner Eastern (old rules)\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Partner Eastern (old rules):20270101T090000\r\n"));
    }

    void outlookParisIsParis()
    {
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VTIMEZONE\r\nTZID:Romance Standard Time\r\n"
                                "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
                                "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
                                "BEGIN:VEVENT\r\nUID:o\r\nSUMMARY:Plénière\r\nDTSTART;TZID=Romance Standard Time:20270305T180000\r\n"
                                "DTEND;TZID=Romance Standard Time:20270305T200000\r\nRRULE:FREQ=MONTHLY;BYDAY=1FR;COUNT=3\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
        IcsImporter importer;
        QVERIFY(importer.read(file));
        QCOMPARE(importer.issues().size(), 0);
        QCOMPARE(importer.events().at(0).timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(starts(OccurrenceExpander::expand(importer.events().at(0), at(QStringLiteral("2027-01-01")), at(QStringLiteral("2028-01-01")))),
                 QStringList({QStringLiteral("2027-03-05T18:00:00"), QStringLiteral("2027-04-02T18:00:00"), QStringLiteral("2027-05-07T18:00:00")}));
    }

    /// RFC 5545 3.6.5: a VTIMEZONE has at least one STANDARD or DAYLIGHT
    /// part. One with its TZID alone gives no rules: it is ignored and the
    /// TZID read by its name, not as a zone always at UTC (Reykjavik).
    void emptyVtimezoneIsReadByItsName()
    {
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VTIMEZONE\r\nTZID:Asia/Kolkata\r\nEND:VTIMEZONE\r\n"
                                "BEGIN:VEVENT\r\nUID:w\r\nSUMMARY:Reception\r\nDTSTART;TZID=Asia/Kolkata:20190210T183000\r\n"
                                "DTEND;TZID=Asia/Kolkata:20190210T223000\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
        IcsImporter importer;
        QVERIFY(importer.read(file));
        QCOMPARE(importer.issues().size(), 0);
        QCOMPARE(importer.events().size(), 1);
        QCOMPARE(importer.events().at(0).timeZone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(importer.events().at(0).start, at(QStringLiteral("2019-02-10T14:00"))); // 13:00 UTC
        QCOMPARE(importer.events().at(0).end, at(QStringLiteral("2019-02-10T18:00")));
    }

    /// The links of the tz database ("backward" names) that Qt 6.4 does not
    /// list, read as the zone they name, stored under its main name; a
    /// POSIX rule that QTimeZone would also take ("XYZ") is no zone.
    void linkNamesAreZones_data()
    {
        QTest::addColumn<QString>("tzid");
        QTest::addColumn<QString>("zone"); // as stored; an unknown zone is read as Paris
        QTest::addColumn<QString>("paris"); // 12:00 on 15 January 2026 in that zone
        QTest::newRow("Asia/Calcutta") << QStringLiteral("Asia/Calcutta") << QStringLiteral("Asia/Kolkata") << QStringLiteral("2026-01-15T07:30");
        QTest::newRow("Europe/Kiev") << QStringLiteral("Europe/Kiev") << QStringLiteral("Europe/Kyiv") << QStringLiteral("2026-01-15T11:00");
        QTest::newRow("US/Pacific") << QStringLiteral("US/Pacific") << QStringLiteral("America/Los_Angeles") << QStringLiteral("2026-01-15T21:00");
        QTest::newRow("America/Buenos_Aires") << QStringLiteral("America/Buenos_Aires") << QStringLiteral("America/Argentina/Buenos_Aires")
                                              << QStringLiteral("2026-01-15T16:00");
        QTest::newRow("Asia/Saigon") << QStringLiteral("Asia/Saigon") << QStringLiteral("Asia/Ho_Chi_Minh") << QStringLiteral("2026-01-15T06:00");
        QTest::newRow("Canada/Eastern") << QStringLiteral("Canada/Eastern") << QStringLiteral("America/Toronto") << QStringLiteral("2026-01-15T18:00");
        QTest::newRow("GMT") << QStringLiteral("GMT") << QStringLiteral("UTC") << QStringLiteral("2026-01-15T13:00");
        QTest::newRow("Etc/GMT+5") << QStringLiteral("Etc/GMT+5") << QStringLiteral("Etc/GMT+5") << QStringLiteral("2026-01-15T18:00");
        // Mozilla's dashes, without a VTIMEZONE.
        QTest::newRow("US-Eastern") << QStringLiteral("US-Eastern") << QStringLiteral("America/New_York") << QStringLiteral("2026-01-15T18:00");
        QTest::newRow("POSIX rule") << QStringLiteral("XYZ") << QStringLiteral("Europe/Paris") << QStringLiteral("2026-01-15T12:00");
    }

    void linkNamesAreZones()
    {
        QFETCH(QString, tzid);
        QFETCH(QString, zone);
        QFETCH(QString, paris);
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:l\r\nSUMMARY:Call\r\nDTSTART;TZID=" + tzid.toUtf8()
                                + ":20260115T120000\r\nRRULE:FREQ=DAILY;COUNT=2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        IcsImporter importer;
        QVERIFY(importer.read(file));
        QCOMPARE(importer.events().size(), 1);
        QCOMPARE(importer.events().at(0).timeZone, zone);
        QCOMPARE(importer.events().at(0).start, at(paris));
        if (tzid == QLatin1String("XYZ")) {
            QCOMPARE(importer.issues().size(), 1);
            QCOMPARE(importer.issues().at(0).message,
                     QStringLiteral("the time zone “XYZ” is not defined; its times were read as Paris times"));
        } else {
            QCOMPARE(importer.issues().size(), 0);
        }
    }

    /// TZID=US/Eastern with no VTIMEZONE (Cyrus's JMAP tests).
    void usEasternWithoutVtimezone()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("cyrus_jmap_test_us_eastern_no_vtimezone.ics"))));
        QCOMPARE(importer.issues().size(), 0);
        QCOMPARE(importer.events().size(), 1);
        const Event e = importer.events().at(0);
        QCOMPARE(e.title, QStringLiteral("Event one"));
        QCOMPARE(e.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(e.start, at(QStringLiteral("2006-01-02T16:00"))); // 10:00 EST, 15:00 UTC
        QCOMPARE(e.end, at(QStringLiteral("2006-01-02T17:00")));
    }

    /// A VTIMEZONE with its TZID alone (a German booking site), under a
    /// link name: the evening in Chennai is the afternoon in Paris, and the
    /// export writes it in Asia/Kolkata with that zone's rules.
    void calcuttaWithEmptyVtimezone()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("nodejs_sendics_asia_calcutta_empty_vtimezone.ics"))));
        QCOMPARE(importer.issues().size(), 0);
        QCOMPARE(importer.events().size(), 1);
        const Event e = importer.events().at(0);
        QCOMPARE(e.title, QStringLiteral("Sasi weds Priya"));
        QCOMPARE(e.timeZone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(e.start, at(QStringLiteral("2019-02-10T14:00"))); // 18:30 IST, 13:00 UTC
        QCOMPARE(e.end, at(QStringLiteral("2019-02-10T18:00")));
        const QByteArray ics = IcsExporter().exportEvents({e});
        QVERIFY2(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Kolkata\r\n"), ics.constData());
        QVERIFY(ics.contains("DTSTART;TZID=Asia/Kolkata:20190210T183000\r\n"));
        QVERIFY(ics.contains("DTEND;TZID=Asia/Kolkata:20190210T223000\r\n"));
        QVERIFY(!ics.contains("Reykjavik"));
    }

    /// RFC 5545 3.2.19: a TZID that begins with a slash is a globally
    /// unique name; the IANA name is the tail of its path (python-icalendar
    /// issue 466: "/Europe/Stockholm").
    void tzidWithLeadingSlash()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("icalendar_issue_466_convert_tzid_with_slash.ics"))));
        QCOMPARE(importer.issues().size(), 0);
        QCOMPARE(importer.events().size(), 1);
        const Event e = importer.events().at(0);
        QCOMPARE(e.timeZone, QStringLiteral("Europe/Stockholm"));
        QCOMPARE(e.start, at(QStringLiteral("2022-10-21T20:00")));
        QCOMPARE(e.end, at(QStringLiteral("2022-10-21T21:00")));
        // Every Friday at 20:00 in Stockholm, across the end of summer time.
        const QList<Occurrence> list = OccurrenceExpander::expand(e, at(QStringLiteral("2022-10-01")), at(QStringLiteral("2022-11-05")));
        QCOMPARE(utcStarts(list), QStringList({QStringLiteral("2022-10-21T18:00:00Z"), QStringLiteral("2022-10-28T18:00:00Z"),
                                               QStringLiteral("2022-11-04T19:00:00Z")}));
    }

    void tzidPaths_data()
    {
        QTest::addColumn<QString>("tzid");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("paris"); // 12:00 on 15 January 2026 in that zone
        QTest::newRow("Mozilla") << QStringLiteral("/mozilla.org/20050126_1/Europe/Paris") << QStringLiteral("Europe/Paris")
                                 << QStringLiteral("2026-01-15T12:00");
        QTest::newRow("libical") << QStringLiteral("/freeassociation.sourceforge.net/Tzfile/Europe/Paris") << QStringLiteral("Europe/Paris")
                                 << QStringLiteral("2026-01-15T12:00");
        QTest::newRow("libical, a link") << QStringLiteral("/freeassociation.sourceforge.net/Tzfile/US/Eastern")
                                         << QStringLiteral("America/New_York") << QStringLiteral("2026-01-15T18:00");
        QTest::newRow("slash, three parts") << QStringLiteral("/America/Argentina/Buenos_Aires")
                                            << QStringLiteral("America/Argentina/Buenos_Aires") << QStringLiteral("2026-01-15T16:00");
    }

    void tzidPaths()
    {
        QFETCH(QString, tzid);
        QFETCH(QString, zone);
        QFETCH(QString, paris);
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:p\r\nSUMMARY:Call\r\nDTSTART;TZID=" + tzid.toUtf8()
                                + ":20260115T120000\r\nRRULE:FREQ=DAILY;COUNT=2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        IcsImporter importer;
        QVERIFY(importer.read(file));
        QCOMPARE(importer.issues().size(), 0);
        QCOMPARE(importer.events().at(0).timeZone, zone);
        QCOMPARE(importer.events().at(0).start, at(paris));
    }

    /// Google writes "DESCRIPTION:" and "LOCATION:" on every event: no
    /// text, not a defect.
    void googleEmptyTextsPassSilently()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("icaljs_forced_types.ics"))));
        QCOMPARE(importer.issues().size(), 0);
        QCOMPARE(importer.events().size(), 1);
        const Event e = importer.events().at(0);
        QCOMPARE(e.title, QStringLiteral("Event"));
        QVERIFY(e.allDay);
        QCOMPARE(e.start, at(QStringLiteral("2012-09-04")));
        QCOMPARE(e.end, at(QStringLiteral("2012-09-05")));
        QVERIFY(e.description.isEmpty());
        QVERIFY(e.location.isEmpty());

        IcsImporter daily;
        QVERIFY(daily.readFile(dataFile(QStringLiteral("icaljs_daily_recur.ics"))));
        QCOMPARE(daily.issues().size(), 0);
        QCOMPARE(daily.events().size(), 1);
        QCOMPARE(daily.events().at(0).title, QStringLiteral("Every day recurring"));
        QCOMPARE(daily.events().at(0).timeZone, QStringLiteral("America/Los_Angeles"));
        // 05:00 in Los Angeles (PDT) is 14:00 in Paris (CEST).
        QCOMPARE(starts(OccurrenceExpander::expand(daily.events().at(0), at(QStringLiteral("2012-08-01")), at(QStringLiteral("2012-08-03")))),
                 QStringList({QStringLiteral("2012-08-01T14:00:00"), QStringLiteral("2012-08-02T14:00:00")}));
    }

    /// What libical reports (in English, in X-LIC-ERROR) is said in our
    /// words, translated, on the line of the property: Google's birthdays
    /// write a date as "20131210Z".
    void libicalErrorsAreSentences()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("icaljs_google_birthday.ics"))));
        QList<IcsImporter::Issue> rdates;
        for (const IcsImporter::Issue &i : importer.issues()) {
            QVERIFY2(!i.message.contains(QLatin1String("Removing entire property")), qPrintable(i.message));
            if (i.line == 12 || i.line == 13)
                rdates << i;
        }
        QCOMPARE(rdates.size(), 2);
        QCOMPARE(rdates.at(0).line, 12);
        QCOMPARE(rdates.at(0).message, QStringLiteral("the RDATE value “20131210Z” cannot be read as a date and time; it was skipped"));
        QCOMPARE(rdates.at(1).line, 13);
        QCOMPARE(rdates.at(1).message, QStringLiteral("the RDATE value “20121210Z” cannot be read as a date and time; it was skipped"));
        QCOMPARE(importer.events().at(0).title, QStringLiteral("PErson #2's birthday"));

        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Bilan\r\nDTSTART:20270105T090000Z\r\n"
                                "DURATION:deux heures\r\nGEO:nord;est\r\nEXDATE:hier\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
        IcsImporter other;
        QVERIFY(other.read(file));
        QCOMPARE(other.events().size(), 1);
        QStringList said;
        for (const IcsImporter::Issue &i : other.issues())
            said << QStringLiteral("%1: %2").arg(i.line).arg(i.message);
        QCOMPARE(said, QStringList({QStringLiteral("7: the DURATION value “deux heures” cannot be read as a duration; it was skipped"),
                                    QStringLiteral("8: the GEO value “nord;est” cannot be read as a latitude and longitude; it was skipped"),
                                    QStringLiteral("9: the EXDATE value “hier” cannot be read as a date and time; it was skipped")}));
    }

    /// RFC 5545 3.4: a file is one calendar or more (python-icalendar
    /// issue 1050); each is read. Here neither event has a start.
    void severalCalendarsInOneFile()
    {
        IcsImporter importer;
        QVERIFY2(importer.readFile(dataFile(QStringLiteral("icalendar_issue_1050_multiple_calendars.ics"))), qPrintable(importer.errorString()));
        QCOMPARE(importer.events().size(), 0);
        QCOMPARE(importer.issues().size(), 2);
        QCOMPARE(importer.issues().at(0).line, 4);
        QCOMPARE(importer.issues().at(0).message, QStringLiteral("the event “Event 1” has no start (DTSTART); it was skipped"));
        QCOMPARE(importer.issues().at(1).line, 12);
        QCOMPARE(importer.issues().at(1).message, QStringLiteral("the event “Event 2” has no start (DTSTART); it was skipped"));

        // Each calendar's TZID names its own VTIMEZONE: "Local" is Paris in
        // the first, a zone at UTC+9 in the second.
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VTIMEZONE\r\nTZID:Local\r\n"
                                "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
                                "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
                                "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Paris\r\nDTSTART;TZID=Local:20270305T180000\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR\r\n"
                                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VTIMEZONE\r\nTZID:Local\r\n"
                                "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\n"
                                "END:VTIMEZONE\r\n"
                                "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Tokyo\r\nDTSTART;TZID=Local:20270305T180000\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
        IcsImporter two;
        QVERIFY2(two.read(file), qPrintable(two.errorString()));
        QCOMPARE(two.issues().size(), 0);
        QCOMPARE(two.events().size(), 2);
        QCOMPARE(two.events().at(0).start, at(QStringLiteral("2027-03-05T18:00")));
        QCOMPARE(two.events().at(1).start, at(QStringLiteral("2027-03-05T10:00"))); // 09:00 UTC

        // Something else after the calendar is still refused.
        IcsImporter after;
        QVERIFY(!after.read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\nBEGIN:VTODO\r\nEND:VTODO\r\n"));
        QCOMPARE(after.errorLine(), 4);
        QCOMPARE(after.errorString(), QStringLiteral("Line 4: content after END:VCALENDAR."));
    }

    /// VEVENTs without a VCALENDAR, one after the other (libical's tests).
    void severalBareEvents()
    {
        IcsImporter importer;
        QVERIFY2(importer.readFile(dataFile(QStringLiteral("libical_spanlist.ics"))), qPrintable(importer.errorString()));
        QCOMPARE(importer.issues().size(), 0);
        QStringList times;
        for (const Event &e : importer.events())
            times << AgendaTime::toText(e.start) + QLatin1Char('/') + AgendaTime::toText(e.end);
        QCOMPARE(times, QStringList({QStringLiteral("1998-01-01T01:00:00/1998-01-01T02:00:00"),
                                     QStringLiteral("1998-01-02T02:00:00/1998-01-03T03:00:00"),
                                     QStringLiteral("1998-01-03T04:00:00/1998-01-03T05:00:00"),
                                     QStringLiteral("1998-01-04T05:00:00/1998-01-05T06:00:00"),
                                     QStringLiteral("1998-01-06T07:00:00/1998-01-06T08:00:00")}));

        // The examples of RFC 5545 3.8.5.3 in Mozilla's US-Eastern, without
        // its VTIMEZONE.
        IcsImporter rules;
        QVERIFY2(rules.readFile(dataFile(QStringLiteral("libical_recur-errors.ics"))), qPrintable(rules.errorString()));
        QCOMPARE(rules.issues().size(), 0);
        QCOMPARE(rules.events().size(), 4);
        for (const Event &e : rules.events())
            QCOMPARE(e.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(starts(OccurrenceExpander::expand(rules.events().at(0), at(QStringLiteral("1997-08-01")), at(QStringLiteral("1998-01-01")))),
                 QStringList({QStringLiteral("1997-08-05T15:00:00"), QStringLiteral("1997-08-10T15:00:00"),
                              QStringLiteral("1997-08-19T15:00:00"), QStringLiteral("1997-08-24T15:00:00")}));
        // The second to last working day of the month at 09:00 in New York;
        // on 30 March 1998 Paris is on summer time and New York not yet.
        const QList<Occurrence> list = OccurrenceExpander::expand(rules.events().at(3), at(QStringLiteral("1997-09-01")), at(QStringLiteral("1998-08-01")));
        QCOMPARE(utcStarts(list), QStringList({QStringLiteral("1997-09-29T13:00:00Z"), QStringLiteral("1997-10-30T14:00:00Z"),
                                               QStringLiteral("1997-11-27T14:00:00Z"), QStringLiteral("1997-12-30T14:00:00Z"),
                                               QStringLiteral("1998-01-29T14:00:00Z"), QStringLiteral("1998-02-26T14:00:00Z"),
                                               QStringLiteral("1998-03-30T14:00:00Z"), QStringLiteral("1998-04-29T13:00:00Z"),
                                               QStringLiteral("1998-05-28T13:00:00Z"), QStringLiteral("1998-06-29T13:00:00Z")}));
        QCOMPARE(starts(list).at(6), QStringLiteral("1998-03-30T16:00:00"));
    }

    /// A changed occurrence (RECURRENCE-ID) whose series is not in the file
    /// is imported as an event of its own at its own start, as calendar
    /// programs show it (RFC 4791 allows such objects).
    void occurrencesWithoutTheirSeries()
    {
        IcsImporter khal;
        QVERIFY(khal.readFile(dataFile(QStringLiteral("khal_event_dt_multi_recuid_no_master.ics"))));
        QCOMPARE(khal.issues().size(), 0);
        QCOMPARE(khal.events().size(), 2);
        QStringList seen;
        for (const Event &e : khal.events()) {
            QVERIFY(!e.isRecurring());
            QCOMPARE(e.title, QStringLiteral("Arbeit"));
            seen << e.uid + QLatin1Char(' ') + AgendaTime::toText(e.start) + QLatin1Char('/') + AgendaTime::toText(e.end);
        }
        QCOMPARE(seen, QStringList({QStringLiteral("abe304dc-f7b1-4f2b-997d-5c8bcfaa7e0b#20140714T053000 2014-06-30T07:30:00/2014-06-30T12:00:00"),
                                    QStringLiteral("abe304dc-f7b1-4f2b-997d-5c8bcfaa7e0b#20140707T053000 2014-07-07T08:30:00/2014-07-07T12:00:00")}));

        IcsImporter one;
        QVERIFY(one.readFile(dataFile(QStringLiteral("icalendar_issue_1231_recurrence.ics"))));
        QCOMPARE(one.issues().size(), 0);
        QCOMPARE(one.events().size(), 1);
        QCOMPARE(one.events().at(0).title, QStringLiteral("Test recurrence"));
        QCOMPARE(one.events().at(0).uid, QStringLiteral("test-uid#20250428T180500"));
        QCOMPARE(one.events().at(0).start, at(QStringLiteral("2025-04-28T18:05"))); // 16:05 UTC

        // Google's birthdays: a series of one date, then each year's
        // occurrence without it.
        IcsImporter google;
        QVERIFY(google.readFile(dataFile(QStringLiteral("icaljs_google_birthday.ics"))));
        QCOMPARE(issueLines(google), QStringList({QStringLiteral("12"), QStringLiteral("13")})); // the RDATEs "20131210Z"
        QStringList days;
        for (const Event &e : google.events()) {
            QVERIFY(e.allDay);
            QCOMPARE(e.title, QStringLiteral("PErson #2's birthday"));
            days << e.uid + QLatin1Char(' ') + e.start.date().toString(Qt::ISODate);
        }
        QCOMPARE(days, QStringList({QStringLiteral("2014_BIRTHDAY_79d389868f96182e@google.com 2014-12-10"),
                                    QStringLiteral("BIRTHDAY_79d389868f96182e@google.com#20121210T000000 2012-12-10"),
                                    QStringLiteral("BIRTHDAY_79d389868f96182e@google.com#20131210T000000 2013-12-10"),
                                    QStringLiteral("BIRTHDAY_79d389868f96182e@google.com#20141210T000000 2014-12-10")}));

        // A cancelled occurrence without its series shows nothing.
        IcsImporter cancelled;
        QVERIFY(cancelled.read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:c\r\nRECURRENCE-ID:20270105T090000Z\r\n"
                               "STATUS:CANCELLED\r\nDTSTART:20270105T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
        QCOMPARE(cancelled.events().size(), 0);
        QCOMPARE(issueLines(cancelled), QStringList{QStringLiteral("3")});
    }

    void floatingEndBesideZonedStart()
    {
        // Outlook and some web sites write DTEND without the TZID of DTSTART.
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VEVENT\r\nUID:f\r\nSUMMARY:Call\r\nDTSTART;TZID=America/New_York:20270105T090000\r\n"
                                "DTEND:20270105T100000\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
        IcsImporter importer;
        QVERIFY(importer.read(file));
        QCOMPARE(importer.issues().size(), 0);
        QCOMPARE(importer.events().at(0).start, at(QStringLiteral("2027-01-05T15:00")));
        QCOMPARE(importer.events().at(0).end, at(QStringLiteral("2027-01-05T16:00")));
    }

    void invalidRuleIsRefusedWithASentence()
    {
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VEVENT\r\nUID:z\r\nSUMMARY:Zero\r\nDTSTART:20270105T090000\r\n"
                                "RRULE:FREQ=MONTHLY;BYDAY=0MO\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
        IcsImporter importer;
        QVERIFY(importer.read(file));
        QCOMPARE(importer.events().size(), 1);
        QVERIFY(importer.events().at(0).rrule.isEmpty());
        QCOMPARE(importer.issues().size(), 1);
        QCOMPARE(importer.issues().at(0).line, 7);
        QCOMPARE(importer.issues().at(0).message,
                 QStringLiteral("the repeat rule “FREQ=MONTHLY;BYDAY=0MO” is refused (BYDAY=0MO: the position of a day in the "
                                "month or the year counts from 1 (the first) or from -1 (the last), never 0); the event was kept "
                                "without repetition"));
    }

    void notICalendarAtAll()
    {
        IcsImporter importer;
        QVERIFY(!importer.read("nom;prénom\nDupont;Jean\n"));
        QCOMPARE(importer.errorLine(), 1);
        QVERIFY(!importer.read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VCALENDAR\n"));
        QCOMPARE(importer.errorLine(), 3);
    }

    void roundTripKeepsEverything()
    {
        Event rdv;
        rdv.uid = QStringLiteral("rdv-ess@essaim");
        rdv.title = QStringLiteral("Rendez-vous de l'ESS ; “Café” \\ 2026");
        rdv.typeId = m_store->typeIdByName(QStringLiteral("Rendez-vous de l'ESS"));
        rdv.start = at(QStringLiteral("2026-01-02T18:00"));
        rdv.end = at(QStringLiteral("2026-01-02T20:00"));
        rdv.location = QStringLiteral("Maubeuge, salle Sthrau");
        rdv.description = QStringLiteral("Première ligne,\nseconde ligne");
        rdv.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=1FR;UNTIL=20261231T235959");
        SeriesEditor::cancelOccurrence(rdv, at(QStringLiteral("2026-08-07T18:00")));
        SeriesEditor::changeOccurrence(rdv, at(QStringLiteral("2026-05-01T18:00")),
                                       {at(QStringLiteral("2026-05-07T17:30")), at(QStringLiteral("2026-05-07T19:30")), rdv.title,
                                        QStringLiteral("Avesnes-sur-Helpe"), rdv.description});
        Event day;
        day.uid = QStringLiteral("mois-ess@essaim");
        day.title = QStringLiteral("Mois de l'ESS");
        day.allDay = true;
        day.start = at(QStringLiteral("2026-11-01"));
        day.end = at(QStringLiteral("2026-12-01"));
        day.isPublic = false;
        QList<EventRecord> write{{rdv, {}}, {day, {}}};
        QVERIFY(m_store->apply(write));

        IcsExporter exporter;
        exporter.setTypes(m_store->types());
        const QByteArray ics = exporter.exportEvents(m_store->events());
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Paris:20260102T180000\r\n"));
        QVERIFY(ics.contains("RRULE:FREQ=MONTHLY;UNTIL=20261231T225959Z;BYDAY=1FR\r\n"));
        QVERIFY(ics.contains("EXDATE;TZID=Europe/Paris:20260807T180000\r\n"));
        QVERIFY(ics.contains("RECURRENCE-ID;TZID=Europe/Paris:20260501T180000\r\n"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20261101\r\n"));
        QVERIFY(ics.contains("UID:rdv-ess@essaim\r\n"));
        QVERIFY(ics.contains("CATEGORIES:Rendez-vous de l'ESS\r\n"));
        QVERIFY(ics.contains("CLASS:PRIVATE\r\n"));

        IcsImporter importer;
        importer.setTypes(m_store->types());
        QVERIFY2(importer.read(ics), qPrintable(importer.errorString()));
        QCOMPARE(importer.issues().size(), 0);
        QCOMPARE(importer.events().size(), 2);
        const Event back = importer.events().at(0);
        QCOMPARE(back.uid, rdv.uid);
        QCOMPARE(back.title, rdv.title);
        QCOMPARE(back.description, rdv.description);
        QCOMPARE(back.typeId, rdv.typeId);
        QCOMPARE(back.start, rdv.start);
        QCOMPARE(back.end, rdv.end);
        QCOMPARE(back.rrule, QStringLiteral("FREQ=MONTHLY;UNTIL=20261231T235959;BYDAY=1FR"));
        QCOMPARE(starts(OccurrenceExpander::expand(back, at(QStringLiteral("2026-01-01")), at(QStringLiteral("2027-01-01")))),
                 starts(OccurrenceExpander::expand(rdv, at(QStringLiteral("2026-01-01")), at(QStringLiteral("2027-01-01")))));
        QCOMPARE(importer.events().at(1).allDay, true);
        QCOMPARE(importer.events().at(1).end, day.end);
        QVERIFY(!importer.events().at(1).isPublic);

        // Importing the file again updates instead of duplicating.
        int created = -1;
        int updated = -1;
        QVERIFY(m_store->importEvents(importer.events(), false, &created, &updated));
        QCOMPARE(created, 0);
        QCOMPARE(updated, 2);
        QCOMPARE(m_store->count(), 2);
    }

    void dryRunWritesNothing()
    {
        IcsImporter importer;
        QVERIFY(importer.readFile(dataFile(QStringLiteral("pyical_weekly_rrule_multiple_exdate_lines.ics"))));
        int created = 0;
        int updated = 0;
        QVERIFY(m_store->importEvents(importer.events(), true, &created, &updated));
        QCOMPARE(created, 1);
        QCOMPARE(m_store->count(), 0);
        QVERIFY(m_store->importEvents(importer.events(), false, &created, &updated));
        QCOMPARE(m_store->count(), 1);
        QVERIFY(m_store->importEvents(importer.events(), false, &created, &updated));
        QCOMPARE(created, 0);
        QCOMPARE(updated, 1);
        QCOMPARE(m_store->count(), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
};

QTEST_GUILESS_MAIN(TestIcs)
#include "tst_ics.moc"
