#include "bookletdocument.h"

#include <QPageSize>
#include <QPainter>

#include <algorithm>

namespace {
constexpr double foldTickMm = 6;
} // namespace

BookletDocument::BookletDocument(std::unique_ptr<PrintDocument> inner, const QMarginsF &innerMarginsMm)
    : m_inner(std::move(inner))
    , m_innerMargins(innerMarginsMm)
{
}

BookletDocument::~BookletDocument() = default;

QString BookletDocument::title() const
{
    return m_inner->title();
}

QPageLayout BookletDocument::defaultPageLayout() const
{
    // The halves run to the fold: the A5 pages bring their own margins.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QPageLayout BookletDocument::innerPageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, m_innerMargins, QPageLayout::Millimeter);
}

QList<int> BookletDocument::order(int pages)
{
    QList<int> out;
    if (pages <= 0)
        return out;
    const int padded = (pages + 3) / 4 * 4;
    auto page = [pages](int index) { return index < pages ? index : -1; };
    // The sheets nest, the first outermost: sheet s's outside carries the
    // pages 2s from either end, and its inside the next ones in.
    for (int s = 0; s < padded / 4; ++s) {
        out << page(padded - 1 - 2 * s) << page(2 * s);
        out << page(2 * s + 1) << page(padded - 2 - 2 * s);
    }
    return out;
}

int BookletDocument::layout(QPaintDevice *device, const PageGeometry &geometry)
{
    m_sheet = geometry;
    m_page = PageGeometry(innerPageLayout(), device);
    m_innerPages = m_inner->layout(device, m_page);
    m_order = order(m_innerPages);
    return int(m_order.size()) / 2;
}

void BookletDocument::paintPage(QPainter *painter, int page)
{
    const QRectF sheet = m_sheet.paper();
    const QSizeF half(sheet.width() / 2, sheet.height());
    const QSizeF a5 = m_page.paper().size();
    // A4 landscape holds two A5 with half a millimetre to spare; a smaller
    // sheet chosen in the print dialog shrinks the pages rather than cut them.
    const double scale = std::min({1.0, half.width() / a5.width(), half.height() / a5.height()});
    const QSizeF placed = a5 * scale;
    for (int side = 0; side < 2; ++side) {
        const int index = m_order.value(2 * page + side, -1);
        if (index < 0)
            continue;
        const QRectF area(QPointF(sheet.left() + side * half.width(), sheet.top()), half);
        painter->save();
        // The cover's bands run to the paper's edge: kept out of the facing page.
        painter->setClipRect(area);
        painter->translate(area.left() + (half.width() - placed.width()) / 2, area.top() + (half.height() - placed.height()) / 2);
        painter->scale(scale, scale);
        m_inner->paintPage(painter, index);
        painter->restore();
    }

    // Printer's marks for the fold, at the top and bottom edges only, where
    // the pages' margins leave them clear of the text.
    const double placedTop = (half.height() - placed.height()) / 2;
    const double clearAbove = placedTop + (m_page.margins().top() - m_page.paper().top()) * scale;
    const double clearBelow = placedTop + (m_page.paper().bottom() - m_page.margins().bottom()) * scale;
    const double tick = std::min(m_sheet.mm(foldTickMm), std::min(clearAbove, clearBelow) - m_sheet.mm(3));
    if (tick <= 0)
        return;
    painter->save();
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), m_sheet.mm(0.2)));
    const double x = sheet.center().x();
    painter->drawLine(QPointF(x, sheet.top()), QPointF(x, sheet.top() + tick));
    painter->drawLine(QPointF(x, sheet.bottom() - tick), QPointF(x, sheet.bottom()));
    painter->restore();
}
