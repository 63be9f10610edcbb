#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include <vector>

class QIODevice;

/// Writes actors as a GeoJSON FeatureCollection (RFC 7946) for the maps of
/// partners (uMap, GoGoCarto): one Point feature per actor, placed at the
/// centre of its commune (the directory knows no finer position yet, which
/// the "precision" property says). Only actors whose consent to publication
/// is given and who are not archived are written; an actor in a commune
/// outside the reference table has no position and is left out.
class ActorGeoJsonExporter
{
    Q_DECLARE_TR_FUNCTIONS(ActorGeoJsonExporter)

public:
    explicit ActorGeoJsonExporter(const QString &connectionName);

    bool exportTo(const QString &path, const std::vector<qint32> &ids);
    bool write(QIODevice *device, const std::vector<qint32> &ids);

    int featureCount() const { return m_features; }
    /// Actors left out by the last export: no consent or archived.
    int withheldCount() const { return m_withheld; }
    /// Actors left out by the last export for want of a position.
    int unplacedCount() const { return m_unplaced; }
    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
    int m_features = 0;
    int m_withheld = 0;
    int m_unplaced = 0;
};
