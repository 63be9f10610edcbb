#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

/// The accompaniment's commands: `projects [--stage S] [--format csv]` lists
/// the projects, `import calls FILE.csv [--dry-run]` adds calls for projects,
/// all or nothing.
class ProjectsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectsCommand)

public:
    struct Options {
        QString stage;
        QString format;
        QString file;
        bool dryRun = false;
    };

    /// The lines of --help for these commands.
    static QString usage();
    /// 0 when the words and options make sense, else 2 with a sentence on @p err.
    static int checkUsage(const QString &command, const Options &options, QTextStream &err);
    static int listProjects(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err);
    static int importCalls(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err);
};
