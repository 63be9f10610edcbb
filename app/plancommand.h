#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

/// The plan commands of the command line:
///   essaim --db FILE import plan OUTLINE.txt
///   essaim --db FILE export plan [--plan NAME] --format outline|csv -o OUT
/// Each returns the exit status: 0 done, 1 refused or failed (with one
/// sentence on err), 2 wrong usage.
class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    QStringList names() const override;
    QString help() const override;
    /// Checks the words before any database is opened; 0 when they are usable.
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;

private:
    static int importPlan(const QString &connectionName, const QString &path, QTextStream &out, QTextStream &err);
    /// An empty @p planName exports every plan, one after the other.
    static int exportPlan(const QString &connectionName, const QString &planName, const QString &format,
                          const QString &output, QTextStream &out, QTextStream &err);
};
