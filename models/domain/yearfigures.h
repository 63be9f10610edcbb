#pragma once

#include <QtGlobal>

#include <optional>

/// What an actor declared for one year. Each figure is optional: "unknown"
/// is not zero, and the observatory must not count it as such.
struct YearFigures
{
    int year = 0;
    std::optional<int> headcount;
    std::optional<double> fte;
    std::optional<int> volunteers;
    std::optional<int> members;
    std::optional<qint64> budgetCents;

    bool operator==(const YearFigures &o) const
    {
        return year == o.year && headcount == o.headcount && fte == o.fte && volunteers == o.volunteers
            && members == o.members && budgetCents == o.budgetCents;
    }
    bool operator!=(const YearFigures &o) const { return !(*this == o); }
};
