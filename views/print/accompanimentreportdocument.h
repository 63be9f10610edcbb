#pragma once

#include "accompanimentcharts.h"
#include "flowdocument.h"
#include "models/domain/accompanimentreportdata.h"

#include <QCoreApplication>

#include <memory>

class VectorFigures;

/// The accompaniment report for the steering committee: the period's key
/// figures, the projects by stage (at the end of the period and the moves
/// during it) drawn as bars, by sector and by EPCI, the funding asked and
/// granted by funder, the calls for projects answered and the journal of
/// the period. An internal document; its charts (AccompanimentCharts) are
/// Qt Charts drawn as vector graphics, like the Portrait du territoire's,
/// each followed by the table of its numbers.
class AccompanimentReportDocument : public FlowDocument
{
    Q_DECLARE_TR_FUNCTIONS(AccompanimentReportDocument)

public:
    AccompanimentReportDocument(const AccompanimentReportData &data, const PrintStyle &style);
    ~AccompanimentReportDocument() override;
    static QString html(const AccompanimentReportData &data, const PrintStyle &style);

protected:
    void prepare(QTextDocument *document, QPaintDevice *device) override;

private:
    static QString stagesSection(const AccompanimentReportData &data, const QString &colour);
    static QString breakdownTable(const QList<AccompanimentReportData::Breakdown> &rows);
    /// The heading of the section a chart opens, drawn by the chart's figure.
    static QString sectionHeading(AccompanimentCharts::Kind kind);
    static QString fundingSection(const AccompanimentReportData &data, const QString &colour);
    static QString journalSection(const AccompanimentReportData &data, const QString &colour);

    AccompanimentReportData m_data;
    std::unique_ptr<VectorFigures> m_figures;
};
