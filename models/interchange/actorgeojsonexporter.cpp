#include "actorgeojsonexporter.h"

#include "essfamily.h"
#include "exportcontext.h"

#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace {
// RFC 7946 §11.2: six decimals are about 10 cm, more is noise.
double rounded(double degrees)
{
    return std::round(degrees * 1e6) / 1e6;
}
} // namespace

ActorGeoJsonExporter::ActorGeoJsonExporter(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool ActorGeoJsonExporter::exportTo(const QString &path, const std::vector<qint32> &ids)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("The file “%1” cannot be written (%2). Choose another folder or name.").arg(path, file.errorString());
        return false;
    }
    if (!write(&file, ids)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("The file “%1” could not be saved (%2). Check the free space and try again.").arg(path, file.errorString());
        return false;
    }
    return true;
}

QJsonObject ActorGeoJsonExporter::feature(const Actor &a, const ExportContext &context) const
{
    const Commune *commune = context.commune(a.communeInsee);
    QJsonObject properties{
        {QStringLiteral("name"), a.name},
        {QStringLiteral("acronym"), a.acronym},
        {QStringLiteral("family"), EssFamily::label(a.family)},
        {QStringLiteral("family_code"), a.family},
        {QStringLiteral("legal_status"), a.legalStatus},
        {QStringLiteral("sector"), context.sectorPath(a.sectorId)},
        {QStringLiteral("sector_color"), context.sectorColor(a.sectorId)},
        {QStringLiteral("address"), a.address},
        {QStringLiteral("postcode"), a.postcode},
        {QStringLiteral("commune"), a.communeName},
        {QStringLiteral("insee"), a.communeInsee},
        {QStringLiteral("epci"), commune->epciName},
        {QStringLiteral("phone"), a.phone},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("website"), a.website},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("competencies"), QJsonArray::fromStringList(a.competencies)},
        {QStringLiteral("networks"), QJsonArray::fromStringList(a.networks)},
        {QStringLiteral("siret"), a.siret},
        {QStringLiteral("rna"), a.rna},
        {QStringLiteral("precision"), QStringLiteral("commune")},
    };
    if (a.creationYear > 0)
        properties.insert(QStringLiteral("creation_year"), a.creationYear);
    const QJsonObject geometry{
        {QStringLiteral("type"), QStringLiteral("Point")},
        {QStringLiteral("coordinates"), QJsonArray{rounded(commune->longitude), rounded(commune->latitude)}},
    };
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("Feature")},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("geometry"), geometry},
        {QStringLiteral("properties"), properties},
    };
}

bool ActorGeoJsonExporter::write(QIODevice *device, const std::vector<qint32> &ids)
{
    m_features = 0;
    m_withheld = 0;
    m_unplaced = 0;
    m_error.clear();
    ExportContext context(m_connectionName);
    // Written feature by feature, so that a large directory is never held
    // whole as one JSON tree.
    device->write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    const bool read = context.forEachActor(ids, [&](const Actor &a) {
        const Actor *actor = &a;
        if (!ExportContext::isPublic(*actor)) {
            ++m_withheld;
            return;
        }
        const Commune *commune = context.commune(actor->communeInsee);
        if (!commune || (commune->latitude == 0 && commune->longitude == 0)) {
            ++m_unplaced;
            return;
        }
        if (m_features > 0)
            device->write(",\n");
        device->write(QJsonDocument(feature(*actor, context)).toJson(QJsonDocument::Compact));
        ++m_features;
    });
    if (!read) {
        m_error = context.errorString();
        return false;
    }
    device->write("\n]}\n");
    const auto *file = qobject_cast<QFileDevice *>(device);
    if (file && file->error() != QFileDevice::NoError) {
        m_error = tr("The file could not be written (%1).").arg(device->errorString());
        return false;
    }
    return true;
}
