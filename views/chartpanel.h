#pragma once

#include "observatorycharts.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPainter;
class QStackedWidget;
class QTableView;
class QToolButton;

/// One chart of the observatory in a frame: the chart (values on hover,
/// bars open the directory on their actors), the same numbers as a table,
/// export to PNG, SVG, PDF and CSV, and Copy for a spreadsheet.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(ObservatoryCharts::Kind kind, QWidget *parent = nullptr);

    ObservatoryCharts::Kind kind() const { return m_kind; }
    void setStats(const ObservatoryStats &stats);
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QTableView *tableView() const { return m_table; }
    ObservatoryTableModel *model() const { return m_model; }

    /// Shows the table instead of the chart (and back).
    void setTableShown(bool shown);
    /// Writes the chart (png, svg, pdf) or its numbers (csv) to @p path,
    /// by its suffix; false with errorString() when it cannot.
    bool exportTo(const QString &path);
    /// Puts the table on the clipboard: tab-separated text and HTML.
    void copyToClipboard() const;
    /// Draws a freshly built chart and its caption into @p target.
    void render(QPainter *painter, const QRectF &target) const;
    QString errorString() const { return m_error; }

signals:
    void drillDownRequested(const QList<qint32> &ids, const QString &label);
    void statusMessage(const QString &message);

private:
    void exportDialog();

    ObservatoryCharts::Kind m_kind;
    ObservatoryTableModel *m_model;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QTableView *m_table;
    QLabel *m_caption;
    QToolButton *m_tableButton;
    QString m_error;
};
