#include "territorybench.h"

#include "models/domain/nationalgeography.h"
#include "models/stores/councilfactory.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace {

void printFigure(QTextStream &out, const QString &name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

void runTerritoryBench(QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    // A load of its own: the shared instance may have been loaded by an import already.
    const NationalGeography fresh(QStringLiteral(":/data/geography.bin"));
    printFigure(out, QStringLiteral("territory.load_ms"), fresh.isValid() ? elapsedMs(timer) : -1, "ms");
    const NationalGeography &geo = NationalGeography::instance();

    // What a user types: the first two to six letters of real commune names.
    QRandomGenerator gen(15);
    std::vector<double> times;
    int found = 0;
    for (int i = 0; i < 1000; ++i) {
        const QString &name = geo.places()[gen.bounded(quint32(geo.places().size()))].name;
        const QString prefix = name.left(2 + int(gen.bounded(5u)));
        timer.restart();
        found += int(geo.placesByNamePrefix(prefix, 50).size());
        times.push_back(elapsedMs(timer));
    }
    std::sort(times.begin(), times.end());
    printFigure(out, QStringLiteral("territory.lookup_ms"), times[std::size_t(times.size() * 0.95)], "ms");
    printFigure(out, QStringLiteral("territory.lookup_results"), found / 1000.0, "count");

    QTemporaryDir dir;
    CouncilIdentity identity;
    identity.name = QStringLiteral("Conseil local de l'ESS de la Sarthe");
    CouncilFactory factory;
    timer.restart();
    const bool ok = factory.create(dir.filePath(QStringLiteral("sarthe.essaim")), identity,
                                   {TerritorySpec{TerritorySpec::Kind::Department, QStringLiteral("72")}})
        == CouncilFactory::Result::Created;
    printFigure(out, QStringLiteral("territory.init_dep_ms"), ok ? elapsedMs(timer) : -1, "ms");
    printFigure(out, QStringLiteral("territory.init_dep_communes"), factory.communeCount(), "communes");
}
