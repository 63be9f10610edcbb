#pragma once

#include "models/domain/sector.h"

#include <QList>
#include <QObject>
#include <QString>

/// The editable hierarchy of sectors. Renaming a sector rewrites the search
/// entries of its actors in the same transaction, so search stays right.
class SectorStore : public QObject
{
    Q_OBJECT

public:
    explicit SectorStore(const QString &connectionName, QObject *parent = nullptr);

    /// All sectors, parents before children, siblings by position.
    QList<Sector> all() const;
    Sector sector(qint64 id) const;
    /// "Parent › Child" for display in one line.
    QString pathName(qint64 id) const;

    bool add(Sector &sector);
    bool update(const Sector &sector);
    /// Refused while actors or sub-sectors use it.
    bool remove(qint64 id);
    int actorCount(qint64 id) const;

    QString errorString() const { return m_error; }

signals:
    void sectorsChanged();

private:
    QString m_connectionName;
    QString m_error;
};
