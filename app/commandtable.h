#pragma once

#include "command.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

/// Every command of the command line, in the order of `essaim --help`, and
/// the options they share; the help is generated from it.
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(CommandTable)

public:
    static const CommandTable &instance();

    /// The command @p words name (the longest name that matches), null if none.
    const Command *find(const QStringList &words) const;
    /// Every option of every command, each once, the shared ones first.
    QList<QCommandLineOption> allOptions() const;
    /// The text of `essaim --help`, in the language installed.
    QString helpText() const;

private:
    CommandTable();
    /// Options several commands read: declared once, here.
    static QList<QCommandLineOption> sharedOptions();

    std::vector<std::unique_ptr<Command>> m_commands;
};
