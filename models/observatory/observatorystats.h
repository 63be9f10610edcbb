#pragma once

#include "models/domain/attendancefigure.h"
#include "observatoryfilter.h"
#include "socialutilitygrid.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// The figures of one group of actors (the selection, a family, a sector,
/// an EPCI, a size band or a year). Estimates from headcount bands are kept
/// apart from declared figures and never added to them.
struct ObservatoryFigures
{
    QString key;   ///< stable code: family code, sector id, EPCI SIREN, band code, year
    QString label; ///< shown to the user
    QColor color;  ///< sector colour, invalid elsewhere
    int actors = 0;
    int employerActors = 0;
    qint64 jobs = 0;             ///< declared headcounts
    double fte = 0;
    qint64 volunteers = 0;
    qint64 members = 0;
    int actorsWithoutHeadcount = 0; ///< counted actors that declared no headcount
    int estimatedActors = 0;        ///< of those, the ones a SIRENE band estimates
    double jobsEstimated = 0;       ///< sum of the bands' midpoints, apart from jobs
    std::optional<double> essSharePct; ///< declared jobs / total salaried employment
    std::vector<qint32> actorIds;   ///< for drill-down: exactly the actors counted
};

/// One bar of the comparison of ESS shares: a territory, its share, and the
/// year and source of the figure it rests on.
struct ObservatoryComparison
{
    enum class Level { Selection, Territory, Epci, Region, France };
    Level level = Level::Selection;
    QString code;
    QString label;
    std::optional<double> essSharePct;
    int year = 0;     ///< year of the reference figure, 0 when none
    QString source;
    bool computed = false; ///< from the directory's jobs, not a published share
};

/// The average score per criterion of the actors of the selection that were
/// assessed in a year.
struct SocialUtilityProfile
{
    int year = 0;
    int assessedActors = 0;
    /// Criterion code and mean 0-3, in the grid's order; -1 when no actor
    /// was scored on that criterion (not assessed is not zero).
    QList<QPair<QString, double>> averages;
};

/// A figure that cannot be true as it stands (an ESS share over 100 %, an
/// actor's jobs far above its SIRENE headcount band...): why, and the actors
/// that cause it, so the user can open them in the directory.
struct ObservatoryWarning
{
    QString code;   ///< "share_over_100", "jobs_above_band", "ess_jobs_above_total"
    QString reason; ///< a sentence for the user
    std::vector<qint32> actorIds; ///< the actors to look at, biggest cause first
    QStringList actorNames;       ///< the names of the first ten of them
};

/// Everything the Observatoire tab and "essaim stats" show for one filter.
struct ObservatoryStats
{
    ObservatoryFilter filter; ///< as asked, with the year resolved
    QString territoryLabel;
    ObservatoryFigures totals;
    std::optional<qint64> totalEmployment; ///< of the reference figure behind the share
    int referenceYear = 0;
    QString referenceSource;
    std::optional<double> essShareWithEstimatesPct;

    QList<ObservatoryFigures> byFamily;
    QList<ObservatoryFigures> bySector;   ///< top-level sectors
    QList<ObservatoryFigures> byEpci;
    QList<ObservatoryFigures> bySizeBand; ///< employer actors only
    QList<ObservatoryFigures> evolution;  ///< one entry per year, oldest first
    QList<ObservatoryComparison> comparisons;
    SocialUtilityProfile socialUtility;
    SocialUtilityProfile socialUtilityCompared; ///< an earlier year, empty when none
    QList<ObservatoryWarning> warnings; ///< doubtful figures, empty when all are plausible

    /// The agenda's "mobilisation des acteurs" of the year, by type of event:
    /// left empty by the engine, filled by whoever shows it (the portrait,
    /// the stats command, which prints it under "extra").
    QList<AttendanceFigure> mobilisation;
};
