#pragma once

#include "models/interchange/importcontext.h"
#include "models/interchange/importrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;
class RawStatement;

/// The SQL of imports: the reference data an import reads against, the keys
/// of the existing actors (to find duplicates), the batches and what they
/// touched, what the registers said last time, the saved column mappings
/// and the families chosen by hand. Writes run inside the caller's
/// Transaction (see ActorImporter).
class ImportStore
{
    Q_DECLARE_TR_FUNCTIONS(ImportStore)

public:
    /// What duplicate detection needs of an actor.
    struct ActorKey {
        qint64 id = 0;
        QString name;
        QString siren;
        QString siret;
        QString rna;
        QString communeInsee;
        QString communeName;
    };

    struct Batch {
        qint64 id = 0;
        QString format;
        QString files;
        QString importedAt;
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int rejected = 0;
        bool undone = false;
    };

    explicit ImportStore(const QString &connectionName);
    ~ImportStore();

    ImportContext context() const;
    QList<ActorKey> actorKeys() const;
    QHash<QString, RegisterEntry> registerEntries(const QString &kind) const;
    /// The register entries tied to @p actorId (the directory shows them).
    QList<RegisterEntry> entriesOfActor(qint64 actorId) const;

    bool upsertEntry(const RegisterEntry &entry);
    bool removeEntry(const QString &kind, const QString &key);

    qint64 createBatch(const Batch &batch);
    bool addBatchItem(qint64 batchId, qint64 actorId, const QString &action);
    bool setBatchUndone(qint64 batchId, bool undone);
    QList<Batch> batches() const;

    QStringList presetNames() const;
    QByteArray preset(const QString &name) const;
    bool savePreset(const QString &name, const QByteArray &mapping);
    bool removePreset(const QString &name);

    /// A family chosen by hand for @p siren wins at every later SIRENE import.
    bool setFamilyOverride(const QString &siren, const QString &family, const QString &note);
    bool clearFamilyOverride(const QString &siren);

    QString errorString() const { return m_error; }

private:
    bool exec(QSqlQuery &q);

    QString m_connectionName;
    // Prepared once per store: an import writes thousands of rows with them.
    std::unique_ptr<RawStatement> m_upsert;
    std::unique_ptr<RawStatement> m_item;
    QString m_error;
};
