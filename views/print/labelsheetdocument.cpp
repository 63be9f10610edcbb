#include "labelsheetdocument.h"

#include "printstyle.h"
#include "typography.h"

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
    // A label at the sheet's very edge keeps its text clear of the strip
    // most printers cannot reach (about 4 mm).
    const double padding = g.mm(m_sheet.origin.x() < 4.0 ? 5.5 : 4.0);
    for (int i = 0; i < m_addresses.size(); ++i) {
        const int slot = slotOf(i);
        if (slot / m_sheet.perSheet() != page)
            continue;
        const QRectF mmRect = m_sheet.labelRect(slot);
        const QRectF label(g.mm(mmRect.x()), g.mm(mmRect.y()), g.mm(mmRect.width()), g.mm(mmRect.height()));
        const QRectF inner = label.adjusted(padding, padding, -padding, -padding);
        const QStringList lines = m_addresses.at(i).lines;
        // The largest size, from 9.5 pt down, at which the address, wrapped
        // between words where a line is too long, fits the label.
        const QString text = lines.join(QLatin1Char('\n'));
        double size = 9.5;
        QRectF needed;
        for (; size > 6.5; size -= 0.5) {
            painter->setFont(PrintStyle::font(size));
            needed = painter->boundingRect(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
            if (needed.height() <= inner.height() && needed.width() <= inner.width())
                break;
        }
        painter->setFont(PrintStyle::font(size));
        painter->setPen(Qt::black);
        needed = painter->boundingRect(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        // Centred down the label, aligned on the left as La Poste reads it.
        const QRectF box(inner.left(), inner.top() + std::max(0.0, (inner.height() - needed.height()) / 2), inner.width(), inner.height());
        painter->drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, Typography::text(text));
    }
}
