#include "tabularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

bool TabularFile::load(const QString &path, const Options &options)
{
    m_name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        m_error = tr("The file “%1” does not exist or is a folder. Choose a CSV or TSV file.").arg(m_name);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The file “%1” cannot be read (%2). Check that it is not open in another program.").arg(m_name, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        m_error = tr("The file “%1” cannot be read (%2). Check that it is not open in another program.").arg(m_name, file.errorString());
        return false;
    }
    return loadData(bytes, m_name, options);
}

bool TabularFile::loadData(const QByteArray &bytes, const QString &name, const Options &options)
{
    m_name = name;
    m_error.clear();
    m_warnings.clear();
    m_header.clear();
    m_text.clear();
    if (TextDecoder::looksBinary(bytes)) {
        m_error = tr("The file “%1” is not a text table (it holds binary data). Save it from your spreadsheet as CSV and import that file.").arg(m_name);
        return false;
    }
    m_encoding = options.encoding ? *options.encoding : TextDecoder::detect(bytes);
    m_text = TextDecoder::decode(bytes, m_encoding);
    // Empty once decoded: a byte-order mark alone, blank lines.
    if (m_text.trimmed().isEmpty()) {
        m_error = tr("The file “%1” is empty: there is nothing to import.").arg(m_name);
        return false;
    }
    if (m_text.contains(QChar(0xFFFD))) {
        m_warnings << tr("Some characters of “%1” were already lost before the file reached Essaim (they show as �). Check the accents of the imported names.")
                          .arg(m_name);
    }
    // Excel's hint, "sep=;" alone on the first line, written by programs that
    // make CSV for Excel: it names the separator and is no row of the table.
    // Its line is emptied, not removed, so that rows keep their line numbers.
    static const QRegularExpression hint(QStringLiteral("^\"?sep=([^\\r\\n])\"?[ \\t]*(?=[\\r\\n]|$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QChar hinted;
    if (const QRegularExpressionMatch m = hint.match(m_text); m.hasMatch()) {
        hinted = m.captured(1).at(0);
        m_text.remove(0, m.capturedLength());
    }
    if (!options.separator.isNull())
        m_separator = options.separator;
    else if (!hinted.isNull())
        m_separator = hinted;
    else
        m_separator = CsvReader::detectSeparator(m_text.left(65536));

    CsvReader reader(m_separator);
    bool found = false;
    reader.read(m_text, [this, &found](int line, const QStringList &fields) {
        m_header = fields;
        m_headerLine = line;
        found = true;
        return false;
    });
    if (!found) {
        m_error = reader.errorString().isEmpty() ? tr("The file “%1” holds no table.").arg(m_name)
                                                 : tr("“%1”: %2").arg(m_name, reader.errorString());
        return false;
    }
    for (QString &h : m_header)
        h = h.trimmed();
    bool named = false;
    for (const QString &h : std::as_const(m_header))
        named = named || !h.isEmpty();
    if (!named) {
        m_error = tr("The first line of “%1” holds no column names. Add a line of column names at the top of the table.").arg(m_name);
        return false;
    }
    return true;
}

QList<QPair<int, QStringList>> TabularFile::preview(int count) const
{
    QList<QPair<int, QStringList>> rows;
    CsvReader reader(m_separator);
    bool header = true;
    reader.read(m_text, [&](int line, const QStringList &fields) {
        if (header) {
            header = false;
            return true;
        }
        rows << qMakePair(line, fields);
        return rows.size() < count;
    });
    return rows;
}

bool TabularFile::forEachRow(const CsvReader::RecordHandler &handler)
{
    CsvReader reader(m_separator);
    bool header = true;
    bool stopped = false;
    const bool ok = reader.read(m_text, [&](int line, const QStringList &fields) {
        if (header) {
            header = false;
            return true;
        }
        if (!handler(line, fields)) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!ok && !stopped)
        m_error = tr("“%1”: %2").arg(m_name, reader.errorString());
    return ok;
}

bool TabularFile::forEachRowView(const CsvReader::ViewHandler &handler)
{
    CsvReader reader(m_separator);
    bool header = true;
    bool stopped = false;
    const bool ok = reader.readViews(m_text, [&](int line, const QList<QStringView> &fields) {
        if (header) {
            header = false;
            return true;
        }
        if (!handler(line, fields)) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!ok && !stopped)
        m_error = tr("“%1”: %2").arg(m_name, reader.errorString());
    return ok;
}

QString TabularFile::separatorName(QChar separator)
{
    switch (separator.unicode()) {
    case ';': return tr("semicolon (;)");
    case ',': return tr("comma (,)");
    case '\t': return tr("tab");
    case '|': return tr("vertical bar (|)");
    default: return QString(separator);
    }
}

int TabularFile::rowCountBound() const
{
    // A lone CR ends a line too (old Mac files); CRLF counts once.
    int lines = 1;
    const qsizetype size = m_text.size();
    const QChar *text = m_text.constData();
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] == QLatin1Char('\n') || (text[i] == QLatin1Char('\r') && (i + 1 == size || text[i + 1] != QLatin1Char('\n'))))
            ++lines;
    }
    return lines;
}
