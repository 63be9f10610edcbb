#include "observatorybench.h"

#include "models/observatory/observatoryengine.h"
#include "models/storage/database.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <ctime>

namespace {

double elapsed(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread, in ms: on a machine shared with other work the
/// wall time of a measure also counts the time others had the processor.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void line(QTextStream &out, const QString &name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value >= 100 ? 0 : 1) << ' ' << unit << Qt::endl;
}

} // namespace

bool runObservatoryBench(const QString &path, QTextStream &out, QTextStream &err)
{
    // A connection of its own, opened here: the first figures are those of
    // a user who opens the file and then the tab.
    Database db;
    if (!db.open(path, Database::OpenMode::OpenExisting)) {
        err << "essaim-bench: " << db.errorString() << Qt::endl;
        return false;
    }
    const QString connectionName = db.connectionName();
    ObservatoryEngine engine(connectionName);
    QElapsedTimer timer;

    // 1. Opening the tab, cold: the actors and the latest year are read and
    //    every figure of the first view computed (ObservatoryTab::refresh());
    //    then the evolution's other years, read while the tab is shown.
    timer.start();
    const double cpuBefore = threadCpuMs();
    ObservatoryFilter filter;
    bool pending = false;
    ObservatoryStats stats = engine.computeFirstView(filter, &pending);
    const double firstMs = elapsed(timer);
    const double firstCpuMs = threadCpuMs() - cpuBefore;
    const int year = stats.filter.year;
    if (stats.totals.actors <= 0) {
        err << "essaim-bench: the observatory counts no actor." << Qt::endl;
        return false;
    }
    timer.restart();
    int backgroundYears = 0;
    while (const int unread = engine.unreadEvolutionYear(stats.filter)) {
        engine.readYear(unread);
        ++backgroundYears;
    }
    stats.evolution = engine.evolution(stats.filter, 10);
    const double backgroundMs = elapsed(timer);

    // 2. What the user does next: another territory, a family, a sector,
    //    back to the whole territory; each time every figure of the tab.
    QStringList epcis, communes;
    qint64 sector = 0;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT siren FROM epcis ORDER BY siren"));
        while (q.next())
            epcis << q.value(0).toString();
        q.exec(QStringLiteral("SELECT commune_insee FROM actors WHERE commune_insee IS NOT NULL GROUP BY commune_insee "
                              "ORDER BY count(*) DESC LIMIT 2"));
        while (q.next())
            communes << q.value(0).toString();
        q.exec(QStringLiteral("SELECT id FROM sectors WHERE parent_id IS NULL ORDER BY position LIMIT 1"));
        if (q.next())
            sector = q.value(0).toLongLong();
    }
    QList<ObservatoryFilter> filters;
    for (const QString &epci : epcis) {
        ObservatoryFilter f;
        f.year = year;
        f.territory = ObservatoryFilter::Territory::Epci;
        f.territoryCode = epci;
        filters << f;
    }
    for (const QString &commune : communes) {
        ObservatoryFilter f;
        f.year = year;
        f.territory = ObservatoryFilter::Territory::Commune;
        f.territoryCode = commune;
        filters << f;
    }
    ObservatoryFilter family;
    family.year = year;
    family.family = QStringLiteral("cooperative");
    filters << family;
    ObservatoryFilter bySector;
    bySector.year = year;
    bySector.sectorId = sector;
    filters << bySector;
    ObservatoryFilter whole;
    whole.year = year;
    filters << whole;
    std::vector<double> refreshes;
    qint64 sink = 0;
    for (const ObservatoryFilter &f : filters) {
        timer.restart();
        stats = engine.compute(f);
        refreshes.push_back(elapsed(timer));
        sink += stats.totals.jobs;
    }

    // 3. Another year: its figures are read once, then kept.
    ObservatoryFilter previous = whole;
    previous.year = year - 1;
    timer.restart();
    stats = engine.compute(previous);
    const double otherYearMs = elapsed(timer);

    // 4. The evolution chart: ten years, the first time from a fresh engine
    //    (the headline: what the user waits for), then for an EPCI once the
    //    years are in memory (warm).
    ObservatoryEngine fresh(connectionName);
    timer.restart();
    QList<ObservatoryFigures> evolution = fresh.evolution(whole, 10);
    const double evolutionMs = elapsed(timer);
    const qsizetype years = evolution.size();
    timer.restart();
    ObservatoryFilter epci = whole;
    if (!epcis.isEmpty()) {
        epci.territory = ObservatoryFilter::Territory::Epci;
        epci.territoryCode = epcis.first();
    }
    evolution = fresh.evolution(epci, 10);
    const double evolutionWarmMs = elapsed(timer);
    sink += evolution.size();
    if (years != 10) {
        err << "essaim-bench: the evolution chart has " << years << " years, not 10." << Qt::endl;
        return false;
    }

    std::sort(refreshes.begin(), refreshes.end());
    line(out, QStringLiteral("observatory.refresh_ms"), refreshes.empty() ? 0 : refreshes.back(), "ms");
    line(out, QStringLiteral("observatory.refresh_ms.changes"), double(refreshes.size()), "count");
    line(out, QStringLiteral("observatory.refresh_ms.median"), refreshes.empty() ? 0 : refreshes[refreshes.size() / 2], "ms");
    line(out, QStringLiteral("observatory.refresh_ms.first_open"), firstMs, "ms");
    line(out, QStringLiteral("observatory.refresh_ms.first_open.cpu"), firstCpuMs, "ms");
    line(out, QStringLiteral("observatory.first_open_background_ms"), backgroundMs, "ms");
    line(out, QStringLiteral("observatory.first_open_background_years"), double(backgroundYears), "years");
    line(out, QStringLiteral("observatory.refresh_ms.other_year"), otherYearMs, "ms");
    line(out, QStringLiteral("observatory.evolution_ms"), evolutionMs, "ms");
    line(out, QStringLiteral("observatory.evolution_ms.warm"), evolutionWarmMs, "ms");
    line(out, QStringLiteral("observatory.evolution_years"), double(years), "years");
    if (sink == -1)
        out << "" << Qt::endl;
    return true;
}
