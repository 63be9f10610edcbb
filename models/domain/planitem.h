#pragma once

#include "planindicator.h"
#include "planjournalentry.h"

#include <QList>
#include <QString>

/// One node of a plan's tree: an objective, an operational objective, an
/// action or a sub-action. Every kind carries the same fields (an objective
/// may have its own means); the tree itself is parentId + position among
/// siblings. Dates are ISO months or days as text ("2012-06", "2012-06-01"):
/// a plan's schedule rarely says more than the month.
struct PlanItem
{
    enum class Kind { Objective, Operational, Action, SubAction };
    enum class Status { ToStart, InProgress, Done, Postponed, Abandoned };

    qint64 id = 0;
    qint64 planId = 0;
    qint64 parentId = 0; ///< 0 at the top of the plan
    int position = 0;
    Kind kind = Kind::Action;
    QString title;
    QString description;
    QString means;
    qint64 budgetPlannedCents = 0;
    qint64 budgetSpentCents = 0;
    double staffHours = 0;
    double volunteerHours = 0;
    qint64 pilotContactId = 0; ///< a directory contact, 0 when none
    QString pilotName;         ///< the pilot's name when it is no directory contact
    QList<qint64> partnerActorIds;
    QString partnerNames;      ///< partners that are not in the directory
    QString start;
    QString due;
    Status status = Status::ToStart;
    int progress = 0;
    QList<PlanIndicator> indicators;
    QList<PlanJournalEntry> journal;

    bool isAction() const { return kind == Kind::Action || kind == Kind::SubAction; }

    bool operator==(const PlanItem &o) const
    {
        return id == o.id && planId == o.planId && parentId == o.parentId && position == o.position && kind == o.kind
            && title == o.title && description == o.description && means == o.means
            && budgetPlannedCents == o.budgetPlannedCents && budgetSpentCents == o.budgetSpentCents
            && staffHours == o.staffHours && volunteerHours == o.volunteerHours
            && pilotContactId == o.pilotContactId && pilotName == o.pilotName && partnerActorIds == o.partnerActorIds
            && partnerNames == o.partnerNames && start == o.start && due == o.due && status == o.status
            && progress == o.progress && indicators == o.indicators && journal == o.journal;
    }
    bool operator!=(const PlanItem &o) const { return !(*this == o); }
};
