#include "serverconnection.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString driverName = QStringLiteral("QPSQL");

bool mentions(const QString &text, std::initializer_list<const char *> pieces)
{
    for (const char *piece : pieces) {
        if (text.contains(QLatin1String(piece), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// How the address reads in a sentence: the host, or "this computer".
QString where(const ServerAddress &address)
{
    return address.isSocket() ? ServerConnection::tr("on this computer") : address.host();
}

} // namespace

ServerConnection::ServerConnection(const QString &connectionName)
    : m_name(connectionName)
{
}

ServerConnection::~ServerConnection()
{
    close();
}

bool ServerConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

void ServerConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool ServerConnection::open(const ServerAddress &address, const QString &user, const QString &password, Expect expect)
{
    close();
    m_failure = Failure::None;
    m_error.clear();
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        m_failure = Failure::DriverMissing;
        m_error = tr("Qt's PostgreSQL driver is not installed: install the package libqt6sql6-psql, then try again.");
        return false;
    }
    m_user = user.isEmpty() ? address.user() : user;
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, m_name);
    db.setHostName(address.host());
    db.setPort(address.port());
    db.setDatabaseName(address.database());
    db.setUserName(m_user);
    db.setPassword(password);
    db.setConnectOptions(address.connectOptions());
    if (!db.open()) {
        explain(address, m_user, db.lastError().text());
        db = QSqlDatabase();
        close();
        return false;
    }
    if (m_user.isEmpty()) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT session_user")) && query.next())
            m_user = query.value(0).toString();
    }
    if (expect == Expect::EssaimServer) {
        bool ok = false;
        const bool initialised = hasEssaimSchema(m_name, &ok);
        if (!ok || !initialised) {
            m_failure = ok ? Failure::NotInitialised : Failure::Other;
            m_error = ok ? tr("The database “%1” is not an Essaim server yet: the coordinator prepares it once with "
                              "“essaim server init --url %2”.")
                               .arg(address.database(), address.toString())
                         : tr("The server did not answer a first question; try again in a moment.");
            db = QSqlDatabase();
            close();
            return false;
        }
    }
    return true;
}

bool ServerConnection::hasEssaimSchema(const QString &connectionName, bool *ok)
{
    // The catalogue, not to_regclass(): that one fails for a user without
    // rights on the schema instead of answering.
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    const bool answered = query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = 'essaim')"))
        && query.next();
    if (ok)
        *ok = answered;
    return answered && query.value(0).toBool();
}

void ServerConnection::explain(const ServerAddress &address, const QString &user, const QString &driverText)
{
    const QString shownUser = user.isEmpty() ? tr("(your system name)") : user;
    if (mentions(driverText, {"password authentication failed", "no password supplied", "role \"", "peer authentication failed"})) {
        m_failure = Failure::WrongPassword;
        m_error = tr("The server refused the user “%1”: the name or the password is wrong. Check them, or ask the coordinator.").arg(shownUser);
    } else if (mentions(driverText, {"database \""}) && mentions(driverText, {"does not exist"})) {
        m_failure = Failure::NoDatabase;
        m_error = tr("There is no database “%1” on the server %2: check the end of the address.").arg(address.database(), where(address));
    } else if (mentions(driverText, {"permission denied for database", "CONNECT privilege", "no pg_hba.conf entry"})) {
        m_failure = Failure::NotAllowed;
        m_error = tr("The user “%1” may not use the database “%2”: it belongs to another council, or the user was removed. Ask the coordinator.")
                      .arg(shownUser, address.database());
    } else if (mentions(QString(driverText).remove(QRegularExpression(QStringLiteral("\"[^\"]*\""))), {"SSL", "TLS"})) {
        // libpq quotes the host or the socket's folder: a server named
        // ssl.example.org that is stopped is not one without TLS.
        m_failure = Failure::NoTls;
        m_error = tr("The server %1 offers no encrypted connection (TLS), and Essaim reaches a server on the network only over TLS: "
                     "ask its administrator to switch ssl on.")
                      .arg(where(address));
    } else if (mentions(driverText, {"could not connect", "connection to server", "could not translate host name", "timeout expired",
                                     "Connection refused", "No such file or directory", "starting up", "shutting down"})) {
        m_failure = Failure::Unreachable;
        m_error = tr("The server %1 cannot be reached: it is stopped, or the network is down. Check the address, or try again later; "
                     "your work stays on this computer meanwhile.")
                      .arg(where(address));
    } else {
        m_failure = Failure::Other;
        m_error = tr("The server refused the connection: %1").arg(driverText.trimmed());
    }
}

pg_conn *ServerConnection::libpqHandle(const QString &connectionName)
{
    // The driver's handle is libpq's PGconn, a typedef of struct pg_conn.
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
    const bool isLibpq = handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    return isLibpq ? *static_cast<pg_conn *const *>(handle.constData()) : nullptr;
}
