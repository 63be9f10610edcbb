#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;
class QSqlQuery;

/// What needs the controller's attention under the RGPD, in sentences:
/// contacts without any recorded consent, retention overdue, backups in
/// clear or older than an erasure, public outputs made before a consent
/// was withdrawn.
class PrivacyCheck
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyCheck)

public:
    struct Finding {
        QString kind; ///< no-consent, retention, registrations, unencrypted-backup, backup-before-erasure, stale-output, unreadable
        int count = 0;
        QString sentence;
    };

    explicit PrivacyCheck(Database *database);
    QList<Finding> run(const QDate &today) const;

    /// Remembers that a public output was made now, from the command line
    /// or the window: @p output is one of publicOutputs(), @p path the file
    /// (or the printer) it went to.
    static bool recordPublication(const QString &connectionName, const QString &output, const QString &path);
    /// guide, plaquette, labels, letter (its PDF), letter-html, vcf, geojson, html (the site).
    static QStringList publicOutputs();
    /// The output's name for a sentence ("Lettre de l'ESS (web page)").
    static QString outputName(const QString &output);

private:
    /// The finding that says a query failed, so that a check that could not
    /// look is never taken for a clean one.
    static Finding unreadable(const QSqlQuery &query);
    void checkConsents(QList<Finding> &findings) const;
    void checkBackups(QList<Finding> &findings) const;
    void checkOutputs(QList<Finding> &findings) const;

    Database *m_database;
};
