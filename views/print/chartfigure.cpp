#include "chartfigure.h"

#include "printstyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>

void ChartFigure::paint(QPainter *painter, const QRectF &figure, QChart *chart, const QString &title, const QString &caption, double pt,
                        const QString &heading, const QColor &headingColour)
{
    painter->save();
    QRectF rect = figure;
    if (!heading.isEmpty()) {
        const QFont headingFont = PrintStyle::font(15, true);
        const QFontMetricsF metrics(headingFont, painter->device());
        const double height = metrics.lineSpacing() * 1.5;
        painter->setFont(headingFont);
        painter->setPen(headingColour);
        painter->drawText(QRectF(rect.left(), rect.top() + 0.3 * height, rect.width(), height), Qt::AlignLeft | Qt::AlignTop,
                          metrics.elidedText(heading, Qt::ElideRight, rect.width()));
        rect.setTop(rect.top() + 1.4 * height);
    }
    const QFont titleFont = PrintStyle::font(10.5, true);
    const QFont captionFont = PrintStyle::font(7.5, false, true);
    const QFontMetricsF titleMetrics(titleFont, painter->device());
    const QFontMetricsF captionMetrics(captionFont, painter->device());
    const double titleHeight = titleMetrics.lineSpacing() * 1.4;
    const double captionHeight = caption.isEmpty()
        ? 0
        : captionMetrics.boundingRect(QRectF(0, 0, rect.width(), rect.height()), Qt::TextWordWrap, caption).height() + 2 * pt;

    painter->setFont(titleFont);
    painter->setPen(QColor(0x22, 0x22, 0x22));
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, rect.width()));

    const QRectF chartRect(rect.left(), rect.top() + titleHeight, rect.width(), rect.height() - titleHeight - captionHeight);
    // Laid out at a screen size and scaled to the page, as on screen: the
    // chart's fonts keep their proportion to the bars. 760 "pixels" across
    // 18 cm puts the axis labels at about 8 points.
    const QSizeF logical(760, 760 * chartRect.height() / std::max(1.0, chartRect.width()));
    QGraphicsScene scene; // owns the chart from here on
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(QString());
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    // A chart is laid out on the layout request the resize posts.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(painter, chartRect, scene.sceneRect(), Qt::IgnoreAspectRatio);

    if (!caption.isEmpty()) {
        painter->setFont(captionFont);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(QRectF(rect.left(), chartRect.bottom() + pt, rect.width(), captionHeight), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          caption);
    }
    painter->restore();
}
