#include "synccommand.h"

#include "commandline.h"
#include "models/sync/serveraddress.h"
#include "models/sync/serverconnection.h"
#include "models/sync/syncengine.h"
#include "models/sync/syncstatus.h"
#include "serverlogin.h"

namespace {
const QString serverConnection = QStringLiteral("essaim-server");
}

QString SyncCommand::help() const
{
    return tr("sync: synchronise with the shared server (exit 3 when conflicts wait for a person)");
}

int SyncCommand::run(Session &session, const Invocation &, QTextStream &out, QTextStream &err) const
{
    const std::optional<SyncStatus> status = SyncStatus::read(session.connectionName());
    if (!status || !status->isShared()) {
        err << CommandLine::failure(tr("this database is not connected to a shared server. Connect it first: "
                                       "essaim --db FILE server connect --url URL --user NAME."))
            << Qt::endl;
        return 1;
    }
    ServerAddress address;
    ServerConnection server(serverConnection);
    if (!address.parse(status->serverUrl) || !server.open(address, status->user, ServerLogin::password(address, status->user))) {
        err << CommandLine::failure(address.isValid() ? server.errorString() : address.errorString()) << Qt::endl;
        return 1;
    }
    SyncEngine engine(session.connectionName(), serverConnection);
    const bool ok = engine.sync();
    server.close();
    if (!ok) {
        err << CommandLine::failure(engine.errorString()) << Qt::endl;
        return 1;
    }
    const SyncEngine::Figures f = engine.figures();
    if (f.refused > 0)
        err << CommandLine::failure(tr("the server refused %n change(s) your role does not allow; they were taken back here.", nullptr, f.refused))
            << Qt::endl;
    const std::optional<SyncStatus> after = SyncStatus::read(session.connectionName());
    const int conflicts = after ? after->openConflicts : 0;
    if (conflicts > 0) {
        out << tr("Synchronised (%1 received, %2 sent), but %n conflict(s) wait for a choice: essaim --db FILE conflicts.", nullptr, conflicts)
                   .arg(f.received)
                   .arg(f.sent)
            << Qt::endl;
        return ConflictsRemain;
    }
    out << tr("In step with the server: %1 received, %2 sent.").arg(f.received).arg(f.sent) << Qt::endl;
    return 0;
}
