#pragma once

#include <QCoreApplication>
#include <QString>

/// Where a council's shared PostgreSQL server is, as a user writes it:
///   postgresql://[user@]host[:port]/dbname[?sslmode=MODE]
///   postgresql:///dbname?host=/path/to/socket_dir[&port=PORT]   (libpq's Unix-socket form)
/// ("postgres://" is read too). The address never holds a password: it is
/// asked for, or kept in the desktop's secret store. A server that is not on
/// this computer (neither a socket nor localhost) is reached over TLS only:
/// sslmode defaults to require there, and a weaker mode is refused.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    ServerAddress() = default;

    /// Reads @p text; false with a sentence in errorString() for anything
    /// but the two forms above.
    bool parse(const QString &text);
    QString errorString() const { return m_error; }
    bool isValid() const { return !m_database.isEmpty(); }

    /// The user named in the address, empty when none.
    QString user() const { return m_user; }
    /// A host name or address, or the folder of a Unix socket (starts with '/').
    /// Empty for libpq's default socket folder.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    /// The sslmode libpq is given: require (or stronger, when written) for a
    /// remote server, what was written (or nothing) for a local one.
    QString sslMode() const { return m_sslMode; }
    /// True for a Unix socket or localhost: no network in between.
    bool isLocal() const;
    bool isSocket() const { return m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')); }

    /// The address written back in the form it was read, without a password.
    QString toString() const;
    /// Options for QSqlDatabase::setConnectOptions() (libpq's, ';'-separated).
    QString connectOptions() const;

private:
    bool parseQuery(const QString &query);
    bool checkSslMode();

    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_sslMode;
    QString m_error;
};
