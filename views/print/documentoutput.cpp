#include "documentoutput.h"

#include "pagegeometry.h"
#include "printdocument.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

int DocumentOutput::render(PrintDocument &document, QPagedPaintDevice *device, const QPageLayout &layout)
{
    // The documents place their own margins, header and footer: the device
    // paints from the paper's corner.
    QPageLayout full = layout;
    full.setMode(QPageLayout::FullPageMode);
    device->setPageLayout(full);
    const PageGeometry geometry(layout, device);
    const int pages = document.layout(device, geometry);
    QPainter painter;
    if (pages <= 0 || !painter.begin(device))
        return -1;
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        document.paintPage(&painter, page);
        painter.restore();
    }
    painter.end();
    return pages;
}

int DocumentOutput::writePdf(PrintDocument &document, const QPageLayout &layout, const QString &path, QString *error)
{
    // Written beside the target and renamed, so a failure never leaves half a PDF.
    const QString partial = path + QStringLiteral(".part");
    int pages = -1;
    {
        QPdfWriter writer(partial);
        writer.setResolution(600);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("Essaim"));
        pages = render(document, &writer, layout);
    }
    if (pages < 0 || !QFileInfo::exists(partial)) {
        QFile::remove(partial);
        if (error)
            *error = tr("The PDF file “%1” could not be written. Check that the folder exists and is writable.")
                         .arg(QDir::toNativeSeparators(path));
        return -1;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        if (error)
            *error = tr("The PDF file “%1” could not be replaced: it may be open in another program.").arg(QDir::toNativeSeparators(path));
        return -1;
    }
    return pages;
}

int DocumentOutput::print(PrintDocument &document, QPrinter *printer)
{
    const QPageLayout layout = printer->pageLayout();
    printer->setDocName(document.title());
    printer->setFullPage(true);
    return render(document, printer, layout);
}
