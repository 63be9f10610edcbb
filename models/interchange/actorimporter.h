#pragma once

#include "importcontext.h"
#include "importrecord.h"
#include "importreport.h"
#include "models/domain/sector.h"
#include "models/domain/duplicateindex.h"
#include "models/stores/importstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class ActorStore;
class ObservatoryStore;
class ActorWriter;

/// Brings read records (CsvActorReader, SireneReader, RnaReader) into the
/// directory in two steps. plan() validates each record, looks for its
/// duplicate in the directory (SIRET, SIREN, RNA, then normalised name and
/// commune) and in the file, and decides what to do with it: that is the
/// dry run. apply() then writes the plan in one transaction, or nothing, and
/// returns a Batch that revert() takes back exactly (the undo of the import)
/// and reapply() redoes.
class ActorImporter
{
    Q_DECLARE_TR_FUNCTIONS(ActorImporter)

public:
    enum class DuplicateMode { Skip, UpdateEmpty, Overwrite, Create };
    enum class Action { Create, Update, Skip, Reject };

    struct Row {
        int record = -1; ///< index in Plan::records
        Action action = Action::Create;
        qint64 existingId = 0;
        QString existingName;
        DuplicateCandidate::Reason reason = DuplicateCandidate::Reason::SameNameAndCommune;
        DuplicateMode mode = DuplicateMode::Skip; ///< mode applied to a duplicate
        /// Update only: the existing actor and what is written over it (a
        /// creation writes its record's actor; sharing keeps a row small).
        std::shared_ptr<const Actor> before;
        std::shared_ptr<const Actor> result;
        /// The SIRENE headcount band this row sets on its actor ('' when none).
        QString band;
    };

    struct Plan {
        QList<ImportRecord> records;
        QList<Row> rows;
        ImportReport report;
        QString format;
        QStringList files;
    };

    /// What one applied import did, enough to take it back and redo it.
    struct Batch {
        qint64 id = 0;
        QString label;
        QList<Actor> created;
        QList<Sector> createdSectors; ///< as created, to create again with the same id on redo
        QList<QPair<Actor, Actor>> updated; ///< before, after
        QList<QPair<std::optional<RegisterEntry>, RegisterEntry>> entries;
        /// SIRENE headcount bands set on actors: actor, band before, after.
        struct Band {
            qint64 actorId = 0;
            QString before;
            QString after;
        };
        QList<Band> bands;
        /// Actors this import archived, with the day the register closed them.
        QList<QPair<qint64, QDate>> archivedOn;
    };

    using Progress = std::function<bool(int done, int total)>;

    explicit ActorImporter(ActorStore *actors);

    /// Decides each record's fate. @p perRow overrides @p mode for the
    /// duplicates of given record indexes.
    Plan plan(QList<ImportRecord> records, const QList<RejectedRow> &rejected, DuplicateMode mode,
              const QHash<int, DuplicateMode> &perRow = {});
    /// Writes @p plan in one transaction; @p progress may cancel (nothing is
    /// then written). Fills @p batch for the undo stack; without one (the
    /// command line has no undo) nothing is kept of the written actors.
    bool apply(const Plan &plan, Batch *batch, const Progress &progress = {});

    /// Settles what the validator finds in @p record: returns the sentences
    /// that reject it (ActorValidator::isBlocking), and turns any other issue
    /// into a field left empty, the original kept in the notes, and a warning.
    static QStringList settle(ImportRecord &record, const ImportContext &context);
    bool revert(const Batch &batch);
    bool reapply(const Batch &batch);

    /// @p existing with the fields of @p incoming that @p provided names:
    /// only where @p existing is empty (UpdateEmpty) or wherever @p incoming
    /// has a value (Overwrite).
    static Actor merge(const Actor &existing, const Actor &incoming, const QSet<QString> &provided, DuplicateMode mode);

    static bool parseMode(const QString &text, DuplicateMode *mode);

    QString errorString() const { return m_error; }

private:
    Row planRow(const ImportRecord &record, int index, DuplicateMode mode, const DuplicateIndex &existing, const DuplicateIndex::Keys &keys);
    void noteRegisterChanges(Plan &plan, const ImportRecord &record, ImportStore &store);
    /// What the import's journal keeps of @p plan: its files and counts.
    static ImportStore::Batch batchInfo(const Plan &plan);
    bool createSectors(const Plan &plan, QHash<QString, qint64> *ids, Batch *batch);
    bool writeRows(const Plan &plan, ActorWriter &writer, ImportStore &store, Batch *batch, const QHash<QString, qint64> &sectors,
                   const Progress &progress);
    bool writeRow(const Plan &plan, const Row &row, ActorWriter &writer, ImportStore &store, Batch *batch,
                  const QHash<QString, qint64> &sectors);
    /// Row @p index of the plan names the unit of row @p firstIndex again:
    /// skipped, or its values brought to that row's (@p mode).
    void planRepeat(Plan &plan, int index, int firstIndex, DuplicateCandidate::Reason reason, DuplicateMode mode);
    /// Counts @p row in @p report, and the warnings of its record when it writes.
    static void count(ImportReport &report, const Row &row, const ImportRecord &record);
    /// Brings the fields of @p twin, a later row naming the same unit, to the
    /// record of row @p firstIndex (fill its empty fields, or overwrite them).
    void mergeTwin(Plan &plan, int firstIndex, const ImportRecord &twin, DuplicateMode mode);
    /// Whether @p row sets the SIRENE band of @p record on its actor.
    void planBand(Row &row, const ImportRecord &record, const ObservatoryStore &observatory);

    ActorStore *m_actors;
    QString m_error;
    qint64 m_batchId = 0;
    qint64 m_lastActorId = 0;
    QHash<QString, QHash<QString, RegisterEntry>> m_previous; ///< register entries by kind, read once per plan

};
