#pragma once

#include <QString>

#include <optional>

/// Reference figures of one territory for one year, with their source, so
/// that the ESS share of employment can be compared between the council's
/// territory, its EPCI, the region and France. Every figure is optional:
/// a published share may come without the totals behind it.
struct ReferenceFigure
{
    enum class Kind { France, Region, Department, Territory, Epci, Commune };

    Kind kind = Kind::Territory;
    QString code; ///< "FR", region "32", EPCI SIREN, INSEE code; "all" for the council's territory
    int year = 0;
    QString name;
    std::optional<qint64> totalEmployment;   ///< all salaried jobs, public and private
    std::optional<qint64> privateEmployment; ///< private salaried jobs
    std::optional<qint64> employerEstablishments;
    std::optional<qint64> essJobs;           ///< the ESS's own published count
    std::optional<qint64> essEstablishments;
    std::optional<double> essSharePct;       ///< published share of all salaried jobs
    QString source;

    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);

    /// The published share, else the one the published counts give.
    std::optional<double> publishedShare() const
    {
        if (essSharePct)
            return essSharePct;
        if (essJobs && totalEmployment && *totalEmployment > 0)
            return 100.0 * double(*essJobs) / double(*totalEmployment);
        return std::nullopt;
    }

    bool operator==(const ReferenceFigure &o) const
    {
        return kind == o.kind && code == o.code && year == o.year && name == o.name
            && totalEmployment == o.totalEmployment && privateEmployment == o.privateEmployment
            && employerEstablishments == o.employerEstablishments && essJobs == o.essJobs
            && essEstablishments == o.essEstablishments && essSharePct == o.essSharePct && source == o.source;
    }
};
