#include "socialutilitygrid.h"

QStringList SocialUtilityGrid::themes()
{
    return {QStringLiteral("cohesion"), QStringLiteral("local_development"), QStringLiteral("societal_change")};
}

QString SocialUtilityGrid::themeLabel(const QString &theme)
{
    if (theme == QLatin1String("cohesion"))
        return tr("Social cohesion");
    if (theme == QLatin1String("local_development"))
        return tr("Local development");
    if (theme == QLatin1String("societal_change"))
        return tr("Societal change");
    return theme;
}

QStringList SocialUtilityGrid::criteria(const QString &theme)
{
    if (theme == QLatin1String("cohesion"))
        return {QStringLiteral("social_ties"), QStringLiteral("equal_opportunities"), QStringLiteral("solidarity")};
    if (theme == QLatin1String("local_development"))
        return {QStringLiteral("participatory_democracy"), QStringLiteral("jobs_and_activities"),
                QStringLiteral("eco_development"), QStringLiteral("territorial_equity")};
    if (theme == QLatin1String("societal_change"))
        return {QStringLiteral("innovation"), QStringLiteral("solidarity_lifestyle")};
    return {};
}

QStringList SocialUtilityGrid::allCriteria()
{
    QStringList out;
    for (const QString &theme : themes())
        out << criteria(theme);
    return out;
}

QString SocialUtilityGrid::criterionLabel(const QString &criterion)
{
    if (criterion == QLatin1String("social_ties"))
        return tr("Social ties");
    if (criterion == QLatin1String("equal_opportunities"))
        return tr("Equal opportunities");
    if (criterion == QLatin1String("solidarity"))
        return tr("Solidarity");
    if (criterion == QLatin1String("participatory_democracy"))
        return tr("Participatory democracy");
    if (criterion == QLatin1String("jobs_and_activities"))
        return tr("Jobs and activities");
    if (criterion == QLatin1String("eco_development"))
        return tr("Eco-development");
    if (criterion == QLatin1String("territorial_equity"))
        return tr("Territorial equity");
    if (criterion == QLatin1String("innovation"))
        return tr("Innovation");
    if (criterion == QLatin1String("solidarity_lifestyle"))
        return tr("Solidarity-based way of life");
    return criterion;
}

QString SocialUtilityGrid::themeOf(const QString &criterion)
{
    for (const QString &theme : themes()) {
        if (criteria(theme).contains(criterion))
            return theme;
    }
    return {};
}
