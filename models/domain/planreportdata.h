#pragma once

#include "planprogressrow.h"

#include <QDate>
#include <QList>
#include <QString>

/// What the plan's progress report prints for the steering committee: the
/// plan fills it (a plain struct, so the report does not depend on it).
struct PlanReportData
{
    struct Indicator
    {
        QString action;
        QString name;
        QString kind; ///< réalisation, résultat, impact
        double target = 0;
        double achieved = 0;
    };
    struct JournalEntry
    {
        QDate date;
        QString action;
        QString text;
    };
    QString planName;
    QDate from;
    QDate to;
    QList<PlanProgressRow> actions; ///< grouped by objective, in order
    QList<Indicator> indicators;
    QList<JournalEntry> journal;
};
