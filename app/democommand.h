#pragma once

#include "command.h"

#include <QCoreApplication>

/// `essaim --db FILE demo`: fills the database with the Sambre-Avesnois demo
/// council, of the year it is made.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QStringList names() const override { return {QStringLiteral("demo")}; }
    QString help() const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;
};
