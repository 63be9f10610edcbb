#include "tablerowkeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {

/// Where a row's text begins and ends on the laid-out pages, and how tall it
/// would be on one page (its lines, without the room Qt leaves when it moves
/// the rest of a cell overleaf).
struct RowExtent {
    double top = std::numeric_limits<double>::max();
    double bottom = 0;
    double height = 0;
};

RowExtent extentOf(QTextTable *table, int row)
{
    QAbstractTextDocumentLayout *layout = table->document()->documentLayout();
    RowExtent extent;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        // A cell spanning rows belongs to its first one, and is counted once.
        if (cell.row() != row || cell.column() != column)
            continue;
        double lines = 0;
        // Blocks by position: a cursor would measure its line again.
        const int end = cell.lastPosition();
        for (QTextBlock block = table->document()->findBlock(cell.firstPosition()); block.isValid() && block.position() <= end;
             block = block.next()) {
            QTextLayout *text = block.layout();
            const double top = layout->blockBoundingRect(block).top();
            for (int i = 0; i < text->lineCount(); ++i) {
                const QTextLine line = text->lineAt(i);
                extent.top = std::min(extent.top, top + line.y());
                extent.bottom = std::max(extent.bottom, top + line.y() + line.height());
                lines += line.height();
            }
        }
        extent.height = std::max(extent.height, lines);
    }
    return extent;
}

} // namespace

TableRowKeeper::Change TableRowKeeper::keepRowsWhole(QTextTable *table, double pageHeight, bool mayMove)
{
    if (pageHeight <= 0)
        return Change::None;
    QList<int> starts = partStarts(table, pageHeight);
    QTextTableFormat format = table->format();
    if (!starts.isEmpty() && starts.first() <= format.headerRowCount() && !mayMove)
        starts.removeFirst();
    if (starts.isEmpty())
        return Change::None;
    if (starts.first() > format.headerRowCount())
        return cutBefore(table, starts, pageHeight) ? Change::Cut : Change::None;
    // Its first row parted: the table goes overleaf whole, unless it already
    // starts a page (that row is then too tall for any).
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return Change::None;
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
    return Change::Moved;
}

QList<int> TableRowKeeper::partStarts(QTextTable *table, double pageHeight)
{
    const auto pageOf = [pageHeight](double y) { return int(y / pageHeight); };
    const int header = table->format().headerRowCount();
    QList<int> starts;
    double previousBottom = -1;
    for (int row = 0; row < table->rows(); ++row) {
        const RowExtent extent = extentOf(table, row);
        if (extent.bottom <= extent.top)
            continue; // an empty row
        // Less than a page high, with room to spare for the header rows above it.
        const bool parted = pageOf(extent.top) != pageOf(extent.bottom - 0.5) && extent.height < pageHeight * 0.75;
        // A row Qt moved overleaf whole stretches the row before it down to
        // the foot of the page, an empty band under its text: a new part
        // there too, so that each ends with its last row.
        const bool moved = row >= header && previousBottom >= 0 && pageOf(extent.top) > pageOf(previousBottom - 0.5);
        if ((parted || moved) && startsRow(table, row)) {
            starts << row;
            // Once a row goes overleaf, those after it are no longer where
            // this layout put them.
            if (parted || row <= header)
                break;
        }
        previousBottom = extent.bottom;
    }
    return starts;
}

bool TableRowKeeper::startsRow(QTextTable *table, int row)
{
    for (int column = 0; column < table->columns(); ++column) {
        if (table->cellAt(row, column).row() != row)
            return false; // a cell of the row above spans it
    }
    return true;
}

bool TableRowKeeper::cutBefore(QTextTable *table, const QList<int> &starts, double pageHeight)
{
    // The parts keep the columns Qt gave the whole table, rather than each
    // its own from its own text.
    QTextTableFormat format = table->format();
    const QList<QTextLength> given = format.columnWidthConstraints();
    if (std::all_of(given.cbegin(), given.cend(), [](const QTextLength &width) { return width.type() == QTextLength::VariableLength; }))
        format.setColumnWidthConstraints(columnWidths(table));
    table->setFormat(format);
    QTextTableFormat partFormat = format;
    partFormat.setPageBreakPolicy(format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
    const QList<QTextTable *> parts = copyParts(table, starts);
    if (parts.isEmpty())
        return false;
    QTextCursor edit(table->document());
    edit.beginEditBlock();
    for (QTextTable *part : parts) {
        copyHeader(table, part);
        part->setFormat(partFormat);
    }
    table->removeRows(starts.first(), table->rows() - starts.first());
    QList<QTextTable *> tables = parts;
    tables.prepend(table);
    breakBetween(tables);
    edit.endEditBlock();
    dropBlankPages(tables, pageHeight);
    return true;
}

QList<QTextTable *> TableRowKeeper::copyParts(QTextTable *table, const QList<int> &starts)
{
    // Each part is a copy of its own rows (the copy of a range of cells is a
    // table of them), inserted right after the table from the last part to
    // the first so that they end up in order; the caller gives them the
    // header rows. All the copies are one change: Qt 6.4 looks through the
    // whole document for its frames after each change that adds one, and
    // lays out again the table it was made next to. A copy is a frame of the
    // document only once its change ends.
    QTextDocument *document = table->document();
    const int rows = table->rows();
    const int index = document->rootFrame()->childFrames().indexOf(table);
    QTextCursor edit = table->lastCursorPosition();
    edit.movePosition(QTextCursor::NextCharacter);
    const int insertedAt = edit.position();
    const int length = document->characterCount();
    edit.beginEditBlock();
    for (int i = starts.size() - 1; i >= 0; --i) {
        QTextCursor range = table->cellAt(starts.at(i), 0).firstCursorPosition();
        const int last = (i + 1 < starts.size() ? starts.at(i + 1) : rows) - 1;
        range.setPosition(table->cellAt(last, table->columns() - 1).lastCursorPosition().position(), QTextCursor::KeepAnchor);
        edit.setPosition(insertedAt);
        edit.insertFragment(range.selection());
    }
    edit.endEditBlock();
    QList<QTextTable *> parts;
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (int i = 0; i < starts.size(); ++i) {
        auto *part = qobject_cast<QTextTable *>(frames.value(index + 1 + i));
        const int end = i + 1 < starts.size() ? starts.at(i + 1) : rows;
        if (!part || part->rows() != end - starts.at(i)) { // not seen: the copy of a range of cells is a table
            edit.setPosition(insertedAt);
            edit.setPosition(insertedAt + document->characterCount() - length, QTextCursor::KeepAnchor);
            edit.removeSelectedText();
            return {};
        }
        parts << part;
    }
    return parts;
}

void TableRowKeeper::breakBetween(const QList<QTextTable *> &tables)
{
    // Two tables have a paragraph between them. It takes next to no room
    // (an empty line of a one-point font), and starts the next page: a
    // break before the table itself would come after it, and a page later
    // when the part before fills its page.
    QTextBlockFormat between;
    between.setTopMargin(0);
    between.setBottomMargin(0);
    QTextCharFormat tiny;
    tiny.setFontPointSize(1);
    QTextBlockFormat breakBefore;
    breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor edit(tables.first()->document());
    for (int i = 1; i < tables.size(); ++i) {
        edit.setPosition(tables.at(i - 1)->lastPosition() + 1);
        edit.setPosition(tables.at(i)->firstPosition() - 1, QTextCursor::KeepAnchor);
        edit.mergeBlockFormat(between);
        edit.mergeBlockCharFormat(tiny);
        edit.setPosition(tables.at(i - 1)->lastPosition() + 1);
        edit.mergeBlockFormat(breakBefore);
    }
}

void TableRowKeeper::dropBlankPages(const QList<QTextTable *> &tables, double pageHeight)
{
    // A break whose paragraph is on the next page already (the part before
    // ends at the foot of its page) would leave a page blank. Each is
    // measured against the part just before it, so one layout answers for
    // all. (Qt puts a paragraph that starts a page a pixel or two above the
    // page's top.)
    QTextDocument *document = tables.first()->document();
    document->markContentsDirty(tables.first()->firstPosition() - 1, tables.last()->lastPosition() + 2 - tables.first()->firstPosition());
    QList<int> blank;
    for (int i = 1; i < tables.size(); ++i) {
        QTextTable *before = tables.at(i - 1);
        const double top = document->documentLayout()->blockBoundingRect(document->findBlock(before->lastPosition() + 1)).top();
        if (int((top + pageHeight * 0.01) / pageHeight) > int((extentOf(before, before->rows() - 1).bottom - 0.5) / pageHeight) + 1)
            blank << before->lastPosition() + 1;
    }
    QTextBlockFormat noBreak;
    noBreak.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextCursor edit(document);
    edit.beginEditBlock();
    for (int position : std::as_const(blank)) {
        edit.setPosition(position);
        edit.mergeBlockFormat(noBreak);
    }
    edit.endEditBlock();
}

void TableRowKeeper::copyHeader(QTextTable *table, QTextTable *part)
{
    const int header = table->format().headerRowCount();
    if (header <= 0)
        return;
    part->insertRows(0, header);
    for (int row = 0; row < header; ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell source = table->cellAt(row, column);
            if (source.row() != row || source.column() != column)
                continue; // the rest of a cell spanning columns
            if (source.rowSpan() > 1 || source.columnSpan() > 1)
                part->mergeCells(row, column, source.rowSpan(), source.columnSpan());
            QTextTableCell target = part->cellAt(row, column);
            target.setFormat(source.format());
            const QTextCursor from = source.firstCursorPosition();
            QTextCursor text = from;
            text.setPosition(source.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            QTextCursor into = target.firstCursorPosition();
            // A fragment within one paragraph brings its characters, not
            // the paragraph's alignment.
            into.setBlockFormat(from.blockFormat());
            into.setBlockCharFormat(from.blockCharFormat());
            into.insertFragment(text.selection());
        }
    }
}

QList<QTextLength> TableRowKeeper::columnWidths(QTextTable *table)
{
    // Qt places each column after the one before it, its width plus its
    // borders and the spacing further on, and shares out as percentages the
    // width left once borders and spacing are set aside. So a column's
    // percentage is the distance from its text to the next column's, less
    // borders and spacing, over the sum of those.
    if (table->columns() < 2)
        return {};
    QAbstractTextDocumentLayout *layout = table->document()->documentLayout();
    const double scale = layout->paintDevice() ? layout->paintDevice()->logicalDpiY() / 96.0 : 1.0;
    const double between = (2 * table->format().border() + table->format().cellSpacing()) * scale;
    QList<QRectF> texts;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(0, column);
        if (cell.column() != column || cell.columnSpan() != 1)
            return {}; // the first row spans columns: leave the widths to Qt
        texts << layout->blockBoundingRect(cell.firstCursorPosition().block());
    }
    // The last column ends as far from its text as the first does.
    const double trailing = texts.at(1).left() - texts.at(0).right();
    QList<double> widths;
    for (int column = 0; column < texts.size(); ++column) {
        const double next = column + 1 < texts.size() ? texts.at(column + 1).left() : texts.last().right() + trailing;
        widths << next - texts.at(column).left() - between;
    }
    const double total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    // A little more than measured for all but the widest, so that a text
    // that just filled its column still does after the rounding.
    constexpr double slack = 0.2;
    const auto widest = std::max_element(widths.cbegin(), widths.cend()) - widths.cbegin();
    QList<QTextLength> lengths;
    for (int column = 0; column < widths.size(); ++column) {
        const double share = 100.0 * widths.at(column) / total;
        lengths << QTextLength(QTextLength::PercentageLength, column == widest ? share - slack * (widths.size() - 1) : share + slack);
    }
    return lengths;
}
