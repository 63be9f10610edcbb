#pragma once

#include <QString>

#include <optional>

/// An evaluation indicator of a plan item: réalisation (what was done),
/// résultat (what it changed for the people reached), impact (on the
/// territory), each with a target and the value achieved so far, typed or
/// counted from the projects.
struct PlanIndicator
{
    enum class Kind { Output, Outcome, Impact };
    /// Where the achieved value comes from: typed by hand, or counted by
    /// Essaim from the accompaniment of project holders over the plan's
    /// period (see AccompanimentFigures), and then always up to date.
    enum class Source { Manual, ProjectsAccompanied, ProjectsFounded, JobsExpected, JobsCreated, FundingGranted };

    qint64 id = 0;
    Kind kind = Kind::Output;
    QString label;
    QString unit;
    std::optional<double> target;
    std::optional<double> achieved;
    Source source = Source::Manual;

    bool isCounted() const { return source != Source::Manual; }
    bool operator==(const PlanIndicator &o) const
    {
        return id == o.id && kind == o.kind && label == o.label && unit == o.unit && target == o.target
            && achieved == o.achieved && source == o.source;
    }
    bool operator!=(const PlanIndicator &o) const { return !(*this == o); }
};
