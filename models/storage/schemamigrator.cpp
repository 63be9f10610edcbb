#include "schemamigrator.h"

#include "database.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

SchemaMigrator::SchemaMigrator(const QString &folder)
    : m_folder(folder)
{
}

QMap<int, QString> SchemaMigrator::scripts() const
{
    QMap<int, QString> result;
    const QStringList names = QDir(m_folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            result.insert(version, QDir(m_folder).filePath(name));
    }
    return result;
}

int SchemaMigrator::latestVersion() const
{
    const auto all = scripts();
    return all.isEmpty() ? 0 : all.lastKey();
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (current.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (sqlite3_complete(current.toUtf8().constData())) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool SchemaMigrator::migrate(const QString &connectionName, int fromVersion, int toVersion, const PostStep &postStep)
{
    const auto all = scripts();
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    // Numbers may have gaps (each capability owns its number): run the
    // scripts that exist, in order.
    for (auto it = all.upperBound(fromVersion); it != all.cend() && it.key() <= toVersion; ++it) {
        const int version = it.key();
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("the upgrade script for version %1 is missing").arg(version);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        Transaction transaction(connectionName);
        if (!transaction.isActive()) {
            m_error = transaction.errorString();
            return false;
        }
        for (const QString &statement : splitStatements(script)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                m_error = tr("version %1: %2").arg(version).arg(q.lastError().databaseText());
                return false;
            }
        }
        if (postStep && !postStep(version)) {
            m_error = tr("version %1: its data could not be written").arg(version);
            return false;
        }
        QSqlQuery q(db);
        // Pragmas take no bound values; the numbers are ours, not user text.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
            || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId))) {
            m_error = q.lastError().databaseText();
            return false;
        }
        if (!transaction.commit()) {
            m_error = transaction.errorString();
            return false;
        }
    }
    return true;
}
