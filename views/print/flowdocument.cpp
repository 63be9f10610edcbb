#include "flowdocument.h"

#include "typography.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace {

/// Moves to the next page, with a page break before it, a heading that would
/// end its page alone and a short paragraph (a journal entry) that would be
/// parted between two pages. Only the document's own paragraphs: Qt 6.4 has
/// no reliable way to keep a table's row whole (a break before its cells
/// moves it two pages down), so rows are left as Qt lays them out.
void keepTogether(QTextDocument *document)
{
    const double page = document->pageSize().height();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const auto pageOf = [page](double y) { return int(y / page); };
    // One pass: a break changes the layout from its paragraph on, and the
    // paragraphs after it are measured in the new layout.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentFrame() != document->rootFrame()
            || (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const int first = pageOf(rect.top());
        if (rect.top() <= first * page + 1)
            continue; // already at the top of its page
        bool move = false;
        const QTextBlock next = block.next();
        if (block.blockFormat().headingLevel() > 0 && next.isValid() && next.layout()->lineCount() > 0) {
            // The next paragraph's first line (in a table: its first cell's) is on a later page.
            const QTextLine line = next.layout()->lineAt(0);
            move = pageOf(layout->blockBoundingRect(next).top() + line.y() + line.height() - 0.5) > first;
        } else if (block.layout()->lineCount() <= 6 && rect.height() < page / 3) {
            move = pageOf(rect.bottom() - 0.5) > first;
        }
        if (move) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
            // Qt 6.4 lays out again only the paragraph changed, leaving the
            // ones after it where they were: they are all laid out again.
            document->markContentsDirty(block.position(), document->characterCount() - block.position());
        }
    }
}

} // namespace

FlowDocument::FlowDocument(const QString &title, const QString &kind, const QString &html, const PrintStyle &style, bool internal)
    : m_title(title)
    , m_kind(kind)
    , m_html(html)
    , m_style(style)
    , m_internal(internal)
{
}

FlowDocument::~FlowDocument() = default;

void FlowDocument::prepare(QTextDocument *, QPaintDevice *)
{
}

int FlowDocument::layout(QPaintDevice *device, const PageGeometry &geometry)
{
    m_geometry = geometry;
    m_document = std::make_unique<QTextDocument>();
    PrintStyle::prepare(m_document.get(), device, geometry.body().width());
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(wrapMode());
    m_document->setDefaultTextOption(option);
    m_document->setHtml(m_html);
    // The text as it prints; the HTML (and what it was built from) stays as given.
    Typography::apply(m_document.get());
    prepare(m_document.get(), device);
    // Paginated by the layout itself: no line is cut between two pages.
    m_document->setPageSize(geometry.body().size());
    keepTogether(m_document.get());
    m_pages = m_document->pageCount();
    return m_pages;
}

void FlowDocument::paintPage(QPainter *painter, int page)
{
    const QRectF body = m_geometry.body();
    if (page > 0 || headerOnFirstPage()) {
        m_style.paintFrame(painter, m_geometry, runningTitle(), m_internal ? PrintStyle::tr("Internal use") : QString(), page + 1, m_pages,
                           m_internal);
    } else {
        // Footer only: the masthead opens the first page.
        m_style.paintFrame(painter, m_geometry, QString(), QString(), page + 1, m_pages, m_internal);
    }
    painter->save();
    painter->translate(body.left(), body.top() - page * body.height());
    const QRectF clip(0, page * body.height(), body.width(), body.height());
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    m_document->documentLayout()->draw(painter, context);
    painter->restore();
}
