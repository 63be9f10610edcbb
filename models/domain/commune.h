#pragma once

#include <QString>
#include <QStringList>

/// A commune of the reference table, with its intercommunality (EPCI).
struct Commune
{
    QString insee;
    QString name;
    QStringList postcodes;
    QString epciSiren;
    QString epciName;
    int population = 0;
    double latitude = 0;
    double longitude = 0;
    /// False for a commune outside the council's territory where an actor is.
    bool inTerritory = true;
};
