#include "accompanimentcharts.h"

#include "models/domain/projectvocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarSeries>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

const QColor stageColor(0x2e, 0x86, 0xc1);
const QColor enteredColor(0x95, 0xa5, 0xa6);
const QColor askedColor(0xf3, 0x9c, 0x12);
const QColor grantedColor(0x27, 0xae, 0x60);

// Axis labels are rich text: names are escaped, long ones broken into lines.
QString axisLabel(const QString &text, int width = 1000)
{
    QStringList lines;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + word.size() < width)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    set->setLabelColor(QColor(0x22, 0x22, 0x22));
    return set;
}

// A value axis that starts at zero, with round ticks (whole numbers for counts).
QValueAxis *valueAxis(double max, const QString &format, const QString &title = QString())
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, max * 1.12));
    axis->applyNiceNumbers();
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    axis->setGridLineColor(QColor(0xdd, 0xdd, 0xdd));
    return axis;
}

// Horizontal bars, the first category at the top.
void attachHorizontal(QChart *chart, QHorizontalBarSeries *series, QStringList categories, QValueAxis *values)
{
    std::reverse(categories.begin(), categories.end());
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(values);
}

// The first MaxBars rows, the rest added up under one label.
template <typename Row, typename Add>
QList<Row> topRows(const QList<Row> &rows, const QString &othersLabel, Add add)
{
    QList<Row> top = rows.mid(0, AccompanimentCharts::MaxBars);
    if (rows.size() > AccompanimentCharts::MaxBars) {
        Row others;
        others.label = othersLabel;
        for (qsizetype i = AccompanimentCharts::MaxBars; i < rows.size(); ++i)
            add(others, rows.at(i));
        top << others;
    }
    return top;
}

struct FunderRow
{
    QString label;
    qint64 asked = 0;
    qint64 granted = 0;
};

} // namespace

QList<AccompanimentCharts::Kind> AccompanimentCharts::kinds(const AccompanimentReportData &data)
{
    QList<Kind> result{Kind::Stages};
    if (!data.bySector.isEmpty())
        result << Kind::Sectors;
    if (!data.funders.isEmpty())
        result << Kind::Funding;
    return result;
}

QString AccompanimentCharts::figureName(Kind kind)
{
    switch (kind) {
    case Kind::Stages: return QStringLiteral("accompaniment-stages");
    case Kind::Sectors: return QStringLiteral("accompaniment-sectors");
    case Kind::Funding: return QStringLiteral("accompaniment-funding");
    }
    return {};
}

QString AccompanimentCharts::title(Kind kind, const AccompanimentReportData &data)
{
    switch (kind) {
    case Kind::Stages: return tr("Projects by stage: on %1, and entries during the period")
                           .arg(QLocale().toString(data.to, QLocale::ShortFormat));
    case Kind::Sectors: return tr("Projects accompanied by sector");
    case Kind::Funding: return tr("Funding asked and granted by funder");
    }
    return {};
}

int AccompanimentCharts::height(Kind kind, const AccompanimentReportData &data)
{
    switch (kind) {
    case Kind::Stages: return 300;
    case Kind::Sectors: return 90 + 26 * int(std::min<qsizetype>(data.bySector.size(), MaxBars + 1));
    case Kind::Funding: return 110 + 40 * int(std::min<qsizetype>(data.funders.size(), MaxBars + 1));
    }
    return 300;
}

QChart *AccompanimentCharts::create(Kind kind, const AccompanimentReportData &data)
{
    switch (kind) {
    case Kind::Stages: return stagesChart(data);
    case Kind::Sectors: return sectorsChart(data);
    case Kind::Funding: return fundingChart(data);
    }
    return newChart();
}

QChart *AccompanimentCharts::stagesChart(const AccompanimentReportData &data)
{
    QChart *chart = newChart();
    QBarSet *atEnd = barSet(tr("On %1").arg(QLocale().toString(data.to, QLocale::ShortFormat)), stageColor);
    QBarSet *entered = barSet(tr("Entered in the period"), enteredColor);
    QStringList categories;
    double max = 0;
    for (const Project::Stage stage : ProjectVocabulary::stages()) {
        categories << axisLabel(ProjectVocabulary::stageLabel(stage), 14);
        *atEnd << data.atEnd.value(stage);
        *entered << data.entered.value(stage);
        max = std::max({max, double(data.atEnd.value(stage)), double(data.entered.value(stage))});
    }
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("stagesSeries"));
    series->append(atEnd);
    series->append(entered);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignBottom);
    QValueAxis *values = valueAxis(max, QStringLiteral("%d"), tr("Projects"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *AccompanimentCharts::sectorsChart(const AccompanimentReportData &data)
{
    QChart *chart = newChart();
    const auto rows = topRows(data.bySector, tr("Other sectors"), [](AccompanimentReportData::Breakdown &sum, const AccompanimentReportData::Breakdown &row) {
        sum.projects += row.projects;
    });
    QBarSet *projects = barSet(tr("Projects accompanied"), stageColor);
    QStringList categories;
    double max = 0;
    // Bottom to top in the series, so that the first row is drawn at the top.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        *projects << it->projects;
        max = std::max(max, double(it->projects));
    }
    for (const auto &row : rows)
        categories << axisLabel(row.label);
    auto *series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("sectorsSeries"));
    series->append(projects);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    attachHorizontal(chart, series, categories, valueAxis(max, QStringLiteral("%d")));
    chart->legend()->hide();
    return chart;
}

QChart *AccompanimentCharts::fundingChart(const AccompanimentReportData &data)
{
    QChart *chart = newChart();
    QList<FunderRow> funders;
    for (const auto &funder : data.funders)
        funders << FunderRow{funder.name, funder.askedCents, funder.grantedCents};
    const auto rows = topRows(funders, tr("Other funders"), [](FunderRow &sum, const FunderRow &row) {
        sum.asked += row.asked;
        sum.granted += row.granted;
    });
    QBarSet *asked = barSet(tr("Asked"), askedColor);
    QBarSet *granted = barSet(tr("Granted"), grantedColor);
    // Whole euros for small sums, whole thousands of euros beyond: the labels
    // beside the bars stay short and have no decimal point to localise (the
    // table under the chart gives the exact sums).
    qint64 maxCents = 0;
    for (const auto &row : rows)
        maxCents = std::max({maxCents, row.asked, row.granted});
    const double unit = maxCents >= 1000000 ? 100000.0 : 100.0;
    QStringList categories;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        *asked << std::round(double(it->asked) / unit);
        *granted << std::round(double(it->granted) / unit);
    }
    for (const auto &row : rows)
        categories << axisLabel(row.label);
    auto *series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("fundingSeries"));
    // Granted over asked in each pair, as the table reads.
    series->append(asked);
    series->append(granted);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    attachHorizontal(chart, series, categories,
                     valueAxis(double(maxCents) / unit, QStringLiteral("%.0f"), unit > 100 ? tr("Thousands of euros") : tr("Euros")));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}
