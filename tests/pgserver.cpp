#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString binDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("ESSAIM_POSTGRESQL_BINDIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(ESSAIM_POSTGRESQL_BINDIR) : fromEnvironment;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString quotedLiteral(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    if (m_running)
        stop();
}

QString PgServer::dataDirectory() const
{
    return m_folder ? m_folder->filePath(QStringLiteral("data")) : QString();
}

QString PgServer::socketDirectory() const
{
    return m_folder ? m_folder->path() : QString();
}

QString PgServer::url(const QString &database) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), socketDirectory());
    query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    return QStringLiteral("postgresql:///%1?%2").arg(database, query.toString(QUrl::FullyEncoded));
}

QProcessEnvironment PgServer::toolEnvironment() const
{
    // The server keeps the real clock even when the tests run under faketime.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LD_PRELOAD"));
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("FAKETIME")))
            env.remove(key);
    }
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    return env;
}

bool PgServer::runTool(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(toolEnvironment());
    // runuser keeps the working directory: it must be one postgres may enter.
    process.setWorkingDirectory(m_folder->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString tool = QDir(binDirectory()).filePath(program);
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), superuser(), QStringLiteral("--"), tool} + arguments);
    else
        process.start(tool, arguments);
    if (!process.waitForStarted(10000)) {
        m_error = QStringLiteral("Could not start %1: %2.").arg(tool, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        m_error = QStringLiteral("%1 did not finish within %2 s.").arg(program).arg(timeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgServer::initialise()
{
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/essaim-pg-XXXXXX"));
    if (!m_folder->isValid()) {
        m_error = QStringLiteral("Could not create a temporary folder for PostgreSQL: %1.").arg(m_folder->errorString());
        return false;
    }
    const QByteArray folder = QFile::encodeName(m_folder->path());
    ::chmod(folder.constData(), 0755);
    if (runningAsRoot()) {
        const struct passwd *user = ::getpwnam("postgres");
        if (!user) {
            m_error = QStringLiteral("There is no postgres system user to run PostgreSQL as: install the postgresql package.");
            return false;
        }
        if (::chown(folder.constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("Could not give %1 to the postgres user.").arg(m_folder->path());
            return false;
        }
    }
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), superuser(), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--auth=trust"), QStringLiteral("--no-sync")},
                 120000))
        return false;
    return configure();
}

bool PgServer::configure()
{
    // Files of the cluster belong to postgres: rewritten in place, so they keep their owner.
    QFile hba(QDir(dataDirectory()).filePath(QStringLiteral("pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("Could not write %1.").arg(hba.fileName());
        return false;
    }
    hba.write("local all postgres trust\n"
              "local all all scram-sha-256\n");
    hba.close();
    QFile conf(QDir(dataDirectory()).filePath(QStringLiteral("postgresql.conf")));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = QStringLiteral("Could not write %1.").arg(conf.fileName());
        return false;
    }
    const QString settings = QStringLiteral("\n# Essaim's tests\n"
                                            "listen_addresses = ''\n"
                                            "unix_socket_directories = '%1'\n"
                                            "port = %2\n"
                                            "fsync = off\n"
                                            "synchronous_commit = off\n"
                                            "full_page_writes = off\n"
                                            "max_connections = 200\n"
                                            "password_encryption = 'scram-sha-256'\n")
                                 .arg(socketDirectory())
                                 .arg(m_port);
    conf.write(settings.toUtf8());
    conf.close();
    m_initialised = true;
    return true;
}

QString PgServer::log() const
{
    QFile file(m_folder ? m_folder->filePath(QStringLiteral("server.log")) : QString());
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString PgServer::logTail() const
{
    return log().right(2000).trimmed();
}

bool PgServer::start()
{
    if (m_running)
        return true;
    if (!m_initialised && !initialise())
        return false;
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("start"), QStringLiteral("-D"), dataDirectory(), QStringLiteral("-w"), QStringLiteral("-t"),
                  QStringLiteral("60"), QStringLiteral("-l"), m_folder->filePath(QStringLiteral("server.log"))},
                 90000)) {
        m_error += QStringLiteral("\nThe server's log says:\n") + logTail();
        return false;
    }
    m_running = true;
    return true;
}

bool PgServer::stop()
{
    if (!m_running)
        return true;
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("stop"), QStringLiteral("-D"), dataDirectory(), QStringLiteral("-w"), QStringLiteral("-t"),
                  QStringLiteral("60"), QStringLiteral("-m"), QStringLiteral("fast")},
                 90000))
        return false;
    m_running = false;
    return true;
}

bool PgServer::open(const QString &connectionName, const QString &database, const QString &user, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(socketDirectory());
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(user.isEmpty() ? superuser() : user);
    db.setPassword(password);
    if (!db.open()) {
        m_error = QStringLiteral("Could not connect to %1 as %2: %3").arg(database, db.userName(), db.lastError().text());
        return false;
    }
    return true;
}

bool PgServer::execute(const QString &database, const QString &sql)
{
    const QString name = QStringLiteral("pgserver-admin");
    bool ok = open(name, database);
    if (ok) {
        QSqlQuery query(QSqlDatabase::database(name, false));
        ok = query.exec(sql);
        if (!ok)
            m_error = QStringLiteral("PostgreSQL refused “%1”: %2").arg(sql, query.lastError().text());
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PgServer::createDatabase(const QString &name)
{
    return execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(quotedIdentifier(name)));
}

bool PgServer::createLoginRole(const QString &name, const QString &password)
{
    return execute(QStringLiteral("postgres"),
                   QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(quotedIdentifier(name), quotedLiteral(password)));
}
