#pragma once

#include "serveradmincommand.h"

/// "essaim [--db FILE] server init --url URL": makes an empty PostgreSQL
/// database the shared server of a council (ServerAdmin::initialise); a
/// database that is one already is refused (exit 1). With --db, the
/// council's name is taken from that local database.
class ServerInitCommand : public ServerAdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerInitCommand)

public:
    QStringList names() const override;
    QString help() const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;
};
