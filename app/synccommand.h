#pragma once

#include "command.h"

#include <QCoreApplication>

/// "essaim --db FILE sync": one synchronisation with the server the
/// database is connected to. Exit 0 when in step, 1 when the server cannot
/// be reached or refuses, 3 when conflicts wait for a person.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    /// The exit status when conflicts remain.
    static constexpr int ConflictsRemain = 3;

    QStringList names() const override { return {QStringLiteral("sync")}; }
    QString help() const override;
    DatabaseUse databaseUse(const Invocation &) const override { return DatabaseUse::Existing; }
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;
};
