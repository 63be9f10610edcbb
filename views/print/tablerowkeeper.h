#pragma once

#include <QList>
#include <QTextLength>

class QTextTable;

/// Keeps the rows of a printed table whole. Qt 6.4 lays a table's row out
/// across two pages whenever its first line fits on the first one, and has
/// no way to ask otherwise: a page break before a cell's text moves that
/// text a second page down once Qt has moved the row. So the table is cut
/// in two before the row that would be parted, the second part starting a
/// page with the table's header rows again, as a reader expects of a table
/// that goes on overleaf.
class TableRowKeeper
{
public:
    enum class Change {
        None,  ///< every row whole, or those parted too tall for a page
        Moved, ///< the table starts the next page (its first row was parted)
        Cut,   ///< the rows from the parted one on are a new table after it
    };

    /// Looks at @p table as laid out on pages @p pageHeight high (after a
    /// layout) and, at its first row parted between two pages, either moves
    /// the whole table to the next page (the row is its first under the
    /// header) or cuts it before that row, the rows from there on going into
    /// a new table right after it that starts a page. Rows taller than most
    /// of a page are left parted. After a change the caller lays the document
    /// out again before looking further (the new table may need cutting too).
    static Change keepRowsWhole(QTextTable *table, double pageHeight);

private:
    static int firstPartedRow(QTextTable *table, double pageHeight);
    static bool cutBefore(QTextTable *table, int row);
    static QList<QTextLength> columnWidths(QTextTable *table);
};
