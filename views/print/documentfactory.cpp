#include "documentfactory.h"

#include "models/privacy/processingregister.h"

#include "attendancesheetdocument.h"
#include "labelsheetdocument.h"
#include "letterdocument.h"
#include "models/domain/clock.h"
#include "models/domain/plantree.h"
#include "models/domain/planvocabulary.h"
#include "models/observatory/observatoryengine.h"
#include "models/stores/eventstore.h"
#include "models/stores/planstore.h"
#include "models/stores/projectstore.h"
#include "models/stores/publicationstore.h"
#include "planreportdocument.h"
#include "plaquettedocument.h"
#include "portraitdocument.h"
#include "posterdocument.h"

#include <QDir>
#include <QHash>
#include <QLocale>

#include <algorithm>

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
    return plaquette(m_publications->plaquettePanels());
}

std::unique_ptr<PlaquetteDocument> DocumentFactory::plaquette(const QList<PlaquettePanel> &panels) const
{
    return std::make_unique<PlaquetteDocument>(panels, PrintSourceStore(m_connectionName).keyFigures(), style());
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
        // month is over at the issue's month and it is not done.
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
        const QDate at(issue.date.year(), issue.date.month(), 1);
        for (const Plan &plan : shown)
            content.plan += progressRows(plans.items(plan.id), at);
    }
    if (issue.has(LetterIssue::CallsSection))
        content.calls = openCalls(ProjectStore(m_connectionName).calls(), issue.date);
    return content;
}

QList<CallForProjects> DocumentFactory::openCalls(const QList<CallForProjects> &calls, const QDate &date)
{
    QList<CallForProjects> open;
    for (const CallForProjects &call : calls) {
        if (call.closesOn.isValid() && call.closesOn >= date)
            open << call;
    }
    std::stable_sort(open.begin(), open.end(), [](const CallForProjects &a, const CallForProjects &b) {
        return a.closesOn != b.closesOn ? a.closesOn < b.closesOn : a.title < b.title;
    });
    return open;
}

std::unique_ptr<LetterDocument> DocumentFactory::letter(const LetterIssue &issue) const
{
    return std::make_unique<LetterDocument>(letterContent(issue), style());
}

QList<PlanProgressRow> DocumentFactory::progressRows(const QList<PlanItem> &items, const QDate &at)
{
    QList<PlanProgressRow> rows;
    QHash<qint64, const PlanItem *> byId;
    for (const PlanItem &item : items)
        byId.insert(item.id, &item);
    for (const PlanItem &item : items) {
        if (item.kind != PlanItem::Kind::Action)
            continue;
        const PlanItem *top = &item;
        while (top->parentId != 0 && byId.contains(top->parentId))
            top = byId.value(top->parentId);
        const bool late = PlanTree::isLate(item, at);
        rows.append({top->title, item.title, PlanVocabulary::statusText(item.status, late), item.progress, late});
    }
    return rows;
}

std::unique_ptr<PortraitDocument> DocumentFactory::portrait(const ObservatoryFilter &filter, QString *error, ObservatoryEngine *given) const
{
    std::unique_ptr<ObservatoryEngine> own;
    ObservatoryEngine &engine = given ? *given : *(own = std::make_unique<ObservatoryEngine>(m_connectionName));
    const QList<int> years = engine.years();
    if (years.isEmpty()) {
        if (error)
            *error = tr("The database holds no yearly figures yet: add the actors' figures in the directory before printing a portrait.");
        return nullptr;
    }
    if (filter.year != 0 && !years.contains(filter.year)) {
        if (error)
            *error = tr("No figures were declared for %1: choose a year from %2 to %3.").arg(filter.year).arg(years.first()).arg(years.last());
        return nullptr;
    }
    ObservatoryStats stats = engine.compute(filter);
    if (stats.totals.actors == 0) {
        if (error)
            *error = tr("No actor counts in %1 in %2: choose another year or territory.").arg(stats.territoryLabel).arg(stats.filter.year);
        return nullptr;
    }
    stats.mobilisation = EventStore(m_connectionName).attendanceFigures(stats.filter.year);
    return std::make_unique<PortraitDocument>(stats, style());
}

std::unique_ptr<PlanReportDocument> DocumentFactory::planReport(qint64 planId, const QDate &from, const QDate &to, QString *error) const
{
    const PlanStore plans(m_connectionName);
    const std::optional<Plan> plan = plans.plan(planId);
    if (!plan) {
        if (error)
            *error = tr("This plan no longer exists: choose another one.");
        return nullptr;
    }
    if (from.isValid() && to.isValid() && from > to) {
        if (error)
            *error = tr("The period starts on %1, after its end on %2: give the dates in order.")
                         .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat));
        return nullptr;
    }
    const QList<PlanItem> items = plans.items(planId);
    PlanReportData data;
    data.planName = plan->name;
    data.from = from;
    data.to = to;
    data.actions = progressRows(items, to);
    if (data.actions.isEmpty()) {
        if (error)
            *error = tr("The plan “%1” holds no action yet: there is no progress to report.").arg(plan->name);
        return nullptr;
    }
    for (const PlanItem &item : items) {
        for (const PlanIndicator &i : item.indicators) {
            // A counted value is over the plan's whole period: the committee is told so.
            const QString kind = i.isCounted() ? tr("%1, counted from the projects over the plan's period").arg(PlanVocabulary::indicatorKindLabel(i.kind))
                                               : PlanVocabulary::indicatorKindLabel(i.kind);
            data.indicators.append({item.title, i.label, kind, i.unit, i.target, i.achieved});
        }
        for (const PlanJournalEntry &j : item.journal) {
            if (j.date >= from && j.date <= to)
                data.journal.append({j.date, item.title, j.author.isEmpty() ? j.text : tr("%1 (%2)").arg(j.text, j.author)});
        }
    }
    std::stable_sort(data.journal.begin(), data.journal.end(),
                     [](const PlanReportData::JournalEntry &a, const PlanReportData::JournalEntry &b) { return a.date < b.date; });
    return std::make_unique<PlanReportDocument>(data, style());
}

bool DocumentFactory::findOccurrence(const QString &uid, const QDate &day, Occurrence *occurrence, QString *error) const
{
    const EventStore events(m_connectionName);
    const std::optional<EventRecord> record = events.loadByUid(uid);
    if (!record) {
        if (error)
            *error = tr("There is no event with the identifier “%1” in the agenda.").arg(uid);
        return false;
    }
    const Event &event = record->event;
    auto ofThisEvent = [&events, &event](const QDateTime &from, const QDateTime &to) {
        QList<Occurrence> list = events.occurrences(from, to);
        list.erase(std::remove_if(list.begin(), list.end(), [&event](const Occurrence &o) { return o.eventId != event.id; }), list.end());
        return list;
    };
    const QDateTime today(Clock::today(), QTime(0, 0));
    // That day's; else the next one from today; for a past event, its last one.
    QList<Occurrence> found = day.isValid() ? ofThisEvent(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)))
                                            : ofThisEvent(today, today.addYears(5));
    if (!day.isValid() && found.isEmpty()) {
        found = ofThisEvent(event.start, today);
        if (!found.isEmpty())
            found = {found.last()};
    }
    if (!found.isEmpty()) {
        *occurrence = found.first();
        return true;
    }
    if (error)
        *error = day.isValid() ? tr("“%1” has no date on %2: give one of its dates with --date.").arg(event.title, day.toString(Qt::ISODate))
                               : tr("“%1” has no date to print.").arg(event.title);
    return false;
}

std::unique_ptr<AttendanceSheetDocument> DocumentFactory::attendanceSheet(const Occurrence &occurrence, QString *) const
{
    const EventStore events(m_connectionName);
    AttendanceSheetData data;
    data.eventTitle = occurrence.title;
    data.start = occurrence.start;
    data.allDay = occurrence.allDay;
    data.place = occurrence.location;
    const QList<Registration> registrations = events.registrations(occurrence.eventId, occurrence.originalStart);
    const QStringList structures = events.structureNames(registrations);
    for (int i = 0; i < registrations.size(); ++i) {
        // Those who excused themselves do not sign.
        if (registrations.at(i).status != Registration::Status::Excused)
            data.registered.append({registrations.at(i).name, structures.value(i)});
    }
    std::sort(data.registered.begin(), data.registered.end(), [](const AttendanceSheetData::Participant &a, const AttendanceSheetData::Participant &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    // Room for those who come unannounced: the places left, within reason.
    data.blankLines = occurrence.capacity > 0 ? std::clamp(occurrence.capacity - int(data.registered.size()), 5, 40) : 10;
    data.notice = attendanceNotice();
    return std::make_unique<AttendanceSheetDocument>(data, style());
}

std::unique_ptr<PosterDocument> DocumentFactory::poster(const Occurrence &occurrence, QString *error) const
{
    const EventStore events(m_connectionName);
    const std::optional<EventRecord> record = events.load(occurrence.eventId);
    if (!record) {
        if (error)
            *error = tr("This event no longer exists in the agenda.");
        return nullptr;
    }
    PosterData data;
    for (const EventType &type : events.types()) {
        if (type.id == occurrence.typeId)
            data.eventType = type.name;
    }
    data.title = occurrence.title;
    data.start = occurrence.start;
    data.end = occurrence.end;
    data.allDay = occurrence.allDay;
    data.place = occurrence.location;
    data.description = record->event.description;
    const QStringList partners = events.actorNamesOf(record->event.partnerIds);
    if (!partners.isEmpty())
        data.partners = tr("With %1").arg(QLocale().createSeparatedList(partners));
    return std::make_unique<PosterDocument>(data, style());
}

QString DocumentFactory::attendanceNotice() const
{
    // The sheet collects names for the events' processing: its notice speaks
    // of that one (all of the register when the council removed it).
    const QList<ProcessingActivity> all = ProcessingRegister(m_connectionName).activities();
    QList<ProcessingActivity> events;
    for (const ProcessingActivity &a : all) {
        if (a.active && a.key == QLatin1String("events"))
            events << a;
    }
    return ProcessingRegister::noticeText(events.isEmpty() ? all : events, m_publications->identity());
}
