// libFuzzer: a CSV of reference figures (Essaim's layout or URSSAF's open
// data) must end in figures or a sentence: a refused file gives no figure;
// every figure has a code and a year, no negative count, a share within
// 0-100 %.
#include "fuzzsupport.h"
#include "models/interchange/referencefigurescsvreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::scratch();
    const QByteArray bytes = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    ReferenceFiguresCsvReader reader;
    if (!reader.readText(QString::fromUtf8(bytes), QStringLiteral("fuzz.csv"))) {
        FUZZ_CHECK(!reader.errorString().isEmpty());
        FUZZ_CHECK(reader.figures().isEmpty());
        return 0;
    }
    for (const ReferenceFigure &f : reader.figures()) {
        FUZZ_CHECK(!f.code.isEmpty());
        FUZZ_CHECK(f.year > 0);
        for (const auto &count : {f.totalEmployment, f.privateEmployment, f.employerEstablishments, f.essJobs, f.essEstablishments})
            FUZZ_CHECK(!count || *count >= 0);
        FUZZ_CHECK(!f.essSharePct || (*f.essSharePct >= 0 && *f.essSharePct <= 100));
    }
    return 0;
}
