#pragma once

#include "command.h"

#include <QCoreApplication>

/// "essaim --db FILE server connect --url URL --user NAME": joins the
/// council's shared server and makes the first synchronisation (uploads this
/// council to an empty server, or receives everything into a new database);
/// never mixes two councils.
class ServerConnectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnectCommand)

public:
    QStringList names() const override { return {QStringLiteral("server connect")}; }
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;
};
