#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

/// The copies of a database kept next to it: one a day, taken at start-up
/// with VACUUM INTO (a consistent copy even while the file is open), the
/// last seven kept. Restoring one first saves the current state, so a
/// restore can itself be taken back.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    struct Backup {
        QString path;
        QDateTime taken;
        qint64 size = 0;
        bool encrypted = false;
    };
    static constexpr int Kept = 7;

    explicit BackupManager(Database *database);
    ~BackupManager();
    BackupManager(const BackupManager &) = delete;
    BackupManager &operator=(const BackupManager &) = delete;

    /// Newest first.
    QList<Backup> backups() const;
    /// Takes today's copy unless one exists. @p made tells whether it did.
    bool dailyBackup(const QDate &today, bool *made = nullptr);
    /// Decrypts (when sealed) and checks the copy without touching the open
    /// database, so that a wrong passphrase or a damaged copy is refused
    /// before the caller lets go of anything; restore() then uses this work.
    bool prepareRestore(const QString &backupPath, const QString &passphrase);
    /// Replaces the open database by @p backupPath and reopens it. An
    /// encrypted copy needs the passphrase it was sealed with; a wrong one
    /// or a damaged copy is refused and nothing is changed.
    bool restore(const QString &backupPath, const QString &passphrase = QString());
    /// With a passphrase, every copy taken from now on is encrypted.
    void setPassphrase(const QString &passphrase) { m_passphrase = passphrase; }
    /// Writes a copy of the open database to @p path, encrypted when a
    /// passphrase is set; false with the reason in errorString().
    bool writeCopy(const QString &path);
    QString errorString() const { return m_error; }

    static QString backupPathFor(const QString &databasePath, const QDateTime &when, bool withTime);

private:
    void prune();
    /// The clear database to restore from: @p sourcePath itself, or its
    /// decryption into @p decrypted.
    bool clearCopy(const QString &sourcePath, const QString &passphrase, const QString &decrypted, QString *clearPath);

    Database *m_database;
    QString m_passphrase;
    QString m_preparedSource; ///< the copy prepareRestore() checked
    QString m_preparedClear;  ///< its clear database (itself, or its decryption)
    QString m_error;
};
