#include "demoagendabuilder.h"

#include "agendatime.h"
#include "eventstore.h"
#include "occurrenceexpander.h"
#include "serieseditor.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

struct Person
{
    qint64 contactId;
    qint64 actorId;
    QString name;
    QString email;
};

QDateTime at(int month, int day, int hour = 0, int minute = 0)
{
    return AgendaTime::wall(QDate(DemoAgendaBuilder::Year, month, day), QTime(hour, minute));
}

} // namespace

DemoAgendaBuilder::DemoAgendaBuilder(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool DemoAgendaBuilder::build()
{
    m_count = 0;
    EventStore store(m_connectionName);
    QList<Person> people;
    QList<qint64> actors;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT c.id, c.actor_id, c.first_name || ' ' || c.last_name, c.email FROM contacts c "
                                  "JOIN actors a ON a.id = c.actor_id WHERE a.archived = 0 ORDER BY c.id"))) {
            while (q.next())
                people << Person{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
        }
    }
    for (const Person &p : people) {
        if (!actors.contains(p.actorId))
            actors << p.actorId;
    }
    QRandomGenerator draw(20260102); // the year's first Rendez-vous
    auto type = [&store](const char *name) { return store.typeIdByName(QString::fromUtf8(name)); };
    auto actor = [&](int i) -> qint64 { return actors.isEmpty() ? 0 : actors.at(i % actors.size()); };

    QList<EventRecord> records;
    auto add = [&](const char *title, const char *typeName, const QDateTime &start, const QDateTime &end, const char *location,
                   const char *rrule, int capacity, const char *description) -> Event & {
        EventRecord r;
        Event &e = r.event;
        e.uid = QStringLiteral("demo-%1-%2@essaim").arg(Year).arg(records.size() + 1, 3, 10, QLatin1Char('0'));
        e.title = QString::fromUtf8(title);
        e.typeId = type(typeName);
        e.start = start;
        e.end = end;
        e.allDay = start.time() == QTime(0, 0) && end.time() == QTime(0, 0) && start.daysTo(end) >= 1;
        e.location = QString::fromUtf8(location);
        e.rrule = QString::fromLatin1(rrule);
        e.capacity = capacity;
        e.description = QString::fromUtf8(description);
        e.organiserId = actor(int(records.size()) * 7);
        if (!actors.isEmpty())
            e.partnerIds << actor(int(records.size()) * 13 + 3);
        records << r;
        return records.last().event;
    };

    Event &rdv = add("Rendez-vous de l'ESS", "Rendez-vous de l'ESS", at(1, 2, 18), at(1, 2, 20), "Maison de l'ESS, Maubeuge",
                     "FREQ=MONTHLY;BYDAY=1FR;UNTIL=20261231T235959", 40,
                     "Le rendez-vous mensuel des acteurs de l'ESS du territoire : une structure présente son activité, "
                     "puis échanges autour d'un verre.");
    SeriesEditor::cancelOccurrence(rdv, at(8, 7, 18));
    SeriesEditor::changeOccurrence(rdv, at(5, 1, 18), {at(5, 7, 18), at(5, 7, 20), rdv.title, rdv.location, rdv.description});
    add("Atelier « Guide des acteurs »", "Atelier", at(2, 10, 14), at(2, 10, 16, 30), "Communauté d'agglomération, Maubeuge",
        "FREQ=MONTHLY;BYDAY=2TU;COUNT=4", 15, "Relecture des fiches du guide des acteurs de l'ESS avant son impression.");
    add("Atelier « Finances solidaires »", "Atelier", at(1, 29, 9, 30), at(1, 29, 12), "France Active, Valenciennes",
        "FREQ=MONTHLY;BYDAY=-1TH;COUNT=6", 12, "Prêts d'honneur, garanties, épargne solidaire : les outils de financement des projets.");
    add("Atelier « Événementiel »", "Atelier", at(9, 15, 9, 30), at(9, 15, 12), "Maison de l'ESS, Maubeuge",
        "FREQ=WEEKLY;INTERVAL=2;COUNT=3", 12, "Préparer ensemble les événements du Mois de l'ESS.");
    add("Atelier « Besoins sociaux »", "Atelier", at(6, 18, 14), at(6, 18, 17), "Centre social, Fourmies", "", 20,
        "Diagnostic partagé des besoins sociaux non couverts du Sud-Avesnois.");
    add("Formation collective DLA : gouvernance associative", "Formation", at(3, 17, 9), at(3, 17, 17),
        "Pôle emploi, Avesnes-sur-Helpe", "FREQ=WEEKLY;COUNT=3", 15,
        "Trois journées du Dispositif local d'accompagnement pour les dirigeants bénévoles.");
    add("Petit-déjeuner des élus et de l'ESS", "Petit-déjeuner", at(4, 9, 8), at(4, 9, 9, 30), "Mairie, Hautmont", "", 30,
        "Présentation de la commande publique responsable aux élus.");
    add("Chantier « Mutualiser les compétences »", "Chantier", at(2, 24, 14), at(2, 24, 17), "Maison de l'ESS, Maubeuge",
        "FREQ=MONTHLY;INTERVAL=3;COUNT=4", 0, "Groupe de travail sur le partage de salariés et de matériel.");
    add("Journée d'études « ESS et transition écologique »", "Journée d'études", at(10, 8, 9), at(10, 8, 17),
        "Université, Maubeuge", "", 80, "Conférences et tables rondes avec les chercheurs et les acteurs.");
    add("Moment solidaire de l'été", "Moment solidaire", at(6, 26, 17), at(6, 26, 21), "Jardin partagé, Jeumont", "", 0,
        "Pique-nique partagé ouvert aux habitants.");
    add("Permanence ESS", "Permanence", at(1, 13, 9), at(1, 13, 12), "Maison de l'ESS, Maubeuge",
        "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T235959", 0, "Accueil des porteurs de projet sans rendez-vous.");
    add("Mois de l'ESS", "Mois de l'ESS", at(11, 1), at(12, 1), "Sambre-Avesnois", "", 0,
        "Un mois de manifestations partout en France pour faire connaître l'économie sociale et solidaire.");
    add("Forum de l'ESS", "Forum", at(11, 13, 9), at(11, 13, 17), "Salle des fêtes, Maubeuge", "", 300,
        "Stands des structures, offres d'emploi et de bénévolat.");
    add("Trophées de l'ESS", "Trophée", at(11, 27, 18, 30), at(11, 27, 21), "Théâtre, Maubeuge", "", 150,
        "Remise des trophées aux initiatives de l'année.");
    add("Plénière d'évaluation du plan", "Plénière", at(12, 11, 14), at(12, 11, 17), "Communauté d'agglomération, Maubeuge",
        "", 60, "Bilan de l'année, évaluation des actions du plan et perspectives.");

    // Registrations: directory contacts; attendance is known before the
    // reference day, later occurrences only have registrations.
    const QDateTime today = AgendaTime::wall(referenceDay());
    for (EventRecord &r : records) {
        const Event &e = r.event;
        if (e.allDay || e.typeId == type("Permanence") || people.isEmpty())
            continue;
        const QList<Occurrence> occurrences = OccurrenceExpander::expand(e, at(1, 1), AgendaTime::wall(QDate(Year + 1, 1, 1)));
        for (const Occurrence &o : occurrences) {
            const int cap = e.capacity > 0 ? e.capacity : 25;
            int n = std::min<int>(int(people.size()), cap / 2 + int(draw.bounded(cap / 2 + 1)));
            if (e.typeId == type("Forum") || e.typeId == type("Trophée"))
                n = std::min<int>(int(people.size()), 60 + int(draw.bounded(30)));
            QList<int> chosen;
            while (chosen.size() < n) {
                const int i = int(draw.bounded(int(people.size())));
                if (!chosen.contains(i))
                    chosen << i;
            }
            for (int i : chosen) {
                const Person &p = people.at(i);
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
                r.registrations << reg;
            }
        }
    }
    if (!store.apply(records)) {
        m_error = tr("The demo agenda could not be written: %1").arg(store.errorString());
        return false;
    }
    m_count = int(records.size());
    return true;
}
