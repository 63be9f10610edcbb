#pragma once

#include <QString>

/// A quantity with the unit a user typed ("12 structures", "1 structure"):
/// indicators keep their unit as written, in the plural, and a report must
/// not print "1 structures". French takes the singular below 2 ("0,5 heure",
/// "1 structure"), English only for exactly 1.
class UnitNoun
{
public:
    /// @p valueText is @p value already written for the locale.
    static QString withValue(const QString &valueText, double value, const QString &unit);
    /// The unit in the singular: each word up to the first preposition loses
    /// its plural mark ("structures accompagnées" -> "structure accompagnée",
    /// "participants aux ateliers" -> "participant aux ateliers"); words that
    /// end in s in the singular ("fois", "mois") are kept.
    static QString singular(const QString &unit);
};
