#include "plancommand.h"

#include "commandline.h"
#include "invocation.h"
#include "models/interchange/planexporter.h"
#include "models/interchange/planimporter.h"
#include "models/stores/planstore.h"

#include <QDir>

int PlanCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    const QStringList words = invocation.words();
    const QString format = invocation.value(QStringLiteral("format"));
    const bool hasOutput = invocation.isSet(QStringLiteral("output"));
    const bool isImport = words.value(0) == QLatin1String("import");
    if (isImport) {
        if (words.size() != 3) {
            err << tr("essaim: import plan needs one outline file: write “essaim --db FILE import plan OUTLINE.txt”.") << Qt::endl;
            return 2;
        }
        return 0;
    }
    if (!hasOutput) {
        err << tr("essaim: export plan needs a file to write: add -o FILE.") << Qt::endl;
        return 2;
    }
    if (format.isEmpty()) {
        err << tr("essaim: export plan needs a format: add --format outline or --format csv.") << Qt::endl;
        return 2;
    }
    if (format != QLatin1String("outline") && format != QLatin1String("csv")) {
        err << tr("essaim: the format “%1” is not known for plans; use outline or csv.").arg(format) << Qt::endl;
        return 2;
    }
    return 0;
}

int PlanCommand::importPlan(const QString &connectionName, const QString &path, QTextStream &out, QTextStream &err)
{
    PlanStore store(connectionName);
    PlanImporter importer(&store);
    if (!importer.importFile(path)) {
        // One line on stderr: the problems follow each other on it.
        err << CommandLine::failure(QString(importer.errorString()).replace(QLatin1Char('\n'), QLatin1Char(' '))) << Qt::endl;
        return 1;
    }
    QStringList names;
    for (const Plan &p : importer.importedPlans())
        names << p.name;
    out << tr("Imported from “%1”: %2 (%n item(s)).", nullptr, importer.itemCount())
               .arg(QDir::toNativeSeparators(path), names.join(QLatin1String(", ")))
        << Qt::endl;
    return 0;
}

int PlanCommand::exportPlan(const QString &connectionName, const QString &planName, const QString &format,
                            const QString &output, QTextStream &out, QTextStream &err)
{
    PlanStore store(connectionName);
    QList<Plan> plans;
    if (planName.isEmpty()) {
        plans = store.plans();
        if (plans.isEmpty()) {
            err << tr("essaim: the database holds no plan to export; import one with “import plan OUTLINE.txt”.") << Qt::endl;
            return 1;
        }
    } else {
        const auto plan = store.planByName(planName);
        if (!plan) {
            QStringList names;
            for (const Plan &p : store.plans())
                names << QStringLiteral("“%1”").arg(p.name);
            err << tr("essaim: there is no plan named “%1”; the plans are: %2.")
                       .arg(planName, names.isEmpty() ? tr("none") : names.join(QLatin1String(", ")))
                << Qt::endl;
            return 1;
        }
        plans << *plan;
    }
    PlanExporter exporter(&store);
    const auto kind = format == QLatin1String("csv") ? PlanExporter::Format::Csv : PlanExporter::Format::Outline;
    if (!exporter.exportTo(output, plans, kind)) {
        err << CommandLine::failure(exporter.errorString()) << Qt::endl;
        return 1;
    }
    out << tr("%n plan(s) exported to “%1”.", nullptr, int(plans.size())).arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return 0;
}

QStringList PlanCommand::names() const
{
    return {QStringLiteral("import plan"), QStringLiteral("export plan")};
}

QString PlanCommand::help() const
{
    return tr("import plan OUTLINE.txt: import a plan of action from an indented outline\n"
              "export plan [--plan NAME] --format outline|csv -o FILE: export plans of action");
}

int PlanCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    if (invocation.word(0) == QLatin1String("import"))
        return importPlan(session.connectionName(), invocation.word(2), out, err);
    return exportPlan(session.connectionName(), invocation.value(QStringLiteral("plan")), invocation.value(QStringLiteral("format")),
                      invocation.value(QStringLiteral("output")), out, err);
}
