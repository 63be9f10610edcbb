#include "commandtable.h"

#include "agendacommand.h"
#include "checkcommand.h"
#include "conflictscommand.h"
#include "democommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "plancommand.h"
#include "printcommand.h"
#include "privacycommand.h"
#include "projectscommand.h"
#include "serverconnectcommand.h"
#include "serverinitcommand.h"
#include "serveruseraddcommand.h"
#include "serveruserlistcommand.h"
#include "serveruserremovecommand.h"
#include "statscommand.h"
#include "synccommand.h"
#include "territorycommand.h"

#include <QCommandLineParser>
#include <QSet>

const CommandTable &CommandTable::instance()
{
    static const CommandTable table;
    return table;
}

CommandTable::CommandTable()
{
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<AgendaCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<PrintCommand>());
    m_commands.push_back(std::make_unique<TerritoryCommand>());
    m_commands.push_back(std::make_unique<ProjectsCommand>());
    m_commands.push_back(std::make_unique<PrivacyCommand>());
    m_commands.push_back(std::make_unique<ServerConnectCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<ConflictsCommand>());
    m_commands.push_back(std::make_unique<ServerInitCommand>());
    m_commands.push_back(std::make_unique<ServerUserAddCommand>());
    m_commands.push_back(std::make_unique<ServerUserListCommand>());
    m_commands.push_back(std::make_unique<ServerUserRemoveCommand>());
}

const Command *CommandTable::find(const QStringList &words) const
{
    const Command *best = nullptr;
    qsizetype bestLength = 0;
    for (const auto &command : m_commands) {
        for (const QString &name : command->names()) {
            const QStringList nameWords = name.split(QLatin1Char(' '));
            if (nameWords.size() > bestLength && words.mid(0, nameWords.size()) == nameWords) {
                best = command.get();
                bestLength = nameWords.size();
            }
        }
    }
    return best;
}

QList<QCommandLineOption> CommandTable::sharedOptions()
{
    return {
        // Our own help and version options: Qt's carry texts its French
        // catalogue does not translate, and --help-all would list Qt's internals.
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")),
        QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")),
        QCommandLineOption(QStringLiteral("db"), tr("The Essaim database to use (created when missing)."), tr("FILE")),
        QCommandLineOption(QStringLiteral("lang"), tr("Language of the interface: fr or en."), tr("LANG")),
        QCommandLineOption(QStringLiteral("format"),
                           tr("Output format of export: csv (French Excel), csv-rfc (RFC 4180), vcf (vCard 4.0), geojson or html (static site)."),
                           tr("FORMAT")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, tr("File to write (a folder for html)."), tr("FILE")),
        QCommandLineOption(QStringLiteral("year"), tr("stats, print observatory: the year (default: the latest year with figures)."), tr("YEAR")),
        QCommandLineOption(QStringLiteral("territory"), tr("stats, print observatory: all, an EPCI's SIREN, a commune's INSEE code or list:NAME."),
                           tr("CODE")),
        QCommandLineOption(QStringLiteral("family"), tr("stats, print observatory: only this ESS family (association, cooperative…)."), tr("FAMILY")),
        QCommandLineOption(QStringLiteral("sector"), tr("stats, print observatory: only this sector and its sub-sectors (name or number)."),
                           tr("SECTOR")),
        QCommandLineOption(QStringLiteral("plan"), tr("export plan: the plan to export (all plans when not given); print plan: the plan to report on."),
                           tr("NAME")),
        QCommandLineOption(QStringLiteral("from"), tr("First day of the period (2026-03-01)."), tr("DATE")),
        QCommandLineOption(QStringLiteral("to"), tr("Last day of the period (2026-03-31)."), tr("DATE")),
        QCommandLineOption(QStringLiteral("dry-run"), tr("Import: read and check everything, write nothing.")),
    };
}

QList<QCommandLineOption> CommandTable::allOptions() const
{
    QList<QCommandLineOption> options = sharedOptions();
    QSet<QString> names;
    for (const QCommandLineOption &option : std::as_const(options))
        names.insert(option.names().first());
    for (const auto &command : m_commands) {
        for (const QCommandLineOption &option : command->options()) {
            if (!names.contains(option.names().first())) {
                names.insert(option.names().first());
                options << option;
            }
        }
    }
    return options;
}

QString CommandTable::helpText() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Essaim, the desk of a local council of the social and solidarity economy."));
    parser.addOptions(allOptions());
    QStringList lines;
    for (const auto &command : m_commands)
        lines << command->help();
    parser.addPositionalArgument(QStringLiteral("command"), lines.join(QLatin1Char('\n')), tr("[command ...]"));
    return parser.helpText();
}
