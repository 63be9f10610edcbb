#pragma once

#include <QList>
#include <QString>

/// What a click on a bar of the observatory asks of the directory: exactly
/// these actors, and the facets that describe them (family, sector, EPCI,
/// commune), so that the directory's own filter controls show the choice,
/// with the territory and the year for its banner.
struct DirectoryDrillDown
{
    QList<qint32> ids;
    QString label;          ///< the bar: "Association", "Culture", "CA Maubeuge Val de Sambre"
    QString territoryLabel; ///< "Whole territory", an EPCI, a commune, a list
    int year = 0;
    QString family;         ///< family code, empty for any
    qint64 sectorId = 0;    ///< 0 for any
    QString epciSiren;      ///< empty for any
    QString communeInsee;   ///< empty for any
};
