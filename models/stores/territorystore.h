#pragma once

#include "models/domain/outcome.h"

#include "models/domain/territoryspec.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

/// The council's territory in its database: the pieces chosen (territory_specs)
/// and the communes they resolve to in the national geography (the communes
/// table, in_territory = 1). Communes outside the territory where actors are
/// stay in the table (in_territory = 0), so changing the territory never
/// touches an actor. Writes go in one transaction and are announced after commit.
class TerritoryStore : public QObject
{
    Q_OBJECT

public:
    /// A commune of the territory as the `territory` command lists it.
    struct Row
    {
        QString insee;
        QString name;
        QStringList postcodes;
        QString epciSiren;
        QString epciName;
        QString department;
        int population = 0;
    };

    explicit TerritoryStore(const QString &connectionName, QObject *parent = nullptr);

    QList<TerritorySpec> specs() const;
    /// The communes of the territory, by INSEE code.
    QList<Row> communes() const;
    int communeCount() const;
    qint64 population() const;

    /// Replaces the territory by @p specs, all or nothing. Fails, naming them,
    /// when pieces are unknown to the national geography, or when none is left.
    bool setSpecs(const QList<TerritorySpec> &specs);
    bool add(const QList<TerritorySpec> &specs);
    /// Fails naming the pieces that are not part of the territory.
    bool remove(const QList<TerritorySpec> &specs);

    /// Makes sure the communes table holds @p insee (a commune outside the
    /// territory gets its row from the national list), so an actor can point
    /// to it. Runs inside the caller's transaction.
    static Outcome<bool> ensureCommune(const QString &connectionName, const QString &insee);

    QString errorString() const { return m_error; }

signals:
    void territoryChanged();

private:
    bool writeCommunes(const std::vector<int> &places);

    QString m_connectionName;
    QString m_error;
};
