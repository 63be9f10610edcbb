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

/// Where readViews() is in the text: the position and the physical line.
struct CsvReader::Cursor {
    const QChar *data;
    qsizetype size;
    qsizetype at = 0;
    int line = 1;

    char16_t current() const { return data[at].unicode(); }
    bool crlfAt(qsizetype i) const { return data[i].unicode() == u'\r' && i + 1 < size && data[i + 1].unicode() == u'\n'; }
    /// Steps over one line end (CRLF, LF or CR) at the cursor.
    void skipLineEnd()
    {
        if (crlfAt(at))
            ++at;
        ++at;
        ++line;
    }
};

bool CsvReader::tooLong(int line)
{
    m_errorLine = line;
    m_error = tr("Line %1 holds a field longer than %2 characters: this is not a table that can be imported. Check that you chose the right file.")
                  .arg(line)
                  .arg(QLocale().toString(m_maxField));
    return false;
}

bool CsvReader::readQuoted(Cursor &c, QList<QString> &scratch, QStringView *field)
{
    const int startLine = c.line;
    ++c.at;
    const qsizetype contentStart = c.at;
    bool closed = false;
    bool escaped = false;
    while (c.at < c.size) {
        const char16_t ch = c.current();
        if (ch == u'"') {
            if (c.at + 1 < c.size && c.data[c.at + 1].unicode() == u'"') {
                escaped = true;
                c.at += 2;
                continue;
            }
            closed = true;
            break;
        }
        if (ch == u'\n' || (ch == u'\r' && !c.crlfAt(c.at)))
            ++c.line;
        ++c.at;
        if (c.at - contentStart > m_maxField)
            return tooLong(startLine);
    }
    if (!closed) {
        m_errorLine = startLine;
        m_error = tr("The file ends inside a quoted field that begins on line %1: it is probably truncated, or a quote is missing. Check the file in a spreadsheet and save it again.")
                      .arg(startLine);
        return false;
    }
    const qsizetype contentEnd = c.at;
    ++c.at; // closing quote
    // Text after the closing quote and before the separator belongs
    // to the field (lenient, as spreadsheets are).
    const qsizetype tail = c.at;
    const char16_t sep = m_separator.unicode();
    while (c.at < c.size && c.current() != sep && c.current() != u'\n' && c.current() != u'\r')
        ++c.at;
    if (!escaped && c.at == tail) {
        *field = QStringView(c.data + contentStart, contentEnd - contentStart);
        return true;
    }
    QString unescaped = QString(c.data + contentStart, contentEnd - contentStart);
    if (escaped)
        unescaped.replace(QLatin1String("\"\""), QLatin1String("\""));
    unescaped.append(c.data + tail, c.at - tail);
    if (unescaped.size() > m_maxField)
        return tooLong(startLine);
    scratch << unescaped;
    *field = QStringView(scratch.last());
    return true;
}

bool CsvReader::readPlain(Cursor &c, QStringView *field)
{
    const char16_t sep = m_separator.unicode();
    const qsizetype start = c.at;
    while (c.at < c.size) {
        const char16_t ch = c.current();
        if (ch == sep || ch == u'\n' || ch == u'\r')
            break;
        ++c.at;
    }
    if (c.at - start > m_maxField)
        return tooLong(c.line);
    *field = QStringView(c.data + start, c.at - start);
    return true;
}

bool CsvReader::readViews(const QString &text, const ViewHandler &handler)
{
    m_error.clear();
    m_errorLine = 0;
    Cursor c{text.constData(), text.size()};
    const char16_t sep = m_separator.unicode();
    QList<QStringView> record;
    // Unescaped quoted fields live here until the record is handed over;
    // views keep pointing at their heap data when the list grows.
    QList<QString> scratch;
    int recordLine = 1;
    bool recordStarted = false;
    const auto hand = [&] {
        if (handler(recordLine, record))
            return true;
        m_errorLine = recordLine;
        return false;
    };
    while (c.at < c.size) {
        if (!recordStarted) {
            recordLine = c.line;
            // An empty line holds no record.
            if (c.current() == u'\n' || c.current() == u'\r') {
                c.skipLineEnd();
                continue;
            }
            recordStarted = true;
        }
        QStringView field;
        if (!(c.current() == u'"' ? readQuoted(c, scratch, &field) : readPlain(c, &field)))
            return false;
        record << field;
        if (c.at >= c.size)
            break;
        if (c.current() == sep) {
            ++c.at;
            if (c.at >= c.size) {
                record << QStringView();
                break;
            }
            continue;
        }
        // End of record.
        c.skipLineEnd();
        recordStarted = false;
        if (!hand())
            return false;
        record.clear();
        scratch.clear();
    }
    return !(recordStarted && !record.isEmpty()) || hand();
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

QList<QStringList> CsvReader::readFile(const QString &path, QChar separator)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return CsvReader(separator).parse(text);
}
