#include "essfamily.h"

QStringList EssFamily::codes()
{
    return {QStringLiteral("association"), QStringLiteral("cooperative"), QStringLiteral("mutuelle"),
            QStringLiteral("fondation"), QStringLiteral("societe_commerciale"), QStringLiteral("hors_champ")};
}

QString EssFamily::label(const QString &code)
{
    if (code == QLatin1String("association"))
        return tr("Association");
    if (code == QLatin1String("cooperative"))
        return tr("Cooperative");
    if (code == QLatin1String("mutuelle"))
        return tr("Mutual society");
    if (code == QLatin1String("fondation"))
        return tr("Foundation");
    if (code == QLatin1String("societe_commerciale"))
        return tr("Commercial ESS company");
    if (code == QLatin1String("hors_champ"))
        return tr("Outside the ESS");
    return code;
}

QString EssFamily::codeForLabel(const QString &label)
{
    for (const QString &code : codes()) {
        if (label.compare(EssFamily::label(code), Qt::CaseInsensitive) == 0 || label.compare(code, Qt::CaseInsensitive) == 0)
            return code;
    }
    return {};
}
