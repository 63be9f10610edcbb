#pragma once

#include "serveradmincommand.h"

/// "essaim server user remove NAME --url URL": the person may no longer
/// connect (their role is dropped, their open sessions ended); what they
/// wrote stays, signed with their name in the records and the audit.
class ServerUserRemoveCommand : public ServerAdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerUserRemoveCommand)

public:
    QStringList names() const override;
    QString help() const override;
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;
};
