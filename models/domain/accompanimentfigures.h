#pragma once

#include <QtGlobal>

/// The accompaniment's figures of a period (a year for the observatory):
/// projects accompanied (a journal entry or a change of stage in the
/// period), founded (entered creation in the period), the jobs they expect
/// and the jobs the founded ones created, and the money granted to projects.
struct AccompanimentFigures
{
    int projects = 0;
    int founded = 0;
    int jobsExpected = 0;
    int jobsCreated = 0;
    qint64 fundingGrantedCents = 0;

    bool operator==(const AccompanimentFigures &o) const
    {
        return projects == o.projects && founded == o.founded && jobsExpected == o.jobsExpected
            && jobsCreated == o.jobsCreated && fundingGrantedCents == o.fundingGrantedCents;
    }
};
