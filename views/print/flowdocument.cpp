#include "flowdocument.h"

#include "tablerowkeeper.h"
#include "typography.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

namespace {

/// A table moved to the next page takes the heading just above it along:
/// the break goes before the heading instead. A heading that already starts
/// its page stays, and so does its table (its first row is then parted: the
/// two would not fit on any page).
void keepHeadingWith(QTextTable *table, const QTextBlock &heading, double page)
{
    if (!heading.isValid() || heading.blockFormat().headingLevel() == 0 || QTextCursor(heading).currentFrame() != heading.document()->rootFrame())
        return;
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
    const double top = heading.document()->documentLayout()->blockBoundingRect(heading).top();
    if (top <= int(top / page) * page + 1)
        return;
    QTextBlockFormat breakBefore;
    breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(heading).mergeBlockFormat(breakBefore);
}

/// The table of the document's own flow (not one inside a cell) that
/// @p block opens, if any.
QTextTable *tableOpenedBy(const QTextBlock &block)
{
    QTextTable *table = QTextCursor(block).currentTable();
    return table && table->parentFrame() == block.document()->rootFrame() && table->firstPosition() == block.position() ? table : nullptr;
}

/// Moves to the next page, with a page break before it, a heading that would
/// end its page alone and a short paragraph (a journal entry) that would be
/// parted between two pages, and keeps the rows of the document's tables
/// whole (TableRowKeeper).
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
    const auto layOut = [&](int from, int until) {
        const int end = std::min(document->characterCount(), until);
        document->markContentsDirty(from, end - from);
        laidOutUntil = end;
    };
    const auto layOutFrom = [&](const QTextBlock &from) {
        const QTextBlock next = from.next();
        layOut(from.position(), std::max(from.position() + stretch, next.isValid() ? next.position() + next.length() : 0));
    };
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (laidOutUntil >= 0 && block.next().isValid() && block.next().position() + block.next().length() > laidOutUntil)
            layOutFrom(block);
        if (QTextTable *table = tableOpenedBy(block)) {
            // Measured whole, from where it starts (its frame's mark is just before).
            if (laidOutUntil >= 0 && table->lastPosition() >= laidOutUntil)
                layOut(table->firstPosition() - 1, table->lastPosition() + 1 + stretch);
            TableRowKeeper::Change change = TableRowKeeper::keepRowsWhole(table, page);
            if (change == TableRowKeeper::Change::Moved) {
                keepHeadingWith(table, block.previous(), page);
                // Overleaf, its rows fall elsewhere: cut it there, once.
                layOut(block.previous().isValid() ? block.previous().position() : 0, table->lastPosition() + 1 + stretch);
                if (TableRowKeeper::keepRowsWhole(table, page, false) == TableRowKeeper::Change::Cut)
                    change = TableRowKeeper::Change::Cut;
            }
            if (change != TableRowKeeper::Change::None) {
                // From the paragraph above (a heading may have moved) down to
                // the end of the table cut off, which the pass looks at next.
                const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
                const QTextFrame *next = frames.value(frames.indexOf(table) + 1);
                layOut(block.previous().isValid() ? block.previous().position() : 0,
                       (next ? next->lastPosition() : table->lastPosition()) + 1 + stretch);
            }
            // On past its cells: a stretch laid out again from one of them
            // would lay the whole table out again, at each stretch.
            block = document->findBlock(table->lastPosition());
            continue;
        }
        // An empty paragraph (the one between two tables) has nothing to keep together.
        if (QTextCursor(block).currentFrame() != document->rootFrame() || block.length() <= 1
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
