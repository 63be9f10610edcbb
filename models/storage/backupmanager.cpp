#include "backupmanager.h"

#include "database.h"
#include "models/domain/clock.h"
#include "models/domain/clock.h"
#include "models/privacy/backupcipher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

BackupManager::BackupManager(Database *database)
    : m_database(database)
{
}

BackupManager::~BackupManager()
{
    // A copy prepared but never restored leaves no clear data behind.
    if (!m_preparedSource.isEmpty() && m_preparedClear != m_preparedSource)
        QFile::remove(m_preparedClear);
}

QString BackupManager::backupPathFor(const QString &databasePath, const QDateTime &when, bool withTime)
{
    const QString stamp = withTime ? when.toString(QStringLiteral("yyyy-MM-dd'T'HHmmsszzz"))
                                   : when.toString(QStringLiteral("yyyy-MM-dd"));
    return QStringLiteral("%1.backup-%2").arg(databasePath, stamp);
}

QList<BackupManager::Backup> BackupManager::backups() const
{
    QList<Backup> result;
    const QFileInfo db(m_database->filePath());
    const QDir dir = db.absoluteDir();
    static const QRegularExpression stamp(QStringLiteral("\\.backup-(\\d{4}-\\d{2}-\\d{2})(T(\\d{6})(\\d{3})?)?$"));
    const QStringList names = dir.entryList({db.fileName() + QStringLiteral(".backup-*")}, QDir::Files);
    for (const QString &name : names) {
        const auto m = stamp.match(name);
        if (!m.hasMatch())
            continue;
        QDateTime taken(QDate::fromString(m.captured(1), Qt::ISODate),
                        m.captured(3).isEmpty() ? QTime(0, 0)
                                                : QTime::fromString(m.captured(3) + (m.captured(4).isEmpty() ? QStringLiteral("000") : m.captured(4)),
                                                                    QStringLiteral("HHmmsszzz")));
        if (m.captured(3).isEmpty())
            taken = QFileInfo(dir.filePath(name)).lastModified();
        result << Backup{dir.filePath(name), taken, QFileInfo(dir.filePath(name)).size(),
                         BackupCipher::isEncrypted(dir.filePath(name))};
    }
    std::sort(result.begin(), result.end(), [](const Backup &a, const Backup &b) { return a.taken > b.taken; });
    return result;
}

bool BackupManager::dailyBackup(const QDate &today, bool *made)
{
    if (made)
        *made = false;
    const QString path = backupPathFor(m_database->filePath(), QDateTime(today, QTime(0, 0)), false);
    if (QFileInfo::exists(path))
        return true;
    if (!writeCopy(path)) {
        QFile::remove(path);
        m_error = tr("Today's backup copy could not be written (%1). Check the free space in the database's folder.").arg(m_error);
        return false;
    }
    if (made)
        *made = true;
    prune();
    return true;
}

bool BackupManager::writeCopy(const QString &path)
{
    const QString plain = m_passphrase.isEmpty() ? path : path + QStringLiteral(".plain");
    QFile::remove(plain);
    if (!m_database->copyTo(plain)) {
        m_error = m_database->errorString();
        QFile::remove(plain);
        return false;
    }
    if (m_passphrase.isEmpty())
        return true;
    BackupCipher cipher;
    const bool sealed = cipher.encryptFile(plain, path, m_passphrase);
    if (!sealed)
        m_error = cipher.errorString();
    QFile::remove(plain);
    return sealed;
}

void BackupManager::prune()
{
    const QList<Backup> all = backups();
    for (int i = Kept; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

bool BackupManager::clearCopy(const QString &sourcePath, const QString &passphrase, const QString &decrypted,
                              QString *clearPath)
{
    *clearPath = sourcePath;
    if (!BackupCipher::isEncrypted(sourcePath))
        return true;
    if (passphrase.isEmpty()) {
        m_error = tr("This backup copy is encrypted: give its passphrase to restore it. Nothing was changed.");
        return false;
    }
    BackupCipher cipher;
    if (!cipher.decryptFile(sourcePath, decrypted, passphrase)) {
        m_error = cipher.errorString();
        return false;
    }
    *clearPath = decrypted;
    return true;
}

bool BackupManager::prepareRestore(const QString &sourcePath, const QString &passphrase)
{
    m_preparedSource.clear();
    const QString target = m_database->filePath();
    const QString decrypted = target + QStringLiteral(".restore-plain");
    QString clearPath;
    if (!clearCopy(sourcePath, passphrase, decrypted, &clearPath))
        return false;
    // Check the copy is a sound Essaim database before touching anything.
    Database probe;
    const QString trial = target + QStringLiteral(".restore-check");
    QFile::remove(trial);
    if (!QFile::copy(clearPath, trial)) {
        m_error = tr("The backup copy “%1” cannot be read.").arg(QDir::toNativeSeparators(sourcePath));
        QFile::remove(decrypted);
        return false;
    }
    QFile(trial).setPermissions(QFile(trial).permissions() | QFileDevice::WriteOwner | QFileDevice::WriteUser);
    const bool sound = probe.open(trial, Database::OpenMode::OpenExisting);
    const QString why = probe.errorString();
    probe.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(trial + suffix);
    const QStringList leftovers = QFileInfo(trial).absoluteDir().entryList({QFileInfo(trial).fileName() + QStringLiteral(".schema*")});
    for (const QString &name : leftovers)
        QFile::remove(QFileInfo(trial).absoluteDir().filePath(name));
    if (!sound) {
        m_error = tr("The backup copy cannot be restored: %1").arg(why);
        QFile::remove(decrypted);
        return false;
    }
    m_preparedSource = sourcePath;
    m_preparedClear = clearPath;
    return true;
}

bool BackupManager::restore(const QString &sourcePath, const QString &passphrase)
{
    const QString target = m_database->filePath();
    const QString decrypted = target + QStringLiteral(".restore-plain");
    // Removes the clear copy whichever way this function returns.
    struct Cleanup {
        QString path;
        QString *prepared;
        ~Cleanup()
        {
            QFile::remove(path);
            prepared->clear();
        }
    } cleanup{decrypted, &m_preparedSource};
    if (m_preparedSource != sourcePath && !prepareRestore(sourcePath, passphrase))
        return false;
    const QString backupPath = m_preparedClear;

    const QString safety = backupPathFor(target, Clock::now(), true);
    if (!writeCopy(safety)) {
        m_error = tr("The current state could not be saved before restoring (%1). Nothing was changed.").arg(m_error);
        return false;
    }

    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming)) {
        m_error = tr("The backup copy could not be copied next to the database. Nothing was changed.");
        return false;
    }
    m_database->close();
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    const bool replaced = QFile::remove(target) && QFile::rename(incoming, target);
    if (!replaced || !m_database->open(target, Database::OpenMode::OpenExisting)) {
        // Put the state from just before back in place.
        m_database->close();
        QFile::remove(target);
        // Best effort: the message below says the database was left as it was.
        if (m_passphrase.isEmpty())
            QFile::copy(safety, target);
        else
            BackupCipher().decryptFile(safety, target, m_passphrase);
        m_database->open(target, Database::OpenMode::OpenExisting);
        QFile::remove(incoming);
        m_error = tr("The backup copy could not be put in place; the database was left as it was.");
        return false;
    }
    return true;
}
