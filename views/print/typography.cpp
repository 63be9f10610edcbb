#include "typography.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {

constexpr QChar noBreakSpace(0x00a0);
constexpr QChar wordJoiner(0x2060);

/// Replaces @p from by @p to inside every match of @p pattern.
void within(QString &text, const QRegularExpression &pattern, QChar from, QChar to)
{
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            if (text.at(i) == from)
                text[i] = to;
        }
    }
}

/// Joins every hyphen and slash of an e-mail address, a URL or a domain
/// name to the character after it.
QString joinAddresses(const QString &text)
{
    // A dotted name ending in letters, with an optional path; a word joiner
    // already there is part of the address (text() is applied twice alike).
    static const QRegularExpression address(QStringLiteral("[\\w.+\\-\\x{2060}]+@[\\w\\-\\x{2060}]+(?:\\.[\\w\\-\\x{2060}]+)+"
                                                           "|(?:https?://|www\\.)[^\\s<>\"]+"
                                                           "|\\b[\\w\\-\\x{2060}]+(?:\\.[\\w\\-\\x{2060}]+)*\\.[a-zA-Z]{2,}\\b(?:/[^\\s<>\"]*)?"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = address.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(copied, m.capturedStart() - copied);
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            const QChar c = text.at(i);
            out += c;
            const bool last = i + 1 == m.capturedEnd();
            if ((c == QLatin1Char('-') || c == QLatin1Char('/')) && !last && text.at(i + 1) != wordJoiner)
                out += wordJoiner;
        }
        copied = m.capturedEnd();
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace

QString Typography::text(const QString &plain)
{
    QString text = plain;
    // French numbers of ten digits in pairs, with or without the country's
    // prefix; a digit on either side means a longer number, left as it is.
    static const QRegularExpression phone(QStringLiteral("(?<!\\d)(?:\\+\\d{2,3}[ \\x{00a0}](?:\\(0\\))?\\d|0\\d)"
                                                         "(?:[ \\x{00a0}]\\d\\d){4}(?![\\d])"));
    within(text, phone, QLatin1Char(' '), noBreakSpace);
    // "« Journée »", "Note : ", "84,4 %": only where the text has a space.
    static const QRegularExpression after(QStringLiteral("« "));
    within(text, after, QLatin1Char(' '), noBreakSpace);
    static const QRegularExpression before(QStringLiteral(" (?=[»:;!?%])"));
    within(text, before, QLatin1Char(' '), noBreakSpace);
    return joinAddresses(text);
}

void Typography::apply(QTextDocument *document)
{
    const bool undo = document->isUndoRedoEnabled();
    document->setUndoRedoEnabled(false);
    QTextCursor cursor(document);
    // Blocks of tables and frames included: the document's blocks in order.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString was = block.text();
        const QString now = text(was);
        if (now == was)
            continue;
        // text() changes characters one for one and adds word joiners: walk both.
        const int start = block.position();
        qsizetype i = 0;
        for (qsizetype j = 0; j < now.size(); ++j) {
            if (i < was.size() && was.at(i) == now.at(j)) {
                ++i;
                continue;
            }
            const int at = start + int(j);
            // The format of the character before: the word joiner or the
            // replacement carries the same font and link as its neighbour.
            const bool inserted = now.at(j) == wordJoiner && (i >= was.size() || was.at(i) != wordJoiner);
            cursor.setPosition(inserted ? at : at + 1);
            const QTextCharFormat format = cursor.charFormat();
            cursor.setPosition(at);
            if (!inserted) {
                cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
                ++i;
            }
            cursor.insertText(QString(now.at(j)), format);
        }
    }
    document->setUndoRedoEnabled(undo);
}
