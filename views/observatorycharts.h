#pragma once

#include "models/itemmodels/observatorytablemodel.h"
#include "models/observatory/observatorystats.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QBarSeries;
class QChart;

/// Builds the six charts of the observatory from its figures, one factory
/// per chart, with Qt Charts. Every bar and point shows its value on hover;
/// clicking a bar hands the ids of exactly the actors behind it to
/// @p drillDown. Charts are built fresh for the tab, for presentation mode
/// (large fonts) and for each export, so nothing is shared between views.
class ObservatoryCharts
{
    Q_DECLARE_TR_FUNCTIONS(ObservatoryCharts)

public:
    using Kind = ObservatoryTableModel::Kind;
    using DrillDown = std::function<void(const QList<qint32> &ids, const QString &label)>;

    struct Style {
        bool large = false;     ///< presentation mode
        bool animated = false;  ///< never for exports and tests
    };

    /// The six charts in the order of the tab and of presentation mode.
    static QList<Kind> kinds();
    static QChart *create(Kind kind, const ObservatoryStats &stats, const Style &style, const DrillDown &drillDown = {});
    /// Sources and years under a chart ("Source: …"), empty when none.
    static QString caption(Kind kind, const ObservatoryStats &stats);
    /// The value labels drawn over a chart's bars, in order (tests).
    static QStringList barLabels(const QChart *chart);

private:
    static QChart *familyChart(const ObservatoryStats &stats, const DrillDown &drillDown);
    static QChart *sectorChart(const ObservatoryStats &stats, const DrillDown &drillDown);
    static QChart *evolutionChart(const ObservatoryStats &stats);
    static QChart *comparisonChart(const ObservatoryStats &stats, const DrillDown &drillDown);
    static QChart *sizeBandChart(const ObservatoryStats &stats, const DrillDown &drillDown);
    static QChart *socialUtilityChart(const ObservatoryStats &stats);
    static void labelBars(QChart *chart, QBarSeries *series, const QList<ObservatoryComparison> &comparisons);
};
