#include "planexporter.h"

#include "models/domain/plantree.h"
#include "models/stores/planstore.h"
#include "plancsvexporter.h"
#include "planoutlinewriter.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

PlanExporter::PlanExporter(const PlanStore *store)
    : m_store(store)
{
}

QString PlanExporter::outline(const Plan &plan) const
{
    PlanTree tree;
    tree.reset(m_store->items(plan.id));
    const PlanStore *store = m_store;
    return PlanOutlineWriter::write(
        plan, tree, [store](qint64 id) { return store->contactName(id); }, [store](qint64 id) { return store->actorName(id); });
}

QByteArray PlanExporter::csv(const QList<Plan> &plans, const QDate &today) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    PlanCsvExporter exporter(&buffer);
    exporter.writeHeader();
    const PlanStore *store = m_store;
    for (const Plan &plan : plans) {
        PlanTree tree;
        tree.reset(m_store->items(plan.id));
        tree.recompute(today);
        exporter.writePlan(plan, tree, [store](qint64 id) { return store->contactName(id); });
    }
    return bytes;
}

bool PlanExporter::exportTo(const QString &path, const QList<Plan> &plans, Format format, const QDate &today)
{
    m_error.clear();
    QByteArray bytes;
    if (format == Format::Csv) {
        bytes = csv(plans, today);
    } else {
        QStringList parts;
        for (const Plan &plan : plans)
            parts << outline(plan);
        bytes = parts.join(QLatin1Char('\n')).toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("The plan could not be written to “%1” (%2). Choose another folder or file name.")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
