#pragma once

#include <QDate>
#include <QString>

/// A request for money made by a project or an actor to a funder (an actor
/// of the directory or a partner outside the ESS), possibly in answer to a
/// call for projects.
struct FundingRequest
{
    enum class Status { Preparing, Submitted, Granted, Refused };

    qint64 id = 0;
    qint64 projectId = 0;     ///< 0 when the request is an actor's
    qint64 actorId = 0;       ///< 0 when the request is a project's
    qint64 funderActorId = 0; ///< 0 when the funder is not in the directory
    QString funderName;       ///< always filled: the directory's name or the typed one
    QString scheme;
    qint64 callId = 0;
    qint64 askedCents = 0;
    qint64 grantedCents = 0;
    Status status = Status::Preparing;
    QDate submittedOn;
    QDate decidedOn;

    bool operator==(const FundingRequest &o) const
    {
        return id == o.id && projectId == o.projectId && actorId == o.actorId && funderActorId == o.funderActorId
            && funderName == o.funderName && scheme == o.scheme && callId == o.callId && askedCents == o.askedCents
            && grantedCents == o.grantedCents && status == o.status && submittedOn == o.submittedOn
            && decidedOn == o.decidedOn;
    }
};
