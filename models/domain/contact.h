#pragma once

#include <QDate>
#include <QString>

/// A person attached to an actor (or to no actor), with the RGPD consents
/// given per purpose: appearing in the printed guide, receiving the Lettre.
struct Contact
{
    qint64 id = 0;
    qint64 actorId = 0;
    QString firstName;
    QString lastName;
    QString role;
    QString email;
    QString phone;
    bool consentGuide = false;
    QDate consentGuideOn;
    QString consentGuideSource;
    bool consentNewsletter = false;
    QDate consentNewsletterOn;
    QString consentNewsletterSource;

    QString displayName() const
    {
        return QStringLiteral("%1 %2").arg(firstName, lastName).trimmed();
    }

    bool operator==(const Contact &o) const
    {
        return id == o.id && actorId == o.actorId && firstName == o.firstName && lastName == o.lastName
            && role == o.role && email == o.email && phone == o.phone && consentGuide == o.consentGuide
            && consentGuideOn == o.consentGuideOn && consentGuideSource == o.consentGuideSource
            && consentNewsletter == o.consentNewsletter && consentNewsletterOn == o.consentNewsletterOn
            && consentNewsletterSource == o.consentNewsletterSource;
    }
    bool operator!=(const Contact &o) const { return !(*this == o); }
};
