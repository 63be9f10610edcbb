#include "utf8appender.h"

void Utf8Appender::append(QByteArray &out, QStringView text)
{
    // QString::toUtf8() writes a lone surrogate as '?', the encoder as
    // U+FFFD: text with surrogates keeps the former.
    for (const QChar c : text) {
        if (c.isSurrogate()) {
            out += text.toUtf8();
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + m_utf8.requiredSpace(text.size()));
    char *end = m_utf8.appendToBuffer(out.data() + at, text);
    out.truncate(end - out.constData());
}
