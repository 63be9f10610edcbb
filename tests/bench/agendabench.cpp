#include "agendabench.h"

#include "models/domain/agendatime.h"
#include "models/interchange/icsexporter.h"
#include "models/interchange/icsimporter.h"
#include "models/storage/database.h"
#include "models/stores/eventstore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

namespace {

const char *const rules[] = {"FREQ=MONTHLY;BYDAY=1FR", "FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=-1TH;COUNT=24",
                             "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", "FREQ=DAILY;COUNT=60", "FREQ=MONTHLY;INTERVAL=3",
                             "FREQ=YEARLY", "FREQ=WEEKLY;UNTIL=20271231T235959"};

void print(QTextStream &out, const QString &name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value >= 100 ? 0 : 1) << ' ' << unit << Qt::endl;
}

} // namespace

bool runAgendaBenchmark(QTextStream &out, QTextStream &err)
{
    QTemporaryDir dir;
    Database db;
    if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("agenda.essaim")))) {
        err << "essaim-bench: cannot create the agenda database: " << db.errorString() << Qt::endl;
        return false;
    }
    EventStore store(db.connectionName());
    const QList<EventType> types = store.types();
    QRandomGenerator draw(5545);
    QList<EventRecord> records;
    const QDate first(2024, 1, 1);
    for (int i = 0; i < 5500; ++i) {
        Event e;
        e.uid = QStringLiteral("bench-%1@essaim").arg(i);
        e.title = QStringLiteral("Événement %1").arg(i);
        e.typeId = types.at(int(draw.bounded(int(types.size())))).id;
        const QDate day = first.addDays(draw.bounded(4 * 365));
        e.start = AgendaTime::wall(day, QTime(8 + int(draw.bounded(11)), draw.bounded(2) * 30));
        e.end = e.start.addSecs(3600 * (1 + draw.bounded(3)));
        e.location = QStringLiteral("Salle %1").arg(draw.bounded(40));
        if (i < 500) {
            e.rrule = QString::fromLatin1(rules[i % (sizeof rules / sizeof rules[0])]);
            e.start = AgendaTime::wall(first.addDays(draw.bounded(365)), e.start.time());
            e.end = e.start.addSecs(7200);
        }
        records << EventRecord{e, {}};
    }
    if (!store.apply(records)) {
        err << "essaim-bench: writing the events failed: " << store.errorString() << Qt::endl;
        return false;
    }

    // The month grid: six weeks from the Monday before the 1st.
    QList<double> months;
    int shown = 0;
    for (int m = 1; m <= 12; ++m) {
        QDate start(2026, m, 1);
        while (start.dayOfWeek() != Qt::Monday)
            start = start.addDays(-1);
        QElapsedTimer timer;
        timer.start();
        shown += int(store.occurrences(AgendaTime::wall(start), AgendaTime::wall(start.addDays(42))).size());
        months << timer.nsecsElapsed() / 1e6;
    }
    std::sort(months.begin(), months.end());

    // A 5,000-event file, read and written into an empty agenda.
    QList<Event> singles;
    for (const EventRecord &r : records.mid(500))
        singles << r.event;
    IcsExporter exporter;
    exporter.setTypes(types);
    const QByteArray ics = exporter.exportEvents(singles.mid(0, 5000));
    Database target;
    if (!target.open(dir.filePath(QStringLiteral("import.essaim")))) {
        err << "essaim-bench: " << target.errorString() << Qt::endl;
        return false;
    }
    EventStore imported(target.connectionName());
    QElapsedTimer timer;
    timer.start();
    IcsImporter importer;
    importer.setTypes(imported.types());
    int created = 0;
    int updated = 0;
    const bool ok = importer.read(ics) && imported.importEvents(importer.events(), false, &created, &updated);
    const double importMs = timer.nsecsElapsed() / 1e6;
    if (!ok || created != 5000) {
        err << "essaim-bench: the iCalendar import did not give 5000 events." << Qt::endl;
        return false;
    }

    print(out, QStringLiteral("agenda.month_ms"), months.at(months.size() / 2), "ms");
    print(out, QStringLiteral("agenda.month_ms.worst"), months.last(), "ms");
    print(out, QStringLiteral("agenda.month_occurrences"), shown / 12.0, "count");
    print(out, QStringLiteral("agenda.ics_import_ms"), importMs, "ms");
    print(out, QStringLiteral("agenda.ics_import_events"), created, "events");
    return true;
}
