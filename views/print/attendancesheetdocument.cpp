#include "attendancesheetdocument.h"

AttendanceSheetDocument::AttendanceSheetDocument(const AttendanceSheetData &data, const PrintStyle &style)
    : FlowDocument(tr("Attendance sheet"), QStringLiteral("attendance"), html(data, style), style, true)
    // The date first: a long title is cut at its end, the date is never lost.
    , m_runningTitle(tr("Attendance sheet — %1 — %2").arg(when(data), data.eventTitle))
{
}

QString AttendanceSheetDocument::when(const AttendanceSheetData &data)
{
    QString text = PrintStyle::longDate(data.start.date());
    if (!data.allDay)
        text += QStringLiteral(", ") + PrintStyle::timeOfDay(data.start.time());
    return text;
}

QString AttendanceSheetDocument::html(const AttendanceSheetData &data, const PrintStyle &style)
{
    const QString primary = style.identity().primary.name();
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<p style=\"font-size:18pt;font-weight:bold;color:%1\">%2</p>").arg(primary, tr("Attendance sheet").toHtmlEscaped());
    h += QStringLiteral("<p style=\"font-size:13pt;font-weight:bold\">%1</p>").arg(data.eventTitle.toHtmlEscaped());
    h += QStringLiteral("<p>%1").arg(when(data).toHtmlEscaped());
    if (!data.place.isEmpty())
        h += QStringLiteral("<br>") + data.place.toHtmlEscaped();
    h += QStringLiteral("</p>");
    // Rows tall enough to sign in; the header row repeats on every page.
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"9\" style=\"border-collapse:collapse;border-color:#888\">"
                        "<thead><tr bgcolor=\"%1\"><th width=\"35%\" align=\"left\"><span style=\"color:#ffffff\">%2</span></th>"
                        "<th width=\"35%\" align=\"left\"><span style=\"color:#ffffff\">%3</span></th>"
                        "<th width=\"30%\" align=\"left\"><span style=\"color:#ffffff\">%4</span></th></tr></thead>")
             .arg(primary, tr("Name").toHtmlEscaped(), tr("Structure").toHtmlEscaped(), tr("Signature").toHtmlEscaped());
    for (const auto &p : data.registered)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>&nbsp;</td></tr>").arg(p.name.toHtmlEscaped(), p.structure.toHtmlEscaped());
    for (int i = 0; i < data.blankLines; ++i)
        h += QStringLiteral("<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>");
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p style=\"font-size:8pt;color:#555\">%1</p></body></html>")
             .arg((data.registered.isEmpty() ? tr("No registered participant.")
                                             : tr("%n registered participant(s).", nullptr, int(data.registered.size())))
                      .toHtmlEscaped());
    // Whoever signs is told what becomes of their name (RGPD article 13).
    if (!data.notice.isEmpty())
        h.insert(h.lastIndexOf(QStringLiteral("</body>")),
                 QStringLiteral("<p style=\"font-size:7pt;color:#555\">%1</p>")
                     .arg(data.notice.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    return h;
}
