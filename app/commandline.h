#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Invocation;

/// The headless commands (demo, check, export ...): they need no display,
/// print one line on stderr and return non-zero when they fail. The
/// commands themselves are in CommandTable; this runs the one named.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// Runs the command of @p invocation; the return value is the exit
    /// status: 0 done, 1 failed, 2 wrong usage.
    static int run(const Invocation &invocation, QTextStream &out, QTextStream &err);

    /// A failure as every command prints it: "essaim: " and the sentence
    /// ("essaim : " in French, with its non-breaking space).
    static QString failure(const QString &sentence);
};
