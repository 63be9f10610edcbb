#pragma once

#include "models/domain/actor.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

class QSqlQuery;
class RawStatement;

struct sqlite3;
struct sqlite3_stmt;

/// Writes whole actors (row, tags, contacts, yearly figures, search entry)
/// inside the caller's transaction, with its statements prepared once: an
/// import writes 100,000 actors through one writer, a form's save through a
/// writer of its own. The timestamps of one writer are the same instant,
/// taken when it is made.
///
/// The inserts of new actors, tags and figures go through SQLite's own API
/// (RawStatement): Qt Sql spends more on binding a value than SQLite on
/// storing it. For many actors, the search entries can be kept back and
/// written together at the end (setDeferSearch()), by one statement over
/// all of them: FTS5 flushes its pending entries at every statement
/// savepoint, so entries written between other statements cost ten times more.
class ActorWriter
{
public:
    explicit ActorWriter(const QString &connectionName);
    ~ActorWriter();
    ActorWriter(const ActorWriter &) = delete;
    ActorWriter &operator=(const ActorWriter &) = delete;

    /// Inserts (id 0, or an id no row has: the redo of a creation) or
    /// updates; the new id and the timestamps are written back into @p actor.
    bool write(Actor &actor);
    /// Keep the search entries of new actors until flushSearch().
    void setDeferSearch(bool defer) { m_deferSearch = defer; }
    /// Writes the search entries kept back; call it before the commit.
    bool flushSearch();

    QString errorString() const { return m_error; }
    /// Dates an archived actor that has no archiving date yet with today.
    bool stampArchivedOn(qint64 actorId);

private:
    sqlite3 *handle() const;
    RawStatement &raw(std::unique_ptr<RawStatement> &slot, const char *sql);
    bool insertRow(Actor &actor);
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);
    bool exists(qint64 id);
    bool writeRow(Actor &actor, bool update);
    bool clearChildren(qint64 id);
    bool writeTags(const Actor &actor);
    bool writeContacts(Actor &actor, bool update);
    bool writeFigures(const Actor &actor);
    bool writeSearchEntry(const Actor &actor, bool mayExist);
    bool failed(const QSqlQuery &q);

    QString m_connectionName;
    sqlite3 *m_db = nullptr;
    bool m_deferSearch = false;
    std::vector<qint64> m_pendingSearch; ///< new actors whose search entry waits for flushSearch()
    std::unique_ptr<RawStatement> m_rawInsert, m_rawTag, m_rawFigure, m_rawSearch;
    QString m_now;
    QDateTime m_nowInstant;
    QString m_error;
    QSet<QString> m_knownCommunes;
    std::unique_ptr<QSqlQuery> m_exists, m_insert, m_update, m_deleteTags, m_deleteFigures, m_tag, m_contactExists, m_stampArchived,
        m_contactInsert, m_contactUpdate, m_contactIds, m_contactDelete, m_figure, m_searchDelete;
};
