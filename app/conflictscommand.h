#pragma once

#include "command.h"

#include <QCoreApplication>

/// "essaim --db FILE conflicts --format csv": the conflicts waiting for a
/// person, one per line: record;field;local_value;server_value;local_by;
/// server_by;local_at;server_at (French Excel CSV).
class ConflictsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    QStringList names() const override { return {QStringLiteral("conflicts")}; }
    QString help() const override;
    DatabaseUse databaseUse(const Invocation &) const override { return DatabaseUse::Existing; }
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;
};
