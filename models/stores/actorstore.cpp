#include "actorstore.h"

#include "actorwriter.h"
#include "models/domain/actorvalidator.h"
#include "models/domain/clock.h"
#include "models/domain/textkey.h"
#include "models/privacy/personaldatajournal.h"
#include "models/search/searchindexwriter.h"
#include "models/storage/transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString nowIso()
{
    return Clock::nowUtcText();
}

} // namespace

ActorStore::ActorStore(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

void ActorStore::notifyReset()
{
    emit actorsReset();
}

QString ActorStore::actorColumns()
{
    return QStringLiteral(
        "id, name, acronym, family, legal_category, legal_status, siren, siret, rna, naf, "
        "sector_id, address, postcode, commune_insee, commune_name, phone, email, website, description, "
        "creation_year, employer, accepts_interns, charter_signed_on, iae_agreement, esus_agreement, "
        "esus_agreed_on, publication_consent, notes, created_at, updated_at, archived");
}

Actor ActorStore::readActorRow(const QSqlQuery &q)
{
    Actor a;
    int i = 0;
    a.id = q.value(i++).toLongLong();
    a.name = q.value(i++).toString();
    a.acronym = q.value(i++).toString();
    a.family = q.value(i++).toString();
    a.legalCategory = q.value(i++).toString();
    a.legalStatus = q.value(i++).toString();
    a.siren = q.value(i++).toString();
    a.siret = q.value(i++).toString();
    a.rna = q.value(i++).toString();
    a.naf = q.value(i++).toString();
    a.sectorId = q.value(i++).toLongLong();
    a.address = q.value(i++).toString();
    a.postcode = q.value(i++).toString();
    a.communeInsee = q.value(i++).toString();
    a.communeName = q.value(i++).toString();
    a.phone = q.value(i++).toString();
    a.email = q.value(i++).toString();
    a.website = q.value(i++).toString();
    a.description = q.value(i++).toString();
    a.creationYear = q.value(i++).toInt();
    a.employer = q.value(i++).toBool();
    a.acceptsInterns = q.value(i++).toBool();
    a.charterSignedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    a.iaeAgreement = q.value(i++).toString();
    a.esusAgreement = q.value(i++).toBool();
    a.esusAgreedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    a.publicationConsent = q.value(i++).toBool();
    a.notes = q.value(i++).toString();
    a.createdAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODate);
    a.updatedAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODate);
    a.archived = q.value(i++).toBool();
    return a;
}

std::optional<Actor> ActorStore::load(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM actors WHERE id = ?").arg(actorColumns()));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Actor a = readActorRow(q);
    // An actor read without its contacts would lose them at its next save:
    // a failed read gives no actor at all.
    if (!readTags(a) || !readContacts(a) || !readFigures(a))
        return std::nullopt;
    return a;
}

bool ActorStore::readTags(Actor &a) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT kind, name FROM actor_tags WHERE actor_id = ? ORDER BY kind, position"));
    q.addBindValue(a.id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("competency"))
            a.competencies << q.value(1).toString();
        else
            a.networks << q.value(1).toString();
    }
    return true;
}

bool ActorStore::readContacts(Actor &a) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, first_name, last_name, role, email, phone, consent_guide, consent_guide_on, "
                             "consent_guide_source, consent_newsletter, consent_newsletter_on, consent_newsletter_source "
                             "FROM contacts WHERE actor_id = ? ORDER BY position, id"));
    q.addBindValue(a.id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    while (q.next()) {
        Contact c;
        c.id = q.value(0).toLongLong();
        c.actorId = a.id;
        c.firstName = q.value(1).toString();
        c.lastName = q.value(2).toString();
        c.role = q.value(3).toString();
        c.email = q.value(4).toString();
        c.phone = q.value(5).toString();
        c.consentGuide = q.value(6).toBool();
        c.consentGuideOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        c.consentGuideSource = q.value(8).toString();
        c.consentNewsletter = q.value(9).toBool();
        c.consentNewsletterOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        c.consentNewsletterSource = q.value(11).toString();
        a.contacts << c;
    }
    return true;
}

bool ActorStore::readFigures(Actor &a) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT year, headcount, fte, volunteers, members, budget_cents FROM actor_figures "
                             "WHERE actor_id = ? ORDER BY year"));
    q.addBindValue(a.id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    while (q.next()) {
        YearFigures f;
        f.year = q.value(0).toInt();
        if (!q.value(1).isNull())
            f.headcount = q.value(1).toInt();
        if (!q.value(2).isNull())
            f.fte = q.value(2).toDouble();
        if (!q.value(3).isNull())
            f.volunteers = q.value(3).toInt();
        if (!q.value(4).isNull())
            f.members = q.value(4).toInt();
        if (!q.value(5).isNull())
            f.budgetCents = q.value(5).toLongLong();
        a.figures << f;
    }
    return true;
}

bool ActorStore::save(Actor &actor)
{
    Transaction transaction(m_connectionName);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    if (!write(actor))
        return false;
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    emit actorSaved(actor.id);
    return true;
}

bool ActorStore::saveAll(QList<Actor> &actors)
{
    Transaction transaction(m_connectionName);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    ActorWriter writer(m_connectionName);
    writer.setDeferSearch(true);
    for (Actor &actor : actors) {
        if (!writer.write(actor)) {
            m_error = writer.errorString();
            return false;
        }
    }
    if (!writer.flushSearch()) {
        m_error = writer.errorString();
        return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    emit actorsReset();
    return true;
}

bool ActorStore::write(Actor &actor)
{
    ActorWriter writer(m_connectionName);
    if (writer.write(actor))
        return true;
    m_error = writer.errorString();
    return false;
}

bool ActorStore::remove(qint64 id)
{
    Transaction transaction(m_connectionName);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM actors WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    SearchIndexWriter index(m_connectionName);
    if (!index.unindex(id)) {
        m_error = index.errorString();
        return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    emit actorRemoved(id);
    return true;
}

bool ActorStore::removeInTransaction(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM actors WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    SearchIndexWriter index(m_connectionName);
    if (!index.unindex(id)) {
        m_error = index.errorString();
        return false;
    }
    return true;
}

bool ActorStore::setArchived(qint64 id, bool archived)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE actors SET archived = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(int(archived));
    q.addBindValue(nowIso());
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    if (archived) {
        ActorWriter writer(m_connectionName);
        if (!writer.stampArchivedOn(id)) {
            m_error = writer.errorString();
            return false;
        }
    }
    emit actorSaved(id);
    return true;
}

QList<DuplicateCandidate> ActorStore::findLikelyDuplicates(const Actor &actor) const
{
    QList<DuplicateCandidate> found;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto collect = [&](const QString &where, const QVariantList &values, DuplicateCandidate::Reason reason) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, name, commune_name, name FROM actors WHERE %1 AND id <> ?").arg(where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(actor.id);
        q.exec();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const bool already = std::any_of(found.cbegin(), found.cend(), [id](const DuplicateCandidate &c) { return c.id == id; });
            if (!already)
                found << DuplicateCandidate{id, q.value(1).toString(), q.value(2).toString(), reason};
        }
    };
    if (!actor.siret.isEmpty())
        collect(QStringLiteral("siret = ?"), {actor.siret}, DuplicateCandidate::Reason::SameSiret);
    const QString siren = ActorValidator::sirenOf(actor.siren, actor.siret);
    if (!siren.isEmpty())
        collect(QStringLiteral("siren = ?"), {siren}, DuplicateCandidate::Reason::SameSiren);
    if (!actor.rna.isEmpty())
        collect(QStringLiteral("rna = ?"), {actor.rna}, DuplicateCandidate::Reason::SameRna);
    // The normalised name also drops punctuation ("L'Atelier" = "L Atelier"),
    // which SQL cannot do: narrow to the commune in SQL, compare here.
    const QString normalized = TextKey::normalizedName(actor.name);
    if (!normalized.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT id, name, commune_name FROM actors WHERE id <> ? AND "
            "(commune_insee = ? OR (commune_insee IS NULL AND lower(commune_name) = lower(?)))"));
        q.addBindValue(actor.id);
        q.addBindValue(actor.communeInsee);
        q.addBindValue(text(actor.communeName));
        q.exec();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (TextKey::normalizedName(q.value(1).toString()) != normalized)
                continue;
            const bool already = std::any_of(found.cbegin(), found.cend(), [id](const DuplicateCandidate &c) { return c.id == id; });
            if (!already)
                found << DuplicateCandidate{id, q.value(1).toString(), q.value(2).toString(), DuplicateCandidate::Reason::SameNameAndCommune};
        }
    }
    return found;
}

int ActorStore::count(bool includeArchived) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(includeArchived ? QStringLiteral("SELECT count(*) FROM actors")
                                : QStringLiteral("SELECT count(*) FROM actors WHERE archived = 0"))
        || !q.next()) {
        m_error = q.lastError().databaseText();
        return 0;
    }
    return q.value(0).toInt();
}

int ActorStore::latestFiguresYear() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(QStringLiteral("SELECT max(year) FROM actor_figures")) && q.next() ? q.value(0).toInt() : 0;
}
