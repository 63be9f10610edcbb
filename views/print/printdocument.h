#pragma once

#include "pagegeometry.h"

#include <QPageLayout>
#include <QString>

class QPainter;
class QPaintDevice;

/// A document ready to print: a builder without widgets has turned the data
/// into it; DocumentOutput sends it to a PDF file, a printer or the preview.
/// layout() runs once per output device and returns the page count;
/// paintPage() then paints each page with the device's pixels, origin at
/// the paper's top-left corner.
class PrintDocument
{
public:
    virtual ~PrintDocument() = default;

    /// The document's name, used as the PDF title and in running headers.
    virtual QString title() const = 0;
    /// Key under which the page set-up is remembered ("guide", "letter"...).
    virtual QString kind() const = 0;
    virtual QPageLayout defaultPageLayout() const;
    /// Whether the chosen page layout may change the paper (labels and the
    /// plaquette are drawn for A4 sheets and keep them).
    virtual bool acceptsPageSetup() const { return true; }

    virtual int layout(QPaintDevice *device, const PageGeometry &geometry) = 0;
    virtual void paintPage(QPainter *painter, int page) = 0;

    static QPageLayout a4Portrait(double marginMm = 15);
};
