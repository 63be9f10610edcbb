#include "keyfigureschart.h"

#include "printstyle.h"

#include <QLocale>
#include <QPainter>

void KeyFiguresChart::paint(QPainter *painter, const QRectF &rect, const KeyFigures &figures, const QColor &color, double unit)
{
    const auto &rows = figures.actorsByFamily;
    if (rows.isEmpty())
        return;
    painter->save();
    int most = 1;
    for (const auto &row : rows)
        most = std::max(most, row.second);
    const QFont font = PrintStyle::font(7.5);
    painter->setFont(font);
    const QFontMetricsF fm(font, painter->device());
    double labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(row.first));
    labelWidth = std::min(labelWidth, rect.width() * 0.45);
    const double rowHeight = std::min(rect.height() / rows.size(), fm.lineSpacing() * 1.8);
    const double barLeft = rect.left() + labelWidth + 4 * unit;
    const double numberWidth = fm.horizontalAdvance(QStringLiteral("00000"));
    const double barSpace = rect.right() - barLeft - numberWidth;
    for (int i = 0; i < rows.size(); ++i) {
        const double y = rect.top() + i * rowHeight;
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(QRectF(rect.left(), y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                          fm.elidedText(rows.at(i).first, Qt::ElideRight, labelWidth));
        const double w = barSpace * rows.at(i).second / most;
        painter->fillRect(QRectF(barLeft, y + rowHeight * 0.2, std::max(w, unit), rowHeight * 0.6), color);
        painter->drawText(QRectF(barLeft + w + 2 * unit, y, numberWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          QLocale().toString(rows.at(i).second));
    }
    painter->restore();
}

QPicture KeyFiguresChart::picture(const KeyFigures &figures, const QColor &color, const QSizeF &size)
{
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(&painter, QRectF(QPointF(0, 0), size), figures, color, 1.0);
    painter.end();
    return picture;
}
