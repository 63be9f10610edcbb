#include "privacycheck.h"

#include "models/storage/backupmanager.h"
#include "models/storage/database.h"
#include "personaldatajournal.h"
#include "processingregister.h"
#include "retentionreview.h"

#include <QDir>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

PrivacyCheck::PrivacyCheck(Database *database)
    : m_database(database)
{
}

bool PrivacyCheck::recordPublication(const QString &connectionName, const QString &output, const QString &path)
{
    return PersonalDataJournal(connectionName)
        .record(QStringLiteral("publish"), QStringLiteral("output"), 0, {output}, QDir::toNativeSeparators(path));
}

QStringList PrivacyCheck::publicOutputs()
{
    return {QStringLiteral("guide"), QStringLiteral("plaquette"), QStringLiteral("labels"), QStringLiteral("letter"),
            QStringLiteral("letter-html"), QStringLiteral("vcf"), QStringLiteral("geojson"), QStringLiteral("html")};
}

QString PrivacyCheck::outputName(const QString &output)
{
    const char *const names[] = {QT_TR_NOOP("guide"),
                                 QT_TR_NOOP("plaquette"),
                                 QT_TR_NOOP("address labels"),
                                 QT_TR_NOOP("Lettre de l'ESS (PDF)"),
                                 QT_TR_NOOP("Lettre de l'ESS (web page)"),
                                 QT_TR_NOOP("vCard"),
                                 QT_TR_NOOP("GeoJSON map"),
                                 QT_TR_NOOP("web site")};
    const qsizetype i = publicOutputs().indexOf(output);
    return i < 0 ? output : tr(names[i]);
}

QList<PrivacyCheck::Finding> PrivacyCheck::run(const QDate &today) const
{
    QList<Finding> findings;
    checkConsents(findings);
    const QString connection = m_database->connectionName();
    const int months = ProcessingRegister(connection).directoryRetentionMonths();
    RetentionReview review(connection);
    const int overdue = int(review.candidates(today, months).size());
    if (overdue > 0)
        findings << Finding{QStringLiteral("retention"), overdue,
                            tr("%n contact(s) past the retention period of %1: review them (Personal data > Retention "
                               "review, or essaim retention).", nullptr, overdue)
                                .arg(ProcessingRegister::periodText(months))};
    const int former = review.formerRegistrations(today, months);
    if (former > 0)
        findings << Finding{QStringLiteral("registrations"), former,
                            tr("%n registration(s) of events older than the retention period still name someone: "
                               "anonymise them in the retention review.", nullptr, former)};
    checkBackups(findings);
    checkOutputs(findings);
    return findings;
}

PrivacyCheck::Finding PrivacyCheck::unreadable(const QSqlQuery &query)
{
    return Finding{QStringLiteral("unreadable"), 1,
                   tr("Part of the check could not read the database (%1): run the check again, and restore a backup copy if "
                      "it keeps failing.")
                       .arg(query.lastError().databaseText())};
}

void PrivacyCheck::checkConsents(QList<Finding> &findings) const
{
    QSqlQuery q(QSqlDatabase::database(m_database->connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM contacts c WHERE consent_guide = 0 AND consent_newsletter = 0 "
                               "AND consent_guide_on = '' AND consent_newsletter_on = '' "
                               "AND NOT EXISTS (SELECT 1 FROM consent_history h WHERE h.contact_id = c.id)"))) {
        findings << unreadable(q);
        return;
    }
    const int count = q.next() ? q.value(0).toInt() : 0;
    if (count > 0)
        findings << Finding{QStringLiteral("no-consent"), count,
                            tr("%n contact(s) without any recorded consent or refusal: ask them and record the answer "
                               "with its date and source.", nullptr, count)};
}

void PrivacyCheck::checkBackups(QList<Finding> &findings) const
{
    const QList<BackupManager::Backup> backups = BackupManager(m_database).backups();
    int clear = 0;
    int stale = 0;
    const QDateTime erasure = PersonalDataJournal(m_database->connectionName()).lastErasure();
    for (const BackupManager::Backup &b : backups) {
        clear += b.encrypted ? 0 : 1;
        stale += erasure.isValid() && b.taken < erasure ? 1 : 0;
    }
    if (clear > 0)
        findings << Finding{QStringLiteral("unencrypted-backup"), clear,
                            tr("%n backup copy(ies) in clear next to the database: set a backup passphrase in the "
                               "preferences, then delete them once an encrypted copy exists.", nullptr, clear)};
    if (stale > 0)
        findings << Finding{QStringLiteral("backup-before-erasure"), stale,
                            tr("%n backup copy(ies) older than the last erasure still hold the erased data: replace "
                               "them (delete them once today's copy is taken).", nullptr, stale)};
}

void PrivacyCheck::checkOutputs(QList<Finding> &findings) const
{
    QSqlQuery q(QSqlDatabase::database(m_database->connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT fields, max(at) FROM personal_data_audit WHERE action = 'publish' GROUP BY fields "
                               "HAVING max(at) < (SELECT max(at) FROM personal_data_audit WHERE (action = 'consent' "
                               "AND detail = 'withdrawn') OR (action = 'erase' AND record_kind = 'contact')) "
                               "ORDER BY fields"))) {
        findings << unreadable(q);
        return;
    }
    const QLocale locale;
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toLocalTime();
        findings << Finding{QStringLiteral("stale-output"), 1,
                            tr("The last “%1” output (%2) was made before a consent was withdrawn: make it again and "
                               "replace the copies given out.")
                                .arg(outputName(q.value(0).toString()), locale.toString(at, QLocale::ShortFormat))};
    }
}
