#pragma once

#include <QList>
#include <QString>

/// What the directory shows: the search text and the facet filters.
struct ActorFilter
{
    enum class Choice { Any, Yes, No };

    QString text;
    QString family;        ///< EssFamily code, empty for all
    qint64 sectorId = 0;   ///< the sector and its sub-sectors, 0 for all
    QString epciSiren;
    QString communeInsee;
    Choice employer = Choice::Any;
    Choice acceptsInterns = Choice::Any;
    Choice charterSigned = Choice::Any;
    Choice archived = Choice::No;
    /// Drill-down from the observatory: only these actors (and the other
    /// criteria still apply), with a sentence saying where they come from.
    bool restrictToIds = false;
    QList<qint32> onlyIds;
    QString restrictionLabel;

    bool operator==(const ActorFilter &o) const
    {
        return text == o.text && family == o.family && sectorId == o.sectorId && epciSiren == o.epciSiren
            && communeInsee == o.communeInsee && employer == o.employer && acceptsInterns == o.acceptsInterns
            && charterSigned == o.charterSigned && archived == o.archived && restrictToIds == o.restrictToIds
            && onlyIds == o.onlyIds && restrictionLabel == o.restrictionLabel;
    }
    bool operator!=(const ActorFilter &o) const { return !(*this == o); }
};
