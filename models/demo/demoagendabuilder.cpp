#include "demoagendabuilder.h"

#include "democalendar.h"
#include "models/domain/agendatime.h"
#include "models/domain/occurrenceexpander.h"
#include "models/domain/serieseditor.h"
#include "models/stores/demostore.h"
#include "models/stores/eventstore.h"

#include <QRandomGenerator>

namespace {

using Person = DemoStore::Person;

QDateTime at(const QDate &day, int hour = 0, int minute = 0)
{
    return AgendaTime::wall(day, QTime(hour, minute));
}

QString until(const QDate &day)
{
    return QStringLiteral("UNTIL=%1T235959").arg(day.toString(QStringLiteral("yyyyMMdd")));
}

/// The @p n th @p weekday of a month (n < 0: counted from the end).
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n > 0) {
        const QDate first(year, month, 1);
        return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
    }
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
    return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7) + 7 * (n + 1));
}

/// One of the council's yearly events, as first written for 2026.
struct YearlyEvent
{
    const char *title;
    const char *type;
    QDate pattern;     ///< its day in 2026: the same weekday in other years
    int nth;           ///< when not 0: the nth weekday of the month, as its rule says
    QTime start, end;  ///< an all-day event when both are null
    int days;          ///< an all-day event's length
    const char *location;
    const char *rrule; ///< without its UNTIL
    bool untilYearEnd; ///< weekly until the Tuesday before Christmas
    int capacity;
    const char *description;
};

const YearlyEvent yearlyEvents[] = {
    {"Atelier « Guide des acteurs »", "Atelier", QDate(2026, 2, 10), 2, QTime(14, 0), QTime(16, 30), 0,
     "Communauté d'agglomération, Maubeuge", "FREQ=MONTHLY;BYDAY=2TU;COUNT=4", false, 15,
     "Relecture des fiches du guide des acteurs de l'ESS avant son impression."},
    {"Atelier « Finances solidaires »", "Atelier", QDate(2026, 1, 29), -1, QTime(9, 30), QTime(12, 0), 0,
     "France Active, Valenciennes", "FREQ=MONTHLY;BYDAY=-1TH;COUNT=6", false, 12,
     "Prêts d'honneur, garanties, épargne solidaire : les outils de financement des projets."},
    {"Atelier « Événementiel »", "Atelier", QDate(2026, 9, 15), 0, QTime(9, 30), QTime(12, 0), 0, "Maison de l'ESS, Maubeuge",
     "FREQ=WEEKLY;INTERVAL=2;COUNT=3", false, 12, "Préparer ensemble les événements du Mois de l'ESS."},
    {"Atelier « Besoins sociaux »", "Atelier", QDate(2026, 6, 18), 0, QTime(14, 0), QTime(17, 0), 0, "Centre social, Fourmies", "",
     false, 20, "Diagnostic partagé des besoins sociaux non couverts du Sud-Avesnois."},
    {"Formation collective DLA : gouvernance associative", "Formation", QDate(2026, 3, 17), 0, QTime(9, 0), QTime(17, 0), 0,
     "Pôle emploi, Avesnes-sur-Helpe", "FREQ=WEEKLY;COUNT=3", false, 15,
     "Trois journées du Dispositif local d'accompagnement pour les dirigeants bénévoles."},
    {"Petit-déjeuner des élus et de l'ESS", "Petit-déjeuner", QDate(2026, 4, 9), 0, QTime(8, 0), QTime(9, 30), 0, "Mairie, Hautmont",
     "", false, 30, "Présentation de la commande publique responsable aux élus."},
    {"Chantier « Mutualiser les compétences »", "Chantier", QDate(2026, 2, 24), 0, QTime(14, 0), QTime(17, 0), 0,
     "Maison de l'ESS, Maubeuge", "FREQ=MONTHLY;INTERVAL=3;COUNT=4", false, 0,
     "Groupe de travail sur le partage de salariés et de matériel."},
    {"Journée d'études « ESS et transition écologique »", "Journée d'études", QDate(2026, 10, 8), 0, QTime(9, 0), QTime(17, 0), 0,
     "Université, Maubeuge", "", false, 80, "Conférences et tables rondes avec les chercheurs et les acteurs."},
    {"Moment solidaire de l'été", "Moment solidaire", QDate(2026, 6, 26), 0, QTime(17, 0), QTime(21, 0), 0,
     "Jardin partagé, Jeumont", "", false, 0, "Pique-nique partagé ouvert aux habitants."},
    {"Permanence ESS", "Permanence", QDate(2026, 1, 13), 0, QTime(9, 0), QTime(12, 0), 0, "Maison de l'ESS, Maubeuge",
     "FREQ=WEEKLY;BYDAY=TU", true, 0, "Accueil des porteurs de projet sans rendez-vous."},
    {"Mois de l'ESS", "Mois de l'ESS", QDate(2026, 11, 1), 0, QTime(), QTime(), 30, "Sambre-Avesnois", "", false, 0,
     "Un mois de manifestations partout en France pour faire connaître l'économie sociale et solidaire."},
    {"Forum de l'ESS", "Forum", QDate(2026, 11, 13), 0, QTime(9, 0), QTime(17, 0), 0, "Salle des fêtes, Maubeuge", "", false, 300,
     "Stands des structures, offres d'emploi et de bénévolat."},
    {"Trophées de l'ESS", "Trophée", QDate(2026, 11, 27), 0, QTime(18, 30), QTime(21, 0), 0, "Théâtre, Maubeuge", "", false, 150,
     "Remise des trophées aux initiatives de l'année."},
    {"Plénière d'évaluation du plan", "Plénière", QDate(2026, 12, 11), 0, QTime(14, 0), QTime(17, 0), 0,
     "Communauté d'agglomération, Maubeuge", "", false, 60, "Bilan de l'année, évaluation des actions du plan et perspectives."},
};

/// The day of a yearly event in @p year.
QDate dayOf(const YearlyEvent &y, int year)
{
    if (y.nth != 0)
        return nthWeekday(year, y.pattern.month(), y.pattern.dayOfWeek(), y.nth);
    if (y.start.isNull())
        return QDate(year, y.pattern.month(), y.pattern.day());
    return DemoCalendar::sameWeekday(y.pattern, year);
}

/// The agenda being drawn: the events in the order they are added, each
/// with an organiser and a partner among the actors that have contacts.
class AgendaDraft
{
public:
    AgendaDraft(EventStore &store, const QList<Person> &people)
        : m_store(store)
        , m_people(people)
    {
        for (const Person &p : people) {
            if (!m_actors.contains(p.actorId))
                m_actors << p.actorId;
        }
    }

    qint64 type(const char *name) const { return m_store.typeIdByName(QString::fromUtf8(name)); }

    Event &add(const QString &uid, const char *title, const char *typeName, const QDateTime &start, const QDateTime &end,
               const char *location, const QString &rrule, int capacity, const char *description)
    {
        EventRecord r;
        Event &e = r.event;
        e.uid = uid;
        e.title = QString::fromUtf8(title);
        e.typeId = type(typeName);
        e.start = start;
        e.end = end;
        e.allDay = start.time() == QTime(0, 0) && end.time() == QTime(0, 0) && start.daysTo(end) >= 1;
        e.location = QString::fromUtf8(location);
        e.rrule = rrule;
        e.capacity = capacity;
        e.description = QString::fromUtf8(description);
        e.organiserId = actor(int(records.size()) * 7);
        if (!m_actors.isEmpty())
            e.partnerIds << actor(int(records.size()) * 13 + 3);
        records << r;
        return records.last().event;
    }

    /// The Rendez-vous de l'ESS, every first Friday over the whole agenda; none
    /// in August; moved to the Thursday when the first Friday is 1 May.
    void addRendezVous(const QDate &firstDay, const QDate &lastDay)
    {
        const QDate firstRdv = DemoCalendar::firstFriday(firstDay.year(), 1);
        Event &rdv = add(DemoAgendaBuilder::rendezVousUid(), "Rendez-vous de l'ESS", "Rendez-vous de l'ESS", at(firstRdv, 18),
                         at(firstRdv, 20), "Maison de l'ESS, Maubeuge", QStringLiteral("FREQ=MONTHLY;BYDAY=1FR;") + until(lastDay), 40,
                         "Le rendez-vous mensuel des acteurs de l'ESS du territoire : une structure présente son activité, "
                         "puis échanges autour d'un verre.");
        for (int year = firstDay.year(); year <= lastDay.year(); ++year) {
            const QDate august = DemoCalendar::firstFriday(year, 8);
            if (august <= lastDay)
                SeriesEditor::cancelOccurrence(rdv, at(august, 18));
            const QDate may = DemoCalendar::firstFriday(year, 5);
            if (may.day() == 1 && may <= lastDay)
                SeriesEditor::changeOccurrence(rdv, at(may, 18), {at(may.addDays(6), 18), at(may.addDays(6), 20), rdv.title,
                                                                  rdv.location, rdv.description});
        }
    }

    /// The council's yearly events, in every year of the agenda.
    void addYearlyEvents(const QDate &firstDay, const QDate &lastDay)
    {
        for (int year = firstDay.year(); year <= lastDay.year(); ++year) {
            int number = 1;
            for (const YearlyEvent &y : yearlyEvents) {
                ++number;
                const QDate day = dayOf(y, year);
                if (day < firstDay || day > lastDay)
                    continue;
                const QString rrule = y.untilYearEnd ? QString::fromLatin1(y.rrule) + QLatin1Char(';')
                        + until(std::min(lastDay, DemoCalendar::sameWeekday(QDate(2026, 12, 22), year)))
                                                     : QString::fromLatin1(y.rrule);
                const QDateTime start = y.start.isNull() ? at(day) : at(day, y.start.hour(), y.start.minute());
                const QDateTime end = y.start.isNull() ? at(day.addDays(y.days)) : at(day, y.end.hour(), y.end.minute());
                add(DemoAgendaBuilder::uid(year, number), y.title, y.type, start, end, y.location, rrule, y.capacity, y.description);
            }
        }
    }

    /// Registrations: directory contacts; attendance is known before today,
    /// later occurrences only have registrations.
    void drawRegistrations(const QDate &firstDay, const QDate &lastDay, QRandomGenerator &draw)
    {
        const QDateTime today = AgendaTime::wall(DemoCalendar::today());
        for (EventRecord &r : records) {
            const Event &e = r.event;
            if (e.allDay || e.typeId == type("Permanence") || m_people.isEmpty())
                continue;
            const QList<Occurrence> occurrences = OccurrenceExpander::expand(e, at(firstDay), at(lastDay.addDays(1)));
            for (const Occurrence &o : occurrences) {
                const int cap = e.capacity > 0 ? e.capacity : 25;
                int n = std::min<int>(int(m_people.size()), cap / 2 + int(draw.bounded(cap / 2 + 1)));
                if (e.typeId == type("Forum") || e.typeId == type("Trophée"))
                    n = std::min<int>(int(m_people.size()), 60 + int(draw.bounded(30)));
                QList<int> chosen;
                while (chosen.size() < n) {
                    const int i = int(draw.bounded(int(m_people.size())));
                    if (!chosen.contains(i))
                        chosen << i;
                }
                for (int i : chosen)
                    r.registrations << registration(m_people.at(i), o, today, draw);
            }
        }
    }

    QList<EventRecord> records;

private:
    qint64 actor(int i) const { return m_actors.isEmpty() ? 0 : m_actors.at(i % m_actors.size()); }

    static Registration registration(const Person &p, const Occurrence &o, const QDateTime &today, QRandomGenerator &draw)
    {
        Registration reg;
        reg.occurrenceStart = o.originalStart;
        reg.contactId = p.contactId;
        reg.actorId = p.actorId;
        reg.name = p.name;
        reg.email = p.email;
        if (o.start < today) {
            const int roll = int(draw.bounded(100));
            reg.status = roll < 78 ? Registration::Status::Present
                : roll < 90        ? Registration::Status::Excused
                                   : Registration::Status::Absent;
        }
        return reg;
    }

    EventStore &m_store;
    QList<Person> m_people;
    QList<qint64> m_actors;
};

} // namespace

DemoAgendaBuilder::DemoAgendaBuilder(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QString DemoAgendaBuilder::uid(int year, int number)
{
    return QStringLiteral("demo-%1-%2@essaim").arg(year).arg(number, 3, 10, QLatin1Char('0'));
}

QString DemoAgendaBuilder::rendezVousUid()
{
    return uid(DemoCalendar::agendaFirstDay().year(), 1);
}

bool DemoAgendaBuilder::build()
{
    m_count = 0;
    EventStore store(m_connectionName);
    DemoStore demo(m_connectionName);
    const auto people = demo.currentPeople();
    if (!people) {
        m_error = tr("The demo agenda could not be written: %1").arg(demo.errorString());
        return false;
    }
    QRandomGenerator draw(20260102); // the first Rendez-vous of 2026: any fixed seed will do
    const QDate firstDay = DemoCalendar::agendaFirstDay();
    const QDate lastDay = DemoCalendar::agendaLastDay();
    AgendaDraft draft(store, *people);
    draft.addRendezVous(firstDay, lastDay);
    draft.addYearlyEvents(firstDay, lastDay);
    draft.drawRegistrations(firstDay, lastDay, draw);
    if (!store.apply(draft.records)) {
        m_error = tr("The demo agenda could not be written: %1").arg(store.errorString());
        return false;
    }
    m_count = int(draft.records.size());
    return true;
}
