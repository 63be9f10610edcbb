#include "essclassifier.h"

EssClassifier::Result EssClassifier::classify(const ImportContext &context, const QString &siren,
                                              const QString &legalCategory, const QString &essFlag)
{
    const auto override = context.overrides.constFind(siren);
    if (override != context.overrides.constEnd()) {
        return {override->first, tr("manual choice (%1) -> %2")
                                     .arg(override->second.isEmpty() ? tr("no note") : override->second, noun(override->first))};
    }
    const QString family = context.categoryFamilies.value(legalCategory);
    const QString label = context.categoryLabels.value(legalCategory);
    if (!family.isEmpty())
        return {family, tr("%1 %2 -> %3").arg(legalCategory, label, noun(family)).simplified()};
    const QString flag = essFlag.trimmed().toUpper();
    if (flag == QLatin1String("O"))
        return {QStringLiteral("societe_commerciale"),
                tr("flag O, legal category %1 -> %2").arg(legalCategory, noun(QStringLiteral("societe_commerciale")))};
    return {QStringLiteral("hors_champ"),
            tr("legal category %1 %2, flag %3 -> %4")
                .arg(legalCategory, label, flag.isEmpty() ? tr("empty") : flag, noun(QStringLiteral("hors_champ")))
                .simplified()};
}

QString EssClassifier::noun(const QString &family)
{
    if (family == QLatin1String("association"))
        return tr("association");
    if (family == QLatin1String("cooperative"))
        return tr("cooperative");
    if (family == QLatin1String("mutuelle"))
        return tr("mutual society");
    if (family == QLatin1String("fondation"))
        return tr("foundation");
    if (family == QLatin1String("societe_commerciale"))
        return tr("commercial ESS company");
    return tr("outside the ESS");
}
