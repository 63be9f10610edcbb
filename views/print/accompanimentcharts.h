#pragma once

#include "models/domain/accompanimentreportdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QChart;

/// The charts of the accompaniment report, built with Qt Charts and drawn
/// on the page as vector graphics (ChartFigure): the projects by stage (at
/// the end of the period and the entries during it), the projects by sector,
/// and the funding asked and granted by funder. One factory per chart;
/// animations are off, since they are printed.
class AccompanimentCharts
{
    Q_DECLARE_TR_FUNCTIONS(AccompanimentCharts)

public:
    enum class Kind { Stages, Sectors, Funding };

    /// The charts the data has something for, in the report's order.
    static QList<Kind> kinds(const AccompanimentReportData &data);
    static QChart *create(Kind kind, const AccompanimentReportData &data);
    static QString title(Kind kind, const AccompanimentReportData &data);
    /// The height to give the figure in the report's HTML, in CSS pixels
    /// (the width is always 660): taller when it has more bars.
    static int height(Kind kind, const AccompanimentReportData &data);
    /// The name of the figure in VectorFigures ("accompaniment-stages"...).
    static QString figureName(Kind kind);

    /// At most this many sectors and funders get a bar; the others make one.
    static constexpr int MaxBars = 10;

    static QChart *stagesChart(const AccompanimentReportData &data);
    static QChart *sectorsChart(const AccompanimentReportData &data);
    static QChart *fundingChart(const AccompanimentReportData &data);
};
