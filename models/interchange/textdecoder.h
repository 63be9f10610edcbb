#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// Turns the bytes of a text file as French users have them into text: UTF-8
/// with or without a byte-order mark, Windows-1252 or ISO-8859-15, and the
/// UTF-16 of Excel's and LibreOffice's "Unicode text", and the Mac Roman of
/// Excel for Mac's CSV. The encoding is guessed (uchardet between the two
/// Latin code pages) and can be forced.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    enum class Encoding { Utf8, Utf8Bom, Windows1252, Iso885915, Utf16Le, Utf16Be, MacRoman };

    static QList<Encoding> encodings();
    /// Stable name, as shown and as given on the command line ("UTF-8",
    /// "UTF-8 (BOM)", "Windows-1252", "ISO-8859-15", "UTF-16 LE", "UTF-16 BE",
    /// "Mac Roman").
    static QString name(Encoding encoding);
    /// Accepts the names above and the usual aliases (utf8, cp1252, latin9...).
    static bool fromName(const QString &name, Encoding *encoding);

    /// Best guess for @p bytes (the beginning of a file is enough).
    static Encoding detect(const QByteArray &bytes);
    /// @p bytes decoded as @p encoding, the byte-order mark dropped.
    static QString decode(const QByteArray &bytes, Encoding encoding);
    /// True for data that is not text: NUL bytes or many control characters
    /// (UTF-16 text, whose NUL bytes are half of its ASCII letters, is text).
    static bool looksBinary(const QByteArray &bytes);
    /// The UTF-16 of @p bytes, told by its byte-order mark or, without one,
    /// by the NUL bytes of its ASCII characters; nothing for other text.
    static std::optional<Encoding> detectUtf16(const QByteArray &bytes);
    static bool isValidUtf8(const QByteArray &bytes);
};
