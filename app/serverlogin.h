#pragma once

#include <QCoreApplication>
#include <QString>

/// How a command of the command line reaches the council's server: the
/// password is asked on the terminal without echo, or, in a script, read by
/// PostgreSQL's own library from PGPASSWORD or ~/.pgpass; never from the
/// command line, where others could read it.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    static QString password();
    /// Opens the QPSQL connection @p connectionName to @p url as @p user;
    /// false with the sentence in @p error.
    static bool open(const QString &url, const QString &user, const QString &password, const QString &connectionName, QString *error);
    static void close(const QString &connectionName);
};
