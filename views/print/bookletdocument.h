#pragma once

#include "printdocument.h"

#include <QList>
#include <QMarginsF>

#include <memory>

/// An A5 document imposed as a saddle-stitched booklet: two A5 pages side
/// by side on each side of an A4 landscape sheet, in the order that,
/// printed recto-verso (flipping on the short edge) and folded in the
/// middle, reads from the first page to the last.
///
/// The inner document is laid out on A5 portrait pages exactly as it would
/// be printed on A5; its page count is padded with blank pages to a
/// multiple of four, one sheet holding four pages.
class BookletDocument : public PrintDocument
{
public:
    explicit BookletDocument(std::unique_ptr<PrintDocument> inner, const QMarginsF &innerMarginsMm = defaultInnerMargins());
    ~BookletDocument() override;

    QString title() const override;
    QString kind() const override { return QStringLiteral("booklet"); }
    QPageLayout defaultPageLayout() const override;
    bool acceptsPageSetup() const override { return false; }
    int layout(QPaintDevice *device, const PageGeometry &geometry) override;
    void paintPage(QPainter *painter, int page) override;

    /// The page each half shows, in output order (left then right, front
    /// then back, sheet after sheet): an index into the inner document's
    /// @p pages pages, or -1 for a blank half.
    static QList<int> order(int pages);
    static QMarginsF defaultInnerMargins() { return QMarginsF(12, 12, 12, 12); }
    /// The A5 portrait layout the inner document is laid out on.
    QPageLayout innerPageLayout() const;

    PrintDocument *inner() const { return m_inner.get(); }
    /// After layout(): the inner document's own page count, before padding.
    int innerPageCount() const { return m_innerPages; }

private:
    std::unique_ptr<PrintDocument> m_inner;
    QMarginsF m_innerMargins;
    PageGeometry m_sheet;
    PageGeometry m_page;
    int m_innerPages = 0;
    QList<int> m_order;
};
