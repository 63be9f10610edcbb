#include "textkey.h"

namespace TextKey {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
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

} // namespace TextKey
