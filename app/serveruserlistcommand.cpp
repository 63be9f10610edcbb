#include "serveruserlistcommand.h"

#include "commandline.h"
#include "invocation.h"

#include "models/sync/serveradmin.h"

#include <algorithm>

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

/// The table's rows, first the header, as columns padded to their widest cell.
void printTable(const QList<QStringList> &rows, QTextStream &out)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], int(row[c].size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out << line.trimmed() << Qt::endl;
    }
}

} // namespace

QStringList ServerUserListCommand::names() const
{
    return {QStringLiteral("server user list")};
}

QString ServerUserListCommand::help() const
{
    return tr("server user list --url URL [--format csv]: the people who may use the server, their role and territory");
}

int ServerUserListCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    if (const int status = ServerAdminCommand::checkUsage(invocation, err))
        return status;
    const QString format = invocation.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("csv")) {
        err << CommandLine::failure(tr("the users are listed as a table, or as csv: write --format csv.")) << Qt::endl;
        return 2;
    }
    return 0;
}

int ServerUserListCommand::run(Session &, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    ServerConnection connection(connectionName());
    if (const int status = connectAsAdministrator(invocation, connection, ServerConnection::Expect::EssaimServer, err))
        return status;
    ServerAdmin admin(connection.connectionName());
    const std::optional<QList<ServerAdmin::Member>> members = admin.members();
    if (!members) {
        err << CommandLine::failure(admin.errorString()) << Qt::endl;
        return 1;
    }
    if (invocation.value(QStringLiteral("format")) == QLatin1String("csv")) {
        out << "name;role;territory;communes\n";
        for (const ServerAdmin::Member &m : *members)
            out << QStringList{csvField(m.name), m.role, csvField(m.territorySpec), m.communes.join(QLatin1Char(' '))}.join(QLatin1Char(';'))
                << '\n';
        out.flush();
        return 0;
    }
    if (members->isEmpty()) {
        out << tr("Nobody may use this server yet: add people with “essaim server user add”.") << Qt::endl;
        return 0;
    }
    QList<QStringList> rows{{tr("Name"), tr("Role"), tr("Territory"), tr("Communes")}};
    for (const ServerAdmin::Member &m : *members)
        rows << QStringList{m.name, m.role, m.territorySpec.isEmpty() ? QStringLiteral("-") : m.territorySpec,
                            m.role == QLatin1String("contributor") ? QString::number(m.communes.size()) : QStringLiteral("-")};
    printTable(rows, out);
    return 0;
}
