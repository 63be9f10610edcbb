#pragma once

#include <QPageLayout>
#include <QRectF>

class QPaintDevice;

/// Where things go on one sheet, in the output device's own pixels: the
/// paper, the area inside the margins, and the body left once the running
/// header and footer have their bands. Documents lay out and paint in these
/// units, so the same code serves the PDF writer, the printer and the preview.
class PageGeometry
{
public:
    PageGeometry() = default;
    PageGeometry(const QPageLayout &layout, const QPaintDevice *device, bool withHeaderAndFooter = true);

    QRectF paper() const { return m_paper; }
    QRectF margins() const { return m_margins; }
    QRectF body() const { return m_body; }
    QRectF headerBand() const;
    QRectF footerBand() const;
    /// Device pixels per millimetre and per typographic point.
    double mm(double millimetres) const { return millimetres * m_perMm; }
    double pt(double points) const { return points * m_perMm * 25.4 / 72.0; }
    double perMm() const { return m_perMm; }

private:
    QRectF m_paper;
    QRectF m_margins;
    QRectF m_body;
    double m_perMm = 1;
};
