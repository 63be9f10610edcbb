#pragma once

#include "models/domain/actor.h"
#include "models/domain/commune.h"
#include "models/domain/sector.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

/// What every export beside CSV needs around an actor, read once: the
/// reference communes (for coordinates) and the sector tree (for paths),
/// and the actors themselves with their tags and contacts (not their yearly
/// figures), read a few hundred at a time: a large directory never sits in
/// memory, and the export does not pay four queries per actor.
class ExportContext
{
    Q_DECLARE_TR_FUNCTIONS(ExportContext)

public:
    explicit ExportContext(const QString &connectionName);

    /// Calls @p visit with each actor of @p ids that exists, in the order of
    /// @p ids. False, with errorString(), when the database cannot be read.
    bool forEachActor(const std::vector<qint32> &ids, const std::function<void(const Actor &)> &visit);
    QString errorString() const { return m_error; }
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
    QString m_error;
    QHash<QString, Commune> m_communes;
    QHash<qint64, Sector> m_sectors;
};
