#pragma once

#include "changejournal.h"
#include "inboxfeed.h"
#include "localrecords.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

class Transaction;

/// Synchronises a local database with its council's server, both ways.
///
/// A synchronisation pulls the server's changes into a local inbox (kept
/// across a cut), applies them in one local transaction — merged field by
/// field with the local changes not yet pushed, the same field changed on
/// both sides becoming a conflict that keeps both values — then pushes the
/// local changes, each written only if the server still holds the version
/// it was based on. A change the server moved meanwhile waits for the next
/// round, after the pull has merged it. The server's order of revisions
/// makes every step resumable: cut anywhere, the next run loses and doubles
/// nothing.
///
/// A desktop joining a council reads it kind by kind (parents first), each
/// in the order of its keys, and writes each page into its table in the
/// transaction that moves its cursor (sync_state.receive_kind and
/// receive_key); then what changed meanwhile, by revision, as any change.
/// The records so written have their rows as bases: their shadows hold no
/// data (a lazy base), and ChangeJournal's triggers write a row's record
/// there before it first changes.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    /// @p localConnection: the desktop's database; @p serverConnection: an
    /// open QPSQL connection to the council's server.
    SyncEngine(const QString &localConnection, const QString &serverConnection);

    /// Called with the work done and to do; returning false cancels, and
    /// what was done stays consistent and resumes next time.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// How many records a page of the pull holds (tests cut a join between
    /// two pages of a small council).
    void setPageSize(int records) { m_pageSize = records; }

    enum class Joined { Uploaded, Received, Resumed };
    /// Joins the server at @p url as @p user: uploads this council to an
    /// empty server, receives everything into an empty database, or carries
    /// on with the server this database already shares. Refuses to mix two
    /// councils.
    std::optional<Joined> join(const QString &url, const QString &user);
    /// One synchronisation both ways; false with errorString() when the
    /// server cannot be reached or refuses.
    bool sync();

    struct Figures {
        int received = 0;
        int sent = 0;
        int newConflicts = 0;
        int refused = 0;
    };
    Figures figures() const { return m_figures; }
    QString errorString() const { return m_error; }

private:
    struct Incoming {
        qint64 revision = 0;
        QString kind;
        QString key;
        bool deleted = false;
        QJsonObject data;
        QString changedBy;
        QString changedAt;
    };
    struct Shadow {
        qint64 revision = 0;
        bool deleted = false;
        /// A lazy base (sync_shadow.data NULL) is the local row's record.
        QJsonObject data;
    };
    struct Pushed {
        ChangeJournal::Pending change;
        qint64 revision = 0;
        bool deleted = false;
        QJsonObject data;
    };

    bool pull();
    bool readPages(InboxFeed::Order order, qint64 expected, qint64 *done);
    bool fetchPage(InboxFeed &feed, InboxFeed::Order order, const InboxFeed::Cursor &after, int *count, InboxFeed::Cursor *last);
    /// Starts writing what the server sent in @p t: foreign keys checked at
    /// its commit, the journal told to stay silent. False with the reason.
    bool beginApplying(const Transaction &t);
    bool receiveCouncil(qint64 expected, qint64 *done);
    /// One page of the join at @p at, written with where the join stands
    /// in one transaction: @p count records, the page after in @p next
    /// (empty after the last). @p first: the join's first page, which drops
    /// the indexes the join makes again at its end.
    bool receivePage(InboxFeed &feed, const InboxFeed::Cursor &at, bool first, int *count, InboxFeed::Cursor *next);
    bool writeKind(const SyncTable &table);
    bool dropJoinIndexes();
    bool restoreJoinIndexes();
    bool startState(const QString &url, const QString &user, const QString &council, qint64 receiveUpTo);
    bool applyInbox();
    bool applyKind(const QString &kind, QList<Incoming> *deferred);
    bool writeDeferred(QList<Incoming> deferred);
    bool suspendForJoin(class DeferredIndexes *indexes);
    bool countReceived(const QString &kind, qsizetype deletions);
    qint64 receivedSize();
    bool applyOne(const Incoming &in, QList<Incoming> *deferred);
    bool shadowInbox();
    bool merge(const Incoming &in, const std::optional<Shadow> &base);
    bool mergeFields(const Incoming &in, const std::optional<Shadow> &base, const QJsonObject &local);
    bool push(int *stale);
    bool pushBatch(const QList<ChangeJournal::Pending> &batch, int *stale, QList<Pushed> *done);
    bool planBatch(const QList<ChangeJournal::Pending> &batch, int *stale, QList<Pushed> *toWrite, QList<Pushed> *done);
    bool writeAll(const QList<Pushed> &toWrite, QList<Pushed> *done);
    bool writeOne(Pushed p, QList<Pushed> *done);
    static bool refusedByRole(const QString &why);
    bool recordPushed(const QList<Pushed> &done);
    bool refuseLocally(const ChangeJournal::Pending &change);

    std::optional<Shadow> shadow(const QString &kind, const QString &key);
    bool setShadow(const QString &kind, const QString &key, qint64 revision, bool deleted, const QJsonObject &data,
                   const QString &by, const QString &at);
    bool addConflict(const QString &kind, const QString &key, const QString &field, const QJsonValue &local,
                     const QJsonValue &server, const Incoming &in, const QJsonObject &record);
    bool writeLocal(const QString &kind, const QString &key, const QJsonObject &data, QList<Incoming> *deferred, const Incoming &in);
    bool removeLocal(const QString &kind, const QString &key);
    bool restoreTree(const QString &kind, const QString &key, const QJsonObject &data, const Incoming &in);
    bool restoreParents(const QString &kind, const QString &key, const QJsonObject &data, const Incoming &in);
    void noteTouched(const QString &kind, const QString &key, const QJsonObject &data);
    bool setApplying(bool on);
    bool reindexActors();
    bool readState();
    bool setState(const QString &column, const QVariant &value);
    bool clearSharedTables();
    bool localIsEmpty(bool *empty);
    bool refreshMembership();
    bool serverFail(const class QSqlQuery &q, const QString &what);
    bool serverFail(const QString &why, const QString &what);
    bool localFail(const class QSqlQuery &q);
    bool localFail(const QString &why);
    bool step(qint64 done, qint64 total);

    QString m_local;
    QString m_server;
    LocalRecords m_records;
    ChangeJournal m_journal;
    Progress m_progress;
    Figures m_figures;
    QString m_user;
    qint64 m_pulled = 0;
    int m_pageSize;
    /// A join under way (sync_state.receiving): 1 while the council is read
    /// and written page by page, 2 while what changed meanwhile is.
    int m_receiving = 0;
    /// Where the join's reading in the order of the keys has reached.
    InboxFeed::Cursor m_received;
    QSet<qint64> m_touchedActors;
    QSet<QString> m_pendingKeys;
    bool m_shadowsKnown = true;
    bool m_joining = false;
    QHash<QString, QSqlQuery> m_statements;
    QSqlQuery &cached(const QString &sql);
    QString m_error;
};
