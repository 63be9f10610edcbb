#include "labelsheetdocument.h"

#include "printstyle.h"

#include <QPainter>

LabelSheetDocument::LabelSheetDocument(QList<MailingAddress> addresses, const LabelSheet &sheet, int start)
    : m_addresses(std::move(addresses))
    , m_sheet(sheet)
    , m_start(std::clamp(start, 1, sheet.perSheet()))
{
}

QString LabelSheetDocument::title() const
{
    return tr("Address labels");
}

int LabelSheetDocument::layout(QPaintDevice *, const PageGeometry &geometry)
{
    m_geometry = geometry;
    const int used = m_start - 1 + int(m_addresses.size());
    return std::max(1, (used + m_sheet.perSheet() - 1) / m_sheet.perSheet());
}

void LabelSheetDocument::paintPage(QPainter *painter, int page)
{
    const PageGeometry &g = m_geometry;
    const double padding = g.mm(4);
    for (int i = 0; i < m_addresses.size(); ++i) {
        const int slot = slotOf(i);
        if (slot / m_sheet.perSheet() != page)
            continue;
        const QRectF mmRect = m_sheet.labelRect(slot);
        const QRectF label(g.mm(mmRect.x()), g.mm(mmRect.y()), g.mm(mmRect.width()), g.mm(mmRect.height()));
        const QRectF inner = label.adjusted(padding, padding, -padding, -padding);
        const QStringList lines = m_addresses.at(i).lines;
        // The largest size at which every line fits across and all fit down.
        double size = 10;
        QFont font;
        for (; size > 6.5; size -= 0.5) {
            font = PrintStyle::font(size);
            const QFontMetricsF fm(font, painter->device());
            double widest = 0;
            for (const QString &line : lines)
                widest = std::max(widest, fm.horizontalAdvance(line));
            if (widest <= inner.width() && fm.lineSpacing() * lines.size() <= inner.height())
                break;
        }
        font = PrintStyle::font(size);
        painter->setFont(font);
        painter->setPen(Qt::black);
        const QFontMetricsF fm(font, painter->device());
        const double height = fm.lineSpacing() * lines.size();
        // Centred down the label, aligned on the left as La Poste reads it.
        const QRectF text(inner.left(), inner.top() + std::max(0.0, (inner.height() - height) / 2), inner.width(), inner.height());
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, lines.join(QLatin1Char('\n')));
    }
}
