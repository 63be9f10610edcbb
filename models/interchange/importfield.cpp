#include "importfield.h"

#include "models/domain/textkey.h"

#include <QHash>

namespace {

struct FieldInfo {
    const char *code;
    const char *label;
    const char *synonyms; // space-separated header keys
};

// Labels are marked for translation here and translated in label().
const FieldInfo fields[] = {
    {"name", QT_TRANSLATE_NOOP("ImportField", "Name"), "nom name raisonsociale denomination denominationunitelegale nomstructure structure organisation organization titre intitule nomdelastructure nomdelorganisme nomdelassociation nomdelentreprise nomdelacooperative"},
    {"acronym", QT_TRANSLATE_NOOP("ImportField", "Acronym"), "sigle acronym acronyme sigleunitelegale"},
    {"family", QT_TRANSLATE_NOOP("ImportField", "ESS family"), "famille family familleess essfamily"},
    {"legal_category", QT_TRANSLATE_NOOP("ImportField", "Legal category (INSEE code)"), "categoriejuridique codecategoriejuridique legalcategory categoriejuridiqueunitelegale cj"},
    {"legal_status", QT_TRANSLATE_NOOP("ImportField", "Legal status"), "statut statutjuridique legalstatus status formejuridique"},
    {"siren", QT_TRANSLATE_NOOP("ImportField", "SIREN"), "siren numerosiren numerodesiren nsiren nosiren"},
    {"siret", QT_TRANSLATE_NOOP("ImportField", "SIRET"), "siret numerosiret siretsiege numerodesiret nsiret nosiret siretdusiege"},
    {"rna", QT_TRANSLATE_NOOP("ImportField", "RNA number"), "rna numerorna rnanumber identifiantassociationunitelegale idassociation numerowaldec nrna norna numerodrna numerodassociation"},
    {"naf", QT_TRANSLATE_NOOP("ImportField", "NAF code"), "naf codenaf ape codeape nafcode activiteprincipaleunitelegale activiteprincipaleetablissement"},
    {"sector", QT_TRANSLATE_NOOP("ImportField", "Sector"), "secteur secteurdactivite sector domaine thematique"},
    {"address", QT_TRANSLATE_NOOP("ImportField", "Address"), "adresse address adresse1 adr1 rue voie street adresseligne1"},
    {"address2", QT_TRANSLATE_NOOP("ImportField", "Address (complement)"), "complementadresse adresse2 adr2 complement address2 adresseligne2"},
    {"postcode", QT_TRANSLATE_NOOP("ImportField", "Postcode"), "codepostal cp postcode postalcode zip zipcode codepostaletablissement adrscodepostal"},
    {"commune", QT_TRANSLATE_NOOP("ImportField", "Commune"), "commune ville city town localite libellecommuneetablissement libcom adrslibcommune nomcommune"},
    {"commune_insee", QT_TRANSLATE_NOOP("ImportField", "Commune INSEE code"), "codeinsee insee codecommune codecommuneetablissement adrscodeinsee communeinsee cog"},
    {"phone", QT_TRANSLATE_NOOP("ImportField", "Phone"), "telephone tel phone telephonefixe portable mobile ntelephone numerodetelephone"},
    {"email", QT_TRANSLATE_NOOP("ImportField", "E-mail"), "courriel email mail mel adressemail emailaddress adressecourriel adresseemail adresseelectronique"},
    {"website", QT_TRANSLATE_NOOP("ImportField", "Website"), "siteweb site website siteinternet url web"},
    {"description", QT_TRANSLATE_NOOP("ImportField", "Description"), "description objet presentation activite activites about objetsocial"},
    {"creation_year", QT_TRANSLATE_NOOP("ImportField", "Creation year or date"), "anneecreation anneedecreation datecreation datedecreation creationyear yearfounded founded datecreationunitelegale datecreat"},
    {"employer", QT_TRANSLATE_NOOP("ImportField", "Employer (yes/no)"), "employeur employer caractereemployeurunitelegale"},
    {"accepts_interns", QT_TRANSLATE_NOOP("ImportField", "Accepts interns (yes/no)"), "accueillestagiaires stagiaires acceptsinterns interns"},
    {"charter_signed_on", QT_TRANSLATE_NOOP("ImportField", "ESS charter signed on"), "chartesigneele chartesignee charte chartersignedon"},
    {"iae_agreement", QT_TRANSLATE_NOOP("ImportField", "IAE agreement"), "conventionnementiae iae iaeagreement"},
    {"esus_agreement", QT_TRANSLATE_NOOP("ImportField", "ESUS approval (yes/no)"), "agrementesus esus"},
    {"publication_consent", QT_TRANSLATE_NOOP("ImportField", "Consent to publication (yes/no)"), "consentementpublication publication publicationconsent consentement"},
    {"competencies", QT_TRANSLATE_NOOP("ImportField", "Competencies (comma-separated)"), "competences competencies skills"},
    {"networks", QT_TRANSLATE_NOOP("ImportField", "Networks (comma-separated)"), "reseaux networks reseauxdappartenance"},
    {"notes", QT_TRANSLATE_NOOP("ImportField", "Notes"), "notes remarques commentaire commentaires observations comment comments"},
    {"figures_year", QT_TRANSLATE_NOOP("ImportField", "Year of the figures"), "anneeeffectif annee year anneeeffectifsunitelegale anneedeclaration"},
    {"headcount", QT_TRANSLATE_NOOP("ImportField", "Headcount"), "effectif effectifs salaries salarie nombresalaries nombredesalaries nbsalaries nbdesalaries nombredesalarie effectifsalarie effectifsalaries nombredemployes headcount employees"},
    {"fte", QT_TRANSLATE_NOOP("ImportField", "FTE"), "etp fte equivalenttempsplein"},
    {"volunteers", QT_TRANSLATE_NOOP("ImportField", "Volunteers"), "benevoles volunteers nombrebenevoles nombredebenevoles nbbenevoles nbdebenevoles"},
    {"members", QT_TRANSLATE_NOOP("ImportField", "Members"), "adherents members membres nombreadherents nombredadherents nbadherents nombredemembres societaires"},
    {"budget", QT_TRANSLATE_NOOP("ImportField", "Budget (euros)"), "budget budgetannuel chiffredaffaires turnover ressources"},
    {"archived", QT_TRANSLATE_NOOP("ImportField", "Archived (yes/no)"), "archive archived"},
    {"contact_first_name", QT_TRANSLATE_NOOP("ImportField", "Contact: first name"), "prenom prenomcontact firstname contactprenom"},
    {"contact_last_name", QT_TRANSLATE_NOOP("ImportField", "Contact: last name"), "nomcontact contactnom lastname contact contactname interlocuteur responsable"},
    {"contact_role", QT_TRANSLATE_NOOP("ImportField", "Contact: role"), "fonction role fonctioncontact"},
    {"contact_email", QT_TRANSLATE_NOOP("ImportField", "Contact: e-mail"), "courrielcontact emailcontact contactemail"},
    {"contact_phone", QT_TRANSLATE_NOOP("ImportField", "Contact: phone"), "telephonecontact contactphone"},
};

const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const FieldInfo &f : fields) {
            const QStringList keys = QString::fromLatin1(f.synonyms).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &k : keys)
                m.insert(k, QString::fromLatin1(f.code));
        }
        return m;
    }();
    return map;
}

} // namespace

QStringList ImportField::codes()
{
    QStringList list;
    for (const FieldInfo &f : fields)
        list << QString::fromLatin1(f.code);
    return list;
}

QString ImportField::label(const QString &code)
{
    for (const FieldInfo &f : fields) {
        if (code == QLatin1String(f.code))
            return tr(f.label);
    }
    return code;
}

QString ImportField::headerKey(const QString &header)
{
    const QString folded = TextKey::fold(header);
    QString key;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

QString ImportField::guess(const QString &header)
{
    return synonyms().value(headerKey(header));
}
