#pragma once

#include "contact.h"
#include "yearfigures.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// A structure of the ESS as the directory holds it, with its contacts,
/// tags and yearly figures: the unit that is saved, undone and redone.
struct Actor
{
    qint64 id = 0;
    QString name;
    QString acronym;
    QString family = QStringLiteral("association"); ///< code of EssFamily
    QString legalCategory;                          ///< INSEE 4-digit code
    QString legalStatus;                            ///< shortcut: "SCOP", "Association loi 1901"...
    QString siren;
    QString siret;
    QString rna;
    QString naf;
    qint64 sectorId = 0;
    QString address;
    QString postcode;
    QString communeInsee; ///< empty for a commune outside the reference table
    QString communeName;
    QString phone;
    QString email;
    QString website;
    QString description;
    int creationYear = 0;
    bool employer = false;
    bool acceptsInterns = false;
    QDate charterSignedOn;
    QString iaeAgreement; ///< "", "ACI", "EI", "ETTI", "AI", "EITI"
    bool esusAgreement = false;
    QDate esusAgreedOn;
    bool publicationConsent = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool archived = false;

    QStringList competencies;
    QStringList networks;
    QList<Contact> contacts;
    QList<YearFigures> figures; ///< sorted by year

    /// Same content, ignoring the bookkeeping timestamps.
    bool sameContent(const Actor &o) const
    {
        return id == o.id && name == o.name && acronym == o.acronym && family == o.family
            && legalCategory == o.legalCategory && legalStatus == o.legalStatus && siren == o.siren
            && siret == o.siret && rna == o.rna && naf == o.naf && sectorId == o.sectorId
            && address == o.address && postcode == o.postcode && communeInsee == o.communeInsee
            && communeName == o.communeName && phone == o.phone && email == o.email && website == o.website
            && description == o.description && creationYear == o.creationYear && employer == o.employer
            && acceptsInterns == o.acceptsInterns && charterSignedOn == o.charterSignedOn
            && iaeAgreement == o.iaeAgreement && esusAgreement == o.esusAgreement
            && esusAgreedOn == o.esusAgreedOn && publicationConsent == o.publicationConsent
            && notes == o.notes && archived == o.archived && competencies == o.competencies
            && networks == o.networks && contacts == o.contacts && figures == o.figures;
    }
};
