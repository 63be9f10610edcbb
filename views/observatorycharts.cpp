#include "observatorycharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

/// Shows the value under the mouse in a tooltip, as the chart's legend
/// names the series.
void showOnHover(QBarSet *set, const QStringList &categories, const std::function<QString(int)> &text)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, categories, text](bool status, int index) {
        if (!status || index < 0) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), ObservatoryCharts::tr("%1 — %2: %3").arg(categories.value(index), set->label(), text(index)));
    });
}

/// Category labels are rich text: long ones wrap on words instead of
/// being cut with an ellipsis.
QString wrapped(const QString &text, int width = 14)
{
    QStringList lines;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + word.size() < width)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}

QValueAxis *valueAxis(double max, const QString &title = QString())
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.1 : 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    return axis;
}

QBrush estimateBrush(const QColor &color)
{
    // Hatched: estimates from SIRENE bands are never drawn like declared figures.
    return QBrush(color, Qt::BDiagPattern);
}

/// The rows a chart's clicks need, shared by its bar sets instead of copied
/// into each (at 100,000 actors the ids weigh megabytes).
struct Shared
{
    explicit Shared(const ObservatoryStats &stats)
        : byFamily(std::make_shared<const QList<ObservatoryFigures>>(stats.byFamily))
        , bySizeBand(std::make_shared<const QList<ObservatoryFigures>>(stats.bySizeBand))
    {
    }
    std::shared_ptr<const QList<ObservatoryFigures>> byFamily;
    std::shared_ptr<const QList<ObservatoryFigures>> bySizeBand;
};

/// The family chart's two value axes: actors on the left, jobs on the
/// right, each in the colour of its bars, over the families' names.
void attachFamilyAxes(QChart *chart, QBarSeries *actorSeries, QBarSeries *jobSeries, const QStringList &axisLabels,
                      double maxActors, double maxJobs)
{
    const QColor actorColour = actorSeries->barSets().constFirst()->color();
    const QColor jobColour = jobSeries->barSets().at(1)->color();
    auto *x = new QBarCategoryAxis;
    x->append(axisLabels);
    x->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    actorSeries->attachAxis(x);
    jobSeries->attachAxis(x);
    QValueAxis *left = valueAxis(maxActors, ObservatoryCharts::tr("Actors"));
    left->setLabelsColor(actorColour);
    left->setTitleBrush(actorColour);
    chart->addAxis(left, Qt::AlignLeft);
    actorSeries->attachAxis(left);
    QValueAxis *right = valueAxis(maxJobs, ObservatoryCharts::tr("Jobs"));
    right->setLabelsColor(jobColour.darker(130));
    right->setTitleBrush(jobColour.darker(130));
    chart->addAxis(right, Qt::AlignRight);
    jobSeries->attachAxis(right);
}

} // namespace

QList<ObservatoryCharts::Kind> ObservatoryCharts::kinds()
{
    return {Kind::Family, Kind::Sector, Kind::Evolution, Kind::Comparison, Kind::SizeBand, Kind::SocialUtility};
}

QChart *ObservatoryCharts::create(Kind kind, const ObservatoryStats &stats, const Style &style, const DrillDown &drillDown)
{
    QChart *chart = nullptr;
    switch (kind) {
    case Kind::Family: chart = familyChart(stats, drillDown); break;
    case Kind::Sector: chart = sectorChart(stats, drillDown); break;
    case Kind::Evolution: chart = evolutionChart(stats); break;
    case Kind::Comparison: chart = comparisonChart(stats, drillDown); break;
    case Kind::SizeBand: chart = sizeBandChart(stats, drillDown); break;
    case Kind::SocialUtility: chart = socialUtilityChart(stats); break;
    case Kind::Epci: chart = comparisonChart(stats, drillDown); break;
    }
    chart->setObjectName(QStringLiteral("chart_%1").arg(int(kind)));
    chart->setTitle(QStringLiteral("%1 — %2 %3").arg(ObservatoryTableModel::title(kind), stats.territoryLabel).arg(stats.filter.year));
    chart->setAnimationOptions(style.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (style.large) {
        QFont title = chart->titleFont();
        title.setPointSizeF(26);
        title.setBold(true);
        chart->setTitleFont(title);
        QFont legend = chart->legend()->font();
        legend.setPointSizeF(16);
        chart->legend()->setFont(legend);
        for (QAbstractAxis *axis : chart->axes()) {
            QFont f = axis->labelsFont();
            f.setPointSizeF(15);
            axis->setLabelsFont(f);
        }
    }
    return chart;
}

QString ObservatoryCharts::caption(Kind kind, const ObservatoryStats &stats)
{
    switch (kind) {
    case Kind::Comparison: {
        QStringList parts;
        for (const ObservatoryComparison &c : stats.comparisons) {
            if (c.essSharePct && !c.source.isEmpty())
                parts << tr("%1: %2 (%3)").arg(c.label, c.source).arg(c.year);
        }
        return parts.isEmpty() ? tr("No reference figures: add them with “Reference figures…”.") : tr("Sources — %1").arg(parts.join(QStringLiteral(" · ")));
    }
    case Kind::Family:
    case Kind::SizeBand:
        if (stats.totals.estimatedActors > 0)
            return tr("Hatched: estimated from the SIRENE headcount band of %n actor(s) without a declared headcount.", nullptr,
                      stats.totals.estimatedActors);
        return tr("Source: the directory, figures declared for %1.").arg(stats.filter.year);
    case Kind::SocialUtility:
        // A year nobody was assessed in still draws the earlier profile: the
        // caption must not say "0 actors" under it.
        if (stats.socialUtility.assessedActors == 0 && stats.socialUtilityCompared.assessedActors > 0)
            return tr("No actor was assessed in %1: the profile shown is that of %2, average score 0–3 of %n actor(s).", nullptr,
                      stats.socialUtilityCompared.assessedActors)
                .arg(stats.filter.year)
                .arg(stats.socialUtilityCompared.year);
        return tr("Average score 0–3 of %n assessed actor(s).", nullptr, stats.socialUtility.assessedActors);
    default:
        return tr("Source: the directory, figures declared by the actors.");
    }
}

QChart *ObservatoryCharts::familyChart(const ObservatoryStats &stats, const DrillDown &drillDown)
{
    // Actors and jobs differ by two orders of magnitude: each gets its own
    // axis (actors on the left, jobs on the right). Two series share the
    // category axis; each holds the same number of sets, empty where the
    // other series draws, so that the bars stand side by side.
    auto *chart = new QChart;
    QStringList categories;
    QStringList axisLabels;
    auto *actors = new QBarSet(tr("Actors"));
    auto *jobs = new QBarSet(tr("Jobs"));
    auto *estimated = new QBarSet(tr("Jobs estimated (bands)"));
    double maxActors = 0;
    double maxJobs = 0;
    bool anyEstimate = false;
    for (const ObservatoryFigures &f : stats.byFamily) {
        categories << f.label;
        axisLabels << wrapped(f.label);
        *actors << f.actors;
        *jobs << double(f.jobs);
        *estimated << f.jobsEstimated;
        anyEstimate = anyEstimate || f.jobsEstimated > 0;
        maxActors = std::max(maxActors, double(f.actors));
        maxJobs = std::max({maxJobs, double(f.jobs), f.jobsEstimated});
    }
    actors->setColor(QColor(0x2e, 0x86, 0xc1));
    jobs->setColor(QColor(0x27, 0xae, 0x60));
    estimated->setBrush(estimateBrush(QColor(0x27, 0xae, 0x60)));
    estimated->setBorderColor(QColor(0x27, 0xae, 0x60));
    const int setCount = anyEstimate ? 3 : 2;
    const auto blank = [&categories] {
        auto *set = new QBarSet(QString());
        for (int i = 0; i < categories.size(); ++i)
            *set << 0.0;
        return set;
    };
    auto *actorSeries = new QBarSeries;
    actorSeries->setObjectName(QStringLiteral("familySeries"));
    actorSeries->append(actors);
    auto *jobSeries = new QBarSeries;
    jobSeries->setObjectName(QStringLiteral("familyJobsSeries"));
    jobSeries->append(blank());
    jobSeries->append(jobs);
    if (anyEstimate)
        jobSeries->append(estimated);
    else
        delete estimated;
    for (int i = 1; i < setCount; ++i)
        actorSeries->append(blank());
    const Shared shared(stats);
    for (QBarSet *set : {actors, jobs, anyEstimate ? estimated : nullptr}) {
        if (!set)
            continue;
        showOnHover(set, categories, [set](int i) { return number(set->at(i), set->at(i) == std::floor(set->at(i)) ? 0 : 1); });
        if (drillDown) {
            QObject::connect(set, &QBarSet::clicked, set, [rows = shared.byFamily, drillDown](int i) {
                if (i >= 0 && i < rows->size())
                    drillDown(QList<qint32>(rows->at(i).actorIds.begin(), rows->at(i).actorIds.end()), rows->at(i).label);
            });
        }
    }
    chart->addSeries(actorSeries);
    chart->addSeries(jobSeries);
    // The spacer sets have no name: they stay out of the legend.
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->label().isEmpty())
            marker->setVisible(false);
    }
    attachFamilyAxes(chart, actorSeries, jobSeries, axisLabels, maxActors, maxJobs);
    return chart;
}

QChart *ObservatoryCharts::sectorChart(const ObservatoryStats &stats, const DrillDown &drillDown)
{
    auto *chart = new QChart;
    // One set per sector, each with a value at its own row only, so that
    // every bar takes its sector's colour from the directory.
    auto *series = new QHorizontalStackedBarSeries;
    series->setObjectName(QStringLiteral("sectorSeries"));
    QStringList categories;
    // The top of the chart is the last category: list the biggest last.
    QList<ObservatoryFigures> rows = stats.bySector;
    std::reverse(rows.begin(), rows.end());
    double max = 0;
    for (const ObservatoryFigures &f : rows)
        categories << f.label;
    for (int i = 0; i < rows.size(); ++i) {
        const ObservatoryFigures &f = rows.at(i);
        auto *set = new QBarSet(f.label);
        for (int j = 0; j < rows.size(); ++j)
            *set << (j == i ? double(f.jobs) : 0.0);
        set->setColor(f.color.isValid() ? f.color : QColor(Qt::gray));
        max = std::max(max, double(f.jobs));
        QObject::connect(set, &QBarSet::hovered, set, [f](bool status, int) {
            if (status)
                QToolTip::showText(QCursor::pos(), tr("%1: %2 jobs, %n actor(s)", nullptr, f.actors).arg(f.label, number(double(f.jobs))));
            else
                QToolTip::hideText();
        });
        if (drillDown) {
            QObject::connect(set, &QBarSet::clicked, set, [f, drillDown](int) {
                drillDown(QList<qint32>(f.actorIds.begin(), f.actorIds.end()), f.label);
            });
        }
        series->append(set);
    }
    chart->addSeries(series);
    chart->legend()->hide();
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = valueAxis(max, tr("Jobs"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

QChart *ObservatoryCharts::evolutionChart(const ObservatoryStats &stats)
{
    auto *chart = new QChart;
    struct Line {
        QString name;
        std::function<double(const ObservatoryFigures &)> value;
        QColor color;
    };
    const QList<Line> lines = {
        {tr("Actors"), [](const ObservatoryFigures &f) { return double(f.actors); }, QColor(0x2e, 0x86, 0xc1)},
        {tr("Jobs"), [](const ObservatoryFigures &f) { return double(f.jobs); }, QColor(0x27, 0xae, 0x60)},
        {tr("FTE"), [](const ObservatoryFigures &f) { return f.fte; }, QColor(0x8e, 0x44, 0xad)},
        {tr("Volunteers"), [](const ObservatoryFigures &f) { return double(f.volunteers); }, QColor(0xe6, 0x7e, 0x22)},
    };
    double max = 0;
    int first = stats.filter.year, last = stats.filter.year;
    if (!stats.evolution.isEmpty()) {
        first = stats.evolution.first().key.toInt();
        last = stats.evolution.last().key.toInt();
    }
    auto *x = new QValueAxis;
    x->setRange(first, std::max(last, first + 1));
    x->setTickCount(std::max(2, last - first + 1));
    x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    QList<QLineSeries *> all;
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->setPointsVisible(true);
        series->setColor(line.color);
        for (const ObservatoryFigures &f : stats.evolution) {
            const double v = line.value(f);
            series->append(f.key.toInt(), v);
            max = std::max(max, v);
        }
        QObject::connect(series, &QLineSeries::hovered, series, [series](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            // The nearest point of the series, not the cursor's position on the line.
            const QList<QPointF> points = series->points();
            QPointF best;
            double distance = 1e300;
            for (const QPointF &p : points) {
                if (std::abs(p.x() - point.x()) < distance) {
                    distance = std::abs(p.x() - point.x());
                    best = p;
                }
            }
            QToolTip::showText(QCursor::pos(), tr("%1 %2: %3").arg(series->name()).arg(int(best.x())).arg(number(best.y(), best.y() == std::floor(best.y()) ? 0 : 1)));
        });
        chart->addSeries(series);
        series->attachAxis(x);
        all << series;
    }
    QValueAxis *y = valueAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : all)
        series->attachAxis(y);
    return chart;
}

QChart *ObservatoryCharts::comparisonChart(const ObservatoryStats &stats, const DrillDown &drillDown)
{
    auto *chart = new QChart;
    QStringList categories;
    auto *set = new QBarSet(tr("ESS share of salaried employment (%)"));
    set->setColor(QColor(0x16, 0xa0, 0x85));
    double max = 0;
    for (const ObservatoryComparison &c : stats.comparisons) {
        // Long EPCI names wrap on words; the year goes under the name.
        const QString label = wrapped(c.label);
        categories << (c.year ? QStringLiteral("%1<br>(%2)").arg(label).arg(c.year) : label);
        *set << c.essSharePct.value_or(0.0);
        max = std::max(max, c.essSharePct.value_or(0.0));
    }
    const QList<ObservatoryComparison> comparisons = stats.comparisons;
    QObject::connect(set, &QBarSet::hovered, set, [comparisons](bool status, int i) {
        if (!status || i < 0 || i >= comparisons.size()) {
            QToolTip::hideText();
            return;
        }
        const ObservatoryComparison &c = comparisons.at(i);
        QToolTip::showText(QCursor::pos(), c.essSharePct ? tr("%1: %2 % (%3, %4)").arg(c.label, number(*c.essSharePct, 1)).arg(c.year).arg(c.source)
                                                         : tr("%1: no reference figure").arg(c.label));
    });
    if (drillDown) {
        // One copy of the figures for the lambda, not one per click target.
        const auto kept = std::make_shared<const ObservatoryStats>(stats);
        QObject::connect(set, &QBarSet::clicked, set, [kept, drillDown](int i) {
            const ObservatoryStats &stats = *kept;
            if (i < 0 || i >= stats.comparisons.size())
                return;
            const ObservatoryComparison &c = stats.comparisons.at(i);
            if (c.level == ObservatoryComparison::Level::Selection) {
                drillDown(QList<qint32>(stats.totals.actorIds.begin(), stats.totals.actorIds.end()), c.label);
            } else if (c.level == ObservatoryComparison::Level::Epci) {
                for (const ObservatoryFigures &f : stats.byEpci) {
                    if (f.key == c.code)
                        drillDown(QList<qint32>(f.actorIds.begin(), f.actorIds.end()), f.label);
                }
            } else if (c.level == ObservatoryComparison::Level::Territory
                       && stats.filter.territory == ObservatoryFilter::Territory::Whole) {
                drillDown(QList<qint32>(stats.totals.actorIds.begin(), stats.totals.actorIds.end()), c.label);
            }
        });
    }
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("comparisonSeries"));
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1.0, std::ceil(max * 1.15)));
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    y->applyNiceNumbers();
    y->setTitleText(tr("% of salaried jobs"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    labelBars(chart, series, comparisons);
    return chart;
}

void ObservatoryCharts::labelBars(QChart *chart, QBarSeries *series, const QList<ObservatoryComparison> &comparisons)
{
    // Qt Charts writes bar labels with a C printf format ("10.2"): the
    // labels are drawn here instead, in the user's locale ("10,2 %"), one on
    // every bar, even a bar without a figure.
    QList<QGraphicsSimpleTextItem *> labels;
    for (const ObservatoryComparison &c : comparisons) {
        auto *label = new QGraphicsSimpleTextItem(c.essSharePct ? tr("%1 %").arg(number(*c.essSharePct, 1)) : tr("n/a"), chart);
        label->setData(0, QStringLiteral("barLabel"));
        label->setZValue(10);
        labels << label;
    }
    auto place = [chart, series, labels, comparisons] {
        for (int i = 0; i < labels.size(); ++i) {
            QGraphicsSimpleTextItem *label = labels.at(i);
            label->setFont(chart->axes(Qt::Horizontal).isEmpty() ? chart->font() : chart->axes(Qt::Horizontal).first()->labelsFont());
            const QPointF top = chart->mapToPosition(QPointF(i, comparisons.at(i).essSharePct.value_or(0.0)), series);
            const QRectF box = label->boundingRect();
            label->setPos(top.x() - box.width() / 2, top.y() - box.height() - 2);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

QStringList ObservatoryCharts::barLabels(const QChart *chart)
{
    QStringList out;
    for (QGraphicsItem *item : chart->childItems()) {
        if (item->data(0).toString() == QLatin1String("barLabel"))
            out << static_cast<QGraphicsSimpleTextItem *>(item)->text();
    }
    return out;
}

QChart *ObservatoryCharts::sizeBandChart(const ObservatoryStats &stats, const DrillDown &drillDown)
{
    auto *chart = new QChart;
    QStringList categories;
    auto *declared = new QBarSet(tr("Declared headcount"));
    auto *estimated = new QBarSet(tr("SIRENE band (estimate)"));
    declared->setColor(QColor(0x2e, 0x86, 0xc1));
    estimated->setBrush(estimateBrush(QColor(0x2e, 0x86, 0xc1)));
    estimated->setBorderColor(QColor(0x2e, 0x86, 0xc1));
    double max = 0;
    for (const ObservatoryFigures &f : stats.bySizeBand) {
        categories << f.label;
        *declared << double(f.actors - f.estimatedActors);
        *estimated << double(f.estimatedActors);
        max = std::max(max, double(f.actors));
    }
    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("sizeBandSeries"));
    series->append(declared);
    series->append(estimated);
    const Shared shared(stats);
    for (QBarSet *set : series->barSets()) {
        showOnHover(set, categories, [set](int i) { return tr("%n actor(s)", nullptr, int(set->at(i))); });
        if (drillDown) {
            QObject::connect(set, &QBarSet::clicked, set, [rows = shared.bySizeBand, drillDown](int i) {
                if (i >= 0 && i < rows->size())
                    drillDown(QList<qint32>(rows->at(i).actorIds.begin(), rows->at(i).actorIds.end()),
                              tr("employers of %1").arg(rows->at(i).label));
            });
        }
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Employees"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = valueAxis(max, tr("Employer actors"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart *ObservatoryCharts::socialUtilityChart(const ObservatoryStats &stats)
{
    auto *chart = new QPolarChart;
    const QStringList criteria = SocialUtilityGrid::allCriteria();
    auto *angular = new QCategoryAxis;
    angular->setRange(0, criteria.size());
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < criteria.size(); ++i)
        angular->append(SocialUtilityGrid::criterionLabel(criteria.at(i)), i);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto *radial = new QValueAxis;
    radial->setRange(0, SocialUtilityGrid::MaxScore);
    radial->setTickCount(SocialUtilityGrid::MaxScore + 1);
    radial->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    auto addProfile = [&](const SocialUtilityProfile &profile, const QColor &color) {
        if (profile.averages.isEmpty())
            return;
        auto *series = new QLineSeries;
        series->setName(tr("%1 (%n actor(s))", nullptr, profile.assessedActors).arg(profile.year));
        series->setColor(color);
        series->setPointsVisible(true);
        // A criterion nobody was scored on sits at the centre (the table says n/a).
        for (int i = 0; i < profile.averages.size(); ++i)
            series->append(i, std::max(0.0, profile.averages.at(i).second));
        series->append(criteria.size(), std::max(0.0, profile.averages.first().second)); // close the shape
        QObject::connect(series, &QLineSeries::hovered, series, [series, criteria](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const int i = int(std::lround(point.x())) % int(criteria.size());
            QToolTip::showText(QCursor::pos(), tr("%1 — %2: %3").arg(series->name(), SocialUtilityGrid::criterionLabel(criteria.at(i)),
                                                                               number(series->at(i).y(), 1)));
        });
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
    };
    addProfile(stats.socialUtilityCompared, QColor(0x95, 0xa5, 0xa6));
    addProfile(stats.socialUtility, QColor(0xc0, 0x39, 0x2b));
    return chart;
}
