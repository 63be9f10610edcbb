#include "accompanimentreportdocument.h"

#include "projectvocabulary.h"

#include <QLocale>

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

// A horizontal bar as a two-cell table: it prints as a filled rectangle.
QString bar(int value, int max, const QString &colour)
{
    const int width = max > 0 ? std::clamp(value * 100 / max, 0, 100) : 0;
    QString cells;
    if (width > 0)
        cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(width).arg(colour);
    if (width < 100)
        cells += QStringLiteral("<td width=\"%1%\">&nbsp;</td>").arg(100 - width);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1</tr></table>").arg(cells);
}

QString heading(const QString &text, const QString &colour)
{
    return QStringLiteral("<h2 style=\"color:%1\">%2</h2>").arg(colour, esc(text));
}

const char tableStart[] = "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">";

} // namespace

AccompanimentReportDocument::AccompanimentReportDocument(const AccompanimentReportData &data, const PrintStyle &style)
    : FlowDocument(tr("Accompaniment report"), QStringLiteral("accompaniment"), html(data, style), style, true)
{
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
    h += breakdownSection(tr("By sector"), data.bySector, primary);
    h += breakdownSection(tr("By EPCI"), data.byEpci, primary);
    h += fundingSection(data, primary);
    h += journalSection(data, primary);
    h += QStringLiteral("</body></html>");
    return h;
}

QString AccompanimentReportDocument::stagesSection(const AccompanimentReportData &data, const QString &colour)
{
    int max = 1;
    for (const auto stage : ProjectVocabulary::stages())
        max = std::max({max, data.atEnd.value(stage), data.entered.value(stage)});
    QString h = heading(tr("Projects by stage"), colour);
    h += QString::fromLatin1(tableStart);
    h += QStringLiteral("<thead><tr><th align=\"left\" width=\"24%\">%1</th><th align=\"right\">%2</th><th width=\"26%\"></th>"
                        "<th align=\"right\">%3</th><th width=\"26%\"></th></tr></thead>")
             .arg(esc(tr("Stage")), esc(tr("On %1").arg(QLocale().toString(data.to, QLocale::ShortFormat))), esc(tr("Entered in the period")));
    for (const auto stage : ProjectVocabulary::stages()) {
        const int now = data.atEnd.value(stage);
        const int moves = data.entered.value(stage);
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td align=\"right\">%4</td><td>%5</td></tr>")
                 .arg(esc(ProjectVocabulary::stageLabel(stage)), QLocale().toString(now), bar(now, max, colour), QLocale().toString(moves),
                      bar(moves, max, QStringLiteral("#7f8c8d")));
    }
    return h + QStringLiteral("</table>");
}

QString AccompanimentReportDocument::breakdownSection(const QString &title, const QList<AccompanimentReportData::Breakdown> &rows,
                                                      const QString &colour)
{
    if (rows.isEmpty())
        return {};
    const QLocale locale;
    QString h = heading(title, colour) + QString::fromLatin1(tableStart);
    h += QStringLiteral("<thead><tr><th align=\"left\"></th><th align=\"right\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th></tr></thead>")
             .arg(esc(tr("Projects")), esc(tr("Jobs expected")), esc(tr("Jobs created")));
    for (const auto &row : rows)
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                 .arg(esc(row.label), locale.toString(row.projects), locale.toString(row.jobsExpected), locale.toString(row.jobsCreated));
    return h + QStringLiteral("</table>");
}

QString AccompanimentReportDocument::fundingSection(const AccompanimentReportData &data, const QString &colour)
{
    QString h = heading(tr("Funding asked and granted"), colour);
    if (data.funders.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("No funding request in the period.")));
    qint64 asked = 0;
    qint64 granted = 0;
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
