#include "serverconnectcommand.h"

#include "commandline.h"
#include "invocation.h"
#include "models/sync/serveraddress.h"
#include "models/sync/serverconnection.h"
#include "models/sync/syncengine.h"
#include "serverlogin.h"

namespace {
const QString serverConnection = QStringLiteral("essaim-server");
}

QString ServerConnectCommand::help() const
{
    return tr("server connect --url URL --user NAME: join the council's shared server and synchronise (password asked, or "
              "from PGPASSWORD or ~/.pgpass)");
}

QList<QCommandLineOption> ServerConnectCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("url"), tr("server: the address of the shared server (postgresql://host/database)."), tr("URL")),
            QCommandLineOption(QStringLiteral("user"), tr("server connect: your user name on the shared server."), tr("NAME"))};
}

int ServerConnectCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    if (invocation.value(QStringLiteral("url")).isEmpty() || invocation.value(QStringLiteral("user")).isEmpty()) {
        err << CommandLine::failure(tr("say which server and who you are: server connect --url postgresql://host/database --user NAME.")) << Qt::endl;
        return 2;
    }
    return 0;
}

int ServerConnectCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    const QString url = invocation.value(QStringLiteral("url"));
    const QString user = invocation.value(QStringLiteral("user"));
    ServerAddress address;
    if (!address.parse(url)) {
        err << CommandLine::failure(address.errorString()) << Qt::endl;
        return 1;
    }
    ServerConnection server(serverConnection);
    if (!server.open(address, user, ServerLogin::password(address, user))) {
        err << CommandLine::failure(server.errorString()) << Qt::endl;
        return 1;
    }
    SyncEngine engine(session.connectionName(), serverConnection);
    const std::optional<SyncEngine::Joined> joined = engine.join(address.toString(), user);
    server.close();
    if (!joined) {
        err << CommandLine::failure(engine.errorString()) << Qt::endl;
        return 1;
    }
    const SyncEngine::Figures f = engine.figures();
    switch (*joined) {
    case SyncEngine::Joined::Uploaded:
        out << tr("This council is now on the server: %n record(s) sent.", nullptr, f.sent) << Qt::endl;
        break;
    case SyncEngine::Joined::Received:
        out << tr("Joined the council on the server: %n record(s) received.", nullptr, f.received) << Qt::endl;
        break;
    case SyncEngine::Joined::Resumed:
        out << tr("Connected again: %1 received, %2 sent.").arg(f.received).arg(f.sent) << Qt::endl;
        break;
    }
    return 0;
}
