#include "territorycommand.h"

#include "invocation.h"

#include "models/domain/nationalgeography.h"
#include "models/stores/councilfactory.h"
#include "models/stores/territorystore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

/// Parses the pieces; 0 when fine, else the exit status with its sentence on @p err.
int parseSpecs(const QStringList &texts, QList<TerritorySpec> *specs, QTextStream &err)
{
    const Outcome<QList<TerritorySpec>> parsed = TerritorySpec::parseList(texts);
    if (!parsed) {
        err << QStringLiteral("essaim: ") << parsed.errorString() << Qt::endl;
        return 2;
    }
    *specs = *parsed;
    if (specs->isEmpty()) {
        err << TerritoryCommand::tr("essaim: which territory? Give one or more of epci:SIREN, dep:CODE, commune:INSEE.") << Qt::endl;
        return 2;
    }
    QStringList unknown;
    NationalGeography::instance().resolve(*specs, &unknown);
    if (!unknown.isEmpty()) {
        err << TerritoryCommand::tr("essaim: unknown in the national list of communes and intercommunalities: %1. Check the codes "
                                    "(an EPCI by its SIREN, a département by its code, a commune by its INSEE code).")
                   .arg(unknown.join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace

QString TerritoryCommand::help() const
{
    return tr("init --name NAME --territory SPEC[,SPEC…]: create the database of a new council (SPEC: epci:SIREN, dep:CODE, commune:INSEE)\n"
              "territory [--format csv]: list the communes of the territory\n"
              "territory add|remove SPEC…: change the territory");
}

int TerritoryCommand::init(const QString &path, const QString &name, const QString &territory, QTextStream &out, QTextStream &err)
{
    if (name.trimmed().isEmpty()) {
        err << tr("essaim: init needs the council's name: add --name \"Conseil local de l'ESS …\".") << Qt::endl;
        return 2;
    }
    const Outcome<QList<TerritorySpec>> parsed = TerritorySpec::parseList({territory});
    if (!parsed) {
        err << QStringLiteral("essaim: ") << parsed.errorString() << Qt::endl;
        return 2;
    }
    const QList<TerritorySpec> specs = *parsed;
    if (specs.isEmpty()) {
        err << tr("essaim: init needs the territory: add --territory epci:SIREN,dep:CODE,commune:INSEE.") << Qt::endl;
        return 2;
    }
    CouncilIdentity identity;
    identity.name = name.trimmed();
    CouncilFactory factory;
    switch (factory.create(path, identity, specs)) {
    case CouncilFactory::Result::Created:
        break;
    case CouncilFactory::Result::UnknownCode:
        err << QStringLiteral("essaim: ") << factory.errorString() << Qt::endl;
        return 2;
    case CouncilFactory::Result::FileExists:
    case CouncilFactory::Result::Failed:
        err << QStringLiteral("essaim: ") << factory.errorString() << Qt::endl;
        return 1;
    }
    out << tr("The council “%1” was created in “%2”: %n commune(s), %3 inhabitants.", nullptr, factory.communeCount())
               .arg(identity.name, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), QLocale().toString(factory.population()))
        << Qt::endl;
    return 0;
}

int TerritoryCommand::checkWords(const QStringList &words, const QString &format, QTextStream &err)
{
    const QString action = words.value(1);
    if (action.isEmpty()) {
        if (!format.isEmpty() && format != QLatin1String("csv")) {
            err << tr("essaim: the territory is listed as csv only: write --format csv.") << Qt::endl;
            return 2;
        }
        return 0;
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove")) {
        err << tr("essaim: territory what? Write “essaim --db FILE territory [--format csv]”, “territory add SPEC…” or “territory remove SPEC…”.")
            << Qt::endl;
        return 2;
    }
    QList<TerritorySpec> specs;
    return parseSpecs(words.mid(2), &specs, err);
}

QString TerritoryCommand::csv(const QString &connectionName)
{
    QString text = QStringLiteral("insee;commune;postcodes;epci;epci_name;department;population\n");
    for (const TerritoryStore::Row &r : TerritoryStore(connectionName).communes()) {
        text += QStringList{r.insee, csvField(r.name), r.postcodes.join(QLatin1Char(' ')), r.epciSiren, csvField(r.epciName),
                            r.department, QString::number(r.population)}
                    .join(QLatin1Char(';'))
            + QLatin1Char('\n');
    }
    return text;
}

int TerritoryCommand::listOrChange(const QString &connectionName, const QStringList &words, const QString &format, QTextStream &out,
                                   QTextStream &err)
{
    TerritoryStore store(connectionName);
    const QString action = words.value(1);
    if (action.isEmpty()) {
        if (format == QLatin1String("csv")) {
            out << csv(connectionName);
            return 0;
        }
        QStringList pieces;
        for (const TerritorySpec &s : store.specs())
            pieces << QStringLiteral("%1 (%2)").arg(s.toString(), NationalGeography::instance().specName(s));
        out << tr("Territory: %1").arg(pieces.join(QStringLiteral(", "))) << Qt::endl;
        out << tr("%n commune(s), %1 inhabitants.", nullptr, store.communeCount()).arg(QLocale().toString(store.population())) << Qt::endl;
        for (const TerritoryStore::Row &r : store.communes())
            out << r.insee << QLatin1Char('\t') << r.name << QLatin1Char('\t') << r.epciName << Qt::endl;
        return 0;
    }
    QList<TerritorySpec> specs;
    if (const int status = parseSpecs(words.mid(2), &specs, err))
        return status;
    const bool ok = action == QLatin1String("add") ? store.add(specs) : store.remove(specs);
    if (!ok) {
        err << QStringLiteral("essaim: ") << store.errorString() << Qt::endl;
        return action == QLatin1String("remove") ? 2 : 1;
    }
    out << tr("The territory now has %n commune(s), %1 inhabitants.", nullptr, store.communeCount())
               .arg(QLocale().toString(store.population()))
        << Qt::endl;
    return 0;
}

QStringList TerritoryCommand::names() const
{
    return {QStringLiteral("init"), QStringLiteral("territory")};
}

QList<QCommandLineOption> TerritoryCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("name"), tr("init: the council's name."), tr("NAME"))};
}

Command::DatabaseUse TerritoryCommand::databaseUse(const Invocation &invocation) const
{
    return invocation.word(0) == QLatin1String("init") ? DatabaseUse::None : DatabaseUse::Existing;
}

int TerritoryCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    if (invocation.word(0) == QLatin1String("init"))
        return 0;
    return checkWords(invocation.words(), invocation.value(QStringLiteral("format")), err);
}

int TerritoryCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    if (invocation.word(0) == QLatin1String("init"))
        return init(invocation.commandDatabasePath(), invocation.value(QStringLiteral("name")), invocation.value(QStringLiteral("territory")), out,
                    err);
    return listOrChange(session.connectionName(), invocation.words(), invocation.value(QStringLiteral("format")), out, err);
}
