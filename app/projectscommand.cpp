#include "projectscommand.h"

#include "invocation.h"
#include "models/domain/projectvocabulary.h"
#include "models/interchange/callscsvreader.h"
#include "models/interchange/csvwriter.h"
#include "models/stores/projectstore.h"

#include <QBuffer>

namespace {
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

QString ProjectsCommand::help() const
{
    return tr("projects [--stage S] [--format csv]: the projects accompanied\n"
              "import calls FILE.csv [--dry-run]: import calls for projects\n"
              "print accompaniment [--from DATE] [--to DATE] -o FILE.pdf: the accompaniment report");
}

int ProjectsCommand::checkOptions(const QString &command, const Options &options, QTextStream &err)
{
    if (command == QLatin1String("import")) {
        if (options.file.isEmpty()) {
            err << tr("essaim: import calls needs a file: “essaim --db FILE import calls CALLS.csv”.") << Qt::endl;
            return 2;
        }
        return 0;
    }
    if (!options.format.isEmpty() && options.format != QLatin1String("csv")) {
        err << tr("essaim: the format “%1” is not known for projects; use csv.").arg(options.format) << Qt::endl;
        return 2;
    }
    if (!options.stage.isEmpty() && !ProjectVocabulary::stageFromKey(options.stage)) {
        QStringList keys;
        for (const Project::Stage stage : ProjectVocabulary::stages())
            keys << ProjectVocabulary::stageKey(stage);
        err << tr("essaim: the stage “%1” is not known; use %2.").arg(options.stage, keys.join(QLatin1Char('|'))) << Qt::endl;
        return 2;
    }
    return 0;
}

int ProjectsCommand::listProjects(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &)
{
    const ProjectStore store(connectionName);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer, CsvWriter::Flavour::ExcelFrench);
    csv.writeRecord({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("stage"), QStringLiteral("stage_since"),
                     QStringLiteral("sector"), QStringLiteral("commune"), QStringLiteral("holders"),
                     QStringLiteral("accompanied_by"), QStringLiteral("next_step"), QStringLiteral("next_step_due"),
                     QStringLiteral("jobs_expected"), QStringLiteral("jobs_created")});
    const auto stage = ProjectVocabulary::stageFromKey(options.stage);
    for (const ProjectCard &card : store.cards()) {
        if (stage && card.stage != *stage)
            continue;
        csv.writeRecord({QString::number(card.id), card.name, ProjectVocabulary::stageKey(card.stage), isoDate(card.stageSince),
                         card.sector, card.commune, card.holders, card.accompaniedBy, card.nextStep, isoDate(card.nextStepDue),
                         QString::number(card.jobsExpected), QString::number(card.jobsCreated)});
    }
    buffer.close();
    // The BOM is for Excel opening a file, not for a terminal or a pipe.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    out << QString::fromUtf8(bytes);
    out.flush();
    return 0;
}

int ProjectsCommand::importCalls(const QString &connectionName, const Options &options, QTextStream &out, QTextStream &err)
{
    CallsCsvReader reader;
    if (!reader.readFile(options.file)) {
        err << QStringLiteral("essaim: ") << reader.errorString() << Qt::endl;
        return 1;
    }
    QList<CallForProjects> calls = reader.calls();
    if (options.dryRun) {
        out << tr("%n call(s) for projects read; nothing was written (--dry-run).", nullptr, int(calls.size())) << Qt::endl;
        return 0;
    }
    ProjectStore store(connectionName);
    if (!store.addCalls(calls)) {
        err << QStringLiteral("essaim: ") << store.errorString() << Qt::endl;
        return 1;
    }
    out << tr("%n call(s) for projects imported.", nullptr, int(calls.size())) << Qt::endl;
    return 0;
}

QStringList ProjectsCommand::names() const
{
    return {QStringLiteral("projects"), QStringLiteral("import calls")};
}

QList<QCommandLineOption> ProjectsCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("stage"),
                               tr("projects: only the projects at this stage (idea, emergence, feasibility, creation, consolidation, abandoned)."),
                               tr("STAGE"))};
}

ProjectsCommand::Options ProjectsCommand::projectOptions(const Invocation &invocation)
{
    Options options;
    options.stage = invocation.value(QStringLiteral("stage"));
    options.format = invocation.value(QStringLiteral("format"));
    options.file = invocation.word(2);
    options.dryRun = invocation.isSet(QStringLiteral("dry-run"));
    return options;
}

int ProjectsCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    return checkOptions(invocation.word(0), projectOptions(invocation), err);
}

int ProjectsCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    if (invocation.word(0) == QLatin1String("projects"))
        return listProjects(session.connectionName(), projectOptions(invocation), out, err);
    return importCalls(session.connectionName(), projectOptions(invocation), out, err);
}
