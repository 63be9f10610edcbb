#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

/// The accompaniment's commands: `projects [--stage S] [--format csv]` lists
/// the projects, `import calls FILE.csv [--dry-run]` adds calls for projects,
/// all or nothing.
class ProjectsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProjectsCommand)

public:
    QStringList names() const override;
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;

private:
    struct Options {
        QString stage;
        QString format;
        QString file;
        bool dryRun = false;
    };

    static Options projectOptions(const Invocation &invocation);
    /// 0 when the words and options make sense, else 2 with a sentence on @p err.
    static int checkOptions(const QString &command, const Options &options, QTextStream &err);
    static int listProjects(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err);
    static int importCalls(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err);
};
