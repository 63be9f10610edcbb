<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActorCsvExporter</name>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder or name.</source>
        <translation>Le fichier “%1” ne peut pas être écrit (%2). Choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>The file “%1” could not be saved (%2). Check the free space and try again.</source>
        <translation>Le fichier “%1” n&apos;a pas pu être enregistré (%2). Vérifiez l&apos;espace disque disponible, puis réessayez.</translation>
    </message>
    <message>
        <source>The directory could not be read (%1).</source>
        <translation>L&apos;annuaire n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>Le fichier n&apos;a pas pu être écrit (%1).</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>C&amp;hiffres</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>Forget the changes not yet applied</source>
        <translation>Abandonner les modifications pas encore appliquées</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S); Ctrl+Z takes them back</source>
        <translation>Enregistrer les modifications (Ctrl+S)&#xa0;; Ctrl+Z permet de revenir en arrière</translation>
    </message>
    <message>
        <source>Name of the structure (required)</source>
        <translation>Nom de la structure (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Acron&amp;ym:</source>
        <translation>Si&amp;gle&#xa0;:</translation>
    </message>
    <message>
        <source>Choosing a status fills in the family and the legal category</source>
        <translation>Choisir un statut renseigne la famille et la catégorie juridique</translation>
    </message>
    <message>
        <source>&amp;Legal status:</source>
        <translation>Statut &amp;juridique&#xa0;:</translation>
    </message>
    <message>
        <source>ESS &amp;family:</source>
        <translation>Fami&amp;lle de l&apos;ESS&#xa0;:</translation>
    </message>
    <message>
        <source>INSEE legal category: type the code or words of its label</source>
        <translation>Catégorie juridique INSEE&#xa0;: tapez le code ou des mots de son libellé</translation>
    </message>
    <message>
        <source>Legal &amp;category (INSEE):</source>
        <translation>Catégorie juridi&amp;que (INSEE)&#xa0;:</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <source>SI&amp;REN:</source>
        <translation>&amp;SIREN&#xa0;:</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>SIR&amp;ET:</source>
        <translation>SIR&amp;ET&#xa0;:</translation>
    </message>
    <message>
        <source>W followed by 9 characters</source>
        <translation>W suivi de 9 caractères</translation>
    </message>
    <message>
        <source>R&amp;NA:</source>
        <translation>R&amp;NA&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 88.99B</source>
        <translation>par ex. 88.99B</translation>
    </message>
    <message>
        <source>NA&amp;F code:</source>
        <translation>C&amp;ode NAF&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>Secte&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Creation &amp;year:</source>
        <translation>Année de créa&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adre&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>Type the first letters of the commune</source>
        <translation>Tapez les premières lettres de la commune</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>C&amp;ode postal&#xa0;:</translation>
    </message>
    <message>
        <source>EPCI:</source>
        <translation>EPCI&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Courri&amp;el&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Separated by commas: accounting, communication…</source>
        <translation>Séparées par des virgules&#xa0;: comptabilité, communication…</translation>
    </message>
    <message>
        <source>Co&amp;mpetencies:</source>
        <translation>Co&amp;mpétences&#xa0;:</translation>
    </message>
    <message>
        <source>Separated by commas: CRESS, APES…</source>
        <translation>Séparés par des virgules&#xa0;: CRESS, APES…</translation>
    </message>
    <message>
        <source>Net&amp;works:</source>
        <translation>Résea&amp;ux&#xa0;:</translation>
    </message>
    <message>
        <source>Em&amp;ployer</source>
        <translation>Emp&amp;loyeur</translation>
    </message>
    <message>
        <source>Accepts &amp;interns</source>
        <translation>Accueille des &amp;stagiaires</translation>
    </message>
    <message>
        <source>ESS c&amp;harter signed on</source>
        <translation>Char&amp;te de l&apos;ESS signée le</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>IAE a&amp;greement:</source>
        <translation>C&amp;onventionnement IAE&#xa0;:</translation>
    </message>
    <message>
        <source>ESUS appro&amp;val since</source>
        <translation>A&amp;grément ESUS depuis le</translation>
    </message>
    <message>
        <source>Agrees to appear in public documents (guide, Lettre, portal)</source>
        <translation>Accepte de figurer dans les documents publics (guide, Lettre, portail)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Lettre</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Origine du consentement</translation>
    </message>
    <message>
        <source>Agrees to appear in the printed guide</source>
        <translation>Accepte de figurer dans le guide imprimé</translation>
    </message>
    <message>
        <source>Agrees to receive the Lettre de l&apos;ESS</source>
        <translation>Accepte de recevoir la Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>Date of the consent, as 31/12/2012</source>
        <translation>Date du consentement, sous la forme 31/12/2012</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif salarié</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Adhérents</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Leave a cell empty when the figure is not known: it is then not counted as zero.</source>
        <translation>Laissez une case vide quand le chiffre n&apos;est pas connu&#xa0;: il n&apos;est alors pas compté comme zéro.</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>Ajouter une année</translation>
    </message>
    <message>
        <source>Remove the year</source>
        <translation>Supprimer l&apos;année</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(aucun secteur)</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>New actor: %1</source>
        <translation>Nouvelle structure&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivée)</translation>
    </message>
    <message>
        <source>outside the territory&apos;s reference table: the commune and postcode are kept as typed</source>
        <translation>hors de la table de référence du territoire&#xa0;: la commune et le code postal sont conservés tels que saisis</translation>
    </message>
    <message>
        <source>“%1” in the yearly figures is not a number: type digits only, as 12 or 3,5.</source>
        <translation>“%1”, dans les chiffres annuels, n&apos;est pas un nombre&#xa0;: tapez seulement des chiffres, par exemple 12 ou 3,5.</translation>
    </message>
    <message>
        <source>“%1” is not an INSEE legal category: choose one in the list, or type its four-digit code.</source>
        <translation>“%1” n&apos;est pas une catégorie juridique INSEE&#xa0;: choisissez-en une dans la liste, ou tapez son code à quatre chiffres.</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Salaried headcount declared for %1</source>
        <translation>Effectif salarié déclaré pour l&apos;année %1</translation>
    </message>
    <message>
        <source>Headcount %1</source>
        <translation>Effectif %1</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Accepts interns</source>
        <translation>Accueille des stagiaires</translation>
    </message>
    <message>
        <source>ESS charter</source>
        <translation>Charte de l&apos;ESS</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>ActorValidator</name>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The SIREN “%1” is not valid: it has 9 digits and the last one is a check digit that does not match. Look for a typing mistake.</source>
        <translation>Le SIREN “%1” n&apos;est pas valide&#xa0;: il compte 9 chiffres, et le dernier est une clé de contrôle qui ne correspond pas. Vérifiez qu&apos;il n&apos;y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The SIRET “%1” is not valid: it has 14 digits and the last one is a check digit that does not match. Look for a typing mistake.</source>
        <translation>Le SIRET “%1” n&apos;est pas valide&#xa0;: il compte 14 chiffres, et le dernier est une clé de contrôle qui ne correspond pas. Vérifiez qu&apos;il n&apos;y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The SIRET “%1” does not begin with the SIREN “%2”: the first nine digits of a SIRET are the SIREN.</source>
        <translation>Le SIRET “%1” ne commence pas par le SIREN “%2”&#xa0;: les neuf premiers chiffres d&apos;un SIRET forment le SIREN.</translation>
    </message>
    <message>
        <source>The RNA number “%1” is not valid: it is a W followed by nine digits or letters, as in W595001234.</source>
        <translation>Le numéro RNA “%1” n&apos;est pas valide&#xa0;: il se compose d&apos;un W suivi de neuf chiffres ou lettres, comme W595001234.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is not valid: it should look like name@example.fr.</source>
        <translation>L&apos;adresse de courriel “%1” n&apos;est pas valide&#xa0;: elle doit ressembler à nom@exemple.fr.</translation>
    </message>
    <message>
        <source>The postcode “%1” is not a French postcode: it has five digits, as in 59600.</source>
        <translation>Le code postal “%1” n&apos;est pas un code postal français&#xa0;: il compte cinq chiffres, comme 59600.</translation>
    </message>
    <message>
        <source>The postcode %1 does not belong to %2, whose postcode is %3. Correct the postcode or the commune.</source>
        <translation>Le code postal %1 ne correspond pas à %2, dont le code postal est %3. Corrigez le code postal ou la commune.</translation>
    </message>
    <message>
        <source>The creation year %1 is not plausible: give a year between 1800 and %2.</source>
        <translation>L&apos;année de création %1 n&apos;est pas plausible&#xa0;: indiquez une année entre 1800 et %2.</translation>
    </message>
    <message>
        <source>The year %1 of the yearly figures is not plausible: give a year between 1900 and %2.</source>
        <translation>L&apos;année %1 des chiffres annuels n&apos;est pas plausible&#xa0;: indiquez une année entre 1900 et %2.</translation>
    </message>
    <message>
        <source>The year %1 appears twice in the yearly figures: keep one line per year.</source>
        <translation>L&apos;année %1 apparaît deux fois dans les chiffres annuels&#xa0;: gardez une seule ligne par année.</translation>
    </message>
    <message>
        <source>The figures of %1 cannot be negative: correct or clear them.</source>
        <translation>Les chiffres de l&apos;année %1 ne peuvent pas être négatifs&#xa0;: corrigez-les ou effacez-les.</translation>
    </message>
    <message>
        <source>Every contact needs a name: fill it in or remove the line.</source>
        <translation>Chaque contact doit avoir un nom&#xa0;: renseignez-le ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” of %2 is not valid: it should look like name@example.fr.</source>
        <translation>L&apos;adresse de courriel “%1” de %2 n&apos;est pas valide&#xa0;: elle doit ressembler à nom@exemple.fr.</translation>
    </message>
</context>
<context>
    <name>AgendaCommand</name>
    <message>
        <source>essaim: the date “%1” cannot be read; write it as 2026-03-31.</source>
        <translation>essaim&#xa0;: la date “%1” est illisible&#xa0;; écrivez-la sous la forme 2026-03-31.</translation>
    </message>
    <message>
        <source>essaim: --to must not come before --from.</source>
        <translation>essaim&#xa0;: --to ne peut pas précéder --from.</translation>
    </message>
    <message>
        <source>essaim: import events needs a file: “essaim --db FILE import events FILE.ics”.</source>
        <translation>essaim&#xa0;: import events demande un fichier&#xa0;: “essaim --db FICHIER import events FICHIER.ics”.</translation>
    </message>
    <message>
        <source>essaim: export needs a file to write: add -o FILE.</source>
        <translation>essaim&#xa0;: l&apos;export demande un fichier à écrire&#xa0;: ajoutez -o FICHIER.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for events; use ics.</source>
        <translation>essaim&#xa0;: le format “%1” n&apos;est pas connu pour les événements&#xa0;; utilisez ics.</translation>
    </message>
    <message>
        <source>essaim: agenda needs a period: add --from DATE --to DATE.</source>
        <translation>essaim&#xa0;: agenda demande une période&#xa0;: ajoutez --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for the agenda; use csv or ics.</source>
        <translation>essaim&#xa0;: le format “%1” n&apos;est pas connu pour l&apos;agenda&#xa0;; utilisez csv ou ics.</translation>
    </message>
    <message>
        <source>essaim: “%1” was not imported: %2</source>
        <translation>essaim&#xa0;: “%1” n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning: “%1” overlaps “%2” of %3 at the same place (%4).</source>
        <translation>Attention&#xa0;: “%1” chevauche “%2” du %3 au même endroit (%4).</translation>
    </message>
    <message>
        <source>essaim: the events could not be written: %1. Nothing was imported.</source>
        <translation>essaim&#xa0;: les événements n&apos;ont pas pu être écrits&#xa0;: %1. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written.</source>
        <translation>Essai à blanc, rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported</source>
        <translation>
            <numerusform>%n événement importé</numerusform>
            <numerusform>%n événements importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n defect(s) skipped</source>
        <translation>
            <numerusform>%n défaut ignoré</numerusform>
            <numerusform>%n défauts ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n événement exporté dans “%1”.</numerusform>
            <numerusform>%n événements exportés dans “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Chercher un événement…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prochainement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Modifier l&apos;événement…</translation>
    </message>
    <message>
        <source>&amp;Registrations and attendance…</source>
        <translation>&amp;Inscriptions et présences…</translation>
    </message>
    <message>
        <source>&amp;Cancel this occurrence</source>
        <translation>&amp;Annuler cette date</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Supprimer l&apos;événement…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Suiva&amp;nt</translation>
    </message>
    <message>
        <source>&amp;Import iCalendar file…</source>
        <translation>&amp;Importer un fichier iCalendar…</translation>
    </message>
    <message>
        <source>E&amp;xport to iCalendar…</source>
        <translation>E&amp;xporter en iCalendar…</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Semaine %1&#xa0;: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Double-click a day to add an event, an event to open it.</source>
        <translation>Double-cliquez sur un jour pour ajouter un événement, sur un événement pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <source>%1 registered of %2 places</source>
        <translation>%1 inscrits pour %2 places</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — capacity passed</source>
        <translation>%1 — capacité dépassée</translation>
    </message>
    <message>
        <source>Repeating event</source>
        <translation>Événement répété</translation>
    </message>
    <message>
        <source>This occurrence</source>
        <translation>Cette date</translation>
    </message>
    <message>
        <source>This and the following</source>
        <translation>Cette date et les suivantes</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>Toute la série</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was changed.</source>
        <translation>La modification n&apos;a pas pu être enregistrée (%1). Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>Créer “%1”</translation>
    </message>
    <message>
        <source>“%1” repeats. Change only this occurrence, this one and the following ones, or the whole series?</source>
        <translation>“%1” se répète. Modifier seulement cette date, cette date et les suivantes, ou toute la série&#xa0;?</translation>
    </message>
    <message>
        <source>Change one occurrence of “%1”</source>
        <translation>Modifier une date de “%1”</translation>
    </message>
    <message>
        <source>Change “%1” from %2 on</source>
        <translation>Modifier “%1” à partir du %2</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier “%1”</translation>
    </message>
    <message>
        <source>Cancel “%1” of %2</source>
        <translation>Annuler “%1” du %2</translation>
    </message>
    <message>
        <source>Delete the whole series “%1” and its registrations? To drop one date only, cancel that occurrence instead.</source>
        <translation>Supprimer toute la série “%1” et ses inscriptions&#xa0;? Pour retirer une seule date, annulez plutôt cette date.</translation>
    </message>
    <message>
        <source>Delete “%1” and its registrations?</source>
        <translation>Supprimer “%1” et ses inscriptions&#xa0;?</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer “%1”</translation>
    </message>
    <message>
        <source>Registrations of “%1”</source>
        <translation>Inscriptions à “%1”</translation>
    </message>
    <message>
        <source>Import an iCalendar file</source>
        <translation>Importer un fichier iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics *.ical *.ifb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” was not imported, nothing was changed. %2</source>
        <translation>“%1” n&apos;a pas été importé, rien n&apos;a été changé. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) to import</source>
        <translation>
            <numerusform>%n événement à importer</numerusform>
            <numerusform>%n événements à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignoré&#xa0;:</translation>
    </message>
    <message>
        <source>The file holds no event.</source>
        <translation>Le fichier ne contient aucun événement.</translation>
    </message>
    <message>
        <source>Import?</source>
        <translation>Importer&#xa0;?</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importer “%1”</translation>
    </message>
    <message>
        <source>agenda.ics</source>
        <translation>agenda.ics</translation>
    </message>
    <message>
        <source>Export to iCalendar</source>
        <translation>Exporter en iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n événement exporté dans “%1”.</numerusform>
            <numerusform>%n événements exportés dans “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event &amp;types…</source>
        <translation>&amp;Types d&apos;événements…</translation>
    </message>
    <message>
        <source>“%1” overlaps “%2” of %3 at the same place (%4).</source>
        <translation>“%1” chevauche “%2” du %3 au même endroit (%4).</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The present state is saved first, so this can be undone by restoring it in turn.</source>
        <translation>Choisissez la copie à laquelle revenir. L&apos;état actuel est d&apos;abord sauvegardé&#xa0;: vous pourrez donc annuler l&apos;opération en le restaurant à son tour.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Today&apos;s backup copy could not be written (%1). Check the free space in the database&apos;s folder.</source>
        <translation>La copie de sauvegarde du jour n&apos;a pas pu être écrite (%1). Vérifiez l&apos;espace disponible dans le dossier de la base de données.</translation>
    </message>
    <message>
        <source>The backup copy “%1” cannot be read.</source>
        <translation>La copie de sauvegarde “%1” ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The backup copy cannot be restored: %1</source>
        <translation>La copie de sauvegarde ne peut pas être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The current state could not be saved before restoring (%1). Nothing was changed.</source>
        <translation>L&apos;état actuel n&apos;a pas pu être sauvegardé avant la restauration (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup copy could not be copied next to the database. Nothing was changed.</source>
        <translation>La copie de sauvegarde n&apos;a pas pu être copiée à côté de la base de données. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup copy could not be put in place; the database was left as it was.</source>
        <translation>La copie de sauvegarde n&apos;a pas pu être mise en place&#xa0;; la base de données a été laissée telle quelle.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Essaim, the desk of a local council of the social and solidarity economy.</source>
        <translation>Essaim, l&apos;outil de travail d&apos;un conseil local de l&apos;économie sociale et solidaire.</translation>
    </message>
    <message>
        <source>The Essaim database to use (created when missing).</source>
        <translation>La base de données Essaim à utiliser (créée si elle n&apos;existe pas).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Langue de l&apos;interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Output format of export: csv (French Excel) or csv-rfc (RFC 4180).</source>
        <translation>Format de sortie de l&apos;export&#xa0;: csv (Excel en français) ou csv-rfc (RFC 4180).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>[command ...]</source>
        <translation>[commande ...]</translation>
    </message>
    <message>
        <source>essaim: %1. Run “essaim --help” for the list of options.</source>
        <translation>essaim&#xa0;: %1. Lancez “essaim --help” pour obtenir la liste des options.</translation>
    </message>
    <message>
        <source>essaim: the language “%1” is not available; use fr or en.</source>
        <translation>essaim&#xa0;: la langue “%1” n&apos;est pas disponible&#xa0;; utilisez fr ou en.</translation>
    </message>
    <message>
        <source>essaim: no command given. Run “essaim --help” for the list of commands.</source>
        <translation>essaim&#xa0;: aucune commande indiquée. Lancez “essaim --help” pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>essaim: unknown command “%1”. Run “essaim --help” for the list of commands.</source>
        <translation>essaim&#xa0;: commande “%1” inconnue. Lancez “essaim --help” pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>essaim: export what? Write “essaim --db FILE export actors --format csv -o FILE”.</source>
        <translation>essaim&#xa0;: exporter quoi&#xa0;? Écrivez “essaim --db FICHIER export actors --format csv -o FICHIER”.</translation>
    </message>
    <message>
        <source>essaim: export needs a file to write: add -o FILE.</source>
        <translation>essaim&#xa0;: la commande export a besoin d&apos;un fichier à écrire&#xa0;: ajoutez -o FICHIER.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for actors; use csv or csv-rfc.</source>
        <translation>essaim&#xa0;: le format “%1” n&apos;est pas connu pour les acteurs&#xa0;; utilisez csv ou csv-rfc.</translation>
    </message>
    <message numerus="yes">
        <source>The demo directory was written to “%1”: %n actor(s).</source>
        <translation>
            <numerusform>L&apos;annuaire de démonstration a été écrit dans “%1”&#xa0;: %n acteur.</numerusform>
            <numerusform>L&apos;annuaire de démonstration a été écrit dans “%1”&#xa0;: %n acteurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>essaim: the database “%1” has problems: %2</source>
        <translation>essaim&#xa0;: la base de données “%1” présente des problèmes&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The database “%1” is sound: schema version %2, %n actor(s).</source>
        <translation>
            <numerusform>La base de données “%1” est saine&#xa0;: schéma version %2, %n acteur.</numerusform>
            <numerusform>La base de données “%1” est saine&#xa0;: schéma version %2, %n acteurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n acteur exporté dans “%1”.</numerusform>
            <numerusform>%n acteurs exportés dans “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>First day of the period (2026-03-01).</source>
        <translation>Premier jour de la période (2026-03-01).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the period (2026-03-31).</source>
        <translation>Dernier jour de la période (2026-03-31).</translation>
    </message>
    <message>
        <source>Read and report, write nothing.</source>
        <translation>Lire et rendre compte, sans rien écrire.</translation>
    </message>
    <message>
        <source>demo: fill the database with the Sambre-Avesnois demo directory
check: check the database&apos;s integrity and schema
export actors --format csv|csv-rfc -o FILE: export the directory
import events FILE.ics [--dry-run]: import an iCalendar file into the agenda
export events --format ics [--from DATE --to DATE] -o FILE: export the agenda
agenda --from DATE --to DATE [--format csv|ics] [-o FILE]: list the occurrences of a period</source>
        <translation>demo&#xa0;: remplit la base de données avec l&apos;annuaire de démonstration Sambre-Avesnois
check&#xa0;: vérifie l&apos;intégrité et le schéma de la base de données
export actors --format csv|csv-rfc -o FICHIER&#xa0;: exporte l&apos;annuaire
import events FICHIER.ics [--dry-run]&#xa0;: importe un fichier iCalendar dans l&apos;agenda
export events --format ics [--from DATE --to DATE] -o FICHIER&#xa0;: exporte l&apos;agenda
agenda --from DATE --to DATE [--format csv|ics] [-o FICHIER]&#xa0;: liste les occurrences d&apos;une période</translation>
    </message>
    <message>
        <source>essaim: import what? Write “essaim --db FILE import events FILE.ics”.</source>
        <translation>essaim&#xa0;: importer quoi&#xa0;? Écrivez “essaim --db FICHIER import events FICHIER.ics”.</translation>
    </message>
</context>
<context>
    <name>CreateActorCommand</name>
    <message>
        <source>create “%1”</source>
        <translation>la création de “%1”</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file “%1” does not exist. Check its name and folder, or create a new database.</source>
        <translation>Le fichier “%1” n&apos;existe pas. Vérifiez son nom et son dossier, ou créez une nouvelle base de données.</translation>
    </message>
    <message>
        <source>Essaim could not create “%1”: the folder cannot be created. Choose a folder where you can write.</source>
        <translation>Essaim n&apos;a pas pu créer “%1”&#xa0;: le dossier ne peut pas être créé. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database “%1” is in a read-only folder. Essaim needs to write next to it: copy it to a folder of your own, then open the copy.</source>
        <translation>La base de données “%1” se trouve dans un dossier en lecture seule. Essaim a besoin d&apos;écrire à côté d&apos;elle&#xa0;: copiez-la dans un de vos dossiers, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>Essaim could not create “%1”: the folder is read-only. Choose a folder where you can write.</source>
        <translation>Essaim n&apos;a pas pu créer “%1”&#xa0;: le dossier est en lecture seule. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database “%1” is already open in another Essaim window (process %2). Close the other window, then try again.</source>
        <translation>La base de données “%1” est déjà ouverte dans une autre fenêtre d&apos;Essaim (processus %2). Fermez l&apos;autre fenêtre, puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” is being used by another program. Close it, then try again.</source>
        <translation>La base de données “%1” est utilisée par un autre programme. Fermez ce programme, puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged and cannot be read. It was left untouched: restore a backup copy (File &gt; Restore a backup).</source>
        <translation>La base de données “%1” est endommagée et ne peut pas être lue. Elle a été laissée intacte&#xa0;: restaurez une copie de sauvegarde (Fichier &gt; Restaurer une copie de sauvegarde).</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an Essaim database. Choose an Essaim database file.</source>
        <translation>“%1” est un dossier, pas une base de données Essaim. Choisissez un fichier de base de données Essaim.</translation>
    </message>
    <message>
        <source>Essaim is not allowed to read “%1”. Ask for permission to read and write it, or open a copy.</source>
        <translation>Essaim n&apos;a pas l&apos;autorisation de lire “%1”. Demandez l&apos;autorisation de le lire et de le modifier, ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>The file “%1” is not an Essaim database. It was left untouched: choose an Essaim database, or create a new one.</source>
        <translation>Le fichier “%1” n&apos;est pas une base de données Essaim. Il a été laissé intact&#xa0;: choisissez une base de données Essaim, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not an Essaim database. It was left untouched: choose an Essaim database, or create a new one.</source>
        <translation>Le fichier “%1” est une base de données d&apos;un autre programme, pas une base de données Essaim. Il a été laissé intact&#xa0;: choisissez une base de données Essaim, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Essaim (schema %2; this version reads up to %3). It was left untouched: install the newer Essaim to open it.</source>
        <translation>La base de données “%1” a été écrite par une version plus récente d&apos;Essaim (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Elle a été laissée intacte&#xa0;: installez la version plus récente d&apos;Essaim pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database “%1” is read-only. Essaim needs to write to it: copy it to a folder of your own or ask for write permission, then open it again.</source>
        <translation>La base de données “%1” est en lecture seule. Essaim a besoin d&apos;y écrire&#xa0;: copiez-la dans un de vos dossiers ou demandez l&apos;autorisation de la modifier, puis ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>Essaim could not open “%1”: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Essaim n&apos;a pas pu ouvrir “%1”&#xa0;: %2. Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>The database “%1” needs an upgrade, but its safety copy could not be written (%2). Nothing was changed: free some disk space, then open it again.</source>
        <translation>La base de données “%1” doit être mise à niveau, mais sa copie de sauvegarde préalable n&apos;a pas pu être écrite (%2). Rien n&apos;a été modifié&#xa0;: libérez de l&apos;espace disque, puis ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>The database “%1” could not be prepared: %2.</source>
        <translation>La base de données “%1” n&apos;a pas pu être préparée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded (%2). It was left as it was, and a copy was kept as “%3”.</source>
        <translation>La base de données “%1” n&apos;a pas pu être mise à niveau (%2). Elle a été laissée telle quelle, et une copie a été conservée sous le nom “%3”.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>La ligne %1 de la table %2 renvoie à une ligne absente de la table %3.</translation>
    </message>
    <message>
        <source>The file is not marked as an Essaim database.</source>
        <translation>Le fichier n&apos;est pas marqué comme base de données Essaim.</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Version du schéma %1, version %2 attendue.</translation>
    </message>
</context>
<context>
    <name>DemoAgendaBuilder</name>
    <message>
        <source>The demo agenda could not be written: %1</source>
        <translation>L&apos;agenda de démonstration n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DemoDataBuilder</name>
    <message numerus="yes">
        <source>The database “%1” already holds %n actor(s): the demo data goes into a new, empty database. Give another file name with --db.</source>
        <translation>
            <numerusform>La base de données “%1” contient déjà %n acteur&#xa0;: les données de démonstration ne vont que dans une base de données neuve et vide. Indiquez un autre nom de fichier avec --db.</numerusform>
            <numerusform>La base de données “%1” contient déjà %n acteurs&#xa0;: les données de démonstration ne vont que dans une base de données neuve et vide. Indiquez un autre nom de fichier avec --db.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database “%1” has no reference communes, so the demo actors cannot be placed. Create a new database with --db.</source>
        <translation>La base de données “%1” ne contient pas les communes de référence&#xa0;: les acteurs de démonstration ne peuvent donc pas être placés. Créez une nouvelle base de données avec --db.</translation>
    </message>
    <message>
        <source>The demo actor “%1” does not pass validation: %2</source>
        <translation>L&apos;acteur de démonstration “%1” n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo actors could not be written to “%1”: %2</source>
        <translation>Les acteurs de démonstration n&apos;ont pas pu être écrits dans “%1”&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Search a name, acronym, commune, sector, competency or contact (Ctrl+F)</source>
        <translation>Rechercher un nom, un sigle, une commune, un secteur, une compétence ou un contact (Ctrl+F)</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>&amp;New actor</source>
        <translation>&amp;Nouvelle structure</translation>
    </message>
    <message>
        <source>&amp;Duplicate actor</source>
        <translation>&amp;Dupliquer la structure</translation>
    </message>
    <message>
        <source>&amp;Archive actor</source>
        <translation>&amp;Archiver la structure</translation>
    </message>
    <message>
        <source>&amp;Restore actor</source>
        <translation>&amp;Restaurer la structure</translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation>A&amp;ppliquer les modifications</translation>
    </message>
    <message>
        <source>&amp;Export the actors shown…</source>
        <translation>&amp;Exporter les acteurs affichés…</translation>
    </message>
    <message>
        <source>Edit the &amp;sectors…</source>
        <translation>Modifier les &amp;secteurs…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Employer or not</source>
        <translation>Employeur ou non</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>Not employers</source>
        <translation>Non employeurs</translation>
    </message>
    <message>
        <source>Interns: any</source>
        <translation>Stagiaires&#xa0;: indifférent</translation>
    </message>
    <message>
        <source>Accept interns</source>
        <translation>Accueillent des stagiaires</translation>
    </message>
    <message>
        <source>No interns</source>
        <translation>Sans stagiaires</translation>
    </message>
    <message>
        <source>Charter: any</source>
        <translation>Charte&#xa0;: indifférent</translation>
    </message>
    <message>
        <source>Charter signed</source>
        <translation>Charte signée</translation>
    </message>
    <message>
        <source>Charter not signed</source>
        <translation>Charte non signée</translation>
    </message>
    <message>
        <source>Current actors</source>
        <translation>Acteurs non archivés</translation>
    </message>
    <message>
        <source>Archived actors</source>
        <translation>Acteurs archivés</translation>
    </message>
    <message>
        <source>Current and archived</source>
        <translation>Tous, archivés compris</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Show every current actor again</source>
        <translation>Afficher de nouveau tous les acteurs non archivés</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Toutes les familles</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All EPCI</source>
        <translation>Tous les EPCI</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes to “%1” cannot be applied as they are:
%2

Discard them?</source>
        <translation>Les modifications de “%1” ne peuvent pas être appliquées en l&apos;état&#xa0;:
%2

Voulez-vous les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Cannot apply</source>
        <translation>Impossible d&apos;appliquer</translation>
    </message>
    <message>
        <source>the same SIRET</source>
        <translation>le même SIRET</translation>
    </message>
    <message>
        <source>the same SIREN</source>
        <translation>le même SIREN</translation>
    </message>
    <message>
        <source>the same RNA number</source>
        <translation>le même numéro RNA</translation>
    </message>
    <message>
        <source>the same name in the same commune</source>
        <translation>le même nom dans la même commune</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>“%1” (%2) is already in the directory with %3. Create “%4” anyway?</source>
        <translation>“%1” (%2) figure déjà dans l&apos;annuaire avec %3. Créer “%4” quand même&#xa0;?</translation>
    </message>
    <message>
        <source>no commune</source>
        <translation>sans commune</translation>
    </message>
    <message>
        <source>Nothing created: the directory already has “%1”.</source>
        <translation>Rien n&apos;a été créé&#xa0;: l&apos;annuaire contient déjà “%1”.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). Nothing was changed; try again, or save a copy of the database.</source>
        <translation>La structure “%1” n&apos;a pas pu être enregistrée (%2). Rien n&apos;a été modifié&#xa0;: réessayez, ou enregistrez une copie de la base de données.</translation>
    </message>
    <message>
        <source>“%1” added to the directory.</source>
        <translation>Structure “%1” ajoutée à l&apos;annuaire.</translation>
    </message>
    <message>
        <source>The changes to “%1” could not be saved (%2). Nothing was changed; try again.</source>
        <translation>Les modifications de “%1” n&apos;ont pas pu être enregistrées (%2). Rien n&apos;a été modifié&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>la modification de “%1”</translation>
    </message>
    <message>
        <source>Changes to “%1” applied.</source>
        <translation>Modifications de “%1” appliquées.</translation>
    </message>
    <message>
        <source>archive “%1”</source>
        <translation>l&apos;archivage de “%1”</translation>
    </message>
    <message>
        <source>restore “%1”</source>
        <translation>la restauration de “%1”</translation>
    </message>
    <message>
        <source>“%1” archived: it is kept and can be restored from the archived actors.</source>
        <translation>Structure “%1” archivée&#xa0;: elle est conservée et peut être restaurée depuis les acteurs archivés.</translation>
    </message>
    <message>
        <source>“%1” restored.</source>
        <translation>Structure “%1” restaurée.</translation>
    </message>
    <message>
        <source>CSV for French Excel (UTF-8, ;) (*.csv)</source>
        <translation>CSV pour Excel en français (UTF-8, ;) (*.csv)</translation>
    </message>
    <message>
        <source>CSV RFC 4180 (UTF-8, comma) (*.csv)</source>
        <translation>CSV RFC 4180 (UTF-8, virgule) (*.csv)</translation>
    </message>
    <message>
        <source>Export the actors shown</source>
        <translation>Exporter les acteurs affichés</translation>
    </message>
    <message>
        <source>actors.csv</source>
        <translation>acteurs.csv</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n acteur exporté dans “%1”.</numerusform>
            <numerusform>%n acteurs exportés dans “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EssFamily</name>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Coopérative</translation>
    </message>
    <message>
        <source>Mutual society</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Commercial ESS company</source>
        <translation>Société commerciale de l&apos;ESS</translation>
    </message>
    <message>
        <source>Outside the ESS</source>
        <translation>Hors champ de l&apos;ESS</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Public event (shown in exports and publications)</source>
        <translation>Événement public (dans les exports et les publications)</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>Never ends</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;rtners:</source>
        <translation>Pa&amp;rtenaires&#xa0;:</translation>
    </message>
    <message>
        <source>Plan &amp;action:</source>
        <translation>&amp;Action du plan&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Répétition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Tous les&#xa0;:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Le&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Prochaines dates&#xa0;:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Once, %1</source>
        <translation>Une fois, le %1</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %1 is already taken by “%2” on %3.</source>
        <translation>
            <numerusform>Attention&#xa0;: %1 est déjà occupé par “%2” le %3.</numerusform>
            <numerusform>Attention&#xa0;: %1 est déjà occupé par “%2” le %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other overlap(s).</source>
        <translation>
            <numerusform>%n autre chevauchement.</numerusform>
            <numerusform>%n autres chevauchements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>L&apos;événement doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>EventTypesDialog</name>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événements</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Nouveau type</translation>
    </message>
    <message>
        <source>Colour of the type</source>
        <translation>Couleur du type</translation>
    </message>
    <message>
        <source>Every type needs a name.</source>
        <translation>Chaque type doit avoir un nom.</translation>
    </message>
    <message>
        <source>There are two types called “%1”: give them different names.</source>
        <translation>Deux types s&apos;appellent “%1”&#xa0;: donnez-leur des noms différents.</translation>
    </message>
    <message>
        <source>The types could not be saved (%1).</source>
        <translation>Les types n&apos;ont pas pu être enregistrés (%1).</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder.</source>
        <translation>Le fichier “%1” ne peut pas être écrit (%2). Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>IcsImporter</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened (%2). Check that it exists and that you may read it.</source>
        <translation>Le fichier “%1” ne peut pas être ouvert (%2). Vérifiez qu&apos;il existe et que vous pouvez le lire.</translation>
    </message>
    <message>
        <source>the file is not in UTF-8: it was read as Latin-1, check the accents</source>
        <translation>le fichier n&apos;est pas en UTF-8&#xa0;: il a été lu en Latin-1, vérifiez les accents</translation>
    </message>
    <message>
        <source>this is not an iCalendar file (it should begin with BEGIN:VCALENDAR).</source>
        <translation>ce n&apos;est pas un fichier iCalendar (il devrait commencer par BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>“%1” is not a property (no colon); the line was skipped</source>
        <translation>“%1” n&apos;est pas une propriété (pas de deux-points)&#xa0;; la ligne a été ignorée</translation>
    </message>
    <message>
        <source>content after END:VCALENDAR.</source>
        <translation>du contenu suit END:VCALENDAR.</translation>
    </message>
    <message>
        <source>a %1 component is not an event; it was skipped</source>
        <translation>un composant %1 n&apos;est pas un événement&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>END:%1 closes nothing.</source>
        <translation>END:%1 ne ferme rien.</translation>
    </message>
    <message>
        <source>END:%1 found where END:%2 (opened line %3) was expected.</source>
        <translation>END:%1 trouvé là où END:%2 (ouvert ligne %3) était attendu.</translation>
    </message>
    <message>
        <source>“%1” stands outside any component.</source>
        <translation>“%1” se trouve hors de tout composant.</translation>
    </message>
    <message>
        <source>the unknown property %1 was skipped</source>
        <translation>la propriété inconnue %1 a été ignorée</translation>
    </message>
    <message>
        <source>an empty parameter in %1 was ignored</source>
        <translation>un paramètre vide dans %1 a été ignoré</translation>
    </message>
    <message>
        <source>the empty %1 was ignored</source>
        <translation>le %1 vide a été ignoré</translation>
    </message>
    <message>
        <source>the repeat rule “%1” cannot be read; the event was kept without repetition</source>
        <translation>la règle de répétition “%1” est illisible&#xa0;; l&apos;événement a été gardé sans répétition</translation>
    </message>
    <message>
        <source>EXRULE (dropped from RFC 5545) is not supported; it was skipped</source>
        <translation>EXRULE (retiré de la RFC 5545) n&apos;est pas pris en charge&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>the file ends before END:%1 (BEGIN:%1 on line %2): it is incomplete.</source>
        <translation>le fichier s&apos;arrête avant END:%1 (BEGIN:%1 ligne %2)&#xa0;: il est incomplet.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the calendar cannot be read.</source>
        <translation>le calendrier est illisible.</translation>
    </message>
    <message>
        <source>the time zone “%1” is not defined; its times were read as Paris times</source>
        <translation>le fuseau horaire “%1” n&apos;est pas défini&#xa0;; ses heures ont été lues comme heures de Paris</translation>
    </message>
    <message>
        <source>part of the event could not be read and was skipped (%1)</source>
        <translation>une partie de l&apos;événement est illisible et a été ignorée (%1)</translation>
    </message>
    <message>
        <source>the event “%1” has no start (DTSTART); it was skipped</source>
        <translation>l&apos;événement “%1” n&apos;a pas de début (DTSTART)&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>the start of the event “%1” cannot be read; it was skipped</source>
        <translation>le début de l&apos;événement “%1” est illisible&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>the end of the event “%1” is before its start; the event was given no length</source>
        <translation>la fin de l&apos;événement “%1” précède son début&#xa0;; l&apos;événement a été ramené à une durée nulle</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>the event “%1” is marked cancelled; it was not imported</source>
        <translation>l&apos;événement “%1” est marqué annulé&#xa0;; il n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>the event “%1” has several repeat rules; only the first was kept</source>
        <translation>l&apos;événement “%1” a plusieurs règles de répétition&#xa0;; seule la première a été gardée</translation>
    </message>
    <message>
        <source>the UID “%1” appears twice; the first event was kept</source>
        <translation>l&apos;UID “%1” apparaît deux fois&#xa0;; le premier événement a été gardé</translation>
    </message>
    <message>
        <source>the change of one occurrence of “%1” has no series in the file; it was skipped</source>
        <translation>la modification d&apos;une occurrence de “%1” n&apos;a pas de série dans le fichier&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <source>the event “%1” does not repeat; the change of one occurrence was skipped</source>
        <translation>l&apos;événement “%1” ne se répète pas&#xa0;; la modification d&apos;une occurrence a été ignorée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Essaim databases (*.essaim);;All files (*)</source>
        <translation>Bases de données Essaim (*.essaim);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No database is open.
Use File &gt; Open to open one, or File &gt; New database to start a directory.</source>
        <translation>Aucune base de données n&apos;est ouverte.
Utilisez Fichier &gt; Ouvrir pour en ouvrir une, ou Fichier &gt; Nouvelle base de données pour commencer un annuaire.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une copie de sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About Essaim</source>
        <translation>À &amp;propos d&apos;Essaim</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Annuaire</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy was saved next to the database.</source>
        <translation>La copie de sauvegarde du jour a été enregistrée à côté de la base de données.</translation>
    </message>
    <message>
        <source>%1 — Essaim</source>
        <translation>%1 — Essaim</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>directory.essaim</source>
        <translation>annuaire.essaim</translation>
    </message>
    <message>
        <source>“%1” already exists. A new database is never written over a file: choose another name.</source>
        <translation>“%1” existe déjà. Une nouvelle base de données n&apos;écrase jamais un fichier existant&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>New database “%1” created.</source>
        <translation>Nouvelle base de données “%1” créée.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>The copy needs another name than the open database.</source>
        <translation>La copie doit porter un autre nom que la base de données ouverte.</translation>
    </message>
    <message>
        <source>The copy could not be written to “%1” (%2). Choose another folder.</source>
        <translation>La copie n&apos;a pas pu être écrite dans “%1” (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>the file is in use or read-only</source>
        <translation>le fichier est utilisé ou en lecture seule</translation>
    </message>
    <message>
        <source>Copy saved as “%1”.</source>
        <translation>Copie enregistrée sous “%1”.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup copy of this database yet. A copy is taken each day Essaim opens it.</source>
        <translation>Il n&apos;existe encore aucune copie de sauvegarde de cette base de données. Une copie est faite chaque jour où Essaim l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Backup restored. The state from just before was kept as a backup too.</source>
        <translation>Copie de sauvegarde restaurée. L&apos;état d&apos;avant la restauration a lui aussi été conservé comme copie de sauvegarde.</translation>
    </message>
    <message>
        <source>About Essaim</source>
        <translation>À propos d&apos;Essaim</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Essaim %1&lt;/h3&gt;&lt;p&gt;The desk of a local council of the social and solidarity economy: directory of actors, observatory, calendar, plan of action and publications.&lt;/p&gt;&lt;p&gt;Works on one computer, without a connection. Data stays in one file, backed up every day next to it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Essaim %1&lt;/h3&gt;&lt;p&gt;L&apos;outil de travail d&apos;un conseil local de l&apos;économie sociale et solidaire&#xa0;: annuaire des acteurs, observatoire, agenda, plan d&apos;actions et publications.&lt;/p&gt;&lt;p&gt;Fonctionne sur un seul ordinateur, sans connexion. Les données tiennent dans un seul fichier, dont une copie de sauvegarde est faite chaque jour à côté de lui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
</context>
<context>
    <name>OccurrenceTableModel</name>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This date differs from the rest of its series.</source>
        <translation>Cette date diffère du reste de sa série.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language shows at the next start.</source>
        <translation>Le changement de langue prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>For French Excel (UTF-8 with BOM, ;)</source>
        <translation>Pour Excel en français (UTF-8 avec BOM, ;)</translation>
    </message>
    <message>
        <source>RFC 4180 (UTF-8, comma)</source>
        <translation>RFC 4180 (UTF-8, virgule)</translation>
    </message>
    <message>
        <source>CSV &amp;exports:</source>
        <translation>&amp;Exports CSV&#xa0;:</translation>
    </message>
    <message>
        <source>Keep a backup copy a day, for seven days</source>
        <translation>Faire une copie de sauvegarde par jour, conservée sept jours</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>Copies de &amp;sauvegarde&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Custom rule (%1)</source>
        <translation>Règle personnalisée (%1)</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Tous les %n jours</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s) on %1</source>
        <translation>
            <numerusform>Toutes les %n semaines, le %1</numerusform>
            <numerusform>Toutes les %n semaines, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>Toutes les semaines, le %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on day %1</source>
        <translation>
            <numerusform>Tous les %n mois, le %1</numerusform>
            <numerusform>Tous les %n mois, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month on day %1</source>
        <translation>Tous les mois, le %1</translation>
    </message>
    <message numerus="yes">
        <source>The %1 %2 of every %n month(s)</source>
        <translation>
            <numerusform>Le %1 %2 du mois, tous les %n mois</numerusform>
            <numerusform>Le %1 %2 du mois, tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 %2 of the month</source>
        <translation>Le %1 %2 du mois</translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on %1</source>
        <translation>
            <numerusform>Tous les %n ans, le %1</numerusform>
            <numerusform>Tous les %n ans, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year on %1</source>
        <translation>Tous les ans, le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n fois</numerusform>
            <numerusform>%1, %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>ReferenceDataLoader</name>
    <message>
        <source>the list of communes is missing</source>
        <translation>la liste des communes est absente</translation>
    </message>
</context>
<context>
    <name>RegistrationsDialog</name>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Registrations — %1, %2</source>
        <translation>Inscriptions — %1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>Ajouter le &amp;contact</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Ajouter la &amp;personne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>From the &amp;directory:</source>
        <translation>Depuis l&apos;&amp;annuaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Someone else:</source>
        <translation>&amp;Autre personne&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 present, %2 excused, %3 absent</source>
        <translation>%1 présents, %2 excusés, %3 absents</translation>
    </message>
    <message>
        <source>Capacity passed: %1 registrations for %2 places.</source>
        <translation>Capacité dépassée&#xa0;: %1 inscriptions pour %2 places.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>the upgrade script for version %1 is missing</source>
        <translation>le script de mise à niveau vers la version %1 est absent</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>version %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SectorDialog</name>
    <message>
        <source>Sectors of activity</source>
        <translation>Secteurs d&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Add a sector</source>
        <translation>&amp;Ajouter un secteur</translation>
    </message>
    <message>
        <source>Add a &amp;sub-sector</source>
        <translation>Ajouter un &amp;sous-secteur</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>New sector</source>
        <translation>Nouveau secteur</translation>
    </message>
    <message>
        <source>Select the sector that will hold the sub-sector first.</source>
        <translation>Sélectionnez d&apos;abord le secteur qui contiendra le sous-secteur.</translation>
    </message>
    <message>
        <source>The sector could not be added (%1).</source>
        <translation>Le secteur n&apos;a pas pu être ajouté (%1).</translation>
    </message>
    <message>
        <source>Colour of the sector</source>
        <translation>Couleur du secteur</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: %2</source>
        <translation>“%1” ne peut pas être supprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SectorStore</name>
    <message>
        <source>This sector has sub-sectors: move or remove them first.</source>
        <translation>Ce secteur contient des sous-secteurs&#xa0;: déplacez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) belong to this sector: give them another sector first.</source>
        <translation>
            <numerusform>%n acteur appartient à ce secteur&#xa0;: attribuez-lui d&apos;abord un autre secteur.</numerusform>
            <numerusform>%n acteurs appartiennent à ce secteur&#xa0;: attribuez-leur d&apos;abord un autre secteur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectorTreeModel</name>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
</context>
</TS>
