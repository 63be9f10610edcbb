#include "registerdocument.h"

#include "models/privacy/processingregister.h"

RegisterDocument::RegisterDocument(const QList<ProcessingActivity> &activities, const PrintStyle &style, const QDate &on)
    : FlowDocument(tr("Register of processing activities"), QStringLiteral("register"), html(activities, style, on), style, true)
{
}

QString RegisterDocument::html(const QList<ProcessingActivity> &activities, const PrintStyle &style, const QDate &on)
{
    const QString primary = style.identity().primary.name();
    const QString controller = style.identity().name.isEmpty() ? tr("The council") : style.identity().name;
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<p style=\"font-size:18pt;font-weight:bold;color:%1\">%2</p>")
             .arg(primary, tr("Register of processing activities").toHtmlEscaped());
    h += QStringLiteral("<p>%1<br>%2</p>")
             .arg(tr("Controller: %1").arg(controller).toHtmlEscaped(),
                  tr("Register as of %1 (RGPD, article 30).").arg(PrintStyle::longDate(on)).toHtmlEscaped());
    if (!style.identity().address.isEmpty() || !style.identity().contactLine.isEmpty())
        h += QStringLiteral("<p>%1<br>%2</p>")
                 .arg(style.identity().address.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                      style.identity().contactLine.toHtmlEscaped());
    for (const ProcessingActivity &a : activities) {
        h += QStringLiteral("<p style=\"font-size:13pt;font-weight:bold;color:%1\">%2%3</p>")
                 .arg(primary, a.name.toHtmlEscaped(), a.active ? QString() : QStringLiteral(" — ") + tr("not in use yet").toHtmlEscaped());
        h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                            "style=\"border-collapse:collapse;border-color:#888\">");
        const QList<QPair<QString, QString>> rows = {{tr("Purpose"), a.purpose},
                                                     {tr("Legal basis"), a.legalBasis},
                                                     {tr("Categories of data"), a.dataCategories},
                                                     {tr("Categories of persons"), a.personCategories},
                                                     {tr("Recipients"), a.recipients},
                                                     {tr("Retention period"), ProcessingRegister::periodText(a.retentionMonths)},
                                                     {tr("Security measures"), a.securityMeasures}};
        for (const auto &row : rows)
            h += QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>")
                     .arg(row.first.toHtmlEscaped(), row.second.toHtmlEscaped());
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}
