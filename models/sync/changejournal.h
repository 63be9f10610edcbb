#pragma once

#include "synccatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <memory>

/// The local changes made since the last synchronisation. Triggers on every
/// shared table note which record changed (never its content, read when it
/// is pushed), so every store, import and undo is journalled without
/// knowing about the server; while changes from the server are written
/// (`sync_state.applying`) they stay silent.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)

public:
    explicit ChangeJournal(const QString &connectionName);

    /// Gives every shared row a gid and creates the triggers; run when the
    /// desktop connects, and again at each opening (a migration may have
    /// recreated a table). Idempotent.
    bool install();
    /// The triggers of @p table alone (a join writing a page of that kind).
    bool install(const SyncTable &table);
    /// Drops the triggers, in the caller's transaction, for one write that
    /// must not be journalled and is too large to test sync_state.applying
    /// on every row (a desktop joining writes its whole council): install()
    /// brings them back before the commit, and a rollback keeps them.
    bool suspend();
    bool suspend(const SyncTable &table);
    /// Journals every shared row as changed: the first upload of a council.
    bool journalEverything();

    struct Pending {
        QString kind;
        QString key;
        qint64 lastSeq = 0;
        QString at;
    };
    /// The records changed here, once each, oldest first, at most @p limit.
    QList<Pending> pending(int limit = 1000000) const;
    int pendingCount() const;
    /// Forgets the changes of @p record up to its lastSeq (a later edit
    /// made during the push stays journalled).
    bool forget(const Pending &record);
    /// Every record with a change not yet pushed, as "kind\nkey".
    QSet<QString> pendingKeys() const;
    /// Whether the record has a change not yet pushed.
    bool isPending(const QString &kind, const QString &key) const;
    /// When the record was last changed here ("" when not pending).
    QString changedAt(const QString &kind, const QString &key) const;

    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql);
    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_forget;
    QString m_error;
};
