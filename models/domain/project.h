#pragma once

#include <QDate>
#include <QList>
#include <QString>

/// A project followed by the council's accompaniment (fabrique à
/// initiatives, plateforme d'accompagnement): the unmet need it answers, its
/// holders, the actors that accompany it and the stage it has reached, each
/// change of stage dated so that a period's movements can be reported.
struct Project
{
    enum class Stage { Idea, Emergence, Feasibility, Creation, Consolidation, Abandoned };

    struct StageChange {
        Stage stage = Stage::Idea;
        QDate since;
        bool operator==(const StageChange &o) const { return stage == o.stage && since == o.since; }
    };

    struct Accompanier {
        qint64 actorId = 0;
        QString actorName; ///< read with the project, never written
        QString role;
        bool operator==(const Accompanier &o) const { return actorId == o.actorId && role == o.role; }
    };

    qint64 id = 0;
    QString name;
    QString summary;
    qint64 needId = 0;
    qint64 sectorId = 0;
    QString communeInsee;
    QString family;        ///< the ESS family foreseen (EssFamily code), may be empty
    qint64 actorId = 0;    ///< the carrying actor, once founded
    Stage stage = Stage::Idea;
    QList<StageChange> stages; ///< oldest first; the last one is the current stage
    QList<qint64> holderIds;   ///< contacts, who may belong to no actor yet
    QList<Accompanier> accompaniers;
    int jobsExpected = 0;
    int jobsCreated = 0;
    qint64 budgetCents = 0;
    QDate foundedOn;
    QDate createdOn;

    /// The day the project entered its current stage.
    QDate stageSince() const { return stages.isEmpty() ? createdOn : stages.constLast().since; }

    bool operator==(const Project &o) const
    {
        return id == o.id && name == o.name && summary == o.summary && needId == o.needId && sectorId == o.sectorId
            && communeInsee == o.communeInsee && family == o.family && actorId == o.actorId && stage == o.stage
            && stages == o.stages && holderIds == o.holderIds && accompaniers == o.accompaniers
            && jobsExpected == o.jobsExpected && jobsCreated == o.jobsCreated && budgetCents == o.budgetCents
            && foundedOn == o.foundedOn && createdOn == o.createdOn;
    }
    bool operator!=(const Project &o) const { return !(*this == o); }
};
