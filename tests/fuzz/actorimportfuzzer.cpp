// libFuzzer: a spreadsheet of actors through the path of "essaim import
// actors" (ImportSource with a column mapping, then ActorImporter's plan,
// apply and undo) must end in actors or a sentence, and keep its promises:
// every accepted row has a name, line numbers are within the file, the
// report adds up, an import that fails writes nothing, and its undo leaves
// the directory as it found it.
#include "fuzzsupport.h"
#include "models/interchange/actorimporter.h"
#include "models/interchange/importfield.h"
#include "models/interchange/importsource.h"
#include "models/interchange/tabularfile.h"
#include "models/stores/actorstore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString path = FuzzSupport::writeFile(QStringLiteral("actors.csv"), bytes);
    const int lines = FuzzSupport::lineCount(bytes);
    ActorStore actors(FuzzSupport::database().connectionName());

    // The first byte picks the mapping: guessed from the header, or one
    // field per column in an order drawn from the byte.
    ImportSource::Options options;
    if (data[0] & 1) {
        TabularFile file;
        if (file.load(path)) {
            const QStringList codes = ImportField::codes();
            ImportMapping mapping(file.header());
            for (int c = 0; c < file.header().size() && c < 16; ++c)
                mapping.setField(c, codes.at((c * 7 + data[0] / 2) % codes.size()));
            options.mappings.insert(path, mapping);
        }
    }
    QList<ImportRecord> records;
    QList<RejectedRow> rejected;
    ImportSource source;
    if (!source.read({path}, options, FuzzSupport::context(), &records, &rejected)) {
        FUZZ_CHECK(!source.errorString().isEmpty());
        return 0;
    }
    for (const ImportRecord &r : records) {
        FUZZ_CHECK(!r.actor.name.trimmed().isEmpty());
        FUZZ_CHECK(r.line >= 1 && r.line <= lines);
    }
    for (const RejectedRow &r : rejected) {
        FUZZ_CHECK(r.line >= 1 && r.line <= lines);
        FUZZ_CHECK(!r.reason.isEmpty());
    }

    const int before = actors.count(true);
    ActorImporter importer(&actors);
    const ActorImporter::Plan plan = importer.plan(records, rejected, ActorImporter::DuplicateMode::Skip);
    const ImportReport &report = plan.report;
    FUZZ_CHECK(report.created + report.updated + report.skipped + report.rejected() == int(records.size() + rejected.size()));
    for (const ActorImporter::Row &row : plan.rows) {
        // A creation writes its record's actor; an update what it keeps of both.
        if (row.action == ActorImporter::Action::Create)
            FUZZ_CHECK(!plan.records.at(row.record).actor.name.trimmed().isEmpty());
        if (row.action == ActorImporter::Action::Update)
            FUZZ_CHECK(row.result && !row.result->name.trimmed().isEmpty());
    }
    ActorImporter::Batch batch;
    if (!importer.apply(plan, &batch)) {
        FUZZ_CHECK(actors.count(true) == before); // all or nothing
        return 0;
    }
    FUZZ_CHECK(actors.count(true) == before + int(batch.created.size()));
    FUZZ_CHECK(int(batch.created.size()) == report.created);
    FUZZ_CHECK(importer.revert(batch));
    FUZZ_CHECK(actors.count(true) == before);
    return 0;
}
