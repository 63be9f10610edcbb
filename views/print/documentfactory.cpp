#include "documentfactory.h"

#include "eventstore.h"
#include "planstore.h"
#include "planvocabulary.h"

#include <QHash>

#include <algorithm>

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
    if (issue.has(LetterIssue::AgendaSection)) {
        const QDateTime from(issue.date, QTime(0, 0));
        const QDateTime to(issue.date.addDays(7 * issue.agendaWeeks), QTime(0, 0));
        const QList<Occurrence> occurrences = EventStore(m_connectionName).occurrences(from, to);
        for (const Occurrence &o : occurrences)
            content.agenda.append({o.start, o.allDay, o.title, o.location, QString()});
    }
    if (issue.has(LetterIssue::PlanSection)) {
        // Each action of the plans under its objective, late when its due
        // month is over at the issue's date and it is not done.
        // The plans running at the issue's date; when none is, the latest one.
        const PlanStore plans(m_connectionName);
        const QString month = issue.date.toString(QStringLiteral("yyyy-MM"));
        QList<Plan> shown;
        const QList<Plan> all = plans.plans();
        for (const Plan &plan : all) {
            if (plan.periodStart.left(7) <= month && (plan.periodEnd.isEmpty() || plan.periodEnd.left(7) >= month))
                shown.append(plan);
        }
        if (shown.isEmpty() && !all.isEmpty())
            shown.append(*std::max_element(all.cbegin(), all.cend(), [](const Plan &a, const Plan &b) { return a.periodEnd < b.periodEnd; }));
        for (const Plan &plan : shown) {
            const QList<PlanItem> items = plans.items(plan.id);
            QHash<qint64, const PlanItem *> byId;
            for (const PlanItem &item : items)
                byId.insert(item.id, &item);
            for (const PlanItem &item : items) {
                if (item.kind != PlanItem::Kind::Action)
                    continue;
                const PlanItem *top = &item;
                while (top->parentId != 0 && byId.contains(top->parentId))
                    top = byId.value(top->parentId);
                const bool finished = item.status == PlanItem::Status::Done || item.status == PlanItem::Status::Abandoned;
                const bool late = !finished && !item.due.isEmpty() && item.due.left(7) < month;
                content.plan.append({top->title, item.title, PlanVocabulary::statusLabel(item.status), item.progress, late});
            }
        }
    }
    return content;
}

std::unique_ptr<LetterDocument> DocumentFactory::letter(const LetterIssue &issue) const
{
    return std::make_unique<LetterDocument>(letterContent(issue), style());
}
