#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/// A throwaway PostgreSQL 15 server for the tests that need a real one:
/// made by initdb in a temporary folder, listening on a Unix socket in that
/// folder only (no TCP port, so several test executables run side by side),
/// and removed with its folder when the object goes. The superuser
/// `postgres` is trusted on the socket; every other role must give its
/// password (scram-sha-256), so password handling is tested for real.
///
/// initdb and pg_ctl refuse to run as root: under root they run as the
/// `postgres` system user (runuser), in a folder given to that user. The
/// server never runs under faketime: LD_PRELOAD and FAKETIME* are left out
/// of its environment, so its now() is the real instant.
///
/// Errors come back as false with a sentence in errorString(), the end of
/// the server's log included when it failed to start.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    /// Creates the cluster on the first call, then starts the server and
    /// waits until it accepts connections. Starting a running server is fine.
    bool start();
    /// Stops the server (fast shutdown: open sessions are cut, as when a
    /// server goes away under a client). The cluster stays for start().
    bool stop();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    /// Everything the server has logged since it was first started.
    QString log() const;
    /// The folder holding the socket, what libpq calls the host.
    QString socketDirectory() const;
    int port() const { return m_port; }
    /// The name of the trusted superuser.
    static QString superuser() { return QStringLiteral("postgres"); }
    /// The address of @p database in the Unix-socket form Essaim reads:
    /// postgresql:///DATABASE?host=SOCKET_DIR&port=PORT
    QString url(const QString &database) const;

    /// Creates an empty database (as the superuser); false if it exists.
    bool createDatabase(const QString &name);
    /// Creates a role that logs in with @p password.
    bool createLoginRole(const QString &name, const QString &password);
    /// Runs @p sql (one or several statements, no result) in @p database as the superuser.
    bool execute(const QString &database, const QString &sql);
    /// Opens a QPSQL connection named @p connectionName to @p database as
    /// @p user (the superuser when empty); the caller removes it.
    bool open(const QString &connectionName, const QString &database, const QString &user = QString(),
              const QString &password = QString());

private:
    bool initialise();
    bool configure();
    /// Runs a PostgreSQL program as the user that owns the cluster.
    bool runTool(const QString &program, const QStringList &arguments, int timeoutMs);
    QProcessEnvironment toolEnvironment() const;
    QString dataDirectory() const;
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    int m_port = 5432;
    bool m_initialised = false;
    bool m_running = false;
    QString m_error;
};
