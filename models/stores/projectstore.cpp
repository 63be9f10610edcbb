#include "projectstore.h"

#include "models/domain/clock.h"
#include "models/domain/projectvocabulary.h"
#include "models/domain/textkey.h"
#include "models/privacy/personaldatajournal.h"
#include "models/storage/rawquery.h"
#include "models/storage/transaction.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QDate readDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

QStringList split(const QString &text)
{
    QStringList result;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        result << part.trimmed();
    return result;
}

// Sector and commune names are read once each, not once per project.
const char cardQuery[] =
    "SELECT p.id, p.name, p.stage, p.stage_since, COALESCE(p.sector_id, 0), p.commune_insee, p.jobs_expected, "
    "       p.jobs_created, COALESCE(p.actor_id, 0) "
    "FROM projects p "
    // As people read names ("n°2" before "n°10", "Épicerie" among the E),
    // through the index of the stored key (TextKey::sortKey()).
    "ORDER BY p.sort_key, p.id";

const char cardSectorsQuery[] = "SELECT id, name FROM sectors";

const char cardCommunesQuery[] =
    "SELECT insee, name, COALESCE(epci_siren, '') FROM communes WHERE insee IN (SELECT DISTINCT commune_insee FROM projects)";

const char cardHoldersQuery[] =
    "SELECT h.project_id, trim(k.first_name || ' ' || k.last_name) FROM project_holders h "
    "JOIN contacts k ON k.id = h.contact_id ORDER BY h.project_id, h.position";

const char cardAccompaniersQuery[] =
    "SELECT pa.project_id, pa.actor_id, a.name FROM project_accompaniers pa "
    "JOIN actors a ON a.id = pa.actor_id ORDER BY pa.project_id, pa.position";

// The open next steps of each project, in the order of the index
// project_interactions_open (no sort).
const char cardStepsQuery[] =
    "SELECT project_id, next_step, next_step_due FROM project_interactions "
    "WHERE next_step <> '' AND next_step_done = 0 ORDER BY project_id, next_step_due, id";

const char interactionColumns[] =
    "id, project_id, on_date, kind, participants, notes, next_step, next_step_due, next_step_done";

ProjectInteraction readInteraction(const QSqlQuery &q)
{
    ProjectInteraction i;
    i.id = q.value(0).toLongLong();
    i.projectId = q.value(1).toLongLong();
    i.date = readDate(q.value(2));
    i.kind = ProjectVocabulary::interactionKindFromKey(q.value(3).toString()).value_or(ProjectInteraction::Kind::Meeting);
    i.participants = q.value(4).toString();
    i.notes = q.value(5).toString();
    i.nextStep = q.value(6).toString();
    i.nextStepDue = readDate(q.value(7));
    i.nextStepDone = q.value(8).toBool();
    return i;
}

const char fundingColumns[] =
    "f.id, COALESCE(f.project_id, 0), COALESCE(f.actor_id, 0), COALESCE(f.funder_actor_id, 0), "
    "COALESCE(a.name, f.funder_name), f.scheme, COALESCE(f.call_id, 0), f.asked_cents, f.granted_cents, f.status, "
    "f.submitted_on, f.decided_on";

FundingRequest readFundingRow(const QSqlQuery &q)
{
    FundingRequest f;
    f.id = q.value(0).toLongLong();
    f.projectId = q.value(1).toLongLong();
    f.actorId = q.value(2).toLongLong();
    f.funderActorId = q.value(3).toLongLong();
    f.funderName = q.value(4).toString();
    f.scheme = q.value(5).toString();
    f.callId = q.value(6).toLongLong();
    f.askedCents = q.value(7).toLongLong();
    f.grantedCents = q.value(8).toLongLong();
    f.status = ProjectVocabulary::fundingStatusFromKey(q.value(9).toString()).value_or(FundingRequest::Status::Preparing);
    f.submittedOn = readDate(q.value(10));
    f.decidedOn = readDate(q.value(11));
    return f;
}

const char callColumns[] =
    "id, funder, title, sectors, families, territory, amount_cents, opens_on, closes_on, url, notes";

CallForProjects readCall(const QSqlQuery &q)
{
    CallForProjects c;
    c.id = q.value(0).toLongLong();
    c.funder = q.value(1).toString();
    c.title = q.value(2).toString();
    c.sectors = split(q.value(3).toString());
    c.families = split(q.value(4).toString());
    c.territory = q.value(5).toString();
    if (!q.value(6).isNull())
        c.amountCents = q.value(6).toLongLong();
    c.opensOn = readDate(q.value(7));
    c.closesOn = readDate(q.value(8));
    c.url = q.value(9).toString();
    c.notes = q.value(10).toString();
    return c;
}

} // namespace

ProjectStore::ProjectStore(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

bool ProjectStore::fail(const QString &what, const QString &sqlError)
{
    m_error = tr("%1 (%2). Check that the database file is writable, then try again.").arg(what, sqlError);
    return false;
}

QList<ProjectCard> ProjectStore::cards() const
{
    // Read through SQLite's C API (RawQuery): the board of 10,000 projects
    // opens at once.
    QList<ProjectCard> result;
    QHash<qint64, QString> sectors;
    RawQuery sectorRows(m_connectionName, cardSectorsQuery);
    while (sectorRows.next())
        sectors.insert(sectorRows.integer(0), sectorRows.text(1));
    QHash<QString, QPair<QString, QString>> communes; // INSEE code: name, EPCI
    RawQuery communeRows(m_connectionName, cardCommunesQuery);
    while (communeRows.next())
        communes.insert(communeRows.text(0), {communeRows.text(1), communeRows.text(2)});
    RawQuery q(m_connectionName, cardQuery);
    if (!q.isValid()) {
        qWarning("ProjectStore::cards: %s", qPrintable(q.errorString()));
        return result;
    }
    QHash<qint64, int> rows;
    while (q.next()) {
        ProjectCard card;
        card.id = q.integer(0);
        card.name = q.text(1);
        card.stage = ProjectVocabulary::stageFromKey(q.text(2)).value_or(Project::Stage::Idea);
        card.stageSince = q.date(3);
        card.sectorId = q.integer(4);
        card.sector = sectors.value(card.sectorId);
        card.communeInsee = q.text(5);
        const auto commune = communes.constFind(card.communeInsee);
        if (commune != communes.cend()) {
            card.commune = commune->first;
            card.epciSiren = commune->second;
        }
        card.jobsExpected = int(q.integer(6));
        card.jobsCreated = int(q.integer(7));
        card.actorId = q.integer(8);
        rows.insert(card.id, int(result.size()));
        result << card;
    }
    addCardLists(result, rows);
    return result;
}

void ProjectStore::addCardLists(QList<ProjectCard> &cards, const QHash<qint64, int> &rows) const
{
    const auto cardOf = [&cards, &rows](qint64 projectId) -> ProjectCard * {
        const int row = rows.value(projectId, -1);
        return row < 0 ? nullptr : &cards[row];
    };
    RawQuery holders(m_connectionName, cardHoldersQuery);
    while (holders.next()) {
        if (ProjectCard *card = cardOf(holders.integer(0)))
            card->holders += (card->holders.isEmpty() ? QString() : QStringLiteral(", ")) + holders.text(1);
    }
    RawQuery accompaniers(m_connectionName, cardAccompaniersQuery);
    while (accompaniers.next()) {
        if (ProjectCard *card = cardOf(accompaniers.integer(0))) {
            card->accompaniedBy += (card->accompaniedBy.isEmpty() ? QString() : QStringLiteral(", ")) + accompaniers.text(2);
            card->accompanierIds << accompaniers.integer(1);
        }
    }
    // A project's steps come undated ones first ('' sorts first), then by
    // due date: its card takes the earliest dated one, else an undated one.
    RawQuery steps(m_connectionName, cardStepsQuery);
    qint64 previous = 0;
    bool dated = false;
    while (steps.next()) {
        const qint64 id = steps.integer(0);
        if (id == previous && dated)
            continue;
        const bool first = id != previous;
        previous = id;
        const QDate due = steps.date(2);
        dated = due.isValid();
        ProjectCard *card = cardOf(id);
        if (card && (first || dated)) {
            card->nextStep = steps.text(1);
            card->nextStepDue = due;
        }
    }
}

int ProjectStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM projects")) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<Project> ProjectStore::project(qint64 id) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, summary, COALESCE(need_id, 0), COALESCE(sector_id, 0), commune_insee, family, "
                             "COALESCE(actor_id, 0), stage, jobs_expected, jobs_created, budget_cents, founded_on, created_on "
                             "FROM projects WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Project p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.summary = q.value(2).toString();
    p.needId = q.value(3).toLongLong();
    p.sectorId = q.value(4).toLongLong();
    p.communeInsee = q.value(5).toString();
    p.family = q.value(6).toString();
    p.actorId = q.value(7).toLongLong();
    p.stage = ProjectVocabulary::stageFromKey(q.value(8).toString()).value_or(Project::Stage::Idea);
    p.jobsExpected = q.value(9).toInt();
    p.jobsCreated = q.value(10).toInt();
    p.budgetCents = q.value(11).toLongLong();
    p.foundedOn = readDate(q.value(12));
    p.createdOn = readDate(q.value(13));

    QSqlQuery s(db);
    s.prepare(QStringLiteral("SELECT stage, since FROM project_stages WHERE project_id = ? ORDER BY position"));
    s.addBindValue(id);
    if (!s.exec())
        return std::nullopt;
    while (s.next())
        p.stages << Project::StageChange{ProjectVocabulary::stageFromKey(s.value(0).toString()).value_or(Project::Stage::Idea),
                                         readDate(s.value(1))};
    QSqlQuery h(db);
    h.prepare(QStringLiteral("SELECT contact_id FROM project_holders WHERE project_id = ? ORDER BY position"));
    h.addBindValue(id);
    if (!h.exec())
        return std::nullopt;
    while (h.next())
        p.holderIds << h.value(0).toLongLong();
    QSqlQuery a(db);
    a.prepare(QStringLiteral("SELECT pa.actor_id, a.name, pa.role FROM project_accompaniers pa JOIN actors a ON a.id = pa.actor_id "
                             "WHERE pa.project_id = ? ORDER BY pa.position"));
    a.addBindValue(id);
    if (!a.exec())
        return std::nullopt;
    while (a.next())
        p.accompaniers << Project::Accompanier{a.value(0).toLongLong(), a.value(1).toString(), a.value(2).toString()};
    return p;
}

bool ProjectStore::save(Project &project)
{
    Transaction transaction(m_connectionName);
    if (!transaction.isActive())
        return fail(tr("The project “%1” could not be saved").arg(project.name), transaction.errorString());
    if (!writeProject(project) || !writeProjectLists(project))
        return false;
    if (!transaction.commit())
        return fail(tr("The project “%1” could not be saved").arg(project.name), transaction.errorString());
    emit projectsChanged();
    return true;
}

bool ProjectStore::writeProject(Project &project)
{
    if (!project.createdOn.isValid())
        project.createdOn = Clock::today();
    // The history always ends on the current stage: a new stage is dated today
    // unless the caller dated it (a move on the board, an import).
    if (project.stages.isEmpty() || project.stages.constLast().stage != project.stage)
        project.stages << Project::StageChange{project.stage, Clock::today()};
    if (ProjectVocabulary::isFounded(project.stage) && !project.foundedOn.isValid())
        project.foundedOn = project.stages.constLast().since;

    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO projects(id, name, summary, need_id, sector_id, commune_insee, family, actor_id, stage, "
                             "stage_since, jobs_expected, jobs_created, budget_cents, founded_on, created_on, sort_key) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET name = excluded.name, sort_key = excluded.sort_key, summary = excluded.summary, "
                             "need_id = excluded.need_id, sector_id = excluded.sector_id, commune_insee = excluded.commune_insee, "
                             "family = excluded.family, actor_id = excluded.actor_id, stage = excluded.stage, "
                             "stage_since = excluded.stage_since, jobs_expected = excluded.jobs_expected, "
                             "jobs_created = excluded.jobs_created, budget_cents = excluded.budget_cents, "
                             "founded_on = excluded.founded_on, created_on = excluded.created_on"));
    q.addBindValue(optionalId(project.id));
    q.addBindValue(text(project.name.trimmed()));
    q.addBindValue(text(project.summary));
    q.addBindValue(optionalId(project.needId));
    q.addBindValue(optionalId(project.sectorId));
    q.addBindValue(text(project.communeInsee));
    q.addBindValue(text(project.family));
    q.addBindValue(optionalId(project.actorId));
    q.addBindValue(ProjectVocabulary::stageKey(project.stage));
    q.addBindValue(dateText(project.stageSince()));
    q.addBindValue(project.jobsExpected);
    q.addBindValue(project.jobsCreated);
    q.addBindValue(project.budgetCents);
    q.addBindValue(dateText(project.foundedOn));
    q.addBindValue(dateText(project.createdOn));
    q.addBindValue(TextKey::sortKey(project.name.trimmed()));
    if (!q.exec())
        return fail(tr("The project “%1” could not be saved").arg(project.name), q.lastError().text());
    if (project.id == 0)
        project.id = q.lastInsertId().toLongLong();
    return true;
}

bool ProjectStore::writeProjectLists(const Project &project)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const QString failure = tr("The project “%1” could not be saved").arg(project.name);
    if (!journalHolders(project))
        return false;
    for (const char *table : {"project_stages", "project_holders", "project_accompaniers"}) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM %1 WHERE project_id = ?").arg(QLatin1String(table)));
        d.addBindValue(project.id);
        if (!d.exec())
            return fail(failure, d.lastError().text());
    }
    QSqlQuery s(db);
    s.prepare(QStringLiteral("INSERT INTO project_stages(project_id, stage, since, position) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < project.stages.size(); ++i) {
        s.addBindValue(project.id);
        s.addBindValue(ProjectVocabulary::stageKey(project.stages.at(i).stage));
        s.addBindValue(dateText(project.stages.at(i).since));
        s.addBindValue(i);
        if (!s.exec())
            return fail(failure, s.lastError().text());
    }
    QSqlQuery h(db);
    h.prepare(QStringLiteral("INSERT OR IGNORE INTO project_holders(project_id, contact_id, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < project.holderIds.size(); ++i) {
        h.addBindValue(project.id);
        h.addBindValue(project.holderIds.at(i));
        h.addBindValue(i);
        if (!h.exec())
            return fail(failure, h.lastError().text());
    }
    QSqlQuery a(db);
    a.prepare(QStringLiteral("INSERT OR REPLACE INTO project_accompaniers(project_id, actor_id, role, position) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < project.accompaniers.size(); ++i) {
        a.addBindValue(project.id);
        a.addBindValue(project.accompaniers.at(i).actorId);
        a.addBindValue(text(project.accompaniers.at(i).role));
        a.addBindValue(i);
        if (!a.exec())
            return fail(failure, a.lastError().text());
    }
    return true;
}

bool ProjectStore::journalHolders(const Project &project)
{
    // Who holds which project is personal data: each contact that becomes or
    // stops being a holder is journaled, in the caller's transaction.
    QList<qint64> before;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT contact_id FROM project_holders WHERE project_id = ?"));
    q.addBindValue(project.id);
    if (!q.exec())
        return fail(tr("The project “%1” could not be saved").arg(project.name), q.lastError().text());
    while (q.next())
        before << q.value(0).toLongLong();
    PersonalDataJournal journal(m_connectionName);
    auto note = [&](qint64 contactId, const QString &detail) {
        if (journal.record(QStringLiteral("change"), QStringLiteral("contact"), contactId, {QStringLiteral("project_holder")}, detail))
            return true;
        return fail(tr("The project “%1” could not be saved").arg(project.name), journal.errorString());
    };
    for (qint64 id : project.holderIds) {
        if (!before.contains(id) && !note(id, tr("holder of project no. %1").arg(project.id)))
            return false;
    }
    for (qint64 id : std::as_const(before)) {
        if (!project.holderIds.contains(id) && !note(id, tr("no longer holder of project no. %1").arg(project.id)))
            return false;
    }
    return true;
}

bool ProjectStore::remove(qint64 id)
{
    Transaction transaction(m_connectionName);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("DELETE FROM projects WHERE id = ?"));
    q.addBindValue(id);
    Project gone; // its holders stop being holders
    gone.id = id;
    if (!transaction.isActive() || !journalHolders(gone) || !journalInteractions(interactions(id), {}) || !q.exec()
        || !transaction.commit())
        return fail(tr("The project could not be deleted"), q.lastError().text() + m_error);
    emit projectsChanged();
    return true;
}

std::optional<ProjectStore::Snapshot> ProjectStore::snapshot(qint64 id) const
{
    const auto p = project(id);
    if (!p)
        return std::nullopt;
    return Snapshot{*p, interactions(id), fundingForProject(id)};
}

bool ProjectStore::restore(Snapshot &snapshot)
{
    const QString failure = tr("The project “%1” could not be saved").arg(snapshot.project.name);
    Transaction transaction(m_connectionName);
    if (!transaction.isActive())
        return fail(failure, transaction.errorString());
    Project &project = snapshot.project;
    if (!writeProject(project) || !writeProjectLists(project))
        return false;
    const QList<ProjectInteraction> interactionsBefore = interactions(project.id);
    // The journal and the requests become exactly the snapshot's.
    for (const char *table : {"project_interactions", "funding_requests"}) {
        QSqlQuery d(QSqlDatabase::database(m_connectionName));
        d.prepare(QStringLiteral("DELETE FROM %1 WHERE project_id = ?").arg(QLatin1String(table)));
        d.addBindValue(project.id);
        if (!d.exec())
            return fail(failure, d.lastError().text());
    }
    for (ProjectInteraction &interaction : snapshot.interactions) {
        interaction.projectId = project.id;
        if (!writeInteraction(interaction))
            return false;
    }
    if (!journalInteractions(interactionsBefore, snapshot.interactions))
        return false;
    for (FundingRequest &request : snapshot.funding) {
        request.projectId = project.id;
        if (!writeFunding(request))
            return false;
    }
    if (!transaction.commit())
        return fail(failure, transaction.errorString());
    emit projectsChanged();
    return true;
}

bool ProjectStore::saveInTransaction(Project &project)
{
    return writeProject(project) && writeProjectLists(project);
}

std::optional<qint64> ProjectStore::projectOfActor(qint64 actorId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT id FROM projects WHERE actor_id = ? ORDER BY id LIMIT 1"));
    q.addBindValue(actorId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<ProjectInteraction> ProjectStore::interactions(qint64 projectId) const
{
    QList<ProjectInteraction> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM project_interactions WHERE project_id = ? ORDER BY on_date, id")
                  .arg(QLatin1String(interactionColumns)));
    q.addBindValue(projectId);
    if (q.exec()) {
        while (q.next())
            result << readInteraction(q);
    }
    return result;
}

QList<ProjectInteraction> ProjectStore::interactionsBetween(const QDate &from, const QDate &to) const
{
    QList<ProjectInteraction> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM project_interactions WHERE on_date BETWEEN ? AND ? ORDER BY on_date, id")
                  .arg(QLatin1String(interactionColumns)));
    q.addBindValue(dateText(from));
    q.addBindValue(dateText(to));
    if (q.exec()) {
        while (q.next())
            result << readInteraction(q);
    }
    return result;
}

bool ProjectStore::writeInteraction(ProjectInteraction &i)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO project_interactions(id, project_id, on_date, kind, participants, notes, next_step, "
                             "next_step_due, next_step_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET on_date = excluded.on_date, kind = excluded.kind, "
                             "participants = excluded.participants, notes = excluded.notes, next_step = excluded.next_step, "
                             "next_step_due = excluded.next_step_due, next_step_done = excluded.next_step_done"));
    q.addBindValue(optionalId(i.id));
    q.addBindValue(i.projectId);
    q.addBindValue(dateText(i.date.isValid() ? i.date : Clock::today()));
    q.addBindValue(ProjectVocabulary::interactionKindKey(i.kind));
    q.addBindValue(text(i.participants));
    q.addBindValue(text(i.notes));
    q.addBindValue(text(i.nextStep.trimmed()));
    q.addBindValue(dateText(i.nextStepDue));
    q.addBindValue(i.nextStepDone ? 1 : 0);
    if (!q.exec())
        return fail(tr("The journal entry could not be saved"), q.lastError().text());
    if (i.id == 0)
        i.id = q.lastInsertId().toLongLong();
    return true;
}

std::optional<ProjectInteraction> ProjectStore::storedInteraction(qint64 id) const
{
    if (id <= 0)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM project_interactions WHERE id = ?").arg(QLatin1String(interactionColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readInteraction(q);
}

bool ProjectStore::journalInteractions(const QList<ProjectInteraction> &before, const QList<ProjectInteraction> &after)
{
    // Participants, notes and next steps name people: what changes in them
    // is journaled (the fields, never the text), in the caller's transaction.
    PersonalDataJournal journal(m_connectionName);
    const QString kind = QStringLiteral("project_interaction");
    QHash<qint64, ProjectInteraction> old;
    for (const ProjectInteraction &i : before)
        old.insert(i.id, i);
    bool ok = true;
    for (const ProjectInteraction &i : after) {
        const bool known = old.contains(i.id);
        const ProjectInteraction b = old.take(i.id);
        QStringList fields;
        if (b.participants.trimmed() != i.participants.trimmed())
            fields << QStringLiteral("participants");
        if (b.notes.trimmed() != i.notes.trimmed())
            fields << QStringLiteral("notes");
        if (b.nextStep.trimmed() != i.nextStep.trimmed())
            fields << QStringLiteral("next_step");
        if (!fields.isEmpty())
            ok = ok && journal.record(known ? QStringLiteral("change") : QStringLiteral("create"), kind, i.id, fields);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        ok = ok && journal.record(QStringLiteral("delete"), kind, it.key(), {});
    return ok || fail(tr("The journal entry could not be saved"), journal.errorString());
}

bool ProjectStore::saveInteraction(ProjectInteraction &interaction)
{
    Transaction transaction(m_connectionName);
    if (!transaction.isActive())
        return fail(tr("The journal entry could not be saved"), transaction.errorString());
    const std::optional<ProjectInteraction> before = storedInteraction(interaction.id);
    if (!writeInteraction(interaction)
        || !journalInteractions(before ? QList<ProjectInteraction>{*before} : QList<ProjectInteraction>(), {interaction}))
        return false;
    if (!transaction.commit())
        return fail(tr("The journal entry could not be saved"), transaction.errorString());
    emit projectsChanged();
    return true;
}

bool ProjectStore::removeInteraction(qint64 id)
{
    Transaction transaction(m_connectionName);
    const std::optional<ProjectInteraction> before = storedInteraction(id);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("DELETE FROM project_interactions WHERE id = ?"));
    q.addBindValue(id);
    if (!transaction.isActive() || !q.exec()
        || !journalInteractions(before ? QList<ProjectInteraction>{*before} : QList<ProjectInteraction>(), {})
        || !transaction.commit())
        return fail(tr("The journal entry could not be deleted"), q.lastError().text() + transaction.errorString());
    emit projectsChanged();
    return true;
}

QList<ProjectStore::NextStep> ProjectStore::openNextSteps(const QDate &from, const QDate &until) const
{
    QList<NextStep> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id, i.project_id, p.name, i.next_step, i.next_step_due FROM project_interactions i "
                             "JOIN projects p ON p.id = i.project_id "
                             "WHERE i.next_step <> '' AND i.next_step_done = 0 AND i.next_step_due <> '' "
                             "AND i.next_step_due >= ? AND i.next_step_due <= ? "
                             "ORDER BY i.next_step_due, p.name, i.id"));
    q.addBindValue(from.isValid() ? dateText(from) : QStringLiteral("0000"));
    q.addBindValue(until.isValid() ? dateText(until) : QStringLiteral("9999"));
    if (q.exec()) {
        while (q.next())
            result << NextStep{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                               q.value(3).toString(), readDate(q.value(4))};
    }
    return result;
}

QList<FundingRequest> ProjectStore::readFunding(const QString &where, qint64 id) const
{
    QList<FundingRequest> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM funding_requests f LEFT JOIN actors a ON a.id = f.funder_actor_id %2 "
                             "ORDER BY f.submitted_on, f.id")
                  .arg(QLatin1String(fundingColumns), where));
    if (!where.isEmpty())
        q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            result << readFundingRow(q);
    }
    return result;
}

QList<FundingRequest> ProjectStore::fundingRequests() const
{
    return readFunding(QString(), 0);
}

QList<FundingRequest> ProjectStore::fundingForProject(qint64 projectId) const
{
    return readFunding(QStringLiteral("WHERE f.project_id = ?"), projectId);
}

QList<FundingRequest> ProjectStore::fundingForActor(qint64 actorId) const
{
    return readFunding(QStringLiteral("WHERE f.actor_id = ?"), actorId);
}

bool ProjectStore::writeFunding(FundingRequest &f)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO funding_requests(id, project_id, actor_id, funder_actor_id, funder_name, scheme, "
                             "call_id, asked_cents, granted_cents, status, submitted_on, decided_on) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(optionalId(f.id));
    q.addBindValue(optionalId(f.projectId));
    q.addBindValue(optionalId(f.actorId));
    q.addBindValue(optionalId(f.funderActorId));
    q.addBindValue(text(f.funderName));
    q.addBindValue(text(f.scheme));
    q.addBindValue(optionalId(f.callId));
    q.addBindValue(f.askedCents);
    q.addBindValue(f.grantedCents);
    q.addBindValue(ProjectVocabulary::fundingStatusKey(f.status));
    q.addBindValue(dateText(f.submittedOn));
    q.addBindValue(dateText(f.decidedOn));
    if (!q.exec())
        return fail(tr("The funding request could not be saved"), q.lastError().text());
    if (f.id == 0)
        f.id = q.lastInsertId().toLongLong();
    return true;
}

bool ProjectStore::saveFunding(FundingRequest &request)
{
    if (!writeFunding(request))
        return false;
    emit projectsChanged();
    return true;
}

bool ProjectStore::removeFunding(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("DELETE FROM funding_requests WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("The funding request could not be deleted"), q.lastError().text());
    emit projectsChanged();
    return true;
}

QList<CallForProjects> ProjectStore::calls() const
{
    QList<CallForProjects> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (q.exec(QStringLiteral("SELECT %1 FROM calls_for_projects ORDER BY closes_on = '', closes_on, title")
                   .arg(QLatin1String(callColumns)))) {
        while (q.next())
            result << readCall(q);
    }
    return result;
}

std::optional<CallForProjects> ProjectStore::call(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM calls_for_projects WHERE id = ?").arg(QLatin1String(callColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readCall(q);
    return std::nullopt;
}

bool ProjectStore::writeCall(CallForProjects &c)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    // An upsert, not REPLACE: a replaced row would detach the requests that answered the call.
    q.prepare(QStringLiteral("INSERT INTO calls_for_projects(id, funder, title, sectors, families, territory, amount_cents, "
                             "opens_on, closes_on, url, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET funder = excluded.funder, title = excluded.title, "
                             "sectors = excluded.sectors, families = excluded.families, territory = excluded.territory, "
                             "amount_cents = excluded.amount_cents, opens_on = excluded.opens_on, closes_on = excluded.closes_on, "
                             "url = excluded.url, notes = excluded.notes"));
    q.addBindValue(optionalId(c.id));
    q.addBindValue(text(c.funder));
    q.addBindValue(text(c.title));
    q.addBindValue(text(joined(c.sectors)));
    q.addBindValue(text(joined(c.families)));
    q.addBindValue(text(c.territory));
    q.addBindValue(c.amountCents ? QVariant(*c.amountCents) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(dateText(c.opensOn));
    q.addBindValue(dateText(c.closesOn));
    q.addBindValue(text(c.url));
    q.addBindValue(text(c.notes));
    if (!q.exec())
        return fail(tr("The call for projects “%1” could not be saved").arg(c.title), q.lastError().text());
    if (c.id == 0)
        c.id = q.lastInsertId().toLongLong();
    return true;
}

bool ProjectStore::saveCall(CallForProjects &call)
{
    if (!writeCall(call))
        return false;
    emit callsChanged();
    return true;
}

bool ProjectStore::removeCall(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("DELETE FROM calls_for_projects WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("The call for projects could not be deleted"), q.lastError().text());
    emit callsChanged();
    return true;
}

bool ProjectStore::addCalls(QList<CallForProjects> &calls)
{
    Transaction transaction(m_connectionName);
    if (!transaction.isActive())
        return fail(tr("The calls for projects could not be imported"), transaction.errorString());
    for (CallForProjects &call : calls) {
        if (!writeCall(call))
            return false;
    }
    if (!transaction.commit())
        return fail(tr("The calls for projects could not be imported"), transaction.errorString());
    emit callsChanged();
    return true;
}

QList<Need> ProjectStore::needs() const
{
    QList<Need> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (q.exec(QStringLiteral("SELECT id, title, territory, COALESCE(sector_id, 0), source_kind, source, noted_on FROM needs ORDER BY title"))) {
        while (q.next())
            result << Need{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                           q.value(4).toString(), q.value(5).toString(), readDate(q.value(6))};
    }
    return result;
}

bool ProjectStore::saveNeed(Need &need)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO needs(id, title, territory, sector_id, source_kind, source, noted_on) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(optionalId(need.id));
    q.addBindValue(text(need.title));
    q.addBindValue(text(need.territory));
    q.addBindValue(optionalId(need.sectorId));
    q.addBindValue(text(need.sourceKind));
    q.addBindValue(text(need.source));
    q.addBindValue(dateText(need.notedOn));
    if (!q.exec())
        return fail(tr("The need “%1” could not be saved").arg(need.title), q.lastError().text());
    if (need.id == 0)
        need.id = q.lastInsertId().toLongLong();
    emit projectsChanged();
    return true;
}

QList<ProjectStore::Pick> ProjectStore::findContacts(const QString &text, int limit) const
{
    QList<Pick> result;
    const QString key = TextKey::fold(text).trimmed();
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    // Contacts are few beside actors (tens of thousands at most): a scan with
    // the folding done here stays well under a keystroke.
    q.prepare(QStringLiteral("SELECT k.id, trim(k.first_name || ' ' || k.last_name), COALESCE(a.name, k.email) "
                             "FROM contacts k LEFT JOIN actors a ON a.id = k.actor_id ORDER BY k.last_name, k.first_name"));
    if (!q.exec())
        return result;
    while (q.next() && result.size() < limit) {
        const QString name = q.value(1).toString();
        if (key.isEmpty() || TextKey::fold(name).contains(key))
            result << Pick{q.value(0).toLongLong(), name, q.value(2).toString()};
    }
    return result;
}

QList<ProjectStore::Pick> ProjectStore::findActors(const QString &text, int limit) const
{
    QList<Pick> result;
    const QString key = TextKey::fold(text).trimmed();
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    // name_key is indexed: a prefix of the whole name, then of any word.
    q.prepare(QStringLiteral("SELECT id, name, commune_name FROM actors WHERE archived = 0 AND "
                             "(name_key >= ? AND name_key < ? OR name_key LIKE ?) ORDER BY name_key LIMIT ?"));
    q.addBindValue(key);
    q.addBindValue(key + QChar(0xffff));
    q.addBindValue(QStringLiteral("% ") + key + QStringLiteral("%"));
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next())
        result << Pick{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return result;
}

QString ProjectStore::contactName(qint64 contactId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = ?"));
    q.addBindValue(contactId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 ProjectStore::createHolder(const QString &firstName, const QString &lastName, const QString &email, const QString &phone)
{
    Transaction transaction(m_connectionName);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO contacts(actor_id, first_name, last_name, role, email, phone) VALUES (NULL, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(firstName.trimmed()));
    q.addBindValue(text(lastName.trimmed()));
    q.addBindValue(tr("Project holder"));
    q.addBindValue(text(email.trimmed()));
    q.addBindValue(text(phone.trimmed()));
    if (!q.exec()) {
        fail(tr("The holder could not be added"), q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    // A new person, as when a contact is created in the directory.
    QStringList fields{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("role")};
    if (!email.trimmed().isEmpty())
        fields << QStringLiteral("email");
    if (!phone.trimmed().isEmpty())
        fields << QStringLiteral("phone");
    PersonalDataJournal journal(m_connectionName);
    if (!journal.record(QStringLiteral("create"), QStringLiteral("contact"), id, fields) || !transaction.commit()) {
        fail(tr("The holder could not be added"), journal.errorString() + transaction.errorString());
        return 0;
    }
    return id;
}
