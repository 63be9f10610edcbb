#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// A SIRENE headcount band ("tranche d'effectifs"), read from
/// resources/data/tranches_effectifs.csv. The observatory uses a band as an
/// estimate of an actor's jobs (its midpoint) for the years the actor did
/// not declare a headcount, and to group employers by size.
struct HeadcountBand
{
    Q_DECLARE_TR_FUNCTIONS(HeadcountBand)

public:
    QString code;
    QString label; ///< as INSEE writes it (French)
    int min = 0;
    std::optional<int> max; ///< none for the last, open band

    /// Midpoint of the band; the open band counts its minimum.
    double midpoint() const { return max ? (min + *max) / 2.0 : double(min); }
    /// Short label in the interface language: "1–2", "10,000 and more".
    QString shortLabel() const;

    /// Every band in the order of the file (sizes ascending).
    static const QList<HeadcountBand> &all();
    /// Index in all() of @p code, -1 when unknown.
    static int indexOf(const QString &code);
    /// Band of a declared headcount: 0 gives "00", 1 or 2 gives "01"...
    static int indexForHeadcount(int headcount);
};
