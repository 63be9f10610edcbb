#include "letterbuilder.h"

#include "keyfigureschart.h"
#include "vectorfigures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgRenderer>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dataUri(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}
} // namespace

QString LetterBuilder::title(const LetterIssue &issue)
{
    return tr("Lettre de l'ESS no. %1").arg(issue.number);
}

QString LetterBuilder::bodyOf(const QString &html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = body.match(html);
    return m.hasMatch() ? m.captured(1) : html;
}

QImage LetterBuilder::logoImage(const CouncilIdentity &identity, int height)
{
    if (identity.logo.isEmpty())
        return {};
    QSvgRenderer svg(identity.logo);
    if (svg.isValid()) {
        QSize size = svg.defaultSize();
        size.scale(QSize(height * 4, height), Qt::KeepAspectRatio);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        return image;
    }
    QImage image = QImage::fromData(identity.logo);
    return image.isNull() ? image : image.scaledToHeight(height, Qt::SmoothTransformation);
}

int LetterBuilder::chartHeight(const LetterContent &content)
{
    if (!content.chartImage.isNull())
        return chartWidth * content.chartImage.height() / std::max(1, content.chartImage.width());
    if (!content.chartPicture.isNull())
        return chartWidth * content.chartPicture.boundingRect().height() / std::max(1, content.chartPicture.boundingRect().width());
    return 24 * int(std::max<qsizetype>(1, content.figures.actorsByFamily.size())) + 8;
}

QImage LetterBuilder::chartImage(const LetterContent &content, const PrintStyle &style)
{
    if (!content.chartImage.isNull())
        return content.chartImage;
    const int scale = 2;
    QImage image(chartWidth * scale, chartHeight(content) * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(96 * scale / 0.0254));
    image.setDotsPerMeterY(int(96 * scale / 0.0254));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!content.chartPicture.isNull()) {
        const QRect box = content.chartPicture.boundingRect();
        painter.scale(double(image.width()) / box.width(), double(image.height()) / box.height());
        painter.drawPicture(-box.topLeft(), content.chartPicture);
    } else {
        KeyFiguresChart::paint(&painter, QRectF(0, 0, image.width(), image.height()), content.figures, style.identity().primary,
                               image.logicalDpiY() / 72.0);
    }
    return image;
}

QString LetterBuilder::html(const LetterContent &content, const PrintStyle &style, Images images, Closing closing)
{
    const LetterIssue &issue = content.issue;
    const QString primary = style.identity().primary.name();
    QString h = head(issue, style, images) + masthead(issue, style, images);

    if (!bodyOf(issue.editorialHtml).trimmed().isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Editorial")));
        h += bodyOf(issue.editorialHtml) + QLatin1Char('\n');
    }
    if (issue.has(LetterIssue::AgendaSection))
        h += agendaSection(content, primary);
    if (issue.has(LetterIssue::NewActorsSection))
        h += newActorsSection(content);
    if (issue.has(LetterIssue::KeyFiguresSection))
        h += keyFiguresSection(content, style, images);
    if (issue.has(LetterIssue::PlanSection))
        h += planSection(content, primary);
    if (issue.has(LetterIssue::CallsSection))
        h += callsSection(content, primary);
    if (issue.has(LetterIssue::ArticleSection) && !bodyOf(issue.articleHtml).trimmed().isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(issue.articleTitle.isEmpty() ? tr("Article") : issue.articleTitle));
        h += bodyOf(issue.articleHtml) + QLatin1Char('\n');
    }
    return h + closingLines(style, closing) + QStringLiteral("</body></html>\n");
}

QString LetterBuilder::head(const LetterIssue &issue, const PrintStyle &style, Images images)
{
    const CouncilIdentity &id = style.identity();
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:10pt;color:#222%4}"
                          "h2{color:%2;font-size:14pt;border-bottom:2px solid %3;margin-top:16px}"
                          "h3{color:%2;font-size:11pt;margin-bottom:2px}"
                          "td{vertical-align:top}.source{color:#666;font-size:8pt}</style></head><body>\n")
        .arg(esc(title(issue)), id.primary.name(), id.secondary.name(),
             images == Images::Inline ? QStringLiteral(";max-width:720px;margin:auto") : QString());
}

QString LetterBuilder::masthead(const LetterIssue &issue, const PrintStyle &style, Images images)
{
    // A band in the council's colour with the logo, the title, the number and the date.
    const CouncilIdentity &id = style.identity();
    const QString primary = id.primary.name();
    const QImage logo = logoImage(id, 120);
    QString logoCell;
    if (!logo.isNull()) {
        const QString src = images == Images::Inline ? dataUri(logo) : QStringLiteral("essaim:logo");
        const int width = 60 * logo.width() / std::max(1, logo.height());
        logoCell = QStringLiteral("<td width=\"%1\" bgcolor=\"#ffffff\" style=\"background-color:#ffffff\"><img src=\"%2\" height=\"60\" width=\"%3\" alt=\"\"></td>")
                       .arg(width + 24)
                       .arg(src)
                       .arg(width);
    }
    QString h;
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\" style=\"background-color:%1\" bgcolor=\"%1\"><tr>%2"
                        "<td><span style=\"color:#ffffff;font-size:26pt;font-weight:bold\">%3</span><br>"
                        "<span style=\"color:#ffffff;font-size:11pt\">%4</span><br>"
                        "<span style=\"color:#ffffff;font-size:10pt\">%5</span></td></tr></table>\n")
             .arg(primary, logoCell, esc(tr("Lettre de l'ESS")), esc(style.councilName()),
                  esc(tr("No. %1 · %2").arg(issue.number).arg(PrintStyle::longDate(issue.date))));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" bgcolor=\"%1\" style=\"background-color:%1\"><tr><td></td></tr></table>\n").arg(id.secondary.name());
    if (!issue.title.isEmpty())
        h += QStringLiteral("<h1 style=\"font-size:18pt;color:%1\">%2</h1>\n").arg(primary, esc(issue.title));
    return h;
}

QString LetterBuilder::agendaSection(const LetterContent &content, const QString &colour)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Agenda of the coming weeks")));
    if (content.agenda.isEmpty())
        return h + QStringLiteral("<p>%1</p>\n").arg(esc(tr("No date is planned in the coming weeks yet.")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
    for (const LetterAgendaItem &item : content.agenda) {
        QString when = PrintStyle::longDate(item.start.date());
        if (!item.allDay)
            when += QStringLiteral(", ") + PrintStyle::timeOfDay(item.start.time());
        QString what = QStringLiteral("<b>%1</b>").arg(esc(item.title));
        if (!item.place.isEmpty())
            what += QStringLiteral("<br>") + esc(item.place);
        if (!item.description.isEmpty())
            what += QStringLiteral("<br><span style=\"color:#555\">%1</span>").arg(esc(item.description));
        h += QStringLiteral("<tr><td width=\"32%\" style=\"color:%1;font-weight:bold\">%2</td><td>%3</td></tr>\n")
                 .arg(colour, esc(when), what);
    }
    return h + QStringLiteral("</table>\n");
}

QString LetterBuilder::newActorsSection(const LetterContent &content)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Welcome to the new actors")));
    if (content.newActors.isEmpty())
        return h + QStringLiteral("<p>%1</p>\n").arg(esc(tr("No new actor joined the directory since the last issue.")));
    // One row per actor: a row is never split between two pages.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const GuideEntry &e : content.newActors) {
        QStringList where{e.status};
        if (!e.commune.isEmpty())
            where << e.commune;
        h += QStringLiteral("<tr><td><h3>%1</h3><p style=\"margin-top:0\"><i>%2</i>").arg(esc(e.name), esc(where.join(QStringLiteral(", "))));
        if (!e.description.isEmpty())
            h += QStringLiteral("<br>") + esc(e.description);
        QStringList means;
        for (const QString &m : {e.phone, e.email, e.website}) {
            if (!m.isEmpty())
                means << esc(m);
        }
        if (!means.isEmpty())
            h += QStringLiteral("<br>") + means.join(QStringLiteral(" · "));
        h += QStringLiteral("</p></td></tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

QString LetterBuilder::keyFiguresSection(const LetterContent &content, const PrintStyle &style, Images images)
{
    const KeyFigures &k = content.figures;
    const QLocale locale;
    // One cell, so that the heading, the figures and the chart stay on one page.
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>");
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Key figures")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>");
    const QList<QPair<QString, QString>> figures = {
        {locale.toString(k.actors), tr("ESS structures")},
        {locale.toString(k.employers), tr("employers")},
        {locale.toString(k.headcount), tr("employees in %1").arg(k.year)},
        {locale.toString(k.volunteers), tr("volunteers in %1").arg(k.year)},
    };
    for (const auto &f : figures) {
        h += QStringLiteral("<td width=\"25%\" align=\"center\"><span style=\"font-size:20pt;font-weight:bold;color:%1\">%2</span><br>%3</td>")
                 .arg(style.identity().secondary.name(), esc(f.first), esc(f.second));
    }
    h += QStringLiteral("</tr></table>\n");
    const QString chartTitle = content.chartTitle.isEmpty() ? tr("Actors of the directory by ESS family") : content.chartTitle;
    h += QStringLiteral("<h3>%1</h3>\n").arg(esc(chartTitle));
    const QString src = images == Images::Inline ? dataUri(chartImage(content, style)) : VectorFigures::source(QStringLiteral("chart"));
    h += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
             .arg(src)
             .arg(chartWidth)
             .arg(chartHeight(content))
             .arg(esc(chartTitle));
    if (!k.source.isEmpty())
        h += QStringLiteral("<p class=\"source\" style=\"color:#666;font-size:8pt\">%1</p>\n").arg(esc(tr("Source: %1.").arg(k.source)));
    return h + QStringLiteral("</td></tr></table>\n");
}

QString LetterBuilder::planSection(const LetterContent &content, const QString &colour)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Progress of the plan of action")));
    if (content.plan.isEmpty())
        return h + QStringLiteral("<p>%1</p>\n").arg(esc(tr("The plan's progress will be given in a coming issue.")));
    const QLocale locale;
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">\n");
    QString objective;
    for (const PlanProgressRow &row : content.plan) {
        if (row.objective != objective) {
            objective = row.objective;
            h += QStringLiteral("<tr><td colspan=\"3\" style=\"color:%1;font-weight:bold\">%2</td></tr>\n").arg(colour, esc(objective));
        }
        const QString status = row.late ? QStringLiteral("<span style=\"color:#b00020;font-weight:bold\">%1</span>").arg(esc(row.status))
                                        : esc(row.status);
        h += QStringLiteral("<tr><td width=\"60%\">%1</td><td width=\"20%\">%2</td><td width=\"20%\" align=\"right\">%3</td></tr>\n")
                 .arg(esc(row.action), status, esc(locale.toString(row.progress) + QStringLiteral("\u00a0%")));
    }
    return h + QStringLiteral("</table>\n");
}

QString LetterBuilder::closingLines(const PrintStyle &style, Closing closing)
{
    if (closing == Closing::None)
        return QString();
    const CouncilIdentity &id = style.identity();
    const QString separator = closing == Closing::Full ? QStringLiteral("<br>") : QStringLiteral(" · ");
    QString footer = esc(style.councilName());
    if (!id.address.isEmpty())
        footer += separator + esc(id.address).replace(QLatin1Char('\n'), closing == Closing::Full ? QStringLiteral("<br>") : QStringLiteral(", "));
    if (!id.contactLine.isEmpty())
        footer += separator + esc(id.contactLine);
    if (closing == Closing::Full)
        return QStringLiteral("<hr><p style=\"color:#555;font-size:8pt\">%1</p>\n").arg(footer);
    return QStringLiteral("<p style=\"color:#555;font-size:7pt\">%1</p>\n").arg(footer);
}

QString LetterBuilder::callsSection(const LetterContent &content, const QString &colour)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Calls for projects open")));
    if (content.calls.isEmpty())
        return h + QStringLiteral("<p>%1</p>\n").arg(esc(tr("No call for projects is open at the date of this issue.")));
    const QLocale locale;
    // One row per call, so that a call is never split between two pages.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
    for (const CallForProjects &call : content.calls) {
        QString what = QStringLiteral("<b>%1</b><br>%2").arg(esc(call.title), esc(call.funder));
        QStringList details;
        if (call.amountCents)
            details << tr("up to %1").arg(locale.toCurrencyString(double(*call.amountCents) / 100.0));
        if (call.opensOn.isValid() && call.opensOn > content.issue.date)
            details << tr("opens on %1").arg(PrintStyle::longDate(call.opensOn));
        if (!details.isEmpty())
            what += QStringLiteral(" · ") + esc(details.join(QStringLiteral(" · ")));
        if (!call.url.isEmpty())
            what += QStringLiteral("<br><a href=\"%1\">%1</a>").arg(esc(call.url));
        h += QStringLiteral("<tr><td width=\"32%\" style=\"color:%1;font-weight:bold\">%2</td><td>%3</td></tr>\n")
                 .arg(colour, esc(tr("Closes on %1").arg(PrintStyle::longDate(call.closesOn))), what);
    }
    return h + QStringLiteral("</table>\n");
}

bool LetterBuilder::exportHtml(const LetterContent &content, const PrintStyle &style, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("The file “%1” could not be written (%2). Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(html(content, style, Images::Inline).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("The file “%1” could not be written (%2). Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
