#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTextStream>

/// The agenda's headless commands, called by CommandLine:
///   import events FILE.ics [--dry-run]
///   export events --format ics [--from DATE --to DATE] -o FILE
///   agenda --from DATE --to DATE [--format csv|ics] [-o FILE]
/// Each returns the exit status: 0 done, 1 failed (one line on stderr),
/// 2 bad usage.
class AgendaCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AgendaCommand)

public:
    QStringList names() const override;
    QString help() const override;
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;

private:
    struct Options
    {
        QString file;   ///< import: the .ics to read
        QString output; ///< -o
        QString format;
        QString from;
        QString to;
        bool dryRun = false;
    };

    /// Checks the options of @p command ("import", "export", "agenda")
    /// before any database is opened; 0 when they are usable.
    static int checkOptions(const QString &command, const Options &options, QTextStream &err);
    static Options options(const Invocation &invocation);

    static int importEvents(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err);
    static int exportEvents(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err);
    static int listAgenda(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err);
    /// [from 00:00, the day after to 00:00); invalid bounds when not given.
    static bool range(const Options &options, QDateTime *from, QDateTime *to, QTextStream &err);
};
