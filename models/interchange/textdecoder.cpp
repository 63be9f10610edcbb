#include "textdecoder.h"

#include <QStringDecoder>

#include <uchardet.h>

#include <algorithm>
#include <memory>

namespace {

// Windows-1252 0x80..0x9F; 0 where the code page leaves a hole.
const char16_t cp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

char16_t iso885915(unsigned char b)
{
    switch (b) {
    case 0xA4: return 0x20AC;
    case 0xA6: return 0x0160;
    case 0xA8: return 0x0161;
    case 0xB4: return 0x017D;
    case 0xB8: return 0x017E;
    case 0xBC: return 0x0152;
    case 0xBD: return 0x0153;
    case 0xBE: return 0x0178;
    default: return b;
    }
}

/// How French @p sample looks read in @p encoding (one of the 8-bit code
/// pages): each character beyond ASCII that French text uses (é, É, œ, ’,
/// « », €…) counts one, unless it is a letter whose case differs from both
/// letters around it ("LíAVESNOIS", "rÈgie"), which counts against.
qsizetype frenchScore(const QByteArray &sample, TextDecoder::Encoding encoding)
{
    static const QString french = QStringLiteral("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ’‘“”«»–—…€°");
    const QString text = TextDecoder::decode(sample, encoding);
    qsizetype score = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.unicode() < 0x80)
            continue;
        if (!french.contains(ch))
            continue;
        const QChar before = i > 0 ? text.at(i - 1) : QChar();
        const QChar after = i + 1 < text.size() ? text.at(i + 1) : QChar();
        const bool againstCase = ch.isLetter() && before.isLetter() && after.isLetter()
            && ((ch.isLower() && before.isUpper() && after.isUpper()) || (ch.isUpper() && before.isLower() && after.isLower()));
        score += againstCase ? -1 : 1;
    }
    return score;
}

bool hasBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

} // namespace

QList<TextDecoder::Encoding> TextDecoder::encodings()
{
    return {Encoding::Utf8, Encoding::Utf8Bom, Encoding::Windows1252, Encoding::Iso885915, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::MacRoman};
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    case Encoding::Iso885915: return QStringLiteral("ISO-8859-15");
    case Encoding::Utf16Le: return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16Be: return QStringLiteral("UTF-16 BE");
    case Encoding::MacRoman: return QStringLiteral("Mac Roman");
    }
    return {};
}

bool TextDecoder::fromName(const QString &name, Encoding *encoding)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8"))
        *encoding = Encoding::Utf8;
    else if (key == QLatin1String("utf8(bom)") || key == QLatin1String("utf8bom") || key == QLatin1String("utf8sig"))
        *encoding = Encoding::Utf8Bom;
    else if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") || key == QLatin1String("iso88591")
             || key == QLatin1String("latin1"))
        *encoding = Encoding::Windows1252;
    else if (key == QLatin1String("iso885915") || key == QLatin1String("latin9"))
        *encoding = Encoding::Iso885915;
    else if (key == QLatin1String("utf16le") || key == QLatin1String("utf16") || key == QLatin1String("ucs2")
             || key == QLatin1String("unicode"))
        *encoding = Encoding::Utf16Le;
    else if (key == QLatin1String("utf16be"))
        *encoding = Encoding::Utf16Be;
    else if (key == QLatin1String("macroman") || key == QLatin1String("macintosh") || key == QLatin1String("xmacroman")
             || key == QLatin1String("mac"))
        *encoding = Encoding::MacRoman;
    else
        return false;
    return true;
}

bool TextDecoder::isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int follow = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            follow = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            follow = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            follow = 3;
        } else {
            return false;
        }
        // A sequence cut by the end of a sample is not an error.
        for (int k = 1; k <= follow; ++k) {
            if (i + k >= n)
                return true;
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += follow + 1;
    }
    return true;
}

std::optional<TextDecoder::Encoding> TextDecoder::detectUtf16(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return Encoding::Utf16Le;
    if (bytes.startsWith("\xFE\xFF"))
        return Encoding::Utf16Be;
    // Without a mark: the column names and separators of a table are ASCII,
    // so in UTF-16 one byte of each pair is NUL, always on the same side.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += bytes.at(i) == '\0';
        oddNul += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddNul * 10 >= pairs * 7 && evenNul * 10 < pairs)
        return Encoding::Utf16Le;
    if (evenNul * 10 >= pairs * 7 && oddNul * 10 < pairs)
        return Encoding::Utf16Be;
    return std::nullopt;
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    if (detectUtf16(bytes))
        return false;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 65536);
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    return n > 0 && control * 20 > n;
}

TextDecoder::Encoding TextDecoder::detect(const QByteArray &bytes)
{
    if (hasBom(bytes))
        return Encoding::Utf8Bom;
    if (const auto utf16 = detectUtf16(bytes))
        return *utf16;
    const QByteArray sample = bytes.left(1 << 20);
    if (isValidUtf8(sample))
        return Encoding::Utf8;
    QByteArray high;
    for (const char c : sample) {
        if (static_cast<unsigned char>(c) >= 0x80)
            high += c;
    }
    // Excel for Mac saves its CSV in Mac Roman, where é is 0x8E (Ž in
    // Windows-1252) and Windows-1252's é, 0xE9, is È: the French text is in
    // the code page that makes French of its bytes.
    if (!high.isEmpty() && frenchScore(sample, Encoding::MacRoman) > frenchScore(sample, Encoding::Windows1252))
        return Encoding::MacRoman;
    // Bytes 0x80-0x9F are printable only in Windows-1252 (Œ, œ, ’, €): the
    // French file that has them is Windows-1252 whatever uchardet thinks.
    if (std::any_of(high.cbegin(), high.cend(), [](char c) { return static_cast<unsigned char>(c) <= 0x9F; }))
        return Encoding::Windows1252;
    std::unique_ptr<uchardet, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    // A quarter of a megabyte tells Latin-1 from Latin-9 as well as the whole
    // file, at a fraction of the time.
    const qsizetype guessed = std::min<qsizetype>(sample.size(), 1 << 18);
    uchardet_handle_data(detector.get(), sample.constData(), size_t(guessed));
    uchardet_data_end(detector.get());
    const QString guess = QString::fromLatin1(uchardet_get_charset(detector.get())).toUpper();
    if (guess == QLatin1String("ISO-8859-15"))
        return Encoding::Iso885915;
    return Encoding::Windows1252;
}

QString TextDecoder::decode(const QByteArray &bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom: {
        QString text = QString::fromUtf8(hasBom(bytes) ? bytes.mid(3) : bytes);
        return text;
    }
    case Encoding::Windows1252:
    case Encoding::Iso885915: {
        QString text(bytes.size(), Qt::Uninitialized);
        QChar *out = text.data();
        const bool cp1252 = encoding == Encoding::Windows1252;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto b = static_cast<unsigned char>(bytes.at(i));
            char16_t u = b;
            if (cp1252 && b >= 0x80 && b <= 0x9F)
                u = cp1252High[b - 0x80] ? cp1252High[b - 0x80] : char16_t(0xFFFD);
            else if (!cp1252)
                u = iso885915(b);
            out[i] = QChar(u);
        }
        return text;
    }
    case Encoding::MacRoman: {
        // Qt reads it through ICU, as Debian builds it.
        QStringDecoder mac("macintosh", QStringConverter::Flag::Stateless);
        return mac.isValid() ? mac.decode(bytes) : decode(bytes, Encoding::Windows1252);
    }
    case Encoding::Utf16Le:
    case Encoding::Utf16Be: {
        // The mark is dropped; a lone half of a pair becomes U+FFFD, which
        // the import reports as characters already lost.
        QStringDecoder utf16(encoding == Encoding::Utf16Le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                             QStringConverter::Flag::Stateless);
        return utf16.decode(bytes);
    }
    }
    return {};
}
