#include "serveradmincommand.h"

#include "commandline.h"
#include "invocation.h"

#include "models/sync/serveraddress.h"

QList<QCommandLineOption> ServerAdminCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("url"), tr("server: the address of the council's PostgreSQL database (postgresql://USER@HOST/DATABASE)."),
                               tr("URL"))};
}

Command::DatabaseUse ServerAdminCommand::databaseUse(const Invocation &invocation) const
{
    return invocation.databasePath().isEmpty() ? DatabaseUse::None : DatabaseUse::Existing;
}

int ServerAdminCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    const QString url = invocation.value(QStringLiteral("url"));
    if (url.isEmpty()) {
        err << CommandLine::failure(tr("which server? Add --url postgresql://USER@HOST/DATABASE (the user may create roles, postgres for example)."))
            << Qt::endl;
        return 2;
    }
    ServerAddress address;
    if (!address.parse(url)) {
        err << CommandLine::failure(address.errorString()) << Qt::endl;
        return 2;
    }
    return 0;
}

QString ServerAdminCommand::connectionName()
{
    return QStringLiteral("essaim-server-admin");
}

int ServerAdminCommand::connectAsAdministrator(const Invocation &invocation, ServerConnection &connection, ServerConnection::Expect expect,
                                               QTextStream &err)
{
    ServerAddress address;
    address.parse(invocation.value(QStringLiteral("url")));
    if (connection.open(address, QString(), QString(), expect))
        return 0;
    err << CommandLine::failure(connection.errorString()) << Qt::endl;
    if (connection.failure() == ServerConnection::Failure::WrongPassword)
        err << tr("The administrator's password is read from ~/.pgpass or from the PGPASSWORD variable.") << Qt::endl;
    return 1;
}
