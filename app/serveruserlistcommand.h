#pragma once

#include "serveradmincommand.h"

/// "essaim server user list --url URL [--format csv]": the people of the
/// council's server, their role and territory, as a table or as CSV
/// (name;role;territory;communes, the communes as INSEE codes).
class ServerUserListCommand : public ServerAdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerUserListCommand)

public:
    QStringList names() const override;
    QString help() const override;
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;
};
