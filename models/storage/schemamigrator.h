#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>

/// Applies the numbered migration scripts (NNN_name.sql) of a folder in order,
/// each in its own transaction together with the PRAGMA user_version bump, so
/// a failing script leaves the file at the previous version.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    /// Run after a version's script, inside its transaction (data loading);
    /// false stops the migration, and the step keeps its own sentence.
    using PostStep = std::function<bool(int version)>;

    explicit SchemaMigrator(const QString &folder);

    int latestVersion() const;
    bool migrate(const QString &connectionName, int fromVersion, int toVersion, const PostStep &postStep);
    QString errorString() const { return m_error; }

    /// Splits a script into complete statements (sqlite3_complete), so
    /// semicolons inside strings or triggers are not cut.
    static QStringList splitStatements(const QString &script);

private:
    QMap<int, QString> scripts() const;

    QString m_folder;
    QString m_error;
};
