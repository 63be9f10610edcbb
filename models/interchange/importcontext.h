#pragma once

#include "models/domain/actor.h"
#include "models/domain/commune.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

/// The reference data an import reads rows against, loaded once per import
/// (see ImportStore::context()): communes of the territory, sectors by name,
/// legal categories with their ESS family, headcount bands, and the families
/// chosen by hand.
class ImportContext
{
public:
    QList<Commune> communes;
    QHash<QString, qint64> sectorIds;              ///< TextKey::normalizedName -> id
    QHash<QString, QString> categoryLabels;        ///< INSEE code -> label
    QHash<QString, QString> categoryFamilies;      ///< INSEE code -> family ("" when outside)
    QHash<QString, QPair<int, int>> bands;         ///< SIRENE band code -> (min, max); max -1 when open
    QHash<QString, QPair<QString, QString>> overrides; ///< SIREN -> (family, note)

    /// Fills the commune of @p actor from an INSEE code, a name and a postcode;
    /// a commune outside the reference table keeps its name only.
    void resolveCommune(Actor &actor, const QString &insee, const QString &name, const QString &postcode) const;
    bool isTerritoryCommune(const QString &insee) const;
    /// Postcodes of the reference commune @p insee (empty outside the table).
    QStringList postcodesOf(const QString &insee) const;

private:
    void index() const;
    /// A commune of the territory by name, the one of @p postcode among homonyms; -1 when none.
    int territoryCommuneNamed(const QString &name, const QString &postcode) const;
    /// resolveCommune() for a code or name not of the territory: former
    /// codes and names, arrondissements, communes of France outside it.
    void resolveOutside(Actor &actor, QString code, const QString &name, const QString &postcode) const;
    /// The commune nouvelle of the territory that a former commune called @p name joined; -1 when none.
    int formerCommuneNamed(Actor &actor, const QString &name) const;
    mutable QHash<QString, int> m_byInsee;
    mutable QMultiHash<QString, int> m_byName;
    mutable bool m_indexed = false;
};
