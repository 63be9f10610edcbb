#pragma once

#include <QString>

class QTextDocument;

/// The typography of printed text, in one place: what the line breaker may
/// not part. Every rule only turns one character into another (a space into
/// a no-break space), so that a laid-out document keeps its length, its
/// formats and its links; the data stored is never touched, only the text a
/// document prints.
///
/// - a phone number's groups ("03 27 89 08 93", "+33 3 27 89 08 93") are
///   joined by no-break spaces (U+00A0);
/// - a plain space after « and before », :, ;, !, ? and % becomes a no-break
///   space (no space is added where the text has none).
class Typography
{
public:
    /// Plain text as it prints (painted texts: posters, covers, headers).
    static QString text(const QString &plain);
    /// Applies text() to every paragraph of @p document, in place, keeping
    /// each character's format (documents built from HTML or by a cursor).
    static void apply(QTextDocument *document);
};
