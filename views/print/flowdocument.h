#pragma once

#include "printdocument.h"
#include "printstyle.h"

#include <QString>
#include <QTextOption>

#include <memory>

class QTextDocument;

/// A document that flows from page to page: HTML laid out once by
/// QTextDocument at the body's size, each page framed by the running header
/// and footer. Letters, reports and sheets derive from it and add what the
/// HTML refers to (images, charts) in prepare().
class FlowDocument : public PrintDocument
{
public:
    FlowDocument(const QString &title, const QString &kind, const QString &html, const PrintStyle &style, bool internal);
    ~FlowDocument() override;

    QString title() const override { return m_title; }
    QString kind() const override { return m_kind; }
    int layout(QPaintDevice *device, const PageGeometry &geometry) override;
    void paintPage(QPainter *painter, int page) override;

    /// The laid-out text (after layout()), for tests.
    QTextDocument *document() const { return m_document.get(); }

protected:
    /// Called after the HTML is set, before the layout: add resources here.
    virtual void prepare(QTextDocument *document, QPaintDevice *device);
    /// The first page carries its own masthead: no running header there.
    virtual bool headerOnFirstPage() const { return true; }
    /// The running header's title: the document's, or more where a page
    /// alone must still say what it belongs to.
    virtual QString runningTitle() const { return m_title; }
    /// Replaces the HTML laid out by the next layout().
    void setHtml(const QString &html) { m_html = html; }
    /// Long user texts (names, addresses, URLs) may break anywhere rather
    /// than overflow; tables of figures break between words only.
    virtual QTextOption::WrapMode wrapMode() const { return QTextOption::WrapAtWordBoundaryOrAnywhere; }
    const PrintStyle &style() const { return m_style; }

private:
    QString m_title;
    QString m_kind;
    QString m_html;
    PrintStyle m_style;
    bool m_internal;
    std::unique_ptr<QTextDocument> m_document;
    PageGeometry m_geometry;
    int m_pages = 0;
};
