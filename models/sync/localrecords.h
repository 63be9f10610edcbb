#pragma once

#include "synccatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

/// The shared rows of a local database seen as records: a kind (the table),
/// a key that names the row on every desktop, and its content as JSON where
/// a reference to another shared row is that row's key, never a local id.
/// Reads and writes go through here, so the synchronisation never deals in
/// local ids.
class LocalRecords
{
    Q_DECLARE_TR_FUNCTIONS(LocalRecords)

public:
    explicit LocalRecords(const QString &connectionName);

    /// The SQL expression of the key of the row @p alias of @p table ("NEW",
    /// "OLD" in a trigger, the table's name in a query): the gid, or the JSON
    /// array of the natural key with references as keys. One expression, so
    /// the journal's triggers and a full upload name a row alike.
    static QString keyExpression(const SyncTable &table, const QString &alias);

    /// The SQL expression of the record of the row @p alias of @p table, as
    /// JSON text equal to what read() gives for it (the lazy bases of
    /// merges are written by triggers with it): every column but the local
    /// ids, a reference as the other row's key, a REAL with the 17 digits
    /// that give it back. Empty for a table holding BLOBs (sent as base64,
    /// which SQL does not write): its bases are never lazy.
    QString recordExpression(const SyncTable &table, const QString &alias);

    /// The record @p key of @p kind, or nothing when the row does not exist.
    std::optional<QJsonObject> read(const QString &kind, const QString &key);
    /// Writes @p data into the row @p key of @p kind, creating it when
    /// missing. False with errorString() when the database refuses, or when
    /// a row it points to is not here (unresolved() is then true): the
    /// caller may try again once the other rows are written.
    bool write(const QString &kind, const QString &key, const QJsonObject &data);
    /// Deletes the row @p key of @p kind (its children go with it); a row
    /// already gone is fine.
    bool remove(const QString &kind, const QString &key);
    /// Every key of @p kind present here.
    QStringList keys(const QString &kind);
    /// The local id of the row @p key of @p kind (a table with a gid), or 0.
    qint64 localId(const QString &kind, const QString &key);

    bool unresolved() const { return m_unresolved; }
    QString errorString() const { return m_error; }

private:
    struct Column {
        QString name;
        bool blob = false;
    };
    const QList<Column> &columns(const SyncTable &table);
    bool keyCondition(const SyncTable &table, const QString &key, QString *where, QVariantList *values);
    std::optional<QVariant> toLocal(const SyncTable &table, const Column &column, const QJsonValue &value);
    QJsonValue toJson(const SyncTable &table, const Column &column, const QVariant &value);
    QString keyOfId(const QString &table, qint64 id);
    bool fail(const QSqlQuery &q);

    QString m_connectionName;
    QHash<QString, QList<Column>> m_columns;
    QHash<QString, QSqlQuery> m_statements;
    /// gid to local id by table, while no row is removed.
    QHash<QString, QHash<QString, qint64>> m_ids;
    QSqlQuery &statement(const QString &sql);
    QSqlQuery upsertStatement(const SyncTable &table, const QJsonObject &data);
    /// The upsert of each kind and set of columns.
    QHash<QString, QSqlQuery> m_upserts;
    bool m_unresolved = false;
    QString m_error;
};
