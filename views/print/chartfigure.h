#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QChart;
class QPainter;

/// A Qt Chart on paper: its title above, the chart, its caption (sources)
/// under it, drawn by the page's painter as vector paths and real text. The
/// Portrait du territoire and the accompaniment report share it.
class ChartFigure
{
public:
    /// Draws @p chart (taken, deleted after drawing) in @p rect, in the
    /// painter's device pixels; @p pt is one typographic point in those pixels.
    /// A @p heading (a section's, in @p headingColour) is drawn above the
    /// title, so that a page never ends between a section's heading and its chart.
    static void paint(QPainter *painter, const QRectF &rect, QChart *chart, const QString &title, const QString &caption, double pt,
                      const QString &heading = QString(), const QColor &headingColour = QColor());
};
