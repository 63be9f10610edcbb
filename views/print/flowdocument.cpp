#include "flowdocument.h"

#include "typography.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

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
    // After a break Qt 6.4 lays out again only the paragraph changed, and
    // leaves the ones after it where they were: they must be laid out again
    // before they are measured. All of them at each break would make a long
    // report quadratic (a 233-page plan report: 6 s instead of 1), so they
    // are laid out again a stretch at a time, each from the one before it,
    // as the pass reaches them: in the end every paragraph has been laid out
    // after the last break above it.
    constexpr int stretch = 6000; // characters, about two pages of text
    int laidOutUntil = -1;        // none to redo until a first break
    const auto layOutFrom = [&](const QTextBlock &from) {
        const QTextBlock next = from.next();
        const int end = std::min(document->characterCount(),
                                 std::max(from.position() + stretch, next.isValid() ? next.position() + next.length() : 0));
        document->markContentsDirty(from.position(), end - from.position());
        laidOutUntil = end;
    };
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (laidOutUntil >= 0 && block.next().isValid() && block.next().position() + block.next().length() > laidOutUntil)
            layOutFrom(block);
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
            layOutFrom(block);
        }
    }
    // The paragraphs after the last stretch, where the last breaks left them.
    if (laidOutUntil >= 0 && laidOutUntil < document->characterCount())
        document->markContentsDirty(laidOutUntil, document->characterCount() - laidOutUntil);
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
