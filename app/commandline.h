#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

/// The headless commands (demo, check, export ...): they need no display,
/// print one line on stderr and return non-zero when they fail.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// True when @p arguments (argv without the program) name a command or
    /// --help/--version, so no window is wanted.
    static bool isHeadless(const QStringList &arguments);
    /// The value given to --lang, empty when none.
    static QString languageOption(const QStringList &arguments);

    /// Runs the command line; the return value is the exit status.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QString defaultDatabasePath();
    /// A failure as every command prints it: "essaim: " and the sentence
    /// ("essaim : " in French, with its non-breaking space).
    static QString failure(const QString &sentence);
};
