#include "statscommand.h"

#include "invocation.h"

#include "commandline.h"
#include "models/stores/accompanimentreader.h"
#include "models/stores/eventstore.h"

#include "models/domain/essfamily.h"
#include "models/interchange/csvwriter.h"
#include "models/observatory/observatoryengine.h"
#include "models/storage/database.h"
#include "models/stores/sectorstore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

QJsonValue rounded(double value, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue optionalPct(const std::optional<double> &value)
{
    return value ? rounded(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject figuresJson(const ObservatoryFigures &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), f.key);
    o.insert(QStringLiteral("label"), f.label);
    o.insert(QStringLiteral("actors"), f.actors);
    o.insert(QStringLiteral("employer_actors"), f.employerActors);
    o.insert(QStringLiteral("jobs"), double(f.jobs));
    o.insert(QStringLiteral("fte"), rounded(f.fte));
    o.insert(QStringLiteral("volunteers"), double(f.volunteers));
    o.insert(QStringLiteral("members"), double(f.members));
    o.insert(QStringLiteral("ess_share_pct"), optionalPct(f.essSharePct));
    o.insert(QStringLiteral("actors_without_headcount"), f.actorsWithoutHeadcount);
    o.insert(QStringLiteral("estimated_actors"), f.estimatedActors);
    o.insert(QStringLiteral("jobs_estimated"), rounded(f.jobsEstimated, 1));
    return o;
}

QJsonArray listJson(const QList<ObservatoryFigures> &list)
{
    QJsonArray out;
    for (const ObservatoryFigures &f : list)
        out.append(figuresJson(f));
    return out;
}

QString levelCode(ObservatoryComparison::Level level)
{
    switch (level) {
    case ObservatoryComparison::Level::Selection: return QStringLiteral("selection");
    case ObservatoryComparison::Level::Territory: return QStringLiteral("territory");
    case ObservatoryComparison::Level::Epci: return QStringLiteral("epci");
    case ObservatoryComparison::Level::Region: return QStringLiteral("region");
    case ObservatoryComparison::Level::France: return QStringLiteral("france");
    }
    return {};
}

QJsonObject profileJson(const SocialUtilityProfile &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("year"), p.year);
    o.insert(QStringLiteral("assessed_actors"), p.assessedActors);
    QJsonArray criteria;
    for (const auto &a : p.averages) {
        QJsonObject c;
        c.insert(QStringLiteral("key"), a.first);
        c.insert(QStringLiteral("label"), SocialUtilityGrid::criterionLabel(a.first));
        c.insert(QStringLiteral("theme"), SocialUtilityGrid::themeOf(a.first));
        c.insert(QStringLiteral("average"), a.second >= 0 ? rounded(a.second) : QJsonValue(QJsonValue::Null));
        criteria.append(c);
    }
    o.insert(QStringLiteral("criteria"), criteria);
    return o;
}

QString number(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return QString::number(std::round(value * scale) / scale, 'g', 15);
}

} // namespace

int StatsCommand::checkUsage(const Invocation &invocation, QTextStream &err) const
{
    const Options options = filterOptions(invocation);
    if (options.format != QLatin1String("json") && options.format != QLatin1String("csv")) {
        err << (options.format.isEmpty() ? tr("essaim: stats needs --format json or --format csv.")
                                         : tr("essaim: the format “%1” is not known for stats; use json or csv.").arg(options.format))
            << Qt::endl;
        return 2;
    }
    return checkFilter(options, err);
}

int StatsCommand::checkFilter(const Options &options, QTextStream &err)
{
    if (!options.year.isEmpty()) {
        bool ok = false;
        const int year = options.year.toInt(&ok);
        if (!ok || year < 1900 || year > 2100) {
            err << tr("essaim: “%1” is not a year; write for example --year 2023.").arg(options.year) << Qt::endl;
            return 2;
        }
    }
    if (!options.family.isEmpty() && EssFamily::codeForLabel(options.family).isEmpty()) {
        err << tr("essaim: the family “%1” is unknown; use one of %2.").arg(options.family, EssFamily::codes().join(QLatin1String(", ")))
            << Qt::endl;
        return 2;
    }
    return 0;
}

int StatsCommand::resolveFilter(const Database &db, const Options &options, ObservatoryEngine &engine, ObservatoryFilter *filter, QTextStream &err)
{
    filter->year = options.year.toInt();
    if (!engine.parseTerritory(options.territory, filter)) {
        err << CommandLine::failure(engine.errorString()) << Qt::endl;
        return 2;
    }
    filter->family = options.family.isEmpty() ? QString() : EssFamily::codeForLabel(options.family);
    if (!options.sector.isEmpty()) {
        bool isId = false;
        const qint64 id = options.sector.toLongLong(&isId);
        for (const Sector &s : SectorStore(db.connectionName()).all()) {
            if ((isId && s.id == id) || s.name.compare(options.sector, Qt::CaseInsensitive) == 0)
                filter->sectorId = s.id;
        }
        if (filter->sectorId == 0) {
            err << tr("essaim: there is no sector “%1”; give its name or its number.").arg(options.sector) << Qt::endl;
            return 2;
        }
    }
    if (filter->year == 0 && engine.latestYear() == 0) {
        err << tr("essaim: the database “%1” holds no yearly figures yet; add some in the directory or run “essaim demo”.")
                   .arg(db.filePath())
            << Qt::endl;
        return 1;
    }
    return 0;
}

int StatsCommand::run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const
{
    Database &db = session.database();
    const Options options = filterOptions(invocation);
    ObservatoryEngine engine(db.connectionName());
    ObservatoryFilter filter;
    if (const int status = resolveFilter(db, options, engine, &filter, err))
        return status;
    ObservatoryStats stats = engine.compute(filter);
    // "Mobilisation des acteurs": the year's events and attendance, from the agenda.
    stats.mobilisation = EventStore(db.connectionName()).attendanceFigures(stats.filter.year);
    if (options.format == QLatin1String("json")) {
        QJsonObject json = toJson(stats);
        json.insert(QStringLiteral("accompaniment"), accompanimentJson(AccompanimentReader(db.connectionName()).yearFigures(stats.filter.year)));
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    else
        out << toCsv(stats);
    out.flush();
    return 0;
}

QJsonObject StatsCommand::accompanimentJson(const AccompanimentFigures &figures)
{
    QJsonObject o;
    o.insert(QStringLiteral("projects"), figures.projects);
    o.insert(QStringLiteral("founded"), figures.founded);
    o.insert(QStringLiteral("jobs_expected"), figures.jobsExpected);
    o.insert(QStringLiteral("jobs_created"), figures.jobsCreated);
    // Euros, as the other money figures a spreadsheet reads.
    o.insert(QStringLiteral("funding_granted"), double(figures.fundingGrantedCents) / 100.0);
    return o;
}

QJsonObject StatsCommand::toJson(const ObservatoryStats &stats)
{
    QJsonObject o;
    o.insert(QStringLiteral("year"), stats.filter.year);
    QJsonObject territory;
    territory.insert(QStringLiteral("code"), stats.filter.territory == ObservatoryFilter::Territory::Whole
                                                 ? QStringLiteral("all")
                                                 : (stats.filter.territory == ObservatoryFilter::Territory::CommuneList
                                                        ? QStringLiteral("list:") + stats.filter.territoryCode
                                                        : stats.filter.territoryCode));
    territory.insert(QStringLiteral("label"), stats.territoryLabel);
    o.insert(QStringLiteral("territory"), territory);
    o.insert(QStringLiteral("family"), stats.filter.family);
    o.insert(QStringLiteral("sector"), double(stats.filter.sectorId));
    const ObservatoryFigures &t = stats.totals;
    o.insert(QStringLiteral("actors"), t.actors);
    o.insert(QStringLiteral("employer_actors"), t.employerActors);
    o.insert(QStringLiteral("jobs"), double(t.jobs));
    o.insert(QStringLiteral("fte"), rounded(t.fte));
    o.insert(QStringLiteral("volunteers"), double(t.volunteers));
    o.insert(QStringLiteral("members"), double(t.members));
    o.insert(QStringLiteral("ess_share_pct"), optionalPct(t.essSharePct));
    o.insert(QStringLiteral("actors_without_headcount"), t.actorsWithoutHeadcount);
    o.insert(QStringLiteral("estimated_actors"), t.estimatedActors);
    o.insert(QStringLiteral("jobs_estimated"), rounded(t.jobsEstimated, 1));
    o.insert(QStringLiteral("ess_share_with_estimates_pct"), optionalPct(stats.essShareWithEstimatesPct));
    o.insert(QStringLiteral("total_employment"), stats.totalEmployment ? QJsonValue(double(*stats.totalEmployment)) : QJsonValue());
    o.insert(QStringLiteral("reference_year"), stats.referenceYear ? QJsonValue(stats.referenceYear) : QJsonValue());
    o.insert(QStringLiteral("reference_source"), stats.referenceSource);
    o.insert(QStringLiteral("by_family"), listJson(stats.byFamily));
    o.insert(QStringLiteral("by_sector"), listJson(stats.bySector));
    o.insert(QStringLiteral("by_epci"), listJson(stats.byEpci));
    o.insert(QStringLiteral("by_size_band"), listJson(stats.bySizeBand));
    o.insert(QStringLiteral("evolution"), listJson(stats.evolution));
    QJsonArray comparisons;
    for (const ObservatoryComparison &c : stats.comparisons) {
        QJsonObject e;
        e.insert(QStringLiteral("key"), c.code);
        e.insert(QStringLiteral("label"), c.label);
        e.insert(QStringLiteral("level"), levelCode(c.level));
        e.insert(QStringLiteral("value"), optionalPct(c.essSharePct));
        e.insert(QStringLiteral("ess_share_pct"), optionalPct(c.essSharePct));
        e.insert(QStringLiteral("year"), c.year ? QJsonValue(c.year) : QJsonValue());
        e.insert(QStringLiteral("source"), c.source);
        e.insert(QStringLiteral("computed"), c.computed);
        comparisons.append(e);
    }
    o.insert(QStringLiteral("comparisons"), comparisons);
    QJsonArray warnings;
    for (const ObservatoryWarning &w : stats.warnings) {
        QJsonArray ids;
        for (const qint32 id : w.actorIds)
            ids.append(id);
        warnings.append(QJsonObject{{QStringLiteral("code"), w.code}, {QStringLiteral("reason"), w.reason}, {QStringLiteral("actor_ids"), ids}});
    }
    o.insert(QStringLiteral("warnings"), warnings);
    QJsonObject social;
    social.insert(QStringLiteral("current"), profileJson(stats.socialUtility));
    if (stats.socialUtilityCompared.year > 0)
        social.insert(QStringLiteral("compared"), profileJson(stats.socialUtilityCompared));
    o.insert(QStringLiteral("social_utility"), social);
    QJsonArray mobilisation;
    for (const AttendanceFigure &f : stats.mobilisation) {
        mobilisation.append(QJsonObject{{QStringLiteral("label"), f.typeName},
                                        {QStringLiteral("occurrences"), f.occurrences},
                                        {QStringLiteral("registered"), f.registered},
                                        {QStringLiteral("participants"), f.participants},
                                        {QStringLiteral("actors_reached"), f.actorsReached}});
    }
    o.insert(QStringLiteral("extra"), QJsonObject{{QStringLiteral("mobilisation"), mobilisation}});
    return o;
}

QString StatsCommand::toCsv(const ObservatoryStats &stats)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Flavour::Rfc4180);
    writer.writeRecord({QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("actors"),
                        QStringLiteral("employer_actors"), QStringLiteral("jobs"), QStringLiteral("fte"), QStringLiteral("volunteers"),
                        QStringLiteral("members"), QStringLiteral("ess_share_pct"), QStringLiteral("actors_without_headcount"),
                        QStringLiteral("estimated_actors"), QStringLiteral("jobs_estimated"), QStringLiteral("year"),
                        QStringLiteral("source")});
    auto pct = [](const std::optional<double> &v) { return v ? number(*v, 2) : QString(); };
    auto row = [&](const QString &section, const ObservatoryFigures &f, const QString &year, const QString &source) {
        writer.writeRecord({section, f.key, f.label, QString::number(f.actors), QString::number(f.employerActors),
                            QString::number(f.jobs), number(f.fte, 2), QString::number(f.volunteers), QString::number(f.members),
                            pct(f.essSharePct), QString::number(f.actorsWithoutHeadcount), QString::number(f.estimatedActors),
                            number(f.jobsEstimated, 1), year, source});
    };
    const QString year = QString::number(stats.filter.year);
    row(QStringLiteral("total"), stats.totals, year, stats.referenceSource);
    for (const auto &[section, list] : {std::pair{QStringLiteral("by_family"), &stats.byFamily},
                                        std::pair{QStringLiteral("by_sector"), &stats.bySector},
                                        std::pair{QStringLiteral("by_epci"), &stats.byEpci},
                                        std::pair{QStringLiteral("by_size_band"), &stats.bySizeBand}}) {
        for (const ObservatoryFigures &f : *list)
            row(section, f, year, QString());
    }
    for (const ObservatoryFigures &f : stats.evolution)
        row(QStringLiteral("evolution"), f, f.key, QString());
    for (const ObservatoryComparison &c : stats.comparisons) {
        writer.writeRecord({QStringLiteral("comparisons"), c.code, c.label, {}, {}, {}, {}, {}, {}, pct(c.essSharePct), {}, {}, {},
                            c.year ? QString::number(c.year) : QString(), c.source});
    }
    // A doubtful figure: the reason as label, the actors to look at (ids) as source.
    for (const ObservatoryWarning &w : stats.warnings) {
        QStringList ids;
        for (const qint32 id : w.actorIds)
            ids << QString::number(id);
        writer.writeRecord({QStringLiteral("warnings"), w.code, w.reason, QString::number(w.actorIds.size()), {}, {}, {}, {}, {}, {}, {},
                            {}, {}, year, ids.join(QLatin1Char(' '))});
    }
    return QString::fromUtf8(buffer.data());
}

QStringList StatsCommand::names() const
{
    return {QStringLiteral("stats")};
}

QString StatsCommand::help() const
{
    return tr("stats [--year Y] [--territory CODE] [--family F] [--sector S] --format json|csv: the observatory's figures");
}

StatsCommand::Options StatsCommand::filterOptions(const Invocation &invocation)
{
    return {invocation.value(QStringLiteral("year")), invocation.value(QStringLiteral("territory")), invocation.value(QStringLiteral("family")),
            invocation.value(QStringLiteral("sector")), invocation.value(QStringLiteral("format"))};
}
