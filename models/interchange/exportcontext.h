#pragma once

#include "actor.h"
#include "commune.h"
#include "sector.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

/// What every export beside CSV needs around an actor, read once: the
/// reference communes (for coordinates) and the sector tree (for paths),
/// and the actors themselves, loaded whole one at a time so that a large
/// directory never sits in memory.
class ExportContext
{
public:
    explicit ExportContext(const QString &connectionName);

    std::optional<Actor> load(qint64 id) const;
    /// A commune of the reference table, nullptr for a commune outside it.
    const Commune *commune(const QString &insee) const;
    /// "Parent › Child", empty for no sector.
    QString sectorPath(qint64 sectorId) const;
    /// The paths of the sector and of its ancestors, root first, so that a
    /// filter on a parent sector also finds the actors of its sub-sectors.
    QStringList sectorChain(qint64 sectorId) const;
    QString sectorColor(qint64 sectorId) const;

    /// An actor the public may see: consent to publication given and not archived.
    static bool isPublic(const Actor &actor) { return actor.publicationConsent && !actor.archived; }

private:
    QString m_connectionName;
    QHash<QString, Commune> m_communes;
    QHash<qint64, Sector> m_sectors;
};
