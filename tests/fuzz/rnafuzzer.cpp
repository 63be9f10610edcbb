// libFuzzer: an RNA file (the register of associations) must end in
// records or a sentence: every association kept has a name and an RNA
// number, and names a line within the file.
#include "fuzzsupport.h"
#include "models/interchange/rnareader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = FuzzSupport::writeFile(QStringLiteral("rna_waldec.csv"), bytes);
    const int lines = FuzzSupport::lineCount(bytes);
    for (bool keepOutside : {false, true}) {
        RnaReader reader(&FuzzSupport::context());
        reader.setKeepOutsideTerritory(keepOutside);
        QList<ImportRecord> records;
        QList<RejectedRow> rejected;
        if (!reader.read({path}, &records, &rejected)) {
            FUZZ_CHECK(!reader.errorString().isEmpty());
            continue;
        }
        for (const ImportRecord &r : records) {
            FUZZ_CHECK(!r.actor.name.trimmed().isEmpty());
            FUZZ_CHECK(!r.actor.rna.isEmpty());
            FUZZ_CHECK(r.line >= 1 && r.line <= lines);
        }
        for (const RejectedRow &r : rejected)
            FUZZ_CHECK(r.line >= 1 && r.line <= lines && !r.reason.isEmpty());
    }
    return 0;
}
