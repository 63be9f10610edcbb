#pragma once

#include <QWidget>

#include <memory>

class DocumentFactory;
class PrintDocument;

/// One page of the Publications tab: the settings of one document. The tab
/// lists the pages, puts the output buttons under them and asks the page
/// shown for its document when the user previews, prints or saves it.
class PublicationPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The document as it would print now, or nothing (with a sentence in
    /// @p error when there is something to say).
    virtual std::unique_ptr<PrintDocument> document(const DocumentFactory &factory, QString *error) const = 0;
    /// The name the privacy check knows this document by, empty for a
    /// document that publishes nobody's data.
    virtual QString publicOutput() const { return QString(); }
    /// Whether preview, printing and PDF apply now.
    virtual bool canPrint() const { return true; }
    /// Whether the user may choose the paper and margins.
    virtual bool hasPageSetup() const { return false; }
    /// Reads again the choices that change with the data, before the page is shown.
    virtual void reloadChoices() {}

signals:
    void statusMessage(const QString &message);
    /// canPrint() or hasPageSetup() may have changed.
    void outputChanged();
};
