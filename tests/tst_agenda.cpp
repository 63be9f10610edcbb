#include "models/domain/agendatime.h"
#include "models/domain/occurrenceexpander.h"
#include "models/domain/recurrence.h"
#include "models/domain/serieseditor.h"
#include "models/itemmodels/occurrencetablemodel.h"
#include "models/storage/database.h"
#include "models/stores/actorstore.h"
#include "models/stores/eventstore.h"
#include "models/undo/eventchangecommand.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {
QDateTime at(const QString &text)
{
    bool ok = false;
    const QDateTime t = AgendaTime::parseUserText(text, &ok);
    Q_ASSERT(ok);
    return t;
}

QStringList texts(const QList<QDateTime> &list)
{
    QStringList result;
    for (const QDateTime &t : list)
        result << AgendaTime::toText(t);
    return result;
}

QStringList starts(const QList<Occurrence> &list)
{
    QStringList result;
    for (const Occurrence &o : list)
        result << AgendaTime::toText(o.start);
    return result;
}

Event series(const QString &title, const QString &start, const QString &end, const QString &rrule)
{
    Event e;
    e.title = title;
    e.start = at(start);
    e.end = at(end);
    e.rrule = rrule;
    return e;
}
} // namespace

/// The agenda's models: recurrence expansion (RFC 5545 through libical),
/// exceptions, series edits, the store, undo and attendance figures.
class TestAgenda : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("a%1.essaim").arg(++m_counter))), qPrintable(m_db->errorString()));
        m_store = std::make_unique<EventStore>(m_db->connectionName());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void rfcFirstFriday()
    {
        // RFC 5545, 3.8.5.3: "Monthly on the first Friday for 10 occurrences".
        const QDateTime dtstart = at(QStringLiteral("1997-09-05T09:00"));
        QCOMPARE(texts(Recurrence::next(QStringLiteral("FREQ=MONTHLY;COUNT=10;BYDAY=1FR"), dtstart, dtstart, 20)),
                 QStringList({QStringLiteral("1997-09-05T09:00:00"), QStringLiteral("1997-10-03T09:00:00"),
                              QStringLiteral("1997-11-07T09:00:00"), QStringLiteral("1997-12-05T09:00:00"),
                              QStringLiteral("1998-01-02T09:00:00"), QStringLiteral("1998-02-06T09:00:00"),
                              QStringLiteral("1998-03-06T09:00:00"), QStringLiteral("1998-04-03T09:00:00"),
                              QStringLiteral("1998-05-01T09:00:00"), QStringLiteral("1998-06-05T09:00:00")}));
        // The endless rule, read from a later window.
        QCOMPARE(texts(Recurrence::starts(QStringLiteral("FREQ=MONTHLY;BYDAY=1FR"), dtstart, at(QStringLiteral("1997-11-01")),
                                          at(QStringLiteral("1998-02-01")))),
                 QStringList({QStringLiteral("1997-11-07T09:00:00"), QStringLiteral("1997-12-05T09:00:00"),
                              QStringLiteral("1998-01-02T09:00:00")}));
        QCOMPARE(Recurrence::lastStart(QStringLiteral("FREQ=MONTHLY;COUNT=10;BYDAY=1FR"), dtstart),
                 at(QStringLiteral("1998-06-05T09:00")));
        QVERIFY(!Recurrence::lastStart(QStringLiteral("FREQ=MONTHLY;BYDAY=1FR"), dtstart).isValid());
    }

    void rules_data()
    {
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("last Thursday") << QStringLiteral("FREQ=MONTHLY;BYDAY=-1TH;COUNT=3") << QStringLiteral("2026-01-29T14:00")
                                       << QStringList{QStringLiteral("2026-01-29T14:00:00"), QStringLiteral("2026-02-26T14:00:00"),
                                                      QStringLiteral("2026-03-26T14:00:00")};
        QTest::newRow("every 2 weeks Mon Wed until") << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20260120T235959")
                                                     << QStringLiteral("2026-01-05T09:30")
                                                     << QStringList{QStringLiteral("2026-01-05T09:30:00"), QStringLiteral("2026-01-07T09:30:00"),
                                                                    QStringLiteral("2026-01-19T09:30:00")};
        QTest::newRow("31st skips short months") << QStringLiteral("FREQ=MONTHLY;COUNT=3") << QStringLiteral("2026-01-31T10:00")
                                                 << QStringList{QStringLiteral("2026-01-31T10:00:00"), QStringLiteral("2026-03-31T10:00:00"),
                                                                QStringLiteral("2026-05-31T10:00:00")};
        // Spring forward (29 March 2026, 02:00 -> 03:00) and fall back
        // (25 October 2026): the wall clock stays at 18:00 and even at 02:30.
        QTest::newRow("spring forward") << QStringLiteral("FREQ=WEEKLY;COUNT=3") << QStringLiteral("2026-03-22T02:30")
                                        << QStringList{QStringLiteral("2026-03-22T02:30:00"), QStringLiteral("2026-03-29T02:30:00"),
                                                       QStringLiteral("2026-04-05T02:30:00")};
        QTest::newRow("fall back") << QStringLiteral("FREQ=DAILY;COUNT=3") << QStringLiteral("2026-10-24T18:00")
                                   << QStringList{QStringLiteral("2026-10-24T18:00:00"), QStringLiteral("2026-10-25T18:00:00"),
                                                  QStringLiteral("2026-10-26T18:00:00")};
    }

    void rules()
    {
        QFETCH(QString, rrule);
        QFETCH(QString, start);
        QFETCH(QStringList, expected);
        QCOMPARE(texts(Recurrence::next(rrule, at(start), at(start), 10)), expected);
    }

    void ruleRoundTripAndWords()
    {
        Recurrence::Rule rule = Recurrence::monthlyByPositionFor(QDate(2026, 3, 6));
        QCOMPARE(rule.position, 1);
        QCOMPARE(rule.positionDay, 5);
        QCOMPARE(Recurrence::toRRule(rule), QStringLiteral("FREQ=MONTHLY;BYDAY=1FR"));
        QCOMPARE(Recurrence::monthlyByPositionFor(QDate(2026, 1, 29)).position, -1); // 5th Thursday: the last
        QCOMPARE(Recurrence::monthlyByPositionFor(QDate(2026, 2, 26), true).position, -1);
        bool understood = false;
        const Recurrence::Rule back = Recurrence::fromRRule(QStringLiteral("FREQ=MONTHLY;INTERVAL=2;BYDAY=-1TH;COUNT=5"), &understood);
        QVERIFY(understood);
        QCOMPARE(int(back.frequency), int(Recurrence::Frequency::MonthlyByPosition));
        QCOMPARE(back.position, -1);
        QCOMPARE(back.positionDay, 4);
        QCOMPARE(back.interval, 2);
        QCOMPARE(back.count, 5);
        Recurrence::fromRRule(QStringLiteral("FREQ=MONTHLY;BYSETPOS=2;BYDAY=MO,TU"), &understood);
        QVERIFY(!understood);
        QVERIFY(!Recurrence::isValid(QStringLiteral("FREQ=INVALID_TYPE_CAUSES_ERROR")));
        QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=1FR"), at(QStringLiteral("2026-03-06T18:00"))),
                 QStringLiteral("The 1st Friday of the month"));
        QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20261231T235959"), at(QStringLiteral("2026-01-29T14:00"))),
                 QStringLiteral("The last Thursday of the month, until Thursday, 31 December 2026"));
    }

    void exceptionsApplied()
    {
        Event e = series(QStringLiteral("Rendez-vous de l'ESS"), QStringLiteral("2026-01-02T18:00"), QStringLiteral("2026-01-02T20:00"),
                         QStringLiteral("FREQ=MONTHLY;BYDAY=1FR"));
        e.id = 7;
        SeriesEditor::cancelOccurrence(e, at(QStringLiteral("2026-08-07T18:00")));
        SeriesEditor::changeOccurrence(e, at(QStringLiteral("2026-05-01T18:00")),
                                       {at(QStringLiteral("2026-05-07T17:00")), at(QStringLiteral("2026-05-07T19:00")),
                                        e.title, QStringLiteral("Mairie de Fourmies"), QString()});
        EventException added;
        added.kind = EventException::Kind::Added;
        added.occurrenceStart = at(QStringLiteral("2026-07-15T12:00"));
        added.start = added.occurrenceStart;
        added.end = at(QStringLiteral("2026-07-15T14:00"));
        e.exceptions << added;
        const QList<Occurrence> list = OccurrenceExpander::expand(e, at(QStringLiteral("2026-04-01")), at(QStringLiteral("2026-10-01")));
        QCOMPARE(starts(list), QStringList({QStringLiteral("2026-04-03T18:00:00"), QStringLiteral("2026-05-07T17:00:00"),
                                            QStringLiteral("2026-06-05T18:00:00"), QStringLiteral("2026-07-03T18:00:00"),
                                            QStringLiteral("2026-07-15T12:00:00"), QStringLiteral("2026-09-04T18:00:00")}));
        QCOMPARE(list.at(1).location, QStringLiteral("Mairie de Fourmies"));
        QVERIFY(list.at(1).changed);
        QCOMPARE(list.at(1).originalStart, at(QStringLiteral("2026-05-01T18:00")));
        // A moved occurrence shows where it went, even from outside its month.
        QCOMPARE(starts(OccurrenceExpander::expand(e, at(QStringLiteral("2026-05-06")), at(QStringLiteral("2026-05-08")))),
                 QStringList{QStringLiteral("2026-05-07T17:00:00")});
        QVERIFY(OccurrenceExpander::expand(e, at(QStringLiteral("2026-05-01")), at(QStringLiteral("2026-05-02"))).isEmpty());
        // An occurrence that began the day before runs into the window.
        Event night = series(QStringLiteral("Nuit"), QStringLiteral("2026-01-01T22:00"), QStringLiteral("2026-01-02T02:00"),
                             QStringLiteral("FREQ=DAILY"));
        QCOMPARE(starts(OccurrenceExpander::expand(night, at(QStringLiteral("2026-01-05")), at(QStringLiteral("2026-01-06")))),
                 QStringList({QStringLiteral("2026-01-04T22:00:00"), QStringLiteral("2026-01-05T22:00:00")}));
    }

    void seriesEditThisOccurrence()
    {
        EventRecord r{series(QStringLiteral("Atelier"), QStringLiteral("2026-01-06T14:00"), QStringLiteral("2026-01-06T16:00"),
                             QStringLiteral("FREQ=WEEKLY;COUNT=6")), {}};
        QList<EventRecord> write{r};
        QVERIFY(m_store->apply(write));
        const qint64 id = write.first().event.id;
        EventRecord before = *m_store->load(id);
        EventRecord after = before;
        SeriesEditor::changeOccurrence(after.event, at(QStringLiteral("2026-01-20T14:00")),
                                       {at(QStringLiteral("2026-01-21T10:00")), at(QStringLiteral("2026-01-21T12:00")),
                                        QStringLiteral("Atelier (déplacé)"), QString(), QString()});
        QUndoStack stack;
        stack.push(new EventChangeCommand(m_store.get(), {before}, {after}, QStringLiteral("move")));
        const auto all = [this] {
            return starts(m_store->occurrences(at(QStringLiteral("2026-01-01")), at(QStringLiteral("2026-03-01"))));
        };
        QCOMPARE(all(), QStringList({QStringLiteral("2026-01-06T14:00:00"), QStringLiteral("2026-01-13T14:00:00"),
                                     QStringLiteral("2026-01-21T10:00:00"), QStringLiteral("2026-01-27T14:00:00"),
                                     QStringLiteral("2026-02-03T14:00:00"), QStringLiteral("2026-02-10T14:00:00")}));
        QCOMPARE(m_store->occurrences(at(QStringLiteral("2026-01-21")), at(QStringLiteral("2026-01-22"))).first().title,
                 QStringLiteral("Atelier (déplacé)"));
        stack.undo();
        QCOMPARE(all().at(2), QStringLiteral("2026-01-20T14:00:00"));
        stack.redo();
        QCOMPARE(all().at(2), QStringLiteral("2026-01-21T10:00:00"));
    }

    void seriesEditThisAndFollowing()
    {
        EventRecord r{series(QStringLiteral("Chantier"), QStringLiteral("2026-01-05T09:00"), QStringLiteral("2026-01-05T12:00"),
                             QStringLiteral("FREQ=WEEKLY;COUNT=5")), {}};
        Registration early;
        early.occurrenceStart = at(QStringLiteral("2026-01-12T09:00"));
        early.name = QStringLiteral("Alice");
        Registration late = early;
        late.occurrenceStart = at(QStringLiteral("2026-01-26T09:00"));
        late.name = QStringLiteral("Bruno");
        r.registrations << early << late;
        QList<EventRecord> write{r};
        QVERIFY(m_store->apply(write));
        const qint64 id = write.first().event.id;

        EventRecord before = *m_store->load(id);
        EventRecord head = before;
        EventRecord tail = SeriesEditor::splitAt(head, at(QStringLiteral("2026-01-19T09:00")), QStringLiteral("tail@test"));
        QCOMPARE(tail.event.rrule, QStringLiteral("FREQ=WEEKLY;COUNT=3"));
        QCOMPARE(head.event.rrule, QStringLiteral("FREQ=WEEKLY;UNTIL=20260119T085959"));
        Event edited = tail.event;
        edited.start = at(QStringLiteral("2026-01-19T14:00"));
        edited.end = at(QStringLiteral("2026-01-19T17:00"));
        SeriesEditor::editWholeSeries(tail, edited);
        QUndoStack stack;
        stack.push(new EventChangeCommand(m_store.get(), {before}, {head, tail}, QStringLiteral("split")));
        QCOMPARE(m_store->count(), 2);
        QCOMPARE(starts(m_store->occurrences(at(QStringLiteral("2026-01-01")), at(QStringLiteral("2026-03-01")))),
                 QStringList({QStringLiteral("2026-01-05T09:00:00"), QStringLiteral("2026-01-12T09:00:00"),
                              QStringLiteral("2026-01-19T14:00:00"), QStringLiteral("2026-01-26T14:00:00"),
                              QStringLiteral("2026-02-02T14:00:00")}));
        const qint64 tailId = m_store->loadByUid(QStringLiteral("tail@test"))->event.id;
        QCOMPARE(m_store->registrations(id, at(QStringLiteral("2026-01-12T09:00"))).size(), 1);
        // Bruno's registration moved with his occurrence's new time.
        QCOMPARE(m_store->registrations(tailId, at(QStringLiteral("2026-01-26T14:00"))).first().name, QStringLiteral("Bruno"));
        stack.undo();
        QCOMPARE(m_store->count(), 1);
        QCOMPARE(m_store->load(id)->registrations.size(), 2);
        QCOMPARE(m_store->occurrences(at(QStringLiteral("2026-01-01")), at(QStringLiteral("2026-03-01"))).size(), 5);
        stack.redo();
        QCOMPARE(m_store->count(), 2);
        QCOMPARE(m_store->loadByUid(QStringLiteral("tail@test"))->event.id, tailId);
    }

    void seriesEditWhole()
    {
        EventRecord r{series(QStringLiteral("Permanence"), QStringLiteral("2026-02-02T09:00"), QStringLiteral("2026-02-02T11:00"),
                             QStringLiteral("FREQ=WEEKLY;COUNT=4")), {}};
        SeriesEditor::cancelOccurrence(r.event, at(QStringLiteral("2026-02-09T09:00")));
        QList<EventRecord> write{r};
        QVERIFY(m_store->apply(write));
        const qint64 id = write.first().event.id;
        EventRecord before = *m_store->load(id);
        EventRecord after = before;
        Event edited = before.event;
        edited.title = QStringLiteral("Permanence ESS");
        edited.start = at(QStringLiteral("2026-02-02T10:00"));
        edited.end = at(QStringLiteral("2026-02-02T12:00"));
        SeriesEditor::editWholeSeries(after, edited);
        QUndoStack stack;
        stack.push(new EventChangeCommand(m_store.get(), {before}, {after}, QStringLiteral("whole")));
        const QList<Occurrence> list = m_store->occurrences(at(QStringLiteral("2026-02-01")), at(QStringLiteral("2026-03-01")));
        // The cancelled occurrence stays cancelled at its new time.
        QCOMPARE(starts(list), QStringList({QStringLiteral("2026-02-02T10:00:00"), QStringLiteral("2026-02-16T10:00:00"),
                                            QStringLiteral("2026-02-23T10:00:00")}));
        QCOMPARE(list.first().title, QStringLiteral("Permanence ESS"));
        stack.undo();
        QCOMPARE(m_store->occurrences(at(QStringLiteral("2026-02-01")), at(QStringLiteral("2026-03-01"))).first().title,
                 QStringLiteral("Permanence"));
    }

    void storeRoundTripAndSearch()
    {
        ActorStore actors(m_db->connectionName());
        Actor a = TestSupport::makeActor(QStringLiteral("Coopérative du Bocage"));
        QVERIFY(actors.save(a));
        Event e = series(QStringLiteral("Forum de l'économie solidaire"), QStringLiteral("2026-06-12T09:00"),
                         QStringLiteral("2026-06-12T17:00"), QString());
        e.typeId = m_store->typeIdByName(QStringLiteral("forum"));
        QVERIFY(e.typeId > 0);
        e.location = QStringLiteral("Maubeuge, La Luna");
        e.organiserId = a.id;
        e.partnerIds = {a.id};
        e.planActionId = 42;
        e.capacity = 120;
        e.isPublic = false;
        QList<EventRecord> write{{e, {}}};
        QVERIFY(m_store->apply(write));
        const EventRecord back = *m_store->load(write.first().event.id);
        QCOMPARE(back.event.title, e.title);
        QCOMPARE(back.event.start, e.start);
        QCOMPARE(back.event.organiserId, a.id);
        QCOMPARE(back.event.partnerIds, QList<qint64>{a.id});
        QCOMPARE(back.event.planActionId, qint64(42));
        QCOMPARE(back.event.capacity, 120);
        QVERIFY(!back.event.isPublic);
        QVERIFY(back.event.uid.endsWith(QStringLiteral("@essaim")));
        QCOMPARE(m_store->types().size(), 13);
        QCOMPARE(m_store->occurrences(at(QStringLiteral("2026-06-01")), at(QStringLiteral("2026-07-01")), QStringLiteral("economie luna")).size(), 1);
        QCOMPARE(m_store->occurrences(at(QStringLiteral("2026-06-01")), at(QStringLiteral("2026-07-01")), QStringLiteral("atelier")).size(), 0);
    }

    void conflictsAtTheSamePlace()
    {
        Event a = series(QStringLiteral("Petit-déjeuner"), QStringLiteral("2026-03-10T08:00"), QStringLiteral("2026-03-10T10:00"), QString());
        a.location = QStringLiteral("Salle des fêtes, Hautmont");
        Event b = series(QStringLiteral("Atelier"), QStringLiteral("2026-03-03T09:30"), QStringLiteral("2026-03-03T11:00"),
                         QStringLiteral("FREQ=WEEKLY;COUNT=4"));
        b.location = QStringLiteral("salle des FETES, Hautmont");
        Event c = series(QStringLiteral("Ailleurs"), QStringLiteral("2026-03-10T08:00"), QStringLiteral("2026-03-10T10:00"), QString());
        c.location = QStringLiteral("Maubeuge");
        QList<EventRecord> write{{b, {}}, {c, {}}};
        QVERIFY(m_store->apply(write));
        const QList<Occurrence> found = m_store->conflicts(a);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().title, QStringLiteral("Atelier"));
        QCOMPARE(found.first().start, at(QStringLiteral("2026-03-10T09:30")));
        a.start = at(QStringLiteral("2026-03-10T07:00"));
        a.end = at(QStringLiteral("2026-03-10T09:30"));
        QVERIFY(m_store->conflicts(a).isEmpty()); // ends when the other begins
    }

    void attendanceCounts()
    {
        ActorStore actors(m_db->connectionName());
        Actor a = TestSupport::makeActor(QStringLiteral("Régie de quartier"));
        Contact c;
        c.firstName = QStringLiteral("Marie");
        c.lastName = QStringLiteral("Lenoir");
        a.contacts << c;
        Actor b = TestSupport::makeActor(QStringLiteral("Épicerie solidaire"));
        QVERIFY(actors.save(a));
        QVERIFY(actors.save(b));
        const qint64 contactId = actors.load(a.id)->contacts.first().id;

        Event rdv = series(QStringLiteral("Rendez-vous"), QStringLiteral("2026-01-02T18:00"), QStringLiteral("2026-01-02T20:00"),
                           QStringLiteral("FREQ=MONTHLY;BYDAY=1FR"));
        rdv.typeId = m_store->typeIdByName(QStringLiteral("Rendez-vous de l'ESS"));
        auto reg = [](const QString &start, qint64 contact, qint64 actor, const QString &name, Registration::Status s) {
            Registration r;
            r.occurrenceStart = at(start);
            r.contactId = contact;
            r.actorId = actor;
            r.name = name;
            r.status = s;
            return r;
        };
        EventRecord record{rdv, {}};
        record.registrations << reg(QStringLiteral("2026-01-02T18:00"), contactId, 0, QString(), Registration::Status::Present)
                             << reg(QStringLiteral("2026-01-02T18:00"), 0, b.id, QStringLiteral("Paul"), Registration::Status::Present)
                             << reg(QStringLiteral("2026-01-02T18:00"), 0, 0, QStringLiteral("Zoé"), Registration::Status::Present)
                             << reg(QStringLiteral("2026-02-06T18:00"), 0, a.id, QStringLiteral("Luc"), Registration::Status::Present)
                             << reg(QStringLiteral("2026-02-06T18:00"), 0, b.id, QStringLiteral("Inès"), Registration::Status::Excused)
                             << reg(QStringLiteral("2025-12-05T18:00"), 0, b.id, QStringLiteral("Hors année"), Registration::Status::Present);
        Event training = series(QStringLiteral("Formation DLA"), QStringLiteral("2026-04-14T09:00"), QStringLiteral("2026-04-14T17:00"), QString());
        training.typeId = m_store->typeIdByName(QStringLiteral("Formation"));
        EventRecord t{training, {reg(QStringLiteral("2026-04-14T09:00"), 0, a.id, QStringLiteral("Luc"), Registration::Status::Absent)}};
        QList<EventRecord> write{record, t};
        QVERIFY(m_store->apply(write));

        const QList<AttendanceFigure> figures = m_store->attendanceFigures(2026);
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.at(0).typeName, QStringLiteral("Rendez-vous de l'ESS"));
        QCOMPARE(figures.at(0).occurrences, 2);
        QCOMPARE(figures.at(0).registered, 5);
        QCOMPARE(figures.at(0).participants, 4);
        QCOMPARE(figures.at(0).actorsReached, 2); // a (by its contact, then directly) and b
        QCOMPARE(figures.at(1).typeName, QStringLiteral("Formation"));
        QCOMPARE(figures.at(1).participants, 0);
        QCOMPARE(figures.at(1).actorsReached, 0);
        QCOMPARE(m_store->attendanceFigures(2025).first().participants, 1);
        QCOMPARE(m_store->registrationCounts(at(QStringLiteral("2026-01-01")), at(QStringLiteral("2026-02-01")))
                     .value(EventStore::occurrenceKey(write.first().event.id, at(QStringLiteral("2026-01-02T18:00")))),
                 3);
    }

    void occurrenceModelUnderTester()
    {
        OccurrenceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Event e = series(QStringLiteral("Atelier"), QStringLiteral("2026-01-06T14:00"), QStringLiteral("2026-01-06T16:00"),
                         QStringLiteral("FREQ=WEEKLY;COUNT=3"));
        e.id = 4;
        e.typeId = 2;
        model.setOccurrences(OccurrenceExpander::expand(e, at(QStringLiteral("2026-01-01")), at(QStringLiteral("2026-02-01"))),
                             {{2, QStringLiteral("Atelier")}}, {{2, QColor(Qt::green)}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(OccurrenceTableModel::ColumnCount));
        QCOMPARE(model.index(1, OccurrenceTableModel::Time).data().toString(),
                 QStringLiteral("%1 – %2").arg(QLocale().toString(QTime(14, 0), QLocale::ShortFormat),
                                               QLocale().toString(QTime(16, 0), QLocale::ShortFormat)));
        QCOMPARE(model.index(1, OccurrenceTableModel::Type).data().toString(), QStringLiteral("Atelier"));
        QCOMPARE(model.index(1, OccurrenceTableModel::Title).data(Qt::DecorationRole).value<QColor>(), QColor(Qt::green));
        QCOMPARE(model.index(2, 0).data(OccurrenceTableModel::OriginalStartRole).toDateTime(), at(QStringLiteral("2026-01-20T14:00")));
        QCOMPARE(model.index(2, 0).data(OccurrenceTableModel::EventIdRole).toLongLong(), qint64(4));
        model.setOccurrences({}, {}, {});
        QCOMPARE(model.rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
};

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
