#pragma once

#include "importcontext.h"

#include <QCoreApplication>
#include <QString>

/// The ESS family of a SIRENE unit and the reason shown to the user: a
/// family chosen by hand wins, then the legal category (perimetre_ess.csv),
/// then the register's ESS flag ("9220 Association déclarée -> association",
/// "flag O, legal category 5710 -> société commerciale de l'ESS").
class EssClassifier
{
    Q_DECLARE_TR_FUNCTIONS(EssClassifier)

public:
    struct Result {
        QString family; ///< EssFamily code; "hors_champ" outside the ESS
        QString reason;
        bool isEss() const { return family != QLatin1String("hors_champ"); }
    };

    static Result classify(const ImportContext &context, const QString &siren, const QString &legalCategory,
                           const QString &essFlag);
    /// The family as a common noun, as reasons write it ("association",
    /// "société commerciale de l'ESS").
    static QString noun(const QString &family);
};
