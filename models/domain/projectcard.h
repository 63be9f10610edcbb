#pragma once

#include "project.h"

#include <QDate>
#include <QString>
#include <QStringList>

/// What the board, the list and the command line show of a project, read in
/// one query: names rather than ids, and the earliest open next step.
struct ProjectCard
{
    qint64 id = 0;
    QString name;
    Project::Stage stage = Project::Stage::Idea;
    QDate stageSince;
    QString sector;
    qint64 sectorId = 0;
    QString communeInsee;
    QString commune;
    QString epciSiren;
    QString holders;       ///< names, ", " between
    QString accompaniedBy; ///< actor names, ", " between
    QList<qint64> accompanierIds;
    QString nextStep;
    QDate nextStepDue;
    int jobsExpected = 0;
    int jobsCreated = 0;
    qint64 actorId = 0;

    bool isLate(const QDate &today) const { return nextStepDue.isValid() && nextStepDue < today; }
    /// One line per fact, for a tooltip.
    QString summaryTip() const
    {
        QStringList lines{name};
        for (const QString &line : {holders, accompaniedBy, nextStep}) {
            if (!line.isEmpty())
                lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }
};
