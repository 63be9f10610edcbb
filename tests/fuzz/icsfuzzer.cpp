// libFuzzer: an iCalendar file must end in events or a sentence with its
// line: every event has a start, does not end before it starts, every
// skipped defect and the refusal name a line within the file, and a refused
// file gives no event.
#include "fuzzsupport.h"
#include "models/interchange/icsimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::scratch();
    const QByteArray bytes = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = FuzzSupport::lineCount(bytes);
    IcsImporter importer;
    const bool ok = importer.read(bytes);
    for (const IcsImporter::Issue &issue : importer.issues())
        FUZZ_CHECK(issue.line >= 0 && issue.line <= lines && !issue.message.isEmpty());
    if (!ok) {
        FUZZ_CHECK(!importer.errorString().isEmpty());
        FUZZ_CHECK(importer.errorLine() >= 0 && importer.errorLine() <= lines);
        FUZZ_CHECK(importer.events().isEmpty());
        return 0;
    }
    for (const Event &e : importer.events()) {
        FUZZ_CHECK(e.start.isValid());
        FUZZ_CHECK(!e.end.isValid() || e.end >= e.start);
    }
    return 0;
}
