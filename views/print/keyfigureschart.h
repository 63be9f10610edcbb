#pragma once

#include "models/domain/keyfigures.h"

#include <QColor>
#include <QPicture>
#include <QRectF>

class QPainter;

/// The one chart public documents carry: actors by ESS family, as
/// horizontal bars, painted as vector graphics (QPainter paths and text) so
/// that it stays sharp in the PDF. The observatory's charts replace it when
/// a document is given one.
class KeyFiguresChart
{
public:
    /// @p unit is the size of one typographic point in the painter's units.
    static void paint(QPainter *painter, const QRectF &rect, const KeyFigures &figures, const QColor &color, double unit);
    /// The chart recorded at @p size points, for documents that place pictures.
    static QPicture picture(const KeyFigures &figures, const QColor &color, const QSizeF &size);
};
