#pragma once

#include <QString>

/// What the observatory looks at: a year, a territory (the whole territory,
/// an EPCI, a commune or a saved list of communes) and optional family and
/// sector filters. The tab and the "stats" command both fill one of these.
struct ObservatoryFilter
{
    enum class Territory { Whole, Epci, Commune, CommuneList };

    int year = 0; ///< 0: the latest year with figures
    Territory territory = Territory::Whole;
    QString territoryCode; ///< EPCI SIREN, INSEE code, or the list's id as text
    QString family;        ///< EssFamily code, empty for all
    qint64 sectorId = 0;   ///< the sector and its sub-sectors, 0 for all
    /// Year the social utility profile is compared with; 0: the latest
    /// assessed year before @c year.
    int compareYear = 0;

    bool operator==(const ObservatoryFilter &o) const
    {
        return year == o.year && territory == o.territory && territoryCode == o.territoryCode && family == o.family
            && sectorId == o.sectorId && compareYear == o.compareYear;
    }
    bool operator!=(const ObservatoryFilter &o) const { return !(*this == o); }
};
