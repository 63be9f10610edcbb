#include "exportbench.h"

#include "models/interchange/actorcsvexporter.h"
#include "models/interchange/actorgeojsonexporter.h"
#include "models/interchange/actorsiteexporter.h"
#include "models/interchange/actorvcardexporter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <ctime>

namespace {
void printFigure(QTextStream &out, const QString &name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value >= 100 ? 0 : 1) << ' ' << unit << Qt::endl;
}

double elapsed(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The processor time of this thread, in ms: on a machine shared with
/// builds the wall time also counts the time others had the processor.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}
} // namespace

bool runExportBench(const QString &connectionName, QTextStream &out, QTextStream &err)
{
    const std::vector<qint32> ids = ActorCsvExporter(connectionName).activeIdsByName();
    QElapsedTimer timer;

    QBuffer vcf;
    vcf.open(QIODevice::WriteOnly);
    ActorVCardExporter vcard(connectionName);
    timer.start();
    double cpu = threadCpuMs();
    if (!vcard.write(&vcf, ids)) {
        err << "essaim-bench: the vCard export failed: " << vcard.errorString() << Qt::endl;
        return false;
    }
    printFigure(out, QStringLiteral("export.vcard_ms"), elapsed(timer), "ms");
    printFigure(out, QStringLiteral("export.vcard_ms.cpu"), threadCpuMs() - cpu, "ms");
    printFigure(out, QStringLiteral("export.vcard_cards"), vcard.cardCount(), "cards");

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    ActorGeoJsonExporter geojson(connectionName);
    timer.restart();
    cpu = threadCpuMs();
    if (!geojson.write(&json, ids)) {
        err << "essaim-bench: the GeoJSON export failed: " << geojson.errorString() << Qt::endl;
        return false;
    }
    printFigure(out, QStringLiteral("export.geojson_ms"), elapsed(timer), "ms");
    printFigure(out, QStringLiteral("export.geojson_ms.cpu"), threadCpuMs() - cpu, "ms");
    printFigure(out, QStringLiteral("export.geojson_features"), geojson.featureCount(), "features");

    QTemporaryDir dir;
    const std::vector<qint32> first(ids.begin(), ids.begin() + std::min<std::size_t>(ids.size(), 10000));
    ActorSiteExporter site(connectionName, CouncilIdentity());
    timer.restart();
    cpu = threadCpuMs();
    if (!site.exportTo(dir.filePath(QStringLiteral("site")), first)) {
        err << "essaim-bench: the site export failed: " << site.errorString() << Qt::endl;
        return false;
    }
    printFigure(out, QStringLiteral("export.site_10k_ms"), elapsed(timer), "ms");
    printFigure(out, QStringLiteral("export.site_10k_ms.cpu"), threadCpuMs() - cpu, "ms");
    printFigure(out, QStringLiteral("export.site_pages"), site.pageCount(), "pages");

    // The plain tool writing the same files: the site's time is mostly the
    // file system's when the disk is slow to create small files.
    timer.restart();
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-r"), dir.filePath(QStringLiteral("site")), dir.filePath(QStringLiteral("copy"))});
    if (cp.waitForFinished(120000) && cp.exitStatus() == QProcess::NormalExit && cp.exitCode() == 0)
        printFigure(out, QStringLiteral("export.site_10k_cp_ms"), elapsed(timer), "ms");
    return true;
}
