#include "actorstore.h"

#include "models/domain/duplicateindex.h"

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
    // SQL narrows to the actors that may match, on indexed columns (a
    // SIRET's SIREN as a range of SIRETs; the commune, by code or, for an
    // actor without one, all those without one); DuplicateIndex decides.
    const DuplicateIndex::Keys keys = DuplicateIndex::keysOf(actor);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "SELECT id, name, siren, siret, rna, COALESCE(commune_insee, ''), commune_name FROM actors WHERE id <> ? AND ("
        "(siret <> '' AND siret = ?) OR (siren <> '' AND siren = ?) OR (siret <> '' AND siret >= ? AND siret < ?) "
        "OR (rna <> '' AND rna = ?) OR (? <> '' AND commune_insee = ?) OR (? = '' AND commune_insee IS NULL))"));
    q.addBindValue(actor.id);
    q.addBindValue(text(keys.siret));
    q.addBindValue(text(keys.siren));
    q.addBindValue(keys.siren.isEmpty() ? QStringLiteral("~") : keys.siren);
    q.addBindValue(keys.siren.isEmpty() ? QStringLiteral("~") : keys.siren + QLatin1Char(':'));
    q.addBindValue(text(keys.rna));
    q.addBindValue(text(actor.communeInsee));
    q.addBindValue(text(actor.communeInsee));
    q.addBindValue(keys.place.isEmpty() ? QStringLiteral("-") : text(actor.communeInsee));
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return {};
    }
    DuplicateIndex index;
    while (q.next()) {
        const QString name = q.value(1).toString();
        const QString communeName = q.value(6).toString();
        index.add(q.value(0).toLongLong(), name, communeName,
                  DuplicateIndex::keysOf(name, q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                         q.value(5).toString(), communeName));
    }
    return index.findAll(keys, actor.id);
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
