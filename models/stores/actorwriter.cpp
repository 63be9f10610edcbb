#include "actorwriter.h"

#include "models/storage/database.h"

#include "models/privacy/personaldatajournal.h"

#include "models/domain/clock.h"
#include "models/domain/textkey.h"
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

/// A statement prepared once and reset after each use; values are bound by
/// position, text as UTF-16 copied by SQLite.
class ActorWriter::Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (db)
            sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void text(const QString &value)
    {
        static const char16_t empty[] = u"";
        const void *data = value.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(value.utf16());
        sqlite3_bind_text16(m_stmt, ++m_index, data, int(value.size() * 2), SQLITE_TRANSIENT);
    }
    void integer(qint64 value) { sqlite3_bind_int64(m_stmt, ++m_index, value); }
    void real(double value) { sqlite3_bind_double(m_stmt, ++m_index, value); }
    void null() { sqlite3_bind_null(m_stmt, ++m_index); }
    template<typename T>
    void optional(const std::optional<T> &value)
    {
        if (!value)
            null();
        else if constexpr (std::is_floating_point_v<T>)
            real(double(*value));
        else
            integer(qint64(*value));
    }
    /// Runs the statement; false with @p error set when SQLite refused it.
    bool run(QString *error)
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_index = 0;
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_index = 0;
};

ActorWriter::ActorWriter(const QString &connectionName)
    : m_connectionName(connectionName)
    , m_now(Clock::nowUtcText())
{
    m_db = handle();
}

ActorWriter::~ActorWriter() = default;

sqlite3 *ActorWriter::handle() const
{
    return Database::sqliteHandle(m_connectionName);
}

ActorWriter::Statement &ActorWriter::raw(std::unique_ptr<Statement> &slot, const char *sql)
{
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    return *slot;
}

bool ActorWriter::insertRow(Actor &actor)
{
    static const QByteArray sql = QStringLiteral("INSERT INTO actors(%1, id) VALUES (%2?)")
                                      .arg(actorColumns, QStringLiteral("?, ").repeated(actorColumns.count(QLatin1Char(',')) + 1))
                                      .toUtf8();
    Statement &q = raw(m_rawInsert, sql.constData());
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
    q.text(actor.createdAt.toUTC().toString(Qt::ISODate));
    q.text(m_now);
    q.integer(actor.archived);
    q.text(TextKey::sortKey(actor.name.trimmed()));
    actor.id > 0 ? q.integer(actor.id) : q.null();
    if (!q.run(&m_error))
        return false;
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
        if (!TerritoryStore::ensureCommune(m_connectionName, actor.communeInsee, &m_error))
            return false;
        m_knownCommunes.insert(actor.communeInsee);
    }
    if (!actor.createdAt.isValid())
        actor.createdAt = QDateTime::fromString(m_now, Qt::ISODate);
    actor.updatedAt = QDateTime::fromString(m_now, Qt::ISODate);
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
            Statement &tag = raw(m_rawTag, "INSERT OR IGNORE INTO actor_tags(actor_id, kind, name, position) VALUES (?, ?, ?, ?)");
            tag.integer(actor.id);
            tag.text(kind);
            tag.text(name.trimmed());
            tag.integer(position++);
            if (!tag.run(&m_error))
                return false;
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
        Statement &fig = raw(m_rawFigure, "INSERT INTO actor_figures(actor_id, year, headcount, fte, volunteers, members, budget_cents) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)");
        fig.integer(actor.id);
        fig.integer(f.year);
        fig.optional(f.headcount);
        fig.optional(f.fte);
        fig.optional(f.volunteers);
        fig.optional(f.members);
        fig.optional(f.budgetCents);
        if (!fig.run(&m_error))
            return false;
    }
    return true;
}

bool ActorWriter::writeSearchEntry(const Actor &actor, bool mayExist)
{
    // The same text as 002_search.sql gathers in SQL, built from the actor
    // in hand rather than read back row by row.
    if (mayExist) {
        QSqlQuery &del = prepared(m_searchDelete, QStringLiteral("DELETE FROM actor_search WHERE rowid = ?"));
        del.addBindValue(actor.id);
        if (!del.exec())
            return failed(del);
    }
    if (m_sectorNames.isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (q.exec(QStringLiteral("SELECT id, name FROM sectors"))) {
            while (q.next())
                m_sectorNames.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        m_sectorNames.insert(0, QString());
    }
    QStringList competencies;
    for (const QString &c : actor.competencies) {
        if (!c.trimmed().isEmpty() && !competencies.contains(c.trimmed()))
            competencies << c.trimmed();
    }
    QStringList contacts;
    for (const Contact &c : actor.contacts)
        contacts << c.firstName.trimmed() + QLatin1Char(' ') + c.lastName.trimmed();
    SearchRow row{actor.id, actor.name.trimmed(), actor.acronym.trimmed(), actor.communeName, m_sectorNames.value(actor.sectorId),
                  competencies.join(QLatin1Char(' ')), contacts.join(QLatin1Char(' '))};
    // Only a new actor's entry may wait: an update deleted the old one above.
    if (m_deferSearch && !mayExist) {
        m_pendingSearch.push_back(std::move(row));
        return true;
    }
    m_pendingSearch.push_back(std::move(row));
    return flushSearch();
}

bool ActorWriter::flushSearch()
{
    for (const SearchRow &row : m_pendingSearch) {
        Statement &q = raw(m_rawSearch, "INSERT INTO actor_search(rowid, name, acronym, commune, sector, competencies, contacts) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)");
        q.integer(row.id);
        q.text(row.name);
        q.text(row.acronym);
        q.text(row.commune);
        q.text(row.sector);
        q.text(row.competencies);
        q.text(row.contacts);
        if (!q.run(&m_error)) {
            m_pendingSearch.clear();
            return false;
        }
    }
    m_pendingSearch.clear();
    return true;
}
