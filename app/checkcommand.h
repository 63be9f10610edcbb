#pragma once

#include "command.h"

#include <QCoreApplication>

/// `essaim --db FILE check`: the database's integrity and schema, without
/// creating a database that is not there.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QStringList names() const override { return {QStringLiteral("check")}; }
    QString help() const override;
    DatabaseUse databaseUse(const Invocation &) const override { return DatabaseUse::Existing; }
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;
};
