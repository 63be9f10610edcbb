#pragma once

#include <QDate>
#include <QString>

/// An unmet need of the territory that a project may answer, with where it
/// was found (a diagnostic, a survey, a meeting).
struct Need
{
    qint64 id = 0;
    QString title;
    QString territory;
    qint64 sectorId = 0;
    QString sourceKind; ///< "diagnostic", "survey", "meeting" or free text
    QString source;
    QDate notedOn;
};
