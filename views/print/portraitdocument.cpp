#include "portraitdocument.h"

#include "letterbuilder.h"
#include "models/domain/essfamily.h"
#include "models/itemmodels/observatorytablemodel.h"
#include "observatoryfigure.h"
#include "vectorfigures.h"

#include <QLocale>
#include <QPaintDevice>
#include <QTextDocument>
#include <QUrl>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString figureName(ObservatoryCharts::Kind kind)
{
    return QStringLiteral("chart%1").arg(int(kind));
}
} // namespace

PortraitDocument::PortraitDocument(const ObservatoryStats &stats, const PrintStyle &style, const QDate &edited)
    : FlowDocument(title(stats), QStringLiteral("portrait"), html(stats, style, edited), style, false)
    , m_stats(stats)
{
}

PortraitDocument::~PortraitDocument() = default;

QString PortraitDocument::title(const ObservatoryStats &stats)
{
    return tr("Portrait of the territory: %1, %2").arg(stats.territoryLabel).arg(stats.filter.year);
}

QString PortraitDocument::html(const ObservatoryStats &stats, const PrintStyle &style, const QDate &edited)
{
    QString h = QStringLiteral("<html><head><style>h2{color:%1;font-size:14pt;margin-top:14px}"
                               "th{background-color:%1;color:#ffffff;font-weight:bold}td{vertical-align:top}"
                               ".note{color:#555;font-size:8pt}</style></head><body>")
                    .arg(style.identity().primary.name());
    h += masthead(stats, style, edited);
    h += filterLine(stats);
    h += keyFigures(stats, style);
    h += chartsAndTables(stats);
    h += mobilisationSection(stats);
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Method note")));
    h += methodNote(stats, style);
    h += QStringLiteral("</body></html>");
    return h;
}

QString PortraitDocument::masthead(const ObservatoryStats &stats, const PrintStyle &style, const QDate &edited)
{
    // The council's colour band with the logo, the territory and the year.
    QString logoCell;
    const QImage logo = LetterBuilder::logoImage(style.identity(), 120);
    if (!logo.isNull()) {
        const int width = 60 * logo.width() / std::max(1, logo.height());
        logoCell = QStringLiteral("<td width=\"%1\" bgcolor=\"#ffffff\"><img src=\"essaim:logo\" height=\"60\" width=\"%2\"></td>").arg(width + 24).arg(width);
    }
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\" bgcolor=\"%1\"><tr>%2<td>"
                               "<span style=\"color:#ffffff;font-size:24pt;font-weight:bold\">%3</span><br>"
                               "<span style=\"color:#ffffff;font-size:14pt\">%4</span><br>"
                               "<span style=\"color:#ffffff;font-size:10pt\">%5</span></td></tr></table>")
                    .arg(style.identity().primary.name(), logoCell, esc(tr("Portrait of the territory")),
                         esc(tr("%1 in %2").arg(stats.territoryLabel).arg(stats.filter.year)),
                         esc(tr("Observatory of the social and solidarity economy · %1 · edited on %2").arg(style.councilName(), PrintStyle::longDate(edited))));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" bgcolor=\"%1\"><tr><td></td></tr></table>")
             .arg(style.identity().secondary.name());
    return h;
}

QString PortraitDocument::filterLine(const ObservatoryStats &stats)
{
    QStringList filters;
    if (!stats.filter.family.isEmpty())
        filters << tr("family: %1").arg(EssFamily::label(stats.filter.family));
    if (stats.filter.sectorId != 0) {
        // bySector holds the top-level sectors: a sub-sector is not named there.
        const auto named = std::find_if(stats.bySector.cbegin(), stats.bySector.cend(),
                                        [&stats](const ObservatoryFigures &s) { return s.key == QString::number(stats.filter.sectorId); });
        filters << (named != stats.bySector.cend() ? tr("sector: %1").arg(named->label) : tr("one sector"));
    }
    if (filters.isEmpty())
        return QString();
    return QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Only the actors of the %1.").arg(filters.join(QStringLiteral(", ")))));
}

QString PortraitDocument::keyFigures(const ObservatoryStats &stats, const PrintStyle &style)
{
    // Big numbers under their labels, four to a row.
    const QLocale locale;
    const ObservatoryFigures &t = stats.totals;
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Key figures")));
    const QList<QPair<QString, QString>> keys = {
        {tr("Actors"), locale.toString(t.actors)},
        {tr("Employer actors"), locale.toString(t.employerActors)},
        {tr("Jobs"), locale.toString(t.jobs)},
        {tr("FTE"), locale.toString(t.fte, 'f', 1)},
        {tr("Volunteers"), locale.toString(t.volunteers)},
        {tr("Members"), locale.toString(t.members)},
        {tr("Share of salaried employment"), t.essSharePct ? tr("%1 %").arg(locale.toString(*t.essSharePct, 'f', 1)) : tr("n/a")},
    };
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"4\" cellpadding=\"6\">");
    for (int i = 0; i < keys.size(); ++i) {
        if (i % 4 == 0)
            h += QStringLiteral("<tr>");
        h += QStringLiteral("<td width=\"25%\" bgcolor=\"#f2f2f2\"><span style=\"font-size:18pt;font-weight:bold;color:%1\">%2</span><br>%3</td>")
                 .arg(style.identity().primary.name(), esc(keys.at(i).second), esc(keys.at(i).first));
        if (i % 4 == 3 || i == keys.size() - 1)
            h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    if (stats.totalEmployment)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Share: %1 declared jobs out of %2 salaried jobs (%3, %4).")
                              .arg(locale.toString(t.jobs), locale.toString(*stats.totalEmployment))
                              .arg(stats.referenceYear)
                              .arg(stats.referenceSource)));
    if (t.estimatedActors > 0)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Estimate, not included above: about %1 more jobs from the SIRENE headcount bands of %n actor(s) "
                             "that declared no headcount for %2.", nullptr, t.estimatedActors)
                              .arg(locale.toString(t.jobsEstimated, 'f', 0))
                              .arg(stats.filter.year)));
    return h;
}

QString PortraitDocument::chartsAndTables(const ObservatoryStats &stats)
{
    // The charts of the tab, two to a page, each with its title and sources.
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Charts")));
    for (ObservatoryCharts::Kind kind : ObservatoryCharts::kinds())
        h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"660\" height=\"%2\"></p>")
                 .arg(VectorFigures::source(figureName(kind)))
                 .arg(kind == ObservatoryCharts::Kind::Family || kind == ObservatoryCharts::Kind::Sector ? 400 : 360);

    // The same numbers as tables, for those who read figures rather than bars.
    h += QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>").arg(esc(tr("Tables")));
    for (ObservatoryCharts::Kind kind : {ObservatoryCharts::Kind::Family, ObservatoryCharts::Kind::Sector, ObservatoryCharts::Kind::Epci,
                                         ObservatoryCharts::Kind::Evolution, ObservatoryCharts::Kind::Comparison}) {
        ObservatoryTableModel model(kind);
        model.setStats(stats);
        h += QStringLiteral("<h3>%1</h3>").arg(esc(ObservatoryTableModel::title(kind)));
        h += model.rowCount() > 0 ? tableHtml(model) : QStringLiteral("<p>%1</p>").arg(esc(tr("No figure.")));
    }
    return h;
}

QString PortraitDocument::mobilisationSection(const ObservatoryStats &stats)
{
    // What the agenda adds: the events of the year and who came.
    const QLocale locale;
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Mobilisation of the actors in %1").arg(stats.filter.year)));
    // The agenda is the council's, not a commune's: said, so that 88 actors
    // reached beside a commune of 19 actors is not read as that commune's.
    if (stats.filter.territory != ObservatoryFilter::Territory::Whole)
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("The council's events for its whole territory, whatever part of it this portrait is about.")));
    if (stats.mobilisation.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("No registration was recorded in the agenda for %1.").arg(stats.filter.year)));
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse;border-color:#bbbbbb\">"
                        "<thead><tr><th align=\"left\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th><th align=\"right\">%4</th>"
                        "<th align=\"right\">%5</th></tr></thead>")
             .arg(esc(tr("Event type")), esc(tr("Dates")), esc(tr("Registered")), esc(tr("Participants")), esc(tr("Actors reached")));
    for (const AttendanceFigure &f : stats.mobilisation) {
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                 .arg(esc(f.typeName), locale.toString(f.occurrences), locale.toString(f.registered), locale.toString(f.participants),
                      locale.toString(f.actorsReached));
    }
    return h + QStringLiteral("</table>");
}

QString PortraitDocument::tableHtml(const ObservatoryTableModel &model)
{
    // A column with no figure in any row (a share without reference, an
    // estimate nobody needed) is left out: the page is narrow.
    QList<int> columns;
    for (int c = 0; c < model.columnCount(); ++c) {
        bool any = c == 0;
        for (int r = 0; r < model.rowCount() && !any; ++r) {
            const QVariant v = model.data(model.index(r, c), ObservatoryTableModel::RawRole);
            any = v.isValid() && !v.isNull() && (v.typeId() == QMetaType::QString ? !v.toString().isEmpty() : v.toDouble() != 0);
        }
        if (any)
            columns << c;
    }
    auto align = [&model](int column) {
        const int a = model.data(model.index(0, column), Qt::TextAlignmentRole).toInt();
        return (a & Qt::AlignRight) ? QStringLiteral("right") : QStringLiteral("left");
    };
    // Padding enough that two narrow columns of figures side by side do not
    // read as one number ("3" and "633,6" as "3 633,6").
    QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                               "style=\"border-collapse:collapse;border-color:#bbbbbb;font-size:7.5pt\"><thead><tr>");
    // The label takes a quarter of the width, the figures share the rest.
    const int others = std::max<int>(1, int(columns.size()) - 1);
    auto width = [others, &model](int column) {
        // Comparisons: territory, share, year, then the source's long text.
        if (model.kind() == ObservatoryTableModel::Kind::Comparison)
            return QList<int>{26, 14, 8, 52}.value(column, 10);
        return column == 0 ? 24 : 76 / others;
    };
    for (int c : std::as_const(columns))
        h += QStringLiteral("<th align=\"%1\" width=\"%3%\">%2</th>").arg(align(c), esc(model.headerData(c, Qt::Horizontal).toString())).arg(width(c));
    h += QStringLiteral("</tr></thead>");
    for (int r = 0; r < model.rowCount(); ++r) {
        h += r % 2 ? QStringLiteral("<tr bgcolor=\"#f5f5f5\">") : QStringLiteral("<tr>");
        for (int c : std::as_const(columns))
            h += QStringLiteral("<td align=\"%1\" width=\"%3%\">%2</td>").arg(align(c), esc(model.data(model.index(r, c)).toString())).arg(width(c));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString PortraitDocument::methodNote(const ObservatoryStats &stats, const PrintStyle &style)
{
    const int year = stats.filter.year;
    QStringList items;
    items << tr("Actors: the directory of %1. An actor counts in %2 if it was created in %2 or before and was not archived before %2; "
                "only actors of the reference communes count.")
                 .arg(style.councilName())
                 .arg(year);
    items << tr("Families: the ESS family follows the actor's INSEE legal category, within the ESS perimeter of the law of 31 July 2014. "
                "Partners outside the ESS are not counted.");
    items << tr("Jobs, FTE, volunteers and members: the figures the actors declared for %1 in the directory.").arg(year);
    items << tr("Estimates: for an actor that declared no headcount for %1, the middle of its SIRENE headcount band (INSEE) gives an estimate, "
                "shown apart and never added to the declared jobs.")
                 .arg(year);
    if (stats.totalEmployment)
        items << tr("Share of salaried employment: the declared jobs divided by the salaried employment of %1, %2, %3.")
                     .arg(stats.territoryLabel, stats.referenceSource)
                     .arg(stats.referenceYear);
    else
        items << tr("Share of salaried employment: not computed, the reference figures hold no salaried employment for %1.").arg(stats.territoryLabel);
    for (const ObservatoryComparison &c : stats.comparisons) {
        if (c.level == ObservatoryComparison::Level::Selection)
            continue;
        if (c.essSharePct)
            items << tr("Comparison, %1: %2 (%3)%4.")
                         .arg(c.label, c.source.isEmpty() ? tr("source not given") : c.source)
                         .arg(c.year)
                         .arg(c.computed ? tr(", computed from the directory") : QString());
        else
            items << tr("Comparison, %1: no reference figure.").arg(c.label);
    }
    if (!stats.evolution.isEmpty())
        items << tr("Evolution: the same rules applied to each year from %1 to %2.").arg(stats.evolution.first().key, stats.evolution.last().key);
    if (stats.socialUtility.assessedActors > 0)
        items << tr("Social utility: the average score 0–3 of the %n actor(s) assessed with the council's grid in %1.", nullptr,
                    stats.socialUtility.assessedActors)
                     .arg(stats.socialUtility.year);
    else
        items << tr("Social utility: no actor of the selection was assessed in %1.").arg(year);
    items << tr("Mobilisation: registrations and attendance recorded in the council's agenda for the events of %1.").arg(year);
    for (const ObservatoryWarning &w : stats.warnings) {
        const int more = int(w.actorIds.size()) - int(w.actorNames.size());
        QString actors = w.actorNames.join(QStringLiteral(", "));
        if (more > 0)
            actors += tr(" and %n more", nullptr, more);
        items << (actors.isEmpty() ? tr("Doubtful figure: %1").arg(w.reason) : tr("Doubtful figure: %1 Actors to check: %2.").arg(w.reason, actors));
    }
    QString h = QStringLiteral("<ul class=\"note\">");
    for (const QString &item : std::as_const(items))
        h += QStringLiteral("<li>%1</li>").arg(esc(item));
    return h + QStringLiteral("</ul>");
}

void PortraitDocument::prepare(QTextDocument *document, QPaintDevice *device)
{
    const QImage logo = LetterBuilder::logoImage(style().identity(), 240);
    if (!logo.isNull())
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("essaim:logo")), logo);
    m_figures = std::make_unique<VectorFigures>();
    const double pt = device->logicalDpiY() / 72.0;
    for (ObservatoryCharts::Kind kind : ObservatoryCharts::kinds()) {
        m_figures->add(figureName(kind), [this, kind, pt](QPainter *painter, const QRectF &rect) {
            ObservatoryFigure::paint(painter, rect, kind, m_stats, pt);
        });
    }
    m_figures->install(document);
}
