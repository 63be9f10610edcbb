#include "csvreader.h"

#include <QFile>
#include <QLocale>

CsvReader::CsvReader(QChar separator)
    : m_separator(separator)
{
}

QList<QStringList> CsvReader::parse(const QString &text) const
{
    QList<QStringList> records;
    CsvReader reader(m_separator);
    reader.setMaxFieldLength(m_maxField);
    reader.read(text, [&records](int, const QStringList &fields) {
        records << fields;
        return true;
    });
    return records;
}

bool CsvReader::read(const QString &text, const RecordHandler &handler)
{
    m_error.clear();
    m_errorLine = 0;
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    const char16_t sep = m_separator.unicode();
    QStringList record;
    QString quoted;
    int line = 1;
    int recordLine = 1;
    qsizetype i = 0;
    bool recordStarted = false;

    auto tooLong = [&](int at) {
        m_errorLine = at;
        m_error = tr("Line %1 holds a field longer than %2 characters: this is not a table that can be imported. Check that you chose the right file.")
                      .arg(at)
                      .arg(QLocale().toString(m_maxField));
        return false;
    };

    while (i < n) {
        // Start of a field.
        if (!recordStarted) {
            recordLine = line;
            // An empty line holds no record.
            const char16_t c = data[i].unicode();
            if (c == u'\n' || c == u'\r') {
                if (c == u'\r' && i + 1 < n && data[i + 1].unicode() == u'\n')
                    ++i;
                ++i;
                ++line;
                continue;
            }
            recordStarted = true;
        }
        QString field;
        if (data[i].unicode() == u'"') {
            const int startLine = line;
            quoted.clear();
            ++i;
            bool closed = false;
            qsizetype runStart = i;
            while (i < n) {
                const char16_t c = data[i].unicode();
                if (c == u'"') {
                    quoted.append(data + runStart, i - runStart);
                    if (i + 1 < n && data[i + 1].unicode() == u'"') {
                        quoted.append(QLatin1Char('"'));
                        i += 2;
                        runStart = i;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && data[i + 1].unicode() == u'\n')))
                    ++line;
                ++i;
                if (i - runStart + quoted.size() > m_maxField)
                    return tooLong(startLine);
            }
            if (!closed) {
                m_errorLine = startLine;
                m_error = tr("The file ends inside a quoted field that begins on line %1: it is probably truncated, or a quote is missing. Check the file in a spreadsheet and save it again.")
                              .arg(startLine);
                return false;
            }
            // Text after the closing quote and before the separator belongs
            // to the field (lenient, as spreadsheets are).
            const qsizetype tail = i;
            while (i < n && data[i].unicode() != sep && data[i].unicode() != u'\n' && data[i].unicode() != u'\r')
                ++i;
            if (i > tail)
                quoted.append(data + tail, i - tail);
            field = quoted;
        } else {
            const qsizetype start = i;
            while (i < n) {
                const char16_t c = data[i].unicode();
                if (c == sep || c == u'\n' || c == u'\r')
                    break;
                ++i;
            }
            if (i - start > m_maxField)
                return tooLong(line);
            field = QString(data + start, i - start);
        }
        if (field.size() > m_maxField)
            return tooLong(line);
        record << field;
        if (i >= n) {
            break;
        }
        const char16_t c = data[i].unicode();
        if (c == sep) {
            ++i;
            if (i >= n) {
                record << QString();
                break;
            }
            continue;
        }
        // End of record.
        if (c == u'\r' && i + 1 < n && data[i + 1].unicode() == u'\n')
            ++i;
        ++i;
        ++line;
        recordStarted = false;
        if (!handler(recordLine, record)) {
            m_errorLine = recordLine;
            return false;
        }
        record.clear();
    }
    if (recordStarted && !record.isEmpty()) {
        if (!handler(recordLine, record)) {
            m_errorLine = recordLine;
            return false;
        }
    }
    return true;
}

QChar CsvReader::detectSeparator(const QString &sample)
{
    const QChar candidates[] = {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'), QLatin1Char('|')};
    QChar best = QLatin1Char(',');
    double bestScore = 0;
    for (const QChar sep : candidates) {
        CsvReader reader(sep);
        QList<int> counts;
        reader.read(sample, [&counts](int, const QStringList &fields) {
            counts << int(fields.size());
            return counts.size() < 50;
        });
        // The last record of a sample may be cut: leave it out when there are others.
        if (counts.size() > 2)
            counts.removeLast();
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        int regular = 0;
        for (int c : counts)
            regular += c == counts.first() ? 1 : 0;
        const double score = double(regular) / counts.size() * 1000 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = sep;
        }
    }
    return best;
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
