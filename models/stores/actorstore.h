#pragma once

#include "models/domain/actor.h"
#include "models/domain/duplicatecandidate.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

/// The SQL of the directory: reads and writes whole actors (with contacts,
/// tags and yearly figures) in one transaction, keeps the search index in
/// step, and announces each change after it is committed.
class QSqlQuery;

class ActorStore : public QObject
{
    Q_OBJECT

public:
    explicit ActorStore(const QString &connectionName, QObject *parent = nullptr);

    std::optional<Actor> load(qint64 id) const;
    /// The columns of an actor's own row, in the order readActorRow() reads
    /// them, for other readers of the directory (exports).
    static QString actorColumns();
    static Actor readActorRow(const QSqlQuery &query);
    /// Inserts (id 0, or an id no row has: redo of a creation) or updates.
    /// The new id and the timestamps are written back into @p actor.
    bool save(Actor &actor);
    /// Many actors in one transaction: all are saved or none.
    bool saveAll(QList<Actor> &actors);
    /// Deletes for good; only the undo of a creation does this.
    bool remove(qint64 id);
    /// save() and remove() for a caller that holds its own Transaction over
    /// many changes (an import); they emit nothing: call notifyReset() after
    /// the commit.
    bool writeInTransaction(Actor &actor) { return write(actor); }
    bool removeInTransaction(qint64 id);
    bool setArchived(qint64 id, bool archived);

    /// The actors of the directory that @p actor likely duplicates, by the
    /// rules of DuplicateIndex (the same as an import's), strongest first.
    QList<DuplicateCandidate> findLikelyDuplicates(const Actor &actor) const;
    int count(bool includeArchived = true) const;
    /// Most recent year with declared figures, 0 if none.
    int latestFiguresYear() const;

    QString errorString() const { return m_error; }
    QString connectionName() const { return m_connectionName; }

    /// Tells listeners that many rows changed behind the store's back
    /// (demo data, an import, a restored backup).
    void notifyReset();

signals:
    void actorSaved(qint64 id);
    void actorRemoved(qint64 id);
    void actorsReset();

private:
    /// The parts of an actor kept in tables of their own; false (the reason
    /// in errorString()) when the database refuses the read.
    bool readTags(Actor &actor) const;
    bool readContacts(Actor &actor) const;
    bool readFigures(Actor &actor) const;
    bool write(Actor &actor);

    QString m_connectionName;
    mutable QString m_error;
};
