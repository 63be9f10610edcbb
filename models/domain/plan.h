#pragma once

#include <QString>

/// A plan of action (a "plan stratégique", a CLDESS ...) and the period it
/// covers; its items live in PlanItem rows.
struct Plan
{
    qint64 id = 0;
    QString name;
    /// ISO dates or months ("2010-01-01", "2012-05").
    QString periodStart;
    QString periodEnd;

    bool operator==(const Plan &o) const
    {
        return id == o.id && name == o.name && periodStart == o.periodStart && periodEnd == o.periodEnd;
    }
    bool operator!=(const Plan &o) const { return !(*this == o); }
};
