#pragma once

#include "flowdocument.h"
#include "models/domain/planreportdata.h"

#include <QCoreApplication>

/// The plan's progress report for the steering committee: per objective,
/// the actions with their status and a progress bar (late ones in red), the
/// indicators (target against achieved) and the journal over the period.
/// An internal document.
class PlanReportDocument : public FlowDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlanReportDocument)

public:
    PlanReportDocument(const PlanReportData &data, const PrintStyle &style);
    static QString html(const PlanReportData &data, const PrintStyle &style);
};
