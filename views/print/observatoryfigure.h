#pragma once

#include "views/observatorycharts.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

/// One chart of the Observatoire tab on paper: its title, the chart built by
/// ObservatoryCharts exactly as the tab builds it, and its sources under it,
/// drawn together by the page's painter as vector paths and real text.
class ObservatoryFigure
{
    Q_DECLARE_TR_FUNCTIONS(ObservatoryFigure)

public:
    /// @p rect is in the painter's device pixels; @p pt is one typographic
    /// point in those pixels.
    static void paint(QPainter *painter, const QRectF &rect, ObservatoryCharts::Kind kind, const ObservatoryStats &stats, double pt);
};
