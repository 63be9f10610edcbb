#include "typography.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {

constexpr QChar noBreakSpace(0x00a0);

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
    return text;
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
        for (qsizetype i = 0; i < was.size(); ++i) {
            if (was.at(i) == now.at(i))
                continue;
            const int at = block.position() + int(i);
            // The format of the character replaced: the one left of the position after it.
            cursor.setPosition(at + 1);
            const QTextCharFormat format = cursor.charFormat();
            cursor.setPosition(at);
            cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
            cursor.insertText(QString(now.at(i)), format);
        }
    }
    document->setUndoRedoEnabled(undo);
}
