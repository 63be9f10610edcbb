#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class PrintDocument;
class QPrinter;
class QWidget;

/// What every tab does with a printed document: the print preview, the
/// print dialog, a PDF file and the remembered page set-up, with the
/// document's own page layout and a sentence when something goes wrong.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    /// Opens the preview without blocking; it keeps the document alive.
    /// @p printed is called when the user prints from it, with where to.
    static void preview(QWidget *parent, std::shared_ptr<PrintDocument> document,
                        const std::function<void(const QString &printedTo)> &printed = {});
    /// Through the print dialog; false when the user cancelled or printing
    /// failed (the user was told why). @p printedTo receives the printer's
    /// name (or the file, when printing to one).
    static bool print(QWidget *parent, PrintDocument &document, QString *printedTo = nullptr);
    /// Asks for a file name; the path written, empty when cancelled or failed
    /// (the user was told why).
    static QString savePdf(QWidget *parent, PrintDocument &document, int *pages = nullptr);
    /// False when the document keeps its own paper or the user cancelled.
    static bool pageSetup(QWidget *parent, PrintDocument &document);

private:
    /// The file printed to, else the printer's name.
    static QString target(const QPrinter &printer);
};
