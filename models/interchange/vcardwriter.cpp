#include "vcardwriter.h"

VCardWriter::VCardWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(1 << 17);
}

VCardWriter::~VCardWriter()
{
    flush();
}

void VCardWriter::flush()
{
    if (!m_buffer.isEmpty())
        m_device->write(m_buffer);
    // resize(0), not clear(): the buffer keeps its capacity for the next block.
    m_buffer.resize(0);
}

void VCardWriter::begin()
{
    writeLine("BEGIN:VCARD");
    writeLine("VERSION:4.0");
}

void VCardWriter::end()
{
    writeLine("END:VCARD");
}

QString VCardWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ',': out += QLatin1String("\\,"); break;
        case ';': out += QLatin1String("\\;"); break;
        case '\r':
            // CRLF and a lone CR are one line break each.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
            break;
        case '\n': out += QLatin1String("\\n"); break;
        default:
            // Other control characters have no place in a content line.
            if (c.unicode() >= 0x20 || c == QLatin1Char('\t'))
                out += c;
            break;
        }
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    QByteArray out;
    appendFolded(line, out);
    return out;
}

void VCardWriter::appendFolded(const QByteArray &line, QByteArray &out)
{
    if (line.size() <= 75) {
        out += line;
        out += "\r\n";
        return;
    }
    int pos = 0;
    int limit = 75; // the continuation lines lose one octet to the leading space
    while (pos < line.size()) {
        int cut = std::min<int>(line.size(), pos + limit);
        // Never split a UTF-8 sequence: back up to the start of a character.
        while (cut < line.size() && cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (pos > 0)
            out += ' ';
        out.append(line.constData() + pos, cut - pos);
        out += "\r\n";
        pos = cut;
        limit = 74;
    }
}

void VCardWriter::startLine(const char *name, const QByteArray &parameters)
{
    m_lineStart = m_buffer.size();
    m_buffer += name;
    m_buffer += parameters;
    m_buffer += ':';
}

void VCardWriter::appendEscaped(const QString &value)
{
    // Most values need no escape: their UTF-8 goes in as it is.
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == '\\' || u == ',' || u == ';') {
            appendUtf8(escape(value));
            return;
        }
    }
    appendUtf8(value);
}

void VCardWriter::appendUtf8(QStringView text)
{
    m_utf8.append(m_buffer, text);
}

void VCardWriter::endLine()
{
    if (m_buffer.size() - m_lineStart > 75) {
        const QByteArray line = m_buffer.mid(m_lineStart);
        m_buffer.truncate(m_lineStart);
        appendFolded(line, m_buffer);
    } else {
        m_buffer += "\r\n";
    }
    if (m_buffer.size() > (1 << 16))
        flush();
}

void VCardWriter::addText(const char *name, const QString &value, const QByteArray &parameters)
{
    startLine(name, parameters);
    appendEscaped(value);
    endLine();
}

void VCardWriter::addStructured(const char *name, std::initializer_list<QString> components, const QByteArray &parameters)
{
    startLine(name, parameters);
    bool first = true;
    for (const QString &c : components) {
        if (!first)
            m_buffer += ';';
        first = false;
        appendEscaped(c);
    }
    endLine();
}

void VCardWriter::addRaw(const char *name, const QString &value, const QByteArray &parameters)
{
    startLine(name, parameters);
    appendUtf8(value);
    endLine();
}

void VCardWriter::addRawUtf8(const char *name, const QByteArray &value, const QByteArray &parameters)
{
    startLine(name, parameters);
    m_buffer += value;
    endLine();
}

void VCardWriter::writeLine(const char *line)
{
    m_lineStart = m_buffer.size();
    m_buffer += line;
    endLine();
}
