#pragma once

#include <QString>

class QTextDocument;

/// The typography of printed text, in one place: what the line breaker may
/// not part. The rules only turn a character into another (a space into a
/// no-break space) or add a word joiner, so that a laid-out document keeps
/// its formats and its links; the data stored is never touched, only the
/// text a document prints.
///
/// - a phone number's groups ("03 27 89 08 93", "+33 3 27 89 08 93") are
///   joined by no-break spaces (U+00A0);
/// - a plain space after « and before », :, ;, !, ? and % becomes a no-break
///   space (no space is added where the text has none);
/// - an e-mail address, a URL or a domain name is never parted at a hyphen
///   or a slash: a word joiner (U+2060) follows each. Unlike a non-breaking
///   hyphen (U+2011), it is drawn as nothing and left out of the PDF's text,
///   so the address copied from the PDF is the address typed. An address
///   longer than the line still breaks, anywhere.
class Typography
{
public:
    /// Plain text as it prints (painted texts: posters, covers, headers).
    static QString text(const QString &plain);
    /// Applies text() to every paragraph of @p document, in place, keeping
    /// each character's format (documents built from HTML or by a cursor).
    static void apply(QTextDocument *document);
};
