#include "serveruseraddcommand.h"

#include "serverlogin.h"

#include "commandline.h"
#include "invocation.h"

#include "models/sync/serveradmin.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

QStringList ServerUserAddCommand::names() const
{
    return {QStringLiteral("server user add")};
}

QString ServerUserAddCommand::help() const
{
    return tr("server user add NAME --role coordinator|contributor|reader [--territory SPEC…] --url URL: a person who may use the "
              "server (SPEC: an EPCI's SIREN or a commune's INSEE code; the password is read from standard input)");
}

QList<QCommandLineOption> ServerUserAddCommand::options() const
{
    return ServerAdminCommand::options()
        << QCommandLineOption(QStringLiteral("role"), tr("server user add: coordinator, contributor or reader."), tr("ROLE"));
}

int ServerUserAddCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    if (const int status = ServerAdminCommand::checkUsage(invocation, err))
        return status;
    const Outcome<bool> valid = invocation.words().size() == 4 ? ServerAdmin::checkName(invocation.word(3)) : Outcome<bool>::failure(QString());
    if (const QString error = valid.errorString(); !valid) {
        err << CommandLine::failure(error.isEmpty() ? tr("add whom? Write “essaim server user add NAME --role ROLE --url URL”.") : error)
            << Qt::endl;
        return 2;
    }
    const QString role = invocation.value(QStringLiteral("role"));
    if (!ServerAdmin::roles().contains(role)) {
        err << CommandLine::failure(tr("which role? Add --role coordinator, --role contributor or --role reader.")) << Qt::endl;
        return 2;
    }
    const QStringList specs = invocation.parser().values(QStringLiteral("territory"));
    const Outcome<QStringList> expanded = ServerAdmin::expandTerritory(specs);
    if (!expanded) {
        err << CommandLine::failure(expanded.errorString()) << Qt::endl;
        return 2;
    }
    if (role == QLatin1String("contributor") && expanded->isEmpty()) {
        err << CommandLine::failure(tr("a contributor writes in a territory: add --territory with an EPCI's SIREN or a commune's INSEE code."))
            << Qt::endl;
        return 2;
    }
    if (role != QLatin1String("contributor") && !expanded->isEmpty()) {
        err << CommandLine::failure(tr("only a contributor has a territory: a coordinator writes everywhere, a reader nowhere.")) << Qt::endl;
        return 2;
    }
    return 0;
}

bool ServerUserAddCommand::readPassword(const QString &name, QString *password, QTextStream &err)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    *password = ServerLogin::readLineQuietly(err, tr("Password of %1: ").arg(name), terminal);
    if (terminal && ServerLogin::readLineQuietly(err, tr("The same password again: "), terminal) != *password) {
        err << CommandLine::failure(tr("the two passwords differ; nothing was changed.")) << Qt::endl;
        return false;
    }
    if (password->isEmpty()) {
        err << CommandLine::failure(tr("no password was given: write it on the first line of standard input "
                                       "(printf '%s\\n' \"$PASSWORD\" | essaim server user add …)."))
            << Qt::endl;
        return false;
    }
    return true;
}

int ServerUserAddCommand::run(Session &, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    ServerAdmin::Member member;
    member.name = invocation.word(3);
    member.role = invocation.value(QStringLiteral("role"));
    const QStringList specs = invocation.parser().values(QStringLiteral("territory"));
    member.territorySpec = specs.join(QLatin1Char(' '));
    if (const Outcome<QStringList> expanded = ServerAdmin::expandTerritory(specs))
        member.communes = *expanded;
    QString password;
    if (!readPassword(member.name, &password, err))
        return 1;
    ServerConnection connection(connectionName());
    if (const int status = connectAsAdministrator(invocation, connection, ServerConnection::Expect::EssaimServer, err))
        return status;
    ServerAdmin admin(connection.connectionName());
    if (!admin.addMember(member, password)) {
        err << CommandLine::failure(admin.errorString()) << Qt::endl;
        return 1;
    }
    if (member.role == QLatin1String("contributor"))
        out << tr("“%1” may now connect as a contributor, writing in %n commune(s).", nullptr, int(member.communes.size())).arg(member.name)
            << Qt::endl;
    else if (member.role == QLatin1String("coordinator"))
        out << tr("“%1” may now connect as a coordinator, writing everything.").arg(member.name) << Qt::endl;
    else
        out << tr("“%1” may now connect as a reader, reading everything and writing nothing.").arg(member.name) << Qt::endl;
    return 0;
}
