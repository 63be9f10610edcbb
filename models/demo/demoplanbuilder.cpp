#include "demoplanbuilder.h"

#include "models/domain/planvocabulary.h"
#include "models/interchange/planoutlinereader.h"
#include "models/stores/demostore.h"
#include "models/stores/planstore.h"


namespace {

/// A small deterministic generator (same draws on every machine).
class Draw
{
public:
    explicit Draw(quint32 seed)
        : m_state(seed)
    {
    }
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    int between(int low, int high) { return low + int(next() % quint32(high - low + 1)); }
    bool chance(double p) { return (next() % 10000) < quint32(p * 10000); }

private:
    quint32 m_state;
};

QString month(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

const char *const authors[] = {"Claire (coordinatrice)", "Comité de pilotage", "Bureau du conseil local", "Groupe de travail"};

const char *const progressNotes[] = {
    "Réunion de lancement tenue avec les partenaires",
    "Cahier des charges validé en comité de pilotage",
    "Premiers contacts pris avec les structures concernées",
    "Point d'étape présenté en plénière",
    "Calendrier revu avec le pilote",
    "Financement confirmé par la Région",
    "Retard dû à l'absence de l'animatrice",
};

/// The Sambre-Avesnois actions have no schedule in the source: spread them over the plan.
void drawSchedule(PlanItem &item, const QDate &planStart, Draw &draw)
{
    if (item.due.isEmpty()) {
        const QDate start = planStart.addMonths(draw.between(0, 30));
        item.start = month(start);
        item.due = month(start.addMonths(draw.between(6, 24)));
    } else if (item.start.isEmpty()) {
        item.start = month(std::max(planStart, PlanVocabulary::firstDay(item.due).addMonths(-draw.between(3, 9))));
    }
}

void drawPeople(PlanItem &item, const QList<qint64> &contacts, const QList<qint64> &actors, Draw &draw)
{
    if (!contacts.isEmpty() && draw.chance(0.8))
        item.pilotContactId = contacts.at(draw.between(0, int(contacts.size()) - 1));
    if (!actors.isEmpty()) {
        const int n = draw.between(0, 3);
        for (int k = 0; k < n; ++k) {
            const qint64 a = actors.at(draw.between(0, int(actors.size()) - 1));
            if (!item.partnerActorIds.contains(a))
                item.partnerActorIds << a;
        }
    }
    if (draw.chance(0.7)) {
        item.budgetPlannedCents = qint64(draw.between(2, 60)) * 50000;
        item.staffHours = draw.between(2, 40) * 5;
        item.volunteerHours = draw.between(0, 20) * 5;
    }
}

/// Not started before its start, mostly done or late after its due date,
/// in progress in proportion to the time spent in between.
void drawStatus(PlanItem &item, const QDate &start, const QDate &due, const QDate &today, Draw &draw)
{
    if (start > today) {
        item.status = PlanItem::Status::ToStart;
        item.progress = 0;
    } else if (due < today) {
        const int roll = draw.between(0, 99);
        if (roll < 55) {
            item.status = PlanItem::Status::Done;
            item.progress = 100;
        } else if (roll < 85) {
            item.status = PlanItem::Status::InProgress; // late
            item.progress = draw.between(3, 8) * 10;
        } else if (roll < 93) {
            item.status = PlanItem::Status::Postponed; // late too
            item.progress = draw.between(0, 3) * 10;
        } else {
            item.status = PlanItem::Status::Abandoned;
            item.progress = draw.between(0, 2) * 10;
        }
    } else {
        const double elapsed = double(start.daysTo(today)) / double(std::max<qint64>(1, start.daysTo(due)));
        item.status = item.status == PlanItem::Status::ToStart && draw.chance(0.15) ? PlanItem::Status::ToStart
                                                                                     : PlanItem::Status::InProgress;
        item.progress = item.status == PlanItem::Status::ToStart ? 0 : std::clamp(int(elapsed * 100 / 10) * 10, 10, 90);
    }
    if (item.progress > 0 && item.budgetPlannedCents > 0)
        item.budgetSpentCents = item.budgetPlannedCents * std::min(100, item.progress + draw.between(-10, 10)) / 100 / 100 * 100;
}

/// A journal from the start to the demo date, one entry every few months.
void drawJournal(PlanItem &item, const QDate &start, const QDate &due, const QDate &today, Draw &draw)
{
    if (item.status == PlanItem::Status::ToStart)
        return;
    const int entries = item.status == PlanItem::Status::Done ? draw.between(2, 3) : draw.between(1, 3);
    const QDate last = item.status == PlanItem::Status::Done ? std::min(today.addDays(-3), due)
                                                             : today.addDays(-draw.between(3, 40));
    const qint64 span = std::max<qint64>(1, start.daysTo(last));
    for (int e = 1; e <= entries; ++e) {
        PlanJournalEntry entry;
        entry.date = start.addDays(span * e / entries);
        entry.author = QString::fromUtf8(authors[draw.between(0, 3)]);
        const bool finalEntry = e == entries && item.status == PlanItem::Status::Done;
        entry.text = finalEntry ? QStringLiteral("Action réalisée ; bilan présenté au comité de pilotage")
                                : QString::fromUtf8(progressNotes[draw.between(0, 6)]);
        entry.progress = finalEntry ? 100 : item.progress * e / entries;
        item.journal << entry;
    }
}

void drawIndicators(PlanItem &item, Draw &draw)
{
    const double target = draw.between(2, 20) * 10;
    const double share = item.progress / 100.0;
    item.indicators << PlanIndicator{0, PlanIndicator::Kind::Output, QStringLiteral("Participants aux temps collectifs"),
                                     QStringLiteral("personnes"), target, std::round(target * share)};
    item.indicators << PlanIndicator{0, PlanIndicator::Kind::Outcome, QStringLiteral("Structures engagées dans une coopération"),
                                     QStringLiteral("structures"), double(draw.between(3, 12)),
                                     std::round(draw.between(0, 12) * share)};
    item.indicators << PlanIndicator{0, PlanIndicator::Kind::Impact, QStringLiteral("Emplois créés ou consolidés"),
                                     QStringLiteral("ETP"), double(draw.between(2, 15)), std::nullopt};
}

} // namespace

DemoPlanBuilder::DemoPlanBuilder(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool DemoPlanBuilder::build()
{
    m_error.clear();
    m_plans = 0;
    PlanStore store(m_connectionName);
    // Pilots among the demo contacts, partners among the demo actors.
    DemoStore demo(m_connectionName);
    const auto contactIds = demo.currentContactIds(12);
    const auto actorIds = demo.currentActorIds(40);
    if (!contactIds || !actorIds) {
        m_error = tr("The demo plans could not be written: %1").arg(demo.errorString());
        return false;
    }
    const QList<qint64> contacts = *contactIds;
    const QList<qint64> actors = *actorIds;

    const QDate today = demoDate();
    Draw draw(20121115);
    QList<PlanStore::PlanWithItems> batch;
    for (const QString &file : {QStringLiteral(":/plans/sambre_avesnois_2010_2014.txt"), QStringLiteral(":/plans/cldess_pole_azur_provence_2012.txt")}) {
        PlanOutlineReader reader;
        if (!reader.readFile(file)) {
            m_error = tr("The demo plan %1 cannot be read: %2").arg(file, reader.errorString());
            return false;
        }
        for (PlanOutlineReader::Result r : reader.plans()) {
            const QDate planStart = PlanVocabulary::firstDay(r.plan.periodStart);
            int actionIndex = 0;
            for (PlanItem &item : r.items) {
                if (!item.isAction())
                    continue;
                ++actionIndex;
                drawSchedule(item, planStart, draw);
                const QDate start = PlanVocabulary::firstDay(item.start);
                const QDate due = PlanVocabulary::lastDay(item.due);
                drawPeople(item, contacts, actors, draw);
                drawStatus(item, start, due, today, draw);
                drawJournal(item, start, due, today, draw);
                // Indicators on one action in three.
                if (actionIndex % 3 == 1)
                    drawIndicators(item, draw);
            }
            batch.append({r.plan, r.items});
        }
    }
    if (!store.importPlans(batch)) {
        m_error = tr("The demo plans could not be written: %1").arg(store.errorString());
        return false;
    }
    m_plans = int(batch.size());
    return true;
}
