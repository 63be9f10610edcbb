<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccompanimentCharts</name>
    <message>
        <source>Projects by stage: on %1, and entries during the period</source>
        <translation>Projets par étape&#xa0;: au %1, et entrées pendant la période</translation>
    </message>
    <message>
        <source>Projects accompanied by sector</source>
        <translation>Projets accompagnés par secteur</translation>
    </message>
    <message>
        <source>Funding asked and granted by funder</source>
        <translation>Financements demandés et accordés par financeur</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Entered in the period</source>
        <translation>Entrés dans la période</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation>Autres secteurs</translation>
    </message>
    <message>
        <source>Projects accompanied</source>
        <translation>Projets accompagnés</translation>
    </message>
    <message>
        <source>Other funders</source>
        <translation>Autres financeurs</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Thousands of euros</source>
        <translation>Milliers d&apos;euros</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
</context>
<context>
    <name>AccompanimentReader</name>
    <message>
        <source>No sector</source>
        <translation>Sans secteur</translation>
    </message>
    <message>
        <source>Outside the EPCIs of the territory</source>
        <translation>Hors des EPCI du territoire</translation>
    </message>
</context>
<context>
    <name>AccompanimentReportDocument</name>
    <message>
        <source>Accompaniment report</source>
        <translation>Rapport d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Accompaniment of project holders</source>
        <translation>Accompagnement des porteurs de projet</translation>
    </message>
    <message>
        <source>Report from %1 to %2</source>
        <translation>Rapport du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) accompanied</source>
        <translation>
            <numerusform>%Ln projet accompagné</numerusform>
            <numerusform>%Ln projets accompagnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n founded</source>
        <translation>
            <numerusform>%Ln créé</numerusform>
            <numerusform>%Ln créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) expected</source>
        <translation>
            <numerusform>%Ln emploi prévu</numerusform>
            <numerusform>%Ln emplois prévus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) created</source>
        <translation>
            <numerusform>%Ln emploi créé</numerusform>
            <numerusform>%Ln emplois créés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 granted.</source>
        <translation>%1 accordés.</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>By EPCI</source>
        <translation>Par EPCI</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>Projets par étape</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Entered in the period</source>
        <translation>Entrés dans la période</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Jobs expected</source>
        <translation>Emplois prévus</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Emplois créés</translation>
    </message>
    <message>
        <source>Funding asked and granted</source>
        <translation>Financements demandés et accordés</translation>
    </message>
    <message>
        <source>No funding request in the period.</source>
        <translation>Aucune demande de financement dans la période.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Calls for projects answered</source>
        <translation>Appels à projets auxquels il a été répondu</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal of the period</source>
        <translation>Journal de la période</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Prochaine étape&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n entries of the period; the %1 earlier ones are in the journals of the project sheets.</source>
        <translation>
            <numerusform>La dernière entrée de la période&#xa0;; les %1 plus anciennes sont dans les journaux des fiches projet.</numerusform>
            <numerusform>Les %Ln dernières entrées de la période&#xa0;; les %1 plus anciennes sont dans les journaux des fiches projet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccompanimentSummary</name>
    <message>
        <source>&lt;b&gt;Accompaniment of project holders in %1&lt;/b&gt;: no project followed that year.</source>
        <translation>&lt;b&gt;Accompagnement des porteurs de projet en %1&lt;/b&gt;&#xa0;: aucun projet suivi cette année-là.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accompaniment of project holders in %1&lt;/b&gt;: %2, %3, %4 expected, %5 created, %6 granted.</source>
        <translation>&lt;b&gt;Accompagnement des porteurs de projet en %1&lt;/b&gt;&#xa0;: %2, %3, %4 prévus, %5 créés, %6 accordés.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) accompanied</source>
        <translation>
            <numerusform>%Ln projet accompagné</numerusform>
            <numerusform>%Ln projets accompagnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n founded</source>
        <translation>
            <numerusform>%Ln créé</numerusform>
            <numerusform>%Ln créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%Ln emploi</numerusform>
            <numerusform>%Ln emplois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorCsvExporter</name>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder or name.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être écrit (%2). Choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>The file “%1” could not be saved (%2). Check the free space and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré (%2). Vérifiez l&apos;espace disque disponible, puis réessayez.</translation>
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
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>New actor: %1</source>
        <translation>Nouvel acteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivée)</translation>
    </message>
    <message>
        <source>“%1” in the yearly figures is not a number: type digits only, as 12 or 3,5.</source>
        <translation>«&#xa0;%1&#xa0;», dans les chiffres annuels, n&apos;est pas un nombre&#xa0;: tapez seulement des chiffres, par exemple 12 ou 3,5.</translation>
    </message>
    <message>
        <source>“%1” is not an INSEE legal category: choose one in the list, or type its four-digit code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie juridique INSEE&#xa0;: choisissez-en une dans la liste, ou tapez son code à quatre chiffres.</translation>
    </message>
    <message>
        <source>Type the first letters of the commune, or its postcode</source>
        <translation>Tapez les premières lettres de la commune, ou son code postal</translation>
    </message>
    <message>
        <source>%1 — outside the territory, %2</source>
        <translation>%1 — hors territoire, %2</translation>
    </message>
    <message>
        <source>%1 — outside the council&apos;s territory</source>
        <translation>%1 — hors du territoire du conseil</translation>
    </message>
    <message>
        <source>not found in the national list of communes: the commune and postcode are kept as typed</source>
        <translation>introuvable dans la liste nationale des communes&#xa0;: la commune et le code postal sont gardés tels que saisis</translation>
    </message>
    <message>
        <source>Name of the actor (required)</source>
        <translation>Nom de l&apos;acteur (obligatoire)</translation>
    </message>
    <message>
        <source>The SIREN is its first nine digits: it is filled in as you type</source>
        <translation>Le SIREN en est les neuf premiers chiffres&#xa0;: il se remplit à la saisie</translation>
    </message>
    <message>
        <source>Consents of the selected contact</source>
        <translation>Consentements du contact sélectionné</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source (form, meeting, e-mail…)</source>
        <translation>Source (formulaire, rencontre, courriel…)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Date and source below, under “Consents of the selected contact”</source>
        <translation>Date et source plus bas, sous «&#xa0;Consentements du contact sélectionné&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ActorGeoJsonExporter</name>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder or name.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être écrit (%2). Choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>The file “%1” could not be saved (%2). Check the free space and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré (%2). Vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>Le fichier n&apos;a pas pu être écrit (%1).</translation>
    </message>
</context>
<context>
    <name>ActorImporter</name>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>La base de données ne peut pas être modifiée (%1).</translation>
    </message>
    <message>
        <source>The import could not be recorded (%1).</source>
        <translation>L&apos;import n&apos;a pas pu être enregistré (%1).</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>L&apos;import a été annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” could not be written (%3): nothing was imported.</source>
        <translation>La ligne %1 de «&#xa0;%2&#xa0;» n&apos;a pas pu être écrite (%3)&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The register data could not be written (%1): nothing was imported.</source>
        <translation>Les données du registre n&apos;ont pas pu être écrites (%1)&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The import could not be saved (%1): nothing was imported.</source>
        <translation>L&apos;import n&apos;a pas pu être enregistré (%1)&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The import could not be undone (%1).</source>
        <translation>L&apos;import n&apos;a pas pu être annulé (%1).</translation>
    </message>
    <message>
        <source>The import could not be redone (%1).</source>
        <translation>L&apos;import n&apos;a pas pu être rétabli (%1).</translation>
    </message>
    <message>
        <source>%1 (original value): %2</source>
        <translation>%1 d&apos;origine&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 The field was left empty; the file&apos;s text is kept in the actor&apos;s notes.</source>
        <translation>%1 Le champ est laissé vide&#xa0;; le texte du fichier est gardé dans les notes de l&apos;acteur.</translation>
    </message>
    <message>
        <source>%1 The yearly figures of this line were left out.</source>
        <translation>%1 Les chiffres annuels de cette ligne ne sont pas repris.</translation>
    </message>
    <message>
        <source>The sector “%1” could not be created (%2): nothing was imported.</source>
        <translation>Le secteur «&#xa0;%1&#xa0;» n&apos;a pas pu être créé (%2)&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The search index could not be written (%1): nothing was imported.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être écrit (%1)&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>la ligne %1 de %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 repeats %3 (%4):</source>
        <translation>La ligne %1 de %2 répète %3 (%4)&#xa0;:</translation>
    </message>
    <message>
        <source>skipped.</source>
        <translation>ignorée.</translation>
    </message>
    <message>
        <source>its values were brought to the actor of that line.</source>
        <translation>ses valeurs ont été reportées sur l&apos;acteur de cette ligne.</translation>
    </message>
</context>
<context>
    <name>ActorSiteExporter</name>
    <message>
        <source>Directory of the social and solidarity economy</source>
        <translation>Annuaire de l&apos;économie sociale et solidaire</translation>
    </message>
    <message>
        <source>Published on %1 with Essaim. Only the structures that agreed to be published appear here.</source>
        <translation>Publié le %1 avec Essaim. Seules les structures qui ont accepté d&apos;être publiées figurent ici.</translation>
    </message>
    <message>
        <source>Back to the directory</source>
        <translation>Retour à l&apos;annuaire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>Created in</source>
        <translation>Créée en</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux d&apos;appartenance</translation>
    </message>
    <message>
        <source>ESUS approval</source>
        <translation>Agrément ESUS</translation>
    </message>
    <message>
        <source>IAE agreement: %1</source>
        <translation>Conventionnement IAE&#xa0;: %1</translation>
    </message>
    <message>
        <source>ESS charter signed</source>
        <translation>Charte de l&apos;ESS signée</translation>
    </message>
    <message>
        <source>Accepts interns</source>
        <translation>Accueille des stagiaires</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>See %1 on OpenStreetMap</source>
        <translation>Voir %1 sur OpenStreetMap</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2). Check the free space and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit (%2). Vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created. Choose another place.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;a pas pu être créé. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>No structure matches this search.</source>
        <translation>Aucune structure ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>1 structure</source>
        <translation>1 structure</translation>
    </message>
    <message>
        <source>%1 structures</source>
        <translation>%1 structures</translation>
    </message>
    <message>
        <source>Directory of the ESS actors</source>
        <translation>Annuaire des acteurs de l&apos;ESS</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Name, activity, competency…</source>
        <translation>Nom, activité, compétence…</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>The site&apos;s style sheet is missing from this copy of Essaim. Reinstall Essaim.</source>
        <translation>La feuille de style du site manque à cet exemplaire d&apos;Essaim. Réinstallez Essaim.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be replaced. Check that it is not open elsewhere.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;a pas pu être remplacé. Vérifiez qu&apos;il n&apos;est pas ouvert ailleurs.</translation>
    </message>
    <message>
        <source>The previous site in “%1” could not be replaced. Check that it is not open elsewhere.</source>
        <translation>Le site précédent dans «&#xa0;%1&#xa0;» n&apos;a pas pu être remplacé. Vérifiez qu&apos;il n&apos;est pas ouvert ailleurs.</translation>
    </message>
    <message>
        <source>The site could not be moved into “%1”. Check that the folder is not open elsewhere.</source>
        <translation>Le site n&apos;a pas pu être placé dans «&#xa0;%1&#xa0;». Vérifiez que le dossier n&apos;est pas ouvert ailleurs.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Choose a folder for the site.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier, pas un dossier. Choisissez un dossier pour le site.</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty and holds no site made by Essaim. Choose an empty folder or a new name: Essaim does not write over other files.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;est pas vide et ne contient pas de site fait par Essaim. Choisissez un dossier vide ou un nouveau nom&#xa0;: Essaim n&apos;écrit pas par-dessus d&apos;autres fichiers.</translation>
    </message>
    <message>
        <source>The search needs JavaScript; the list of all the structures does not.</source>
        <translation>La recherche a besoin de JavaScript&#xa0;; la liste de toutes les structures, non.</translation>
    </message>
    <message>
        <source>List of all the structures</source>
        <translation>Liste de toutes les structures</translation>
    </message>
    <message numerus="yes">
        <source>%Ln structure(s)</source>
        <translation>
            <numerusform>%Ln structure</numerusform>
            <numerusform>%Ln structures</numerusform>
        </translation>
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
    <message>
        <source>%1 (outside the territory)</source>
        <translation>%1 (hors territoire)</translation>
    </message>
</context>
<context>
    <name>ActorVCardExporter</name>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder or name.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être écrit (%2). Choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>The file “%1” could not be saved (%2). Check the free space and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré (%2). Vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
    <message>
        <source>Consent to the publication of these details given on %1.</source>
        <translation>Consentement à la publication de ces coordonnées donné le %1.</translation>
    </message>
    <message>
        <source>Consent to the publication of these details given on %1 (%2).</source>
        <translation>Consentement à la publication de ces coordonnées donné le %1 (%2).</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>Le fichier n&apos;a pas pu être écrit (%1).</translation>
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
        <translation>Le SIREN «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: il compte 9 chiffres, et le dernier est une clé de contrôle qui ne correspond pas. Vérifiez qu&apos;il n&apos;y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The SIRET “%1” is not valid: it has 14 digits and the last one is a check digit that does not match. Look for a typing mistake.</source>
        <translation>Le SIRET «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: il compte 14 chiffres, et le dernier est une clé de contrôle qui ne correspond pas. Vérifiez qu&apos;il n&apos;y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The SIRET “%1” does not begin with the SIREN “%2”: the first nine digits of a SIRET are the SIREN.</source>
        <translation>Le SIRET «&#xa0;%1&#xa0;» ne commence pas par le SIREN «&#xa0;%2&#xa0;»&#xa0;: les neuf premiers chiffres d&apos;un SIRET forment le SIREN.</translation>
    </message>
    <message>
        <source>The RNA number “%1” is not valid: it is a W followed by nine digits or letters, as in W595001234.</source>
        <translation>Le numéro RNA «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: il se compose d&apos;un W suivi de neuf chiffres ou lettres, comme W595001234.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is not valid: it should look like name@example.fr.</source>
        <translation>L&apos;adresse de courriel «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: elle doit ressembler à nom@exemple.fr.</translation>
    </message>
    <message>
        <source>The postcode “%1” is not a French postcode: it has five digits, as in 59600.</source>
        <translation>Le code postal «&#xa0;%1&#xa0;» n&apos;est pas un code postal français&#xa0;: il compte cinq chiffres, comme 59600.</translation>
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
        <translation>L&apos;adresse de courriel «&#xa0;%1&#xa0;» de %2 n&apos;est pas valide&#xa0;: elle doit ressembler à nom@exemple.fr.</translation>
    </message>
    <message>
        <source>The number “%1” was turned by the spreadsheet into a number in scientific notation, which keeps only its first digits. In the spreadsheet, format the column as text, type the numbers again (or take them from the original file), then save the file again.</source>
        <translation>Le numéro «&#xa0;%1&#xa0;» a été changé par le tableur en nombre en notation scientifique, qui n&apos;en garde que les premiers chiffres. Dans le tableur, mettez la colonne au format Texte, saisissez à nouveau les numéros (ou reprenez-les du fichier d&apos;origine), puis enregistrez de nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>AddressLabelsPage</name>
    <message>
        <source>Contacts who accept the Lettre de l&apos;ESS</source>
        <translation>Contacts qui acceptent la Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>Actors who accept publication</source>
        <translation>Acteurs qui acceptent la publication</translation>
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
        <source>%1 × %2 labels of %3 × %4 mm</source>
        <translation>%1 × %2 étiquettes de %3 × %4 mm</translation>
    </message>
</context>
<context>
    <name>AgendaCommand</name>
    <message>
        <source>essaim: the date “%1” cannot be read; write it as 2026-03-31.</source>
        <translation>essaim&#xa0;: la date «&#xa0;%1&#xa0;» est illisible&#xa0;; écrivez-la sous la forme 2026-03-31.</translation>
    </message>
    <message>
        <source>essaim: --to must not come before --from.</source>
        <translation>essaim&#xa0;: --to ne peut pas précéder --from.</translation>
    </message>
    <message>
        <source>essaim: import events needs a file: “essaim --db FILE import events FILE.ics”.</source>
        <translation>essaim&#xa0;: import events demande un fichier&#xa0;: «&#xa0;essaim --db FICHIER import events FICHIER.ics&#xa0;».</translation>
    </message>
    <message>
        <source>essaim: export needs a file to write: add -o FILE.</source>
        <translation>essaim&#xa0;: l&apos;export demande un fichier à écrire&#xa0;: ajoutez -o FICHIER.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for events; use ics.</source>
        <translation>essaim&#xa0;: le format «&#xa0;%1&#xa0;» n&apos;est pas connu pour les événements&#xa0;; utilisez ics.</translation>
    </message>
    <message>
        <source>essaim: agenda needs a period: add --from DATE --to DATE.</source>
        <translation>essaim&#xa0;: agenda demande une période&#xa0;: ajoutez --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for the agenda; use csv or ics.</source>
        <translation>essaim&#xa0;: le format «&#xa0;%1&#xa0;» n&apos;est pas connu pour l&apos;agenda&#xa0;; utilisez csv ou ics.</translation>
    </message>
    <message>
        <source>essaim: “%1” was not imported: %2</source>
        <translation>essaim&#xa0;: «&#xa0;%1&#xa0;» n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning: “%1” overlaps “%2” of %3 at the same place (%4).</source>
        <translation>Attention&#xa0;: «&#xa0;%1&#xa0;» chevauche «&#xa0;%2&#xa0;» du %3 au même endroit (%4).</translation>
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
            <numerusform>%Ln événement importé</numerusform>
            <numerusform>%Ln événements importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n defect(s) skipped</source>
        <translation>
            <numerusform>%Ln défaut ignoré</numerusform>
            <numerusform>%Ln défauts ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to “%1”.</source>
        <translation>
            <numerusform>%Ln événement exporté dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln événements exportés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>import events FILE.ics [--dry-run]: import an iCalendar file into the agenda
export events --format ics [--from DATE --to DATE] -o FILE: export the agenda
agenda --from DATE --to DATE [--format csv|ics] [-o FILE]: list the occurrences of a period</source>
        <translation>import events FICHIER.ics [--dry-run]&#xa0;: importe un fichier iCalendar dans l&apos;agenda
export events --format ics [--from DATE --to DATE] -o FICHIER&#xa0;: exporte l&apos;agenda
agenda --from DATE --to DATE [--format csv|ics] [-o FICHIER]&#xa0;: liste les dates d&apos;une période</translation>
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
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a day to add an event, an event to open it.</source>
        <translation>Double-cliquez sur un jour pour ajouter un événement, sur un événement pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%Ln inscrit</numerusform>
            <numerusform>%Ln inscrits</numerusform>
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
        <translation>Créer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” repeats. Change only this occurrence, this one and the following ones, or the whole series?</source>
        <translation>«&#xa0;%1&#xa0;» se répète. Modifier seulement cette date, cette date et les suivantes, ou toute la série&#xa0;?</translation>
    </message>
    <message>
        <source>Change one occurrence of “%1”</source>
        <translation>Modifier une date de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change “%1” from %2 on</source>
        <translation>Modifier «&#xa0;%1&#xa0;» à partir du %2</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cancel “%1” of %2</source>
        <translation>Annuler «&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <source>Delete the whole series “%1” and its registrations? To drop one date only, cancel that occurrence instead.</source>
        <translation>Supprimer toute la série «&#xa0;%1&#xa0;» et ses inscriptions&#xa0;? Pour retirer une seule date, annulez plutôt cette date.</translation>
    </message>
    <message>
        <source>Delete “%1” and its registrations?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et ses inscriptions&#xa0;?</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Registrations of “%1”</source>
        <translation>Inscriptions à «&#xa0;%1&#xa0;»</translation>
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
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé, rien n&apos;a été changé. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) to import</source>
        <translation>
            <numerusform>%Ln événement à importer</numerusform>
            <numerusform>%Ln événements à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%Ln à mettre à jour</numerusform>
            <numerusform>%Ln à mettre à jour</numerusform>
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
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
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
            <numerusform>%Ln événement exporté dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln événements exportés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Event &amp;types…</source>
        <translation>&amp;Types d&apos;événements…</translation>
    </message>
    <message>
        <source>“%1” overlaps “%2” of %3 at the same place (%4).</source>
        <translation>«&#xa0;%1&#xa0;» chevauche «&#xa0;%2&#xa0;» du %3 au même endroit (%4).</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet…</source>
        <translation>Feuille d&apos;é&amp;margement…</translation>
    </message>
    <message>
        <source>The feuille d&apos;émargement of the selected date: the registered, then blank lines</source>
        <translation>La feuille d&apos;émargement de la date choisie&#xa0;: les inscrits, puis des lignes vierges</translation>
    </message>
    <message>
        <source>Event &amp;poster…</source>
        <translation>&amp;Affiche de l&apos;événement…</translation>
    </message>
    <message>
        <source>An A4 poster announcing the selected date</source>
        <translation>Une affiche A4 qui annonce la date choisie</translation>
    </message>
    <message>
        <source>How far ahead the list goes</source>
        <translation>Jusqu&apos;où va la liste</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Le mois à venir</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Les 3 mois à venir</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Les 6 mois à venir</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>L&apos;année à venir</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s)</source>
        <translation>
            <numerusform>%1 sur %Ln place</numerusform>
            <numerusform>%1 sur %Ln places</numerusform>
        </translation>
    </message>
    <message>
        <source>Event “%1” created.</source>
        <translation>Événement «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>“%1” changed on %2 only.</source>
        <translation>«&#xa0;%1&#xa0;» modifié pour le %2 seulement.</translation>
    </message>
    <message>
        <source>“%1” changed from %2 on.</source>
        <translation>«&#xa0;%1&#xa0;» modifié à partir du %2.</translation>
    </message>
    <message>
        <source>Event “%1” changed.</source>
        <translation>Événement «&#xa0;%1&#xa0;» modifié.</translation>
    </message>
    <message>
        <source>“%1” of %2 cancelled.</source>
        <translation>«&#xa0;%1&#xa0;» du %2 annulé.</translation>
    </message>
    <message>
        <source>Event “%1” deleted.</source>
        <translation>Événement «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Registrations of “%1” saved.</source>
        <translation>Inscriptions de «&#xa0;%1&#xa0;» enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported from “%1”.</source>
        <translation>
            <numerusform>%Ln événement importé depuis «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln événements importés depuis «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTaskReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Call for projects closes: %1</source>
        <translation>Clôture de l&apos;appel à projets&#xa0;: %1</translation>
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
            <numerusform>%Ln participant inscrit.</numerusform>
            <numerusform>%Ln participants inscrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance sheet — %1 — %2</source>
        <translation>Feuille d&apos;émargement — %1 — %2</translation>
    </message>
    <message>
        <source>No registered participant.</source>
        <translation>Aucun participant inscrit.</translation>
    </message>
</context>
<context>
    <name>AuditJournalDialog</name>
    <message>
        <source>Changes to the data of contact no. %1</source>
        <translation>Modifications des données du contact n° %1</translation>
    </message>
    <message>
        <source>Journal of personal data</source>
        <translation>Journal des données personnelles</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>User, field or detail</source>
        <translation>Utilisateur, champ ou détail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>personal-data-journal.csv</source>
        <translation>journal-donnees-personnelles.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackupCipher</name>
    <message>
        <source>The encrypted copy “%1” could not be written.</source>
        <translation>La copie chiffrée «&#xa0;%1&#xa0;» n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the backup key.</source>
        <translation>La mémoire manque pour dériver la clé de la sauvegarde. Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The encrypted copy “%1” could not be written (%2).</source>
        <translation>La copie chiffrée «&#xa0;%1&#xa0;» n&apos;a pas pu être écrite (%2).</translation>
    </message>
    <message>
        <source>The backup copy “%1” cannot be read.</source>
        <translation>La copie de sauvegarde «&#xa0;%1&#xa0;» ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The backup copy is damaged: it is not a whole encrypted Essaim copy. Choose another copy.</source>
        <translation>La copie de sauvegarde est abîmée&#xa0;: ce n&apos;est pas une copie chiffrée complète d&apos;Essaim. Choisissez une autre copie.</translation>
    </message>
    <message>
        <source>The backup copy is damaged: its header cannot be read. Choose another copy.</source>
        <translation>La copie de sauvegarde est abîmée&#xa0;: son en-tête est illisible. Choisissez une autre copie.</translation>
    </message>
    <message>
        <source>The decrypted copy could not be written next to the database (%1).</source>
        <translation>La copie déchiffrée n&apos;a pas pu être écrite à côté de la base (%1). Vérifiez l&apos;espace libre.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup copy (or the copy is damaged). Check the passphrase and try again; nothing was changed.</source>
        <translation>La phrase secrète n&apos;ouvre pas cette copie de sauvegarde (ou la copie est abîmée). Vérifiez la phrase secrète et réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup copy is damaged or cut short. Choose another copy; nothing was changed.</source>
        <translation>La copie de sauvegarde est abîmée ou tronquée. Choisissez une autre copie&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup copy is damaged: it goes on past its end. Choose another copy; nothing was changed.</source>
        <translation>La copie de sauvegarde est abîmée&#xa0;: elle continue après sa fin. Choisissez une autre copie&#xa0;; rien n&apos;a été modifié.</translation>
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
    <message>
        <source> — encrypted</source>
        <translation> — chiffrée</translation>
    </message>
    <message>
        <source> — older than the last erasure: replace it</source>
        <translation> — antérieure au dernier effacement&#xa0;: à remplacer</translation>
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
        <translation>La copie de sauvegarde «&#xa0;%1&#xa0;» ne peut pas être lue.</translation>
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
    <message>
        <source>This backup copy is encrypted: give its passphrase to restore it. Nothing was changed.</source>
        <translation>Cette copie de sauvegarde est chiffrée&#xa0;: donnez sa phrase secrète pour la restaurer. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%Ln autre</numerusform>
            <numerusform>+%Ln autres</numerusform>
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
    <message>
        <source>A call for projects closes; double-click to see it in the Projects tab.</source>
        <translation>Un appel à projets se clôt&#xa0;; double-cliquez pour le voir dans l&apos;onglet Projets.</translation>
    </message>
    <message>
        <source>A late next step of a project; double-click to open the project sheet.</source>
        <translation>Prochaine étape d&apos;un projet, en retard&#xa0;; double-cliquez pour ouvrir la fiche du projet.</translation>
    </message>
    <message>
        <source>A next step of a project; double-click to open the project sheet.</source>
        <translation>Prochaine étape d&apos;un projet&#xa0;; double-cliquez pour ouvrir la fiche du projet.</translation>
    </message>
</context>
<context>
    <name>CallsCsvReader</name>
    <message>
        <source>Line %1: %2 Nothing was imported; correct the file and import it again.</source>
        <translation>Ligne %1&#xa0;: %2 Rien n&apos;a été importé&#xa0;; corrigez le fichier puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>the column “%1” is missing (expected: %2).</source>
        <translation>la colonne «&#xa0;%1&#xa0;» manque (attendu&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 champs là où l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>the file holds no call for projects.</source>
        <translation>le fichier ne contient aucun appel à projets.</translation>
    </message>
    <message>
        <source>a call needs a funder and a title.</source>
        <translation>un appel à projets doit avoir un financeur et un titre.</translation>
    </message>
    <message>
        <source>“%1” is not an ESS family (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une famille de l&apos;ESS (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a date; write 2027-03-31 or 31/03/2027.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez 2027-03-31 ou 31/03/2027.</translation>
    </message>
    <message>
        <source>the closing date is empty.</source>
        <translation>la date de clôture est vide.</translation>
    </message>
    <message>
        <source>the call closes before it opens.</source>
        <translation>l&apos;appel se clôt avant de s&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros; write 50 000 or 120 000,50.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en euros&#xa0;; écrivez 50 000 ou 120 000,50.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>The list of changes to share could not be kept (%1). Make a backup, then run “essaim check”.</source>
        <translation>La liste des modifications à partager n&apos;a pas pu être tenue (%1). Faites une sauvegarde, puis lancez «&#xa0;essaim check&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ChangeTerritoryCommand</name>
    <message>
        <source>Change the territory</source>
        <translation>Modifier le territoire</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the numbers of the chart as a table</source>
        <translation>Afficher les chiffres du graphique sous forme de tableau</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the table, to paste it into a spreadsheet</source>
        <translation>Copier le tableau, pour le coller dans un tableur</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF, or its numbers as CSV</source>
        <translation>Enregistrer le graphique en PNG, SVG ou PDF, ou ses chiffres en CSV</translation>
    </message>
    <message>
        <source>Double-click a row to open its actors in the directory</source>
        <translation>Double-cliquez sur une ligne pour ouvrir ses acteurs dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>The table “%1” is on the clipboard.</source>
        <translation>Le tableau «&#xa0;%1&#xa0;» est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>“%1” cannot be written (%2). Choose another folder.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>“%1” cannot be written. Choose another folder.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>“%1” has no known ending: use .png, .svg, .pdf or .csv.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;extension connue&#xa0;: utilisez .png, .svg, .pdf ou .csv.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for French Excel (*.csv)</source>
        <translation>CSV pour Excel en français (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Chart exported to “%1”.</source>
        <translation>Graphique exporté dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check: check the database&apos;s integrity and schema</source>
        <translation>check&#xa0;: vérifie l&apos;intégrité et le schéma de la base de données</translation>
    </message>
    <message>
        <source>essaim: the database “%1” has problems: %2</source>
        <translation>essaim&#xa0;: la base de données «&#xa0;%1&#xa0;» présente des problèmes&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The database “%1” is sound: schema version %2, %n actor(s).</source>
        <translation>
            <numerusform>La base de données «&#xa0;%1&#xa0;» est saine&#xa0;: schéma version %2, %Ln acteur.</numerusform>
            <numerusform>La base de données «&#xa0;%1&#xa0;» est saine&#xa0;: schéma version %2, %Ln acteurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>essaim: %1. Run “essaim --help” for the list of options.</source>
        <translation>essaim&#xa0;: %1. Lancez «&#xa0;essaim --help&#xa0;» pour obtenir la liste des options.</translation>
    </message>
    <message>
        <source>essaim: the language “%1” is not available; use fr or en.</source>
        <translation>essaim&#xa0;: la langue «&#xa0;%1&#xa0;» n&apos;est pas disponible&#xa0;; utilisez fr ou en.</translation>
    </message>
    <message>
        <source>essaim: no command given. Run “essaim --help” for the list of commands.</source>
        <translation>essaim&#xa0;: aucune commande indiquée. Lancez «&#xa0;essaim --help&#xa0;» pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>essaim: unknown command “%1”. Run “essaim --help” for the list of commands.</source>
        <translation>essaim&#xa0;: commande «&#xa0;%1&#xa0;» inconnue. Lancez «&#xa0;essaim --help&#xa0;» pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>essaim: %1</source>
        <translation>essaim&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
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
        <source>Output format of export: csv (French Excel), csv-rfc (RFC 4180), vcf (vCard 4.0), geojson or html (static site).</source>
        <translation>Format de sortie de l&apos;export&#xa0;: csv (Excel en français), csv-rfc (RFC 4180), vcf (vCard 4.0), geojson ou html (site statique).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>File to write (a folder for html).</source>
        <translation>Fichier à écrire (un dossier pour html).</translation>
    </message>
    <message>
        <source>stats, print observatory: the year (default: the latest year with figures).</source>
        <translation>stats, print observatory&#xa0;: l&apos;année (par défaut&#xa0;: la dernière année renseignée).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>stats, print observatory: all, an EPCI&apos;s SIREN, a commune&apos;s INSEE code or list:NAME.</source>
        <translation>stats, print observatory&#xa0;: all, le SIREN d&apos;un EPCI, le code INSEE d&apos;une commune ou list:NOM.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>stats, print observatory: only this ESS family (association, cooperative…).</source>
        <translation>stats, print observatory&#xa0;: seulement cette famille de l&apos;ESS (association, cooperative…).</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILLE</translation>
    </message>
    <message>
        <source>stats, print observatory: only this sector and its sub-sectors (name or number).</source>
        <translation>stats, print observatory&#xa0;: seulement ce secteur et ses sous-secteurs (nom ou numéro).</translation>
    </message>
    <message>
        <source>SECTOR</source>
        <translation>SECTEUR</translation>
    </message>
    <message>
        <source>export plan: the plan to export (all plans when not given); print plan: the plan to report on.</source>
        <translation>export plan&#xa0;: le plan à exporter (tous les plans s&apos;il n&apos;est pas donné)&#xa0;; print plan&#xa0;: le plan dont on rend compte.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
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
        <source>Import: read and check everything, write nothing.</source>
        <translation>Import&#xa0;: tout lire et vérifier, ne rien écrire.</translation>
    </message>
    <message>
        <source>Essaim, the desk of a local council of the social and solidarity economy.</source>
        <translation>Essaim, l&apos;outil de travail d&apos;un conseil local de l&apos;économie sociale et solidaire.</translation>
    </message>
    <message>
        <source>[command ...]</source>
        <translation>[commande ...]</translation>
    </message>
</context>
<context>
    <name>CommuneListDialog</name>
    <message>
        <source>Lists of communes</source>
        <translation>Listes de communes</translation>
    </message>
    <message>
        <source>Saved lists:</source>
        <translation>Listes enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation>&amp;Nouvelle liste</translation>
    </message>
    <message>
        <source>&amp;Delete list</source>
        <translation>&amp;Supprimer la liste</translation>
    </message>
    <message>
        <source>Name of the list, e.g. “Quartiers prioritaires”</source>
        <translation>Nom de la liste, par ex. «&#xa0;Quartiers prioritaires&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n commune(s))</source>
        <translation>
            <numerusform>%1 (%Ln commune)</numerusform>
            <numerusform>%1 (%Ln communes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the list a name and tick at least one commune.</source>
        <translation>Donnez un nom à la liste et cochez au moins une commune.</translation>
    </message>
    <message>
        <source>The list “%1” could not be saved (%2). Another list may have that name.</source>
        <translation>La liste «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistrée (%2). Une autre liste porte peut-être ce nom.</translation>
    </message>
    <message>
        <source>Delete the list “%1”? The communes stay.</source>
        <translation>Supprimer la liste «&#xa0;%1&#xa0;»&#xa0;? Les communes restent.</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>The conflict could not be resolved (%1). Make a backup, then run “essaim check”.</source>
        <translation>Le conflit n&apos;a pas pu être réglé (%1). Faites une sauvegarde, puis lancez «&#xa0;essaim check&#xa0;».</translation>
    </message>
    <message>
        <source>This record was deleted since the conflict: there is nothing to change any more.</source>
        <translation>Cette fiche a été supprimée depuis le conflit&#xa0;: il n&apos;y a plus rien à modifier.</translation>
    </message>
    <message>
        <source>no such conflict</source>
        <translation>ce conflit n&apos;existe pas</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(toute la fiche)</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>conflicts --format csv: the conflicts of the synchronisation that wait for a choice</source>
        <translation>conflicts --format csv&#xa0;: les conflits de la synchronisation qui attendent un choix</translation>
    </message>
    <message>
        <source>conflicts are listed as csv only (--format csv).</source>
        <translation>les conflits ne se listent qu&apos;en csv (--format csv).</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s</source>
        <translation>Garder celle du &amp;serveur</translation>
    </message>
    <message>
        <source>&amp;Other value…</source>
        <translation>&amp;Autre valeur…</translation>
    </message>
    <message>
        <source>Conflicts of the synchronisation</source>
        <translation>Conflits de la synchronisation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Ma valeur</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <source>Mine: who, when</source>
        <translation>La mienne&#xa0;: qui, quand</translation>
    </message>
    <message>
        <source>Server&apos;s: who, when</source>
        <translation>Celle du serveur&#xa0;: qui, quand</translation>
    </message>
    <message>
        <source>The same field was changed here and by someone else. The record holds the server&apos;s value until you choose; your choice is sent to everyone at the next synchronisation.</source>
        <translation>Le même champ a été modifié ici et par quelqu&apos;un d&apos;autre. La fiche garde la valeur du serveur jusqu&apos;à votre choix&#xa0;; votre choix est envoyé à tous à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(toute la fiche)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Value of “%1”:</source>
        <translation>Valeur de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1”</source>
        <translation>régler le conflit sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Keep the password in this computer&apos;s secret store</source>
        <translation>Garder le mot de passe dans le coffre à secrets de cet ordinateur</translation>
    </message>
    <message>
        <source>Connect to a shared server</source>
        <translation>Se connecter à un serveur partagé</translation>
    </message>
    <message>
        <source>postgresql://server.example.org/council</source>
        <translation>postgresql://serveur.exemple.org/conseil</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The council&apos;s coordinator gives you the server&apos;s address, your user name and your password. The first connection sends this council to an empty server, or receives the council&apos;s data into a new, empty database.</source>
        <translation>Le coordinateur ou la coordinatrice du conseil vous donne l&apos;adresse du serveur, votre nom d&apos;utilisateur et votre mot de passe. La première connexion envoie ce conseil sur un serveur vide, ou reçoit les données du conseil dans une base nouvelle et vide.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Write your user name on the server.</source>
        <translation>Écrivez votre nom d&apos;utilisateur sur le serveur.</translation>
    </message>
</context>
<context>
    <name>ConsentPurpose</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Agrees to appear in the printed guide</source>
        <translation>Accepte de figurer dans le guide imprimé</translation>
    </message>
    <message>
        <source>Lettre</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Agrees to receive the Lettre de l&apos;ESS</source>
        <translation>Accepte de recevoir la Lettre de l&apos;ESS</translation>
    </message>
</context>
<context>
    <name>CouncilActions</name>
    <message>
        <source>New &amp;council…</source>
        <translation>Nouveau &amp;conseil…</translation>
    </message>
    <message>
        <source>&amp;Territory of the council…</source>
        <translation>&amp;Territoire du conseil…</translation>
    </message>
    <message>
        <source>Create the database of a council on its own territory, anywhere in France</source>
        <translation>Créer la base de données d&apos;un conseil sur son propre territoire, partout en France</translation>
    </message>
    <message>
        <source>Change the EPCIs, départements and communes the council covers</source>
        <translation>Modifier les EPCI, départements et communes que couvre le conseil</translation>
    </message>
    <message>
        <source>council.essaim</source>
        <translation>conseil.essaim</translation>
    </message>
    <message>
        <source>New council</source>
        <translation>Nouveau conseil</translation>
    </message>
    <message numerus="yes">
        <source>The council’s database “%1” was created: %n commune(s), %2 inhabitants.</source>
        <translation>
            <numerusform>La base de données du conseil «&#xa0;%1&#xa0;» a été créée&#xa0;: %Ln commune, %2 habitants.</numerusform>
            <numerusform>La base de données du conseil «&#xa0;%1&#xa0;» a été créée&#xa0;: %Ln communes, %2 habitants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Territory of the council</source>
        <translation>Territoire du conseil</translation>
    </message>
    <message numerus="yes">
        <source>The territory now has %n commune(s), %1 inhabitants.</source>
        <translation>
            <numerusform>Le territoire compte maintenant %Ln commune, %1 habitants.</numerusform>
            <numerusform>Le territoire compte maintenant %Ln communes, %1 habitants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CouncilFactory</name>
    <message>
        <source>Unknown in the national list of communes and intercommunalities: %1. Check the codes (an EPCI by its SIREN, a département by its code, a commune by its INSEE code).</source>
        <translation>Inconnu dans la liste nationale des communes et intercommunalités&#xa0;: %1. Vérifiez les codes (un EPCI par son SIREN, un département par son code, une commune par son code INSEE).</translation>
    </message>
    <message>
        <source>“%1” already exists and may hold a council: a new council is never written over a file. Choose another file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà et contient peut-être un conseil&#xa0;: un nouveau conseil n&apos;est jamais écrit par-dessus un fichier. Choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>CreateActorCommand</name>
    <message>
        <source>create “%1”</source>
        <translation>la création de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CsvActorReader</name>
    <message>
        <source>No column of “%1” gives the name of the structure: choose which column holds the name.</source>
        <translation>Aucune colonne de «&#xa0;%1&#xa0;» ne donne le nom de la structure&#xa0;: choisissez la colonne qui contient le nom.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n cell(s) where the header has %1: a separator or a quote is probably missing or extra.</source>
        <translation>
            <numerusform>La ligne a %Ln cellule là où l&apos;en-tête en a %1&#xa0;: il manque ou il y a en trop sans doute un séparateur ou un guillemet.</numerusform>
            <numerusform>La ligne a %Ln cellules là où l&apos;en-tête en a %1&#xa0;: il manque ou il y a en trop sans doute un séparateur ou un guillemet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;import a été annulé.</translation>
    </message>
    <message>
        <source>“%1” is not an INSEE legal category (four digits, as 9220).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie juridique INSEE (quatre chiffres, comme 9220).</translation>
    </message>
    <message>
        <source>“%1” is not a date (31/12/2012 or 2012-12-31).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (31/12/2012 ou 2012-12-31).</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (oui/non).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en euros.</translation>
    </message>
    <message>
        <source>%1 (original value): %2</source>
        <translation>%1 d&apos;origine&#xa0;: %2</translation>
    </message>
    <message>
        <source>Column “%1”: %2 The field was left empty; the file&apos;s text is kept in the actor&apos;s notes.</source>
        <translation>Colonne «&#xa0;%1&#xa0;»&#xa0;: %2 Le champ est laissé vide&#xa0;; le texte du fichier est gardé dans les notes de l&apos;acteur.</translation>
    </message>
    <message>
        <source>“%1” is not an ESS family (association, coopérative, mutuelle, fondation or société commerciale de l&apos;ESS).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une famille de l&apos;ESS (association, coopérative, mutuelle, fondation ou société commerciale de l&apos;ESS).</translation>
    </message>
    <message>
        <source>the sector “%1” does not exist in the directory.</source>
        <translation>le secteur «&#xa0;%1&#xa0;» n&apos;existe pas dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>“%1” is not a French postcode (five digits, as 59600).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code postal français (cinq chiffres, comme 59600).</translation>
    </message>
    <message>
        <source>the postcode %1 does not belong to %2 (%3).</source>
        <translation>le code postal %1 n&apos;est pas celui de %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” is neither a plausible year nor a date (31/12/2012 or 2012-12-31).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une année plausible ni une date (31/12/2012 ou 2012-12-31).</translation>
    </message>
    <message>
        <source>“%1” cannot be negative.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>“%1” is not a plausible year: the figures are counted for %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une année plausible&#xa0;: les chiffres sont comptés pour %2.</translation>
    </message>
    <message>
        <source>the e-mail address “%1” is not valid.</source>
        <translation>l&apos;adresse électronique «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 holds a field longer than %2 characters: this is not a table that can be imported. Check that you chose the right file.</source>
        <translation>La ligne %1 contient un champ de plus de %2 caractères&#xa0;: ce n&apos;est pas un tableau importable. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that begins on line %1: it is probably truncated, or a quote is missing. Check the file in a spreadsheet and save it again.</source>
        <translation>Le fichier se termine au milieu d&apos;un champ entre guillemets commencé à la ligne %1&#xa0;: il est sans doute tronqué, ou il manque un guillemet. Ouvrez-le dans un tableur et enregistrez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file “%1” does not exist. Check its name and folder, or create a new database.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;existe pas. Vérifiez son nom et son dossier, ou créez une nouvelle base de données.</translation>
    </message>
    <message>
        <source>Essaim could not create “%1”: the folder cannot be created. Choose a folder where you can write.</source>
        <translation>Essaim n&apos;a pas pu créer «&#xa0;%1&#xa0;»&#xa0;: le dossier ne peut pas être créé. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database “%1” is in a read-only folder. Essaim needs to write next to it: copy it to a folder of your own, then open the copy.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» se trouve dans un dossier en lecture seule. Essaim a besoin d&apos;écrire à côté d&apos;elle&#xa0;: copiez-la dans un de vos dossiers, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>Essaim could not create “%1”: the folder is read-only. Choose a folder where you can write.</source>
        <translation>Essaim n&apos;a pas pu créer «&#xa0;%1&#xa0;»&#xa0;: le dossier est en lecture seule. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database “%1” is already open in another Essaim window (process %2). Close the other window, then try again.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est déjà ouverte dans une autre fenêtre d&apos;Essaim (processus %2). Fermez l&apos;autre fenêtre, puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” is being used by another program. Close it, then try again.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est utilisée par un autre programme. Fermez ce programme, puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged and cannot be read. It was left untouched: restore a backup copy (File &gt; Restore a backup).</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est endommagée et ne peut pas être lue. Elle a été laissée intacte&#xa0;: restaurez une copie de sauvegarde (Fichier &gt; Restaurer une copie de sauvegarde).</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an Essaim database. Choose an Essaim database file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une base de données Essaim. Choisissez un fichier de base de données Essaim.</translation>
    </message>
    <message>
        <source>Essaim is not allowed to read “%1”. Ask for permission to read and write it, or open a copy.</source>
        <translation>Essaim n&apos;a pas l&apos;autorisation de lire «&#xa0;%1&#xa0;». Demandez l&apos;autorisation de le lire et de le modifier, ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>The file “%1” is not an Essaim database. It was left untouched: choose an Essaim database, or create a new one.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;est pas une base de données Essaim. Il a été laissé intact&#xa0;: choisissez une base de données Essaim, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not an Essaim database. It was left untouched: choose an Essaim database, or create a new one.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est une base de données d&apos;un autre programme, pas une base de données Essaim. Il a été laissé intact&#xa0;: choisissez une base de données Essaim, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Essaim (schema %2; this version reads up to %3). It was left untouched: install the newer Essaim to open it.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» a été écrite par une version plus récente d&apos;Essaim (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Elle a été laissée intacte&#xa0;: installez la version plus récente d&apos;Essaim pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database “%1” is read-only. Essaim needs to write to it: copy it to a folder of your own or ask for write permission, then open it again.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est en lecture seule. Essaim a besoin d&apos;y écrire&#xa0;: copiez-la dans un de vos dossiers ou demandez l&apos;autorisation de la modifier, puis ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>Essaim could not open “%1”: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Essaim n&apos;a pas pu ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>The database “%1” needs an upgrade, but its safety copy could not be written (%2). Nothing was changed: free some disk space, then open it again.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» doit être mise à niveau, mais sa copie de sauvegarde préalable n&apos;a pas pu être écrite (%2). Rien n&apos;a été modifié&#xa0;: libérez de l&apos;espace disque, puis ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>The database “%1” could not be prepared: %2.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n&apos;a pas pu être préparée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded (%2). It was left as it was, and a copy was kept as “%3”.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n&apos;a pas pu être mise à niveau (%2). Elle a été laissée telle quelle, et une copie a été conservée sous le nom «&#xa0;%3&#xa0;».</translation>
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
    <name>DemoCommand</name>
    <message>
        <source>demo: fill the database with the Sambre-Avesnois demo directory</source>
        <translation>demo&#xa0;: remplit la base de données avec l&apos;annuaire de démonstration Sambre-Avesnois</translation>
    </message>
    <message numerus="yes">
        <source>The demo directory was written to “%1”: %n actor(s).</source>
        <translation>
            <numerusform>L&apos;annuaire de démonstration a été écrit dans «&#xa0;%1&#xa0;»&#xa0;: %Ln acteur.</numerusform>
            <numerusform>L&apos;annuaire de démonstration a été écrit dans «&#xa0;%1&#xa0;»&#xa0;: %Ln acteurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoDataBuilder</name>
    <message numerus="yes">
        <source>The database “%1” already holds %n actor(s): the demo data goes into a new, empty database. Give another file name with --db.</source>
        <translation>
            <numerusform>La base de données «&#xa0;%1&#xa0;» contient déjà %Ln acteur&#xa0;: les données de démonstration ne vont que dans une base de données neuve et vide. Indiquez un autre nom de fichier avec --db.</numerusform>
            <numerusform>La base de données «&#xa0;%1&#xa0;» contient déjà %Ln acteurs&#xa0;: les données de démonstration ne vont que dans une base de données neuve et vide. Indiquez un autre nom de fichier avec --db.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database “%1” has no reference communes, so the demo actors cannot be placed. Create a new database with --db.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» ne contient pas les communes de référence&#xa0;: les acteurs de démonstration ne peuvent donc pas être placés. Créez une nouvelle base de données avec --db.</translation>
    </message>
    <message>
        <source>The demo actor “%1” does not pass validation: %2</source>
        <translation>L&apos;acteur de démonstration «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo actors could not be written to “%1”: %2</source>
        <translation>Les acteurs de démonstration n&apos;ont pas pu être écrits dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo observatory figures could not be written to “%1”: %2</source>
        <translation>Les chiffres de démonstration de l&apos;observatoire n&apos;ont pas pu être écrits dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DemoObservatoryBuilder</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Whole territory</source>
        <translation>Tout le territoire</translation>
    </message>
</context>
<context>
    <name>DemoPlanBuilder</name>
    <message>
        <source>The demo plan %1 cannot be read: %2</source>
        <translation>Le plan de démonstration %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo plans could not be written: %1</source>
        <translation>Les plans de démonstration n&apos;ont pas pu être écrits&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryExporter</name>
    <message numerus="yes">
        <source>%n actor(s) exported to “%1”.</source>
        <translation>
            <numerusform>%Ln acteur exporté dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln acteurs exportés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s) written to “%1”; contacts left out for want of consent to publication: %2.</source>
        <translation>
            <numerusform>%Ln fiche contact écrite dans «&#xa0;%1&#xa0;»&#xa0;; contacts écartés faute de consentement à la publication&#xa0;: %2.</numerusform>
            <numerusform>%Ln fiches contact écrites dans «&#xa0;%1&#xa0;»&#xa0;; contacts écartés faute de consentement à la publication&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) placed on the map in “%1”; left out: %2 without consent to publication, %3 outside the reference communes.</source>
        <translation>
            <numerusform>%Ln acteur placé sur la carte dans «&#xa0;%1&#xa0;»&#xa0;; écartés&#xa0;: %2 sans consentement à la publication, %3 hors des communes de référence.</numerusform>
            <numerusform>%Ln acteurs placés sur la carte dans «&#xa0;%1&#xa0;»&#xa0;; écartés&#xa0;: %2 sans consentement à la publication, %3 hors des communes de référence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site of %n actor(s) written to “%1”: open index.html; left out: %2 without consent to publication.</source>
        <translation>
            <numerusform>Site de %Ln acteur écrit dans «&#xa0;%1&#xa0;»&#xa0;: ouvrez index.html&#xa0;; écartés&#xa0;: %2 sans consentement à la publication.</numerusform>
            <numerusform>Site de %Ln acteurs écrit dans «&#xa0;%1&#xa0;»&#xa0;: ouvrez index.html&#xa0;; écartés&#xa0;: %2 sans consentement à la publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>actors.csv</source>
        <translation>acteurs.csv</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>contacts.vcf</translation>
    </message>
    <message>
        <source>actors.geojson</source>
        <translation>acteurs.geojson</translation>
    </message>
    <message>
        <source>ess-directory</source>
        <translation>annuaire-ess</translation>
    </message>
    <message>
        <source>Replace the site?</source>
        <translation>Remplacer le site&#xa0;?</translation>
    </message>
    <message>
        <source>The folder “%1” holds a site exported earlier. Replace it with the actors shown now?</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» contient un site exporté auparavant. Le remplacer par les acteurs affichés maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <source>Type an actor&apos;s name or acronym</source>
        <translation>Tapez le nom ou le sigle d&apos;un acteur</translation>
    </message>
    <message>
        <source>Type a contact&apos;s or a structure&apos;s name</source>
        <translation>Tapez le nom d&apos;un contact ou d&apos;une structure</translation>
    </message>
</context>
<context>
    <name>DirectorySnapshot</name>
    <message>
        <source>The directory could not be read (%1).</source>
        <translation>L&apos;annuaire n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
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
        <translation>&amp;Nouvel acteur</translation>
    </message>
    <message>
        <source>&amp;Duplicate actor</source>
        <translation>&amp;Dupliquer l&apos;acteur</translation>
    </message>
    <message>
        <source>&amp;Archive actor</source>
        <translation>&amp;Archiver l&apos;acteur</translation>
    </message>
    <message>
        <source>&amp;Restore actor</source>
        <translation>&amp;Restaurer l&apos;acteur</translation>
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
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
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
        <translation>Les modifications de «&#xa0;%1&#xa0;» ne peuvent pas être appliquées en l&apos;état&#xa0;:
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
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>no commune</source>
        <translation>sans commune</translation>
    </message>
    <message>
        <source>Nothing created: the directory already has “%1”.</source>
        <translation>Rien n&apos;a été créé&#xa0;: l&apos;annuaire contient déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). Nothing was changed; try again, or save a copy of the database.</source>
        <translation>La structure «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistrée (%2). Rien n&apos;a été modifié&#xa0;: réessayez, ou enregistrez une copie de la base de données.</translation>
    </message>
    <message>
        <source>“%1” added to the directory.</source>
        <translation>Structure «&#xa0;%1&#xa0;» ajoutée à l&apos;annuaire.</translation>
    </message>
    <message>
        <source>The changes to “%1” could not be saved (%2). Nothing was changed; try again.</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» n&apos;ont pas pu être enregistrées (%2). Rien n&apos;a été modifié&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>la modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Changes to “%1” applied.</source>
        <translation>Modifications de «&#xa0;%1&#xa0;» appliquées.</translation>
    </message>
    <message>
        <source>archive “%1”</source>
        <translation>l&apos;archivage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>restore “%1”</source>
        <translation>la restauration de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” archived: it is kept and can be restored from the archived actors.</source>
        <translation>Structure «&#xa0;%1&#xa0;» archivée&#xa0;: elle est conservée et peut être restaurée depuis les acteurs archivés.</translation>
    </message>
    <message>
        <source>“%1” restored.</source>
        <translation>Structure «&#xa0;%1&#xa0;» restaurée.</translation>
    </message>
    <message>
        <source>Show all actors</source>
        <translation>Afficher tous les acteurs</translation>
    </message>
    <message>
        <source>Observatory</source>
        <translation>Observatoire</translation>
    </message>
    <message numerus="yes">
        <source>Filtered from the observatory: %1 (%n actor(s)).</source>
        <translation>
            <numerusform>Filtré depuis l&apos;observatoire&#xa0;: %1 (%Ln acteur).</numerusform>
            <numerusform>Filtré depuis l&apos;observatoire&#xa0;: %1 (%Ln acteurs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the observatory, %1 in %2: %3 (%n actor(s)).</source>
        <translation>
            <numerusform>Depuis l&apos;observatoire, %1 en %2&#xa0;: %3 (%Ln acteur).</numerusform>
            <numerusform>Depuis l&apos;observatoire, %1 en %2&#xa0;: %3 (%Ln acteurs).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in the list: the search or the filters hide it. It stays open here until you choose another actor.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas dans la liste&#xa0;: la recherche ou les filtres le cachent. Il reste ouvert ici jusqu&apos;à ce que vous choisissiez un autre acteur.</translation>
    </message>
    <message>
        <source>“%1” (%2) is already in the directory (%3). Create “%4” anyway?</source>
        <translation>«&#xa0;%1&#xa0;» (%2) figure déjà dans l&apos;annuaire (%3). Créer «&#xa0;%4&#xa0;» quand même&#xa0;?</translation>
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
    <message>
        <source>The database holds no yearly figures yet: add the actors&apos; figures in the directory before printing a portrait.</source>
        <translation>La base ne contient encore aucun chiffre annuel&#xa0;: saisissez les chiffres des acteurs dans l&apos;annuaire avant d&apos;imprimer un portrait.</translation>
    </message>
    <message>
        <source>No figures were declared for %1: choose a year from %2 to %3.</source>
        <translation>Aucun chiffre n&apos;a été déclaré pour %1&#xa0;: choisissez une année de %2 à %3.</translation>
    </message>
    <message>
        <source>No actor counts in %1 in %2: choose another year or territory.</source>
        <translation>Aucun acteur n&apos;est compté dans %1 en %2&#xa0;: choisissez une autre année ou un autre territoire.</translation>
    </message>
    <message>
        <source>This plan no longer exists: choose another one.</source>
        <translation>Ce plan n&apos;existe plus&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2: give the dates in order.</source>
        <translation>La période commence le %1, après sa fin le %2&#xa0;: donnez les dates dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>The plan “%1” holds no action yet: there is no progress to report.</source>
        <translation>Le plan «&#xa0;%1&#xa0;» ne contient encore aucune action&#xa0;: il n&apos;y a pas d&apos;avancement à présenter.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no event with the identifier “%1” in the agenda.</source>
        <translation>L&apos;agenda ne contient aucun événement d&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” has no date on %2: give one of its dates with --date.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de date le %2&#xa0;: donnez l&apos;une de ses dates avec --date.</translation>
    </message>
    <message>
        <source>“%1” has no date to print.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucune date à imprimer.</translation>
    </message>
    <message>
        <source>This event no longer exists in the agenda.</source>
        <translation>Cet événement n&apos;existe plus dans l&apos;agenda.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>%1, counted from the projects over the plan&apos;s period</source>
        <translation>%1, compté dans les projets sur la période du plan</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>The PDF file “%1” could not be written. Check that the folder exists and is writable.</source>
        <translation>Le fichier PDF «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit. Vérifiez que le dossier existe et qu&apos;on peut y écrire.</translation>
    </message>
    <message>
        <source>The PDF file “%1” could not be replaced: it may be open in another program.</source>
        <translation>Le fichier PDF «&#xa0;%1&#xa0;» n&apos;a pas pu être remplacé&#xa0;: il est peut-être ouvert dans un autre programme.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>“%1” could not be sent to the printer “%2”. Check that the printer is on and connected, then print again.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être envoyé à l&apos;imprimante «&#xa0;%2&#xa0;». Vérifiez que l&apos;imprimante est allumée et branchée, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
</context>
<context>
    <name>DuplicateIndex</name>
    <message>
        <source>same SIRET</source>
        <translation>même SIRET</translation>
    </message>
    <message>
        <source>same SIREN</source>
        <translation>même SIREN</translation>
    </message>
    <message>
        <source>same RNA number</source>
        <translation>même numéro RNA</translation>
    </message>
    <message>
        <source>same name in the same commune</source>
        <translation>même nom dans la même commune</translation>
    </message>
</context>
<context>
    <name>EssClassifier</name>
    <message>
        <source>manual choice (%1) -&gt; %2</source>
        <translation>choix manuel (%1) -&gt; %2</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>sans note</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>flag O, legal category %1 -&gt; %2</source>
        <translation>indicateur ESS O, catégorie juridique %1 -&gt; %2</translation>
    </message>
    <message>
        <source>legal category %1 %2, flag %3 -&gt; %4</source>
        <translation>catégorie juridique %1 %2, indicateur ESS %3 -&gt; %4</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>coopérative</translation>
    </message>
    <message>
        <source>mutual society</source>
        <translation>mutuelle</translation>
    </message>
    <message>
        <source>foundation</source>
        <translation>fondation</translation>
    </message>
    <message>
        <source>commercial ESS company</source>
        <translation>société commerciale de l&apos;ESS</translation>
    </message>
    <message>
        <source>outside the ESS</source>
        <translation>hors champ de l&apos;ESS</translation>
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
            <numerusform>Attention&#xa0;: %1 est déjà occupé par «&#xa0;%2&#xa0;» le %3.</numerusform>
            <numerusform>Attention&#xa0;: %1 est déjà occupé par «&#xa0;%2&#xa0;» le %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other overlap(s).</source>
        <translation>
            <numerusform>%Ln autre chevauchement.</numerusform>
            <numerusform>%Ln autres chevauchements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>L&apos;événement doit avoir un titre.</translation>
    </message>
    <message>
        <source>Type a few letters of the organiser&apos;s name, then choose; empty the field for none.</source>
        <translation>Tapez quelques lettres du nom de l&apos;organisateur, puis choisissez&#xa0;; videz le champ pour n&apos;en désigner aucun.</translation>
    </message>
    <message>
        <source>Type a few letters of a partner&apos;s name, then choose: it joins the list below.</source>
        <translation>Tapez quelques lettres du nom d&apos;un partenaire, puis choisissez&#xa0;: il rejoint la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Removes the partners selected in the list</source>
        <translation>Retire les partenaires sélectionnés dans la liste</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Tous les</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>an</numerusform>
            <numerusform>ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a public holiday: %1.</source>
        <translation>
            <numerusform>Un jour férié&#xa0;: %1.</numerusform>
            <numerusform>Des jours fériés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of this event fall(s) on a public holiday: %1. Save anyway?</source>
        <translation>
            <numerusform>%Ln date de cet événement tombe un jour férié&#xa0;: %1. Enregistrer quand même&#xa0;?</numerusform>
            <numerusform>%Ln dates de cet événement tombent un jour férié&#xa0;: %1. Enregistrer quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <comment>before a number of weeks</comment>
        <translation>&amp;Toutes les</translation>
    </message>
    <message numerus="yes">
        <source>On the %n date(s) given</source>
        <translation>
            <numerusform>À la date donnée</numerusform>
            <numerusform>Aux %Ln dates données</numerusform>
        </translation>
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
        <translation>Deux types s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: donnez-leur des noms différents.</translation>
    </message>
    <message>
        <source>The types could not be saved (%1).</source>
        <translation>Les types n&apos;ont pas pu être enregistrés (%1).</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%n actor(s) exported to “%1”.</source>
        <translation>
            <numerusform>%Ln acteur exporté dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln acteurs exportés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s) written to “%1”; contacts left out for want of consent to publication: %2.</source>
        <translation>
            <numerusform>%Ln fiche contact écrite dans «&#xa0;%1&#xa0;»&#xa0;; contacts écartés faute de consentement à la publication&#xa0;: %2.</numerusform>
            <numerusform>%Ln fiches contact écrites dans «&#xa0;%1&#xa0;»&#xa0;; contacts écartés faute de consentement à la publication&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) placed on the map in “%1”; left out: %2 without consent to publication, %3 outside the reference communes.</source>
        <translation>
            <numerusform>%Ln acteur placé sur la carte dans «&#xa0;%1&#xa0;»&#xa0;; écartés&#xa0;: %2 sans consentement à la publication, %3 hors des communes de référence.</numerusform>
            <numerusform>%Ln acteurs placés sur la carte dans «&#xa0;%1&#xa0;»&#xa0;; écartés&#xa0;: %2 sans consentement à la publication, %3 hors des communes de référence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site of %n actor(s) written to “%1”: open index.html; left out: %2 without consent to publication.</source>
        <translation>
            <numerusform>Site de %Ln acteur écrit dans «&#xa0;%1&#xa0;»&#xa0;: ouvrez index.html&#xa0;; écartés&#xa0;: %2 sans consentement à la publication.</numerusform>
            <numerusform>Site de %Ln acteurs écrit dans «&#xa0;%1&#xa0;»&#xa0;: ouvrez index.html&#xa0;; écartés&#xa0;: %2 sans consentement à la publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for actors; use %2.</source>
        <translation>essaim&#xa0;: le format «&#xa0;%1&#xa0;» n&apos;est pas connu pour les acteurs&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>export actors --format csv|csv-rfc|vcf|geojson|html -o OUT: export the directory</source>
        <translation>export actors --format csv|csv-rfc|vcf|geojson|html -o SORTIE&#xa0;: exporte l&apos;annuaire</translation>
    </message>
    <message>
        <source>essaim: export what? Write “essaim --db FILE export actors --format csv -o FILE”.</source>
        <translation>essaim&#xa0;: exporter quoi&#xa0;? Écrivez «&#xa0;essaim --db FICHIER export actors --format csv -o FICHIER&#xa0;».</translation>
    </message>
    <message>
        <source>essaim: export needs a file to write: add -o FILE.</source>
        <translation>essaim&#xa0;: la commande export a besoin d&apos;un fichier à écrire&#xa0;: ajoutez -o FICHIER.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the actors shown</source>
        <translation>Exporter les acteurs affichés</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) shown, after the search and the filters, in the order of the table.</source>
        <translation>
            <numerusform>%Ln acteur affiché, après la recherche et les filtres, dans l&apos;ordre du tableau.</numerusform>
            <numerusform>%Ln acteurs affichés, après la recherche et les filtres, dans l&apos;ordre du tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard 4.0, for address books</source>
        <translation>vCard 4.0, pour les carnets d&apos;adresses</translation>
    </message>
    <message>
        <source>The contacts of these actors who consented to the publication of their details.</source>
        <translation>Les contacts de ces acteurs qui ont consenti à la publication de leurs coordonnées.</translation>
    </message>
    <message>
        <source>GeoJSON, for uMap or GoGoCarto</source>
        <translation>GeoJSON, pour uMap ou GoGoCarto</translation>
    </message>
    <message>
        <source>The actors who consented to publication, placed at the centre of their commune.</source>
        <translation>Les acteurs qui ont consenti à la publication, placés au centre de leur commune.</translation>
    </message>
    <message>
        <source>Static web site of the public directory</source>
        <translation>Site web statique de l&apos;annuaire public</translation>
    </message>
    <message>
        <source>A folder to put online or open as is: search, filters, one page per actor who consented to publication.</source>
        <translation>Un dossier à mettre en ligne ou à ouvrir tel quel&#xa0;: recherche, filtres, une page par acteur qui a consenti à la publication.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder of the web site</source>
        <translation>Dossier du site web</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Spreadsheet for Excel (semicolon)</source>
        <translation>Tableur pour Excel (point-virgule)</translation>
    </message>
    <message>
        <source>Every actor shown; opens as is in Excel set up in French (UTF-8 with BOM, columns parted by semicolons).</source>
        <translation>Tous les acteurs affichés&#xa0;; s&apos;ouvre tel quel dans Excel en français (UTF-8 avec BOM, colonnes séparées par des points-virgules).</translation>
    </message>
    <message>
        <source>Standard spreadsheet (comma)</source>
        <translation>Tableur standard (virgule)</translation>
    </message>
    <message>
        <source>Every actor shown; for LibreOffice, a database or other tools (CSV RFC 4180: plain UTF-8, columns parted by commas).</source>
        <translation>Tous les acteurs affichés&#xa0;; pour LibreOffice, une base de données ou d&apos;autres outils (CSV RFC 4180&#xa0;: UTF-8 simple, colonnes séparées par des virgules).</translation>
    </message>
</context>
<context>
    <name>FoundProjectCommand</name>
    <message>
        <source>Found “%1”</source>
        <translation>Création de la structure «&#xa0;%1&#xa0;»</translation>
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
            <numerusform>%Ln structure</numerusform>
            <numerusform>%Ln structures</numerusform>
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
            <numerusform>Édition de %1 · %Ln structure</numerusform>
            <numerusform>Édition de %1 · %Ln structures</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>GuideOptionsPage</name>
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
        <source>Print as an A5 &amp;booklet (two pages per A4 sheet, to fold)</source>
        <translation>Imprimer en &amp;livret A5 (deux pages par feuille A4, à plier)</translation>
    </message>
    <message>
        <source>Print on both sides of the sheets, flipping on the short edge, then fold the stack in the middle.</source>
        <translation>Imprimez les feuilles en recto verso, retournement sur le bord court, puis pliez la pile en son milieu.</translation>
    </message>
</context>
<context>
    <name>HeadcountBand</name>
    <message>
        <source>No employee</source>
        <translation>Aucun salarié</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln salarié</numerusform>
            <numerusform>%Ln salariés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Essaim user guide</source>
        <translation>Guide d&apos;utilisation d&apos;Essaim</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>%1 — Essaim user guide</source>
        <translation>%1 — Guide d&apos;utilisation d&apos;Essaim</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être écrit (%2). Choisissez un autre dossier.</translation>
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
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être ouvert (%2). Vérifiez qu&apos;il existe et que vous pouvez le lire.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une propriété (pas de deux-points)&#xa0;; la ligne a été ignorée</translation>
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
        <translation>«&#xa0;%1&#xa0;» se trouve hors de tout composant.</translation>
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
        <translation>le fuseau horaire «&#xa0;%1&#xa0;» n&apos;est pas défini&#xa0;; ses heures ont été lues comme heures de Paris</translation>
    </message>
    <message>
        <source>part of the event could not be read and was skipped</source>
        <translation>une partie de l&apos;événement est illisible et a été ignorée</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read as a date and time; it was skipped</source>
        <translation>la valeur «&#xa0;%2&#xa0;» de %1 ne se lit pas comme une date et une heure&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read as a duration; it was skipped</source>
        <translation>la valeur «&#xa0;%2&#xa0;» de %1 ne se lit pas comme une durée&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read as a number; it was skipped</source>
        <translation>la valeur «&#xa0;%2&#xa0;» de %1 ne se lit pas comme un nombre&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read as a latitude and longitude; it was skipped</source>
        <translation>la valeur «&#xa0;%2&#xa0;» de %1 ne se lit pas comme une latitude et une longitude&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read as a repeat rule; it was skipped</source>
        <translation>la valeur «&#xa0;%2&#xa0;» de %1 ne se lit pas comme une règle de répétition&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read; it was skipped</source>
        <translation>la valeur «&#xa0;%2&#xa0;» de %1 est illisible&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <source>the parameter “%1” cannot be read; it was ignored</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» est illisible&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>the parameter “%1” of %2 cannot be read; it was ignored</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» de %2 est illisible&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>the event “%1” has no start (DTSTART); it was skipped</source>
        <translation>l&apos;événement «&#xa0;%1&#xa0;» n&apos;a pas de début (DTSTART)&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>the start of the event “%1” cannot be read; it was skipped</source>
        <translation>le début de l&apos;événement «&#xa0;%1&#xa0;» est illisible&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>the end of the event “%1” is before its start; the event was given no length</source>
        <translation>la fin de l&apos;événement «&#xa0;%1&#xa0;» précède son début&#xa0;; l&apos;événement a été ramené à une durée nulle</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>the event “%1” is marked cancelled; it was not imported</source>
        <translation>l&apos;événement «&#xa0;%1&#xa0;» est marqué annulé&#xa0;; il n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>the event “%1” has several repeat rules; only the first was kept</source>
        <translation>l&apos;événement «&#xa0;%1&#xa0;» a plusieurs règles de répétition&#xa0;; seule la première a été gardée</translation>
    </message>
    <message>
        <source>the UID “%1” appears twice; the first event was kept</source>
        <translation>l&apos;UID «&#xa0;%1&#xa0;» apparaît deux fois&#xa0;; le premier événement a été gardé</translation>
    </message>
    <message>
        <source>the change of one occurrence of “%1” has no series in the file; it was skipped</source>
        <translation>la modification d&apos;une occurrence de «&#xa0;%1&#xa0;» n&apos;a pas de série dans le fichier&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <source>the event “%1” does not repeat; the change of one occurrence was skipped</source>
        <translation>l&apos;événement «&#xa0;%1&#xa0;» ne se répète pas&#xa0;; la modification d&apos;une occurrence a été ignorée</translation>
    </message>
    <message>
        <source>the repeat rule “%1” is refused (%2); the event was kept without repetition</source>
        <translation>la règle de répétition «&#xa0;%1&#xa0;» est refusée (%2)&#xa0;; l&apos;événement a été gardé sans répétition</translation>
    </message>
</context>
<context>
    <name>ImportActorsCommand</name>
    <message numerus="yes">
        <source>import of %n actor(s)</source>
        <translation>
            <numerusform>l&apos;import de %Ln acteur</numerusform>
            <numerusform>l&apos;import de %Ln acteurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>essaim: the import format “%1” is not known; use csv, sirene or rna.</source>
        <translation>essaim&#xa0;: le format d&apos;import «&#xa0;%1&#xa0;» n&apos;est pas connu&#xa0;; utilisez csv, sirene ou rna.</translation>
    </message>
    <message>
        <source>essaim: --on-duplicate takes skip, update, overwrite or create, not “%1”.</source>
        <translation>essaim&#xa0;: --on-duplicate prend skip, update, overwrite ou create, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>essaim: the encoding “%1” is not known; use UTF-8, Windows-1252, ISO-8859-15, UTF-16 or Mac Roman.</source>
        <translation>essaim&#xa0;: l&apos;encodage «&#xa0;%1&#xa0;» n&apos;est pas connu&#xa0;; utilisez UTF-8, Windows-1252, ISO-8859-15, UTF-16 ou Mac Roman.</translation>
    </message>
    <message>
        <source>essaim: import needs at least one file: “essaim --db FILE import actors FILE...”.</source>
        <translation>essaim&#xa0;: l&apos;import demande au moins un fichier&#xa0;: «&#xa0;essaim --db FICHIER import actors FICHIER...&#xa0;».</translation>
    </message>
    <message>
        <source>essaim: there is no saved column mapping named “%1”. Save one in the import wizard, or give a JSON file.</source>
        <translation>essaim&#xa0;: aucune correspondance de colonnes enregistrée ne s&apos;appelle «&#xa0;%1&#xa0;». Enregistrez-en une dans l&apos;assistant d&apos;import, ou donnez un fichier JSON.</translation>
    </message>
    <message>
        <source> Nothing was imported.</source>
        <translation> Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>rejected: line %1 of %2: %3</source>
        <translation>rejetée&#xa0;: ligne %1 de %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rejected line(s): add --report FILE for the full list.</source>
        <translation>
            <numerusform>… et %Ln autre ligne rejetée&#xa0;: ajoutez --report FICHIER pour la liste complète.</numerusform>
            <numerusform>… et %Ln autres lignes rejetées&#xa0;: ajoutez --report FICHIER pour la liste complète.</numerusform>
        </translation>
    </message>
    <message>
        <source>family: %1 (%2): %3</source>
        <translation>famille&#xa0;: %1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and the family of %n more unit(s).</source>
        <translation>
            <numerusform>… et la famille de %Ln autre unité.</numerusform>
            <numerusform>… et la famille de %Ln autres unités.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: line %1 of %2: %3</source>
        <translation>avertissement&#xa0;: ligne %1 de %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s): add --report FILE for the full list.</source>
        <translation>
            <numerusform>… et %Ln autre avertissement&#xa0;: ajoutez --report FICHIER pour la liste complète.</numerusform>
            <numerusform>… et %Ln autres avertissements&#xa0;: ajoutez --report FICHIER pour la liste complète.</numerusform>
        </translation>
    </message>
    <message>
        <source>import actors FILE... [--format csv|sirene|rna] [--mapping NAME] [--on-duplicate skip|update|overwrite|create] [--dry-run] [--report FILE]: import actors</source>
        <translation>import actors FICHIER... [--format csv|sirene|rna] [--mapping NOM] [--on-duplicate skip|update|overwrite|create] [--dry-run] [--report FICHIER]&#xa0;: importe des acteurs</translation>
    </message>
    <message>
        <source>Import: saved column mapping (preset name or JSON file).</source>
        <translation>Import&#xa0;: correspondance de colonnes enregistrée (nom ou fichier JSON).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Import: what to do with an actor already in the directory: skip, update (empty fields), overwrite or create.</source>
        <translation>Import&#xa0;: que faire d&apos;un acteur déjà dans l&apos;annuaire&#xa0;: skip (ignorer), update (compléter les champs vides), overwrite (écraser) ou create (créer).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Import: write the rejected lines and their reasons to this CSV file.</source>
        <translation>Import&#xa0;: écrire les lignes rejetées et leurs motifs dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Import: encoding of the files (UTF-8, Windows-1252, ISO-8859-15, UTF-16, Mac Roman) when the guess is wrong.</source>
        <translation>Import&#xa0;: encodage des fichiers (UTF-8, Windows-1252, ISO-8859-15, UTF-16, Mac Roman) quand la détection se trompe.</translation>
    </message>
    <message>
        <source>Import of RNA files: keep the associations outside the territory too.</source>
        <translation>Import de fichiers RNA&#xa0;: garder aussi les associations hors du territoire.</translation>
    </message>
    <message>
        <source>essaim: import what? Write “essaim --db FILE import actors|events|plan|calls FILE...”.</source>
        <translation>essaim&#xa0;: importer quoi&#xa0;? Écrivez «&#xa0;essaim --db FICHIER import actors|events|plan|calls FICHIER...&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>ESS family</source>
        <translation>Famille de l&apos;ESS</translation>
    </message>
    <message>
        <source>Legal category (INSEE code)</source>
        <translation>Catégorie juridique (code INSEE)</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>Numéro RNA</translation>
    </message>
    <message>
        <source>NAF code</source>
        <translation>Code NAF</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address (complement)</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Commune INSEE code</source>
        <translation>Code INSEE de la commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Creation year or date</source>
        <translation>Année ou date de création</translation>
    </message>
    <message>
        <source>Employer (yes/no)</source>
        <translation>Employeur (oui/non)</translation>
    </message>
    <message>
        <source>Accepts interns (yes/no)</source>
        <translation>Accueille des stagiaires (oui/non)</translation>
    </message>
    <message>
        <source>ESS charter signed on</source>
        <translation>Charte de l&apos;ESS signée le</translation>
    </message>
    <message>
        <source>IAE agreement</source>
        <translation>Conventionnement IAE</translation>
    </message>
    <message>
        <source>ESUS approval (yes/no)</source>
        <translation>Agrément ESUS (oui/non)</translation>
    </message>
    <message>
        <source>Consent to publication (yes/no)</source>
        <translation>Consentement à la publication (oui/non)</translation>
    </message>
    <message>
        <source>Competencies (comma-separated)</source>
        <translation>Compétences (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Networks (comma-separated)</source>
        <translation>Réseaux d&apos;appartenance (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Year of the figures</source>
        <translation>Année des chiffres</translation>
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
        <source>Budget (euros)</source>
        <translation>Budget (euros)</translation>
    </message>
    <message>
        <source>Archived (yes/no)</source>
        <translation>Archivé (oui/non)</translation>
    </message>
    <message>
        <source>Contact: first name</source>
        <translation>Contact&#xa0;: prénom</translation>
    </message>
    <message>
        <source>Contact: last name</source>
        <translation>Contact&#xa0;: nom</translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation>Contact&#xa0;: fonction</translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation>Contact&#xa0;: courriel</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Contact&#xa0;: téléphone</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Dry run, nothing was written: %1</source>
        <translation>Essai à blanc, rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>new: %1 (%2)</source>
        <translation>nouveau&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>closed: %1 (%2)</source>
        <translation>fermé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>active again: %1 (%2)</source>
        <translation>de nouveau actif&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>name changed: %1 -&gt; %2 (%3)</source>
        <translation>nom changé&#xa0;: %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>address changed: %1: %2 -&gt; %3</source>
        <translation>adresse changée&#xa0;: %1&#xa0;: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>headcount band changed: %1: %2 -&gt; %3</source>
        <translation>tranche d&apos;effectifs changée&#xa0;: %1&#xa0;: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>The report “%1” cannot be written (%2). Choose another folder.</source>
        <translation>Le rapport «&#xa0;%1&#xa0;» ne peut pas être écrit (%2). Choisissez un autre dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%Ln créé</numerusform>
            <numerusform>%Ln créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%Ln ignoré</numerusform>
            <numerusform>%Ln ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%Ln rejeté</numerusform>
            <numerusform>%Ln rejetés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5.</source>
        <translation>%1, %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported with warnings</source>
        <translation>
            <numerusform>%Ln importé avec avertissement</numerusform>
            <numerusform>%Ln importés avec avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>No file to import was given.</source>
        <translation>Aucun fichier à importer n&apos;a été donné.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist or cannot be read. Check its name and folder.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;existe pas ou ne peut pas être lu. Vérifiez son nom et son dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in the file,</source>
        <translation>
            <numerusform>%Ln unité dans le fichier,</numerusform>
            <numerusform>%Ln unités dans le fichier,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a head office outside the territory,</source>
        <translation>
            <numerusform>%Ln avec un siège hors du territoire,</numerusform>
            <numerusform>%Ln avec un siège hors du territoire,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the territory but outside the ESS.</source>
        <translation>
            <numerusform>%Ln dans le territoire mais hors champ de l&apos;ESS.</numerusform>
            <numerusform>%Ln dans le territoire mais hors champ de l&apos;ESS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n association(s) outside the territory were left aside.</source>
        <translation>
            <numerusform>%Ln association hors du territoire a été laissée de côté.</numerusform>
            <numerusform>%Ln associations hors du territoire ont été laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column of “%1” matches a field of the directory (columns: %2). Name the columns as in the directory&apos;s export, or map them in the import wizard.</source>
        <translation>Aucune colonne de «&#xa0;%1&#xa0;» ne correspond à un champ de l&apos;annuaire (colonnes&#xa0;: %2). Nommez les colonnes comme dans l&apos;export de l&apos;annuaire, ou faites la correspondance dans l&apos;assistant d&apos;import.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of “%1” matched no field of the directory and were not imported: %2. Map them in the import wizard, or with --mapping.</source>
        <translation>
            <numerusform>%Ln colonne de «&#xa0;%1&#xa0;» ne correspond à aucun champ de l&apos;annuaire et n&apos;a pas été importée&#xa0;: %2. Faites la correspondance dans l&apos;assistant d&apos;import, ou avec --mapping.</numerusform>
            <numerusform>%Ln colonnes de «&#xa0;%1&#xa0;» ne correspondent à aucun champ de l&apos;annuaire et n&apos;ont pas été importées&#xa0;: %2. Faites la correspondance dans l&apos;assistant d&apos;import, ou avec --mapping.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Update empty fields</source>
        <translation>Compléter les champs vides</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Import actors</source>
        <translation>Importer des acteurs</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or TSV, the two SIRENE stock files together, or RNA files.</source>
        <translation>Un tableau enregistré en CSV ou TSV, les deux fichiers de stock SIRENE ensemble, ou des fichiers RNA.</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV, TSV)</source>
        <translation>Tableau (CSV, TSV)</translation>
    </message>
    <message>
        <source>SIRENE (StockUniteLegale and StockEtablissement)</source>
        <translation>SIRENE (StockUniteLegale et StockEtablissement)</translation>
    </message>
    <message>
        <source>RNA (rna_waldec, rna_import)</source>
        <translation>RNA (rna_waldec, rna_import)</translation>
    </message>
    <message>
        <source>Also keep the associations outside the territory</source>
        <translation>Garder aussi les associations hors du territoire</translation>
    </message>
    <message>
        <source>&amp;Kind of file:</source>
        <translation>&amp;Type de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Check the first rows as they will be read, and which field each column fills.</source>
        <translation>Vérifiez les premières lignes telles qu&apos;elles seront lues, et le champ que remplit chaque colonne.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Remplit le champ</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Name of the mapping, e.g. CRESS</source>
        <translation>Nom de la correspondance, par ex. CRESS</translation>
    </message>
    <message>
        <source>&amp;Save the mapping</source>
        <translation>&amp;Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>E&amp;ncodage&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Sé&amp;parateur&#xa0;:</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>&amp;Correspondances enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vérification avant l&apos;import</translation>
    </message>
    <message>
        <source>Nothing is written yet: this is a dry run. Choose what to do with the actors already in the directory.</source>
        <translation>Rien n&apos;est encore écrit&#xa0;: c&apos;est un essai à blanc. Choisissez que faire des acteurs déjà dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Already in the directory</source>
        <translation>Déjà dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Export the rejected rows…</source>
        <translation>E&amp;xporter les lignes rejetées…</translation>
    </message>
    <message>
        <source>For every &amp;duplicate:</source>
        <translation>Pour chaque &amp;doublon&#xa0;:</translation>
    </message>
    <message>
        <source>Changes since the last import of the register:</source>
        <translation>Changements depuis le dernier import du registre&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Add a file to import</source>
        <translation>Ajouter un fichier à importer</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tableaux (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add at least one file to import.</source>
        <translation>Ajoutez au moins un fichier à importer.</translation>
    </message>
    <message>
        <source>Choose the column that holds the name of the structure.</source>
        <translation>Choisissez la colonne qui contient le nom de la structure.</translation>
    </message>
    <message>
        <source>There is nothing to import: every row is skipped or rejected.</source>
        <translation>Il n&apos;y a rien à importer&#xa0;: chaque ligne est ignorée ou rejetée.</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>Rien ne sera importé.</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2.</source>
        <translation>Lu en %1, colonnes séparées par %2.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Give the mapping a name first, for instance the partner who sends the file.</source>
        <translation>Donnez d&apos;abord un nom à la correspondance, par exemple le partenaire qui envoie le fichier.</translation>
    </message>
    <message>
        <source>The mapping could not be saved (%1).</source>
        <translation>La correspondance n&apos;a pas pu être enregistrée (%1).</translation>
    </message>
    <message>
        <source>If you import now: %1</source>
        <translation>Si vous importez maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the rejected rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>lignes-rejetees.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes this whole import back.</source>
        <translation>Édition &gt; Annuler reprend tout cet import.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>ESS family</source>
        <translation>Famille de l&apos;ESS</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Why the family is chosen by hand (e.g. SCIC in SAS form)</source>
        <translation>Pourquoi la famille est choisie à la main (par ex. SCIC sous forme de SAS)</translation>
    </message>
    <message>
        <source>&amp;Note for a family chosen by hand:</source>
        <translation>&amp;Note pour une famille choisie à la main&#xa0;:</translation>
    </message>
    <message>
        <source>Units kept and their ESS family:</source>
        <translation>Unités retenues et leur famille de l&apos;ESS&#xa0;:</translation>
    </message>
    <message>
        <source>Family chosen by hand</source>
        <translation>Famille choisie à la main</translation>
    </message>
    <message>
        <source>Write first, in the note, why this family is chosen by hand: the note is shown as the reason at every later import.</source>
        <translation>Écrivez d&apos;abord dans la note pourquoi cette famille est choisie à la main&#xa0;: la note sera affichée comme motif à chaque import suivant.</translation>
    </message>
    <message>
        <source>The choice could not be saved (%1).</source>
        <translation>Le choix n&apos;a pas pu être enregistré (%1).</translation>
    </message>
    <message>
        <source>Values the directory does not know</source>
        <translation>Valeurs que l&apos;annuaire ne connaît pas</translation>
    </message>
    <message>
        <source>No row is rejected for them: choose for each value an existing one, a new sector, or to leave the field empty (the file&apos;s text then goes to the actor&apos;s notes). The choices are saved with the mapping.</source>
        <translation>Aucune ligne n&apos;est rejetée pour elles&#xa0;: choisissez pour chaque valeur une valeur existante, un nouveau secteur, ou de laisser le champ vide (le texte du fichier va alors dans les notes de l&apos;acteur). Les choix sont enregistrés avec la correspondance.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>&amp;Save the mapping with these choices</source>
        <translation>&amp;Enregistrer la correspondance avec ces choix</translation>
    </message>
    <message>
        <source>Leave empty (text kept in the notes)</source>
        <translation>Laisser vide (texte gardé dans les notes)</translation>
    </message>
    <message>
        <source>New sector “%1”</source>
        <translation>Nouveau secteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rejected rows and warnings:</source>
        <translation>Lignes rejetées et avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Imported, with a warning: %1</source>
        <translation>Importée, avec un avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %Ln de plus.</numerusform>
            <numerusform>… et %Ln de plus.</numerusform>
        </translation>
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
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Calls for projects open</source>
        <translation>Appels à projets ouverts</translation>
    </message>
    <message>
        <source>No call for projects is open at the date of this issue.</source>
        <translation>Aucun appel à projets n&apos;est ouvert à la date de ce numéro.</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>opens on %1</source>
        <translation>ouvre le %1</translation>
    </message>
    <message>
        <source>Closes on %1</source>
        <translation>Clôture le %1</translation>
    </message>
</context>
<context>
    <name>LetterIssuesPage</name>
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
        <source>Calls for projects open</source>
        <translation>Appels à projets ouverts</translation>
    </message>
    <message>
        <source>Free article</source>
        <translation>Article libre</translation>
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
        <source>Sections of this issue</source>
        <translation>Rubriques de ce numéro</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>N° %1 · %2</translation>
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
        <source>Save the issue</source>
        <translation>Enregistrer le numéro</translation>
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
</context>
<context>
    <name>LocalRecords</name>
    <message>
        <source>The local database refused a change from the server (%1). Make a backup, then run “essaim check”.</source>
        <translation>La base locale a refusé une modification venue du serveur (%1). Faites une sauvegarde, puis lancez «&#xa0;essaim check&#xa0;».</translation>
    </message>
    <message>
        <source>A record from the server points to another one not received yet.</source>
        <translation>Une fiche venue du serveur renvoie à une autre, pas encore reçue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Essaim databases (*.essaim);;All files (*)</source>
        <translation>Bases de données Essaim (*.essaim);;Tous les fichiers (*)</translation>
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
        <translation>«&#xa0;%1&#xa0;» existe déjà. Une nouvelle base de données n&apos;écrase jamais un fichier existant&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>New database “%1” created.</source>
        <translation>Nouvelle base de données «&#xa0;%1&#xa0;» créée.</translation>
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
        <translation>La copie n&apos;a pas pu être écrite dans «&#xa0;%1&#xa0;» (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>the file is in use or read-only</source>
        <translation>le fichier est utilisé ou en lecture seule</translation>
    </message>
    <message>
        <source>Copy saved as “%1”.</source>
        <translation>Copie enregistrée sous «&#xa0;%1&#xa0;».</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import actors from a spreadsheet, SIRENE or the RNA</source>
        <translation>Importer des acteurs depuis un tableau, SIRENE ou le RNA</translation>
    </message>
    <message>
        <source>&amp;Observatory</source>
        <translation>&amp;Observatoire</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Por&amp;trait of the territory…</source>
        <translation>Por&amp;trait du territoire…</translation>
    </message>
    <message>
        <source>Plan p&amp;rogress report…</source>
        <translation>&amp;Rapport d&apos;avancement du plan…</translation>
    </message>
    <message>
        <source>Portrait of the territory</source>
        <translation>Portrait du territoire</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Event poster</source>
        <translation>Affiche de l&apos;événement</translation>
    </message>
    <message>
        <source>Print the &amp;guide of the actors…</source>
        <translation>Imprimer le &amp;guide des acteurs…</translation>
    </message>
    <message>
        <source>Print address &amp;labels…</source>
        <translation>Imprimer des é&amp;tiquettes d&apos;adresse…</translation>
    </message>
    <message>
        <source>P&amp;rojects</source>
        <translation>P&amp;rojets</translation>
    </message>
    <message>
        <source>No database is open.
Use File &gt; New council to start the council of your territory, or File &gt; Open to open a database.</source>
        <translation>Aucune base de données n&apos;est ouverte.
Utilisez Fichier &gt; Nouveau conseil pour commencer le conseil de votre territoire, ou Fichier &gt; Ouvrir pour ouvrir une base.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Essaim %1&lt;/h3&gt;&lt;p&gt;The desk of a local council of the social and solidarity economy: directory of actors, observatory, calendar, plan of action and publications.&lt;/p&gt;&lt;p&gt;Works on one computer, without a connection. Data stays in one file, backed up every day next to it.&lt;/p&gt;&lt;p&gt;Communes, intercommunalities, départements and régions: INSEE Code officiel géographique and DGCL, through @etalab/decoupage-administratif; centres of the communes: IGN – Admin Express. Licence Ouverte / Etalab.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Essaim %1&lt;/h3&gt;&lt;p&gt;Le bureau d&apos;un conseil local de l&apos;économie sociale et solidaire&#xa0;: annuaire des acteurs, observatoire, agenda, plan d&apos;actions et publications.&lt;/p&gt;&lt;p&gt;Fonctionne sur un seul ordinateur, sans connexion. Les données restent dans un seul fichier, sauvegardé chaque jour à côté de lui.&lt;/p&gt;&lt;p&gt;Communes, intercommunalités, départements et régions&#xa0;: Code officiel géographique de l&apos;INSEE et DGCL, via @etalab/decoupage-administratif&#xa0;; centres des communes&#xa0;: IGN – Admin Express. Licence Ouverte / Etalab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>The guide of Essaim, at the page of the tab shown</source>
        <translation>Le guide d&apos;Essaim, à la page de l&apos;onglet affiché</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Action annulée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Action rétablie&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>MobilisationSummary</name>
    <message>
        <source>&lt;b&gt;Mobilisation of the actors in %1&lt;/b&gt;: no registration in the agenda.</source>
        <translation>&lt;b&gt;Mobilisation des acteurs en %1&lt;/b&gt;&#xa0;: aucune inscription dans l&apos;agenda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mobilisation of the actors in %1&lt;/b&gt; (from the agenda)</source>
        <translation>&lt;b&gt;Mobilisation des acteurs en %1&lt;/b&gt; (d&apos;après l&apos;agenda)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Actors reached</source>
        <translation>Acteurs touchés</translation>
    </message>
</context>
<context>
    <name>NewCouncilWizard</name>
    <message>
        <source>New council</source>
        <translation>Nouveau conseil</translation>
    </message>
    <message>
        <source>The council</source>
        <translation>Le conseil</translation>
    </message>
    <message>
        <source>Its name, address and logo head every document and the web site of the directory. They can be changed later in the Publications tab.</source>
        <translation>Son nom, son adresse et son logo figurent en tête de chaque document et du site web de l&apos;annuaire. Ils se modifient ensuite dans l&apos;onglet Publications.</translation>
    </message>
    <message>
        <source>Conseil local de l&apos;ESS du Pays de Grasse</source>
        <translation>Conseil local de l&apos;ESS du Pays de Grasse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>An SVG or PNG file (optional)</source>
        <translation>Un fichier SVG ou PNG (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>The territory</source>
        <translation>Le territoire</translation>
    </message>
    <message>
        <source>Add the intercommunalities (EPCI), départements or single communes the council covers. Actors elsewhere in France can still be entered: they are shown as outside the territory.</source>
        <translation>Ajoutez les intercommunalités (EPCI), départements ou communes isolées que couvre le conseil. Des acteurs situés ailleurs en France peuvent toujours être saisis&#xa0;: ils sont signalés hors territoire.</translation>
    </message>
    <message>
        <source>Sambre-Avesnois &amp;demo</source>
        <translation>&amp;Démonstration Sambre-Avesnois</translation>
    </message>
    <message>
        <source>The fictional council of Sambre-Avesnois (its four EPCIs), with its demo directory, agenda and plan.</source>
        <translation>Le conseil fictif de Sambre-Avesnois (ses quatre EPCI), avec son annuaire, son agenda et son plan de démonstration.</translation>
    </message>
    <message>
        <source>Fill with the demo directory</source>
        <translation>Remplir avec l&apos;annuaire de démonstration</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>Everything the council records stays in this one file, backed up every day next to it.</source>
        <translation>Tout ce que le conseil enregistre reste dans ce seul fichier, sauvegardé chaque jour à côté de lui.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Essaim databases (*.essaim)</source>
        <translation>Bases de données Essaim (*.essaim)</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Fichier de la base&#xa0;:</translation>
    </message>
    <message>
        <source>Logo of the council</source>
        <translation>Logo du conseil</translation>
    </message>
    <message>
        <source>Images (*.svg *.png)</source>
        <translation>Images (*.svg *.png)</translation>
    </message>
    <message>
        <source>Conseil local de l&apos;ESS Sambre-Avesnois</source>
        <translation>Conseil local de l&apos;ESS Sambre-Avesnois</translation>
    </message>
</context>
<context>
    <name>ObservatoryCharts</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>No reference figures: add them with “Reference figures…”.</source>
        <translation>Aucun chiffre de référence&#xa0;: ajoutez-les avec «&#xa0;Chiffres de référence…&#xa0;».</translation>
    </message>
    <message>
        <source>Sources — %1</source>
        <translation>Sources — %1</translation>
    </message>
    <message numerus="yes">
        <source>Hatched: estimated from the SIRENE headcount band of %n actor(s) without a declared headcount.</source>
        <translation>
            <numerusform>Hachuré&#xa0;: estimé d&apos;après la tranche d&apos;effectifs SIRENE de %Ln acteur sans effectif déclaré.</numerusform>
            <numerusform>Hachuré&#xa0;: estimé d&apos;après les tranches d&apos;effectifs SIRENE de %Ln acteurs sans effectif déclaré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: the directory, figures declared for %1.</source>
        <translation>Source&#xa0;: l&apos;annuaire, chiffres déclarés pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>Average score 0–3 of %n assessed actor(s).</source>
        <translation>
            <numerusform>Note moyenne de 0 à 3 de %Ln acteur évalué.</numerusform>
            <numerusform>Note moyenne de 0 à 3 de %Ln acteurs évalués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: the directory, figures declared by the actors.</source>
        <translation>Source&#xa0;: l&apos;annuaire, chiffres déclarés par les acteurs.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Jobs estimated (bands)</source>
        <translation>Emplois estimés (tranches)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 jobs, %n actor(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 emplois, %Ln acteur</numerusform>
            <numerusform>%1&#xa0;: %2 emplois, %Ln acteurs</numerusform>
        </translation>
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
        <source>ESS share of salaried employment (%)</source>
        <translation>Part de l&apos;ESS dans l&apos;emploi salarié (%)</translation>
    </message>
    <message>
        <source>%1: %2 % (%3, %4)</source>
        <translation>%1&#xa0;: %2&#xa0;% (%3, %4)</translation>
    </message>
    <message>
        <source>%1: no reference figure</source>
        <translation>%1&#xa0;: aucun chiffre de référence</translation>
    </message>
    <message>
        <source>% of salaried jobs</source>
        <translation>% des emplois salariés</translation>
    </message>
    <message>
        <source>Declared headcount</source>
        <translation>Effectif déclaré</translation>
    </message>
    <message>
        <source>SIRENE band (estimate)</source>
        <translation>Tranche SIRENE (estimation)</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>employers of %1</source>
        <translation>employeurs de %1</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>Employer actors</source>
        <translation>Acteurs employeurs</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n actor(s))</source>
        <translation>
            <numerusform>%1 (%Ln acteur)</numerusform>
            <numerusform>%1 (%Ln acteurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message numerus="yes">
        <source>No actor was assessed in %1: the profile shown is that of %2, average score 0–3 of %n actor(s).</source>
        <translation>
            <numerusform>Aucun acteur évalué en %1&#xa0;: le profil montré est celui de %2, note moyenne de 0 à 3 de %Ln acteur évalué.</numerusform>
            <numerusform>Aucun acteur évalué en %1&#xa0;: le profil montré est celui de %2, note moyenne de 0 à 3 de %Ln acteurs évalués.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservatoryEngine</name>
    <message>
        <source>The actors could not be read for the observatory.</source>
        <translation>Les acteurs n&apos;ont pas pu être lus pour l&apos;observatoire.</translation>
    </message>
    <message>
        <source>There is no saved list of communes called “%1”. Save it from the Observatoire tab first.</source>
        <translation>Aucune liste de communes enregistrée ne s&apos;appelle «&#xa0;%1&#xa0;». Enregistrez-la d&apos;abord depuis l&apos;onglet Observatoire.</translation>
    </message>
    <message>
        <source>The territory “%1” is unknown: give “all”, the SIREN of an EPCI, the INSEE code of a commune, or list:NAME.</source>
        <translation>Le territoire «&#xa0;%1&#xa0;» est inconnu&#xa0;: indiquez «&#xa0;all&#xa0;», le SIREN d&apos;un EPCI, le code INSEE d&apos;une commune ou list:NOM.</translation>
    </message>
    <message>
        <source>Whole territory</source>
        <translation>Tout le territoire</translation>
    </message>
    <message>
        <source>Family not given</source>
        <translation>Famille non renseignée</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Sans secteur</translation>
    </message>
    <message>
        <source>Size unknown</source>
        <translation>Taille inconnue</translation>
    </message>
    <message>
        <source>Directory %1 / %2</source>
        <translation>Annuaire %1 / %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>The ESS share of salaried employment, %1 %, cannot be true: the jobs declared by the actors (%2) exceed the territory&apos;s total salaried employment (%3, %4 %5). Check the headcounts of the biggest employers below, or the reference figure.</source>
        <translation>La part de l&apos;ESS dans l&apos;emploi salarié, %1&#xa0;%, ne peut pas être juste&#xa0;: les emplois déclarés par les acteurs (%2) dépassent l&apos;emploi salarié total du territoire (%3, %4 %5). Vérifiez les effectifs des plus grands employeurs ci-dessous, ou le chiffre de référence.</translation>
    </message>
    <message>
        <source>The ESS jobs of %1 (%2) exceed its total salaried employment: a share of %3 % cannot be true.</source>
        <translation>Les emplois de l&apos;ESS de %1 (%2) dépassent son emploi salarié total&#xa0;: une part de %3&#xa0;% ne peut pas être juste.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) declare far more jobs than their SIRENE headcount band allows (more than twice its upper bound): a typing mistake, hours counted as people, or the jobs of a whole group?</source>
        <translation>
            <numerusform>%Ln acteur déclare bien plus d&apos;emplois que sa tranche d&apos;effectifs SIRENE ne le permet (plus du double de sa borne haute)&#xa0;: une faute de frappe, des heures comptées comme des personnes, ou les emplois de tout un groupe&#xa0;?</numerusform>
            <numerusform>%Ln acteurs déclarent bien plus d&apos;emplois que leur tranche d&apos;effectifs SIRENE ne le permet (plus du double de sa borne haute)&#xa0;: une faute de frappe, des heures comptées comme des personnes, ou les emplois de tout un groupe&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservatoryTab</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Full screen, one chart per screen; arrows and Page Up/Down move, Esc leaves (F5)</source>
        <translation>Plein écran, un graphique par écran&#xa0;; les flèches et Page précédente/suivante font défiler, Échap quitte (F5)</translation>
    </message>
    <message>
        <source>&amp;Reference figures…</source>
        <translation>Chiffres de &amp;référence…</translation>
    </message>
    <message>
        <source>Employment totals and published ESS figures per territory and year, with their sources</source>
        <translation>Emploi total et chiffres publiés de l&apos;ESS par territoire et par année, avec leurs sources</translation>
    </message>
    <message>
        <source>Lists of &amp;communes…</source>
        <translation>Listes de &amp;communes…</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Employer actors</source>
        <translation>Acteurs employeurs</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Emplois</translation>
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
        <source>Share of salaried employment</source>
        <translation>Part de l&apos;emploi salarié</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aucun chiffre pour l&apos;instant</translation>
    </message>
    <message>
        <source>Whole territory</source>
        <translation>Tout le territoire</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Liste&#xa0;: %1</translation>
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
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message numerus="yes">
        <source>Estimate, not included above: about %1 more jobs from the SIRENE headcount bands of %n actor(s) that declared no headcount for %2.</source>
        <translation>
            <numerusform>Estimation, non comprise ci-dessus&#xa0;: environ %1 emplois de plus d&apos;après la tranche d&apos;effectifs SIRENE de %Ln acteur qui n&apos;a pas déclaré d&apos;effectif pour %2.</numerusform>
            <numerusform>Estimation, non comprise ci-dessus&#xa0;: environ %1 emplois de plus d&apos;après les tranches d&apos;effectifs SIRENE de %Ln acteurs qui n&apos;ont pas déclaré d&apos;effectif pour %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) declared no headcount for %1 and have no SIRENE band: their jobs are unknown.</source>
        <translation>
            <numerusform>%Ln acteur n&apos;a déclaré aucun effectif pour %1 et n&apos;a pas de tranche SIRENE&#xa0;: ses emplois sont inconnus.</numerusform>
            <numerusform>%Ln acteurs n&apos;ont déclaré aucun effectif pour %1 et n&apos;ont pas de tranche SIRENE&#xa0;: leurs emplois sont inconnus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every actor counted declared its headcount for %1.</source>
        <translation>Tous les acteurs comptés ont déclaré leur effectif pour %1.</translation>
    </message>
    <message>
        <source>Share: %1 declared jobs out of %2 salaried jobs (%3, %4).</source>
        <translation>Part&#xa0;: %1 emplois déclarés sur %2 emplois salariés (%3, %4).</translation>
    </message>
    <message>
        <source>Share unknown: the salaried employment of %1 is not among the reference figures.</source>
        <translation>Part inconnue&#xa0;: l&apos;emploi salarié de %1 ne figure pas dans les chiffres de référence.</translation>
    </message>
    <message>
        <source>Year the social utility profile is compared with</source>
        <translation>Année à laquelle le profil d&apos;utilité sociale est comparé</translation>
    </message>
    <message>
        <source>Grid compared with:</source>
        <translation>Grille comparée à&#xa0;:</translation>
    </message>
    <message>
        <source>previous grid</source>
        <translation>grille précédente</translation>
    </message>
    <message>
        <source>Print the &amp;portrait of the territory…</source>
        <translation>Imprimer le &amp;portrait du territoire…</translation>
    </message>
    <message>
        <source>The observatory&apos;s report for the year and territory shown: figures, charts, tables and sources</source>
        <translation>Le rapport de l&apos;observatoire pour l&apos;année et le territoire affichés&#xa0;: chiffres, graphiques, tableaux et sources</translation>
    </message>
    <message>
        <source>Doubtful figure: %1</source>
        <translation>Chiffre douteux&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n actor(s)</source>
        <translation>
            <numerusform>Montrer l&apos;acteur</numerusform>
            <numerusform>Montrer les %Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Doubtful figure</source>
        <translation>Chiffre douteux</translation>
    </message>
    <message>
        <source>Doubtful: see the warning below the key figures.</source>
        <translation>Douteux&#xa0;: voir l&apos;avertissement sous les chiffres clés.</translation>
    </message>
</context>
<context>
    <name>ObservatoryTableModel</name>
    <message>
        <source>Actors and jobs by family</source>
        <translation>Acteurs et emplois par famille</translation>
    </message>
    <message>
        <source>Jobs by sector</source>
        <translation>Emplois par secteur</translation>
    </message>
    <message>
        <source>Evolution over the years</source>
        <translation>Évolution sur les années</translation>
    </message>
    <message>
        <source>ESS share of salaried employment</source>
        <translation>Part de l&apos;ESS dans l&apos;emploi salarié</translation>
    </message>
    <message>
        <source>Employer actors by size</source>
        <translation>Acteurs employeurs par taille</translation>
    </message>
    <message>
        <source>Social utility profile</source>
        <translation>Profil d&apos;utilité sociale</translation>
    </message>
    <message>
        <source>Figures by EPCI</source>
        <translation>Chiffres par EPCI</translation>
    </message>
    <message>
        <source>Midpoints of the SIRENE headcount bands of the actors that declared no headcount: an estimate, not added to the jobs.</source>
        <translation>Milieux des tranches d&apos;effectifs SIRENE des acteurs qui n&apos;ont pas déclaré d&apos;effectif&#xa0;: une estimation, non ajoutée aux emplois.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Size band</source>
        <translation>Tranche d&apos;effectifs</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Employer actors</source>
        <translation>Acteurs employeurs</translation>
    </message>
    <message>
        <source>Jobs (declared)</source>
        <translation>Emplois (déclarés)</translation>
    </message>
    <message>
        <source>Jobs estimated from bands</source>
        <translation>Emplois estimés d&apos;après les tranches</translation>
    </message>
    <message>
        <source>Actors estimated</source>
        <translation>Acteurs estimés</translation>
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
        <source>ESS share of employment</source>
        <translation>Part de l&apos;ESS dans l&apos;emploi</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Earlier year</source>
        <translation>Année antérieure</translation>
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
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>closes</source>
        <translation>clôture</translation>
    </message>
    <message>
        <source>Next step of a project</source>
        <translation>Prochaine étape d&apos;un projet</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>Late: this next step was due on %1.</source>
        <translation>En retard&#xa0;: cette prochaine étape était prévue le %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>The copy “%1” is encrypted. Its passphrase:</source>
        <translation>La copie «&#xa0;%1&#xa0;» est chiffrée. Sa phrase secrète&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>A person&apos;s data</source>
        <translation>Données d&apos;une personne</translation>
    </message>
    <message>
        <source>Name, e-mail or phone (accents and case ignored)</source>
        <translation>Nom, courriel ou téléphone (sans tenir compte des accents ni des majuscules)</translation>
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
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Everything held (&amp;PDF)…</source>
        <translation>Tout ce qui est détenu (&amp;PDF)…</translation>
    </message>
    <message>
        <source>For portability (&amp;JSON)…</source>
        <translation>Pour la portabilité (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Withdraw from the &amp;guide</source>
        <translation>Retirer du &amp;guide</translation>
    </message>
    <message>
        <source>Withdraw from the &amp;Lettre</source>
        <translation>Retirer de la &amp;Lettre</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation>&amp;Modifications…</translation>
    </message>
    <message>
        <source>%1 (registration only)</source>
        <translation>%1 (inscription seulement)</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Personne n&apos;a été trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s), </source>
        <translation>
            <numerusform>%Ln inscription, </numerusform>
            <numerusform>%Ln inscriptions, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s) piloted, </source>
        <translation>
            <numerusform>%Ln action du plan pilotée, </numerusform>
            <numerusform>%Ln actions du plan pilotées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entr(ies) naming the person.</source>
        <translation>
            <numerusform>%Ln entrée de journal nomme la personne.</numerusform>
            <numerusform>%Ln entrées de journal nomment la personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything held about a person</source>
        <translation>Tout ce qui est détenu sur une personne</translation>
    </message>
    <message>
        <source>personal-data.pdf</source>
        <translation>donnees-personnelles.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A person&apos;s data for portability</source>
        <translation>Les données d&apos;une personne, pour la portabilité</translation>
    </message>
    <message>
        <source>personal-data.json</source>
        <translation>donnees-personnelles.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>withdrawn at the person&apos;s request</source>
        <translation>retrait à la demande de la personne</translation>
    </message>
    <message>
        <source>The withdrawal could not be saved (%1).</source>
        <translation>Le retrait n&apos;a pas pu être enregistré (%1).</translation>
    </message>
    <message>
        <source>Withdraw the consent of %1</source>
        <translation>Retirer le consentement de %1</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Erase %1 everywhere? Name, e-mail, phone and consents are removed; registrations stay as anonymous counts. Edit &gt; Undo can bring the person back until Essaim is closed; after that the erasure is final.</source>
        <translation>Effacer %1 partout&#xa0;? Nom, courriel, téléphone et consentements sont supprimés&#xa0;; les inscriptions restent comptées anonymement. Édition &gt; Annuler peut faire revenir la personne jusqu&apos;à la fermeture d&apos;Essaim&#xa0;; ensuite l&apos;effacement est définitif.</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Effacer %1</translation>
    </message>
</context>
<context>
    <name>PersonDossierDocument</name>
    <message>
        <source>Personal data held</source>
        <translation>Données personnelles détenues</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non donné</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Données personnelles détenues sur %1</translation>
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
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Printed guide and public directory</source>
        <translation>Guide imprimé et annuaire public</translation>
    </message>
    <message>
        <source>Lettre de l&apos;ESS</source>
        <translation>Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>History of the consents</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Registrations and attendance</source>
        <translation>Inscriptions et présences</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Plan actions piloted</source>
        <translation>Actions du plan pilotées</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Journal entries naming the person</source>
        <translation>Entrées de journal qui nomment la personne</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Modifications enregistrées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Projects held (accompaniment)</source>
        <translation>Projets portés (accompagnement)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Exchanges of the accompaniment naming the person</source>
        <translation>Échanges de l&apos;accompagnement qui nomment la personne</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>The personal data could not be changed (%1). Nothing was changed.</source>
        <translation>Les données personnelles n&apos;ont pas pu être modifiées (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2). Choose another folder.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Il n&apos;y a pas de contact n° %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) kept anonymous</source>
        <translation>
            <numerusform>%Ln inscription gardée anonyme</numerusform>
            <numerusform>%Ln inscriptions gardées anonymes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entr(ies) cleared</source>
        <translation>
            <numerusform>%Ln entrée de journal nettoyée</numerusform>
            <numerusform>%Ln entrées de journal nettoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>The erasure could not be saved (%1). Nothing was changed.</source>
        <translation>L&apos;effacement n&apos;a pas pu être enregistré (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no registration number %1 without a contact.</source>
        <translation>Il n&apos;y a pas d&apos;inscription n° %1 sans contact.</translation>
    </message>
    <message>
        <source>The erased data could not be put back (%1).</source>
        <translation>Les données effacées n&apos;ont pas pu être remises (%1).</translation>
    </message>
    <message>
        <source>The withdrawal could not be saved (%1).</source>
        <translation>Le retrait n&apos;a pas pu être enregistré (%1).</translation>
    </message>
    <message>
        <source>The erasure was saved, but the file could not be compacted (%1): close Essaim and open it again to finish.</source>
        <translation>L&apos;effacement est enregistré, mais le fichier n&apos;a pas pu être compacté (%1)&#xa0;: effacez à nouveau une personne après avoir rouvert Essaim pour terminer.</translation>
    </message>
</context>
<context>
    <name>PersonalDataJournal</name>
    <message>
        <source>creation</source>
        <translation>création</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>effacement</translation>
    </message>
    <message>
        <source>erasure undone</source>
        <translation>effacement annulé</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>kept past retention</source>
        <translation>conservé au-delà de la durée</translation>
    </message>
    <message>
        <source>The journal could not be written to “%1” (%2). Choose another folder.</source>
        <translation>Le journal n&apos;a pas pu être écrit dans «&#xa0;%1&#xa0;» (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>keeping undone</source>
        <translation>conservation annulée</translation>
    </message>
    <message>
        <source>public output</source>
        <translation>sortie publique</translation>
    </message>
</context>
<context>
    <name>PlanActionEditor</name>
    <message>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avancement&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>A contact of the directory; a name typed here that is not in the directory is kept as text.</source>
        <translation>Un contact de l&apos;annuaire&#xa0;; un nom tapé ici qui n&apos;est pas dans l&apos;annuaire est gardé tel quel.</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Pilote&#xa0;:</translation>
    </message>
    <message>
        <source>Type an actor&apos;s name, then Enter</source>
        <translation>Tapez le nom d&apos;un acteur, puis Entrée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Other partners, not in the directory (separated by ;)</source>
        <translation>Autres partenaires, hors annuaire (séparés par&#xa0;;)</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Means:</source>
        <translation>&amp;Moyens&#xa0;:</translation>
    </message>
    <message>
        <source>spent:</source>
        <translation>dépensé&#xa0;:</translation>
    </message>
    <message>
        <source>Budget planned:</source>
        <translation>Budget prévu&#xa0;:</translation>
    </message>
    <message>
        <source>volunteers:</source>
        <translation>bénévoles&#xa0;:</translation>
    </message>
    <message>
        <source>Staff hours:</source>
        <translation>Heures salariés&#xa0;:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
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
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Calendar events:</source>
        <translation>Événements de l&apos;agenda&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No calendar event is linked to this item.</source>
        <translation>Aucun événement de l&apos;agenda n&apos;est lié à cet élément.</translation>
    </message>
    <message>
        <source>No actor of the directory is called “%1”. Partners outside the directory go in the line below.</source>
        <translation>Aucun acteur de l&apos;annuaire ne s&apos;appelle «&#xa0;%1&#xa0;». Les partenaires hors annuaire se notent sur la ligne du dessous.</translation>
    </message>
    <message>
        <source>The title is empty: give the item a title.</source>
        <translation>L&apos;intitulé est vide&#xa0;: donnez un intitulé à l&apos;élément.</translation>
    </message>
    <message>
        <source>A journal entry has no valid date: write it as 2012-06-15.</source>
        <translation>Une entrée du journal n&apos;a pas de date valide&#xa0;: écrivez-la comme 2012-06-15.</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Type a contact&apos;s name</source>
        <translation>Tapez le nom d&apos;un contact</translation>
    </message>
    <message>
        <source>Due %1 and not done on %2</source>
        <translation>Échéance&#xa0;: %1, non réalisé au %2</translation>
    </message>
    <message>
        <source>“%1” goes from “%2” to “%3”. Write a note about it in the journal?</source>
        <translation>«&#xa0;%1&#xa0;» passe de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;». Écrire une note à ce sujet dans le journal&#xa0;?</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>État&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>A month (June 2012) or a day (15 June 2012), in words or as 2012-06 and 2012-06-15.</source>
        <translation>Un mois (juin 2012) ou un jour (15 juin 2012), en toutes lettres ou sous la forme 2012-06 et 2012-06-15.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write a month as June 2012 (or 2012-06), a day as 15 June 2012 (or 2012-06-15).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez un mois comme juin 2012 (ou 2012-06), un jour comme 15 juin 2012 (ou 2012-06-15).</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). Nothing was changed; try again.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré (%2). Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Source de la valeur</translation>
    </message>
    <message>
        <source>Typed by hand, or counted from the accompaniment of projects over the plan&apos;s period and kept up to date.</source>
        <translation>Saisie à la main, ou comptée dans l&apos;accompagnement des projets sur la période du plan et tenue à jour.</translation>
    </message>
    <message>
        <source>Counted from the projects over the plan&apos;s period; updated by itself.</source>
        <translation>Comptée dans les projets sur la période du plan&#xa0;; mise à jour d&apos;elle-même.</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>essaim: import plan needs one outline file: write “essaim --db FILE import plan OUTLINE.txt”.</source>
        <translation>essaim&#xa0;: import plan attend un fichier de plan&#xa0;: écrivez «&#xa0;essaim --db FICHIER import plan PLAN.txt&#xa0;».</translation>
    </message>
    <message>
        <source>essaim: export plan needs a file to write: add -o FILE.</source>
        <translation>essaim&#xa0;: export plan a besoin d&apos;un fichier à écrire&#xa0;: ajoutez -o FICHIER.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for plans; use outline or csv.</source>
        <translation>essaim&#xa0;: le format «&#xa0;%1&#xa0;» n&apos;est pas connu pour les plans&#xa0;; utilisez outline ou csv.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from “%1”: %2 (%n item(s)).</source>
        <translation>
            <numerusform>Importé depuis «&#xa0;%1&#xa0;»&#xa0;: %2 (%Ln élément).</numerusform>
            <numerusform>Importé depuis «&#xa0;%1&#xa0;»&#xa0;: %2 (%Ln éléments).</numerusform>
        </translation>
    </message>
    <message>
        <source>essaim: the database holds no plan to export; import one with “import plan OUTLINE.txt”.</source>
        <translation>essaim&#xa0;: la base ne contient aucun plan à exporter&#xa0;; importez-en un avec «&#xa0;import plan PLAN.txt&#xa0;».</translation>
    </message>
    <message>
        <source>essaim: there is no plan named “%1”; the plans are: %2.</source>
        <translation>essaim&#xa0;: aucun plan ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; les plans sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) exported to “%1”.</source>
        <translation>
            <numerusform>%Ln plan exporté dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln plans exportés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>essaim: export plan needs a format: add --format outline or --format csv.</source>
        <translation>essaim&#xa0;: export plan a besoin d&apos;un format&#xa0;: ajoutez --format outline ou --format csv.</translation>
    </message>
    <message>
        <source>import plan OUTLINE.txt: import a plan of action from an indented outline
export plan [--plan NAME] --format outline|csv -o FILE: export plans of action</source>
        <translation>import plan PLAN.txt&#xa0;: importe un plan d&apos;actions depuis un plan indenté
export plan [--plan NOM] --format outline|csv -o FICHIER&#xa0;: exporte les plans d&apos;actions</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Create the plan “%1”</source>
        <translation>Créer le plan «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the plan “%1”</source>
        <translation>Modifier le plan «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete the plan “%1”</source>
        <translation>Supprimer le plan «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PlanExporter</name>
    <message>
        <source>The plan could not be written to “%1” (%2). Choose another folder or file name.</source>
        <translation>Le plan n&apos;a pas pu être écrit dans «&#xa0;%1&#xa0;» (%2). Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>PlanImporter</name>
    <message>
        <source>The plan in “%1” was not imported, nothing was changed:
%2</source>
        <translation>Le plan de «&#xa0;%1&#xa0;» n&apos;a pas été importé, rien n&apos;a été modifié&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The plan “%1” is already in the database, so “%2” was not imported. Rename the plan in the file or delete the existing one first.</source>
        <translation>Le plan «&#xa0;%1&#xa0;» est déjà dans la base, «&#xa0;%2&#xa0;» n&apos;a donc pas été importé. Renommez le plan dans le fichier ou supprimez d&apos;abord celui qui existe.</translation>
    </message>
    <message>
        <source>The plans of “%1” could not be imported, nothing was changed: %2</source>
        <translation>Les plans de «&#xa0;%1&#xa0;» n&apos;ont pas pu être importés, rien n&apos;a été modifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanOutlineReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (%2).</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>a tab indents this line; indent with two spaces per level.</source>
        <translation>une tabulation indente cette ligne&#xa0;; indentez de deux espaces par niveau.</translation>
    </message>
    <message>
        <source>the indentation (%1 spaces) is not a multiple of two.</source>
        <translation>l&apos;indentation (%1 espaces) n&apos;est pas un multiple de deux.</translation>
    </message>
    <message>
        <source>“%1” is not of the form “key: value”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme «&#xa0;clé&#xa0;: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>“plan:” must start at the beginning of the line.</source>
        <translation>«&#xa0;plan&#xa0;:&#xa0;» doit commencer en début de ligne.</translation>
    </message>
    <message>
        <source>the plan has no name.</source>
        <translation>le plan n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>the outline must begin with a “plan: NAME” line.</source>
        <translation>le plan doit commencer par une ligne «&#xa0;plan&#xa0;: NOM&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is indented to level %2, but the element above it is at level %3.</source>
        <translation>«&#xa0;%1&#xa0;» est indenté au niveau %2, mais l&apos;élément au-dessus est au niveau %3.</translation>
    </message>
    <message>
        <source>the %1 has no title.</source>
        <translation>l&apos;élément «&#xa0;%1&#xa0;» n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>the key “%1” is not known; the keys are: %2.</source>
        <translation>la clé «&#xa0;%1&#xa0;» est inconnue&#xa0;; les clés sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” comes after the elements nested under the one it describes; move it just under its title.</source>
        <translation>«&#xa0;%1&#xa0;» vient après les éléments rangés sous celui qu&apos;il décrit&#xa0;; placez-le juste sous son titre.</translation>
    </message>
    <message>
        <source>“%1” must be indented one level under the element it describes.</source>
        <translation>«&#xa0;%1&#xa0;» doit être indenté d&apos;un niveau sous l&apos;élément qu&apos;il décrit.</translation>
    </message>
    <message>
        <source>“%1” is given twice for the same element.</source>
        <translation>«&#xa0;%1&#xa0;» est donné deux fois pour le même élément.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM or YYYY-MM-DD, for example 2012-06.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez AAAA-MM ou AAAA-MM-JJ, par exemple 2012-06.</translation>
    </message>
    <message>
        <source>a plan takes only “début” and “fin”; “%1” belongs to an objective or an action.</source>
        <translation>un plan ne prend que «&#xa0;début&#xa0;» et «&#xa0;fin&#xa0;»&#xa0;; «&#xa0;%1&#xa0;» concerne un objectif ou une action.</translation>
    </message>
    <message>
        <source>“fin” and “échéance” both give the due date; keep one.</source>
        <translation>«&#xa0;fin&#xa0;» et «&#xa0;échéance&#xa0;» donnent toutes deux l&apos;échéance&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>the state “%1” is not known; write à lancer, en cours, réalisé, reporté or abandonné.</source>
        <translation>l&apos;état «&#xa0;%1&#xa0;» est inconnu&#xa0;; écrivez à lancer, en cours, réalisé, reporté ou abandonné.</translation>
    </message>
    <message>
        <source>the progress “%1” must be a whole number from 0 to 100.</source>
        <translation>l&apos;avancement «&#xa0;%1&#xa0;» doit être un nombre entier de 0 à 100.</translation>
    </message>
    <message>
        <source>the amount “%1” is not a sum in euros, such as 1200 or 1 200,50.</source>
        <translation>le montant «&#xa0;%1&#xa0;» n&apos;est pas une somme en euros, comme 1200 ou 1 200,50.</translation>
    </message>
    <message>
        <source>the hours “%1” must be a positive number.</source>
        <translation>les heures «&#xa0;%1&#xa0;» doivent être un nombre positif.</translation>
    </message>
    <message>
        <source>The outline holds no plan: it must begin with a “plan: NAME” line.</source>
        <translation>Le fichier ne contient aucun plan&#xa0;: il doit commencer par une ligne «&#xa0;plan&#xa0;: NOM&#xa0;».</translation>
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
    <message numerus="yes">
        <source>%n action(s), </source>
        <translation>
            <numerusform>%Ln action, </numerusform>
            <numerusform>%Ln actions, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete, </source>
        <translation>
            <numerusform>%Ln achevée, </numerusform>
            <numerusform>%Ln achevées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late.</source>
        <translation>
            <numerusform>%Ln en retard.</numerusform>
            <numerusform>%Ln en retard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReportOptionsPage</name>
    <message>
        <source>The progress report for the steering committee: per objective, the actions with their status and progress, late ones in red, the indicators against their targets and the journal of the period. An internal document.</source>
        <translation>Le rapport d&apos;avancement pour le comité de pilotage&#xa0;: par objectif, les actions avec leur état et leur avancement, en rouge celles en retard, les indicateurs face à leurs cibles et le journal de la période. Un document interne.</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>There is no plan of action yet: create or import one in the Plan tab.</source>
        <translation>Il n&apos;y a encore aucun plan d&apos;actions&#xa0;: créez-en ou importez-en un dans l&apos;onglet Plan.</translation>
    </message>
</context>
<context>
    <name>PlanRoadmapBuilder</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernier point</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>first half of %1</source>
        <translation>premier semestre %1</translation>
    </message>
    <message>
        <source>second half of %1</source>
        <translation>second semestre %1</translation>
    </message>
    <message>
        <source>Roadmap — %1</source>
        <translation>Feuille de route — %1</translation>
    </message>
    <message>
        <source>Situation on %1.</source>
        <translation>Situation au %1.</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No action is late.</source>
        <translation>Aucune action n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Due this semester</source>
        <translation>À échéance ce semestre</translation>
    </message>
    <message>
        <source>No other action falls due this semester.</source>
        <translation>Aucune autre action n&apos;arrive à échéance ce semestre.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisées</translation>
    </message>
    <message>
        <source>No action was completed this semester.</source>
        <translation>Aucune action n&apos;a été achevée ce semestre.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>%1 (%2). Check that the database file is writable, then try again.</source>
        <translation>%1 (%2). Vérifiez que le fichier de la base est modifiable, puis réessayez.</translation>
    </message>
    <message>
        <source>The plan “%1” could not be saved</source>
        <translation>Le plan «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The plan could not be deleted</source>
        <translation>Le plan n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>The order of the plan could not be updated</source>
        <translation>L&apos;ordre du plan n&apos;a pas pu être mis à jour</translation>
    </message>
    <message>
        <source>The item “%1” of the plan could not be saved</source>
        <translation>L&apos;élément «&#xa0;%1&#xa0;» du plan n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The partners of “%1” could not be saved</source>
        <translation>Les partenaires de «&#xa0;%1&#xa0;» n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <source>The indicators of “%1” could not be saved</source>
        <translation>Les indicateurs de «&#xa0;%1&#xa0;» n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <source>The journal of “%1” could not be saved</source>
        <translation>Le journal de «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The item of the plan was not found</source>
        <translation>L&apos;élément du plan est introuvable</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <source>The item “%1” of the plan could not be deleted</source>
        <translation>L&apos;élément «&#xa0;%1&#xa0;» du plan n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>The item “%1” could not be moved</source>
        <translation>L&apos;élément «&#xa0;%1&#xa0;» n&apos;a pas pu être déplacé</translation>
    </message>
    <message>
        <source>The plans could not be saved</source>
        <translation>Les plans n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Add an &amp;objective</source>
        <translation>Ajouter un &amp;objectif</translation>
    </message>
    <message>
        <source>Add &amp;under the selection</source>
        <translation>Ajouter &amp;sous la sélection</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move &amp;left (outdent)</source>
        <translation>&amp;Remonter d&apos;un niveau</translation>
    </message>
    <message>
        <source>Move &amp;right (indent)</source>
        <translation>Descendre d&apos;un &amp;niveau</translation>
    </message>
    <message>
        <source>&amp;Import a plan…</source>
        <translation>&amp;Importer un plan…</translation>
    </message>
    <message>
        <source>&amp;Export the plan…</source>
        <translation>&amp;Exporter le plan…</translation>
    </message>
    <message>
        <source>&amp;Print the timeline…</source>
        <translation>Im&amp;primer le calendrier…</translation>
    </message>
    <message>
        <source>Timeline as &amp;PDF…</source>
        <translation>Calendrier en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Roadmap as PDF…</source>
        <translation>&amp;Feuille de route en PDF…</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan&#xa0;:</translation>
    </message>
    <message>
        <source>The day the plan is judged on: actions due before it and not done are late.</source>
        <translation>Le jour où l&apos;on fait le point&#xa0;: les actions échues avant ce jour et non réalisées sont en retard.</translation>
    </message>
    <message>
        <source>Situation on:</source>
        <translation>Situation au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Pilot:</source>
        <translation>Pilote&#xa0;:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Bars run from start to due date, filled to the progress; red: late; diamonds: calendar events.</source>
        <translation>Les barres vont du début à l&apos;échéance, remplies selon l&apos;avancement&#xa0;; en rouge&#xa0;: en retard&#xa0;; losanges&#xa0;: événements de l&apos;agenda.</translation>
    </message>
    <message>
        <source>Semester:</source>
        <translation>Semestre&#xa0;:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Any pilot</source>
        <translation>Tout pilote</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Tout partenaire</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouvel élément&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete “%1 %2”?</source>
        <translation>Supprimer «&#xa0;%1 %2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Everything under it goes too. Edit &gt; Undo brings it back.</source>
        <translation>Tout ce qui est rangé dessous est supprimé aussi. Édition &gt; Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <source>Plan outlines (*.txt);;All files (*)</source>
        <translation>Plans indentés (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Plan imported from “%1”: %n item(s).</source>
        <translation>
            <numerusform>Plan importé depuis «&#xa0;%1&#xa0;»&#xa0;: %Ln élément.</numerusform>
            <numerusform>Plan importé depuis «&#xa0;%1&#xa0;»&#xa0;: %Ln éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outline (*.txt)</source>
        <translation>Plan indenté (*.txt)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>Plan exported to “%1”.</source>
        <translation>Plan exporté dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 — timeline on %2</source>
        <translation>%1 — calendrier au %2</translation>
    </message>
    <message>
        <source>Timeline as PDF</source>
        <translation>Calendrier en PDF</translation>
    </message>
    <message>
        <source>timeline.pdf</source>
        <translation>calendrier.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”. Choose another folder.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans «&#xa0;%1&#xa0;». Choisissez un autre dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline saved to “%1” (%n page(s)).</source>
        <translation>
            <numerusform>Calendrier enregistré dans «&#xa0;%1&#xa0;» (%Ln page).</numerusform>
            <numerusform>Calendrier enregistré dans «&#xa0;%1&#xa0;» (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap as PDF</source>
        <translation>Feuille de route en PDF</translation>
    </message>
    <message>
        <source>roadmap.pdf</source>
        <translation>feuille-de-route.pdf</translation>
    </message>
    <message>
        <source>Roadmap saved to “%1”.</source>
        <translation>Feuille de route enregistrée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nouveau plan</translation>
    </message>
    <message>
        <source>Delete the plan…</source>
        <translation>Supprimer le plan…</translation>
    </message>
    <message>
        <source>2012-05-10</source>
        <translation>2012-05-10</translation>
    </message>
    <message>
        <source>2015-11-30</source>
        <translation>2015-11-30</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>New plan %1</source>
        <translation>Nouveau plan %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the plan “%1” with its %n item(s)? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Supprimer le plan «&#xa0;%1&#xa0;» avec %Ln élément&#xa0;? Édition &gt; Annuler le rétablit.</numerusform>
            <numerusform>Supprimer le plan «&#xa0;%1&#xa0;» avec ses %Ln éléments&#xa0;? Édition &gt; Annuler le rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <source>The plan needs a name.</source>
        <translation>Le plan doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another plan is already called “%1”: choose another name.</source>
        <translation>Un autre plan s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write a month as 2012-06, or a day as 2012-06-15.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez un mois comme 2012-06, ou un jour comme 2012-06-15.</translation>
    </message>
    <message>
        <source>Progress re&amp;port…</source>
        <translation>Rapport d&apos;a&amp;vancement…</translation>
    </message>
    <message>
        <source>The progress report for the steering committee, over a period you choose</source>
        <translation>Le rapport d&apos;avancement pour le comité de pilotage, sur la période de votre choix</translation>
    </message>
    <message>
        <source>Plan of action</source>
        <translation>Plan d&apos;actions</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was changed; try again.</source>
        <translation>La modification n&apos;a pas pu être enregistrée (%1). Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>PlanTimeline</name>
    <message>
        <source>1st half %1</source>
        <translation>1er semestre %1</translation>
    </message>
    <message>
        <source>2nd half %1</source>
        <translation>2e semestre %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>page %1/%2 (rows %3–%4, part %5/%6 across)</source>
        <translation>page %1/%2 (lignes %3 à %4, partie %5/%6 en largeur)</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 réalisées</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n late action(s)</source>
        <translation>
            <numerusform>%Ln action en retard</numerusform>
            <numerusform>%Ln actions en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Budget prévu</translation>
    </message>
</context>
<context>
    <name>PlanVocabulary</name>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Operational objective</source>
        <translation>Objectif opérationnel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sub-action</source>
        <translation>Sous-action</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>À lancer</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>%1, late</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Saisie à la main</translation>
    </message>
    <message>
        <source>Projects accompanied</source>
        <translation>Projets accompagnés</translation>
    </message>
    <message>
        <source>Projects founded</source>
        <translation>Projets créés</translation>
    </message>
    <message>
        <source>Jobs expected by the projects accompanied</source>
        <translation>Emplois prévus par les projets accompagnés</translation>
    </message>
    <message>
        <source>Jobs created by the projects founded</source>
        <translation>Emplois créés par les projets créés</translation>
    </message>
    <message>
        <source>Funding granted to projects (€)</source>
        <translation>Financements accordés aux projets (€)</translation>
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
    <name>PlaquetteTextsPage</name>
    <message>
        <source>A tri-fold A4 brochure: the outside carries the flap that folds in, the back and the cover; the inside three panels. Blank lines part paragraphs; lines starting with “- ” are bullets.</source>
        <translation>Une plaquette A4 à trois volets&#xa0;: à l&apos;extérieur, le rabat qui se replie, le dos et la couverture&#xa0;; à l&apos;intérieur, trois volets. Une ligne vide sépare les paragraphes&#xa0;; une ligne qui commence par «&#xa0;- &#xa0;» est une puce.</translation>
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
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
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
        <source>Edit the plaquette</source>
        <translation>Modifier la plaquette</translation>
    </message>
    <message>
        <source>Save the plaquette</source>
        <translation>Enregistrer la plaquette</translation>
    </message>
    <message>
        <source>The plaquette&apos;s texts are saved.</source>
        <translation>Les textes de la plaquette sont enregistrés.</translation>
    </message>
</context>
<context>
    <name>PortraitDocument</name>
    <message>
        <source>Portrait of the territory: %1, %2</source>
        <translation>Portrait du territoire&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Portrait of the territory</source>
        <translation>Portrait du territoire</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Observatory of the social and solidarity economy · %1 · edited on %2</source>
        <translation>Observatoire de l&apos;économie sociale et solidaire · %1 · édité le %2</translation>
    </message>
    <message>
        <source>family: %1</source>
        <translation>famille&#xa0;: %1</translation>
    </message>
    <message>
        <source>sector: %1</source>
        <translation>secteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>one sector</source>
        <translation>un secteur</translation>
    </message>
    <message>
        <source>Only the actors of the %1.</source>
        <translation>Seuls les acteurs de la %1.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Employer actors</source>
        <translation>Acteurs employeurs</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Emplois</translation>
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
        <source>Share of salaried employment</source>
        <translation>Part de l&apos;emploi salarié</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Share: %1 declared jobs out of %2 salaried jobs (%3, %4).</source>
        <translation>Part&#xa0;: %1 emplois déclarés sur %2 emplois salariés (%3, %4).</translation>
    </message>
    <message numerus="yes">
        <source>Estimate, not included above: about %1 more jobs from the SIRENE headcount bands of %n actor(s) that declared no headcount for %2.</source>
        <translation>
            <numerusform>Estimation, non comprise ci-dessus&#xa0;: environ %1 emplois de plus d&apos;après la tranche d&apos;effectifs SIRENE de %Ln acteur qui n&apos;a pas déclaré d&apos;effectif pour %2.</numerusform>
            <numerusform>Estimation, non comprise ci-dessus&#xa0;: environ %1 emplois de plus d&apos;après les tranches d&apos;effectifs SIRENE de %Ln acteurs qui n&apos;ont pas déclaré d&apos;effectif pour %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>No figure.</source>
        <translation>Aucun chiffre.</translation>
    </message>
    <message>
        <source>Mobilisation of the actors in %1</source>
        <translation>Mobilisation des acteurs en %1</translation>
    </message>
    <message>
        <source>No registration was recorded in the agenda for %1.</source>
        <translation>Aucune inscription n&apos;a été enregistrée dans l&apos;agenda pour %1.</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Actors reached</source>
        <translation>Acteurs touchés</translation>
    </message>
    <message>
        <source>Method note</source>
        <translation>Note de méthode</translation>
    </message>
    <message>
        <source>Actors: the directory of %1. An actor counts in %2 if it was created in %2 or before and was not archived before %2; only actors of the reference communes count.</source>
        <translation>Acteurs&#xa0;: l&apos;annuaire du %1. Un acteur compte en %2 s&apos;il a été créé en %2 ou avant et n&apos;a pas été archivé avant %2&#xa0;; seuls comptent les acteurs des communes de référence.</translation>
    </message>
    <message>
        <source>Families: the ESS family follows the actor&apos;s INSEE legal category, within the ESS perimeter of the law of 31 July 2014. Partners outside the ESS are not counted.</source>
        <translation>Familles&#xa0;: la famille de l&apos;ESS suit la catégorie juridique INSEE de l&apos;acteur, dans le périmètre de l&apos;ESS de la loi du 31 juillet 2014. Les partenaires hors ESS ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Jobs, FTE, volunteers and members: the figures the actors declared for %1 in the directory.</source>
        <translation>Emplois, ETP, bénévoles et adhérents&#xa0;: les chiffres déclarés par les acteurs pour %1 dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Estimates: for an actor that declared no headcount for %1, the middle of its SIRENE headcount band (INSEE) gives an estimate, shown apart and never added to the declared jobs.</source>
        <translation>Estimations&#xa0;: pour un acteur qui n&apos;a pas déclaré d&apos;effectif pour %1, le milieu de sa tranche d&apos;effectifs SIRENE (INSEE) donne une estimation, présentée à part et jamais ajoutée aux emplois déclarés.</translation>
    </message>
    <message>
        <source>Share of salaried employment: the declared jobs divided by the salaried employment of %1, %2, %3.</source>
        <translation>Part de l&apos;emploi salarié&#xa0;: les emplois déclarés divisés par l&apos;emploi salarié de %1, %2, %3.</translation>
    </message>
    <message>
        <source>Share of salaried employment: not computed, the reference figures hold no salaried employment for %1.</source>
        <translation>Part de l&apos;emploi salarié&#xa0;: non calculée, les chiffres de référence ne donnent pas l&apos;emploi salarié de %1.</translation>
    </message>
    <message>
        <source>Comparison, %1: %2 (%3)%4.</source>
        <translation>Comparaison, %1&#xa0;: %2 (%3)%4.</translation>
    </message>
    <message>
        <source>source not given</source>
        <translation>source non indiquée</translation>
    </message>
    <message>
        <source>, computed from the directory</source>
        <translation>, calculée à partir de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Comparison, %1: no reference figure.</source>
        <translation>Comparaison, %1&#xa0;: aucun chiffre de référence.</translation>
    </message>
    <message>
        <source>Evolution: the same rules applied to each year from %1 to %2.</source>
        <translation>Évolution&#xa0;: les mêmes règles appliquées à chaque année de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>Social utility: the average score 0–3 of the %n actor(s) assessed with the council&apos;s grid in %1.</source>
        <translation>
            <numerusform>Utilité sociale&#xa0;: la note moyenne de 0 à 3 du %Ln acteur évalué avec la grille du conseil en %1.</numerusform>
            <numerusform>Utilité sociale&#xa0;: la note moyenne de 0 à 3 des %Ln acteurs évalués avec la grille du conseil en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Social utility: no actor of the selection was assessed in %1.</source>
        <translation>Utilité sociale&#xa0;: aucun acteur de la sélection n&apos;a été évalué en %1.</translation>
    </message>
    <message>
        <source>Mobilisation: registrations and attendance recorded in the council&apos;s agenda for the events of %1.</source>
        <translation>Mobilisation&#xa0;: les inscriptions et présences enregistrées dans l&apos;agenda du conseil pour les événements de %1.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %Ln autre</numerusform>
            <numerusform> et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Doubtful figure: %1</source>
        <translation>Chiffre douteux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Doubtful figure: %1 Actors to check: %2.</source>
        <translation>Chiffre douteux&#xa0;: %1 Acteurs à vérifier&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The council&apos;s events for its whole territory, whatever part of it this portrait is about.</source>
        <translation>Les événements du conseil, pour tout son territoire, quelle que soit la partie dont traite ce portrait.</translation>
    </message>
</context>
<context>
    <name>PortraitOptionsPage</name>
    <message>
        <source>The observatory&apos;s report for one year and one territory: the key figures, the charts of the Observatoire tab, the tables by family, sector and EPCI, the evolution, the comparisons with the region and France, the mobilisation of the actors at the council&apos;s events, and a method note naming the source and year of each figure.</source>
        <translation>Le rapport de l&apos;observatoire pour une année et un territoire&#xa0;: les chiffres clés, les graphiques de l&apos;onglet Observatoire, les tableaux par famille, secteur et EPCI, l&apos;évolution, les comparaisons avec la région et la France, la mobilisation des acteurs aux événements du conseil, et une note de méthode qui donne la source et l&apos;année de chaque chiffre.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>Whole territory</source>
        <translation>Tout le territoire</translation>
    </message>
</context>
<context>
    <name>PosterDocument</name>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
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
    <message>
        <source>For Excel (semicolon)</source>
        <translation>Pour Excel (point-virgule)</translation>
    </message>
    <message>
        <source>Standard (comma)</source>
        <translation>Standard (virgule)</translation>
    </message>
    <message>
        <source>empty: copies in clear</source>
        <translation>vide&#xa0;: copies en clair</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Phrase secrète des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>Copies are encrypted with it (Argon2id, XChaCha20-Poly1305). Without it a copy cannot be restored: write it down somewhere safe.</source>
        <translation>Les copies sont chiffrées avec elle (Argon2id, XChaCha20-Poly1305). Sans elle, une copie ne peut pas être restaurée&#xa0;: notez-la en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Observatory — presentation</source>
        <translation>Observatoire — présentation</translation>
    </message>
    <message>
        <source>The ESS in %1, %2</source>
        <translation>L&apos;ESS sur %1, %2</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>employeurs</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>emplois</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>bénévoles</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>of salaried employment</source>
        <translation>de l&apos;emploi salarié</translation>
    </message>
    <message>
        <source>Salaried employment: %1 (%2)</source>
        <translation>Emploi salarié&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2 — arrows to move, Esc to leave</source>
        <translation>%1 / %2 — flèches pour avancer, Échap pour quitter</translation>
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
        <source>print needs a PDF file to write: add -o FILE.pdf.</source>
        <translation>print a besoin d&apos;un fichier PDF à écrire&#xa0;: ajoutez -o FICHIER.pdf.</translation>
    </message>
    <message>
        <source>the issue “%1” is not a number; write for example --issue 12.</source>
        <translation>le numéro «&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;; écrivez par exemple --issue 12.</translation>
    </message>
    <message>
        <source>the guide is grouped by sector or by commune, not by “%1”.</source>
        <translation>le guide se regroupe par secteur ou par commune, pas par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the paper “%1” is not known; use a4 or a5.</source>
        <translation>le papier «&#xa0;%1&#xa0;» n&apos;est pas connu&#xa0;; utilisez a4 ou a5.</translation>
    </message>
    <message>
        <source>the first label must be between 1 and %1 on this sheet, not “%2”.</source>
        <translation>la première étiquette doit être entre 1 et %1 sur cette planche, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>labels are printed for actors or newsletter, not for “%1”.</source>
        <translation>les étiquettes s&apos;impriment pour actors ou newsletter, pas pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>there is no issue no. %1 of the Lettre de l&apos;ESS in “%2”.</source>
        <translation>il n&apos;y a pas de Lettre de l&apos;ESS n° %1 dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” holds no issue of the Lettre de l&apos;ESS yet: write one in the Publications tab.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient encore aucun numéro de la Lettre de l&apos;ESS&#xa0;: rédigez-en un dans l&apos;onglet Publications.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” written: %n page(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» écrit&#xa0;: %Ln page.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» écrit&#xa0;: %Ln pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>print attendance|poster: the event&apos;s identifier (UID, as in “essaim agenda”).</source>
        <translation>print attendance|poster&#xa0;: l&apos;identifiant de l&apos;événement (UID, comme dans «&#xa0;essaim agenda&#xa0;»).</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>print attendance|poster: the day of the occurrence (default: the next one).</source>
        <translation>print attendance|poster&#xa0;: le jour de la date voulue (par défaut&#xa0;: la prochaine).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>the date “%1” cannot be read; write it as 2026-03-31.</source>
        <translation>la date «&#xa0;%1&#xa0;» est illisible&#xa0;; écrivez-la sous la forme 2026-03-31.</translation>
    </message>
    <message>
        <source>which event? Add --event UID; “essaim --db FILE agenda --from DATE --to DATE” lists them with their UID.</source>
        <translation>quel événement&#xa0;? Ajoutez --event UID&#xa0;; «&#xa0;essaim --db FICHIER agenda --from DATE --to DATE&#xa0;» les liste avec leur UID.</translation>
    </message>
    <message>
        <source>there is no plan “%1”: the database holds no plan of action yet.</source>
        <translation>il n&apos;y a pas de plan «&#xa0;%1&#xa0;»&#xa0;: la base ne contient encore aucun plan d&apos;actions.</translation>
    </message>
    <message>
        <source>there is no plan “%1”; the plans are %2.</source>
        <translation>il n&apos;y a pas de plan «&#xa0;%1&#xa0;»&#xa0;; les plans sont %2.</translation>
    </message>
    <message>
        <source>the database holds no plan of action yet: import one with “essaim import plan”.</source>
        <translation>la base ne contient encore aucun plan d&apos;actions&#xa0;: importez-en un avec «&#xa0;essaim import plan&#xa0;».</translation>
    </message>
    <message>
        <source>print guide: an A5 booklet, two pages on each side of an A4 landscape sheet; print on both sides (flip on the short edge) and fold. The pages are A5: --paper may only be a5.</source>
        <translation>print guide&#xa0;: un livret A5, deux pages de chaque côté d&apos;une feuille A4 à l&apos;italienne&#xa0;; imprimez en recto verso (retournement sur le bord court) puis pliez. Les pages sont en A5&#xa0;: --paper ne peut valoir que a5.</translation>
    </message>
    <message>
        <source>only the guide is printed as a booklet: “print %1” takes no --booklet.</source>
        <translation>seul le guide s&apos;imprime en livret&#xa0;: «&#xa0;print %1&#xa0;» ne prend pas --booklet.</translation>
    </message>
    <message>
        <source>a booklet has A5 pages, two on each A4 sheet: leave out --paper a4.</source>
        <translation>un livret a des pages A5, deux par feuille A4&#xa0;: retirez --paper a4.</translation>
    </message>
    <message>
        <source>print what? Write “essaim --db FILE print letter|plaquette|guide|observatory|plan|attendance|poster|labels|accompaniment -o FILE.pdf”.</source>
        <translation>imprimer quoi&#xa0;? Écrivez «&#xa0;essaim --db FICHIER print letter|plaquette|guide|observatory|plan|attendance|poster|labels|accompaniment -o FICHIER.pdf&#xa0;».</translation>
    </message>
    <message>
        <source>the period ends on %1, before it starts on %2.</source>
        <translation>la période finit le %1, avant de commencer le %2.</translation>
    </message>
    <message>
        <source>print DOCUMENT [options] -o FILE.pdf: print a document to PDF; DOCUMENT is letter, plaquette, guide, observatory, plan, attendance, poster, labels or accompaniment</source>
        <translation>print DOCUMENT [options] -o FICHIER.pdf&#xa0;: imprime un document en PDF&#xa0;; DOCUMENT est letter (la Lettre), plaquette, guide, observatory (le portrait), plan, attendance (la feuille d&apos;émargement), poster (l&apos;affiche), labels (les étiquettes) ou accompaniment (le bilan de l&apos;accompagnement)</translation>
    </message>
    <message>
        <source>print labels: the label sheet, 3x7 (63.5 × 38.1 mm), 2x7 (99.1 × 38.1 mm), 3x8 (70 × 37 mm), 2x8 (105 × 37 mm) or 70x42 (3 × 7 of 70 × 42.3 mm).</source>
        <translation>print labels&#xa0;: la planche d&apos;étiquettes, 3x7 (63,5 × 38,1 mm), 2x7 (99,1 × 38,1 mm), 3x8 (70 × 37 mm), 2x8 (105 × 37 mm) ou 70x42 (3 × 7 de 70 × 42,3 mm).</translation>
    </message>
    <message>
        <source>3x7|2x7|3x8|2x8|70x42</source>
        <translation>3x7|2x7|3x8|2x8|70x42</translation>
    </message>
    <message>
        <source>the label sheet “%1” is not known; use 3x7, 2x7, 3x8, 2x8 or 70x42.</source>
        <translation>la planche d&apos;étiquettes «&#xa0;%1&#xa0;» n&apos;est pas connue&#xa0;; utilisez 3x7, 2x7, 3x8, 2x8 ou 70x42.</translation>
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
    <name>PrivacyCheck</name>
    <message numerus="yes">
        <source>%n contact(s) past the retention period of %1: review them (Personal data &gt; Retention review, or essaim retention).</source>
        <translation>
            <numerusform>%Ln contact au-delà de la durée de conservation de %1&#xa0;: passez-le en revue (Données personnelles &gt; Revue des durées de conservation, ou essaim retention).</numerusform>
            <numerusform>%Ln contacts au-delà de la durée de conservation de %1&#xa0;: passez-les en revue (Données personnelles &gt; Revue des durées de conservation, ou essaim retention).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) of events older than the retention period still name someone: anonymise them in the retention review.</source>
        <translation>
            <numerusform>%Ln inscription à un événement plus ancien que la durée de conservation nomme encore quelqu&apos;un&#xa0;: anonymisez-la dans la revue des durées.</numerusform>
            <numerusform>%Ln inscriptions à des événements plus anciens que la durée de conservation nomment encore quelqu&apos;un&#xa0;: anonymisez-les dans la revue des durées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without any recorded consent or refusal: ask them and record the answer with its date and source.</source>
        <translation>
            <numerusform>%Ln contact sans consentement ni refus enregistré&#xa0;: demandez-lui et notez la réponse avec sa date et sa source.</numerusform>
            <numerusform>%Ln contacts sans consentement ni refus enregistré&#xa0;: demandez-leur et notez la réponse avec sa date et sa source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(ies) in clear next to the database: set a backup passphrase in the preferences, then delete them once an encrypted copy exists.</source>
        <translation>
            <numerusform>%Ln copie de sauvegarde en clair à côté de la base&#xa0;: choisissez une phrase secrète dans les préférences, puis supprimez-la quand une copie chiffrée existe.</numerusform>
            <numerusform>%Ln copies de sauvegarde en clair à côté de la base&#xa0;: choisissez une phrase secrète dans les préférences, puis supprimez-les quand une copie chiffrée existe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(ies) older than the last erasure still hold the erased data: replace them (delete them once today&apos;s copy is taken).</source>
        <translation>
            <numerusform>%Ln copie de sauvegarde antérieure au dernier effacement contient encore les données effacées&#xa0;: remplacez-la (supprimez-la une fois la copie du jour prise).</numerusform>
            <numerusform>%Ln copies de sauvegarde antérieures au dernier effacement contiennent encore les données effacées&#xa0;: remplacez-les (supprimez-les une fois la copie du jour prise).</numerusform>
        </translation>
    </message>
    <message>
        <source>guide</source>
        <translation>guide</translation>
    </message>
    <message>
        <source>plaquette</source>
        <translation>plaquette</translation>
    </message>
    <message>
        <source>address labels</source>
        <translation>étiquettes d&apos;adresses</translation>
    </message>
    <message>
        <source>Lettre de l&apos;ESS (PDF)</source>
        <translation>Lettre de l&apos;ESS (PDF)</translation>
    </message>
    <message>
        <source>Lettre de l&apos;ESS (web page)</source>
        <translation>Lettre de l&apos;ESS (page web)</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>GeoJSON map</source>
        <translation>carte GeoJSON</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>The last “%1” output (%2) was made before a consent was withdrawn: make it again and replace the copies given out.</source>
        <translation>La dernière sortie «&#xa0;%1&#xa0;» (%2) a été faite avant le retrait d&apos;un consentement&#xa0;: refaites-la et remplacez les exemplaires diffusés.</translation>
    </message>
    <message>
        <source>Part of the check could not read the database (%1): run the check again, and restore a backup copy if it keeps failing.</source>
        <translation>Une partie de la vérification n&apos;a pas pu lire la base de données (%1)&#xa0;: relancez la vérification, et restaurez une copie de sauvegarde si l&apos;échec se répète.</translation>
    </message>
</context>
<context>
    <name>PrivacyCommand</name>
    <message>
        <source>person export|erase|withdraw, privacy journal: the contact&apos;s number (as “person find” gives it).</source>
        <translation>person export|erase|withdraw, privacy journal&#xa0;: le numéro du contact (tel que «&#xa0;person find&#xa0;» le donne).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>person export|erase: a registration without a contact (its number).</source>
        <translation>person export|erase&#xa0;: une inscription sans contact (son numéro).</translation>
    </message>
    <message>
        <source>retention: the period without a sign of life, as 3y or 18m (default: the register&apos;s).</source>
        <translation>retention&#xa0;: la durée sans signe de vie, par exemple 3y ou 18m (par défaut, celle du registre).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>person withdraw: the consent withdrawn, guide or newsletter.</source>
        <translation>person withdraw&#xa0;: le consentement retiré, guide ou newsletter.</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>FINALITÉ</translation>
    </message>
    <message>
        <source>the format “%1” is not known here; use csv.</source>
        <translation>le format «&#xa0;%1&#xa0;» n&apos;est pas connu ici&#xa0;; utilisez csv.</translation>
    </message>
    <message>
        <source>the period “%1” is not understood; write it as 3y (years) or 18m (months).</source>
        <translation>la durée «&#xa0;%1&#xa0;» n&apos;est pas comprise&#xa0;; écrivez-la 3y (ans) ou 18m (mois).</translation>
    </message>
    <message>
        <source>privacy what? Write “essaim privacy check|journal|register|notice”.</source>
        <translation>privacy quoi&#xa0;? Écrivez «&#xa0;essaim privacy check|journal|register|notice&#xa0;».</translation>
    </message>
    <message>
        <source>privacy %1 needs a file to write: add -o FILE.</source>
        <translation>privacy %1 a besoin d&apos;un fichier à écrire&#xa0;: ajoutez -o FICHIER.</translation>
    </message>
    <message>
        <source>person what? Write “essaim person find TEXT” or “essaim person export|erase|withdraw --contact ID”.</source>
        <translation>person quoi&#xa0;? Écrivez «&#xa0;essaim person find TEXTE&#xa0;» ou «&#xa0;essaim person export|erase|withdraw --contact N°&#xa0;».</translation>
    </message>
    <message>
        <source>person find needs the text to look for.</source>
        <translation>person find a besoin du texte à chercher.</translation>
    </message>
    <message>
        <source>person %1 needs one person: --contact ID or --registration ID (numbers, as “person find” gives them).</source>
        <translation>person %1 a besoin d&apos;une personne&#xa0;: --contact N° ou --registration N° (numéros donnés par «&#xa0;person find&#xa0;»).</translation>
    </message>
    <message>
        <source>person withdraw needs --contact ID and --consent guide or newsletter.</source>
        <translation>person withdraw a besoin de --contact N° et de --consent guide ou newsletter.</translation>
    </message>
    <message>
        <source>person export needs -o FILE.pdf or -o FILE.json.</source>
        <translation>person export a besoin de -o FICHIER.pdf ou -o FICHIER.json.</translation>
    </message>
    <message>
        <source>there is no contact number %1; “essaim person find TEXT” gives the numbers.</source>
        <translation>il n&apos;y a pas de contact n° %1&#xa0;; «&#xa0;essaim person find TEXTE&#xa0;» donne les numéros.</translation>
    </message>
    <message>
        <source>there is no registration number %1; “essaim person find TEXT” gives the numbers.</source>
        <translation>il n&apos;y a pas d&apos;inscription n° %1&#xa0;; «&#xa0;essaim person find TEXTE&#xa0;» donne les numéros.</translation>
    </message>
    <message>
        <source>Everything held about %1 was written to “%2”.</source>
        <translation>Tout ce qui est détenu sur %1 a été écrit dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The person was erased; %n registration(s) kept as anonymous counts. Backups older than now still hold the data: replace them.</source>
        <translation>
            <numerusform>La personne a été effacée&#xa0;; %Ln inscription reste comptée anonymement. Les sauvegardes antérieures contiennent encore ses données&#xa0;: remplacez-les.</numerusform>
            <numerusform>La personne a été effacée&#xa0;; %Ln inscriptions restent comptées anonymement. Les sauvegardes antérieures contiennent encore ses données&#xa0;: remplacez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>withdrawn at the person&apos;s request</source>
        <translation>retrait à la demande de la personne</translation>
    </message>
    <message>
        <source>Consent withdrawn on %1; the next labels, lists, guide and exports leave the person out.</source>
        <translation>Consentement retiré le %1&#xa0;; les prochaines étiquettes, listes, guides et exports laissent la personne de côté.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Rien ne demande d&apos;attention.</translation>
    </message>
    <message>
        <source>The journal was written to “%1”.</source>
        <translation>Le journal a été écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the file “%1” could not be written (%2).</source>
        <translation>le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>“%1” written.</source>
        <translation>«&#xa0;%1&#xa0;» écrit.</translation>
    </message>
    <message>
        <source>person find TEXT | export --contact ID -o FILE.pdf|.json | erase --contact ID | withdraw --contact ID --consent guide|newsletter: a person&apos;s rights (RGPD)
retention [--older-than 3y] --format csv: the contacts kept longer than the register allows
privacy check | journal [--contact ID] [-o FILE.csv] | register -o FILE.pdf | notice -o FILE.html: personal data</source>
        <translation>person find TEXTE | export --contact N° -o FICHIER.pdf|.json | erase --contact N° | withdraw --contact N° --consent guide|newsletter&#xa0;: les droits d&apos;une personne (RGPD)
retention [--older-than 3y] --format csv&#xa0;: les contacts gardés plus longtemps que le registre ne le permet
privacy check | journal [--contact N°] [-o FICHIER.csv] | register -o FICHIER.pdf | notice -o FICHIER.html&#xa0;: données personnelles</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>Personal &amp;data</source>
        <translation>&amp;Données personnelles</translation>
    </message>
    <message>
        <source>A &amp;person&apos;s data…</source>
        <translation>Données d&apos;une &amp;personne…</translation>
    </message>
    <message>
        <source>&amp;Register of processing activities…</source>
        <translation>&amp;Registre des traitements…</translation>
    </message>
    <message>
        <source>Re&amp;tention review…</source>
        <translation>Revue des &amp;durées de conservation…</translation>
    </message>
    <message>
        <source>&amp;Journal of changes…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>&amp;What needs attention…</source>
        <translation>&amp;Ce qui demande attention…</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Rien ne demande d&apos;attention.</translation>
    </message>
    <message>
        <source>Personal data: what needs attention</source>
        <translation>Données personnelles&#xa0;: ce qui demande attention</translation>
    </message>
</context>
<context>
    <name>ProcessingRegister</name>
    <message>
        <source>The register could not be saved (%1).</source>
        <translation>Le registre n&apos;a pas pu être enregistré (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <source>the council</source>
        <translation>le conseil</translation>
    </message>
    <message>
        <source>%1: %2 Kept %3.</source>
        <translation>%1&#xa0;: %2 Conservation&#xa0;: %3.</translation>
    </message>
    <message>
        <source>You may access your data, have it corrected or erased, take it with you, object to its use or withdraw your consent at any time, and complain to the CNIL (cnil.fr).</source>
        <translation>Vous pouvez accéder à vos données, les faire rectifier ou effacer, les emporter, vous opposer à leur usage ou retirer votre consentement à tout moment, et saisir la CNIL (cnil.fr).</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Personal data. Controller: %1.</source>
        <translation>Données personnelles. Responsable du traitement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>To exercise these rights, write to: %1.</source>
        <translation>Pour exercer vos droits, écrivez à&#xa0;: %1.</translation>
    </message>
    <message>
        <source>To exercise these rights, write to: %1, %2.</source>
        <translation>Pour exercer vos droits, écrivez à&#xa0;: %1, %2.</translation>
    </message>
</context>
<context>
    <name>ProjectCardDelegate</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project “%1”</source>
        <translation>Projet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Holders and accompaniment</source>
        <translation>&amp;Porteurs et accompagnement</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>&amp;Financements</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(sans secteur)</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non choisie)</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(non décidée)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Unmet &amp;need:</source>
        <translation>&amp;Besoin non couvert&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune&#xa0;:</translation>
    </message>
    <message>
        <source>ESS &amp;family foreseen:</source>
        <translation>&amp;Famille de l&apos;ESS envisagée&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>Jobs &amp;expected:</source>
        <translation>Emplois &amp;prévus&#xa0;:</translation>
    </message>
    <message>
        <source>Jobs c&amp;reated:</source>
        <translation>Emplois c&amp;réés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>B&amp;udget&#xa0;:</translation>
    </message>
    <message>
        <source>Holders (people of the directory, who may belong to no actor yet):</source>
        <translation>Porteurs (des personnes de l&apos;annuaire, qui peuvent n&apos;appartenir encore à aucun acteur)&#xa0;:</translation>
    </message>
    <message>
        <source>Add a holder: type a name…</source>
        <translation>Ajouter un porteur&#xa0;: tapez un nom…</translation>
    </message>
    <message>
        <source>New &amp;holder…</source>
        <translation>Nouveau &amp;porteur…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Accompanying actors (couveuse, CAE, France Active, DLA, BGE…) and their role:</source>
        <translation>Acteurs qui accompagnent (couveuse, CAE, France Active, DLA, BGE…) et leur rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add an accompanying actor: type its name…</source>
        <translation>Ajouter un acteur qui accompagne&#xa0;: tapez son nom…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>&amp;Ajouter une entrée</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>Asked (€)</source>
        <translation>Demandé (€)</translation>
    </message>
    <message>
        <source>Granted (€)</source>
        <translation>Accordé (€)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Add a &amp;request</source>
        <translation>Ajouter une &amp;demande</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>Nouveau porteur</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Journal, line %1: write the dates as 31/03/2027.</source>
        <translation>Journal, ligne %1&#xa0;: écrivez les dates sous la forme 31/03/2027.</translation>
    </message>
    <message>
        <source>Funding, line %1: name the funder.</source>
        <translation>Financements, ligne %1&#xa0;: nommez le financeur.</translation>
    </message>
    <message>
        <source>Funding, line %1: write amounts as 50 000 or 120 000,50 and dates as 31/03/2027.</source>
        <translation>Financements, ligne %1&#xa0;: écrivez les montants comme 50 000 ou 120 000,50 et les dates comme 31/03/2027.</translation>
    </message>
    <message>
        <source>A project needs a name. Type it on the first page, then save again.</source>
        <translation>Un projet doit avoir un nom. Tapez-le sur la première page, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Nothing was saved yet; correct it, then save again.</source>
        <translation>Rien n&apos;est encore enregistré&#xa0;; corrigez, puis enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>ProjectFounder</name>
    <message>
        <source>The project “%1” could not be founded</source>
        <translation>La structure du projet «&#xa0;%1&#xa0;» n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>The founding of “%1” could not be undone.</source>
        <translation>La création de la structure «&#xa0;%1&#xa0;» n&apos;a pas pu être annulée.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1 (%2). Check that the database file is writable, then try again.</source>
        <translation>%1 (%2). Vérifiez que le fichier de la base peut être modifié, puis réessayez.</translation>
    </message>
    <message>
        <source>The project “%1” could not be saved</source>
        <translation>Le projet «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The project could not be deleted</source>
        <translation>Le projet n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>The journal entry could not be saved</source>
        <translation>L&apos;entrée du journal n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The journal entry could not be deleted</source>
        <translation>L&apos;entrée du journal n&apos;a pas pu être supprimée</translation>
    </message>
    <message>
        <source>The funding request could not be saved</source>
        <translation>La demande de financement n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The funding request could not be deleted</source>
        <translation>La demande de financement n&apos;a pas pu être supprimée</translation>
    </message>
    <message>
        <source>The call for projects “%1” could not be saved</source>
        <translation>L&apos;appel à projets «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The call for projects could not be deleted</source>
        <translation>L&apos;appel à projets n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>The calls for projects could not be imported</source>
        <translation>Les appels à projets n&apos;ont pas pu être importés</translation>
    </message>
    <message>
        <source>The need “%1” could not be saved</source>
        <translation>Le besoin «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Project holder</source>
        <translation>Porteur de projet</translation>
    </message>
    <message>
        <source>The holder could not be added</source>
        <translation>Le porteur n&apos;a pas pu être ajouté</translation>
    </message>
    <message>
        <source>holder of project no. %1</source>
        <translation>porteur du projet n° %1</translation>
    </message>
    <message>
        <source>no longer holder of project no. %1</source>
        <translation>n&apos;est plus porteur du projet n° %1</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
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
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation>Accompagné par</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Jobs expected</source>
        <translation>Emplois prévus</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Emplois créés</translation>
    </message>
</context>
<context>
    <name>ProjectVocabulary</name>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Emergence</source>
        <translation>Émergence</translation>
    </message>
    <message>
        <source>Feasibility study</source>
        <translation>Étude de faisabilité</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>ProjectsCommand</name>
    <message>
        <source>essaim: import calls needs a file: “essaim --db FILE import calls CALLS.csv”.</source>
        <translation>essaim&#xa0;: import calls attend un fichier&#xa0;: «&#xa0;essaim --db FICHIER import calls APPELS.csv&#xa0;».</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for projects; use csv.</source>
        <translation>essaim&#xa0;: le format «&#xa0;%1&#xa0;» n&apos;est pas connu pour les projets&#xa0;; utilisez csv.</translation>
    </message>
    <message>
        <source>essaim: the stage “%1” is not known; use %2.</source>
        <translation>essaim&#xa0;: l&apos;étape «&#xa0;%1&#xa0;» n&apos;est pas connue&#xa0;; utilisez %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) for projects read; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>%Ln appel à projets lu&#xa0;; rien n&apos;a été écrit (--dry-run).</numerusform>
            <numerusform>%Ln appels à projets lus&#xa0;; rien n&apos;a été écrit (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) for projects imported.</source>
        <translation>
            <numerusform>%Ln appel à projets importé.</numerusform>
            <numerusform>%Ln appels à projets importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>projects [--stage S] [--format csv]: the projects accompanied
import calls FILE.csv [--dry-run]: import calls for projects
print accompaniment [--from DATE] [--to DATE] -o FILE.pdf: the accompaniment report</source>
        <translation>projects [--stage S] [--format csv]&#xa0;: les projets accompagnés
import calls FICHIER.csv [--dry-run]&#xa0;: importer des appels à projets
print accompaniment [--from DATE] [--to DATE] -o FICHIER.pdf&#xa0;: le rapport d&apos;accompagnement</translation>
    </message>
    <message>
        <source>projects: only the projects at this stage (idea, emergence, feasibility, creation, consolidation, abandoned).</source>
        <translation>projects&#xa0;: seulement les projets à cette étape (idea, emergence, feasibility, creation, consolidation, abandoned).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>&amp;Calls for projects</source>
        <translation>&amp;Appels à projets</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open the project sheet…</source>
        <translation>&amp;Ouvrir la fiche du projet…</translation>
    </message>
    <message>
        <source>&amp;Delete the project</source>
        <translation>&amp;Supprimer le projet</translation>
    </message>
    <message>
        <source>&amp;Found the actor…</source>
        <translation>&amp;Créer la structure…</translation>
    </message>
    <message>
        <source>The project becomes an actor of the directory: created from the project, or linked to one that exists</source>
        <translation>Le projet devient un acteur de l&apos;annuaire&#xa0;: créé à partir du projet, ou relié à un acteur existant</translation>
    </message>
    <message>
        <source>&amp;Import calls for projects…</source>
        <translation>&amp;Importer des appels à projets…</translation>
    </message>
    <message>
        <source>Import calls for projects</source>
        <translation>Importer des appels à projets</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Mark the next step done</source>
        <translation>&amp;Marquer la prochaine étape comme faite</translation>
    </message>
    <message>
        <source>Find a project, a holder, a commune…</source>
        <translation>Trouver un projet, un porteur, une commune…</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Every sector</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Every EPCI</source>
        <translation>Tous les EPCI</translation>
    </message>
    <message>
        <source>&amp;Late next steps only</source>
        <translation>Étapes en &amp;retard seulement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Next step of “%1” done</source>
        <translation>Prochaine étape de «&#xa0;%1&#xa0;» faite</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Clôture le</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>May apply (sector, family and territory):</source>
        <translation>Peuvent répondre (secteur, famille et territoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Have applied:</source>
        <translation>Ont répondu&#xa0;:</translation>
    </message>
    <message>
        <source>Every accompanying actor</source>
        <translation>Tous les accompagnateurs</translation>
    </message>
    <message>
        <source>Late: due on %1</source>
        <translation>En retard&#xa0;: échéance le %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>The change could not be saved: %1 Nothing was changed.</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” moved to %2</source>
        <translation>«&#xa0;%1&#xa0;» passé à l&apos;étape %2</translation>
    </message>
    <message>
        <source>Project “%1” changed</source>
        <translation>Projet «&#xa0;%1&#xa0;» modifié</translation>
    </message>
    <message>
        <source>Project “%1” created</source>
        <translation>Projet «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Delete the project “%1” with its journal and funding requests? Edit ▸ Undo brings it back.</source>
        <translation>Supprimer le projet «&#xa0;%1&#xa0;» avec son journal et ses demandes de financement&#xa0;? Édition ▸ Annuler le fait revenir.</translation>
    </message>
    <message>
        <source>Project “%1” deleted</source>
        <translation>Projet «&#xa0;%1&#xa0;» supprimé</translation>
    </message>
    <message>
        <source>Found the actor</source>
        <translation>Créer la structure</translation>
    </message>
    <message>
        <source>The directory already has “%1”. Link the project to it? (No creates a new actor.)</source>
        <translation>L&apos;annuaire contient déjà «&#xa0;%1&#xa0;». Y relier le projet&#xa0;? (Non crée un nouvel acteur.)</translation>
    </message>
    <message>
        <source>“%1” founded: it is now an actor of the directory</source>
        <translation>«&#xa0;%1&#xa0;» créé&#xa0;: c&apos;est maintenant un acteur de l&apos;annuaire</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n call(s) for projects</source>
        <translation>
            <numerusform>Import de %Ln appel à projets</numerusform>
            <numerusform>Import de %Ln appels à projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) for projects imported</source>
        <translation>
            <numerusform>%Ln appel à projets importé</numerusform>
            <numerusform>%Ln appels à projets importés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
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
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message numerus="yes">
        <source>“%1” saved: %n page(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» enregistré&#xa0;: %Ln page.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» enregistré&#xa0;: %Ln pages.</numerusform>
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
        <translation>«&#xa0;%1&#xa0;» enregistré, images comprises&#xa0;: prêt à envoyer par courriel.</translation>
    </message>
    <message>
        <source>Page set-up remembered for this document.</source>
        <translation>Mise en page retenue pour ce document.</translation>
    </message>
    <message>
        <source>Portrait of the territory</source>
        <translation>Portrait du territoire</translation>
    </message>
    <message>
        <source>Plan progress report</source>
        <translation>Rapport d&apos;avancement du plan</translation>
    </message>
    <message>
        <source>“%1” is made, but Essaim could not note it for the privacy check: make it again later.</source>
        <translation>«&#xa0;%1&#xa0;» est fait, mais Essaim n&apos;a pas pu le noter pour le contrôle des données personnelles&#xa0;: refaites-le plus tard.</translation>
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
            <numerusform>Tous les %Ln jours</numerusform>
            <numerusform>Tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s) on %1</source>
        <translation>
            <numerusform>Toutes les %Ln semaines, le %1</numerusform>
            <numerusform>Toutes les %Ln semaines, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>Toutes les semaines, le %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on day %1</source>
        <translation>
            <numerusform>Tous les %Ln mois, le %1</numerusform>
            <numerusform>Tous les %Ln mois, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month on day %1</source>
        <translation>Tous les mois, le %1</translation>
    </message>
    <message numerus="yes">
        <source>The %1 %2 of every %n month(s)</source>
        <translation>
            <numerusform>Le %1 %2 du mois, tous les %Ln mois</numerusform>
            <numerusform>Le %1 %2 du mois, tous les %Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 %2 of the month</source>
        <translation>Le %1 %2 du mois</translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on %1</source>
        <translation>
            <numerusform>Tous les %Ln ans, le %1</numerusform>
            <numerusform>Tous les %Ln ans, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year on %1</source>
        <translation>Tous les ans, le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %Ln fois</numerusform>
            <numerusform>%1, %Ln fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, jusqu’au %2</translation>
    </message>
    <message>
        <source>the rule cannot be read</source>
        <translation>la règle ne peut pas être lue</translation>
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
    <name>ReferenceFigureTableModel</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Whole territory</source>
        <translation>Tout le territoire</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valable pour %2.</translation>
    </message>
    <message>
        <source>There are already figures for %1 %2 in %3.</source>
        <translation>Il existe déjà des chiffres pour %1 %2 en %3.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Salaried employment</source>
        <translation>Emploi salarié</translation>
    </message>
    <message>
        <source>Private salaried employment</source>
        <translation>Emploi salarié privé</translation>
    </message>
    <message>
        <source>Employer establishments</source>
        <translation>Établissements employeurs</translation>
    </message>
    <message>
        <source>ESS jobs (published)</source>
        <translation>Emplois de l&apos;ESS (publiés)</translation>
    </message>
    <message>
        <source>ESS establishments (published)</source>
        <translation>Établissements de l&apos;ESS (publiés)</translation>
    </message>
    <message>
        <source>ESS share (published)</source>
        <translation>Part de l&apos;ESS (publiée)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>edit the reference figures of %1 %2</source>
        <translation>modifier les chiffres de référence de %1 %2</translation>
    </message>
</context>
<context>
    <name>ReferenceFiguresCsvReader</name>
    <message>
        <source>Line %1: %2 Nothing was imported; correct the file and import it again.</source>
        <translation>Ligne %1&#xa0;: %2 Rien n&apos;a été importé&#xa0;; corrigez le fichier puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (%2).</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the header is neither Essaim&apos;s reference figures layout (kind;code;year;…) nor the URSSAF one (region;code_region;champ_ess;…).</source>
        <translation>l&apos;en-tête ne correspond ni au format des chiffres de référence d&apos;Essaim (kind;code;year;…) ni à celui de l&apos;URSSAF (region;code_region;champ_ess;…).</translation>
    </message>
    <message>
        <source>the column “%1” is missing.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» est absente.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2.</translation>
    </message>
    <message>
        <source>the kind “%1” is not one of france, region, department, territory, epci, commune.</source>
        <translation>le niveau «&#xa0;%1&#xa0;» n&apos;est pas l&apos;un de france, region, department, territory, epci, commune.</translation>
    </message>
    <message>
        <source>the territory code is empty.</source>
        <translation>le code du territoire est vide.</translation>
    </message>
    <message>
        <source>the year “%1” is not a year.</source>
        <translation>l&apos;année «&#xa0;%1&#xa0;» n&apos;est pas une année.</translation>
    </message>
    <message>
        <source>“%1” in the column %2 is not a number.</source>
        <translation>«&#xa0;%1&#xa0;», dans la colonne %2, n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage.</translation>
    </message>
    <message>
        <source>the territory %1 already has a line for %2.</source>
        <translation>le territoire %1 a déjà une ligne pour %2.</translation>
    </message>
    <message>
        <source>the column “%1” of the URSSAF layout is missing.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» du format URSSAF est absente.</translation>
    </message>
    <message>
        <source>the region code is empty.</source>
        <translation>le code de la région est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a number of establishments.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre d&apos;établissements.</translation>
    </message>
    <message>
        <source>“%1” is not a headcount.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un effectif.</translation>
    </message>
    <message>
        <source>URSSAF open data (%1)</source>
        <translation>Données ouvertes URSSAF (%1)</translation>
    </message>
</context>
<context>
    <name>ReferenceFiguresDialog</name>
    <message>
        <source>Reference figures</source>
        <translation>Chiffres de référence</translation>
    </message>
    <message>
        <source>Salaried employment and the ESS&apos;s published figures per territory and year, with their source. Level is one of france, region, department, territory (the whole territory, code “all”), epci, commune. Empty cells are unknown, not zero.</source>
        <translation>L&apos;emploi salarié et les chiffres publiés de l&apos;ESS par territoire et par année, avec leur source. Le niveau est l&apos;un de france, region, department, territory (tout le territoire, code «&#xa0;all&#xa0;»), epci, commune. Une case vide est inconnue, pas nulle.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Essaim&apos;s layout or the URSSAF open data layout (region;code_region;champ_ess;…)</source>
        <translation>Le format d&apos;Essaim ou celui des données ouvertes URSSAF (region;code_region;champ_ess;…)</translation>
    </message>
    <message>
        <source>Import reference figures</source>
        <translation>Importer des chiffres de référence</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <source>“%1” was not imported. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé. %2</translation>
    </message>
    <message>
        <source>The figures could not be saved (%1). Nothing was changed.</source>
        <translation>Les chiffres n&apos;ont pas pu être enregistrés (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of reference figures imported from “%1”.</source>
        <translation>
            <numerusform>%Ln ligne de chiffres de référence importée de «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln lignes de chiffres de référence importées de «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>to be completed</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <source>Remove reference figures</source>
        <translation>Supprimer des chiffres de référence</translation>
    </message>
    <message>
        <source>Remove the figures of %1 for %2?</source>
        <translation>Supprimer les chiffres de %1 pour %2&#xa0;?</translation>
    </message>
    <message>
        <source>import “%1”</source>
        <translation>importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>add reference figures</source>
        <translation>ajouter des chiffres de référence</translation>
    </message>
    <message>
        <source>remove the reference figures of %1 %2</source>
        <translation>supprimer les chiffres de référence de %1 %2</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Categories of persons</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Kept (months)</source>
        <translation>Conservation (mois)</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>&amp;Add a processing</source>
        <translation>&amp;Ajouter un traitement</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Imprimer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Notice for the site…</source>
        <translation>&amp;Mention pour le site…</translation>
    </message>
    <message>
        <source>New processing</source>
        <translation>Nouveau traitement</translation>
    </message>
    <message>
        <source>Edit the register of processing activities</source>
        <translation>Modifier le registre des traitements</translation>
    </message>
    <message>
        <source>register-of-processing.pdf</source>
        <translation>registre-des-traitements.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation>Mention d&apos;information</translation>
    </message>
    <message>
        <source>personal-data.html</source>
        <translation>donnees-personnelles.html</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>The notice could not be written to “%1” (%2). Choose another folder.</source>
        <translation>La mention n&apos;a pas pu être écrite dans «&#xa0;%1&#xa0;» (%2). Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>RegisterDocument</name>
    <message>
        <source>Register of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>The council</source>
        <translation>Le conseil</translation>
    </message>
    <message>
        <source>Controller: %1</source>
        <translation>Responsable du traitement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Register as of %1 (RGPD, article 30).</source>
        <translation>Registre au %1 (RGPD, article 30).</translation>
    </message>
    <message>
        <source>not in use yet</source>
        <translation>pas encore en service</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Categories of persons</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
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
            <numerusform>%Ln inscription</numerusform>
            <numerusform>%Ln inscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few letters of a contact&apos;s or a structure&apos;s name, then choose: the contact is registered.</source>
        <translation>Tapez quelques lettres du nom d&apos;un contact ou d&apos;une structure, puis choisissez&#xa0;: le contact est inscrit.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%Ln présent</numerusform>
            <numerusform>%Ln présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%Ln excusé</numerusform>
            <numerusform>%Ln excusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%Ln absent</numerusform>
            <numerusform>%Ln absents</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity passed: %1 for %2.</source>
        <translation>Capacité dépassée&#xa0;: %1 pour %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%Ln place</numerusform>
            <numerusform>%Ln places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Revue des durées de conservation</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Without a sign of life for more than:</source>
        <translation>Sans signe de vie depuis plus de&#xa0;:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Last sign</source>
        <translation>Dernier signe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why keep them (e.g. member of the council&apos;s board)</source>
        <translation>Pourquoi les garder (par exemple&#xa0;: membre du bureau du conseil)</translation>
    </message>
    <message>
        <source>&amp;Keep the ticked ones</source>
        <translation>&amp;Garder les cochés</translation>
    </message>
    <message>
        <source>&amp;Erase the ticked ones…</source>
        <translation>&amp;Effacer les cochés…</translation>
    </message>
    <message>
        <source>&amp;Anonymise them…</source>
        <translation>&amp;Les anonymiser…</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) of events older than the period still name someone.</source>
        <translation>
            <numerusform>%Ln inscription à un événement plus ancien que la durée nomme encore quelqu&apos;un.</numerusform>
            <numerusform>%Ln inscriptions à des événements plus anciens que la durée nomment encore quelqu&apos;un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contact(s)? Registrations stay as anonymous counts. Edit &gt; Undo brings them back until Essaim is closed.</source>
        <translation>
            <numerusform>Effacer %Ln contact&#xa0;? Les inscriptions restent comptées anonymement. Édition &gt; Annuler le fait revenir jusqu&apos;à la fermeture d&apos;Essaim.</numerusform>
            <numerusform>Effacer %Ln contacts&#xa0;? Les inscriptions restent comptées anonymement. Édition &gt; Annuler les fait revenir jusqu&apos;à la fermeture d&apos;Essaim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contact(s) at the retention review</source>
        <translation>
            <numerusform>Effacer %Ln contact à la revue des durées</numerusform>
            <numerusform>Effacer %Ln contacts à la revue des durées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n contact(s) past the retention period</source>
        <translation>
            <numerusform>Conserver %Ln contact au-delà de la durée de conservation</numerusform>
            <numerusform>Conserver %Ln contacts au-delà de la durée de conservation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n former registration(s)? Names and e-mails are removed; the counts of the observatory do not change. Edit &gt; Undo brings them back until Essaim is closed.</source>
        <translation>
            <numerusform>Anonymiser %Ln ancienne inscription&#xa0;? Son nom et son courriel sont supprimés&#xa0;; les comptes de l&apos;observatoire ne changent pas. Édition &gt; Annuler la fait revenir jusqu&apos;à la fermeture d&apos;Essaim.</numerusform>
            <numerusform>Anonymiser %Ln anciennes inscriptions&#xa0;? Noms et courriels sont supprimés&#xa0;; les comptes de l&apos;observatoire ne changent pas. Édition &gt; Annuler les fait revenir jusqu&apos;à la fermeture d&apos;Essaim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n former registration(s)</source>
        <translation>
            <numerusform>Anonymiser %Ln ancienne inscription</numerusform>
            <numerusform>Anonymiser %Ln anciennes inscriptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>last consent given or renewed on %1</source>
        <translation>dernier consentement donné ou renouvelé le %1</translation>
    </message>
    <message>
        <source>last registration to an event on %1</source>
        <translation>dernière inscription à un événement le %1</translation>
    </message>
    <message>
        <source>record last changed on %1</source>
        <translation>fiche modifiée pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>kept at the last review, on %1</source>
        <translation>gardé à la dernière revue, le %1</translation>
    </message>
    <message>
        <source>the actor&apos;s record was last changed on %1</source>
        <translation>fiche de la structure modifiée pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>nothing recorded: no consent, registration or change</source>
        <translation>rien d&apos;enregistré&#xa0;: ni consentement, ni inscription, ni modification</translation>
    </message>
    <message numerus="yes">
        <source>%n former registration(s) anonymised</source>
        <translation>
            <numerusform>%Ln ancienne inscription anonymisée</numerusform>
            <numerusform>%Ln anciennes inscriptions anonymisées</numerusform>
        </translation>
    </message>
    <message>
        <source>The former registrations could not be anonymised (%1). Nothing was changed.</source>
        <translation>Les anciennes inscriptions n&apos;ont pas pu être anonymisées (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Say why the contact is kept: the reason is what the CNIL would ask for.</source>
        <translation>Dites pourquoi le contact est gardé&#xa0;: la CNIL demanderait ce motif.</translation>
    </message>
    <message>
        <source>The decision could not be saved (%1).</source>
        <translation>La décision n&apos;a pas pu être enregistrée (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n former registration(s) put back</source>
        <translation>
            <numerusform>%Ln ancienne inscription remise</numerusform>
            <numerusform>%Ln anciennes inscriptions remises</numerusform>
        </translation>
    </message>
    <message>
        <source>The former registrations could not be put back (%1): the event or the contact they named may have been deleted since.</source>
        <translation>Les anciennes inscriptions n&apos;ont pas pu être remises (%1)&#xa0;: l&apos;événement ou le contact qu&apos;elles nommaient a peut-être été supprimé depuis.</translation>
    </message>
    <message>
        <source>last exchange about a project they hold on %1</source>
        <translation>dernier échange sur son projet le %1</translation>
    </message>
</context>
<context>
    <name>RnaReader</name>
    <message>
        <source>“%1” is not an RNA file (rna_waldec or rna_import): its columns are not those of the register.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier RNA (rna_waldec ou rna_import)&#xa0;: ses colonnes ne sont pas celles du registre.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n cell(s) where the header has %1: a separator or a quote is probably missing or extra.</source>
        <translation>
            <numerusform>La ligne a %Ln cellule là où l&apos;en-tête en a %1&#xa0;: il manque ou il y a en trop sans doute un séparateur ou un guillemet.</numerusform>
            <numerusform>La ligne a %Ln cellules là où l&apos;en-tête en a %1&#xa0;: il manque ou il y a en trop sans doute un séparateur ou un guillemet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No RNA number (W followed by nine characters) on this line: “%1”.</source>
        <translation>Pas de numéro RNA (W suivi de neuf caractères) sur cette ligne&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>RNA: association</source>
        <translation>RNA&#xa0;: association</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;import a été annulé.</translation>
    </message>
    <message>
        <source>The association %1 has no title on this line.</source>
        <translation>L&apos;association %1 n&apos;a pas de titre sur cette ligne.</translation>
    </message>
</context>
<context>
    <name>RuleExpander</name>
    <message>
        <source>%1=%2: each value must be from 0 to %3</source>
        <translation>%1=%2&#xa0;: chaque valeur doit aller de 0 à %3</translation>
    </message>
    <message>
        <source>%1=%2: each value must be from %3 to %4 or from -%4 to -%3</source>
        <translation>%1=%2&#xa0;: chaque valeur doit aller de %3 à %4 ou de -%4 à -%3</translation>
    </message>
    <message>
        <source>%1=%2: each value must be from %3 to %4</source>
        <translation>%1=%2&#xa0;: chaque valeur doit aller de %3 à %4</translation>
    </message>
    <message>
        <source>BYDAY=%1: “%2” is not a day (MO, TU, WE, TH, FR, SA or SU)</source>
        <translation>BYDAY=%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un jour (MO, TU, WE, TH, FR, SA ou SU)</translation>
    </message>
    <message>
        <source>BYDAY=%1: the position of a day in the month or the year counts from 1 (the first) or from -1 (the last), never 0</source>
        <translation>BYDAY=%1&#xa0;: le rang d&apos;un jour dans le mois ou l&apos;année se compte à partir de 1 (le premier) ou de -1 (le dernier), jamais 0</translation>
    </message>
    <message>
        <source>BYDAY=%1: “%2” is not a day or a numbered day (such as 1FR or -1MO)</source>
        <translation>BYDAY=%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni un jour ni un jour numéroté (comme 1FR ou -1MO)</translation>
    </message>
    <message>
        <source>FREQ=%1 is not a frequency (YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY or SECONDLY)</source>
        <translation>FREQ=%1 n&apos;est pas une fréquence (YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY ou SECONDLY)</translation>
    </message>
    <message>
        <source>UNTIL=%1 is not a date</source>
        <translation>UNTIL=%1 n&apos;est pas une date</translation>
    </message>
    <message>
        <source>WKST=%1 is not a day (MO, TU, WE, TH, FR, SA or SU)</source>
        <translation>WKST=%1 n&apos;est pas un jour (MO, TU, WE, TH, FR, SA ou SU)</translation>
    </message>
    <message>
        <source>%1 is not a part of a repeat rule</source>
        <translation>%1 n&apos;est pas une partie d&apos;une règle de répétition</translation>
    </message>
    <message>
        <source>the rule has no frequency (FREQ)</source>
        <translation>la règle n&apos;a pas de fréquence (FREQ)</translation>
    </message>
    <message>
        <source>BYSETPOS chooses among the dates of another BY… part, and the rule has none</source>
        <translation>BYSETPOS choisit parmi les dates d&apos;une autre partie BY…, et la règle n&apos;en a pas</translation>
    </message>
    <message>
        <source>BYWEEKNO is only allowed in a yearly rule</source>
        <translation>BYWEEKNO n&apos;est permis que dans une règle annuelle</translation>
    </message>
    <message>
        <source>a numbered BYDAY (such as 1FR) is only allowed in a monthly or yearly rule</source>
        <translation>un BYDAY numéroté (comme 1FR) n&apos;est permis que dans une règle mensuelle ou annuelle</translation>
    </message>
    <message>
        <source>a numbered BYDAY (such as 1FR) cannot be used with BYWEEKNO</source>
        <translation>un BYDAY numéroté (comme 1FR) ne peut pas s&apos;employer avec BYWEEKNO</translation>
    </message>
    <message>
        <source>BYMONTHDAY is not allowed in a weekly rule</source>
        <translation>BYMONTHDAY n&apos;est pas permis dans une règle hebdomadaire</translation>
    </message>
    <message>
        <source>BYYEARDAY is not allowed in a weekly or monthly rule</source>
        <translation>BYYEARDAY n&apos;est pas permis dans une règle hebdomadaire ou mensuelle</translation>
    </message>
    <message>
        <source>the part %1 is given twice</source>
        <translation>la partie %1 est donnée deux fois</translation>
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
    <message>
        <source>version %1: its data could not be written</source>
        <translation>version %1&#xa0;: ses données n&apos;ont pas pu être écrites</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret store answers on this desktop (GNOME Keyring, KWallet…), so the password is kept nowhere: Essaim asks for it at each start. (%1)</source>
        <translation>Aucun trousseau ne répond sur ce bureau (GNOME Keyring, KWallet…), le mot de passe n&apos;est donc gardé nulle part&#xa0;: Essaim le demande à chaque démarrage. (%1)</translation>
    </message>
    <message>
        <source>Essaim: %1 on %2</source>
        <translation>Essaim&#xa0;: %1 sur %2</translation>
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
        <translation>«&#xa0;%1&#xa0;» ne peut pas être supprimé&#xa0;: %2</translation>
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
            <numerusform>%Ln acteur appartient à ce secteur&#xa0;: attribuez-lui d&apos;abord un autre secteur.</numerusform>
            <numerusform>%Ln acteurs appartiennent à ce secteur&#xa0;: attribuez-leur d&apos;abord un autre secteur.</numerusform>
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
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not the address of a PostgreSQL server: write postgresql://[USER@]HOST[:PORT]/DATABASE, or postgresql:///DATABASE?host=/SOCKET/FOLDER for a server on this computer.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;adresse d&apos;un serveur PostgreSQL&#xa0;: écrivez postgresql://[UTILISATEUR@]HÔTE[:PORT]/BASE, ou postgresql:///BASE?host=/DOSSIER/DE/SOCKET pour un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The address holds a password: leave it out, Essaim asks for it and keeps it in the desktop&apos;s secret store.</source>
        <translation>L&apos;adresse contient un mot de passe&#xa0;: retirez-le, Essaim le demande et le garde dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>The address “%1” names no database: end it with /DATABASE, the database of your council on that server.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» ne nomme aucune base&#xa0;: terminez-la par /BASE, la base de votre conseil sur ce serveur.</translation>
    </message>
    <message>
        <source>The port “%1” of the address is not a number between 1 and 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» de l&apos;adresse n&apos;est pas un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The sslmode “%1” of the address is unknown: write require, verify-ca or verify-full.</source>
        <translation>Le sslmode «&#xa0;%1&#xa0;» de l&apos;adresse est inconnu&#xa0;: écrivez require, verify-ca ou verify-full.</translation>
    </message>
    <message>
        <source>The address has a setting Essaim does not read, “%1”: keep only host, port and sslmode after the “?”.</source>
        <translation>L&apos;adresse porte un réglage qu&apos;Essaim ne lit pas, «&#xa0;%1&#xa0;»&#xa0;: ne gardez que host, port et sslmode après le «&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <source>The server %1 is not on this computer, so Essaim reaches it over an encrypted connection (TLS) only: remove “sslmode=%2” from the address, or write sslmode=verify-full.</source>
        <translation>Le serveur %1 n&apos;est pas sur cet ordinateur&#xa0;: Essaim ne s&apos;y connecte que de façon chiffrée (TLS). Retirez «&#xa0;sslmode=%2&#xa0;» de l&apos;adresse, ou écrivez sslmode=verify-full.</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>The server refused a question: %1</source>
        <translation>Le serveur a refusé une question&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database “%1” is an Essaim server already: nothing was changed. Add people with “essaim server user add”; to start again from nothing, drop the database and create it anew.</source>
        <translation>La base «&#xa0;%1&#xa0;» est déjà un serveur Essaim&#xa0;: rien n&apos;a été changé. Ajoutez des personnes avec «&#xa0;essaim server user add&#xa0;»&#xa0;; pour repartir de rien, supprimez la base et recréez-la.</translation>
    </message>
    <message>
        <source>The name of the database “%1” is too long for its roles: choose a name of at most %2 letters.</source>
        <translation>Le nom de la base «&#xa0;%1&#xa0;» est trop long pour ses rôles&#xa0;: choisissez un nom d&apos;au plus %2 lettres.</translation>
    </message>
    <message>
        <source>The user you connected as may not prepare this database: connect as the database&apos;s owner with the CREATEROLE right, or as postgres (write the user in the address, postgresql://USER@HOST/%1).</source>
        <translation>L&apos;utilisateur avec lequel vous êtes connecté ne peut pas préparer cette base&#xa0;: connectez-vous comme propriétaire de la base avec le droit CREATEROLE, ou comme postgres (écrivez l&apos;utilisateur dans l&apos;adresse, postgresql://UTILISATEUR@HÔTE/%1).</translation>
    </message>
    <message>
        <source>The roles %1 exist already, left by an earlier database of the same name: remove them (DROP ROLE, after their members) or choose another name for the database.</source>
        <translation>Les rôles %1 existent déjà, laissés par une ancienne base du même nom&#xa0;: supprimez-les (DROP ROLE, après leurs membres) ou choisissez un autre nom de base.</translation>
    </message>
    <message>
        <source>The file %1 is missing from this build of Essaim.</source>
        <translation>Le fichier %1 manque dans cette version d&apos;Essaim.</translation>
    </message>
    <message>
        <source>The server refused to create Essaim&apos;s tables (%1): %2</source>
        <translation>Le serveur a refusé de créer les tables d&apos;Essaim (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused to start a transaction: %1</source>
        <translation>Le serveur a refusé d&apos;ouvrir une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused to note the council&apos;s name: %1</source>
        <translation>Le serveur a refusé de noter le nom du conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused to keep Essaim&apos;s tables: %1</source>
        <translation>Le serveur a refusé de garder les tables d&apos;Essaim&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be a user&apos;s name: use lower-case letters without accents, digits, and . _ @ - (at most 63), for example camille.martin.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom d&apos;utilisateur&#xa0;: employez des minuscules sans accents, des chiffres et . _ @ - (63 au plus), par exemple camille.martin.</translation>
    </message>
    <message>
        <source>The name “%1” is kept for PostgreSQL or Essaim themselves: choose another.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est réservé à PostgreSQL ou à Essaim&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>“%1” is not a role: write coordinator, contributor or reader.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle&#xa0;: écrivez coordinator, contributor ou reader.</translation>
    </message>
    <message>
        <source>The password of “%1” is too short: give at least 8 characters.</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» est trop court&#xa0;: donnez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>There is a user “%1” on this server already (of this council or of another one sharing the server): choose another name.</source>
        <translation>Il y a déjà un utilisateur «&#xa0;%1&#xa0;» sur ce serveur (de ce conseil ou d&apos;un autre qui partage le serveur)&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The server refused to add “%1”: %2</source>
        <translation>Le serveur a refusé d&apos;ajouter «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no user “%1” in this council: “essaim server user list” shows who there is.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur «&#xa0;%1&#xa0;» dans ce conseil&#xa0;: «&#xa0;essaim server user list&#xa0;» montre qui il y a.</translation>
    </message>
    <message>
        <source>The server refused to remove “%1”: %2</source>
        <translation>Le serveur a refusé de retirer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server did not give the list of users: %1</source>
        <translation>Le serveur n&apos;a pas donné la liste des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown in the national list of communes and intercommunalities: %1. Give an EPCI by its SIREN and a commune by its INSEE code.</source>
        <translation>Inconnu de la liste nationale des communes et intercommunalités&#xa0;: %1. Donnez un EPCI par son SIREN et une commune par son code INSEE.</translation>
    </message>
    <message>
        <source>The connection to the server is not a PostgreSQL one: the password of “%1” cannot be prepared.</source>
        <translation>La connexion au serveur n&apos;est pas une connexion PostgreSQL&#xa0;: le mot de passe de «&#xa0;%1&#xa0;» ne peut pas être préparé.</translation>
    </message>
    <message>
        <source>The password of “%1” could not be prepared: %2</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» n&apos;a pas pu être préparé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ServerAdminCommand</name>
    <message>
        <source>server: the address of the council&apos;s PostgreSQL database (postgresql://USER@HOST/DATABASE).</source>
        <translation>server&#xa0;: l&apos;adresse de la base PostgreSQL du conseil (postgresql://UTILISATEUR@HÔTE/BASE).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>which server? Add --url postgresql://USER@HOST/DATABASE (the user may create roles, postgres for example).</source>
        <translation>quel serveur&#xa0;? Ajoutez --url postgresql://UTILISATEUR@HÔTE/BASE (un utilisateur qui peut créer des rôles, postgres par exemple).</translation>
    </message>
    <message>
        <source>The administrator&apos;s password is read from ~/.pgpass or from the PGPASSWORD variable.</source>
        <translation>Le mot de passe de l&apos;administrateur est lu dans ~/.pgpass ou dans la variable PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>ServerConnectCommand</name>
    <message>
        <source>server connect --url URL --user NAME: join the council&apos;s shared server and synchronise (password asked, or from PGPASSWORD or ~/.pgpass)</source>
        <translation>server connect --url URL --user NOM&#xa0;: rejoindre le serveur partagé du conseil et synchroniser (mot de passe demandé, ou lu dans PGPASSWORD ou ~/.pgpass)</translation>
    </message>
    <message>
        <source>server: the address of the shared server (postgresql://host/database).</source>
        <translation>server&#xa0;: l&apos;adresse du serveur partagé (postgresql://hôte/base).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>server connect: your user name on the shared server.</source>
        <translation>server connect&#xa0;: votre nom d&apos;utilisateur sur le serveur partagé.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>say which server and who you are: server connect --url postgresql://host/database --user NAME.</source>
        <translation>dites quel serveur et qui vous êtes&#xa0;: server connect --url postgresql://hôte/base --user NOM.</translation>
    </message>
    <message numerus="yes">
        <source>This council is now on the server: %n record(s) sent.</source>
        <translation>
            <numerusform>Ce conseil est maintenant sur le serveur&#xa0;: %Ln fiche envoyée.</numerusform>
            <numerusform>Ce conseil est maintenant sur le serveur&#xa0;: %Ln fiches envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined the council on the server: %n record(s) received.</source>
        <translation>
            <numerusform>Conseil rejoint sur le serveur&#xa0;: %Ln fiche reçue.</numerusform>
            <numerusform>Conseil rejoint sur le serveur&#xa0;: %Ln fiches reçues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again: %1 received, %2 sent.</source>
        <translation>Reconnecté&#xa0;: %1 reçues, %2 envoyées.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed: install the package libqt6sql6-psql, then try again.</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé&#xa0;: installez le paquet libqt6sql6-psql, puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” is not an Essaim server yet: the coordinator prepares it once with “essaim server init --url %2”.</source>
        <translation>La base «&#xa0;%1&#xa0;» n&apos;est pas encore un serveur Essaim&#xa0;: le coordinateur la prépare une fois avec «&#xa0;essaim server init --url %2&#xa0;».</translation>
    </message>
    <message>
        <source>The server did not answer a first question; try again in a moment.</source>
        <translation>Le serveur n&apos;a pas répondu à une première question&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>(your system name)</source>
        <translation>(votre nom sur le système)</translation>
    </message>
    <message>
        <source>The server refused the user “%1”: the name or the password is wrong. Check them, or ask the coordinator.</source>
        <translation>Le serveur a refusé l&apos;utilisateur «&#xa0;%1&#xa0;»&#xa0;: le nom ou le mot de passe est faux. Vérifiez-les, ou demandez au coordinateur.</translation>
    </message>
    <message>
        <source>There is no database “%1” on the server %2: check the end of the address.</source>
        <translation>Il n&apos;y a pas de base «&#xa0;%1&#xa0;» sur le serveur %2&#xa0;: vérifiez la fin de l&apos;adresse.</translation>
    </message>
    <message>
        <source>The user “%1” may not use the database “%2”: it belongs to another council, or the user was removed. Ask the coordinator.</source>
        <translation>L&apos;utilisateur «&#xa0;%1&#xa0;» ne peut pas utiliser la base «&#xa0;%2&#xa0;»&#xa0;: elle appartient à un autre conseil, ou l&apos;utilisateur a été retiré. Demandez au coordinateur.</translation>
    </message>
    <message>
        <source>The server %1 offers no encrypted connection (TLS), and Essaim reaches a server on the network only over TLS: ask its administrator to switch ssl on.</source>
        <translation>Le serveur %1 n&apos;offre pas de connexion chiffrée (TLS), et Essaim ne rejoint un serveur du réseau qu&apos;en TLS&#xa0;: demandez à son administrateur d&apos;activer ssl.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it is stopped, or the network is down. Check the address, or try again later; your work stays on this computer meanwhile.</source>
        <translation>Le serveur %1 est injoignable&#xa0;: il est arrêté, ou le réseau est coupé. Vérifiez l&apos;adresse, ou réessayez plus tard&#xa0;; votre travail reste sur cet ordinateur en attendant.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServerInitCommand</name>
    <message>
        <source>server init --url URL: make an empty PostgreSQL database the shared server of the council (as a user who may create roles)</source>
        <translation>server init --url URL&#xa0;: faire d&apos;une base PostgreSQL vide le serveur partagé du conseil (avec un utilisateur qui peut créer des rôles)</translation>
    </message>
    <message>
        <source>The database “%1” is ready to be the council&apos;s shared server.</source>
        <translation>La base «&#xa0;%1&#xa0;» est prête à servir de serveur partagé au conseil.</translation>
    </message>
    <message>
        <source>The database “%1” is ready to be the shared server of “%2”.</source>
        <translation>La base «&#xa0;%1&#xa0;» est prête à servir de serveur partagé à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Add the people who may use it with “essaim server user add NAME --role coordinator|contributor|reader --url %1”.</source>
        <translation>Ajoutez les personnes qui peuvent l&apos;utiliser avec «&#xa0;essaim server user add NOM --role coordinator|contributor|reader --url %1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Password of %1 on the server: </source>
        <translation>Mot de passe de %1 sur le serveur&#xa0;: </translation>
    </message>
</context>
<context>
    <name>ServerUserAddCommand</name>
    <message>
        <source>server user add NAME --role coordinator|contributor|reader [--territory SPEC…] --url URL: a person who may use the server (SPEC: an EPCI&apos;s SIREN or a commune&apos;s INSEE code; the password is read from standard input)</source>
        <translation>server user add NOM --role coordinator|contributor|reader [--territory SPEC…] --url URL&#xa0;: une personne qui peut utiliser le serveur (SPEC&#xa0;: le SIREN d&apos;un EPCI ou le code INSEE d&apos;une commune&#xa0;; le mot de passe est lu sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>server user add: coordinator, contributor or reader.</source>
        <translation>server user add&#xa0;: coordinator, contributor ou reader.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>add whom? Write “essaim server user add NAME --role ROLE --url URL”.</source>
        <translation>ajouter qui&#xa0;? Écrivez «&#xa0;essaim server user add NOM --role RÔLE --url URL&#xa0;».</translation>
    </message>
    <message>
        <source>which role? Add --role coordinator, --role contributor or --role reader.</source>
        <translation>quel rôle&#xa0;? Ajoutez --role coordinator, --role contributor ou --role reader.</translation>
    </message>
    <message>
        <source>a contributor writes in a territory: add --territory with an EPCI&apos;s SIREN or a commune&apos;s INSEE code.</source>
        <translation>un contributeur écrit sur un territoire&#xa0;: ajoutez --territory avec le SIREN d&apos;un EPCI ou le code INSEE d&apos;une commune.</translation>
    </message>
    <message>
        <source>only a contributor has a territory: a coordinator writes everywhere, a reader nowhere.</source>
        <translation>seul un contributeur a un territoire&#xa0;: un coordinateur écrit partout, un lecteur nulle part.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe, encore&#xa0;: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation>les deux mots de passe diffèrent&#xa0;; rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>no password was given: write it on the first line of standard input (printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | essaim server user add …).</source>
        <translation>aucun mot de passe n&apos;a été donné&#xa0;: écrivez-le sur la première ligne de l&apos;entrée standard (printf &apos;%s\n&apos; &quot;$MOT_DE_PASSE&quot; | essaim server user add …).</translation>
    </message>
    <message numerus="yes">
        <source>“%1” may now connect as a contributor, writing in %n commune(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» peut maintenant se connecter comme contributeur, et écrire dans %Ln commune.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» peut maintenant se connecter comme contributeur, et écrire dans %Ln communes.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” may now connect as a coordinator, writing everything.</source>
        <translation>«&#xa0;%1&#xa0;» peut maintenant se connecter comme coordinateur, et tout écrire.</translation>
    </message>
    <message>
        <source>“%1” may now connect as a reader, reading everything and writing nothing.</source>
        <translation>«&#xa0;%1&#xa0;» peut maintenant se connecter comme lecteur, tout lire et ne rien écrire.</translation>
    </message>
</context>
<context>
    <name>ServerUserListCommand</name>
    <message>
        <source>server user list --url URL [--format csv]: the people who may use the server, their role and territory</source>
        <translation>server user list --url URL [--format csv]&#xa0;: les personnes qui peuvent utiliser le serveur, leur rôle et leur territoire</translation>
    </message>
    <message>
        <source>the users are listed as a table, or as csv: write --format csv.</source>
        <translation>les utilisateurs sont listés en tableau, ou en csv&#xa0;: écrivez --format csv.</translation>
    </message>
    <message>
        <source>Nobody may use this server yet: add people with “essaim server user add”.</source>
        <translation>Personne ne peut encore utiliser ce serveur&#xa0;: ajoutez des personnes avec «&#xa0;essaim server user add&#xa0;».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
</context>
<context>
    <name>ServerUserRemoveCommand</name>
    <message>
        <source>server user remove NAME --url URL: the person may no longer use the server (what they wrote stays)</source>
        <translation>server user remove NOM --url URL&#xa0;: la personne ne peut plus utiliser le serveur (ce qu&apos;elle a écrit reste)</translation>
    </message>
    <message>
        <source>remove whom? Write “essaim server user remove NAME --url URL”.</source>
        <translation>retirer qui&#xa0;? Écrivez «&#xa0;essaim server user remove NOM --url URL&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” may no longer use the server; what they wrote stays.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut plus utiliser le serveur&#xa0;; ce qu&apos;il a écrit reste.</translation>
    </message>
</context>
<context>
    <name>SireneReader</name>
    <message>
        <source>“%1” is neither a SIRENE StockUniteLegale nor a StockEtablissement file (its columns are not those of SIRENE), or it is given twice.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un fichier SIRENE StockUniteLegale ni un StockEtablissement (ses colonnes ne sont pas celles de SIRENE), ou il est donné deux fois.</translation>
    </message>
    <message>
        <source>A SIRENE import needs the two files together: StockUniteLegale (the units) and StockEtablissement (where their head offices are).</source>
        <translation>Un import SIRENE demande les deux fichiers ensemble&#xa0;: StockUniteLegale (les unités) et StockEtablissement (où sont leurs sièges).</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;import a été annulé.</translation>
    </message>
    <message>
        <source>The SIREN “%1” is not valid (check digit).</source>
        <translation>Le SIREN «&#xa0;%1&#xa0;» n&apos;est pas valide (chiffre de contrôle).</translation>
    </message>
    <message>
        <source>The unit %1 has no name in the file.</source>
        <translation>L&apos;unité %1 n&apos;a pas de nom dans le fichier.</translation>
    </message>
</context>
<context>
    <name>SocialUtilityEditor</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>SIRENE headcount band: the observatory shows its midpoint, flagged as an estimate, for the years without a declared headcount</source>
        <translation>Tranche d&apos;effectifs SIRENE&#xa0;: l&apos;observatoire en montre le milieu, signalé comme estimation, pour les années sans effectif déclaré</translation>
    </message>
    <message>
        <source>SIRENE headcount band:</source>
        <translation>Tranche d&apos;effectifs SIRENE&#xa0;:</translation>
    </message>
    <message>
        <source>Social utility grid of:</source>
        <translation>Grille d&apos;utilité sociale de&#xa0;:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>0: not at all … 3: strongly; “—”: not assessed</source>
        <translation>0&#xa0;: pas du tout … 3&#xa0;: fortement&#xa0;; «&#xa0;—&#xa0;»&#xa0;: non évalué</translation>
    </message>
    <message>
        <source>&amp;Save the grid</source>
        <translation>&amp;Enregistrer la grille</translation>
    </message>
    <message>
        <source>Save the actor first.</source>
        <translation>Enregistrez d&apos;abord l&apos;acteur.</translation>
    </message>
    <message>
        <source>No grid filled in yet.</source>
        <translation>Aucune grille remplie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Grids filled in: %1.</source>
        <translation>Grilles remplies&#xa0;: %1.</translation>
    </message>
    <message>
        <source>social utility grid %1</source>
        <translation>grille d&apos;utilité sociale %1</translation>
    </message>
    <message>
        <source>Social utility</source>
        <translation>Utilité sociale</translation>
    </message>
    <message>
        <source>The grid could not be saved (%1). Nothing was changed; try again.</source>
        <translation>La grille n&apos;a pas pu être enregistrée (%1). Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>SocialUtilityGrid</name>
    <message>
        <source>Social cohesion</source>
        <translation>Cohésion sociale</translation>
    </message>
    <message>
        <source>Local development</source>
        <translation>Développement local</translation>
    </message>
    <message>
        <source>Societal change</source>
        <translation>Changement sociétal</translation>
    </message>
    <message>
        <source>Social ties</source>
        <translation>Lien social</translation>
    </message>
    <message>
        <source>Equal opportunities</source>
        <translation>Égalité des chances</translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation>Solidarité</translation>
    </message>
    <message>
        <source>Participatory democracy</source>
        <translation>Démocratie participative</translation>
    </message>
    <message>
        <source>Jobs and activities</source>
        <translation>Emplois et activités</translation>
    </message>
    <message>
        <source>Eco-development</source>
        <translation>Éco-développement</translation>
    </message>
    <message>
        <source>Territorial equity</source>
        <translation>Équité territoriale</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Solidarity-based way of life</source>
        <translation>Mode de vie solidaire</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>essaim: stats needs --format json or --format csv.</source>
        <translation>essaim&#xa0;: stats demande --format json ou --format csv.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for stats; use json or csv.</source>
        <translation>essaim&#xa0;: le format «&#xa0;%1&#xa0;» n&apos;est pas connu pour stats&#xa0;; utilisez json ou csv.</translation>
    </message>
    <message>
        <source>essaim: “%1” is not a year; write for example --year 2023.</source>
        <translation>essaim&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une année&#xa0;; écrivez par exemple --year 2023.</translation>
    </message>
    <message>
        <source>essaim: the family “%1” is unknown; use one of %2.</source>
        <translation>essaim&#xa0;: la famille «&#xa0;%1&#xa0;» est inconnue&#xa0;; utilisez l&apos;une de %2.</translation>
    </message>
    <message>
        <source>essaim: there is no sector “%1”; give its name or its number.</source>
        <translation>essaim&#xa0;: il n&apos;y a pas de secteur «&#xa0;%1&#xa0;»&#xa0;; indiquez son nom ou son numéro.</translation>
    </message>
    <message>
        <source>essaim: the database “%1” holds no yearly figures yet; add some in the directory or run “essaim demo”.</source>
        <translation>essaim&#xa0;: la base de données «&#xa0;%1&#xa0;» ne contient encore aucun chiffre annuel&#xa0;; ajoutez-en dans l&apos;annuaire ou lancez «&#xa0;essaim demo&#xa0;».</translation>
    </message>
    <message>
        <source>stats [--year Y] [--territory CODE] [--family F] [--sector S] --format json|csv: the observatory&apos;s figures</source>
        <translation>stats [--year A] [--territory CODE] [--family F] [--sector S] --format json|csv&#xa0;: les chiffres de l&apos;observatoire</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>sync: synchronise with the shared server (exit 3 when conflicts wait for a person)</source>
        <translation>sync&#xa0;: synchroniser avec le serveur partagé (code 3 quand des conflits attendent un choix)</translation>
    </message>
    <message>
        <source>this database is not connected to a shared server. Connect it first: essaim --db FILE server connect --url URL --user NAME.</source>
        <translation>cette base n&apos;est reliée à aucun serveur partagé. Reliez-la d&apos;abord&#xa0;: essaim --db FICHIER server connect --url URL --user NOM.</translation>
    </message>
    <message numerus="yes">
        <source>the server refused %n change(s) your role does not allow; they were taken back here.</source>
        <translation>
            <numerusform>le serveur a refusé %Ln modification que votre rôle ne permet pas&#xa0;; elle a été annulée ici.</numerusform>
            <numerusform>le serveur a refusé %Ln modifications que votre rôle ne permet pas&#xa0;; elles ont été annulées ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronised (%1 received, %2 sent), but %n conflict(s) wait for a choice: essaim --db FILE conflicts.</source>
        <translation>
            <numerusform>Synchronisé (%1 reçues, %2 envoyées), mais %Ln conflit attend un choix&#xa0;: essaim --db FICHIER conflicts.</numerusform>
            <numerusform>Synchronisé (%1 reçues, %2 envoyées), mais %Ln conflits attendent un choix&#xa0;: essaim --db FICHIER conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>In step with the server: %1 received, %2 sent.</source>
        <translation>À jour avec le serveur&#xa0;: %1 reçues, %2 envoyées.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Connect to a &amp;shared server…</source>
        <translation>Se connecter à un serveur &amp;partagé…</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Co&amp;nflicts of the synchronisation…</source>
        <translation>Co&amp;nflits de la synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s) your role does not allow; they were taken back.</source>
        <translation>
            <numerusform>Le serveur a refusé %Ln modification que votre rôle ne permet pas&#xa0;; elle a été annulée.</numerusform>
            <numerusform>Le serveur a refusé %Ln modifications que votre rôle ne permet pas&#xa0;; elles ont été annulées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: File ▸ Conflicts of the synchronisation.</source>
        <translation>
            <numerusform>%Ln conflit attend votre choix&#xa0;: Fichier ▸ Conflits de la synchronisation.</numerusform>
            <numerusform>%Ln conflits attendent votre choix&#xa0;: Fichier ▸ Conflits de la synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Serveur partagé</translation>
    </message>
    <message>
        <source>First synchronisation with the server…</source>
        <translation>Première synchronisation avec le serveur…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Shared: online</source>
        <translation>Partagé&#xa0;: en ligne</translation>
    </message>
    <message>
        <source>Shared: offline</source>
        <translation>Partagé&#xa0;: hors ligne</translation>
    </message>
    <message>
        <source>synchronised at %1</source>
        <translation>synchronisé le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>first synchronisation unfinished</source>
        <translation>première synchronisation inachevée</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The synchronisation was cancelled. Nothing is lost: it carries on from there next time.</source>
        <translation>La synchronisation a été annulée. Rien n&apos;est perdu&#xa0;: elle reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The server refused to %1: your role does not allow it. Ask the council&apos;s coordinator.</source>
        <translation>Le serveur a refusé de %1&#xa0;: votre rôle ne le permet pas. Adressez-vous au coordinateur ou à la coordinatrice du conseil.</translation>
    </message>
    <message>
        <source>The server could not %1 (%2). Check the connection to the network, then synchronise again: nothing is lost.</source>
        <translation>Le serveur n&apos;a pas pu %1 (%2). Vérifiez la connexion au réseau, puis synchronisez de nouveau&#xa0;: rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The local database could not record the synchronisation (%1). Make a backup, then run “essaim check”.</source>
        <translation>La base locale n&apos;a pas pu noter la synchronisation (%1). Faites une sauvegarde, puis lancez «&#xa0;essaim check&#xa0;».</translation>
    </message>
    <message>
        <source>say which council it holds</source>
        <translation>dire quel conseil il contient</translation>
    </message>
    <message>
        <source>This database already shares its council with another server, and this server holds another council. Nothing was changed. To join this server, start from a new, empty database.</source>
        <translation>Cette base partage déjà son conseil avec un autre serveur, et ce serveur contient un autre conseil. Rien n&apos;a été modifié. Pour rejoindre ce serveur, partez d&apos;une base nouvelle et vide.</translation>
    </message>
    <message>
        <source>This server already holds a council, and this database has its own actors, events, plans or projects: they would be mixed. Nothing was changed. To join this server, start from a new, empty database (essaim --db NEW_FILE server connect …).</source>
        <translation>Ce serveur contient déjà un conseil, et cette base a ses propres acteurs, événements, plans ou projets&#xa0;: ils seraient mélangés. Rien n&apos;a été modifié. Pour rejoindre ce serveur, partez d&apos;une base nouvelle et vide (essaim --db NOUVEAU_FICHIER server connect …).</translation>
    </message>
    <message>
        <source>take this council</source>
        <translation>prendre ce conseil</translation>
    </message>
    <message>
        <source>say what your role is</source>
        <translation>dire quel est votre rôle</translation>
    </message>
    <message>
        <source>send its changes</source>
        <translation>envoyer ses modifications</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your changes are kept here and will be sent at the next synchronisation.</source>
        <translation>Le serveur est injoignable (%1). Vos modifications sont gardées ici et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>take your changes</source>
        <translation>prendre vos modifications</translation>
    </message>
    <message>
        <source>The server did not keep your changes (%1). They are kept here and will be sent at the next synchronisation.</source>
        <translation>Le serveur n&apos;a pas gardé vos modifications (%1). Elles sont gardées ici et seront envoyées à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncRecordLabel</name>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Figures of an actor</source>
        <translation>Chiffres d&apos;un acteur</translation>
    </message>
    <message>
        <source>Competency or network of an actor</source>
        <translation>Compétence ou réseau d&apos;un acteur</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Élément du plan</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>Demande de financement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
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
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Commune (INSEE code)</source>
        <translation>Commune (code INSEE)</translation>
    </message>
    <message>
        <source>ESS family</source>
        <translation>Famille de l&apos;ESS</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>You are a reader of this council&apos;s shared data: you can read and print it, not change it. Ask the council&apos;s coordinator.</source>
        <translation>Vous êtes lecteur ou lectrice des données partagées du conseil&#xa0;: vous pouvez les lire et les imprimer, pas les modifier. Adressez-vous au coordinateur ou à la coordinatrice du conseil.</translation>
    </message>
    <message>
        <source>“%1” is outside your territory on the shared server, so you cannot change it. Ask the council&apos;s coordinator.</source>
        <translation>«&#xa0;%1&#xa0;» est hors de votre territoire sur le serveur partagé&#xa0;: vous ne pouvez pas le modifier. Adressez-vous au coordinateur ou à la coordinatrice du conseil.</translation>
    </message>
</context>
<context>
    <name>TabularFile</name>
    <message>
        <source>The file “%1” does not exist or is a folder. Choose a CSV or TSV file.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;existe pas ou est un dossier. Choisissez un fichier CSV ou TSV.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (%2). Check that it is not open in another program.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu (%2). Vérifiez qu&apos;il n&apos;est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>The file “%1” is empty: there is nothing to import.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>The file “%1” is not a text table (it holds binary data). Save it from your spreadsheet as CSV and import that file.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;est pas un tableau texte (il contient des données binaires). Enregistrez-le en CSV depuis votre tableur et importez ce fichier.</translation>
    </message>
    <message>
        <source>Some characters of “%1” were already lost before the file reached Essaim (they show as �). Check the accents of the imported names.</source>
        <translation>Des caractères de «&#xa0;%1&#xa0;» étaient déjà perdus avant que le fichier n&apos;arrive dans Essaim (ils s&apos;affichent en �). Vérifiez les accents des noms importés.</translation>
    </message>
    <message>
        <source>The file “%1” holds no table.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne contient aucun tableau.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The first line of “%1” holds no column names. Add a line of column names at the top of the table.</source>
        <translation>La première ligne de «&#xa0;%1&#xa0;» ne contient pas de noms de colonnes. Ajoutez une ligne de noms de colonnes en haut du tableau.</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>point-virgule (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>virgule (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>barre verticale (|)</translation>
    </message>
</context>
<context>
    <name>TerritoryCommand</name>
    <message>
        <source>essaim: which territory? Give one or more of epci:SIREN, dep:CODE, commune:INSEE.</source>
        <translation>essaim&#xa0;: quel territoire&#xa0;? Indiquez un ou plusieurs de epci:SIREN, dep:CODE, commune:INSEE.</translation>
    </message>
    <message>
        <source>essaim: unknown in the national list of communes and intercommunalities: %1. Check the codes (an EPCI by its SIREN, a département by its code, a commune by its INSEE code).</source>
        <translation>essaim&#xa0;: inconnu dans la liste nationale des communes et intercommunalités&#xa0;: %1. Vérifiez les codes (un EPCI par son SIREN, un département par son code, une commune par son code INSEE).</translation>
    </message>
    <message>
        <source>init --name NAME --territory SPEC[,SPEC…]: create the database of a new council (SPEC: epci:SIREN, dep:CODE, commune:INSEE)
territory [--format csv]: list the communes of the territory
territory add|remove SPEC…: change the territory</source>
        <translation>init --name NOM --territory SPEC[,SPEC…]&#xa0;: crée la base de données d&apos;un nouveau conseil (SPEC&#xa0;: epci:SIREN, dep:CODE, commune:INSEE)
territory [--format csv]&#xa0;: liste les communes du territoire
territory add|remove SPEC…&#xa0;: modifie le territoire</translation>
    </message>
    <message>
        <source>essaim: init needs the council&apos;s name: add --name &quot;Conseil local de l&apos;ESS …&quot;.</source>
        <translation>essaim&#xa0;: init a besoin du nom du conseil&#xa0;: ajoutez --name &quot;Conseil local de l&apos;ESS …&quot;.</translation>
    </message>
    <message>
        <source>essaim: init needs the territory: add --territory epci:SIREN,dep:CODE,commune:INSEE.</source>
        <translation>essaim&#xa0;: init a besoin du territoire&#xa0;: ajoutez --territory epci:SIREN,dep:CODE,commune:INSEE.</translation>
    </message>
    <message numerus="yes">
        <source>The council “%1” was created in “%2”: %n commune(s), %3 inhabitants.</source>
        <translation>
            <numerusform>Le conseil «&#xa0;%1&#xa0;» a été créé dans «&#xa0;%2&#xa0;»&#xa0;: %Ln commune, %3 habitants.</numerusform>
            <numerusform>Le conseil «&#xa0;%1&#xa0;» a été créé dans «&#xa0;%2&#xa0;»&#xa0;: %Ln communes, %3 habitants.</numerusform>
        </translation>
    </message>
    <message>
        <source>essaim: the territory is listed as csv only: write --format csv.</source>
        <translation>essaim&#xa0;: le territoire se liste seulement en csv&#xa0;: écrivez --format csv.</translation>
    </message>
    <message>
        <source>essaim: territory what? Write “essaim --db FILE territory [--format csv]”, “territory add SPEC…” or “territory remove SPEC…”.</source>
        <translation>essaim&#xa0;: territory quoi&#xa0;? Écrivez «&#xa0;essaim --db FICHIER territory [--format csv]&#xa0;», «&#xa0;territory add SPEC…&#xa0;» ou «&#xa0;territory remove SPEC…&#xa0;».</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territoire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s), %1 inhabitants.</source>
        <translation>
            <numerusform>%Ln commune, %1 habitants.</numerusform>
            <numerusform>%Ln communes, %1 habitants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The territory now has %n commune(s), %1 inhabitants.</source>
        <translation>
            <numerusform>Le territoire compte maintenant %Ln commune, %1 habitants.</numerusform>
            <numerusform>Le territoire compte maintenant %Ln communes, %1 habitants.</numerusform>
        </translation>
    </message>
    <message>
        <source>init: the council&apos;s name.</source>
        <translation>init&#xa0;: le nom du conseil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>TerritoryDialog</name>
    <message>
        <source>Territory of the council</source>
        <translation>Territoire du conseil</translation>
    </message>
    <message>
        <source>The communes the council covers, as intercommunalities (EPCI), départements and single communes. No actor is removed: those that fall outside are shown as outside the territory.</source>
        <translation>Les communes que couvre le conseil, en intercommunalités (EPCI), départements et communes isolées. Aucun acteur n&apos;est supprimé&#xa0;: ceux qui se retrouvent en dehors sont signalés hors territoire.</translation>
    </message>
</context>
<context>
    <name>TerritoryEditor</name>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Ajouter →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>An EPCI, a département, a commune: name, postcode, SIREN or INSEE code</source>
        <translation>Un EPCI, un département, une commune&#xa0;: nom, code postal, SIREN ou code INSEE</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Territory of the council:</source>
        <translation>Territoire du conseil&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — EPCI %2, %n commune(s)</source>
        <translation>
            <numerusform>%1 — EPCI %2, %Ln commune</numerusform>
            <numerusform>%1 — EPCI %2, %Ln communes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — département, %n commune(s)</source>
        <translation>
            <numerusform>%1 (%2) — département, %Ln commune</numerusform>
            <numerusform>%1 (%2) — département, %Ln communes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — commune, %3, %4 inhabitants</source>
        <translation>%1 (%2) — commune, %3, %4 habitants</translation>
    </message>
    <message>
        <source>%1 — former commune, now part of %2</source>
        <translation>%1 — ancienne commune, aujourd&apos;hui dans %2</translation>
    </message>
    <message>
        <source>No commune yet: find an EPCI, a département or a commune, then add it.</source>
        <translation>Aucune commune pour l&apos;instant&#xa0;: cherchez un EPCI, un département ou une commune, puis ajoutez-le.</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s), %1 inhabitants (municipal population).</source>
        <translation>
            <numerusform>%Ln commune, %1 habitants (population municipale).</numerusform>
            <numerusform>%Ln communes, %1 habitants (population municipale).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TerritorySpec</name>
    <message>
        <source>“%1” is not a piece of territory: write epci:SIREN, dep:CODE or commune:INSEE (for example epci:200039857).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un élément de territoire&#xa0;: écrivez epci:SIREN, dep:CODE ou commune:INSEE (par exemple epci:200039857).</translation>
    </message>
</context>
<context>
    <name>TerritoryStore</name>
    <message>
        <source>The national list of communes built into Essaim cannot be read (%1). Reinstall Essaim.</source>
        <translation>La liste nationale des communes intégrée à Essaim ne peut pas être lue (%1). Réinstallez Essaim.</translation>
    </message>
    <message>
        <source>Unknown in the national list of communes and intercommunalities: %1. Check the codes (an EPCI by its SIREN, a département by its code, a commune by its INSEE code).</source>
        <translation>Inconnu dans la liste nationale des communes et intercommunalités&#xa0;: %1. Vérifiez les codes (un EPCI par son SIREN, un département par son code, une commune par son code INSEE).</translation>
    </message>
    <message>
        <source>A territory needs at least one commune: add an EPCI, a département or a commune.</source>
        <translation>Un territoire compte au moins une commune&#xa0;: ajoutez un EPCI, un département ou une commune.</translation>
    </message>
    <message>
        <source>Not part of the territory: %1. List its pieces with “essaim --db FILE territory”.</source>
        <translation>Ne fait pas partie du territoire&#xa0;: %1. Listez ses éléments avec «&#xa0;essaim --db FICHIER territory&#xa0;».</translation>
    </message>
    <message>
        <source>The commune with INSEE code %1 is not in the national list of communes. Choose the commune again from the list.</source>
        <translation>La commune de code INSEE %1 n&apos;est pas dans la liste nationale des communes. Choisissez à nouveau la commune dans la liste.</translation>
    </message>
</context>
<context>
    <name>VisualIdentityPage</name>
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
        <source>&amp;Main colour:</source>
        <translation>&amp;Couleur principale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Second colour:</source>
        <translation>C&amp;ouleur secondaire&#xa0;:</translation>
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
        <source>Choose…</source>
        <translation>Choisir…</translation>
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
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une image SVG ou PNG qu&apos;Essaim sait lire. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Edit the visual identity</source>
        <translation>Modifier l&apos;identité visuelle</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>Enregistrer l&apos;identité</translation>
    </message>
    <message>
        <source>The visual identity is saved: every document uses it from now on.</source>
        <translation>L&apos;identité visuelle est enregistrée&#xa0;: tous les documents l&apos;utilisent désormais.</translation>
    </message>
</context>
<context>
    <name>WritePolicy</name>
    <message>
        <source>Only the council&apos;s coordinator makes this change on the shared server: it is not tied to the communes of your territory. You can read and print; ask the council&apos;s coordinator.</source>
        <translation>Seul le coordinateur ou la coordinatrice du conseil fait cette modification sur le serveur partagé&#xa0;: elle ne dépend pas des communes de votre territoire. Vous pouvez lire et imprimer&#xa0;; adressez-vous au coordinateur ou à la coordinatrice du conseil.</translation>
    </message>
    <message>
        <source>“%1” is not organised by an actor of your territory on the shared server, so you cannot change it. Choose an organiser of your territory, or ask the council&apos;s coordinator.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas organisé par un acteur de votre territoire sur le serveur partagé&#xa0;: vous ne pouvez pas le modifier. Choisissez un organisateur de votre territoire, ou adressez-vous au coordinateur ou à la coordinatrice du conseil.</translation>
    </message>
</context>
</TS>
