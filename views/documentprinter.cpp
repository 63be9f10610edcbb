#include "documentprinter.h"

#include "prompter.h"
#include "views/print/bookletdocument.h"
#include "views/print/documentoutput.h"
#include "views/print/pagesetupmemory.h"
#include "views/print/printdocument.h"

#include <QDir>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

QString DocumentPrinter::target(const QPrinter &printer)
{
    if (!printer.outputFileName().isEmpty())
        return printer.outputFileName();
    return printer.printerName().isEmpty() ? tr("the printer") : printer.printerName();
}

void DocumentPrinter::preview(QWidget *parent, std::shared_ptr<PrintDocument> document,
                              const std::function<void(const QString &printedTo)> &printed)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageLayout(PageSetupMemory::layoutFor(*document));
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setWindowTitle(tr("Print preview — %1").arg(document->title()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [document](QPrinter *p) { DocumentOutput::print(*document, p); });
    // The preview accepts itself once it has printed (to paper or a file).
    if (printed)
        QObject::connect(dialog, &QDialog::accepted, dialog, [printer, printed] { printed(target(*printer)); });
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    dialog->resize(1000, 800);
    dialog->open();
}

bool DocumentPrinter::print(QWidget *parent, PrintDocument &document, QString *printedTo)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PageSetupMemory::layoutFor(document));
    // A booklet's sheets fold in order only when their backs are turned on the short edge.
    if (dynamic_cast<const BookletDocument *>(&document))
        printer.setDuplex(QPrinter::DuplexShortSide);
    QPrintDialog dialog(&printer, parent);
    if (Prompter::exec(&dialog) != QDialog::Accepted)
        return false;
    if (DocumentOutput::print(document, &printer) < 0) {
        Prompter::warning(parent, tr("Print"),
                          tr("“%1” could not be sent to the printer “%2”. Check that the printer is on and connected, "
                             "then print again.")
                              .arg(document.title(), printer.printerName()));
        return false;
    }
    if (printedTo)
        *printedTo = target(printer);
    return true;
}

QString DocumentPrinter::savePdf(QWidget *parent, PrintDocument &document, int *pages)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A title may hold characters no file name accepts ("Portrait : Avesnes/Helpe").
    QString name = document.title();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]+")), QStringLiteral(" "));
    QString path = Prompter::saveFileName(parent, tr("Save as PDF"), QDir(dir).filePath(name.simplified() + QStringLiteral(".pdf")),
                                          tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    const int written = DocumentOutput::writePdf(document, PageSetupMemory::layoutFor(document), path, &error);
    if (written < 0) {
        Prompter::warning(parent, tr("Save as PDF"), error);
        return {};
    }
    if (pages)
        *pages = written;
    return path;
}

bool DocumentPrinter::pageSetup(QWidget *parent, PrintDocument &document)
{
    if (!document.acceptsPageSetup())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PageSetupMemory::layoutFor(document));
    QPageSetupDialog dialog(&printer, parent);
    if (Prompter::exec(&dialog) != QDialog::Accepted)
        return false;
    PageSetupMemory::remember(document.kind(), printer.pageLayout());
    return true;
}
