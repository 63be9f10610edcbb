#include "accompanimentreportdocument.h"

#include "accompanimentcharts.h"
#include "chartfigure.h"
#include "models/domain/projectvocabulary.h"
#include "vectorfigures.h"

#include <QLocale>
#include <QPaintDevice>
#include <QTextDocument>

#include <algorithm>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString money(qint64 cents)
{
    return esc(QLocale().toCurrencyString(double(cents) / 100.0));
}

QString heading(const QString &text, const QString &colour)
{
    return QStringLiteral("<h2 style=\"color:%1\">%2</h2>").arg(colour, esc(text));
}


// A section's heading with its chart under it, drawn as vector graphics at
// print time: the heading is drawn by the figure (AccompanimentReportDocument::
// sectionHeading()), so that a page never ends between them.
QString headedChart(const QString &heading, AccompanimentCharts::Kind kind, const AccompanimentReportData &data)
{
    if (!AccompanimentCharts::kinds(data).contains(kind))
        return heading;
    return QStringLiteral("<p><img src=\"%1\" width=\"660\" height=\"%2\"></p>")
        .arg(VectorFigures::source(AccompanimentCharts::figureName(kind)))
        .arg(AccompanimentCharts::height(kind, data) + 48);
}

const char tableStart[] = "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">";

} // namespace

AccompanimentReportDocument::AccompanimentReportDocument(const AccompanimentReportData &data, const PrintStyle &style)
    : FlowDocument(tr("Accompaniment report"), QStringLiteral("accompaniment"), html(data, style), style, true)
    , m_data(data)
{
}

AccompanimentReportDocument::~AccompanimentReportDocument() = default;

void AccompanimentReportDocument::prepare(QTextDocument *document, QPaintDevice *device)
{
    m_figures = std::make_unique<VectorFigures>();
    const double pt = device->logicalDpiY() / 72.0;
    for (const AccompanimentCharts::Kind kind : AccompanimentCharts::kinds(m_data)) {
        m_figures->add(AccompanimentCharts::figureName(kind), [this, kind, pt](QPainter *painter, const QRectF &rect) {
            ChartFigure::paint(painter, rect, AccompanimentCharts::create(kind, m_data), AccompanimentCharts::title(kind, m_data), QString(), pt,
                               sectionHeading(kind), style().identity().primary);
        });
    }
    m_figures->install(document);
}

QString AccompanimentReportDocument::html(const AccompanimentReportData &data, const PrintStyle &style)
{
    const QString primary = style.identity().primary.name();
    const QLocale locale;
    const AccompanimentFigures &f = data.figures;
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<p style=\"font-size:18pt;font-weight:bold;color:%1\">%2</p>").arg(primary, esc(tr("Accompaniment of project holders")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Report from %1 to %2").arg(PrintStyle::longDate(data.from), PrintStyle::longDate(data.to))));
    h += QStringLiteral("<p><b>%1</b></p>")
             .arg(esc(tr("%n project(s) accompanied", nullptr, f.projects) + QStringLiteral(", ") + tr("%n founded", nullptr, f.founded)
                      + QStringLiteral(", ") + tr("%n job(s) expected", nullptr, f.jobsExpected) + QStringLiteral(", ")
                      + tr("%n job(s) created", nullptr, f.jobsCreated) + QStringLiteral(", ")
                      + tr("%1 granted.").arg(locale.toCurrencyString(double(f.fundingGrantedCents) / 100.0))));
    h += stagesSection(data, primary);
    if (!data.bySector.isEmpty())
        h += headedChart(heading(sectionHeading(AccompanimentCharts::Kind::Sectors), primary), AccompanimentCharts::Kind::Sectors, data)
            + breakdownTable(data.bySector);
    if (!data.byEpci.isEmpty())
        h += heading(tr("By EPCI"), primary) + breakdownTable(data.byEpci);
    h += fundingSection(data, primary);
    h += journalSection(data, primary);
    h += QStringLiteral("</body></html>");
    return h;
}

QString AccompanimentReportDocument::stagesSection(const AccompanimentReportData &data, const QString &colour)
{
    QString h = headedChart(heading(sectionHeading(AccompanimentCharts::Kind::Stages), colour), AccompanimentCharts::Kind::Stages, data);
    h += QString::fromLatin1(tableStart);
    h += QStringLiteral("<thead><tr><th align=\"left\" width=\"50%\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th></tr></thead>")
             .arg(esc(tr("Stage")), esc(tr("On %1").arg(QLocale().toString(data.to, QLocale::ShortFormat))), esc(tr("Entered in the period")));
    for (const auto stage : ProjectVocabulary::stages())
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                 .arg(esc(ProjectVocabulary::stageLabel(stage)), QLocale().toString(data.atEnd.value(stage)),
                      QLocale().toString(data.entered.value(stage)));
    return h + QStringLiteral("</table>");
}

QString AccompanimentReportDocument::breakdownTable(const QList<AccompanimentReportData::Breakdown> &rows)
{
    const QLocale locale;
    QString h = QString::fromLatin1(tableStart);
    h += QStringLiteral("<thead><tr><th align=\"left\"></th><th align=\"right\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th></tr></thead>")
             .arg(esc(tr("Projects")), esc(tr("Jobs expected")), esc(tr("Jobs created")));
    for (const auto &row : rows)
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                 .arg(esc(row.label), locale.toString(row.projects), locale.toString(row.jobsExpected), locale.toString(row.jobsCreated));
    return h + QStringLiteral("</table>");
}

QString AccompanimentReportDocument::sectionHeading(AccompanimentCharts::Kind kind)
{
    switch (kind) {
    case AccompanimentCharts::Kind::Stages: return tr("Projects by stage");
    case AccompanimentCharts::Kind::Sectors: return tr("By sector");
    case AccompanimentCharts::Kind::Funding: return tr("Funding asked and granted");
    }
    return {};
}

QString AccompanimentReportDocument::fundingSection(const AccompanimentReportData &data, const QString &colour)
{
    if (data.funders.isEmpty())
        return heading(sectionHeading(AccompanimentCharts::Kind::Funding), colour) + QStringLiteral("<p>%1</p>").arg(esc(tr("No funding request in the period.")));
    qint64 asked = 0;
    qint64 granted = 0;
    QString h = headedChart(heading(sectionHeading(AccompanimentCharts::Kind::Funding), colour), AccompanimentCharts::Kind::Funding, data);
    h += QString::fromLatin1(tableStart);
    h += QStringLiteral("<thead><tr><th align=\"left\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th><th align=\"right\">%4</th></tr></thead>")
             .arg(esc(tr("Funder")), esc(tr("Requests")), esc(tr("Asked")), esc(tr("Granted")));
    for (const auto &funder : data.funders) {
        asked += funder.askedCents;
        granted += funder.grantedCents;
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                 .arg(esc(funder.name), QLocale().toString(funder.requests), money(funder.askedCents), money(funder.grantedCents));
    }
    h += QStringLiteral("<tr><td><b>%1</b></td><td></td><td align=\"right\"><b>%2</b></td><td align=\"right\"><b>%3</b></td></tr></table>")
             .arg(esc(tr("Total")), money(asked), money(granted));
    if (!data.calls.isEmpty()) {
        h += heading(tr("Calls for projects answered"), colour) + QString::fromLatin1(tableStart);
        for (const auto &call : data.calls)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                     .arg(esc(call.title), esc(call.funder), esc(tr("%n request(s)", nullptr, call.requests)), money(call.grantedCents));
        h += QStringLiteral("</table>");
    }
    return h;
}

QString AccompanimentReportDocument::journalSection(const AccompanimentReportData &data, const QString &colour)
{
    if (data.journal.isEmpty())
        return {};
    QString h = heading(tr("Journal of the period"), colour);
    const int left = data.journalTotal - int(data.journal.size());
    if (left > 0)
        h += QStringLiteral("<p><i>%1</i></p>")
                 .arg(esc(tr("The latest %n entries of the period; the %1 earlier ones are in the journals of the project sheets.", nullptr,
                             int(data.journal.size()))
                              .arg(QLocale().toString(left))));
    for (const auto &line : data.journal) {
        QString text = esc(line.notes);
        if (!line.nextStep.isEmpty())
            text += QStringLiteral("<br><i>%1</i>").arg(esc(tr("Next step: %1").arg(line.nextStep)));
        h += QStringLiteral("<p><b>%1</b> — %2 (%3)<br>%4</p>")
                 .arg(esc(QLocale().toString(line.date, QLocale::ShortFormat)), esc(line.project),
                      esc(ProjectVocabulary::interactionKindLabel(line.kind)), text);
    }
    return h;
}
