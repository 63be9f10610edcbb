// libFuzzer entry point: any bytes given to the import's reader must end in
// records or in a sentence, never in a crash, a hang or undefined behaviour.
#include "models/interchange/csvreader.h"
#include "models/interchange/importvalue.h"
#include "models/interchange/tabularfile.h"
#include "models/interchange/textdecoder.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (TextDecoder::Encoding e : TextDecoder::encodings())
        (void)TextDecoder::decode(bytes, e);
    (void)TextDecoder::isValidUtf8(bytes);

    TabularFile file;
    if (file.loadData(QByteArray(bytes), QStringLiteral("fuzz.csv"))) {
        (void)file.preview(5);
        int cells = 0;
        file.forEachRow([&cells](int line, const QStringList &fields) {
            Q_ASSERT(line > 0);
            for (const QString &f : fields) {
                cells += int(f.size() > 0);
                if (f.size() < 64) {
                    (void)ImportValue::decimal(f);
                    (void)ImportValue::date(f);
                    (void)ImportValue::boolean(f);
                }
            }
            return true;
        });
    }
    // The reader with a tiny field limit, on the text as UTF-8.
    CsvReader reader(QLatin1Char(';'));
    reader.setMaxFieldLength(16);
    reader.read(QString::fromUtf8(bytes), [](int, const QStringList &) { return true; });
    (void)CsvReader::detectSeparator(QString::fromLatin1(bytes));
    return 0;
}
