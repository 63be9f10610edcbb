#include "commandline.h"

#include "actorstore.h"
#include "agendacommand.h"
#include "database.h"
#include "demodatabuilder.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "plancommand.h"
#include "printcommand.h"
#include "publicationstore.h"
#include "statscommand.h"
#include "territorycommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
const QStringList valueOptions = QStringList{QStringLiteral("--db"), QStringLiteral("--lang"), QStringLiteral("--format"),
                                              QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--mapping"),
                                              QStringLiteral("--on-duplicate"), QStringLiteral("--report"),
                                              QStringLiteral("--encoding"), QStringLiteral("--year"),
                                              QStringLiteral("--territory"), QStringLiteral("--family"),
                                              QStringLiteral("--sector"), QStringLiteral("--plan"), QStringLiteral("--from"),
                                              QStringLiteral("--to"), QStringLiteral("--name")}
    + PrintCommand::valueOptionNames();
}

QString CommandLine::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("essaim.essaim"));
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("-v")
            || a == QLatin1String("--version"))
            return true;
        if (valueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

QString CommandLine::languageOption(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Essaim, the desk of a local council of the social and solidarity economy."));
    // Our own help and version options: Qt's carry texts its French
    // catalogue does not translate, and --help-all would list Qt's internals.
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")));
    parser.addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The Essaim database to use (created when missing)."), tr("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of the interface: fr or en."), tr("LANG"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format of export: csv (French Excel), csv-rfc (RFC 4180), vcf (vCard 4.0), geojson or html (static site)."), tr("FORMAT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, tr("File to write (a folder for html)."), tr("FILE"));
    parser.addOptions({dbOption, langOption, formatOption, outputOption});
    const QCommandLineOption mappingOption(QStringLiteral("mapping"), tr("Import: saved column mapping (preset name or JSON file)."), tr("NAME"));
    const QCommandLineOption duplicateOption(QStringLiteral("on-duplicate"), tr("Import: what to do with an actor already in the directory: skip, update (empty fields), overwrite or create."), tr("MODE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Import: read and check everything, write nothing."));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("stats, print observatory: the year (default: the latest year with figures)."), tr("YEAR"));
    const QCommandLineOption territoryOption(QStringLiteral("territory"),
                                             tr("stats, print observatory: all, an EPCI's SIREN, a commune's INSEE code or list:NAME."), tr("CODE"));
    const QCommandLineOption familyOption(QStringLiteral("family"), tr("stats, print observatory: only this ESS family (association, cooperative…)."), tr("FAMILY"));
    const QCommandLineOption sectorOption(QStringLiteral("sector"), tr("stats, print observatory: only this sector and its sub-sectors (name or number)."), tr("SECTOR"));
    const QCommandLineOption planOption(QStringLiteral("plan"), tr("export plan: the plan to export (all plans when not given); print plan: the plan to report on."), tr("NAME"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day of the period (2026-03-01)."), tr("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day of the period (2026-03-31)."), tr("DATE"));
    parser.addOptions({yearOption, territoryOption, familyOption, sectorOption, planOption, fromOption, toOption});
    parser.addOptions(PrintCommand::options());
    const QCommandLineOption reportOption(QStringLiteral("report"), tr("Import: write the rejected lines and their reasons to this CSV file."), tr("FILE"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), tr("Import: encoding of the files (UTF-8, Windows-1252, ISO-8859-15) when the guess is wrong."), tr("NAME"));
    const QCommandLineOption allCommunesOption(QStringLiteral("all-communes"), tr("Import of RNA files: keep the associations outside the territory too."));
    parser.addOptions({mappingOption, duplicateOption, dryRunOption, reportOption, encodingOption, allCommunesOption});
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("init: the council's name."), tr("NAME"));
    parser.addOption(nameOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("demo: fill the database with the Sambre-Avesnois demo directory\n"
                                    "check: check the database's integrity and schema\n"
                                    "export actors --format csv|csv-rfc|vcf|geojson|html -o OUT: export the directory\n"
                                    "import actors FILE... [--format csv|sirene|rna] [--mapping NAME] [--on-duplicate skip|update|overwrite|create] [--dry-run] [--report FILE]: import actors\n"
                                    "stats [--year Y] [--territory CODE] [--family F] [--sector S] --format json|csv: the observatory's figures\n"
                                    "import events FILE.ics [--dry-run]: import an iCalendar file into the agenda\n"
                                    "export events --format ics [--from DATE --to DATE] -o FILE: export the agenda\n"
                                    "agenda --from DATE --to DATE [--format csv|ics] [-o FILE]: list the occurrences of a period\n"
                                    "import plan OUTLINE.txt: import a plan of action from an indented outline\n"
                                    "export plan [--plan NAME] --format outline|csv -o FILE: export plans of action\n"
                                    "print letter|plaquette|guide|observatory|plan|attendance|poster|labels [options] -o FILE.pdf: print a document to PDF")
                                     + QLatin1Char('\n') + TerritoryCommand::usage(),
                                 tr("[command ...]"));

    QStringList argv = arguments;
    argv.prepend(QCoreApplication::applicationFilePath());
    if (!parser.parse(argv)) {
        err << tr("essaim: %1. Run “essaim --help” for the list of options.").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && lang != QLatin1String("fr") && lang != QLatin1String("en")) {
        err << tr("essaim: the language “%1” is not available; use fr or en.").arg(lang) << Qt::endl;
        return 2;
    }

    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        err << tr("essaim: no command given. Run “essaim --help” for the list of commands.") << Qt::endl;
        return 2;
    }
    const QString command = words.first();
    const QStringList known = {QStringLiteral("demo"),   QStringLiteral("check"),  QStringLiteral("export"),
                               QStringLiteral("import"), QStringLiteral("stats"),  QStringLiteral("agenda"),
                               QStringLiteral("print"),  QStringLiteral("init"),   QStringLiteral("territory")};
    if (!known.contains(command)) {
        err << tr("essaim: unknown command “%1”. Run “essaim --help” for the list of commands.").arg(command) << Qt::endl;
        return 2;
    }
    const QString object = words.value(1);
    const bool planCommand = (command == QLatin1String("import") || command == QLatin1String("export")) && object == QLatin1String("plan");
    const bool agendaCommand = command == QLatin1String("agenda")
        || ((command == QLatin1String("import") || command == QLatin1String("export")) && object == QLatin1String("events"));
    AgendaCommand::Options agendaOptions;
    agendaOptions.file = words.value(2);
    agendaOptions.output = parser.value(outputOption);
    agendaOptions.format = parser.value(formatOption);
    agendaOptions.from = parser.value(fromOption);
    agendaOptions.to = parser.value(toOption);
    agendaOptions.dryRun = parser.isSet(dryRunOption);
    const StatsCommand::Options statsOptions{parser.value(yearOption), parser.value(territoryOption), parser.value(familyOption),
                                             parser.value(sectorOption), parser.value(formatOption)};
    if (planCommand) {
        if (const int usage = PlanCommand::checkUsage(words, parser.value(formatOption), parser.isSet(outputOption), err))
            return usage;
    } else if (agendaCommand) {
        if (const int usage = AgendaCommand::checkUsage(command, agendaOptions, err))
            return usage;
    } else if (command == QLatin1String("stats")) {
        if (const int status = StatsCommand::checkOptions(statsOptions, err))
            return status;
    } else if (command == QLatin1String("print")) {
        if (const int status = PrintCommand::validate(words, parser, err))
            return status;
    } else if (command == QLatin1String("export")) {
        if (words.value(1) != QLatin1String("actors")) {
            err << tr("essaim: export what? Write “essaim --db FILE export actors --format csv -o FILE”.") << Qt::endl;
            return 2;
        }
        if (!parser.isSet(outputOption)) {
            err << tr("essaim: export needs a file to write: add -o FILE.") << Qt::endl;
            return 2;
        }
        const QString format = parser.value(formatOption).isEmpty() ? QStringLiteral("csv") : parser.value(formatOption);
        if (!ExportCommand::formats().contains(format)) {
            err << tr("essaim: the format “%1” is not known for actors; use %2.").arg(format, ExportCommand::formats().join(QLatin1Char('|')))
                << Qt::endl;
            return 2;
        }
    }

    ImportCommand::Request importRequest;
    if (command == QLatin1String("import") && !planCommand && !agendaCommand) {
        if (words.value(1) != QLatin1String("actors")) {
            err << tr("essaim: import what? Write “essaim --db FILE import actors|events|plan FILE...”.") << Qt::endl;
            return 2;
        }
        importRequest.files = words.mid(2);
        importRequest.format = parser.value(formatOption);
        importRequest.mapping = parser.value(mappingOption);
        importRequest.onDuplicate = parser.value(duplicateOption);
        importRequest.encoding = parser.value(encodingOption);
        importRequest.reportPath = parser.value(reportOption);
        importRequest.dryRun = parser.isSet(dryRunOption);
        importRequest.allCommunes = parser.isSet(allCommunesOption);
        if (const int usage = ImportCommand::checkUsage(importRequest, err))
            return usage;
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    if (command == QLatin1String("init"))
        return TerritoryCommand::init(path, parser.value(nameOption), parser.value(territoryOption), out, err);
    if (command == QLatin1String("territory")) {
        if (const int usage = TerritoryCommand::checkUsage(words, parser.value(formatOption), err))
            return usage;
    }
    // "check" must not create a database that is not there.
    const auto mode = command == QLatin1String("check") || command == QLatin1String("stats") || command == QLatin1String("territory")
        ? Database::OpenMode::OpenExisting
                                                                                          : Database::OpenMode::CreateIfMissing;
    Database db;
    if (!db.open(path, mode)) {
        err << CommandLine::failure(db.errorString()) << Qt::endl;
        return 1;
    }

    if (command == QLatin1String("demo")) {
        DemoDataBuilder builder(db.connectionName());
        if (!builder.build()) {
            err << CommandLine::failure(builder.errorString()) << Qt::endl;
            return 1;
        }
        out << tr("The demo directory was written to “%1”: %n actor(s).", nullptr, builder.actorCount())
                   .arg(QDir::toNativeSeparators(db.filePath()))
            << Qt::endl;
        return 0;
    }
    if (planCommand && command == QLatin1String("import"))
        return PlanCommand::importPlan(db.connectionName(), words.value(2), out, err);
    if (planCommand)
        return PlanCommand::exportPlan(db.connectionName(), parser.value(planOption), parser.value(formatOption),
                                       parser.value(outputOption), out, err);
    if (agendaCommand && command == QLatin1String("import"))
        return AgendaCommand::importEvents(db.connectionName(), agendaOptions, out, err);
    if (command == QLatin1String("agenda"))
        return AgendaCommand::listAgenda(db.connectionName(), agendaOptions, out, err);
    if (agendaCommand)
        return AgendaCommand::exportEvents(db.connectionName(), agendaOptions, out, err);
    if (command == QLatin1String("stats"))
        return StatsCommand::run(db, statsOptions, out, err);
    if (command == QLatin1String("print"))
        return PrintCommand::run(db, words, parser, out, err);
    if (command == QLatin1String("territory"))
        return TerritoryCommand::run(db.connectionName(), words, parser.value(formatOption), out, err);
    if (command == QLatin1String("import"))
        return ImportCommand::run(importRequest, db.connectionName(), out, err);
    if (command == QLatin1String("check")) {
        QStringList problems;
        if (!db.checkIntegrity(&problems)) {
            err << tr("essaim: the database “%1” has problems: %2").arg(QDir::toNativeSeparators(db.filePath()), problems.join(QLatin1String("; ")))
                << Qt::endl;
            return 1;
        }
        ActorStore store(db.connectionName());
        out << tr("The database “%1” is sound: schema version %2, %n actor(s).", nullptr, store.count())
                   .arg(QDir::toNativeSeparators(db.filePath()))
                   .arg(db.schemaVersion())
            << Qt::endl;
        return 0;
    }
    // export actors; the web site carries the council's identity.
    const QString format = parser.value(formatOption).isEmpty() ? QStringLiteral("csv") : parser.value(formatOption);
    return ExportCommand::run(db.connectionName(), format, parser.value(outputOption),
                              PublicationStore(db.connectionName()).identity(), out, err);
}

QString CommandLine::failure(const QString &sentence)
{
    return tr("essaim: %1").arg(sentence);
}
