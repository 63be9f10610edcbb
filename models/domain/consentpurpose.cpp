#include "consentpurpose.h"

#include <QLocale>

QList<ConsentPurpose> ConsentPurpose::all()
{
    return {
        {QStringLiteral("guide"), tr("Guide"), tr("Agrees to appear in the printed guide"), &Contact::consentGuide,
         &Contact::consentGuideOn, &Contact::consentGuideSource},
        {QStringLiteral("newsletter"), tr("Lettre"), tr("Agrees to receive the Lettre de l'ESS"), &Contact::consentNewsletter,
         &Contact::consentNewsletterOn, &Contact::consentNewsletterSource},
    };
}

QString ConsentPurpose::proofText(bool given, const QDate &on, const QString &source)
{
    if (!given)
        return QString();
    QStringList parts;
    if (on.isValid())
        parts << QLocale().toString(on, QStringLiteral("d MMMM yyyy"));
    if (!source.trimmed().isEmpty())
        parts << source.trimmed();
    return parts.join(QStringLiteral(", "));
}
