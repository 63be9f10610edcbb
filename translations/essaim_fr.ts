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
    <name>AttendanceSheetDocument</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message numerus="yes">
        <source>%n registered participant(s).</source>
        <translation>
            <numerusform>%n participant inscrit.</numerusform>
            <numerusform>%n participants inscrits.</numerusform>
        </translation>
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
        <source>demo: fill the database with the Sambre-Avesnois demo directory
check: check the database&apos;s integrity and schema
export actors --format csv|csv-rfc -o FILE: export the directory
print letter|plaquette|guide|labels [options] -o FILE.pdf: print a document to PDF</source>
        <translation>demo&#xa0;: remplir la base avec l&apos;annuaire de démonstration Sambre-Avesnois
check&#xa0;: vérifier l&apos;intégrité et le schéma de la base
export actors --format csv|csv-rfc -o FICHIER&#xa0;: exporter l&apos;annuaire
print letter|plaquette|guide|labels [options] -o FICHIER.pdf&#xa0;: imprimer un document en PDF</translation>
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
    <name>DocumentFactory</name>
    <message>
        <source>No actor who accepts publication has a postal address: there is no label to print.</source>
        <translation>Aucun acteur qui accepte la publication n&apos;a d&apos;adresse postale&#xa0;: il n&apos;y a pas d&apos;étiquette à imprimer.</translation>
    </message>
    <message>
        <source>No contact accepts the Lettre de l&apos;ESS at a postal address: there is no label to print.</source>
        <translation>Aucun contact n&apos;accepte la Lettre de l&apos;ESS à une adresse postale&#xa0;: il n&apos;y a pas d&apos;étiquette à imprimer.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>The PDF file “%1” could not be written. Check that the folder exists and is writable.</source>
        <translation>Le fichier PDF “%1” n&apos;a pas pu être écrit. Vérifiez que le dossier existe et qu&apos;on peut y écrire.</translation>
    </message>
    <message>
        <source>The PDF file “%1” could not be replaced: it may be open in another program.</source>
        <translation>Le fichier PDF “%1” n&apos;a pas pu être remplacé&#xa0;: il est peut-être ouvert dans un autre programme.</translation>
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
    <name>GuideDocument</name>
    <message>
        <source>Guide of the ESS actors</source>
        <translation>Guide des actrices et acteurs de l&apos;ESS</translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation>Autres secteurs</translation>
    </message>
    <message>
        <source>Commune not given</source>
        <translation>Commune non renseignée</translation>
    </message>
    <message>
        <source>Competencies: </source>
        <translation>Compétences&#xa0;: </translation>
    </message>
    <message>
        <source>Accepts interns</source>
        <translation>Accueille des stagiaires</translation>
    </message>
    <message numerus="yes">
        <source>%n structure(s)</source>
        <translation>
            <numerusform>%n structure</numerusform>
            <numerusform>%n structures</numerusform>
        </translation>
    </message>
    <message>
        <source>Alphabetical index</source>
        <translation>Index alphabétique</translation>
    </message>
    <message>
        <source>by sector of activity</source>
        <translation>par secteur d&apos;activité</translation>
    </message>
    <message>
        <source>by commune</source>
        <translation>par commune</translation>
    </message>
    <message numerus="yes">
        <source>Edition of %1 · %n structure(s)</source>
        <translation>
            <numerusform>Édition de %1 · %n structure</numerusform>
            <numerusform>Édition de %1 · %n structures</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>LabelSheetDocument</name>
    <message>
        <source>Address labels</source>
        <translation>Étiquettes d&apos;adresse</translation>
    </message>
</context>
<context>
    <name>LetterBuilder</name>
    <message>
        <source>Lettre de l&apos;ESS no. %1</source>
        <translation>Lettre de l&apos;ESS n° %1</translation>
    </message>
    <message>
        <source>Lettre de l&apos;ESS</source>
        <translation>Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>N° %1 · %2</translation>
    </message>
    <message>
        <source>Editorial</source>
        <translation>Édito</translation>
    </message>
    <message>
        <source>Agenda of the coming weeks</source>
        <translation>L&apos;agenda des prochaines semaines</translation>
    </message>
    <message>
        <source>No date is planned in the coming weeks yet.</source>
        <translation>Aucune date n&apos;est encore prévue dans les prochaines semaines.</translation>
    </message>
    <message>
        <source>Welcome to the new actors</source>
        <translation>Bienvenue aux nouveaux acteurs</translation>
    </message>
    <message>
        <source>No new actor joined the directory since the last issue.</source>
        <translation>Aucun nouvel acteur n&apos;a rejoint l&apos;annuaire depuis le dernier numéro.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>ESS structures</source>
        <translation>structures de l&apos;ESS</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>employeurs</translation>
    </message>
    <message>
        <source>employees in %1</source>
        <translation>salariés en %1</translation>
    </message>
    <message>
        <source>volunteers in %1</source>
        <translation>bénévoles en %1</translation>
    </message>
    <message>
        <source>Actors of the directory by ESS family</source>
        <translation>Les acteurs de l&apos;annuaire par famille de l&apos;ESS</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Progress of the plan of action</source>
        <translation>L&apos;avancement du plan d&apos;actions</translation>
    </message>
    <message>
        <source>The plan&apos;s progress will be given in a coming issue.</source>
        <translation>L&apos;avancement du plan sera présenté dans un prochain numéro.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2). Choose another folder.</source>
        <translation>Le fichier “%1” n&apos;a pas pu être écrit (%2). Choisissez un autre dossier.</translation>
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
        <source>&amp;Publications</source>
        <translation>&amp;Publications</translation>
    </message>
    <message>
        <source>&amp;Lettre de l&apos;ESS…</source>
        <translation>&amp;Lettre de l&apos;ESS…</translation>
    </message>
    <message>
        <source>Pla&amp;quette…</source>
        <translation>Pla&amp;quette…</translation>
    </message>
    <message>
        <source>&amp;Guide of the ESS actors…</source>
        <translation>&amp;Guide des actrices et acteurs de l&apos;ESS…</translation>
    </message>
    <message>
        <source>Address &amp;labels…</source>
        <translation>Étiquettes d&apos;&amp;adresse…</translation>
    </message>
    <message>
        <source>Visual &amp;identity…</source>
        <translation>&amp;Identité visuelle…</translation>
    </message>
</context>
<context>
    <name>PlanReportDocument</name>
    <message>
        <source>Progress report: %1</source>
        <translation>Rapport d&apos;avancement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Progress report from %1 to %2</source>
        <translation>Rapport d&apos;avancement du %1 au %2</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Journal of updates</source>
        <translation>Journal de suivi</translation>
    </message>
</context>
<context>
    <name>PlaquetteDocument</name>
    <message>
        <source>Plaquette</source>
        <translation>Plaquette</translation>
    </message>
    <message>
        <source>ESS structures in the directory</source>
        <translation>structures de l&apos;ESS dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>employeurs</translation>
    </message>
    <message>
        <source>employees in %1</source>
        <translation>salariés en %1</translation>
    </message>
    <message>
        <source>volunteers in %1</source>
        <translation>bénévoles en %1</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>PosterDocument</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
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
    <name>PrintCommand</name>
    <message>
        <source>print letter: the issue number (the latest when omitted).</source>
        <translation>print letter&#xa0;: le numéro de la lettre (le dernier si absent).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>print guide: group the actors by sector or by commune.</source>
        <translation>print guide&#xa0;: regrouper les acteurs par secteur ou par commune.</translation>
    </message>
    <message>
        <source>sector|commune</source>
        <translation>sector|commune</translation>
    </message>
    <message>
        <source>print guide|letter: paper size, a4 or a5.</source>
        <translation>print guide|letter&#xa0;: format du papier, a4 ou a5.</translation>
    </message>
    <message>
        <source>a4|a5</source>
        <translation>a4|a5</translation>
    </message>
    <message>
        <source>print labels: the label sheet, 3x7 or 2x7.</source>
        <translation>print labels&#xa0;: la planche d&apos;étiquettes, 3x7 ou 2x7.</translation>
    </message>
    <message>
        <source>3x7|2x7</source>
        <translation>3x7|2x7</translation>
    </message>
    <message>
        <source>print labels: the first free label on the sheet, from 1.</source>
        <translation>print labels&#xa0;: la première étiquette libre de la planche, à partir de 1.</translation>
    </message>
    <message>
        <source>print labels: actors (who accept publication) or newsletter (contacts who accept the Lettre).</source>
        <translation>print labels&#xa0;: actors (acteurs qui acceptent la publication) ou newsletter (contacts qui acceptent la Lettre).</translation>
    </message>
    <message>
        <source>actors|newsletter</source>
        <translation>actors|newsletter</translation>
    </message>
    <message>
        <source>print letter: also write the self-contained HTML for e-mailing.</source>
        <translation>print letter&#xa0;: écrire aussi le HTML autonome à envoyer par courriel.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>print what? Write “essaim --db FILE print letter|plaquette|guide|labels -o FILE.pdf”.</source>
        <translation>imprimer quoi&#xa0;? Écrivez “essaim --db FICHIER print letter|plaquette|guide|labels -o FICHIER.pdf”.</translation>
    </message>
    <message>
        <source>print needs a PDF file to write: add -o FILE.pdf.</source>
        <translation>print a besoin d&apos;un fichier PDF à écrire&#xa0;: ajoutez -o FICHIER.pdf.</translation>
    </message>
    <message>
        <source>the issue “%1” is not a number; write for example --issue 12.</source>
        <translation>le numéro “%1” n&apos;est pas un nombre&#xa0;; écrivez par exemple --issue 12.</translation>
    </message>
    <message>
        <source>the guide is grouped by sector or by commune, not by “%1”.</source>
        <translation>le guide se regroupe par secteur ou par commune, pas par “%1”.</translation>
    </message>
    <message>
        <source>the paper “%1” is not known; use a4 or a5.</source>
        <translation>le papier “%1” n&apos;est pas connu&#xa0;; utilisez a4 ou a5.</translation>
    </message>
    <message>
        <source>the label sheet “%1” is not known; use 3x7 or 2x7.</source>
        <translation>la planche d&apos;étiquettes “%1” n&apos;est pas connue&#xa0;; utilisez 3x7 ou 2x7.</translation>
    </message>
    <message>
        <source>the first label must be between 1 and %1 on this sheet, not “%2”.</source>
        <translation>la première étiquette doit être entre 1 et %1 sur cette planche, pas “%2”.</translation>
    </message>
    <message>
        <source>labels are printed for actors or newsletter, not for “%1”.</source>
        <translation>les étiquettes s&apos;impriment pour actors ou newsletter, pas pour “%1”.</translation>
    </message>
    <message>
        <source>there is no issue no. %1 of the Lettre de l&apos;ESS in “%2”.</source>
        <translation>il n&apos;y a pas de Lettre de l&apos;ESS n° %1 dans “%2”.</translation>
    </message>
    <message>
        <source>“%1” holds no issue of the Lettre de l&apos;ESS yet: write one in the Publications tab.</source>
        <translation>“%1” ne contient encore aucun numéro de la Lettre de l&apos;ESS&#xa0;: rédigez-en un dans l&apos;onglet Publications.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” written: %n page(s).</source>
        <translation>
            <numerusform>“%1” écrit&#xa0;: %n page.</numerusform>
            <numerusform>“%1” écrit&#xa0;: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSourceStore</name>
    <message>
        <source>Essaim directory, figures declared by the actors for %1</source>
        <translation>annuaire Essaim, chiffres déclarés par les acteurs pour %1</translation>
    </message>
</context>
<context>
    <name>PrintStyle</name>
    <message>
        <source>Internal use</source>
        <translation>Usage interne</translation>
    </message>
    <message>
        <source>Local council of the social and solidarity economy</source>
        <translation>Conseil local de l&apos;économie sociale et solidaire</translation>
    </message>
    <message>
        <source>Internal use — %1</source>
        <translation>Usage interne — %1</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
</context>
<context>
    <name>PublicationStore</name>
    <message>
        <source>Who we are</source>
        <translation>Qui sommes-nous&#xa0;?</translation>
    </message>
    <message>
        <source>The council brings together the associations, cooperatives, mutuals, foundations and ESS companies of the territory.

It is open to every structure that shares the values of the social and solidarity economy.</source>
        <translation>Le conseil réunit les associations, coopératives, mutuelles, fondations et entreprises de l&apos;ESS du territoire.

Il est ouvert à toute structure qui partage les valeurs de l&apos;économie sociale et solidaire.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Come and meet us at the Rendez-vous de l&apos;ESS, the first Friday of every month.</source>
        <translation>Venez nous rencontrer aux Rendez-vous de l&apos;ESS, le premier vendredi de chaque mois.</translation>
    </message>
    <message>
        <source>The social and solidarity economy on our territory</source>
        <translation>L&apos;économie sociale et solidaire sur notre territoire</translation>
    </message>
    <message>
        <source>Acting together for a local economy that serves people.</source>
        <translation>Agir ensemble pour une économie locale au service des personnes.</translation>
    </message>
    <message>
        <source>Our mission</source>
        <translation>Notre mission</translation>
    </message>
    <message>
        <source>- Make the ESS and its actors known
- Bring actors, elected officials and partners together
- Support projects and the pooling of skills
- Observe the ESS of the territory</source>
        <translation>- Faire connaître l&apos;ESS et ses acteurs
- Réunir acteurs, élus et partenaires
- Accompagner les projets et la mutualisation des compétences
- Observer l&apos;ESS du territoire</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>The ESS of the territory in a few figures:</source>
        <translation>L&apos;ESS du territoire en quelques chiffres&#xa0;:</translation>
    </message>
    <message>
        <source>Members and partners</source>
        <translation>Membres et partenaires</translation>
    </message>
    <message>
        <source>Our members are the ESS structures of the territory. Our partners: the intercommunalities, the region, the CRESS and the networks of the ESS.</source>
        <translation>Nos membres sont les structures de l&apos;ESS du territoire. Nos partenaires&#xa0;: les intercommunalités, la région, la CRESS et les réseaux de l&apos;ESS.</translation>
    </message>
    <message>
        <source>Issue no. %1 already exists: give this issue another number.</source>
        <translation>Le n° %1 existe déjà&#xa0;: donnez un autre numéro à cette lettre.</translation>
    </message>
    <message>
        <source>An issue needs a number above zero and a date.</source>
        <translation>Une lettre a besoin d&apos;un numéro supérieur à zéro et d&apos;une date.</translation>
    </message>
</context>
<context>
    <name>PublicationsTab</name>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Puces</translation>
    </message>
    <message>
        <source>Agenda of the coming weeks</source>
        <translation>L&apos;agenda des prochaines semaines</translation>
    </message>
    <message>
        <source>New actors since the last issue</source>
        <translation>Nouveaux acteurs depuis le dernier numéro</translation>
    </message>
    <message>
        <source>Key figures with a chart</source>
        <translation>Chiffres clés avec un graphique</translation>
    </message>
    <message>
        <source>Progress of the plan of action</source>
        <translation>L&apos;avancement du plan d&apos;actions</translation>
    </message>
    <message>
        <source>Free article</source>
        <translation>Article libre</translation>
    </message>
    <message>
        <source>Lettre de l&apos;ESS</source>
        <translation>Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>Plaquette</source>
        <translation>Plaquette</translation>
    </message>
    <message>
        <source>Guide of the ESS actors</source>
        <translation>Guide des actrices et acteurs de l&apos;ESS</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Étiquettes d&apos;adresse</translation>
    </message>
    <message>
        <source>Visual identity</source>
        <translation>Identité visuelle</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Page set&amp;up…</source>
        <translation>Mise en pa&amp;ge…</translation>
    </message>
    <message>
        <source>Export the letter as &amp;HTML…</source>
        <translation>Exporter la lettre en &amp;HTML…</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>&amp;New issue</source>
        <translation>&amp;Nouveau numéro</translation>
    </message>
    <message>
        <source>&amp;Delete issue</source>
        <translation>&amp;Supprimer le numéro</translation>
    </message>
    <message>
        <source>No. </source>
        <translation>N° </translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Editorial:</source>
        <translation>&amp;Édito&#xa0;:</translation>
    </message>
    <message>
        <source>Sections of this issue</source>
        <translation>Rubriques de ce numéro</translation>
    </message>
    <message>
        <source>Article &amp;title:</source>
        <translation>T&amp;itre de l&apos;article&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the issue</source>
        <translation>&amp;Enregistrer le numéro</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>N° %1 · %2</translation>
    </message>
    <message>
        <source>Save the issue</source>
        <translation>Enregistrer le numéro</translation>
    </message>
    <message>
        <source>Edit issue no. %1</source>
        <translation>Modifier le n° %1</translation>
    </message>
    <message>
        <source>New issue no. %1</source>
        <translation>Nouveau n° %1</translation>
    </message>
    <message>
        <source>Issue no. %1 saved.</source>
        <translation>N° %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete the issue</source>
        <translation>Supprimer le numéro</translation>
    </message>
    <message>
        <source>Delete issue no. %1 of the Lettre de l&apos;ESS? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer le n° %1 de la Lettre de l&apos;ESS&#xa0;? Ctrl+Z permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>Delete issue no. %1</source>
        <translation>Supprimer le n° %1</translation>
    </message>
    <message>
        <source>A tri-fold A4 brochure: the outside carries the flap that folds in, the back and the cover; the inside three panels. Blank lines part paragraphs; lines starting with “- ” are bullets.</source>
        <translation>Une plaquette A4 à trois volets&#xa0;: à l&apos;extérieur, le rabat qui se replie, le dos et la couverture&#xa0;; à l&apos;intérieur, trois volets. Une ligne vide sépare les paragraphes&#xa0;; une ligne qui commence par “- ” est une puce.</translation>
    </message>
    <message>
        <source>Outside, left (flap)</source>
        <translation>Extérieur, gauche (rabat)</translation>
    </message>
    <message>
        <source>Outside, middle (back)</source>
        <translation>Extérieur, milieu (dos)</translation>
    </message>
    <message>
        <source>Outside, right (cover)</source>
        <translation>Extérieur, droite (couverture)</translation>
    </message>
    <message>
        <source>Inside, left</source>
        <translation>Intérieur, gauche</translation>
    </message>
    <message>
        <source>Inside, middle (key figures)</source>
        <translation>Intérieur, milieu (chiffres clés)</translation>
    </message>
    <message>
        <source>Inside, right</source>
        <translation>Intérieur, droite</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the texts</source>
        <translation>&amp;Enregistrer les textes</translation>
    </message>
    <message>
        <source>Save the plaquette</source>
        <translation>Enregistrer la plaquette</translation>
    </message>
    <message>
        <source>Edit the plaquette</source>
        <translation>Modifier la plaquette</translation>
    </message>
    <message>
        <source>The plaquette&apos;s texts are saved.</source>
        <translation>Les textes de la plaquette sont enregistrés.</translation>
    </message>
    <message>
        <source>The printed directory: a cover, the contents, every actor who accepts publication (only the contacts who accepted the guide), sorted by name, and an alphabetical index. Two columns on A4, one on A5: choose the paper in the page set-up.</source>
        <translation>L&apos;annuaire imprimé&#xa0;: une couverture, le sommaire, chaque acteur qui accepte la publication (avec les seuls contacts qui ont accepté le guide), par ordre alphabétique, et un index. Deux colonnes en A4, une en A5&#xa0;: choisissez le papier dans la mise en page.</translation>
    </message>
    <message>
        <source>By sector of activity</source>
        <translation>Par secteur d&apos;activité</translation>
    </message>
    <message>
        <source>By commune</source>
        <translation>Par commune</translation>
    </message>
    <message>
        <source>&amp;Group the actors:</source>
        <translation>&amp;Regrouper les acteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts who accept the Lettre de l&apos;ESS</source>
        <translation>Contacts qui acceptent la Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>Actors who accept publication</source>
        <translation>Acteurs qui acceptent la publication</translation>
    </message>
    <message>
        <source>3 × 7 labels of 63.5 × 38.1 mm</source>
        <translation>3 × 7 étiquettes de 63,5 × 38,1 mm</translation>
    </message>
    <message>
        <source>2 × 7 labels of 99.1 × 38.1 mm</source>
        <translation>2 × 7 étiquettes de 99,1 × 38,1 mm</translation>
    </message>
    <message>
        <source>&amp;Addressees:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Planche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First free label:</source>
        <translation>Première étiquette &amp;libre&#xa0;:</translation>
    </message>
    <message>
        <source>Labels are counted across, then down, from the top-left one: start further on to finish a sheet already used.</source>
        <translation>Les étiquettes se comptent de gauche à droite puis de haut en bas, depuis celle du coin supérieur gauche&#xa0;: commencez plus loin pour finir une planche entamée.</translation>
    </message>
    <message>
        <source>The council&apos;s identity, set once for every document: mastheads, headers and footers. It is kept in the database, so it travels with the file.</source>
        <translation>L&apos;identité du conseil, réglée une fois pour tous les documents&#xa0;: bandeaux, en-têtes et pieds de page. Elle est gardée dans la base de données et voyage avec le fichier.</translation>
    </message>
    <message>
        <source>Council &amp;name:</source>
        <translation>&amp;Nom du conseil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation>Ligne de &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Main colour:</source>
        <translation>&amp;Couleur principale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Second colour:</source>
        <translation>C&amp;ouleur secondaire&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Choisir un &amp;logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the identity</source>
        <translation>&amp;Enregistrer l&apos;identité</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(pas de logo)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.svg *.png);;All files (*)</source>
        <translation>Images (*.svg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” is not an SVG or PNG image that Essaim can read. Choose another file.</source>
        <translation>“%1” n&apos;est pas une image SVG ou PNG qu&apos;Essaim sait lire. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>Enregistrer l&apos;identité</translation>
    </message>
    <message>
        <source>Edit the visual identity</source>
        <translation>Modifier l&apos;identité visuelle</translation>
    </message>
    <message>
        <source>The visual identity is saved: every document uses it from now on.</source>
        <translation>L&apos;identité visuelle est enregistrée&#xa0;: tous les documents l&apos;utilisent désormais.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” saved: %n page(s).</source>
        <translation>
            <numerusform>“%1” enregistré&#xa0;: %n page.</numerusform>
            <numerusform>“%1” enregistré&#xa0;: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the letter as HTML</source>
        <translation>Exporter la lettre en HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>“%1” saved, images included: ready to send by e-mail.</source>
        <translation>“%1” enregistré, images comprises&#xa0;: prêt à envoyer par courriel.</translation>
    </message>
    <message>
        <source>Page set-up remembered for this document.</source>
        <translation>Mise en page retenue pour ce document.</translation>
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
