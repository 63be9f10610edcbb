#include "planreportdocument.h"

#include "models/domain/unitnoun.h"

#include <QLocale>

PlanReportDocument::PlanReportDocument(const PlanReportData &data, const PrintStyle &style)
    : FlowDocument(tr("Progress report: %1").arg(data.planName), QStringLiteral("plan"), html(data, style), style, true)
{
}

QString PlanReportDocument::html(const PlanReportData &data, const PrintStyle &style)
{
    const QString primary = style.identity().primary.name();
    const QLocale locale;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<p style=\"font-size:18pt;font-weight:bold;color:%1\">%2</p>").arg(primary, esc(data.planName));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Progress report from %1 to %2").arg(PrintStyle::longDate(data.from), PrintStyle::longDate(data.to))));
    int late = 0;
    int done = 0;
    for (const PlanProgressRow &row : data.actions) {
        late += row.late ? 1 : 0;
        done += row.progress >= 100 ? 1 : 0;
    }
    h += QStringLiteral("<p><b>%1</b></p>")
             .arg(esc(tr("%n action(s), ", nullptr, int(data.actions.size())) + tr("%n complete, ", nullptr, done) + tr("%n late.", nullptr, late)));
    h += QStringLiteral("<h2 style=\"color:%1\">%2</h2>").arg(primary, esc(tr("Actions")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    QString objective;
    for (const PlanProgressRow &row : data.actions) {
        if (row.objective != objective) {
            objective = row.objective;
            h += QStringLiteral("<tr><td colspan=\"4\" style=\"font-weight:bold;color:%1\">%2</td></tr>").arg(primary, esc(objective));
        }
        const int p = std::clamp(row.progress, 0, 100);
        const QString colour = row.late ? QStringLiteral("#b00020") : primary;
        // A progress bar as a two-cell table: prints as filled rectangles.
        const QString bar = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"border:1px solid #999\"><tr>"
                                           "%1%2</tr></table>")
                                .arg(p > 0 ? QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(p).arg(colour) : QString(),
                                     p < 100 ? QStringLiteral("<td width=\"%1%\">&nbsp;</td>").arg(100 - p) : QString());
        const QString status = row.late ? QStringLiteral("<span style=\"color:#b00020;font-weight:bold\">%1</span>").arg(esc(row.status)) : esc(row.status);
        h += QStringLiteral("<tr><td width=\"50%\">%1</td><td width=\"16%\">%2</td><td width=\"24%\">%3</td><td width=\"10%\" align=\"right\">%4</td></tr>")
                 .arg(esc(row.action), status, bar, esc(locale.toString(p) + QStringLiteral("\u00a0%")));
    }
    h += QStringLiteral("</table>");
    if (!data.indicators.isEmpty()) {
        h += QStringLiteral("<h2 style=\"color:%1\">%2</h2>").arg(primary, esc(tr("Indicators")));
        h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
                            "<thead><tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"right\">%3</th><th align=\"right\">%4</th></tr></thead>")
                 .arg(esc(tr("Action")), esc(tr("Indicator")), esc(tr("Target")), esc(tr("Achieved")));
        auto value = [&locale, &esc](const std::optional<double> &v, const QString &unit) {
            if (!v)
                return QStringLiteral("—");
            return esc(UnitNoun::withValue(locale.toString(*v), *v, unit));
        };
        for (const auto &i : data.indicators) {
            // Below its target once the period is over: the committee's question.
            const bool belowTarget = i.target && i.achieved && *i.achieved < *i.target;
            h += QStringLiteral("<tr><td>%1</td><td>%2 <i>(%3)</i></td><td align=\"right\">%4</td><td align=\"right\"%6>%5</td></tr>")
                     .arg(esc(i.action), esc(i.name), esc(i.kind), value(i.target, i.unit), value(i.achieved, i.unit),
                          belowTarget ? QStringLiteral(" style=\"color:#b00020\"") : QString());
        }
        h += QStringLiteral("</table>");
    }
    if (!data.journal.isEmpty()) {
        h += QStringLiteral("<h2 style=\"color:%1\">%2</h2>").arg(primary, esc(tr("Journal of updates")));
        for (const auto &j : data.journal) {
            h += QStringLiteral("<p><b>%1</b> — %2<br>%3</p>")
                     .arg(esc(locale.toString(j.date, QLocale::ShortFormat)), esc(j.action), esc(j.text));
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}
