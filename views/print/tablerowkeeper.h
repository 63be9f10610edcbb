#pragma once

#include <QList>
#include <QTextLength>

class QTextTable;

/// Keeps the rows of a printed table whole. Qt 6.4 lays a table's row out
/// across two pages whenever its first line fits on the first one, and has
/// no way to ask otherwise: a page break before a cell's text moves that
/// text a second page down once Qt has moved the row. So the table is cut
/// before the row that would be parted, and before each row Qt moved
/// overleaf whole (it stretches the row above it down to the foot of the
/// page), each part starting a page with the table's header rows again, as
/// a reader expects of a table that goes on overleaf.
class TableRowKeeper
{
public:
    enum class Change {
        None,  ///< every row whole, or those parted too tall for a page
        Moved, ///< the table starts the next page (its first row was parted)
        Cut,   ///< the rows of each later page are a new table after it
    };

    /// Looks at @p table as laid out on pages @p pageHeight high (after a
    /// layout). If the first row under its header is parted between two
    /// pages (or left alone under it), moves the whole table to the next
    /// page, when @p mayMove. Otherwise cuts it into parts, one for each page
    /// it goes on to (up to and including its first row parted, after which
    /// the layout no longer tells where rows will fall), each a new table
    /// after it that starts a page with the header rows again. Rows taller
    /// than most of a page are left parted. After a change the caller lays
    /// the document out again before looking further (the last part may need
    /// cutting too).
    static Change keepRowsWhole(QTextTable *table, double pageHeight, bool mayMove = true);

private:
    static QList<int> partStarts(QTextTable *table, double pageHeight);
    static bool startsRow(QTextTable *table, int row);
    static bool cutBefore(QTextTable *table, const QList<int> &starts, double pageHeight);
    static QList<QTextTable *> copyParts(QTextTable *table, const QList<int> &starts);
    static void copyHeader(QTextTable *table, QTextTable *part);
    static void breakBetween(const QList<QTextTable *> &tables);
    static void dropBlankPages(const QList<QTextTable *> &tables, double pageHeight);
    static QList<QTextLength> columnWidths(QTextTable *table);
};
