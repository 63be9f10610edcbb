#pragma once

#include "serveraddress.h"

#include <QCoreApplication>
#include <QString>

struct pg_conn;

/// A connection to a council's shared PostgreSQL server through Qt's QPSQL
/// driver, registered under a connection name (look it up with
/// QSqlDatabase::database(name)). open() says in one sentence why it could
/// not connect: the server cannot be reached, the user or password is
/// wrong, the user may not use this database, the database is not an Essaim
/// server yet. close() removes the connection; so does the destructor.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    enum class Failure {
        None,
        DriverMissing, ///< libqt6sql6-psql is not installed
        Unreachable, ///< no server at that address, or the network is down
        NoTls, ///< a remote server that offers no encrypted connection
        WrongPassword, ///< unknown user, wrong or missing password
        NoDatabase, ///< no database of that name on the server
        NotAllowed, ///< the user may not connect to that database
        NotInitialised, ///< the database holds no Essaim schema yet
        Other,
    };
    /// Whether open() asks the database to hold Essaim's schema already.
    enum class Expect { EssaimServer, AnyDatabase };

    explicit ServerConnection(const QString &connectionName);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    /// Connects as @p user (the address's user when empty, else libpq's
    /// default) with @p password (empty: libpq's own ways, ~/.pgpass,
    /// PGPASSWORD, or none where the server trusts the local socket).
    bool open(const ServerAddress &address, const QString &user, const QString &password, Expect expect = Expect::EssaimServer);
    void close();
    bool isOpen() const;

    QString connectionName() const { return m_name; }
    /// The user the server knows this session as.
    QString userName() const { return m_user; }
    Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }

    /// True when the database holds Essaim's schema (any user may ask).
    static bool hasEssaimSchema(const QString &connectionName, bool *ok = nullptr);
    /// libpq's own handle (a PGconn) behind the open connection
    /// @p connectionName, for what QPSQL cannot do or does slowly (a
    /// password's verifier, a whole table read); null when the connection is
    /// closed or not PostgreSQL. Nothing may run through QtSql meanwhile.
    static pg_conn *libpqHandle(const QString &connectionName);

private:
    /// Turns libpq's message into the failure and its sentence.
    void explain(const ServerAddress &address, const QString &user, const QString &driverText);

    QString m_name;
    QString m_user;
    Failure m_failure = Failure::None;
    QString m_error;
};
