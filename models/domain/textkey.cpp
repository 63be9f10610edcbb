#include "textkey.h"

#include <algorithm>
#include <array>

namespace {

/// NFKD of @p text. Text within Latin-1 (most French names, but for œ and
/// typographic quotes) is decomposed from a table, character by character,
/// which gives the same result: Latin-1 holds no combining mark to reorder.
/// An import folds each name several times; the full normalisation costs
/// microseconds a name.
QString decompose(const QString &text)
{
    static const std::array<QString, 256> table = [] {
        std::array<QString, 256> t;
        for (int c = 0; c < 256; ++c)
            t[std::size_t(c)] = QString(QChar(ushort(c))).normalized(QString::NormalizationForm_KD);
        return t;
    }();
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x100)
            return text.normalized(QString::NormalizationForm_KD);
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii)
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            out += c;
        else
            out += table[c.unicode()];
    }
    return out;
}

} // namespace

namespace TextKey {

QString fold(const QString &text)
{
    const QString decomposed = decompose(text);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        switch (c.unicode()) {
        case 0x0153: case 0x0152: out += QLatin1String("oe"); break; // œ Œ
        case 0x00E6: case 0x00C6: out += QLatin1String("ae"); break; // æ Æ
        case 0x00DF: out += QLatin1String("ss"); break;              // ß
        case 0x2019: case 0x02BC: out += QLatin1Char('\''); break;   // typographic apostrophes
        default: out += c.toCaseFolded(); break;
        }
    }
    return out;
}

QString normalizedName(const QString &text)
{
    const QString folded = fold(text);
    QString out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c;
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

namespace {

// Secondary weights of the accents, in the order of the Unicode collation
// table (acute before grave before circumflex...), rather than code points.
ushort accentWeight(char16_t mark)
{
    static const char16_t order[] = {0x0301, 0x0300, 0x0306, 0x0302, 0x030C, 0x030A, 0x0308, 0x030B, 0x0303, 0x0307,
                                     0x0338, 0x0327, 0x0328, 0x0304};
    for (std::size_t i = 0; i < sizeof(order) / sizeof(order[0]); ++i) {
        if (order[i] == mark)
            return ushort(0x20 + i);
    }
    return ushort(0x40 + (mark & 0xff));
}

// Blanks, then punctuation, then symbols, as the collation table orders them.
const QString punctuationOrder = QStringLiteral(" _-,;:!?.'\"«»()[]{}§¶@*/\\&#%`^+<=>|~$€£°");

} // namespace

QString sortKey(const QString &text)
{
    const QString decomposed = decompose(text);
    QString primary, secondary, tertiary;
    primary.reserve(decomposed.size() + 4);
    secondary.reserve(decomposed.size());
    tertiary.reserve(decomposed.size());
    const auto letter = [&](QChar base, ushort accent, bool upper) {
        primary += base;
        secondary += QChar(accent);
        tertiary += QChar(upper ? 3 : 2);
    };
    bool pendingSpace = false;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        ushort accent = 2;
        if (i + 1 < decomposed.size() && decomposed.at(i + 1).category() == QChar::Mark_NonSpacing)
            accent = accentWeight(decomposed.at(i + 1).unicode());
        if (c.isSpace()) {
            pendingSpace = !primary.isEmpty();
            continue;
        }
        if (pendingSpace) {
            primary += QChar(0x20);
            pendingSpace = false;
        }
        if (c.isDigit()) {
            // A run of digits is one number: a marker, its count of
            // significant digits, then the digits, so 2 < 10 < 100.
            QString digits;
            for (; i < decomposed.size() && (decomposed.at(i).isDigit() || decomposed.at(i).category() == QChar::Mark_NonSpacing); ++i) {
                if (decomposed.at(i).isDigit() && !(digits.isEmpty() && decomposed.at(i).digitValue() == 0))
                    digits += QChar(u'0' + decomposed.at(i).digitValue());
            }
            --i;
            primary += QChar(0x30);
            primary += QChar(ushort(0x30 + std::min<qsizetype>(digits.size(), 0xff00)));
            primary += digits;
            secondary += QChar(2);
            continue;
        }
        if (c.isLetter()) {
            const bool upper = c.isUpper() || c.isTitleCase();
            switch (c.unicode()) {
            case 0x0153: case 0x0152: letter(QLatin1Char('o'), 2, upper); letter(QLatin1Char('e'), 0x60, upper); break;
            case 0x00E6: case 0x00C6: letter(QLatin1Char('a'), 2, upper); letter(QLatin1Char('e'), 0x60, upper); break;
            case 0x00DF: letter(QLatin1Char('s'), 2, false); letter(QLatin1Char('s'), 0x60, false); break;
            default: {
                // An ASCII letter folds to its lower case: no string of its own
                // for each letter of each name (an import sorts 100,000 names).
                if (c.unicode() < 0x80) {
                    letter(upper ? QChar(c.unicode() + 0x20) : c, accent, upper);
                    break;
                }
                const QString folded = QString(c).toCaseFolded();
                for (const QChar f : folded)
                    letter(f, accent, upper);
            }
            }
            continue;
        }
        // Punctuation and symbols come before digits and letters.
        const QChar p = c.unicode() == 0x2019 || c.unicode() == 0x02BC ? QLatin1Char('\'') : c;
        const qsizetype rank = punctuationOrder.indexOf(p);
        primary += QChar(0x21);
        primary += QChar(ushort(rank >= 0 ? 0x100 + rank : 0x200 + (p.unicode() & 0x7fff)));
    }
    return primary + QChar(0x01) + secondary + QChar(0x01) + tertiary;
}

} // namespace TextKey
