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
    QStringList fields;
    return readViews(text, [&handler, &fields](int line, const QList<QStringView> &views) {
        fields.clear();
        fields.reserve(views.size());
        for (const QStringView v : views)
            fields << v.toString();
        return handler(line, fields);
    });
}

bool CsvReader::readViews(const QString &text, const ViewHandler &handler)
{
    m_error.clear();
    m_errorLine = 0;
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    const char16_t sep = m_separator.unicode();
    QList<QStringView> record;
    // Unescaped quoted fields live here until the record is handed over;
    // views keep pointing at their heap data when the list grows.
    QList<QString> scratch;
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
        QStringView field;
        if (data[i].unicode() == u'"') {
            const int startLine = line;
            ++i;
            const qsizetype contentStart = i;
            bool closed = false;
            bool escaped = false;
            while (i < n) {
                const char16_t c = data[i].unicode();
                if (c == u'"') {
                    if (i + 1 < n && data[i + 1].unicode() == u'"') {
                        escaped = true;
                        i += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && data[i + 1].unicode() == u'\n')))
                    ++line;
                ++i;
                if (i - contentStart > m_maxField)
                    return tooLong(startLine);
            }
            if (!closed) {
                m_errorLine = startLine;
                m_error = tr("The file ends inside a quoted field that begins on line %1: it is probably truncated, or a quote is missing. Check the file in a spreadsheet and save it again.")
                              .arg(startLine);
                return false;
            }
            const qsizetype contentEnd = i;
            ++i; // closing quote
            // Text after the closing quote and before the separator belongs
            // to the field (lenient, as spreadsheets are).
            const qsizetype tail = i;
            while (i < n && data[i].unicode() != sep && data[i].unicode() != u'\n' && data[i].unicode() != u'\r')
                ++i;
            if (!escaped && i == tail) {
                field = QStringView(data + contentStart, contentEnd - contentStart);
            } else {
                QString unescaped = QString(data + contentStart, contentEnd - contentStart);
                if (escaped)
                    unescaped.replace(QLatin1String("\"\""), QLatin1String("\""));
                unescaped.append(data + tail, i - tail);
                if (unescaped.size() > m_maxField)
                    return tooLong(startLine);
                scratch << unescaped;
                field = QStringView(scratch.last());
            }
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
            field = QStringView(data + start, i - start);
        }
        record << field;
        if (i >= n)
            break;
        const char16_t c = data[i].unicode();
        if (c == sep) {
            ++i;
            if (i >= n) {
                record << QStringView();
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
        scratch.clear();
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
