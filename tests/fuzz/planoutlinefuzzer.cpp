// libFuzzer: a plan outline (the text format of "essaim import plan") is
// all or nothing: a refused text gives no plan and says why, line by line,
// each line within the text; an accepted one gives plans with a name whose
// items all have a title and a parent among the items before them.
#include "fuzzsupport.h"
#include "models/interchange/planoutlinereader.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::scratch();
    const QByteArray bytes = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    const int lines = FuzzSupport::lineCount(bytes);
    PlanOutlineReader reader;
    if (!reader.read(text)) {
        FUZZ_CHECK(reader.plans().isEmpty());
        FUZZ_CHECK(!reader.errors().isEmpty());
        for (const QString &e : reader.errors()) {
            if (e.startsWith(QLatin1String("line "))) {
                const int line = e.section(QLatin1Char(' '), 1, 1).section(QLatin1Char(':'), 0, 0).toInt();
                FUZZ_CHECK(line >= 1 && line <= lines);
            }
        }
        return 0;
    }
    for (const PlanOutlineReader::Result &r : reader.plans()) {
        FUZZ_CHECK(!r.plan.name.trimmed().isEmpty());
        QSet<qint64> seen;
        for (const PlanItem &item : r.items) {
            FUZZ_CHECK(!item.title.trimmed().isEmpty());
            FUZZ_CHECK(item.parentId == 0 || seen.contains(item.parentId));
            seen.insert(item.id);
        }
    }
    return 0;
}
