#pragma once

#include <QString>

#include <optional>

/// An evaluation indicator of a plan item: réalisation (what was done),
/// résultat (what it changed for the people reached), impact (on the
/// territory), each with a target and the value achieved so far.
struct PlanIndicator
{
    enum class Kind { Output, Outcome, Impact };

    qint64 id = 0;
    Kind kind = Kind::Output;
    QString label;
    QString unit;
    std::optional<double> target;
    std::optional<double> achieved;

    bool operator==(const PlanIndicator &o) const
    {
        return id == o.id && kind == o.kind && label == o.label && unit == o.unit && target == o.target
            && achieved == o.achieved;
    }
    bool operator!=(const PlanIndicator &o) const { return !(*this == o); }
};
