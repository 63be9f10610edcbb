#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;
struct sqlite3;

/// One open Essaim database file: the SQLite connection (looked up by name,
/// never held), its pragmas, its lock against a second Essaim, and the
/// schema migrations run when it is opened.
///
/// Opening inspects the file before SQLite writes anything to it, so a file
/// that is not an Essaim database, is damaged, read-only, locked or newer than
/// this program is refused with a sentence for the user and left byte-for-byte
/// as it was.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Error {
        None,
        NotFound,
        NotADatabase,
        Corrupt,
        ReadOnly,
        Locked,
        NewerSchema,
        MigrationFailed,
        CannotCreate,
    };

    enum class OpenMode { OpenExisting, CreateIfMissing };

    /// Identifies Essaim files in the SQLite header (PRAGMA application_id): "ESSA".
    static constexpr int ApplicationId = 0x45535341;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const;

    QString filePath() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

    Error error() const { return m_error; }
    /// A sentence that says what happened and what to do.
    QString errorString() const { return m_errorString; }

    int schemaVersion() const;
    /// Path of the copy taken before the last migration, empty if none ran.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// PRAGMA integrity_check and foreign_key_check; the problems found go to
    /// @p problems. True when the file is sound.
    bool checkIntegrity(QStringList *problems) const;

    /// A consistent copy of the whole database into @p target (VACUUM INTO);
    /// false with SQLite's reason in errorString().
    bool copyTo(const QString &target);

    /// Folder of the numbered NNN_name.sql migration scripts (":/schema").
    /// Tests point it elsewhere to check a failing migration.
    /// The SQLite handle behind the open connection @p connectionName, for
    /// the few bulk reads and writes that go around QtSql; null when the
    /// connection is closed or not SQLite.
    static sqlite3 *sqliteHandle(const QString &connectionName);

    static void setMigrationsPath(const QString &path);
    static QString migrationsPath();
    /// Highest schema version the migration scripts reach; tests may cap it
    /// to build an older file.
    static int latestSchemaVersion();
    static void setSchemaVersionLimit(int version);

private:
    bool inspectExisting(const QString &path);
    /// The file's own bytes into @p target (the copy before a migration);
    /// false with the reason in m_errorString.
    bool copyFileAsIs(const QString &target);
    /// The lock file beside the database: one window or command at a time.
    bool takeLock(bool exists);
    /// PRAGMA user_version; nothing (closed, with the reason) when unreadable.
    std::optional<int> readSchemaVersion();
    bool openConnection(bool readOnly);
    bool applyPragmas();
    bool migrate(int fromVersion);
    void fail(Error error, const QString &message);

    QString m_path;
    QString m_connectionName;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_migrationBackup;
    std::unique_ptr<QLockFile> m_lock;
};
