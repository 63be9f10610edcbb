#pragma once

#include "models/domain/clock.h"
#include "models/domain/planlinkedevent.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class PlanTreeModel;
class QPagedPaintDevice;
class QPainter;
class QPen;
class QRectF;

/// The Gantt-like timeline of a plan by semester: one row per item (codes
/// and titles in a label column), a bar from start to due for actions (red
/// when late, filled to their progress), a thin bar over the span of each
/// objective, a diamond for each linked calendar event, a "today" line. It paints on screen and prints on as many A4
/// landscape pages as needed: the grid is cut into tiles of whole semesters
/// and whole rows, and every page repeats the label column and the
/// semester header.
class PlanTimeline
{
    Q_DECLARE_TR_FUNCTIONS(PlanTimeline)

public:
    struct Row
    {
        QString code;
        QString title;
        int depth = 0;
        bool action = false;
        bool late = false;
        double progress = 0;
        QDate start;
        QDate end;
        QList<PlanLinkedEvent> events;
    };

    /// One page: rows [firstRow, firstRow + rowCount) and semesters
    /// [firstSemester, firstSemester + semesterCount).
    struct Tile
    {
        int firstRow = 0;
        int rowCount = 0;
        int firstSemester = 0;
        int semesterCount = 0;
    };

    /// Sizes in millimetres on paper, in pixels on screen (1 mm = 1 unit × scale).
    struct Metrics
    {
        double labelWidth = 80;
        double semesterWidth = 45;
        double rowHeight = 6;
        double headerHeight = 12;
        double titleHeight = 10;
    };

    void setRows(const QList<Row> &rows) { m_rows = rows; }
    /// Rows from the model, depth-first, with the events the provider gives.
    void setRows(const PlanTreeModel &model, const PlanLinkedEventsProvider &events);
    /// The semesters shown: from the one holding @p from to the one holding @p to.
    void setPeriod(const QDate &from, const QDate &to);
    void setToday(const QDate &today) { m_today = today; }
    void setTitle(const QString &title) { m_title = title; }

    QList<Row> rows() const { return m_rows; }
    /// First days of the semesters shown (1 January or 1 July).
    QList<QDate> semesters() const { return m_semesters; }
    static QString semesterLabel(const QDate &firstDay);

    /// Cuts the grid into pages of @p pageWidth × @p pageHeight (same unit as @p metrics).
    QList<Tile> tiles(double pageWidth, double pageHeight, const Metrics &metrics) const;

    /// Paints one tile at the top left of the painter's current coordinates, @p unit device units per metric unit.
    void paintTile(QPainter *painter, const Tile &tile, const Metrics &metrics, double unit, const QString &pageLabel = QString()) const;

    /// Prints to A4 landscape pages; returns the number of pages, 0 on failure.
    int print(QPagedPaintDevice *device) const;
    /// Writes a PDF file; returns the number of pages, 0 on failure.
    int writePdf(const QString &path) const;

private:
    /// Where a tile's grid lies, in metric units.
    struct Frame
    {
        double top = 0;     ///< of the semester header
        double gridTop = 0; ///< of the first row
        double width = 0;
        double bottom = 0;
    };
    // The layers of a tile, painted in this order.
    void paintTitle(QPainter *painter, const Metrics &metrics, const Frame &frame, const QString &pageLabel) const;
    void paintSemesters(QPainter *painter, const Tile &tile, const Metrics &metrics, const Frame &frame, const QPen &thin) const;
    void paintRow(QPainter *painter, const Row &row, double y, const Tile &tile, const Metrics &metrics, const Frame &frame,
                  const QPen &thin) const;
    void paintToday(QPainter *painter, const Tile &tile, const Metrics &metrics, const Frame &frame) const;
    double xOf(const QDate &date, int firstSemester, const Metrics &metrics) const;

    QList<Row> m_rows;
    QList<QDate> m_semesters;
    QDate m_today = Clock::today();
    QString m_title;
};
