#include "actorwriter.h"

#include "models/storage/database.h"

#include "models/privacy/personaldatajournal.h"

#include "models/domain/clock.h"
#include "models/domain/textkey.h"
#include "models/search/actorsearchengine.h"
#include "models/storage/rawstatement.h"
#include "territorystore.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <type_traits>

namespace {

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString actorColumns = QStringLiteral(
    "name, name_key, acronym, family, legal_category, legal_status, siren, siret, rna, naf, sector_id, "
    "address, postcode, commune_insee, commune_name, phone, email, website, description, creation_year, "
    "employer, accepts_interns, charter_signed_on, iae_agreement, esus_agreement, esus_agreed_on, "
    "publication_consent, notes, created_at, updated_at, archived, sort_key");

} // namespace

ActorWriter::ActorWriter(const QString &connectionName)
    : m_connectionName(connectionName)
    , m_now(Clock::nowUtcText())
    , m_nowInstant(QDateTime::fromString(m_now, Qt::ISODate))
{
    m_db = handle();
}

ActorWriter::~ActorWriter() = default;

sqlite3 *ActorWriter::handle() const
{
    return Database::sqliteHandle(m_connectionName);
}

RawStatement &ActorWriter::raw(std::unique_ptr<RawStatement> &slot, const char *sql)
{
    if (!slot)
        slot = std::make_unique<RawStatement>(m_db, sql);
    return *slot;
}

bool ActorWriter::insertRow(Actor &actor)
{
    static const QByteArray sql = QStringLiteral("INSERT INTO actors(%1, id) VALUES (%2?)")
                                      .arg(actorColumns, QStringLiteral("?, ").repeated(actorColumns.count(QLatin1Char(',')) + 1))
                                      .toUtf8();
    RawStatement &q = raw(m_rawInsert, sql.constData());
    if (!q.isValid()) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    q.text(actor.name.trimmed());
    q.text(TextKey::fold(actor.name));
    q.text(actor.acronym.trimmed());
    q.text(actor.family);
    q.text(actor.legalCategory);
    q.text(actor.legalStatus);
    q.text(actor.siren);
    q.text(actor.siret);
    q.text(actor.rna);
    q.text(actor.naf);
    actor.sectorId > 0 ? q.integer(actor.sectorId) : q.null();
    q.text(actor.address);
    q.text(actor.postcode);
    actor.communeInsee.isEmpty() ? q.null() : q.text(actor.communeInsee);
    q.text(actor.communeName);
    q.text(actor.phone);
    q.text(actor.email);
    q.text(actor.website);
    q.text(actor.description);
    actor.creationYear > 0 ? q.integer(actor.creationYear) : q.null();
    q.integer(actor.employer);
    q.integer(actor.acceptsInterns);
    q.text(actor.charterSignedOn.isValid() ? actor.charterSignedOn.toString(Qt::ISODate) : QString());
    q.text(actor.iaeAgreement);
    q.integer(actor.esusAgreement);
    q.text(actor.esusAgreedOn.isValid() ? actor.esusAgreedOn.toString(Qt::ISODate) : QString());
    q.integer(actor.publicationConsent);
    q.text(actor.notes);
    // A new actor is created now: its text is the writer's, not formatted again.
    q.text(actor.createdAt == m_nowInstant ? m_now : actor.createdAt.toUTC().toString(Qt::ISODate));
    q.text(m_now);
    q.integer(actor.archived);
    q.text(TextKey::sortKey(actor.name.trimmed()));
    actor.id > 0 ? q.integer(actor.id) : q.null();
    if (!q.run())
        return m_error = q.errorString(), false;
    if (actor.id <= 0)
        actor.id = sqlite3_last_insert_rowid(m_db);
    return true;
}

QSqlQuery &ActorWriter::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        slot->prepare(sql);
    }
    return *slot;
}

bool ActorWriter::failed(const QSqlQuery &q)
{
    m_error = q.lastError().databaseText();
    return false;
}

bool ActorWriter::exists(qint64 id)
{
    QSqlQuery &q = prepared(m_exists, QStringLiteral("SELECT 1 FROM actors WHERE id = ?"));
    q.addBindValue(id);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

bool ActorWriter::write(Actor &actor)
{
    const bool fresh = actor.id <= 0;
    const bool update = !fresh && exists(actor.id);
    // An actor may be anywhere in France: its commune joins the table first
    // (looked up once per commune and writer).
    if (!actor.communeInsee.isEmpty() && !m_knownCommunes.contains(actor.communeInsee)) {
        if (const Outcome<bool> known = TerritoryStore::ensureCommune(m_connectionName, actor.communeInsee); !known)
            return m_error = known.errorString(), false;
        m_knownCommunes.insert(actor.communeInsee);
    }
    if (!actor.createdAt.isValid())
        actor.createdAt = m_nowInstant;
    actor.updatedAt = m_nowInstant;
    if (!writeRow(actor, update))
        return false;
    if (update && !clearChildren(actor.id))
        return false;
    return (!actor.archived || stampArchivedOn(actor.id)) && writeTags(actor) && writeContacts(actor, update) && writeFigures(actor)
        && writeSearchEntry(actor, !fresh);
}

bool ActorWriter::stampArchivedOn(qint64 actorId)
{
    // An actor archived without a date is archived today, in the user's
    // calendar (not SQLite's UTC date('now'), a day behind after midnight in Paris).
    QSqlQuery &q = prepared(m_stampArchived, QStringLiteral("UPDATE actors SET archived_on = ? WHERE id = ? AND archived = 1 AND archived_on = ''"));
    q.addBindValue(Clock::today().toString(Qt::ISODate));
    q.addBindValue(actorId);
    if (!q.exec())
        return failed(q);
    return true;
}

bool ActorWriter::writeRow(Actor &actor, bool update)
{
    if (!update && m_db)
        return insertRow(actor);
    QString assignments = actorColumns;
    assignments.replace(QLatin1String(", "), QLatin1String(" = ?, "));
    QSqlQuery &q = update ? prepared(m_update, QStringLiteral("UPDATE actors SET %1 = ? WHERE id = ?").arg(assignments))
                          : prepared(m_insert, QStringLiteral("INSERT INTO actors(%1, id) VALUES (%2?)")
                                                   .arg(actorColumns, QStringLiteral("?, ").repeated(actorColumns.count(QLatin1Char(',')) + 1)));
    q.addBindValue(text(actor.name.trimmed()));
    q.addBindValue(TextKey::fold(actor.name));
    q.addBindValue(text(actor.acronym.trimmed()));
    q.addBindValue(text(actor.family));
    q.addBindValue(text(actor.legalCategory));
    q.addBindValue(text(actor.legalStatus));
    q.addBindValue(text(actor.siren));
    q.addBindValue(text(actor.siret));
    q.addBindValue(text(actor.rna));
    q.addBindValue(text(actor.naf));
    q.addBindValue(actor.sectorId > 0 ? QVariant(actor.sectorId) : QVariant());
    q.addBindValue(text(actor.address));
    q.addBindValue(text(actor.postcode));
    q.addBindValue(actor.communeInsee.isEmpty() ? QVariant() : QVariant(actor.communeInsee));
    q.addBindValue(text(actor.communeName));
    q.addBindValue(text(actor.phone));
    q.addBindValue(text(actor.email));
    q.addBindValue(text(actor.website));
    q.addBindValue(text(actor.description));
    q.addBindValue(actor.creationYear > 0 ? QVariant(actor.creationYear) : QVariant());
    q.addBindValue(int(actor.employer));
    q.addBindValue(int(actor.acceptsInterns));
    q.addBindValue(optionalDate(actor.charterSignedOn));
    q.addBindValue(text(actor.iaeAgreement));
    q.addBindValue(int(actor.esusAgreement));
    q.addBindValue(optionalDate(actor.esusAgreedOn));
    q.addBindValue(int(actor.publicationConsent));
    q.addBindValue(text(actor.notes));
    q.addBindValue(actor.createdAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(m_now);
    q.addBindValue(int(actor.archived));
    q.addBindValue(TextKey::sortKey(actor.name.trimmed()));
    q.addBindValue(actor.id > 0 ? QVariant(actor.id) : QVariant());
    if (!q.exec())
        return failed(q);
    if (!update && actor.id <= 0)
        actor.id = q.lastInsertId().toLongLong();
    return true;
}

bool ActorWriter::clearChildren(qint64 id)
{
    QSqlQuery &tags = prepared(m_deleteTags, QStringLiteral("DELETE FROM actor_tags WHERE actor_id = ?"));
    tags.addBindValue(id);
    if (!tags.exec())
        return failed(tags);
    QSqlQuery &figures = prepared(m_deleteFigures, QStringLiteral("DELETE FROM actor_figures WHERE actor_id = ?"));
    figures.addBindValue(id);
    if (!figures.exec())
        return failed(figures);
    return true;
}

bool ActorWriter::writeTags(const Actor &actor)
{
    const auto write = [&](const QStringList &names, const QString &kind) {
        int position = 0;
        for (const QString &name : names) {
            if (name.trimmed().isEmpty())
                continue;
            RawStatement &tag = raw(m_rawTag, "INSERT OR IGNORE INTO actor_tags(actor_id, kind, name, position) VALUES (?, ?, ?, ?)");
            tag.integer(actor.id);
            tag.text(kind);
            tag.text(name.trimmed());
            tag.integer(position++);
            if (!tag.run())
                return m_error = tag.errorString(), false;
        }
        return true;
    };
    return write(actor.competencies, QStringLiteral("competency")) && write(actor.networks, QStringLiteral("network"));
}

bool ActorWriter::writeContacts(Actor &actor, bool update)
{
    // Contacts keep their ids: later capabilities (registrations, the pilot of
    // an action) point to them, so an edit must not recreate them.
    QList<qint64> kept;
    PersonalDataJournal journal(m_connectionName);
    for (Contact &c : actor.contacts) {
        c.actorId = actor.id;
        bool contactExists = false;
        if (c.id > 0) {
            QSqlQuery &e = prepared(m_contactExists, QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"));
            e.addBindValue(c.id);
            contactExists = e.exec() && e.next();
            e.finish();
        }
        // Read before the write: the journal names the fields that changed
        // and keeps the consents' previous state (RGPD proof).
        const std::optional<Contact> before = contactExists ? journal.storedContact(c.id) : std::nullopt;
        QSqlQuery &cq = contactExists
            ? prepared(m_contactUpdate, QStringLiteral(
                  "UPDATE contacts SET actor_id = ?, first_name = ?, last_name = ?, role = ?, email = ?, phone = ?, "
                  "consent_guide = ?, consent_guide_on = ?, consent_guide_source = ?, consent_newsletter = ?, "
                  "consent_newsletter_on = ?, consent_newsletter_source = ?, position = ? WHERE id = ?"))
            : prepared(m_contactInsert, QStringLiteral(
                  "INSERT INTO contacts(actor_id, first_name, last_name, role, email, phone, consent_guide, "
                  "consent_guide_on, consent_guide_source, consent_newsletter, consent_newsletter_on, "
                  "consent_newsletter_source, position, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        cq.addBindValue(actor.id);
        cq.addBindValue(text(c.firstName.trimmed()));
        cq.addBindValue(text(c.lastName.trimmed()));
        cq.addBindValue(text(c.role));
        cq.addBindValue(text(c.email.trimmed()));
        cq.addBindValue(text(c.phone));
        cq.addBindValue(int(c.consentGuide));
        cq.addBindValue(optionalDate(c.consentGuideOn));
        cq.addBindValue(text(c.consentGuideSource));
        cq.addBindValue(int(c.consentNewsletter));
        cq.addBindValue(optionalDate(c.consentNewsletterOn));
        cq.addBindValue(text(c.consentNewsletterSource));
        cq.addBindValue(int(kept.size()));
        cq.addBindValue(c.id > 0 ? QVariant(c.id) : QVariant());
        if (!cq.exec())
            return failed(cq);
        if (!contactExists && c.id <= 0)
            c.id = cq.lastInsertId().toLongLong();
        if (!journal.recordContactChange(before, c)) {
            m_error = journal.errorString();
            return false;
        }
        kept << c.id;
    }
    if (!update)
        return true;
    QSqlQuery &old = prepared(m_contactIds, QStringLiteral("SELECT id FROM contacts WHERE actor_id = ?"));
    old.addBindValue(actor.id);
    if (!old.exec())
        return failed(old);
    QList<qint64> gone;
    while (old.next()) {
        if (!kept.contains(old.value(0).toLongLong()))
            gone << old.value(0).toLongLong();
    }
    old.finish();
    for (qint64 id : gone) {
        QSqlQuery &del = prepared(m_contactDelete, QStringLiteral("DELETE FROM contacts WHERE id = ?"));
        del.addBindValue(id);
        if (!del.exec())
            return failed(del);
        if (!journal.record(QStringLiteral("delete"), QStringLiteral("contact"), id, {})) {
            m_error = journal.errorString();
            return false;
        }
    }
    return true;
}

bool ActorWriter::writeFigures(const Actor &actor)
{
    for (const YearFigures &f : actor.figures) {
        RawStatement &fig = raw(m_rawFigure, "INSERT INTO actor_figures(actor_id, year, headcount, fte, volunteers, members, budget_cents) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)");
        fig.integer(actor.id);
        fig.integer(f.year);
        fig.optional(f.headcount);
        fig.optional(f.fte);
        fig.optional(f.volunteers);
        fig.optional(f.members);
        fig.optional(f.budgetCents);
        if (!fig.run())
            return m_error = fig.errorString(), false;
    }
    return true;
}

bool ActorWriter::writeSearchEntry(const Actor &actor, bool mayExist)
{
    if (mayExist) {
        QSqlQuery &del = prepared(m_searchDelete, QStringLiteral("DELETE FROM actor_search WHERE rowid = ?"));
        del.addBindValue(actor.id);
        if (!del.exec())
            return failed(del);
    }
    // Only a new actor's entry may wait: an update deleted the old one above.
    if (m_deferSearch && !mayExist) {
        m_pendingSearch.push_back(actor.id);
        return true;
    }
    // The entry is made from the rows just written, by the same statement
    // as the search engine's and as an import's (one definition of its text).
    static const QByteArray sql = ActorSearchEngine::indexStatement("actors a", "WHERE a.id = ?");
    RawStatement &q = raw(m_rawSearch, sql.constData());
    q.integer(actor.id);
    return q.run() || (m_error = q.errorString(), false);
}

bool ActorWriter::flushSearch()
{
    if (m_pendingSearch.empty())
        return true;
    // The new actors' ids go to a temporary table, and one statement writes
    // all their entries: FTS5 then builds its index in one pass instead of
    // flushing at every statement.
    bool ok = sqlite3_exec(m_db, "CREATE TEMP TABLE IF NOT EXISTS essaim_search_pending(actor_id INTEGER PRIMARY KEY)", nullptr,
                           nullptr, nullptr)
            == SQLITE_OK
        && sqlite3_exec(m_db, "DELETE FROM temp.essaim_search_pending", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    {
        RawStatement pending(m_db, "INSERT OR IGNORE INTO temp.essaim_search_pending(actor_id) VALUES (?)");
        for (std::size_t i = 0; ok && i < m_pendingSearch.size(); ++i) {
            pending.integer(m_pendingSearch[i]);
            ok = pending.run() || (m_error = pending.errorString(), false);
        }
    }
    if (ok) {
        static const QByteArray sql = ActorSearchEngine::indexStatement(
            "temp.essaim_search_pending p CROSS JOIN actors a ON a.id = p.actor_id", "");
        RawStatement all(m_db, sql.constData());
        ok = all.run() || (m_error = all.errorString(), false);
    }
    sqlite3_exec(m_db, "DROP TABLE IF EXISTS temp.essaim_search_pending", nullptr, nullptr, nullptr);
    m_pendingSearch.clear();
    m_pendingSearch.shrink_to_fit();
    return ok;
}
