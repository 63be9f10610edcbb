#pragma once

#include "accompanimentreportdata.h"
#include "flowdocument.h"

#include <QCoreApplication>

/// The accompaniment report for the steering committee: the period's key
/// figures, the projects by stage (at the end of the period and the moves
/// during it) drawn as bars, by sector and by EPCI, the funding asked and
/// granted by funder, the calls for projects answered and the journal of
/// the period. An internal document; bars are filled table cells, so the
/// PDF holds vector shapes, not pictures.
class AccompanimentReportDocument : public FlowDocument
{
    Q_DECLARE_TR_FUNCTIONS(AccompanimentReportDocument)

public:
    AccompanimentReportDocument(const AccompanimentReportData &data, const PrintStyle &style);
    static QString html(const AccompanimentReportData &data, const PrintStyle &style);

private:
    static QString stagesSection(const AccompanimentReportData &data, const QString &colour);
    static QString breakdownSection(const QString &title, const QList<AccompanimentReportData::Breakdown> &rows, const QString &colour);
    static QString fundingSection(const AccompanimentReportData &data, const QString &colour);
    static QString journalSection(const AccompanimentReportData &data, const QString &colour);
};
