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
    };
    static constexpr int Kept = 7;

    explicit BackupManager(Database *database);

    /// Newest first.
    QList<Backup> backups() const;
    /// Takes today's copy unless one exists. @p made tells whether it did.
    bool dailyBackup(const QDate &today, bool *made = nullptr);
    /// Replaces the open database by @p backupPath and reopens it.
    bool restore(const QString &backupPath);
    QString errorString() const { return m_error; }

    static QString backupPathFor(const QString &databasePath, const QDateTime &when, bool withTime);

private:
    void prune();

    Database *m_database;
    QString m_error;
};
