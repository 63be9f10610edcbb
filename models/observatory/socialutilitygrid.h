#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// The social utility grid of the regional frameworks ("approche par les
/// valeurs"): three themes, nine criteria, each scored 0 to 3 per actor and
/// year. Criteria are stored by stable code, shown with translated labels.
class SocialUtilityGrid
{
    Q_DECLARE_TR_FUNCTIONS(SocialUtilityGrid)

public:
    static constexpr int MaxScore = 3;

    static QStringList themes();
    static QString themeLabel(const QString &theme);
    /// Criteria of one theme, in the grid's order.
    static QStringList criteria(const QString &theme);
    /// All nine criteria, theme by theme.
    static QStringList allCriteria();
    static QString criterionLabel(const QString &criterion);
    static QString themeOf(const QString &criterion);
};

/// The scores of one actor for one year, by criterion code (criteria not
/// scored are absent).
using SocialUtilityScores = QMap<QString, int>;
