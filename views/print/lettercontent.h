#pragma once

#include "models/domain/callforprojects.h"
#include "models/domain/guideentry.h"
#include "models/domain/keyfigures.h"
#include "models/domain/letteragendaitem.h"
#include "models/domain/letterissue.h"
#include "models/domain/planprogressrow.h"

#include <QImage>
#include <QList>
#include <QPicture>

/// Everything one issue of the Lettre de l'ESS prints: the saved issue and
/// the data of the sections it ticks. The sections read plain structs, so
/// the calendar, the observatory and the plan fill them without the letter
/// knowing them. A chart given as a QPicture prints as vector graphics; a
/// QImage prints as it is; with neither, the key figures' own chart is drawn.
struct LetterContent
{
    LetterIssue issue;
    QList<LetterAgendaItem> agenda;
    QList<GuideEntry> newActors;
    KeyFigures figures;
    QPicture chartPicture;
    QImage chartImage;
    QString chartTitle;
    QList<PlanProgressRow> plan;
    /// The calls for projects still open at the issue's date, by closing date.
    QList<CallForProjects> calls;
};
