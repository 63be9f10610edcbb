#pragma once

#include "serveradmincommand.h"

/// "essaim [--db FILE] server user add NAME --role coordinator|contributor|reader
/// [--territory SPEC…] --url URL": a person who may connect to the council's
/// server. SPEC is an EPCI's SIREN or a commune's INSEE code (or
/// epci:/dep:/commune:), expanded into communes; a contributor needs one.
/// The password is never on the command line, where other users of the
/// computer and the shell's history would see it: it is read from standard
/// input, its first line (typed twice, unseen, at a terminal).
class ServerUserAddCommand : public ServerAdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerUserAddCommand)

public:
    QStringList names() const override;
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;

private:
    /// Reads the new user's password from standard input; false after a sentence.
    static bool readPassword(const QString &name, QString *password, QTextStream &err);
};
