#pragma once

#include "command.h"

#include "models/sync/serverconnection.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

class ServerAddress;

/// What the coordinator's commands on a shared server have in common
/// (server init, server user add|list|remove): the --url option, read and
/// checked before anything is opened, and the connection made as the
/// administrator the address names (postgresql://postgres@HOST/DATABASE).
/// The administrator's password is libpq's business: ~/.pgpass or the
/// PGPASSWORD variable, or none where the server trusts the local socket.
class ServerAdminCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServerAdminCommand)

public:
    QList<QCommandLineOption> options() const override;
    /// The local database is read only when --db names one (the council's name, its communes).
    DatabaseUse databaseUse(const Invocation &invocation) const override;
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;

protected:
    /// Opens @p connection on the --url of @p invocation; 0, or 1 after the sentence.
    static int connectAsAdministrator(const Invocation &invocation, ServerConnection &connection, ServerConnection::Expect expect,
                                      QTextStream &err);
    /// The name of the connection the commands use.
    static QString connectionName();
};
