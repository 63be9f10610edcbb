#include "database.h"

#include "models/domain/clock.h"
#include "models/domain/textkey.h"
#include "referencedataloader.h"
#include "schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

namespace {
std::atomic<int> s_connectionCounter{0};
QString s_migrationsPath = QStringLiteral(":/schema");
int s_versionLimit = -1;

/// The path as the user's system writes it, for the messages.
QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

void Database::setMigrationsPath(const QString &path)
{
    s_migrationsPath = path;
}

QString Database::migrationsPath()
{
    return s_migrationsPath;
}

void Database::setSchemaVersionLimit(int version)
{
    s_versionLimit = version;
}

int Database::latestSchemaVersion()
{
    const int latest = SchemaMigrator(s_migrationsPath).latestVersion();
    return s_versionLimit >= 0 ? std::min(latest, s_versionLimit) : latest;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

void Database::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
}

bool Database::takeLock(bool exists)
{
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        const bool cannotWriteLock = m_lock->error() == QLockFile::PermissionError;
        m_lock.reset();
        if (cannotWriteLock && exists) {
            fail(Error::ReadOnly, tr("The database “%1” is in a read-only folder. Essaim needs to write next to it: copy it to a folder of your own, then open the copy.")
                                      .arg(nativePath(m_path)));
        } else if (cannotWriteLock) {
            fail(Error::CannotCreate, tr("Essaim could not create “%1”: the folder is read-only. Choose a folder where you can write.")
                                          .arg(nativePath(m_path)));
        } else {
            fail(Error::Locked, tr("The database “%1” is already open in another Essaim window (process %2). Close the other window, then try again.")
                                    .arg(nativePath(m_path)).arg(pid));
        }
        return false;
    }
    return true;
}

std::optional<int> Database::readSchemaVersion()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QString why = q.lastError().text();
        const bool busy = why.contains(QLatin1String("locked"), Qt::CaseInsensitive);
        close();
        if (busy)
            fail(Error::Locked, tr("The database “%1” is being used by another program. Close it, then try again.").arg(nativePath(m_path)));
        else
            fail(Error::Corrupt, tr("The database “%1” is damaged and cannot be read. It was left untouched: restore a backup copy (File > Restore a backup).").arg(nativePath(m_path)));
        return std::nullopt;
    }
    return q.value(0).toInt();
}

bool Database::open(const QString &path, OpenMode mode)
{
    close();
    m_error = Error::None;
    m_errorString.clear();
    m_migrationBackup.clear();
    m_path = QFileInfo(path).absoluteFilePath();

    const bool exists = QFileInfo::exists(m_path);
    if (!exists && mode == OpenMode::OpenExisting) {
        fail(Error::NotFound, tr("The file “%1” does not exist. Check its name and folder, or create a new database.")
                                  .arg(nativePath(m_path)));
        return false;
    }
    if (exists && !inspectExisting(m_path))
        return false;

    if (!exists) {
        const QFileInfo dir(QFileInfo(m_path).absolutePath());
        if (!dir.exists() && !QDir().mkpath(dir.absoluteFilePath())) {
            fail(Error::CannotCreate, tr("Essaim could not create “%1”: the folder cannot be created. Choose a folder where you can write.")
                                          .arg(nativePath(m_path)));
            return false;
        }
    }

    if (!takeLock(exists))
        return false;

    if (!openConnection(false)) {
        close();
        return false;
    }
    if (!applyPragmas()) {
        close();
        return false;
    }

    const std::optional<int> version = readSchemaVersion();
    if (!version)
        return false;

    if (*version < latestSchemaVersion() && !migrate(*version)) {
        const bool createdHere = !exists;
        close();
        if (createdHere) {
            QFile::remove(m_path);
            QFile::remove(m_path + QStringLiteral("-wal"));
            QFile::remove(m_path + QStringLiteral("-shm"));
        }
        return false;
    }
    return true;
}

bool Database::inspectExisting(const QString &path)
{
    const QFileInfo info(path);
    // Read the header ourselves: SQLite is not even started on a file that is
    // not ours, so nothing can write to it.
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        if (info.isDir()) {
            fail(Error::NotADatabase, tr("“%1” is a folder, not an Essaim database. Choose an Essaim database file.").arg(nativePath(path)));
        } else {
            fail(Error::ReadOnly, tr("Essaim is not allowed to read “%1”. Ask for permission to read and write it, or open a copy.").arg(nativePath(path)));
        }
        return false;
    }
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        fail(Error::NotADatabase, tr("The file “%1” is not an Essaim database. It was left untouched: choose an Essaim database, or create a new one.")
                                      .arg(nativePath(path)));
        return false;
    }
    const qint32 userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    const qint32 applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != ApplicationId) {
        fail(Error::NotADatabase, tr("The file “%1” is a database of another program, not an Essaim database. It was left untouched: choose an Essaim database, or create a new one.")
                                      .arg(nativePath(path)));
        return false;
    }
    if (userVersion > latestSchemaVersion()) {
        fail(Error::NewerSchema, tr("The database “%1” was written by a newer version of Essaim (schema %2; this version reads up to %3). It was left untouched: install the newer Essaim to open it.")
                                     .arg(nativePath(path)).arg(userVersion).arg(latestSchemaVersion()));
        return false;
    }
    // Permission bits, not access(): as root access() allows everything, yet a
    // file marked read-only must still be treated as such.
    const QFileDevice::Permissions perms = info.permissions();
    const QFileInfo dirInfo(info.absolutePath());
    if (!info.isWritable() || !(perms & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        || !dirInfo.isWritable()) {
        fail(Error::ReadOnly, tr("The database “%1” is read-only. Essaim needs to write to it: copy it to a folder of your own or ask for write permission, then open it again.")
                                  .arg(nativePath(path)));
        return false;
    }

    // A damaged file is caught before anything is written: read the schema
    // through a read-only connection.
    m_connectionName = QStringLiteral("essaim-inspect-%1").arg(++s_connectionCounter);
    bool readable = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            readable = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
            if (readable && userVersion > 0) {
                QSqlQuery check(db);
                readable = check.exec(QStringLiteral("SELECT count(*) FROM actors")) && check.next();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    if (!readable) {
        fail(Error::Corrupt, tr("The database “%1” is damaged and cannot be read. It was left untouched: restore a backup copy (File > Restore a backup).")
                                 .arg(nativePath(path)));
        return false;
    }
    return true;
}

bool Database::openConnection(bool readOnly)
{
    m_connectionName = QStringLiteral("essaim-%1").arg(++s_connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        fail(Error::CannotCreate, tr("Essaim could not open “%1”: %2. Check that the folder exists and that you may write to it.")
                                      .arg(nativePath(m_path), db.lastError().text()));
        return false;
    }
    return true;
}

namespace {

// essaim_sort_key(text): TextKey::sortKey() for SQL, so that a migration can
// fill actors.sort_key for the rows already there.
void sortKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray key = TextKey::sortKey(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

// essaim_now(): Clock::nowUtcText() for the triggers of the change journal,
// so that the time of a change comes from the one clock, as everywhere.
void nowFunction(sqlite3_context *context, int, sqlite3_value **)
{
    const QByteArray now = Clock::nowUtcText().toUtf8();
    sqlite3_result_text(context, now.constData(), int(now.size()), SQLITE_TRANSIENT);
}

} // namespace

sqlite3 *Database::sqliteHandle(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool Database::applyPragmas()
{
    {
        if (sqlite3 *db = sqliteHandle(m_connectionName)) {
            sqlite3_create_function_v2(db, "essaim_sort_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, sortKeyFunction,
                                       nullptr, nullptr, nullptr);
            sqlite3_create_function_v2(db, "essaim_now", 0, SQLITE_UTF8, nullptr, nowFunction, nullptr, nullptr, nullptr);
        }
    }
    QSqlQuery q(connection());
    // journal_mode=WAL is persistent and a no-op on a file already in WAL, so
    // opening an Essaim file does not rewrite its header.
    const char *pragmas[] = {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                             "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -32000",
                             "PRAGMA temp_store = MEMORY"};
    for (const char *pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            const QString why = q.lastError().text();
            if (why.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
                fail(Error::Locked, tr("The database “%1” is being used by another program. Close it, then try again.").arg(nativePath(m_path)));
            } else if (why.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
                       || why.contains(QLatin1String("read-only"), Qt::CaseInsensitive)) {
                fail(Error::ReadOnly, tr("The database “%1” is read-only. Essaim needs to write to it: copy it to a folder of your own or ask for write permission, then open it again.").arg(nativePath(m_path)));
            } else {
                fail(Error::Corrupt, tr("The database “%1” is damaged and cannot be read. It was left untouched: restore a backup copy (File > Restore a backup).").arg(nativePath(m_path)));
            }
            return false;
        }
    }
    return true;
}

bool Database::copyFileAsIs(const QString &target)
{
    // The file's own bytes, as the older version left them: once the journal
    // is folded into it (nothing to fold after a clean close), no write has
    // touched the file yet, so the copy is that file byte for byte.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        m_errorString = q.lastError().databaseText();
        return false;
    }
    q.finish();
    QFile source(m_path);
    if (!source.copy(target)) {
        m_errorString = source.errorString();
        return false;
    }
    return true;
}

bool Database::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        // Keep the file as it was before the upgrade, where the user can find it.
        m_migrationBackup = QStringLiteral("%1.schema%2.bak").arg(m_path).arg(fromVersion);
        QFile::remove(m_migrationBackup);
        if (!copyFileAsIs(m_migrationBackup)) {
            fail(Error::MigrationFailed, tr("The database “%1” needs an upgrade, but its safety copy could not be written (%2). Nothing was changed: free some disk space, then open it again.")
                                             .arg(nativePath(m_path), m_errorString));
            return false;
        }
    }
    SchemaMigrator migrator(s_migrationsPath);
    // Version 1 comes with the reference tables, in the same transaction.
    ReferenceDataLoader references(m_connectionName);
    // An upgrade may rebuild a large table (the shadows of a shared council,
    // a gigabyte at 100,000 actors): the old one's pages are zeroed as they
    // are freed (secure_delete) and their content kept for the statement's
    // rollback, in a temporary file rather than in memory.
    QSqlQuery temp(connection());
    temp.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    const bool ok = migrator.migrate(m_connectionName, fromVersion, latestSchemaVersion(),
                                     [&references](int version) { return version != 1 || references.load(); });
    temp.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (!ok) {
        const QString why = references.errorString().isEmpty() ? migrator.errorString() : references.errorString();
        fail(Error::MigrationFailed, m_migrationBackup.isEmpty()
                 ? tr("The database “%1” could not be prepared: %2.").arg(nativePath(m_path), why)
                 : tr("The database “%1” could not be upgraded (%2). It was left as it was, and a copy was kept as “%3”.")
                       .arg(nativePath(m_path), migrator.errorString(), nativePath(m_migrationBackup)));
        return false;
    }
    return true;
}

void Database::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen()) {
                QSqlQuery q(db);
                // A hint for SQLite's planner: the file closes whatever it answers.
                if (!q.exec(QStringLiteral("PRAGMA optimize")))
                    q.finish();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_lock.reset();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::checkIntegrity(QStringList *problems) const
{
    QStringList found;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        found << q.lastError().text();
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                found << line;
        }
    }
    QSqlQuery fk(connection());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next())
            found << tr("Row %1 of table %2 points to a missing row of %3.")
                         .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString());
    }
    QSqlQuery id(connection());
    if (id.exec(QStringLiteral("PRAGMA application_id")) && id.next() && id.value(0).toInt() != ApplicationId)
        found << tr("The file is not marked as an Essaim database.");
    const int version = schemaVersion();
    if (version != latestSchemaVersion())
        found << tr("Schema version %1, expected %2.").arg(version).arg(latestSchemaVersion());
    if (problems)
        *problems = found;
    return found.isEmpty();
}

bool Database::copyTo(const QString &target)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(QDir::toNativeSeparators(target));
    if (!q.exec()) {
        m_errorString = q.lastError().databaseText();
        return false;
    }
    return true;
}
