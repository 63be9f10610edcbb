#include "csvreader.h"

#include <QFile>

CsvReader::CsvReader(QChar separator)
    : m_separator(separator)
{
}

QList<QStringList> CsvReader::parse(const QString &text) const
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    const int n = text.size();
    auto endRecord = [&] {
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record << field;
            records << record;
        }
        record.clear();
        field.clear();
        fieldStarted = false;
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == m_separator) {
            record << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    endRecord();
    return records;
}

QList<QStringList> CsvReader::readFile(const QString &path, QChar separator, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return CsvReader(separator).parse(text);
}
