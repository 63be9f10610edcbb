#include "commandline.h"

#include "actorcsvexporter.h"
#include "actorstore.h"
#include "database.h"
#include "demodatabuilder.h"
#include "printcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
const QStringList valueOptions = QStringList{QStringLiteral("--db"), QStringLiteral("--lang"), QStringLiteral("--format"),
                                  QStringLiteral("-o"), QStringLiteral("--output")}
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
            || a == QLatin1String("--version") || a == QLatin1String("--help-all"))
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
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The Essaim database to use (created when missing)."), tr("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of the interface: fr or en."), tr("LANG"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format of export: csv (French Excel) or csv-rfc (RFC 4180)."), tr("FORMAT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, tr("File to write."), tr("FILE"));
    parser.addOptions({dbOption, langOption, formatOption, outputOption});
    parser.addOptions(PrintCommand::options());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("demo: fill the database with the Sambre-Avesnois demo directory\n"
                                    "check: check the database's integrity and schema\n"
                                    "export actors --format csv|csv-rfc -o FILE: export the directory\n"
                                    "print letter|plaquette|guide|labels [options] -o FILE.pdf: print a document to PDF"),
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
    const QStringList known = {QStringLiteral("demo"), QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("print")};
    if (!known.contains(command)) {
        err << tr("essaim: unknown command “%1”. Run “essaim --help” for the list of commands.").arg(command) << Qt::endl;
        return 2;
    }
    if (command == QLatin1String("export")) {
        if (words.value(1) != QLatin1String("actors")) {
            err << tr("essaim: export what? Write “essaim --db FILE export actors --format csv -o FILE”.") << Qt::endl;
            return 2;
        }
        if (!parser.isSet(outputOption)) {
            err << tr("essaim: export needs a file to write: add -o FILE.") << Qt::endl;
            return 2;
        }
        const QString format = parser.value(formatOption).isEmpty() ? QStringLiteral("csv") : parser.value(formatOption);
        if (format != QLatin1String("csv") && format != QLatin1String("csv-rfc")) {
            err << tr("essaim: the format “%1” is not known for actors; use csv or csv-rfc.").arg(format) << Qt::endl;
            return 2;
        }
    }

    if (command == QLatin1String("print")) {
        if (const int status = PrintCommand::validate(words, parser, err))
            return status;
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    // "check" must not create a database that is not there.
    const auto mode = command == QLatin1String("check") ? Database::OpenMode::OpenExisting : Database::OpenMode::CreateIfMissing;
    Database db;
    if (!db.open(path, mode)) {
        err << QStringLiteral("essaim: ") << db.errorString() << Qt::endl;
        return 1;
    }

    if (command == QLatin1String("demo")) {
        DemoDataBuilder builder(db.connectionName());
        if (!builder.build()) {
            err << QStringLiteral("essaim: ") << builder.errorString() << Qt::endl;
            return 1;
        }
        out << tr("The demo directory was written to “%1”: %n actor(s).", nullptr, builder.actorCount())
                   .arg(QDir::toNativeSeparators(db.filePath()))
            << Qt::endl;
        return 0;
    }
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
    if (command == QLatin1String("print"))
        return PrintCommand::run(db, words, parser, out, err);
    // export actors
    ActorCsvExporter exporter(db.connectionName());
    const auto flavour = parser.value(formatOption) == QLatin1String("csv-rfc") ? CsvWriter::Flavour::Rfc4180
                                                                               : CsvWriter::Flavour::ExcelFrench;
    const std::vector<qint32> ids = exporter.activeIdsByName();
    if (!exporter.exportTo(parser.value(outputOption), ids, flavour)) {
        err << QStringLiteral("essaim: ") << exporter.errorString() << Qt::endl;
        return 1;
    }
    out << tr("%n actor(s) exported to “%1”.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(parser.value(outputOption)))
        << Qt::endl;
    return 0;
}
