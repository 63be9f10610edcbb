#pragma once

#include <QString>

/// Keeps the full-text search entry (actor_search) of one actor in step
/// with its rows, inside the caller's transaction: the write side of the
/// search, apart from ActorSearchEngine, which only reads.
class SearchIndexWriter
{
public:
    explicit SearchIndexWriter(const QString &connectionName);

    /// Rewrites the entry of @p actorId from its name, acronym, commune,
    /// sector, competencies and contacts.
    bool reindex(qint64 actorId);
    bool unindex(qint64 actorId);
    /// Rewrites every actor's entry: one pass after many actors arrived at
    /// once (a desktop joining a shared server), cheaper than one each.
    bool reindexAll();
    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
};
