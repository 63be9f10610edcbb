#pragma once

#include "contact.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// One purpose a contact may consent to (RGPD): appearing in the printed
/// guide, receiving the Lettre de l'ESS. Each purpose has its own yes/no,
/// date and source in the Contact; the form and the checks go through this
/// list, so a third purpose is one more entry here (and its columns).
struct ConsentPurpose
{
    Q_DECLARE_TR_FUNCTIONS(ConsentPurpose)

public:
    QString code;  ///< "guide", "newsletter"
    QString label; ///< translated, for a column or a check box
    QString toolTip;
    bool Contact::*given = nullptr;
    QDate Contact::*on = nullptr;
    QString Contact::*source = nullptr;

    static QList<ConsentPurpose> all();
    /// The proof as one line: "26 août 2022, formulaire papier" (empty when no consent).
    static QString proofText(bool given, const QDate &on, const QString &source);
};
