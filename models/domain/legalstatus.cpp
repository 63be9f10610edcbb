#include "legalstatus.h"

QList<LegalStatus> LegalStatus::all()
{
    // Names are the French terms of the trade in both languages (GLOSSARY.md).
    static const QList<LegalStatus> statuses = {
        {QStringLiteral("Association loi 1901"), QStringLiteral("association"), QStringLiteral("9220")},
        {QStringLiteral("Association reconnue d'utilité publique"), QStringLiteral("association"), QStringLiteral("9230")},
        {QStringLiteral("Association intermédiaire"), QStringLiteral("association"), QStringLiteral("9222")},
        {QStringLiteral("Association d'insertion"), QStringLiteral("association"), QStringLiteral("9221")},
        {QStringLiteral("Groupement d'employeurs"), QStringLiteral("association"), QStringLiteral("9223")},
        {QStringLiteral("SCOP (SARL)"), QStringLiteral("cooperative"), QStringLiteral("5458")},
        {QStringLiteral("SCOP (SA)"), QStringLiteral("cooperative"), QStringLiteral("5558")},
        {QStringLiteral("SCIC (SARL)"), QStringLiteral("cooperative"), QStringLiteral("5460")},
        {QStringLiteral("SCIC (SAS)"), QStringLiteral("cooperative"), QStringLiteral("5710")},
        {QStringLiteral("CAE"), QStringLiteral("cooperative"), QStringLiteral("5458")},
        {QStringLiteral("CUMA"), QStringLiteral("cooperative"), QStringLiteral("6316")},
        {QStringLiteral("Coopérative agricole"), QStringLiteral("cooperative"), QStringLiteral("6317")},
        {QStringLiteral("Coopérative de consommateurs"), QStringLiteral("cooperative"), QStringLiteral("5551")},
        {QStringLiteral("Coopérative HLM"), QStringLiteral("cooperative"), QStringLiteral("5547")},
        {QStringLiteral("Banque coopérative"), QStringLiteral("cooperative"), QStringLiteral("5192")},
        {QStringLiteral("Mutuelle"), QStringLiteral("mutuelle"), QStringLiteral("8210")},
        {QStringLiteral("Société d'assurance mutuelle"), QStringLiteral("mutuelle"), QStringLiteral("6411")},
        {QStringLiteral("Fondation"), QStringLiteral("fondation"), QStringLiteral("9300")},
        {QStringLiteral("Société commerciale de l'ESS"), QStringLiteral("societe_commerciale"), QStringLiteral("5710")},
    };
    return statuses;
}

LegalStatus LegalStatus::find(const QString &name)
{
    for (const LegalStatus &status : all()) {
        if (status.name.compare(name, Qt::CaseInsensitive) == 0)
            return status;
    }
    return {};
}
