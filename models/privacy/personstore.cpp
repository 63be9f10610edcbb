#include "personstore.h"

#include "models/domain/clock.h"
#include "models/domain/textkey.h"
#include "models/search/searchindexwriter.h"
#include "models/storage/transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {
QString digits(const QString &text)
{
    QString d;
    for (const QChar c : text) {
        if (c.isDigit())
            d += c;
    }
    return d;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

const QStringList contactColumns = {QStringLiteral("actor_id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                                    QStringLiteral("role"), QStringLiteral("email"), QStringLiteral("phone"),
                                    QStringLiteral("consent_guide"), QStringLiteral("consent_guide_on"),
                                    QStringLiteral("consent_guide_source"), QStringLiteral("consent_newsletter"),
                                    QStringLiteral("consent_newsletter_on"), QStringLiteral("consent_newsletter_source"),
                                    QStringLiteral("position")};
} // namespace

PersonStore::PersonStore(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool PersonStore::failQuery(const QSqlQuery &query)
{
    m_error = tr("The personal data could not be changed (%1). Nothing was changed.").arg(query.lastError().databaseText());
    return false;
}

QList<PersonStore::Match> PersonStore::find(const QString &text) const
{
    QList<Match> result;
    const QString needle = TextKey::fold(text);
    const QString needleDigits = digits(text);
    if (needle.isEmpty())
        return result;
    auto matches = [&](const QString &name, const QString &email, const QString &phone) {
        return TextKey::fold(name).contains(needle) || TextKey::fold(email).contains(needle)
            || (needleDigits.size() >= 4 && needleDigits.size() * 2 >= needle.size() && digits(phone).contains(needleDigits));
    };
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT c.id, trim(c.first_name || ' ' || c.last_name), c.email, c.phone, COALESCE(a.name, '') "
                               "FROM contacts c LEFT JOIN actors a ON a.id = c.actor_id ORDER BY c.last_name, c.first_name, c.id"))) {
        m_error = q.lastError().databaseText();
        return result;
    }
    while (q.next()) {
        const Match m{q.value(0).toLongLong(), 0, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString()};
        if (matches(m.name, m.email, m.phone))
            result << m;
    }
    // Registrants without a contact: one line per person (same e-mail, or
    // same name without an e-mail).
    QSqlQuery r(db);
    if (!r.exec(QStringLiteral("SELECT r.id, r.name, r.email, COALESCE(a.name, '') FROM registrations r "
                               "LEFT JOIN actors a ON a.id = r.actor_id WHERE r.contact_id IS NULL "
                               "AND (r.name <> '' OR r.email <> '') ORDER BY r.id"))) {
        m_error = r.lastError().databaseText();
        return result;
    }
    QStringList seen;
    while (r.next()) {
        const QString key = r.value(2).toString().isEmpty() ? TextKey::fold(r.value(1).toString())
                                                            : r.value(2).toString().toLower();
        if (seen.contains(key) || !matches(r.value(1).toString(), r.value(2).toString(), {}))
            continue;
        seen << key;
        result << Match{0, r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), {}, r.value(3).toString()};
    }
    return result;
}

bool PersonStore::contactExists(qint64 contactId) const
{
    return PersonalDataJournal(m_connectionName).storedContact(contactId).has_value();
}

bool PersonStore::registrationExists(qint64 registrationId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM registrations WHERE id = ?"));
    q.addBindValue(registrationId);
    return q.exec() && q.next();
}

PersonDossier PersonStore::contactDossier(qint64 contactId) const
{
    PersonDossier d;
    PersonalDataJournal journal(m_connectionName);
    const auto contact = journal.storedContact(contactId);
    if (!contact)
        return d;
    d.isContact = true;
    d.contact = *contact;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM actors WHERE id = ?"));
    q.addBindValue(contact->actorId);
    if (q.exec() && q.next())
        d.actorName = q.value(0).toString();
    d.consentHistory = journal.consentHistory(contactId);
    q.prepare(QStringLiteral("SELECT r.id, e.title, r.occurrence_start, r.status, r.name, r.email FROM registrations r "
                             "JOIN events e ON e.id = r.event_id WHERE r.contact_id = ? ORDER BY r.occurrence_start, r.id"));
    q.addBindValue(contactId);
    if (q.exec()) {
        while (q.next())
            d.registrations << PersonDossier::Registration{q.value(0).toLongLong(), q.value(1).toString(),
                                                           QDateTime::fromString(q.value(2).toString(), Qt::ISODate),
                                                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    }
    q.prepare(QStringLiteral("SELECT i.id, p.name, i.title FROM plan_items i JOIN plans p ON p.id = i.plan_id "
                             "WHERE i.pilot_contact_id = ? ORDER BY p.position, i.id"));
    q.addBindValue(contactId);
    if (q.exec()) {
        while (q.next())
            d.pilotedActions << PersonDossier::PilotedAction{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    }
    d.heldProjects = heldProjects(contactId);
    d.journalMentions = journalMentions(contact->displayName());
    d.exchanges = exchangeMentions(contact->displayName());
    PersonalDataJournal::Filter filter;
    filter.recordKind = QStringLiteral("contact");
    filter.recordId = contactId;
    d.audit = journal.entries(filter);
    return d;
}

PersonDossier PersonStore::registrantDossier(qint64 registrationId) const
{
    PersonDossier d;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, email FROM registrations WHERE id = ?"));
    q.addBindValue(registrationId);
    if (!q.exec() || !q.next())
        return d;
    const QString name = q.value(0).toString();
    const QString email = q.value(1).toString();
    d.contact.lastName = name;
    d.contact.email = email;
    if (!q.exec(QStringLiteral("SELECT r.id, e.title, r.occurrence_start, r.status, r.name, r.email FROM registrations r "
                               "JOIN events e ON e.id = r.event_id WHERE r.contact_id IS NULL ORDER BY r.occurrence_start, r.id"))) {
        m_error = q.lastError().databaseText();
        return d;
    }
    PersonalDataJournal journal(m_connectionName);
    while (q.next()) {
        const QString otherName = q.value(4).toString();
        const QString otherEmail = q.value(5).toString();
        const bool same = email.isEmpty() ? (otherEmail.isEmpty() && TextKey::fold(otherName) == TextKey::fold(name))
                                          : otherEmail.compare(email, Qt::CaseInsensitive) == 0;
        if (!same)
            continue;
        d.registrations << PersonDossier::Registration{q.value(0).toLongLong(), q.value(1).toString(),
                                                       QDateTime::fromString(q.value(2).toString(), Qt::ISODate),
                                                       q.value(3).toString(), otherName, otherEmail};
        PersonalDataJournal::Filter filter;
        filter.recordKind = QStringLiteral("registration");
        filter.recordId = q.value(0).toLongLong();
        d.audit << journal.entries(filter);
    }
    d.journalMentions = journalMentions(name);
    d.exchanges = exchangeMentions(name);
    return d;
}

QList<PersonDossier::Exchange> PersonStore::exchangeMentions(const QString &name) const
{
    QList<PersonDossier::Exchange> result;
    const QString key = TextKey::fold(name);
    if (key.size() < 4)
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT i.id, p.name, i.on_date, i.participants, i.notes, i.next_step FROM project_interactions i "
                               "JOIN projects p ON p.id = i.project_id ORDER BY i.on_date, i.id"))) {
        m_error = q.lastError().databaseText();
        return result;
    }
    while (q.next()) {
        const QString text = q.value(3).toString() + QLatin1Char('\n') + q.value(4).toString() + QLatin1Char('\n')
            + q.value(5).toString();
        if (!TextKey::fold(text).contains(key))
            continue;
        result << PersonDossier::Exchange{q.value(0).toLongLong(), q.value(1).toString(),
                                          QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString(),
                                          q.value(4).toString(), q.value(5).toString()};
    }
    return result;
}

QList<PersonDossier::HeldProject> PersonStore::heldProjects(qint64 contactId) const
{
    QList<PersonDossier::HeldProject> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT p.id, p.name, p.stage, (SELECT max(i.on_date) FROM project_interactions i "
                             "WHERE i.project_id = p.id) FROM project_holders h JOIN projects p ON p.id = h.project_id "
                             "WHERE h.contact_id = ? ORDER BY p.name, p.id"));
    q.addBindValue(contactId);
    if (!q.exec())
        return result;
    while (q.next())
        result << PersonDossier::HeldProject{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                             QDate::fromString(q.value(3).toString(), Qt::ISODate)};
    return result;
}

QList<PersonDossier::JournalMention> PersonStore::journalMentions(const QString &name) const
{
    QList<PersonDossier::JournalMention> result;
    const QString key = TextKey::fold(name);
    // A name this short would find every entry: it names nobody.
    if (key.size() < 4)
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT j.id, i.title, j.entry_date, j.author, j.text FROM plan_journal j "
                               "JOIN plan_items i ON i.id = j.item_id ORDER BY j.entry_date, j.id"))) {
        m_error = q.lastError().databaseText();
        return result;
    }
    while (q.next()) {
        if (TextKey::fold(q.value(3).toString()) != key && !TextKey::fold(q.value(4).toString()).contains(key))
            continue;
        result << PersonDossier::JournalMention{q.value(0).toLongLong(), q.value(1).toString(),
                                               QDate::fromString(q.value(2).toString().left(10), Qt::ISODate),
                                               q.value(3).toString(), q.value(4).toString()};
    }
    return result;
}

QJsonObject PersonStore::toJson(const PersonDossier &d)
{
    QJsonObject person{{QStringLiteral("kind"), d.isContact ? QStringLiteral("contact") : QStringLiteral("registrant")},
                       {QStringLiteral("first_name"), d.contact.firstName},
                       {QStringLiteral("last_name"), d.contact.lastName},
                       {QStringLiteral("email"), d.contact.email}};
    if (d.isContact) {
        person.insert(QStringLiteral("id"), d.contact.id);
        person.insert(QStringLiteral("role"), d.contact.role);
        person.insert(QStringLiteral("phone"), d.contact.phone);
    }
    QJsonArray consents;
    if (d.isContact) {
        consents.append(QJsonObject{{QStringLiteral("purpose"), QStringLiteral("guide")},
                                    {QStringLiteral("given"), d.contact.consentGuide},
                                    {QStringLiteral("on"), isoDate(d.contact.consentGuideOn)},
                                    {QStringLiteral("source"), d.contact.consentGuideSource}});
        consents.append(QJsonObject{{QStringLiteral("purpose"), QStringLiteral("newsletter")},
                                    {QStringLiteral("given"), d.contact.consentNewsletter},
                                    {QStringLiteral("on"), isoDate(d.contact.consentNewsletterOn)},
                                    {QStringLiteral("source"), d.contact.consentNewsletterSource}});
    }
    QJsonArray history;
    for (const auto &c : d.consentHistory)
        history.append(QJsonObject{{QStringLiteral("purpose"), c.purpose},
                                   {QStringLiteral("previous_given"), c.previousGiven ? QJsonValue(*c.previousGiven) : QJsonValue()},
                                   {QStringLiteral("previous_on"), isoDate(c.previousOn)},
                                   {QStringLiteral("previous_source"), c.previousSource},
                                   {QStringLiteral("given"), c.given},
                                   {QStringLiteral("on"), isoDate(c.givenOn)},
                                   {QStringLiteral("source"), c.source},
                                   {QStringLiteral("recorded_at"), c.recordedAt.toUTC().toString(Qt::ISODate)}});
    QJsonArray actors;
    if (d.isContact && d.contact.actorId > 0)
        actors.append(QJsonObject{{QStringLiteral("id"), d.contact.actorId}, {QStringLiteral("name"), d.actorName}});
    QJsonArray registrations;
    for (const auto &r : d.registrations)
        registrations.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("event"), r.eventTitle},
                                         {QStringLiteral("date"), r.occurrenceStart.toString(Qt::ISODate)},
                                         {QStringLiteral("status"), r.status}, {QStringLiteral("name"), r.name},
                                         {QStringLiteral("email"), r.email}});
    QJsonArray actions;
    for (const auto &a : d.pilotedActions)
        actions.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("plan"), a.planName},
                                   {QStringLiteral("title"), a.title}, {QStringLiteral("role"), QStringLiteral("pilot")}});
    QJsonArray projects;
    for (const auto &p : d.heldProjects)
        projects.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
                                    {QStringLiteral("stage"), p.stage}, {QStringLiteral("role"), QStringLiteral("holder")},
                                    {QStringLiteral("last_interaction"), isoDate(p.lastInteraction)}});
    QJsonArray exchanges;
    for (const auto &x : d.exchanges)
        exchanges.append(QJsonObject{{QStringLiteral("id"), x.id}, {QStringLiteral("project"), x.projectName},
                                     {QStringLiteral("date"), isoDate(x.date)}, {QStringLiteral("participants"), x.participants},
                                     {QStringLiteral("notes"), x.notes}, {QStringLiteral("next_step"), x.nextStep}});
    QJsonArray mentions;
    for (const auto &m : d.journalMentions)
        mentions.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("action"), m.actionTitle},
                                    {QStringLiteral("date"), isoDate(m.date)}, {QStringLiteral("author"), m.author},
                                    {QStringLiteral("text"), m.text}});
    QJsonArray audit;
    for (const auto &e : d.audit)
        audit.append(QJsonObject{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)}, {QStringLiteral("user"), e.userName},
                                 {QStringLiteral("action"), e.action}, {QStringLiteral("record"), e.recordKind},
                                 {QStringLiteral("fields"), QJsonArray::fromStringList(e.fields)}});
    return QJsonObject{{QStringLiteral("generated_at"), Clock::nowUtcText()}, {QStringLiteral("person"), person},
                       {QStringLiteral("consents"), consents}, {QStringLiteral("consent_history"), history},
                       {QStringLiteral("actors"), actors}, {QStringLiteral("registrations"), registrations},
                       {QStringLiteral("plan_actions"), actions}, {QStringLiteral("projects"), projects},
                       {QStringLiteral("accompaniment_exchanges"), exchanges}, {QStringLiteral("journal_entries"), mentions},
                       {QStringLiteral("audit"), audit}};
}

bool PersonStore::recordExport(const PersonDossier &dossier, const QString &format)
{
    PersonalDataJournal journal(m_connectionName);
    const qint64 id = dossier.isContact ? dossier.contact.id : dossier.registrations.value(0).id;
    if (!journal.record(QStringLiteral("export"), dossier.isContact ? QStringLiteral("contact") : QStringLiteral("registration"),
                        id, {}, format)) {
        m_error = journal.errorString();
        return false;
    }
    return true;
}

bool PersonStore::exportJson(const PersonDossier &dossier, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(toJson(dossier)).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        m_error = tr("The file “%1” could not be written (%2). Choose another folder.")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return recordExport(dossier, QStringLiteral("json"));
}

bool PersonStore::change(const QString &table, qint64 id, const QStringList &columns, const QVariantList &values,
                         PersonErasure *erasure)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table));
    read.addBindValue(id);
    if (!read.exec() || !read.next())
        return failQuery(read);
    PersonErasure::Row row{table, id, columns, {}};
    for (int i = 0; i < columns.size(); ++i)
        row.values << read.value(i);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, columns.join(QStringLiteral(" = ?, "))));
    for (const QVariant &v : values)
        write.addBindValue(v);
    write.addBindValue(id);
    if (!write.exec())
        return failQuery(write);
    if (erasure)
        erasure->rows << row;
    return true;
}

bool PersonStore::anonymiseMentions(const QString &name, PersonErasure *erasure, int *count)
{
    const QString key = TextKey::fold(name);
    for (const PersonDossier::JournalMention &m : journalMentions(name)) {
        QString text = m.text;
        text.replace(name, QStringLiteral("[…]"), Qt::CaseInsensitive);
        // The name written with other accents or case: the whole entry goes.
        if (TextKey::fold(text).contains(key))
            text = QStringLiteral("[…]");
        const QString author = TextKey::fold(m.author) == key ? QStringLiteral("") : m.author;
        if (!change(QStringLiteral("plan_journal"), m.id, {QStringLiteral("author"), QStringLiteral("text")}, {author, text},
                    erasure))
            return false;
        ++*count;
    }
    return true;
}

bool PersonStore::anonymiseInteractionMentions(const QString &name, PersonErasure *erasure, int *count)
{
    const QString key = TextKey::fold(name);
    // A name this short would find every entry: it names nobody.
    if (key.size() < 4)
        return true;
    const QStringList columns = {QStringLiteral("participants"), QStringLiteral("notes"), QStringLiteral("next_step")};
    QList<QPair<qint64, QVariantList>> changes;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, participants, notes, next_step FROM project_interactions ORDER BY id")))
            return failQuery(q);
        while (q.next()) {
            QVariantList values;
            bool named = false;
            for (int i = 1; i <= columns.size(); ++i) {
                QString text = q.value(i).toString();
                if (!TextKey::fold(text).contains(key)) {
                    values << text;
                    continue;
                }
                named = true;
                text.replace(name, QStringLiteral("[…]"), Qt::CaseInsensitive);
                // The name written with other accents or case: the whole text goes.
                values << (TextKey::fold(text).contains(key) ? QStringLiteral("[…]") : text);
            }
            if (named)
                changes << qMakePair(q.value(0).toLongLong(), values);
        }
    }
    for (const auto &c : changes) {
        if (!change(QStringLiteral("project_interactions"), c.first, columns, c.second, erasure))
            return false;
        ++*count;
    }
    return true;
}

bool PersonStore::eraseContact(qint64 contactId, PersonErasure *erasure, bool scrub)
{
    PersonErasure local;
    PersonErasure &e = erasure ? *erasure : local;
    e = PersonErasure();
    PersonalDataJournal journal(m_connectionName);
    const auto contact = journal.storedContact(contactId);
    if (!contact) {
        m_error = tr("There is no contact number %1.").arg(contactId);
        return false;
    }
    if (!enableSecureDelete())
        return false;
    Transaction transaction(m_connectionName);
    e.hadContact = true;
    e.contact = *contact;
    e.actorId = contact->actorId;
    int mentions = 0;
    // Each step keeps what it changes in @p e, so undo can put it back.
    if (!keepContactRow(contactId, &e) || !anonymiseRegistrationsOf(*contact, &e) || !erasePilotAndHistory(*contact, &e)
        || !anonymiseMentions(contact->displayName(), &e, &mentions)
        || !anonymiseInteractionMentions(contact->displayName(), &e, &mentions) || !removeContact(*contact)
        || !journalContactErasure(journal, contactId, e.registrations, mentions))
        return false;
    if (!transaction.commit()) {
        m_error = tr("The erasure could not be saved (%1). Nothing was changed.").arg(transaction.errorString());
        return false;
    }
    e.committed = true;
    return !scrub || scrubFile();
}

bool PersonStore::enableSecureDelete()
{
    QSqlQuery pragma(QSqlDatabase::database(m_connectionName, false));
    // Freed pages are overwritten with zeros as they are freed.
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return failQuery(pragma);
    return true;
}

bool PersonStore::keepContactRow(qint64 contactId, PersonErasure *e)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(contactColumns.join(QStringLiteral(", "))));
    q.addBindValue(contactId);
    if (!q.exec() || !q.next())
        return failQuery(q);
    QVariantList contactRow;
    for (int i = 0; i < contactColumns.size(); ++i)
        contactRow << q.value(i);
    e->rows << PersonErasure::Row{QStringLiteral("contacts"), contactId, contactColumns, contactRow};
    return true;
}

bool PersonStore::anonymiseRegistrationsOf(const Contact &contact, PersonErasure *e)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM registrations WHERE contact_id = ?"));
    q.addBindValue(contact.id);
    if (!q.exec())
        return failQuery(q);
    QList<qint64> registrations;
    while (q.next())
        registrations << q.value(0).toLongLong();
    // Registrations stay as anonymous counts, still reaching the same actor.
    for (qint64 id : registrations) {
        QSqlQuery actor(db);
        actor.prepare(QStringLiteral("SELECT COALESCE(actor_id, ?) FROM registrations WHERE id = ?"));
        actor.addBindValue(contact.actorId > 0 ? QVariant(contact.actorId) : QVariant());
        actor.addBindValue(id);
        if (!actor.exec() || !actor.next())
            return failQuery(actor);
        if (!change(QStringLiteral("registrations"), id,
                    {QStringLiteral("contact_id"), QStringLiteral("actor_id"), QStringLiteral("name"), QStringLiteral("email")},
                    {QVariant(), actor.value(0), QStringLiteral(""), QStringLiteral("")}, e))
            return false;
    }
    e->registrations = int(registrations.size());
    return true;
}

bool PersonStore::removeContact(const Contact &contact)
{
    QSqlQuery del(QSqlDatabase::database(m_connectionName, false));
    del.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    del.addBindValue(contact.id);
    if (!del.exec())
        return failQuery(del);
    SearchIndexWriter index(m_connectionName);
    if (contact.actorId > 0 && !index.reindex(contact.actorId)) {
        m_error = index.errorString();
        return false;
    }
    return true;
}

bool PersonStore::journalContactErasure(PersonalDataJournal &journal, qint64 contactId, int registrations, int mentions)
{
    // What kinds of data went, never the data.
    const QString detail = tr("%n registration(s) kept anonymous", nullptr, registrations) + QStringLiteral("; ")
        + tr("%n journal entr(ies) cleared", nullptr, mentions);
    if (!journal.record(QStringLiteral("erase"), QStringLiteral("contact"), contactId,
                        {QStringLiteral("identity"), QStringLiteral("role"), QStringLiteral("email"), QStringLiteral("phone"),
                         QStringLiteral("consents"), QStringLiteral("consent_history")},
                        detail)) {
        m_error = journal.errorString();
        return false;
    }
    return true;
}

bool PersonStore::erasePilotAndHistory(const Contact &contact, PersonErasure *e)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, pilot_contact_id, pilot_name FROM plan_items "
                             "WHERE pilot_contact_id = ? OR pilot_name <> ''"));
    q.addBindValue(contact.id);
    if (!q.exec())
        return failQuery(q);
    QList<qint64> items;
    const QString key = TextKey::fold(contact.displayName());
    while (q.next()) {
        const bool linked = q.value(1).toLongLong() == contact.id;
        const bool named = !key.isEmpty() && TextKey::fold(q.value(2).toString()) == key;
        if (linked || named)
            items << q.value(0).toLongLong();
    }
    for (qint64 id : items) {
        if (!change(QStringLiteral("plan_items"), id, {QStringLiteral("pilot_contact_id"), QStringLiteral("pilot_name")},
                    {QVariant(), QStringLiteral("")}, e))
            return false;
    }
    // Rows that go with the contact, kept in memory for undo; the project a
    // contact held stays, without them.
    const QStringList tables = {QStringLiteral("consent_history"), QStringLiteral("retention_decisions"),
                                QStringLiteral("project_holders")};
    for (const QString &table : tables) {
        QSqlQuery read(db);
        read.prepare(QStringLiteral("SELECT * FROM %1 WHERE contact_id = ?").arg(table));
        read.addBindValue(contact.id);
        if (!read.exec())
            return failQuery(read);
        while (read.next()) {
            QVariantList row{table};
            for (int i = 0; i < read.record().count(); ++i)
                row << read.value(i);
            (table == tables.at(0) ? e->consentHistory : table == tables.at(1) ? e->retentionDecisions : e->projectHolders)
                << row;
        }
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE contact_id = ?").arg(table));
        del.addBindValue(contact.id);
        if (!del.exec())
            return failQuery(del);
    }
    return true;
}

bool PersonStore::eraseRegistrant(qint64 registrationId, PersonErasure *erasure)
{
    PersonErasure local;
    PersonErasure &e = erasure ? *erasure : local;
    e = PersonErasure();
    const PersonDossier d = registrantDossier(registrationId);
    if (d.registrations.isEmpty()) {
        m_error = tr("There is no registration number %1 without a contact.").arg(registrationId);
        return false;
    }
    if (!enableSecureDelete())
        return false;
    Transaction transaction(m_connectionName);
    for (const PersonDossier::Registration &r : d.registrations) {
        if (!change(QStringLiteral("registrations"), r.id, {QStringLiteral("name"), QStringLiteral("email")},
                    {QStringLiteral(""), QStringLiteral("")}, &e))
            return false;
    }
    e.registrations = int(d.registrations.size());
    int mentions = 0;
    if (!anonymiseMentions(d.contact.lastName, &e, &mentions)
        || !anonymiseInteractionMentions(d.contact.lastName, &e, &mentions))
        return false;
    PersonalDataJournal journal(m_connectionName);
    if (!journal.record(QStringLiteral("erase"), QStringLiteral("registration"), registrationId,
                        {QStringLiteral("name"), QStringLiteral("email")},
                        tr("%n registration(s) kept anonymous", nullptr, e.registrations))) {
        m_error = journal.errorString();
        return false;
    }
    if (!transaction.commit()) {
        m_error = tr("The erasure could not be saved (%1). Nothing was changed.").arg(transaction.errorString());
        return false;
    }
    e.committed = true;
    return scrubFile();
}

bool PersonStore::restore(const PersonErasure &e)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(m_connectionName);
    // The contact first: the other rows point to it.
    for (const PersonErasure::Row &row : e.rows) {
        if (row.table != QLatin1String("contacts"))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO contacts(id, %1) VALUES (?%2)")
                      .arg(row.columns.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(row.columns.size())));
        q.addBindValue(row.id);
        for (const QVariant &v : row.values)
            q.addBindValue(v);
        if (!q.exec())
            return failQuery(q);
    }
    for (auto it = e.rows.crbegin(); it != e.rows.crend(); ++it) {
        if (it->table == QLatin1String("contacts"))
            continue;
        if (!change(it->table, it->id, it->columns, it->values, nullptr))
            return false;
    }
    for (const QVariantList &row : e.consentHistory + e.retentionDecisions + e.projectHolders) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)")
                      .arg(row.first().toString(), QStringLiteral("?, ").repeated(row.size() - 2) + QLatin1Char('?')));
        for (int i = 1; i < row.size(); ++i)
            q.addBindValue(row.at(i));
        if (!q.exec())
            return failQuery(q);
    }
    SearchIndexWriter index(m_connectionName);
    if (e.actorId > 0 && !index.reindex(e.actorId)) {
        m_error = index.errorString();
        return false;
    }
    PersonalDataJournal journal(m_connectionName);
    if (!journal.record(QStringLiteral("erase-undone"), e.hadContact ? QStringLiteral("contact") : QStringLiteral("registration"),
                        e.hadContact ? e.contact.id : (e.rows.isEmpty() ? 0 : e.rows.first().id), {})) {
        m_error = journal.errorString();
        return false;
    }
    if (!transaction.commit()) {
        m_error = tr("The erased data could not be put back (%1).").arg(transaction.errorString());
        return false;
    }
    return true;
}

bool PersonStore::withdrawConsent(qint64 contactId, const QString &purpose, const QString &source)
{
    PersonalDataJournal journal(m_connectionName);
    const auto before = journal.storedContact(contactId);
    if (!before) {
        m_error = tr("There is no contact number %1.").arg(contactId);
        return false;
    }
    Contact after = *before;
    const bool guide = purpose == QLatin1String("guide");
    (guide ? after.consentGuide : after.consentNewsletter) = false;
    (guide ? after.consentGuideOn : after.consentNewsletterOn) = Clock::today();
    (guide ? after.consentGuideSource : after.consentNewsletterSource) = source;
    Transaction transaction(m_connectionName);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE contacts SET consent_%1 = 0, consent_%1_on = ?, consent_%1_source = ? WHERE id = ?")
                  .arg(guide ? QStringLiteral("guide") : QStringLiteral("newsletter")));
    q.addBindValue(isoDate(Clock::today()));
    q.addBindValue(source.isNull() ? QStringLiteral("") : source);
    q.addBindValue(contactId);
    if (!q.exec())
        return failQuery(q);
    if (!journal.recordContactChange(before, after)) {
        m_error = journal.errorString();
        return false;
    }
    if (!transaction.commit()) {
        m_error = tr("The withdrawal could not be saved (%1).").arg(transaction.errorString());
        return false;
    }
    return true;
}

bool PersonStore::scrubFile()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    // The search index keeps old terms in segments until they are merged.
    if (!q.exec(QStringLiteral("INSERT INTO actor_search(actor_search) VALUES('optimize')")) || !q.exec(QStringLiteral("VACUUM"))
        || !q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        m_error = tr("The erasure was saved, but the file could not be compacted (%1): close Essaim and open it again "
                     "to finish.")
                      .arg(q.lastError().databaseText());
        return false;
    }
    return true;
}
