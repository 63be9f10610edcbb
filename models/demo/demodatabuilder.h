#pragma once

#include "models/domain/actor.h"
#include "models/domain/territoryspec.h"

#include <QCoreApplication>
#include <QString>

/// Fills a database with the fictional Sambre-Avesnois demo directory:
/// about a hundred invented actors of every ESS family, spread over the
/// sectors and the four EPCI of the reference tables, with contacts and ten
/// years of figures. The content is drawn from a fixed seed, so two runs
/// write the same actors. Refuses a database that already holds actors.
class DemoDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataBuilder)

public:
    explicit DemoDataBuilder(const QString &connectionName);
    bool build();
    /// The territory of the demo council: the four EPCIs of Sambre-Avesnois.
    static QList<TerritorySpec> sambreAvesnois();
    int actorCount() const { return m_count; }
    QString errorString() const { return m_error; }

private:
    /// The demo council's territory: its four EPCIs.
    bool setTerritory();
    /// The actors drawn from the templates with a fixed seed, each valid.
    bool drawActors(const QString &file, QList<Actor> *actors);
    /// The observatory figures, plans, agenda, publications and projects.
    bool buildOtherParts(const QString &file);

    QString m_connectionName;
    QString m_error;
    int m_count = 0;
};
