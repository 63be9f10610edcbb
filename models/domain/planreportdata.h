#pragma once

#include "planprogressrow.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/// What the plan's progress report prints for the steering committee: the
/// plan fills it (a plain struct, so the report does not depend on it).
struct PlanReportData
{
    struct Indicator
    {
        QString action;
        QString name;
        QString kind; ///< réalisation, résultat, impact
        QString unit;
        std::optional<double> target;   ///< none when the plan gives no target
        std::optional<double> achieved; ///< none when nothing is measured yet
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
