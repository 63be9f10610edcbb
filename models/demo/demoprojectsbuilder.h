#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// A year of accompaniment for the demo, up to today: about twenty projects
/// at every stage with their holders, accompanying actors, journals and next
/// steps, funding requests, three calls for projects and the needs they
/// answer. Dates are counted back from Clock::today(), so the demo made on
/// any day shows a year in progress.
class DemoProjectsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoProjectsBuilder)

public:
    explicit DemoProjectsBuilder(const QString &connectionName);
    bool build();
    int projectCount() const { return m_projects; }
    QString errorString() const { return m_error; }

private:
    bool buildCalls(QList<qint64> *callIds);
    bool buildNeeds(QList<qint64> *needIds);

    QString m_connectionName;
    QString m_error;
    int m_projects = 0;
};
