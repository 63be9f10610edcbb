#include "serveruserremovecommand.h"

#include "commandline.h"
#include "invocation.h"

#include "models/sync/serveradmin.h"

QStringList ServerUserRemoveCommand::names() const
{
    return {QStringLiteral("server user remove")};
}

QString ServerUserRemoveCommand::help() const
{
    return tr("server user remove NAME --url URL: the person may no longer use the server (what they wrote stays)");
}

int ServerUserRemoveCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    if (const int status = ServerAdminCommand::checkUsage(invocation, err))
        return status;
    if (invocation.words().size() != 4) {
        err << CommandLine::failure(tr("remove whom? Write “essaim server user remove NAME --url URL”.")) << Qt::endl;
        return 2;
    }
    return 0;
}

int ServerUserRemoveCommand::run(Session &, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    ServerConnection connection(connectionName());
    if (const int status = connectAsAdministrator(invocation, connection, ServerConnection::Expect::EssaimServer, err))
        return status;
    ServerAdmin admin(connection.connectionName());
    if (!admin.removeMember(invocation.word(3))) {
        err << CommandLine::failure(admin.errorString()) << Qt::endl;
        return 1;
    }
    out << tr("“%1” may no longer use the server; what they wrote stays.").arg(invocation.word(3)) << Qt::endl;
    return 0;
}
