#pragma once

#include "models/observatory/referencefigure.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

class DemoStore;
class ObservatoryStore;
class QRandomGenerator;

/// The observatory's part of the demo database: the published ESS figures
/// for France and Hauts-de-France (ESS France / CRESS), round demonstration
/// totals of salaried employment for the territory and its four EPCI,
/// SIRENE headcount bands for the actors that have not declared their
/// latest headcount, the closing date of the archived actor, and social
/// utility grids for a third of the actors. Called by DemoDataBuilder::build().
class DemoObservatoryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoObservatoryBuilder)

public:
    explicit DemoObservatoryBuilder(const QString &connectionName);
    bool build();
    QString errorString() const { return m_error; }

private:
    // The parts of the build, in the order they are written (the draws of
    // the social utility grids come last, from one fixed seed).
    static QList<ReferenceFigure> publishedFigures();
    /// From each EPCI's SIREN -> (name, population of its communes).
    static QList<ReferenceFigure> demonstrationTotals(const QHash<QString, QPair<QString, qint64>> &epciPopulation);
    bool writeHeadcountBands(DemoStore &demo, ObservatoryStore &observatory);
    bool writeClosures(DemoStore &demo, ObservatoryStore &observatory);
    bool writeSocialUtility(DemoStore &demo, ObservatoryStore &observatory, QRandomGenerator &draw);

    QString m_connectionName;
    QString m_error;
};
