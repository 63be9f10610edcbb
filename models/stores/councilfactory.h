#pragma once

#include "models/domain/councilidentity.h"
#include "models/domain/territoryspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// Creates the database of a new council: the file, its identity and its
/// territory (and, when asked, the Sambre-Avesnois demo directory). Shared by
/// the new council assistant and "essaim init". A failure leaves no file behind.
class CouncilFactory
{
    Q_DECLARE_TR_FUNCTIONS(CouncilFactory)

public:
    enum class Result { Created, FileExists, UnknownCode, Failed };

    Result create(const QString &path, const CouncilIdentity &identity, const QList<TerritorySpec> &territory, bool withDemo = false);
    QString errorString() const { return m_error; }
    int communeCount() const { return m_communes; }
    qint64 population() const { return m_population; }

private:
    bool fill(const QString &connectionName, const CouncilIdentity &identity, const QList<TerritorySpec> &territory, bool withDemo);

    QString m_error;
    int m_communes = 0;
    qint64 m_population = 0;
};
