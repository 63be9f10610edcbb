#include "persondossierdocument.h"

#include "models/domain/projectvocabulary.h"

#include <QLocale>

namespace {
QString day(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}
} // namespace

PersonDossierDocument::PersonDossierDocument(const PersonDossier &dossier, const PrintStyle &style)
    : FlowDocument(tr("Personal data held"), QStringLiteral("person"), html(dossier, style), style, false)
{
}

QString PersonDossierDocument::section(const QString &title, const QStringList &headers, const QList<QStringList> &rows,
                                       const QString &primary)
{
    QString h = QStringLiteral("<p style=\"font-size:13pt;font-weight:bold;color:%1\">%2</p>").arg(primary, title.toHtmlEscaped());
    if (rows.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(tr("None.").toHtmlEscaped());
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"border-collapse:collapse;border-color:#888\"><thead><tr>");
    for (const QString &header : headers)
        h += QStringLiteral("<th align=\"left\">%1</th>").arg(header.toHtmlEscaped());
    h += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        h += QStringLiteral("<tr>");
        for (const QString &cell : row)
            h += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString PersonDossierDocument::html(const PersonDossier &d, const PrintStyle &style)
{
    const QString primary = style.identity().primary.name();
    auto yes = [](bool given) { return given ? tr("given") : tr("not given"); };
    QString h = QStringLiteral("<html><body><p style=\"font-size:18pt;font-weight:bold;color:%1\">%2</p>")
                    .arg(primary, tr("Personal data held about %1").arg(d.displayName()).toHtmlEscaped());
    QList<QStringList> identity = {{tr("Name"), d.displayName()}, {tr("E-mail"), d.contact.email}};
    if (d.isContact)
        identity << QStringList{tr("Phone"), d.contact.phone} << QStringList{tr("Role"), d.contact.role}
                 << QStringList{tr("Actor"), d.actorName};
    h += section(tr("Identity"), {tr("Field"), tr("Value")}, identity, primary);
    if (d.isContact) {
        h += section(tr("Consents"), {tr("Purpose"), tr("State"), tr("Date"), tr("Source")},
                     {{tr("Printed guide and public directory"), yes(d.contact.consentGuide), day(d.contact.consentGuideOn),
                       d.contact.consentGuideSource},
                      {tr("Lettre de l'ESS"), yes(d.contact.consentNewsletter), day(d.contact.consentNewsletterOn),
                       d.contact.consentNewsletterSource}},
                     primary);
        QList<QStringList> history;
        for (const auto &c : d.consentHistory)
            history << QStringList{day(c.recordedAt.toLocalTime().date()), c.purpose,
                                   c.previousGiven ? yes(*c.previousGiven) : QString(), yes(c.given), day(c.givenOn), c.source};
        h += section(tr("History of the consents"), {tr("Recorded"), tr("Purpose"), tr("Before"), tr("After"), tr("Date"), tr("Source")},
                     history, primary);
    }
    QList<QStringList> registrations;
    for (const auto &r : d.registrations)
        registrations << QStringList{day(r.occurrenceStart.date()), r.eventTitle, r.status};
    h += section(tr("Registrations and attendance"), {tr("Date"), tr("Event"), tr("Status")}, registrations, primary);
    QList<QStringList> actions;
    for (const auto &a : d.pilotedActions)
        actions << QStringList{a.planName, a.title};
    h += section(tr("Plan actions piloted"), {tr("Plan"), tr("Action")}, actions, primary);
    QList<QStringList> projects;
    for (const auto &p : d.heldProjects) {
        const auto stage = ProjectVocabulary::stageFromKey(p.stage);
        projects << QStringList{p.name, stage ? ProjectVocabulary::stageLabel(*stage) : p.stage, day(p.lastInteraction)};
    }
    if (d.isContact)
        h += section(tr("Projects held (accompaniment)"), {tr("Project"), tr("Stage"), tr("Last exchange")}, projects, primary);
    QList<QStringList> mentions;
    for (const auto &m : d.journalMentions)
        mentions << QStringList{day(m.date), m.actionTitle, m.author, m.text};
    h += section(tr("Journal entries naming the person"), {tr("Date"), tr("Action"), tr("Author"), tr("Text")}, mentions, primary);
    QList<QStringList> exchanges;
    for (const auto &x : d.exchanges)
        exchanges << QStringList{day(x.date), x.projectName, x.participants, x.notes, x.nextStep};
    h += section(tr("Exchanges of the accompaniment naming the person"),
                 {tr("Date"), tr("Project"), tr("Participants"), tr("Notes"), tr("Next step")}, exchanges, primary);
    QList<QStringList> audit;
    for (const auto &e : d.audit)
        audit << QStringList{QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.userName,
                             PersonalDataJournal::actionLabel(e.action), e.fields.join(QStringLiteral(", "))};
    h += section(tr("Changes recorded"), {tr("When"), tr("By"), tr("What"), tr("Fields")}, audit, primary);
    return h + QStringLiteral("</body></html>");
}
