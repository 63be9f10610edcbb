#include "retentionreview.h"

#include "models/domain/clock.h"
#include "models/storage/transaction.h"
#include "personaldatajournal.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
/// A stored date or UTC instant as the user's calendar date.
QDate localDate(const QString &text)
{
    if (text.size() <= 10)
        return QDate::fromString(text, Qt::ISODate);
    return QDateTime::fromString(text, Qt::ISODate).toLocalTime().date();
}

struct Sign {
    QDate date;
    int kind = 0; ///< 0 nothing, 1 consent, 2 registration, 3 update, 4 kept, 5 actor's record, 6 accompaniment
};

void consider(QHash<qint64, Sign> &signs, qint64 id, const QString &text, int kind)
{
    const QDate date = localDate(text);
    if (!date.isValid())
        return;
    Sign &s = signs[id];
    if (!s.date.isValid() || date > s.date)
        s = Sign{date, kind};
}
} // namespace

RetentionReview::RetentionReview(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

int RetentionReview::parsePeriod(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3})\\s*([ymYMaA]?)\\s*$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return 0;
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2).toLower();
    return unit == QLatin1String("y") || unit == QLatin1String("a") ? n * 12 : n;
}

QList<RetentionReview::Candidate> RetentionReview::candidates(const QDate &today, int months) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QHash<qint64, Sign> signs;
    const QList<QPair<QString, int>> sources = {
        {QStringLiteral("SELECT id, consent_guide_on FROM contacts"), 1},
        {QStringLiteral("SELECT id, consent_newsletter_on FROM contacts"), 1},
        {QStringLiteral("SELECT contact_id, max(recorded_at) FROM consent_history GROUP BY contact_id"), 1},
        {QStringLiteral("SELECT contact_id, max(occurrence_start) FROM registrations WHERE contact_id IS NOT NULL "
                        "GROUP BY contact_id"), 2},
        {QStringLiteral("SELECT record_id, max(at) FROM personal_data_audit WHERE record_kind = 'contact' "
                        "AND action IN ('create', 'change') GROUP BY record_id"), 3},
        {QStringLiteral("SELECT contact_id, kept_on FROM retention_decisions"), 4},
        // A project holder still accompanied is in touch with the council.
        {QStringLiteral("SELECT h.contact_id, max(i.on_date) FROM project_holders h JOIN project_interactions i "
                        "ON i.project_id = h.project_id GROUP BY h.contact_id"), 6},
        // Contacts older than the journal: their card's last change stands in.
        {QStringLiteral("SELECT c.id, a.updated_at FROM contacts c JOIN actors a ON a.id = c.actor_id WHERE NOT EXISTS "
                        "(SELECT 1 FROM personal_data_audit j WHERE j.record_kind = 'contact' AND j.record_id = c.id "
                        "AND j.action = 'create')"), 5}};
    for (const auto &source : sources) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(source.first))
            continue;
        while (q.next())
            consider(signs, q.value(0).toLongLong(), q.value(1).toString(), source.second);
    }
    const QDate cutoff = today.addMonths(-months);
    QList<Candidate> result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT c.id, trim(c.first_name || ' ' || c.last_name), COALESCE(a.name, '') FROM contacts c "
                               "LEFT JOIN actors a ON a.id = c.actor_id ORDER BY c.last_name, c.first_name, c.id"))) {
        m_error = q.lastError().databaseText();
        return result;
    }
    const QLocale locale;
    while (q.next()) {
        const Sign sign = signs.value(q.value(0).toLongLong());
        if (sign.date.isValid() && sign.date >= cutoff)
            continue;
        Candidate c{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), sign.date, {}};
        const QString day = locale.toString(sign.date, QLocale::ShortFormat);
        switch (sign.kind) {
        case 1: c.reason = tr("last consent given or renewed on %1").arg(day); break;
        case 2: c.reason = tr("last registration to an event on %1").arg(day); break;
        case 3: c.reason = tr("record last changed on %1").arg(day); break;
        case 4: c.reason = tr("kept at the last review, on %1").arg(day); break;
        case 5: c.reason = tr("the actor's record was last changed on %1").arg(day); break;
        case 6: c.reason = tr("last exchange about a project they hold on %1").arg(day); break;
        default: c.reason = tr("nothing recorded: no consent, registration or change"); break;
        }
        result << c;
    }
    return result;
}

int RetentionReview::formerRegistrations(const QDate &today, int months) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM registrations WHERE occurrence_start < ? "
                             "AND (name <> '' OR email <> '' OR contact_id IS NOT NULL)"));
    q.addBindValue(today.addMonths(-months).toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<RetentionReview::FormerRegistration> RetentionReview::formerRegistrationRows(const QDate &today, int months) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, contact_id, actor_id, name, email FROM registrations WHERE occurrence_start < ? "
                             "AND (name <> '' OR email <> '' OR contact_id IS NOT NULL) ORDER BY id"));
    q.addBindValue(today.addMonths(-months).toString(Qt::ISODate));
    QList<FormerRegistration> rows;
    if (!q.exec())
        return rows;
    while (q.next())
        rows << FormerRegistration{q.value(0).toLongLong(), q.value(1), q.value(2), q.value(3).toString(), q.value(4).toString()};
    return rows;
}

bool RetentionReview::anonymiseFormerRegistrations(const QDate &today, int months, int *count)
{
    const QList<FormerRegistration> rows = formerRegistrationRows(today, months);
    if (count)
        *count = int(rows.size());
    return anonymiseRegistrations(rows);
}

bool RetentionReview::anonymiseRegistrations(const QList<FormerRegistration> &rows)
{
    if (rows.isEmpty())
        return true;
    Transaction transaction(m_connectionName);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // The actor stays (the contact's when the registration had none), so
    // the observatory's counts do not change.
    q.prepare(QStringLiteral("UPDATE registrations SET actor_id = COALESCE(actor_id, "
                             "(SELECT c.actor_id FROM contacts c WHERE c.id = registrations.contact_id)), "
                             "contact_id = NULL, name = '', email = '' WHERE id = ?"));
    bool ok = true;
    for (int i = 0; ok && i < rows.size(); ++i) {
        q.addBindValue(rows.at(i).id);
        ok = q.exec();
    }
    PersonalDataJournal journal(m_connectionName);
    if (!ok
        || !journal.record(QStringLiteral("erase"), QStringLiteral("registration"), 0,
                           {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("contact")},
                           tr("%n former registration(s) anonymised", nullptr, int(rows.size())))
        || !transaction.commit()) {
        m_error = tr("The former registrations could not be anonymised (%1). Nothing was changed.")
                      .arg(q.lastError().databaseText() + journal.errorString() + transaction.errorString());
        return false;
    }
    return true;
}

bool RetentionReview::restoreRegistrations(const QList<FormerRegistration> &rows)
{
    if (rows.isEmpty())
        return true;
    Transaction transaction(m_connectionName);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE registrations SET contact_id = ?, actor_id = ?, name = ?, email = ? WHERE id = ?"));
    bool ok = true;
    for (int i = 0; ok && i < rows.size(); ++i) {
        const FormerRegistration &r = rows.at(i);
        q.addBindValue(r.contactId);
        q.addBindValue(r.actorId);
        q.addBindValue(r.name);
        q.addBindValue(r.email);
        q.addBindValue(r.id);
        ok = q.exec() && q.numRowsAffected() == 1;
    }
    PersonalDataJournal journal(m_connectionName);
    if (!ok
        || !journal.record(QStringLiteral("erase-undone"), QStringLiteral("registration"), 0,
                           {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("contact")},
                           tr("%n former registration(s) put back", nullptr, int(rows.size())))
        || !transaction.commit()) {
        m_error = tr("The former registrations could not be put back (%1): the event or the contact they named may have "
                     "been deleted since.")
                      .arg(q.lastError().databaseText() + journal.errorString() + transaction.errorString());
        return false;
    }
    return true;
}

bool RetentionReview::keep(qint64 contactId, const QString &reason)
{
    return setDecisions({contactId}, {Decision{contactId, Clock::today(), reason.trimmed()}}, QStringLiteral("keep"));
}

QList<RetentionReview::Decision> RetentionReview::decisions(const QList<qint64> &contactIds) const
{
    QList<Decision> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT kept_on, reason FROM retention_decisions WHERE contact_id = ?"));
    for (qint64 id : contactIds) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            result << Decision{id, QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()};
    }
    return result;
}

bool RetentionReview::setDecisions(const QList<qint64> &contactIds, const QList<Decision> &decisions, const QString &action)
{
    for (const Decision &d : decisions) {
        if (d.reason.trimmed().isEmpty()) {
            m_error = tr("Say why the contact is kept: the reason is what the CNIL would ask for.");
            return false;
        }
    }
    Transaction transaction(m_connectionName);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM retention_decisions WHERE contact_id = ?"));
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO retention_decisions(contact_id, kept_on, reason) VALUES (?, ?, ?)"));
    PersonalDataJournal journal(m_connectionName);
    bool ok = true;
    for (int i = 0; ok && i < contactIds.size(); ++i) {
        del.addBindValue(contactIds.at(i));
        ok = del.exec() && journal.record(action, QStringLiteral("contact"), contactIds.at(i), {QStringLiteral("retention")});
    }
    for (int i = 0; ok && i < decisions.size(); ++i) {
        ins.addBindValue(decisions.at(i).contactId);
        ins.addBindValue(decisions.at(i).keptOn.toString(Qt::ISODate));
        ins.addBindValue(decisions.at(i).reason.trimmed());
        ok = ins.exec();
    }
    if (!ok || !transaction.commit()) {
        m_error = tr("The decision could not be saved (%1).")
                      .arg(del.lastError().databaseText() + ins.lastError().databaseText() + journal.errorString()
                           + transaction.errorString());
        return false;
    }
    return true;
}
