#include "observatoryfigure.h"

#include "chartfigure.h"
#include "models/itemmodels/observatorytablemodel.h"

void ObservatoryFigure::paint(QPainter *painter, const QRectF &rect, ObservatoryCharts::Kind kind, const ObservatoryStats &stats, double pt)
{
    ChartFigure::paint(painter, rect, ObservatoryCharts::create(kind, stats, ObservatoryCharts::Style{}), ObservatoryTableModel::title(kind),
                       ObservatoryCharts::caption(kind, stats), pt);
}
