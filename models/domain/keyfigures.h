#pragma once

#include <QList>
#include <QPair>
#include <QString>

/// The few figures a public document quotes (Lettre de l'ESS, plaquette),
/// with their source and year, as the observatory states them.
struct KeyFigures
{
    int year = 0;              ///< year of the yearly figures (millésime)
    int actors = 0;            ///< current actors of the directory
    int employers = 0;
    int headcount = 0;         ///< employees declared for @c year
    double fte = 0;
    int volunteers = 0;
    QList<QPair<QString, int>> actorsByFamily; ///< translated label, count
    QString source;            ///< "Annuaire Essaim, chiffres déclarés 2024"
};
