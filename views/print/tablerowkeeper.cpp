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

TableRowKeeper::Change TableRowKeeper::keepRowsWhole(QTextTable *table, double pageHeight)
{
    if (pageHeight <= 0)
        return Change::None;
    const int row = firstPartedRow(table, pageHeight);
    if (row < 0)
        return Change::None;
    QTextTableFormat format = table->format();
    if (row > format.headerRowCount())
        return cutBefore(table, row) ? Change::Cut : Change::None;
    // Its first row parted: the table goes overleaf whole, unless it already
    // starts a page (that row is then too tall for any).
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return Change::None;
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
    return Change::Moved;
}

int TableRowKeeper::firstPartedRow(QTextTable *table, double pageHeight)
{
    const auto pageOf = [pageHeight](double y) { return int(y / pageHeight); };
    for (int row = 0; row < table->rows(); ++row) {
        const RowExtent extent = extentOf(table, row);
        if (extent.bottom <= extent.top)
            continue; // an empty row
        // Less than a page high, with room to spare for the header rows above it.
        if (pageOf(extent.top) != pageOf(extent.bottom - 0.5) && extent.height < pageHeight * 0.75)
            return row;
    }
    return -1;
}

bool TableRowKeeper::cutBefore(QTextTable *table, int row)
{
    // Both parts keep the columns Qt gave the whole table, rather than each
    // its own from its own text.
    QTextTableFormat format = table->format();
    const QList<QTextLength> given = format.columnWidthConstraints();
    if (std::all_of(given.cbegin(), given.cend(), [](const QTextLength &width) { return width.type() == QTextLength::VariableLength; }))
        format.setColumnWidthConstraints(columnWidths(table));
    table->setFormat(format);
    const int header = format.headerRowCount();
    const int rows = table->rows();
    // The whole table, copied just after it (the copy of a range of cells is
    // a table of them), then each keeps its part: the original its rows
    // before the cut, the copy its header rows and the rows from the cut on.
    // Copying the header rows with the rest keeps their formats exactly.
    QTextCursor all = table->cellAt(0, 0).firstCursorPosition();
    all.setPosition(table->cellAt(rows - 1, table->columns() - 1).lastCursorPosition().position(), QTextCursor::KeepAnchor);
    const QTextDocumentFragment copy = all.selection();

    QTextFrame *root = table->document()->rootFrame();
    const int index = root->childFrames().indexOf(table);
    QTextCursor after = table->lastCursorPosition();
    after.movePosition(QTextCursor::NextCharacter);
    after.insertFragment(copy);
    auto *rest = qobject_cast<QTextTable *>(root->childFrames().value(index + 1));
    if (!rest)
        return false; // not seen: the copy of a table's cells is a table
    rest->removeRows(header, row - header);
    table->removeRows(row, rows - row);
    // The copy lost the column widths.
    QTextTableFormat restFormat = format;
    restFormat.setPageBreakPolicy(format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
    rest->setFormat(restFormat);
    // Two tables have a paragraph between them. It takes no room, and
    // starts the next page: a break before the table itself would come
    // after it, and a page later when the first part fills its page.
    QTextBlockFormat between;
    between.setLineHeight(0, QTextBlockFormat::FixedHeight);
    between.setTopMargin(0);
    between.setBottomMargin(0);
    QTextCursor cursor(table->document());
    cursor.setPosition(table->lastPosition() + 1);
    cursor.setPosition(rest->firstPosition() - 1, QTextCursor::KeepAnchor);
    cursor.mergeBlockFormat(between);
    QTextBlockFormat breakBefore;
    breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setPosition(table->lastPosition() + 1);
    cursor.mergeBlockFormat(breakBefore);
    return true;
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
