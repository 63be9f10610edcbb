#pragma once

#include "command.h"
#include "models/observatory/observatorystats.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

class Database;
class ObservatoryEngine;

/// "essaim --db FILE stats [--year Y] [--territory CODE] [--family F]
/// [--sector S] --format json|csv": prints the observatory's figures, as the
/// Observatoire tab computes them (ObservatoryEngine::compute), so that a
/// report's numbers can be checked and scripted.
class StatsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    QStringList names() const override;
    QString help() const override;
    DatabaseUse databaseUse(const Invocation &) const override { return DatabaseUse::Existing; }
    int checkUsage(const Invocation &invocation, QTextStream &err) const override;
    int run(Session &session, const Invocation &invocation, QTextStream &out, QTextStream &err) const override;

    struct Options {
        QString year;
        QString territory;
        QString family;
        QString sector;
        QString format;
    };

    /// The observatory's options of @p invocation (print observatory shares them).
    static Options filterOptions(const Invocation &invocation);
    /// The year and family alone (print observatory shares them).
    static int checkFilter(const Options &options, QTextStream &err);
    /// Turns the options into @p filter on an open database; the exit
    /// status, 0 when fine, with the sentence on @p err otherwise.
    static int resolveFilter(const Database &db, const Options &options, ObservatoryEngine &engine, ObservatoryFilter *filter, QTextStream &err);
    /// The JSON document of @p stats (keys in README, "essaim stats").
    static QJsonObject toJson(const ObservatoryStats &stats);
    /// The year's accompaniment of project holders (key "accompaniment").
    static QJsonObject accompanimentJson(const struct AccompanimentFigures &figures);
    /// One flat table: section, key, label, then the figures.
    static QString toCsv(const ObservatoryStats &stats);
};
