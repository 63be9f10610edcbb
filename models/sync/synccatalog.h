#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// One table shared with the server, as the synchronisation sees it.
struct SyncTable
{
    /// The local table, also the record's kind on the server.
    QString name;
    /// Empty: the row is named by its gid (a table with an INTEGER id).
    /// Otherwise the columns of its natural key, in order.
    QStringList keyColumns;
    /// Columns that hold the local id of a row of another shared table,
    /// with that table: they travel as the other row's key.
    QHash<QString, QString> references;

    bool hasGid() const { return keyColumns.isEmpty(); }
    /// "ON CONFLICT(…) DO …" for a write of @p columns: one statement whether
    /// the row is new or not, the conflict target being the gid's unique
    /// index or the natural primary key.
    QString upsertClause(const QStringList &columns) const;
};

/// The tables a desktop shares with its council's server, parents before
/// children, so that a row received is written after the rows it points to.
/// Settings, drafts of publications, imports' journals, the registers and
/// the reference geography stay on each desktop.
class SyncCatalog
{
public:
    static const QList<SyncTable> &tables();
    /// The table named @p kind, or null when it is not shared.
    static const SyncTable *table(const QString &kind);
    /// Columns that say when or how a row was written rather than what it
    /// holds (updated_at, the name's sort keys): they follow the merge of
    /// the fields they come from and never make a conflict of their own.
    static bool isBookkeeping(const QString &column);
};
