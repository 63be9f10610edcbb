#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

/// The council's territory from the command line:
///   essaim --db FILE init --name NAME --territory SPEC[,SPEC…]
///   essaim --db FILE territory [--format csv]
///   essaim --db FILE territory add|remove SPEC…
/// SPEC is epci:SIREN, dep:CODE or commune:INSEE. Exit 2 for a usage error or
/// an unknown code (named), 1 when the database refuses.
class TerritoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TerritoryCommand)

public:
    QStringList names() const override;
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    /// init makes its own database; territory needs one that exists.
    DatabaseUse databaseUse(const Invocation &invocation) const override;
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;

    /// The CSV of the territory's communes (header included), as "territory --format csv" prints it.
    static QString csv(const QString &connectionName);

private:
    /// Creates the database of a new council at @p path; refuses an existing file.
    static int init(const QString &path, const QString &name, const QString &territory, QTextStream &out, QTextStream &err);
    /// Checks the words of "territory …" before the database is opened.
    static int checkWords(const QStringList &words, const QString &format, QTextStream &err);
    /// Runs "territory …" on an open database.
    static int listOrChange(const QString &connectionName, const QStringList &words, const QString &format, QTextStream &out,
                            QTextStream &err);
};
