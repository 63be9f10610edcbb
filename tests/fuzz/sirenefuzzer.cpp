// libFuzzer: a pair of SIRENE stock files (StockUniteLegale and
// StockEtablissement, split where the first byte says) must end in records
// or a sentence: every record has a name and a SIREN of nine digits, names
// a line within its file, and no more units are kept than the file holds.
#include "fuzzsupport.h"
#include "models/interchange/sirenereader.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype cut = bytes.size() * data[0] / 255;
    const QByteArray units = bytes.left(cut);
    const QByteArray establishments = bytes.mid(cut);
    const QStringList paths{FuzzSupport::writeFile(QStringLiteral("StockUniteLegale.csv"), units),
                            FuzzSupport::writeFile(QStringLiteral("StockEtablissement.csv"), establishments)};
    const int lines = std::max(FuzzSupport::lineCount(units), FuzzSupport::lineCount(establishments));

    SireneReader reader(&FuzzSupport::context());
    QList<ImportRecord> records;
    QList<RejectedRow> rejected;
    if (!reader.read(paths, &records, &rejected)) {
        FUZZ_CHECK(!reader.errorString().isEmpty());
        return 0;
    }
    static const QRegularExpression siren(QStringLiteral("^\\d{9}$"));
    for (const ImportRecord &r : records) {
        FUZZ_CHECK(!r.actor.name.trimmed().isEmpty());
        FUZZ_CHECK(siren.match(r.actor.siren).hasMatch());
        FUZZ_CHECK(r.line >= 1 && r.line <= lines);
    }
    for (const RejectedRow &r : rejected)
        FUZZ_CHECK(r.line >= 1 && r.line <= lines && !r.reason.isEmpty());
    FUZZ_CHECK(records.size() <= reader.counts().units);
    return 0;
}
