#include "serverinitcommand.h"

#include "commandline.h"
#include "invocation.h"

#include "models/stores/publicationstore.h"
#include "models/sync/serveradmin.h"

#include <QSqlDatabase>

QStringList ServerInitCommand::names() const
{
    return {QStringLiteral("server init")};
}

QString ServerInitCommand::help() const
{
    return tr("server init --url URL: make an empty PostgreSQL database the shared server of the council (as a user who may create roles)");
}

int ServerInitCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    const QString councilName = invocation.databasePath().isEmpty() ? QString() : session.publications().identity().name;
    ServerConnection connection(connectionName());
    if (const int status = connectAsAdministrator(invocation, connection, ServerConnection::Expect::AnyDatabase, err))
        return status;
    ServerAdmin admin(connection.connectionName());
    if (!admin.initialise(councilName)) {
        err << CommandLine::failure(admin.errorString()) << Qt::endl;
        return 1;
    }
    const QString database = QSqlDatabase::database(connection.connectionName(), false).databaseName();
    if (councilName.isEmpty())
        out << tr("The database “%1” is ready to be the council's shared server.").arg(database) << Qt::endl;
    else
        out << tr("The database “%1” is ready to be the shared server of “%2”.").arg(database, councilName) << Qt::endl;
    out << tr("Add the people who may use it with “essaim server user add NAME --role coordinator|contributor|reader --url %1”.")
               .arg(invocation.value(QStringLiteral("url")))
        << Qt::endl;
    return 0;
}
