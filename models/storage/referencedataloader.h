#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlQuery;

/// Fills a new database with the reference tables shipped in resources:
/// communes and their EPCI, INSEE legal categories with their ESS family,
/// and the default sector list. Runs inside the creation transaction.
class ReferenceDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceDataLoader)

public:
    explicit ReferenceDataLoader(const QString &connectionName);
    bool load();
    QString errorString() const { return m_error; }

private:
    // One table each, in the order their keys are needed.
    bool loadCommunes();
    bool loadLegalCategories();
    bool loadSectors();
    bool exec(QSqlQuery &query);

    QString m_connectionName;
    QString m_error;
};
