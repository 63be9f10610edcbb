#include "unitnoun.h"

#include <QLocale>
#include <QSet>
#include <QStringList>

namespace {
bool takesSingular(double value)
{
    if (QLocale().language() == QLocale::French)
        return value > -2 && value < 2;
    return value == 1 || value == -1;
}

QString singularWord(const QString &word)
{
    static const QSet<QString> invariable = {
        QStringLiteral("fois"), QStringLiteral("mois"),   QStringLiteral("temps"), QStringLiteral("repas"),
        QStringLiteral("cours"), QStringLiteral("poids"), QStringLiteral("pas"),   QStringLiteral("bras"),
        QStringLiteral("corps"), QStringLiteral("series"), QStringLiteral("news"), QStringLiteral("bus"),
    };
    if (word.size() <= 3 || invariable.contains(word.toLower()))
        return word;
    if (word.endsWith(QLatin1String("aux")))
        return word.chopped(3) + QStringLiteral("al");
    if (word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        return word.chopped(1);
    return word;
}
} // namespace

QString UnitNoun::singular(const QString &unit)
{
    static const QSet<QString> stops = {
        QStringLiteral("de"),  QStringLiteral("d'"),  QStringLiteral("du"),  QStringLiteral("des"), QStringLiteral("aux"),
        QStringLiteral("au"),  QStringLiteral("à"),   QStringLiteral("en"),  QStringLiteral("par"), QStringLiteral("pour"),
        QStringLiteral("sur"), QStringLiteral("of"),  QStringLiteral("per"), QStringLiteral("in"),  QStringLiteral("for"),
        QStringLiteral("at"),  QStringLiteral("to"),  QStringLiteral("/"),
    };
    QStringList words = unit.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (stops.contains(word.toLower()) || word.startsWith(QLatin1String("d'")) || word.startsWith(QLatin1String("d’")))
            break;
        // An acronym (ETP, ESS) is no plural.
        if (word == word.toUpper())
            continue;
        word = singularWord(word);
    }
    return words.join(QLatin1Char(' '));
}

QString UnitNoun::withValue(const QString &valueText, double value, const QString &unit)
{
    if (unit.isEmpty())
        return valueText;
    return valueText + QLatin1Char(' ') + (takesSingular(value) ? singular(unit) : unit);
}
