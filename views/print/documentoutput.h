#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class PrintDocument;
class QPagedPaintDevice;
class QPrinter;

/// Sends a PrintDocument to a PDF file or a printer (the print preview
/// paints through a QPrinter too). The page layout's margins are the
/// document's; the device itself paints on the full sheet.
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)

public:
    /// Writes @p path; returns the page count, or -1 with @p error set.
    static int writePdf(PrintDocument &document, const QPageLayout &layout, const QString &path, QString *error);
    /// Paints every page on @p printer, with the layout it carries.
    static int print(PrintDocument &document, QPrinter *printer);

private:
    static int render(PrintDocument &document, QPagedPaintDevice *device, const QPageLayout &layout);
};
