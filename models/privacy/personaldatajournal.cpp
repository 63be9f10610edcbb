#include "personaldatajournal.h"

#include "models/domain/clock.h"
#include "models/interchange/csvwriter.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

/// SQLite's driver binds a null QString as NULL: the columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

PersonalDataJournal::PersonalDataJournal(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QString PersonalDataJournal::sessionUser()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("?");
}

bool PersonalDataJournal::record(const QString &action, const QString &recordKind, qint64 recordId,
                                 const QStringList &fields, const QString &detail)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO personal_data_audit(at, user_name, action, record_kind, record_id, fields, detail) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Clock::nowUtcText());
    q.addBindValue(sessionUser());
    q.addBindValue(action);
    q.addBindValue(recordKind);
    q.addBindValue(recordId > 0 ? QVariant(recordId) : QVariant());
    q.addBindValue(notNull(fields.join(QLatin1Char(','))));
    q.addBindValue(notNull(detail));
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    return true;
}

std::optional<Contact> PersonalDataJournal::storedContact(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT actor_id, first_name, last_name, role, email, phone, consent_guide, consent_guide_on, "
                             "consent_guide_source, consent_newsletter, consent_newsletter_on, consent_newsletter_source "
                             "FROM contacts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Contact c;
    c.id = id;
    c.actorId = q.value(0).toLongLong();
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
    return c;
}

bool PersonalDataJournal::recordContactChange(const std::optional<Contact> &before, const Contact &after)
{
    QStringList fields;
    auto compare = [&](const char *name, const QString &a, const QString &b) {
        if (!before || a.trimmed() != b.trimmed())
            fields << QString::fromLatin1(name);
    };
    const Contact old = before.value_or(Contact());
    compare("first_name", old.firstName, after.firstName);
    compare("last_name", old.lastName, after.lastName);
    compare("role", old.role, after.role);
    compare("email", old.email, after.email);
    compare("phone", old.phone, after.phone);
    if (before && old.actorId != after.actorId)
        fields << QStringLiteral("actor");
    if (!before && !record(QStringLiteral("create"), QStringLiteral("contact"), after.id, fields))
        return false;
    if (!recordConsent(after.id, QStringLiteral("guide"), before, after)
        || !recordConsent(after.id, QStringLiteral("newsletter"), before, after))
        return false;
    if (!before || fields.isEmpty())
        return true;
    return record(QStringLiteral("change"), QStringLiteral("contact"), after.id, fields);
}

bool PersonalDataJournal::recordRegistrationChanges(const QList<Registration> &before, const QList<Registration> &after)
{
    QHash<qint64, const Registration *> old;
    for (const Registration &r : before)
        old.insert(r.id, &r);
    const QString kind = QStringLiteral("registration");
    for (const Registration &r : after) {
        const Registration *was = old.take(r.id);
        const Registration blank;
        const Registration &b = was ? *was : blank;
        QStringList fields;
        if (b.name.trimmed() != r.name.trimmed())
            fields << QStringLiteral("name");
        if (b.email.trimmed() != r.email.trimmed())
            fields << QStringLiteral("email");
        if (b.contactId != r.contactId)
            fields << QStringLiteral("contact");
        if (!was || b.status != r.status)
            fields << QStringLiteral("status");
        if (!was && !record(QStringLiteral("create"), kind, r.id, fields))
            return false;
        if (was && !fields.isEmpty() && !record(QStringLiteral("change"), kind, r.id, fields))
            return false;
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!record(QStringLiteral("delete"), kind, it.key(), {}))
            return false;
    }
    return true;
}

bool PersonalDataJournal::recordConsent(qint64 contactId, const QString &purpose, const std::optional<Contact> &before,
                                        const Contact &after)
{
    const bool guide = purpose == QLatin1String("guide");
    auto state = [guide](const Contact &c) {
        return guide ? std::make_tuple(c.consentGuide, c.consentGuideOn, c.consentGuideSource.trimmed())
                     : std::make_tuple(c.consentNewsletter, c.consentNewsletterOn, c.consentNewsletterSource.trimmed());
    };
    const auto now = state(after);
    // A new contact without consent has nothing to prove yet.
    if (!before && !std::get<0>(now) && !std::get<1>(now).isValid() && std::get<2>(now).isEmpty())
        return true;
    if (before && state(*before) == now)
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO consent_history(contact_id, purpose, previous_given, previous_on, previous_source, "
                             "given, given_on, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(contactId);
    q.addBindValue(purpose);
    q.addBindValue(before ? QVariant(int(std::get<0>(state(*before)))) : QVariant());
    q.addBindValue(before ? isoDate(std::get<1>(state(*before))) : QStringLiteral(""));
    q.addBindValue(before ? notNull(std::get<2>(state(*before))) : QStringLiteral(""));
    q.addBindValue(int(std::get<0>(now)));
    q.addBindValue(isoDate(std::get<1>(now)));
    q.addBindValue(notNull(std::get<2>(now)));
    q.addBindValue(Clock::nowUtcText());
    if (!q.exec()) {
        m_error = q.lastError().databaseText();
        return false;
    }
    const bool wasGiven = before && std::get<0>(state(*before));
    const QString detail = std::get<0>(now) ? QStringLiteral("given")
                                            : (wasGiven ? QStringLiteral("withdrawn") : QStringLiteral("refused"));
    return record(QStringLiteral("consent"), QStringLiteral("contact"), contactId, {QStringLiteral("consent_") + purpose}, detail);
}

QList<PersonalDataJournal::Entry> PersonalDataJournal::entries(const Filter &filter) const
{
    QList<Entry> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, at, user_name, action, record_kind, record_id, fields, detail FROM personal_data_audit "
                             "WHERE (? = '' OR record_kind = ?) AND (? = 0 OR record_id = ?) AND (? = '' OR action = ?) "
                             "ORDER BY at, id"));
    q.addBindValue(notNull(filter.recordKind));
    q.addBindValue(notNull(filter.recordKind));
    q.addBindValue(filter.recordId);
    q.addBindValue(filter.recordId);
    q.addBindValue(notNull(filter.action));
    q.addBindValue(notNull(filter.action));
    if (!q.exec())
        return result;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.userName = q.value(2).toString();
        e.action = q.value(3).toString();
        e.recordKind = q.value(4).toString();
        e.recordId = q.value(5).toLongLong();
        e.fields = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        e.detail = q.value(7).toString();
        const QString haystack = e.userName + QLatin1Char(' ') + e.fields.join(QLatin1Char(' ')) + QLatin1Char(' ') + e.detail;
        if (filter.text.isEmpty() || haystack.contains(filter.text, Qt::CaseInsensitive))
            result << e;
    }
    return result;
}

QList<PersonalDataJournal::ConsentChange> PersonalDataJournal::consentHistory(qint64 contactId) const
{
    QList<ConsentChange> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT purpose, previous_given, previous_on, previous_source, given, given_on, source, recorded_at "
                             "FROM consent_history WHERE contact_id = ? ORDER BY recorded_at, id"));
    q.addBindValue(contactId);
    if (!q.exec())
        return result;
    while (q.next()) {
        ConsentChange c;
        c.purpose = q.value(0).toString();
        if (!q.value(1).isNull())
            c.previousGiven = q.value(1).toBool();
        c.previousOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        c.previousSource = q.value(3).toString();
        c.given = q.value(4).toBool();
        c.givenOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        c.source = q.value(6).toString();
        c.recordedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        result << c;
    }
    return result;
}

QDateTime PersonalDataJournal::lastErasure() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT max(at) FROM personal_data_audit WHERE action = 'erase'")) || !q.next())
        return {};
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
}

QString PersonalDataJournal::actionLabel(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("creation");
    if (action == QLatin1String("change"))
        return tr("change");
    if (action == QLatin1String("consent"))
        return tr("consent");
    if (action == QLatin1String("delete"))
        return tr("deletion");
    if (action == QLatin1String("export"))
        return tr("export");
    if (action == QLatin1String("erase"))
        return tr("erasure");
    if (action == QLatin1String("erase-undone"))
        return tr("erasure undone");
    if (action == QLatin1String("import"))
        return tr("import");
    if (action == QLatin1String("keep"))
        return tr("kept past retention");
    if (action == QLatin1String("keep-undone"))
        return tr("keeping undone");
    if (action == QLatin1String("publish"))
        return tr("public output");
    return action;
}

bool PersonalDataJournal::exportCsv(const QString &path, const Filter &filter)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("The journal could not be written to “%1” (%2). Choose another folder.")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    CsvWriter writer(&file, CsvWriter::Flavour::ExcelFrench);
    writer.writeRecord({QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"), QStringLiteral("record"),
                        QStringLiteral("id"), QStringLiteral("fields"), QStringLiteral("detail")});
    for (const Entry &e : entries(filter))
        writer.writeRecord({e.at.toUTC().toString(Qt::ISODate), e.userName, e.action, e.recordKind,
                            e.recordId ? QString::number(e.recordId) : QString(), e.fields.join(QLatin1Char(',')), e.detail});
    if (!file.commit()) {
        m_error = tr("The journal could not be written to “%1” (%2). Choose another folder.")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
