#pragma once

#include <QCoreApplication>
#include <QString>

/// Fills a new database with the reference tables shipped in resources:
/// communes and their EPCI, INSEE legal categories with their ESS family,
/// and the default sector list. Runs inside the creation transaction.
class ReferenceDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceDataLoader)

public:
    static bool load(const QString &connectionName, QString *error);
};
