#pragma once

#include "models/domain/actorlistrow.h"

#include <QHash>
#include <QString>

#include <vector>

/// Reads the lines of the directory's table for a page of actors, in one
/// query: the read side of ActorTableModel, which only pages and sorts.
class ActorListReader
{
public:
    explicit ActorListReader(const QString &connectionName);

    /// The lines of @p ids[from, to), by id, with the headcount of
    /// @p headcountYear; false with the reason in errorString().
    bool read(const std::vector<qint32> &ids, std::size_t from, std::size_t to, int headcountYear, QHash<qint32, ActorListRow> *rows);
    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
};
