#include "actorimporter.h"

#include "importfield.h"
#include "models/domain/actorvalidator.h"
#include "models/domain/textkey.h"
#include "models/observatory/headcountband.h"
#include "models/privacy/personaldatajournal.h"
#include "models/storage/bulkwrite.h"
#include "models/storage/deferredindexes.h"
#include "models/storage/rollbackjournal.h"
#include "models/storage/transaction.h"
#include "models/stores/actorstore.h"
#include "models/stores/actorwriter.h"
#include "models/stores/importstore.h"
#include "models/stores/observatorystore.h"
#include "models/stores/sectorstore.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

#include <optional>

ActorImporter::ActorImporter(ActorStore *actors)
    : m_actors(actors)
{
}

bool ActorImporter::parseMode(const QString &text, DuplicateMode *mode)
{
    if (text == QLatin1String("skip"))
        *mode = DuplicateMode::Skip;
    else if (text == QLatin1String("update"))
        *mode = DuplicateMode::UpdateEmpty;
    else if (text == QLatin1String("overwrite"))
        *mode = DuplicateMode::Overwrite;
    else if (text == QLatin1String("create"))
        *mode = DuplicateMode::Create;
    else
        return false;
    return true;
}

namespace {

/// From this many rows an import writes through the rollback journal: below,
/// the log's commit without a sync of the file is the quicker.
constexpr int largeWrite = 5000;

/// One step of ActorImporter::merge(): what @p incoming brings to @p out.
struct Merge {
    Actor &out;
    const Actor &incoming;
    const QSet<QString> &provided;
    bool overwrite;

    bool given(const char *code) const { return provided.contains(QString::fromLatin1(code)); }

    void text(const char *code, QString Actor::*member)
    {
        if (!given(code) || (incoming.*member).isEmpty())
            return;
        if (overwrite || (out.*member).isEmpty())
            out.*member = incoming.*member;
    }

    void texts()
    {
        text("name", &Actor::name);
        text("acronym", &Actor::acronym);
        text("legal_category", &Actor::legalCategory);
        text("legal_status", &Actor::legalStatus);
        text("siren", &Actor::siren);
        text("siret", &Actor::siret);
        text("rna", &Actor::rna);
        text("naf", &Actor::naf);
        text("phone", &Actor::phone);
        text("email", &Actor::email);
        text("website", &Actor::website);
        text("description", &Actor::description);
        text("iae_agreement", &Actor::iaeAgreement);
        text("notes", &Actor::notes);
        // The family always has a value: only an overwrite changes it.
        if (overwrite && given("family"))
            out.family = incoming.family;
    }

    void placeAndDates()
    {
        // Address, postcode and commune go together.
        const bool hasPlace = given("address") || given("commune");
        const bool emptyPlace = out.address.isEmpty() && out.communeName.isEmpty() && out.postcode.isEmpty();
        if (hasPlace && (overwrite || emptyPlace) && !(incoming.address.isEmpty() && incoming.communeName.isEmpty())) {
            out.address = incoming.address;
            out.postcode = incoming.postcode;
            out.communeInsee = incoming.communeInsee;
            out.communeName = incoming.communeName;
        }
        if (given("sector") && incoming.sectorId && (overwrite || !out.sectorId))
            out.sectorId = incoming.sectorId;
        if (given("creation_year") && incoming.creationYear && (overwrite || !out.creationYear))
            out.creationYear = incoming.creationYear;
        if (given("charter_signed_on") && incoming.charterSignedOn.isValid() && (overwrite || !out.charterSignedOn.isValid()))
            out.charterSignedOn = incoming.charterSignedOn;
    }

    void flag(const char *code, bool Actor::*member)
    {
        // Yes/no fields have no "empty": an update only turns them on.
        if (given(code) && (overwrite || incoming.*member))
            out.*member = incoming.*member;
    }

    void tags(const char *code, QStringList Actor::*member)
    {
        if (!given(code))
            return;
        if (overwrite) {
            out.*member = incoming.*member;
            return;
        }
        for (const QString &t : incoming.*member) {
            if (!(out.*member).contains(t, Qt::CaseInsensitive))
                (out.*member) << t;
        }
    }

    void flagsAndTags()
    {
        flag("employer", &Actor::employer);
        flag("accepts_interns", &Actor::acceptsInterns);
        flag("esus_agreement", &Actor::esusAgreement);
        flag("publication_consent", &Actor::publicationConsent);
        // A register saying the unit closed is news in every mode.
        flag("archived", &Actor::archived);
        tags("competencies", &Actor::competencies);
        tags("networks", &Actor::networks);
    }

    void figures()
    {
        for (const YearFigures &f : incoming.figures) {
            auto it = std::find_if(out.figures.begin(), out.figures.end(), [&f](const YearFigures &o) { return o.year == f.year; });
            if (it == out.figures.end()) {
                out.figures << f;
                continue;
            }
            auto one = [this](auto &target, const auto &value) {
                if (value && (overwrite || !target))
                    target = value;
            };
            one(it->headcount, f.headcount);
            one(it->fte, f.fte);
            one(it->volunteers, f.volunteers);
            one(it->members, f.members);
            one(it->budgetCents, f.budgetCents);
        }
        std::sort(out.figures.begin(), out.figures.end(), [](const YearFigures &a, const YearFigures &b) { return a.year < b.year; });
    }

    void contacts()
    {
        for (const Contact &c : incoming.contacts) {
            const bool known = std::any_of(out.contacts.cbegin(), out.contacts.cend(), [&c](const Contact &o) {
                return TextKey::fold(o.displayName()) == TextKey::fold(c.displayName());
            });
            if (!known)
                out.contacts << c;
        }
    }
};

} // namespace

Actor ActorImporter::merge(const Actor &existing, const Actor &incoming, const QSet<QString> &provided, DuplicateMode mode)
{
    Actor out = existing;
    Merge merge{out, incoming, provided, mode == DuplicateMode::Overwrite};
    merge.texts();
    merge.placeAndDates();
    merge.flagsAndTags();
    merge.figures();
    merge.contacts();
    return out;
}

QStringList ActorImporter::settle(ImportRecord &record, const ImportContext &context)
{
    Actor &a = record.actor;
    QStringList blocking;
    const auto keep = [&record](const QString &field, const QString &value, const QString &why) {
        record.keepOriginal(tr("%1 (original value): %2").arg(ImportField::label(field), value),
                            tr("%1 The field was left empty; the file's text is kept in the actor's notes.").arg(why));
    };
    const QList<ValidationIssue> issues = ActorValidator::validate(a, context.postcodesOf(a.communeInsee));
    for (const ValidationIssue &issue : issues) {
        if (ActorValidator::isBlocking(issue)) {
            blocking << issue.message;
        } else if (issue.field == QLatin1String("email") && !a.email.isEmpty()) {
            keep(QStringLiteral("email"), a.email, issue.message);
            a.email.clear();
        } else if (issue.field == QLatin1String("postcode") && !a.postcode.isEmpty()) {
            keep(QStringLiteral("postcode"), a.postcode, issue.message);
            a.postcode.clear();
        } else if (issue.field == QLatin1String("creationYear") && a.creationYear) {
            keep(QStringLiteral("creation_year"), QString::number(a.creationYear), issue.message);
            a.creationYear = 0;
        } else if (issue.field == QLatin1String("figures") && !a.figures.isEmpty()) {
            record.warnings << tr("%1 The yearly figures of this line were left out.").arg(issue.message);
            a.figures.clear();
            record.provided.remove(QStringLiteral("figures"));
        } else if (issue.field == QLatin1String("contacts")) {
            for (Contact &c : a.contacts) {
                if (!c.email.isEmpty() && !ActorValidator::isValidEmail(c.email)) {
                    keep(QStringLiteral("contact_email"), c.email, issue.message);
                    c.email.clear();
                }
            }
            const auto unnamed = std::remove_if(a.contacts.begin(), a.contacts.end(), [](const Contact &c) {
                return c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty();
            });
            if (unnamed != a.contacts.end()) {
                record.warnings << issue.message;
                a.contacts.erase(unnamed, a.contacts.end());
            }
        }
    }
    return blocking;
}

ActorImporter::Plan ActorImporter::plan(QList<ImportRecord> records, const QList<RejectedRow> &rejected, DuplicateMode mode,
                                        const QHash<int, DuplicateMode> &perRow)
{
    Plan plan;
    m_previous.clear();
    plan.records = std::move(records);
    plan.report.rejectedRows = rejected;
    ImportStore store(m_actors->connectionName());
    const ImportContext context = store.context();
    const ObservatoryStore observatory(m_actors->connectionName());

    DuplicateIndex existing;
    const QList<ImportStore::ActorKey> actorKeys = store.actorKeys();
    existing.reserve(actorKeys.size());
    for (const ImportStore::ActorKey &k : actorKeys)
        existing.add(k.id, k.name, k.communeName, DuplicateIndex::keysOf(k.name, k.siren, k.siret, k.rna, k.communeInsee, k.communeName));
    // Rows of this very file, by negative record number, to catch a unit
    // given twice.
    DuplicateIndex inFile;
    inFile.reserve(plan.records.size());
    plan.rows.reserve(plan.records.size());
    for (int i = 0; i < plan.records.size(); ++i) {
        ImportRecord &record = plan.records[i];
        const QStringList blocking = settle(record, context);
        if (!blocking.isEmpty()) {
            plan.report.rejectedRows << RejectedRow{record.file, record.line, blocking.join(QLatin1Char(' '))};
            Row row;
            row.record = i;
            row.action = Action::Reject;
            plan.rows << row;
            continue;
        }
        DuplicateCandidate::Reason reason;
        const DuplicateIndex::Keys keys = DuplicateIndex::keysOf(record.actor);
        const qint64 twin = inFile.find(keys, &reason);
        const DuplicateMode rowMode = perRow.value(i, mode);
        if (twin && rowMode != DuplicateMode::Create) {
            planRepeat(plan, i, int(-twin - 1), reason, rowMode);
            continue;
        }
        inFile.add(-(i + 1), QString(), QString(), keys);
        if (record.entry && !m_previous.contains(record.entry->kind))
            m_previous.insert(record.entry->kind, store.registerEntries(record.entry->kind));
        Row row = planRow(record, i, perRow.value(i, mode), existing, keys);
        planBand(row, record, observatory);
        count(plan.report, row, record);
        if (record.entry)
            noteRegisterChanges(plan, record, store);
        plan.rows << row;
    }
    const auto byLine = [](const RejectedRow &a, const RejectedRow &b) { return a.file == b.file ? a.line < b.line : a.file < b.file; };
    std::sort(plan.report.rejectedRows.begin(), plan.report.rejectedRows.end(), byLine);
    std::stable_sort(plan.report.warningRows.begin(), plan.report.warningRows.end(), byLine);
    return plan;
}

void ActorImporter::planRepeat(Plan &plan, int index, int firstIndex, DuplicateCandidate::Reason reason, DuplicateMode mode)
{
    // A unit given twice in the files follows the duplicates' rule like one
    // already in the directory: skipped, or its values brought to the first
    // row's actor. It corrupts nothing, so it is never rejected.
    const ImportRecord &record = plan.records.at(index);
    const ImportRecord &first = plan.records.at(firstIndex);
    const QString where = QFileInfo(first.file).fileName() == QFileInfo(record.file).fileName()
        ? tr("line %1").arg(first.line)
        : tr("line %1 of %2").arg(first.line).arg(QFileInfo(first.file).fileName());
    const QString repeat = tr("Line %1 of %2 repeats %3 (%4):").arg(record.line).arg(QFileInfo(record.file).fileName(), where,
                                                                      DuplicateIndex::reasonText(reason));
    if (mode == DuplicateMode::Skip) {
        plan.report.notes << repeat + QLatin1Char(' ') + tr("skipped.");
    } else {
        mergeTwin(plan, firstIndex, record, mode);
        plan.report.notes << repeat + QLatin1Char(' ') + tr("its values were brought to the actor of that line.");
    }
    Row row;
    row.record = index;
    row.action = Action::Skip;
    row.mode = mode;
    ++plan.report.skipped;
    plan.rows << row;
}

void ActorImporter::count(ImportReport &report, const Row &row, const ImportRecord &record)
{
    switch (row.action) {
    case Action::Create: ++report.created; break;
    case Action::Update: ++report.updated; break;
    case Action::Skip: ++report.skipped; break;
    case Action::Reject: break;
    }
    if ((row.action == Action::Create || row.action == Action::Update) && !record.warnings.isEmpty()) {
        ++report.warned;
        for (const QString &w : record.warnings)
            report.warningRows << RejectedRow{record.file, record.line, w};
    }
}

void ActorImporter::mergeTwin(Plan &plan, int firstIndex, const ImportRecord &twin, DuplicateMode mode)
{
    ImportRecord &first = plan.records[firstIndex];
    first.actor = merge(first.actor, twin.actor, twin.provided, mode);
    first.provided.unite(twin.provided);
    Row &row = plan.rows[firstIndex];
    if (!row.before || (row.action != Action::Update && row.action != Action::Skip) || row.mode == DuplicateMode::Skip)
        return;
    // The first row updates an actor of the directory: what it writes over
    // it now has the second row's values too.
    auto result = std::make_shared<Actor>(merge(*row.before, first.actor, first.provided, row.mode));
    const Action now = result->sameContent(*row.before) && row.band.isEmpty() ? Action::Skip : Action::Update;
    if (now != row.action) {
        now == Action::Update ? (++plan.report.updated, --plan.report.skipped) : (--plan.report.updated, ++plan.report.skipped);
        row.action = now;
    }
    row.result = std::move(result);
}

ActorImporter::Row ActorImporter::planRow(const ImportRecord &record, int index, DuplicateMode mode, const DuplicateIndex &existing,
                                          const DuplicateIndex::Keys &keys)
{
    Row row;
    row.record = index;
    row.action = Action::Create;
    row.existingId = existing.find(keys, &row.reason);
    if (!row.existingId)
        return row;
    row.existingName = existing.name(row.existingId);
    row.mode = mode;
    switch (row.mode) {
    case DuplicateMode::Skip:
        row.action = Action::Skip;
        break;
    case DuplicateMode::Create:
        break;
    case DuplicateMode::UpdateEmpty:
    case DuplicateMode::Overwrite: {
        const std::optional<Actor> before = m_actors->load(row.existingId);
        if (!before)
            break;
        auto result = std::make_shared<Actor>(merge(*before, record.actor, record.provided, row.mode));
        row.action = result->sameContent(*before) ? Action::Skip : Action::Update;
        row.before = std::make_shared<const Actor>(*before);
        row.result = std::move(result);
        break;
    }
    }
    return row;
}

void ActorImporter::noteRegisterChanges(Plan &plan, const ImportRecord &record, ImportStore &store)
{
    const RegisterEntry &now = *record.entry;
    if (!m_previous.contains(now.kind))
        m_previous.insert(now.kind, store.registerEntries(now.kind));
    const auto &known = m_previous[now.kind];
    const auto it = known.constFind(now.key);
    QList<RegisterChange> &changes = plan.report.changes;
    if (it == known.constEnd()) {
        changes << RegisterChange{RegisterChange::Kind::New, now.key, now.name, {}, {}};
        return;
    }
    if (now.closed && !it->closed)
        changes << RegisterChange{RegisterChange::Kind::Closed, now.key, now.name, {}, now.closedOn};
    if (!now.closed && it->closed)
        changes << RegisterChange{RegisterChange::Kind::Reopened, now.key, now.name, {}, {}};
    if (now.name != it->name)
        changes << RegisterChange{RegisterChange::Kind::Renamed, now.key, now.name, it->name, now.name};
    const QString was = QStringLiteral("%1 %2 %3").arg(it->address, it->postcode, it->communeName).simplified();
    const QString is = QStringLiteral("%1 %2 %3").arg(now.address, now.postcode, now.communeName).simplified();
    if (was != is)
        changes << RegisterChange{RegisterChange::Kind::Moved, now.key, now.name, was, is};
    if (now.headcountBand != it->headcountBand)
        changes << RegisterChange{RegisterChange::Kind::BandChanged, now.key, now.name, it->headcountBand, now.headcountBand};
}

bool ActorImporter::createSectors(const Plan &plan, QHash<QString, qint64> *ids, Batch *batch)
{
    SectorStore sectors(m_actors->connectionName());
    for (const Row &row : plan.rows) {
        const QString name = plan.records.at(row.record).newSector.trimmed();
        if (row.action == Action::Reject || row.action == Action::Skip || name.isEmpty() || ids->contains(TextKey::normalizedName(name)))
            continue;
        Sector sector;
        sector.name = name;
        if (!sectors.add(sector)) {
            m_error = tr("The sector “%1” could not be created (%2): nothing was imported.").arg(name, sectors.errorString());
            return false;
        }
        ids->insert(TextKey::normalizedName(name), sector.id);
        if (batch)
            batch->createdSectors << sector;
    }
    return true;
}

bool ActorImporter::writeRow(const Plan &plan, const Row &row, ActorWriter &writer, ImportStore &store, Batch *batch,
                             const QHash<QString, qint64> &sectors)
{
    const ImportRecord &record = plan.records.at(row.record);
    Actor a = row.action == Action::Update ? *row.result : record.actor;
    if (row.action == Action::Create)
        a.id = 0;
    if (!record.newSector.isEmpty() && (row.action == Action::Create || !a.sectorId))
        a.sectorId = sectors.value(TextKey::normalizedName(record.newSector));
    if (!writer.write(a)) {
        m_error = tr("Line %1 of “%2” could not be written (%3): nothing was imported.").arg(record.line).arg(record.file, writer.errorString());
        return false;
    }
    const bool created = row.action == Action::Create;
    if (!store.addBatchItem(m_batchId, a.id, created ? QStringLiteral("created") : QStringLiteral("updated"))) {
        m_error = tr("The import could not be recorded (%1).").arg(store.errorString());
        return false;
    }
    if (batch && created)
        batch->created << a;
    else if (batch)
        batch->updated << qMakePair(*row.before, a);
    m_lastActorId = a.id;
    return true;
}

ImportStore::Batch ActorImporter::batchInfo(const Plan &plan)
{
    ImportStore::Batch info;
    info.format = plan.format;
    QStringList names;
    for (const QString &f : plan.files)
        names << QDir::toNativeSeparators(f);
    info.files = names.join(QLatin1Char('\n'));
    info.created = plan.report.created;
    info.updated = plan.report.updated;
    info.skipped = plan.report.skipped;
    info.rejected = plan.report.rejected();
    return info;
}

bool ActorImporter::writeRows(const Plan &plan, ActorWriter &writer, ImportStore &store, Batch *batch,
                              const QHash<QString, qint64> &sectors, const Progress &progress)
{
    ObservatoryStore observatory(m_actors->connectionName());
    QHash<QString, QHash<QString, RegisterEntry>> previous;
    const int total = int(plan.rows.size());
    int done = 0;
    for (const Row &row : plan.rows) {
        if (progress && (done % 256 == 0) && !progress(done, total)) {
            m_error = tr("The import was cancelled: nothing was written.");
            return false;
        }
        ++done;
        if (row.action == Action::Reject)
            continue;
        m_lastActorId = row.existingId;
        if (row.action != Action::Skip && !writeRow(plan, row, writer, store, batch, sectors))
            return false;
        const ImportRecord &record = plan.records.at(row.record);
        if (!record.entry)
            continue;
        RegisterEntry entry = *record.entry;
        entry.actorId = m_lastActorId;
        entry.batchId = m_batchId;
        if (!previous.contains(entry.kind))
            previous.insert(entry.kind, store.registerEntries(entry.kind));
        const auto &known = previous[entry.kind];
        const auto it = known.constFind(entry.key);
        if (!store.upsertEntry(entry)) {
            m_error = tr("The register data could not be written (%1): nothing was imported.").arg(store.errorString());
            return false;
        }
        // Archived by this import: since the day the register says it
        // closed, not the day of the import (the observatory counts it until then).
        const bool archivedNow = row.action == Action::Create ? record.actor.archived
                                                              : row.action == Action::Update && row.result && row.result->archived
                                                                  && row.before && !row.before->archived;
        const QDate closedOn = QDate::fromString(entry.closedOn, Qt::ISODate);
        if (archivedNow && entry.closed && closedOn.isValid()) {
            if (!observatory.setArchivedOn(m_lastActorId, closedOn)) {
                m_error = tr("The register data could not be written (%1): nothing was imported.").arg(observatory.errorString());
                return false;
            }
            if (batch)
                batch->archivedOn << qMakePair(m_lastActorId, closedOn);
        }
        if (!row.band.isEmpty()) {
            const QString before = observatory.headcountBand(m_lastActorId);
            if (!observatory.setHeadcountBand(m_lastActorId, row.band)) {
                m_error = tr("The register data could not be written (%1): nothing was imported.").arg(observatory.errorString());
                return false;
            }
            if (batch)
                batch->bands << Batch::Band{m_lastActorId, before, row.band};
        }
        if (batch)
            batch->entries << qMakePair(it != known.constEnd() ? std::optional<RegisterEntry>(*it) : std::nullopt, entry);
    }
    return true;
}

void ActorImporter::planBand(Row &row, const ImportRecord &record, const ObservatoryStore &observatory)
{
    // A SIRENE band is an estimate of the actor's headcount (the observatory
    // shows it apart from declared jobs). It replaces a band that came from
    // the register, not one chosen by hand, unless the file is to win.
    if (!record.entry || record.entry->kind != QLatin1String("sirene") || HeadcountBand::indexOf(record.entry->headcountBand) < 0
        || row.action == Action::Reject || (row.action == Action::Skip && row.mode == DuplicateMode::Skip))
        return;
    const QString &band = record.entry->headcountBand;
    const QString now = row.existingId > 0 && row.action != Action::Create ? observatory.headcountBand(row.existingId) : QString();
    if (now == band)
        return;
    const auto &known = m_previous[record.entry->kind];
    const auto previous = known.constFind(record.entry->key);
    const bool fromRegister = now.isEmpty() || (previous != known.constEnd() && previous->headcountBand == now);
    if (!fromRegister && row.mode != DuplicateMode::Overwrite)
        return;
    row.band = band;
    if (row.action == Action::Skip && row.result)
        row.action = Action::Update;
}

bool ActorImporter::apply(const Plan &plan, Batch *batch, const Progress &progress)
{
    if (batch)
        *batch = {};
    const QString connection = m_actors->connectionName();
    ImportStore store(connection);
    const BulkWrite bulk(connection, plan.report.created + plan.report.updated);
    // Tens of thousands of rows: written once into the file, not into the
    // log first and into the file at the checkpoint (RollbackJournal).
    std::optional<RollbackJournal> journal;
    if (plan.report.created + plan.report.updated >= largeWrite)
        journal.emplace(connection);
    Transaction transaction(connection);
    if (!transaction.isActive()) {
        m_error = tr("The database cannot be written (%1).").arg(transaction.errorString());
        return false;
    }
    m_batchId = store.createBatch(batchInfo(plan));
    if (batch)
        batch->id = m_batchId;
    if (!m_batchId) {
        m_error = tr("The import could not be recorded (%1).").arg(store.errorString());
        return false;
    }
    QHash<QString, qint64> sectors;
    if (!createSectors(plan, &sectors, batch))
        return false;
    DeferredIndexes indexes(connection);
    if (!indexes.defer("actors", plan.report.created)) {
        m_error = tr("The database cannot be written (%1).").arg(indexes.errorString());
        return false;
    }
    ActorWriter writer(connection);
    writer.setDeferSearch(true);
    if (!writeRows(plan, writer, store, batch, sectors, progress))
        return false;
    if (!indexes.restore()) {
        m_error = tr("The import could not be saved (%1): nothing was imported.").arg(indexes.errorString());
        return false;
    }
    if (!writer.flushSearch()) {
        m_error = tr("The search index could not be written (%1): nothing was imported.").arg(writer.errorString());
        return false;
    }
    // The personal data journal names the import once, with its batch.
    // (The command line keeps no undo batch: the counts come from the plan.)
    PersonalDataJournal(connection).record(QStringLiteral("import"), QStringLiteral("actor"), m_batchId, {},
                                           QStringLiteral("%1 created, %2 updated").arg(plan.report.created).arg(plan.report.updated));
    if (progress && !progress(int(plan.rows.size()), int(plan.rows.size()))) {
        m_error = tr("The import was cancelled: nothing was written.");
        return false;
    }
    if (!transaction.commit()) {
        m_error = tr("The import could not be saved (%1): nothing was imported.").arg(transaction.errorString());
        return false;
    }
    m_actors->notifyReset();
    return true;
}

bool ActorImporter::revert(const Batch &batch)
{
    const QString connection = m_actors->connectionName();
    ImportStore store(connection);
    Transaction transaction(connection);
    bool ok = transaction.isActive();
    for (const Actor &a : batch.created) {
        if (ok)
            ok = m_actors->removeInTransaction(a.id);
    }
    for (const auto &pair : batch.updated) {
        Actor before = pair.first;
        if (ok)
            ok = m_actors->writeInTransaction(before);
    }
    for (const auto &pair : batch.entries) {
        if (!ok)
            break;
        ok = pair.first ? store.upsertEntry(*pair.first) : store.removeEntry(pair.second.kind, pair.second.key);
    }
    ObservatoryStore observatory(connection);
    for (auto band = batch.bands.crbegin(); ok && band != batch.bands.crend(); ++band)
        ok = observatory.setHeadcountBand(band->actorId, band->before);
    // The sectors the import created go with it, once no actor is left in them.
    SectorStore sectors(connection);
    for (const Sector &sector : batch.createdSectors) {
        if (ok && sectors.actorCount(sector.id) == 0)
            ok = sectors.remove(sector.id);
    }
    ok = ok && store.setBatchUndone(batch.id, true) && transaction.commit();
    if (!ok) {
        m_error = tr("The import could not be undone (%1).")
                      .arg(m_actors->errorString() + store.errorString() + sectors.errorString() + transaction.errorString());
        return false;
    }
    m_actors->notifyReset();
    return true;
}

bool ActorImporter::reapply(const Batch &batch)
{
    const QString connection = m_actors->connectionName();
    ImportStore store(connection);
    Transaction transaction(connection);
    bool ok = transaction.isActive();
    // The sectors first, with their ids: the actors name them.
    SectorStore sectors(connection);
    for (const Sector &sector : batch.createdSectors) {
        Sector again = sector;
        if (ok && sectors.sector(sector.id).id != sector.id)
            ok = sectors.add(again);
    }
    for (const Actor &a : batch.created) {
        Actor copy = a;
        if (ok)
            ok = m_actors->writeInTransaction(copy);
    }
    for (const auto &pair : batch.updated) {
        Actor after = pair.second;
        if (ok)
            ok = m_actors->writeInTransaction(after);
    }
    for (const auto &pair : batch.entries) {
        if (ok)
            ok = store.upsertEntry(pair.second);
    }
    ObservatoryStore observatory(connection);
    for (const Batch::Band &band : batch.bands) {
        if (ok)
            ok = observatory.setHeadcountBand(band.actorId, band.after);
    }
    for (const auto &archived : batch.archivedOn) {
        if (ok)
            ok = observatory.setArchivedOn(archived.first, archived.second);
    }
    ok = ok && store.setBatchUndone(batch.id, false) && transaction.commit();
    if (!ok) {
        m_error = tr("The import could not be redone (%1).")
                      .arg(m_actors->errorString() + store.errorString() + sectors.errorString() + transaction.errorString());
        return false;
    }
    m_actors->notifyReset();
    return true;
}
