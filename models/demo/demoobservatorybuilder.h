#pragma once

#include <QCoreApplication>
#include <QString>

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
    QString m_connectionName;
    QString m_error;
};
