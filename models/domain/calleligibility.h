#pragma once

#include "callforprojects.h"

#include <QString>
#include <QStringList>

/// Who may answer a call for projects: a project or an actor whose sector,
/// ESS family and place the call names (an empty list or territory names
/// everyone). Sectors and territories compare without accents or case; a
/// sector matches when it or one of its parent sectors is named.
class CallEligibility
{
public:
    /// Where a candidate stands: each string may be empty.
    struct Place {
        QString communeInsee;
        QString communeName;
        QString epciSiren;
        QString epciName;
        QString department;
        QString region; ///< INSEE region code ("32")
    };

    static bool sectorMatches(const CallForProjects &call, const QStringList &sectorAndParents);
    static bool familyMatches(const CallForProjects &call, const QString &familyCode);
    static bool placeMatches(const CallForProjects &call, const Place &place);
    static bool isEligible(const CallForProjects &call, const QStringList &sectorAndParents, const QString &familyCode,
                           const Place &place);
    /// The name of an INSEE region code ("32" -> "Hauts-de-France").
    static QString regionName(const QString &code);
};
