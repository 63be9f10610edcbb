#include "posterdocument.h"

#include "typography.h"

#include <QPainter>

PosterDocument::PosterDocument(const PosterData &data, const PrintStyle &style)
    : m_data(data)
    , m_style(style)
{
}

int PosterDocument::layout(QPaintDevice *, const PageGeometry &geometry)
{
    m_geometry = geometry;
    return 1;
}

void PosterDocument::paintPage(QPainter *painter, int)
{
    const PageGeometry &g = m_geometry;
    const QRectF paper = g.paper();
    const QRectF m = g.margins();
    const QColor primary = m_style.identity().primary;
    const QColor secondary = m_style.identity().secondary;
    const QRectF band(paper.left(), paper.top(), paper.width(), paper.height() * 0.5);
    painter->fillRect(band, primary);
    painter->fillRect(QRectF(band.left(), band.bottom(), band.width(), g.mm(4)), secondary);

    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    // Every text as it prints: no line parts « from its word, nor a phone number.
    const QString title = Typography::text(m_data.title);
    const QString descriptionText = Typography::text(m_data.description);
    QRectF used;
    painter->setPen(Qt::white);
    painter->setFont(PrintStyle::font(16, true));
    // A type that only repeats the title ("Rendez-vous de l'ESS") is not said twice.
    const bool repeats = m_data.eventType.trimmed().compare(m_data.title.trimmed(), Qt::CaseInsensitive) == 0;
    painter->drawText(QRectF(m.left(), m.top() + g.mm(10), m.width(), g.mm(20)), flags, repeats ? QString() : Typography::text(m_data.eventType), &used);
    // The title as large as fits the band, never cut.
    const QRectF titleBox(m.left(), used.bottom() + g.mm(8), m.width(), band.bottom() - used.bottom() - g.mm(20));
    double size = 48;
    for (; size > 14; size -= 2) {
        painter->setFont(PrintStyle::font(size, true));
        if (painter->boundingRect(titleBox, flags, title).height() <= titleBox.height())
            break;
    }
    painter->setFont(PrintStyle::font(size, true));
    painter->drawText(titleBox, flags, title);

    painter->setPen(QColor(0x22, 0x22, 0x22));
    QString when = PrintStyle::longDate(m_data.start.date());
    if (!m_data.allDay) {
        const QString start = PrintStyle::timeOfDay(m_data.start.time());
        if (m_data.end.isValid() && m_data.end.date() == m_data.start.date())
            when = tr("%1, from %2 to %3").arg(when, start, PrintStyle::timeOfDay(m_data.end.time()));
        else
            when += QStringLiteral(", ") + start;
    }
    painter->setFont(PrintStyle::font(20, true));
    QRectF at(m.left(), band.bottom() + g.mm(14), m.width(), g.mm(40));
    painter->drawText(at, flags, Typography::text(when), &used);
    painter->setFont(PrintStyle::font(16));
    painter->drawText(QRectF(m.left(), used.bottom() + g.mm(3), m.width(), g.mm(30)), flags, Typography::text(m_data.place), &used);
    painter->setFont(PrintStyle::font(12));
    const QRectF description(m.left(), used.bottom() + g.mm(10), m.width(), m.bottom() - used.bottom() - g.mm(55));
    double descSize = 12;
    for (; descSize > 8; descSize -= 0.5) {
        painter->setFont(PrintStyle::font(descSize));
        if (painter->boundingRect(description, flags, descriptionText).height() <= description.height())
            break;
    }
    painter->drawText(description, flags, descriptionText);

    const QRectF foot(m.left(), m.bottom() - g.mm(35), m.width(), g.mm(35));
    painter->setPen(QPen(secondary, g.mm(0.6)));
    painter->drawLine(foot.topLeft(), foot.topRight());
    const QRectF logo(foot.right() - g.mm(50), foot.top() + g.mm(4), g.mm(50), g.mm(28));
    m_style.paintLogo(painter, logo);
    painter->setPen(QColor(0x33, 0x33, 0x33));
    painter->setFont(PrintStyle::font(10, true));
    const QRectF text(foot.left(), foot.top() + g.mm(4), foot.width() - g.mm(55), foot.height() - g.mm(4));
    painter->drawText(text, flags, Typography::text(m_style.councilName()), &used);
    painter->setFont(PrintStyle::font(9));
    QStringList lines;
    if (!m_data.partners.isEmpty())
        lines << m_data.partners;
    if (!m_style.identity().contactLine.isEmpty())
        lines << m_style.identity().contactLine;
    painter->drawText(QRectF(text.left(), used.bottom() + g.mm(2), text.width(), text.bottom() - used.bottom()), flags, Typography::text(lines.join(QLatin1Char('\n'))));
}
