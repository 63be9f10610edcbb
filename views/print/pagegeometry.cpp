#include "pagegeometry.h"

#include <QPaintDevice>

namespace {
constexpr double headerHeightMm = 9;
constexpr double footerHeightMm = 9;
} // namespace

PageGeometry::PageGeometry(const QPageLayout &layout, const QPaintDevice *device, bool withHeaderAndFooter)
{
    m_perMm = device->logicalDpiX() / 25.4;
    const QRectF full = layout.fullRect(QPageLayout::Millimeter);
    m_paper = QRectF(0, 0, mm(full.width()), mm(full.height()));
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    m_margins = m_paper.adjusted(mm(margins.left()), mm(margins.top()), -mm(margins.right()), -mm(margins.bottom()));
    m_body = withHeaderAndFooter ? m_margins.adjusted(0, mm(headerHeightMm), 0, -mm(footerHeightMm)) : m_margins;
}

QRectF PageGeometry::headerBand() const
{
    return QRectF(m_margins.left(), m_margins.top(), m_margins.width(), m_body.top() - m_margins.top());
}

QRectF PageGeometry::footerBand() const
{
    return QRectF(m_margins.left(), m_body.bottom(), m_margins.width(), m_margins.bottom() - m_body.bottom());
}
