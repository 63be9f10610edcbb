#include "documentfactory.h"

#include "labelsheetdocument.h"
#include "letterdocument.h"
#include "plaquettedocument.h"
#include "publicationstore.h"

DocumentFactory::DocumentFactory(const QString &connectionName, const PublicationStore *publications)
    : m_connectionName(connectionName)
    , m_publications(publications)
{
}

PrintStyle DocumentFactory::style() const
{
    return PrintStyle(m_publications->identity());
}

std::unique_ptr<GuideDocument> DocumentFactory::guide(GuideDocument::GroupBy groupBy) const
{
    return std::make_unique<GuideDocument>(PrintSourceStore(m_connectionName).guideEntries(), groupBy, style());
}

std::unique_ptr<LabelSheetDocument> DocumentFactory::labels(PrintSourceStore::Audience audience, const LabelSheet &sheet, int start,
                                                            QString *error) const
{
    const QList<MailingAddress> addresses = PrintSourceStore(m_connectionName).mailingAddresses(audience);
    if (addresses.isEmpty()) {
        if (error)
            *error = audience == PrintSourceStore::Audience::Actors
                ? tr("No actor who accepts publication has a postal address: there is no label to print.")
                : tr("No contact accepts the Lettre de l'ESS at a postal address: there is no label to print.");
        return nullptr;
    }
    return std::make_unique<LabelSheetDocument>(addresses, sheet, start);
}

std::unique_ptr<PlaquetteDocument> DocumentFactory::plaquette() const
{
    return std::make_unique<PlaquetteDocument>(m_publications->plaquettePanels(), PrintSourceStore(m_connectionName).keyFigures(), style());
}

LetterContent DocumentFactory::letterContent(const LetterIssue &issue) const
{
    LetterContent content;
    content.issue = issue;
    const PrintSourceStore source(m_connectionName);
    if (issue.has(LetterIssue::NewActorsSection)) {
        // New since the previous issue; for the first one, the last three months.
        const auto previous = m_publications->previousIssue(issue.number);
        const QDate since = previous ? previous->date : issue.date.addMonths(-3);
        // Up to the issue's date, so that a reprint shows what the issue showed.
        content.newActors = source.guideEntries(QDateTime(since, QTime(0, 0), Qt::UTC), QDateTime(issue.date.addDays(1), QTime(0, 0), Qt::UTC));
    }
    if (issue.has(LetterIssue::KeyFiguresSection))
        content.figures = source.keyFigures();
    // The agenda (content.agenda) and the plan (content.plan) are filled by
    // their capabilities; until then those sections say so in a sentence.
    return content;
}

std::unique_ptr<LetterDocument> DocumentFactory::letter(const LetterIssue &issue) const
{
    return std::make_unique<LetterDocument>(letterContent(issue), style());
}
