#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// Loads the two seed plans (Sambre-Avesnois 2010-2014, CLDESS Pôle Azur
/// Provence 2012-2015) into the demo database and brings them to life as of
/// demoDate(): statuses, progress, budgets, pilots among the demo contacts,
/// partner actors, journals and indicators, drawn from a fixed seed, so that
/// some actions are done, some under way and some late.
class DemoPlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoPlanBuilder)

public:
    explicit DemoPlanBuilder(const QString &connectionName);
    bool build();
    /// The day the demo plans describe: 15 November 2012.
    static QDate demoDate() { return QDate(2012, 11, 15); }
    int planCount() const { return m_plans; }
    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
    int m_plans = 0;
};
