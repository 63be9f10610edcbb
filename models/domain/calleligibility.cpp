#include "calleligibility.h"

#include "textkey.h"

#include <QHash>

QString CallEligibility::regionName(const QString &code)
{
    // The regions of 2016 (INSEE codes): few and stable, so kept here rather
    // than in the reference tables.
    static const QHash<QString, QString> names = {
        {QStringLiteral("01"), QStringLiteral("Guadeloupe")},
        {QStringLiteral("02"), QStringLiteral("Martinique")},
        {QStringLiteral("03"), QStringLiteral("Guyane")},
        {QStringLiteral("04"), QStringLiteral("La Réunion")},
        {QStringLiteral("06"), QStringLiteral("Mayotte")},
        {QStringLiteral("11"), QStringLiteral("Île-de-France")},
        {QStringLiteral("24"), QStringLiteral("Centre-Val de Loire")},
        {QStringLiteral("27"), QStringLiteral("Bourgogne-Franche-Comté")},
        {QStringLiteral("28"), QStringLiteral("Normandie")},
        {QStringLiteral("32"), QStringLiteral("Hauts-de-France")},
        {QStringLiteral("44"), QStringLiteral("Grand Est")},
        {QStringLiteral("52"), QStringLiteral("Pays de la Loire")},
        {QStringLiteral("53"), QStringLiteral("Bretagne")},
        {QStringLiteral("75"), QStringLiteral("Nouvelle-Aquitaine")},
        {QStringLiteral("76"), QStringLiteral("Occitanie")},
        {QStringLiteral("84"), QStringLiteral("Auvergne-Rhône-Alpes")},
        {QStringLiteral("93"), QStringLiteral("Provence-Alpes-Côte d'Azur")},
        {QStringLiteral("94"), QStringLiteral("Corse")},
    };
    return names.value(code);
}

bool CallEligibility::sectorMatches(const CallForProjects &call, const QStringList &sectorAndParents)
{
    if (call.sectors.isEmpty())
        return true;
    for (const QString &wanted : call.sectors) {
        for (const QString &sector : sectorAndParents) {
            if (!sector.isEmpty() && TextKey::fold(wanted) == TextKey::fold(sector))
                return true;
        }
    }
    return false;
}

bool CallEligibility::familyMatches(const CallForProjects &call, const QString &familyCode)
{
    return call.families.isEmpty() || call.families.contains(familyCode);
}

bool CallEligibility::placeMatches(const CallForProjects &call, const Place &place)
{
    const QString wanted = TextKey::fold(call.territory).trimmed();
    if (wanted.isEmpty() || wanted == QLatin1String("france"))
        return true;
    const QStringList names = {place.communeInsee, place.communeName, place.epciSiren, place.epciName, place.department,
                               place.region, regionName(place.region)};
    for (const QString &name : names) {
        if (!name.isEmpty() && TextKey::fold(name) == wanted)
            return true;
    }
    return false;
}

bool CallEligibility::isEligible(const CallForProjects &call, const QStringList &sectorAndParents, const QString &familyCode,
                                 const Place &place)
{
    return sectorMatches(call, sectorAndParents) && familyMatches(call, familyCode) && placeMatches(call, place);
}
