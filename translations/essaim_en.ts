<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActorCsvExporter</name>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder or name.</source>
        <translation>The file “%1” cannot be written (%2). Choose another folder or name.</translation>
    </message>
    <message>
        <source>The file “%1” could not be saved (%2). Check the free space and try again.</source>
        <translation>The file “%1” could not be saved (%2). Check the free space and try again.</translation>
    </message>
    <message>
        <source>The directory could not be read (%1).</source>
        <translation>The directory could not be read (%1).</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>The file could not be written (%1).</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identity</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vity</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Figures</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Forget the changes not yet applied</source>
        <translation>Forget the changes not yet applied</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S); Ctrl+Z takes them back</source>
        <translation>Save the changes (Ctrl+S); Ctrl+Z takes them back</translation>
    </message>
    <message>
        <source>Name of the structure (required)</source>
        <translation>Name of the structure (required)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Acron&amp;ym:</source>
        <translation>Acron&amp;ym:</translation>
    </message>
    <message>
        <source>Choosing a status fills in the family and the legal category</source>
        <translation>Choosing a status fills in the family and the legal category</translation>
    </message>
    <message>
        <source>&amp;Legal status:</source>
        <translation>&amp;Legal status:</translation>
    </message>
    <message>
        <source>ESS &amp;family:</source>
        <translation>ESS &amp;family:</translation>
    </message>
    <message>
        <source>INSEE legal category: type the code or words of its label</source>
        <translation>INSEE legal category: type the code or words of its label</translation>
    </message>
    <message>
        <source>Legal &amp;category (INSEE):</source>
        <translation>Legal &amp;category (INSEE):</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>SI&amp;REN:</source>
        <translation>SI&amp;REN:</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>SIR&amp;ET:</source>
        <translation>SIR&amp;ET:</translation>
    </message>
    <message>
        <source>W followed by 9 characters</source>
        <translation>W followed by 9 characters</translation>
    </message>
    <message>
        <source>R&amp;NA:</source>
        <translation>R&amp;NA:</translation>
    </message>
    <message>
        <source>e.g. 88.99B</source>
        <translation>e.g. 88.99B</translation>
    </message>
    <message>
        <source>NA&amp;F code:</source>
        <translation>NA&amp;F code:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Creation &amp;year:</source>
        <translation>Creation &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Type the first letters of the commune</source>
        <translation>Type the first letters of the commune</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>EPCI:</source>
        <translation>EPCI:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Separated by commas: accounting, communication…</source>
        <translation>Separated by commas: accounting, communication…</translation>
    </message>
    <message>
        <source>Co&amp;mpetencies:</source>
        <translation>Co&amp;mpetencies:</translation>
    </message>
    <message>
        <source>Separated by commas: CRESS, APES…</source>
        <translation>Separated by commas: CRESS, APES…</translation>
    </message>
    <message>
        <source>Net&amp;works:</source>
        <translation>Net&amp;works:</translation>
    </message>
    <message>
        <source>Em&amp;ployer</source>
        <translation>Em&amp;ployer</translation>
    </message>
    <message>
        <source>Accepts &amp;interns</source>
        <translation>Accepts &amp;interns</translation>
    </message>
    <message>
        <source>ESS c&amp;harter signed on</source>
        <translation>ESS c&amp;harter signed on</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>IAE a&amp;greement:</source>
        <translation>IAE a&amp;greement:</translation>
    </message>
    <message>
        <source>ESUS appro&amp;val since</source>
        <translation>ESUS appro&amp;val since</translation>
    </message>
    <message>
        <source>Agrees to appear in public documents (guide, Lettre, portal)</source>
        <translation>Agrees to appear in public documents (guide, Lettre, portal)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Consent source</translation>
    </message>
    <message>
        <source>Agrees to appear in the printed guide</source>
        <translation>Agrees to appear in the printed guide</translation>
    </message>
    <message>
        <source>Agrees to receive the Lettre de l&apos;ESS</source>
        <translation>Agrees to receive the Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>Date of the consent, as 31/12/2012</source>
        <translation>Date of the consent, as 31/12/2012</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Remove the contact</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Leave a cell empty when the figure is not known: it is then not counted as zero.</source>
        <translation>Leave a cell empty when the figure is not known: it is then not counted as zero.</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>Add a year</translation>
    </message>
    <message>
        <source>Remove the year</source>
        <translation>Remove the year</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(no sector)</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>New actor</translation>
    </message>
    <message>
        <source>New actor: %1</source>
        <translation>New actor: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>outside the territory&apos;s reference table: the commune and postcode are kept as typed</source>
        <translation>outside the territory&apos;s reference table: the commune and postcode are kept as typed</translation>
    </message>
    <message>
        <source>“%1” in the yearly figures is not a number: type digits only, as 12 or 3,5.</source>
        <translation>“%1” in the yearly figures is not a number: type digits only, as 12 or 3,5.</translation>
    </message>
    <message>
        <source>“%1” is not an INSEE legal category: choose one in the list, or type its four-digit code.</source>
        <translation>“%1” is not an INSEE legal category: choose one in the list, or type its four-digit code.</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
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
        <translation>Postcode</translation>
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
        <translation>Employer</translation>
    </message>
    <message>
        <source>Salaried headcount declared for %1</source>
        <translation>Salaried headcount declared for %1</translation>
    </message>
    <message>
        <source>Headcount %1</source>
        <translation>Headcount %1</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Accepts interns</source>
        <translation>Accepts interns</translation>
    </message>
    <message>
        <source>ESS charter</source>
        <translation>ESS charter</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>ActorValidator</name>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>The SIREN “%1” is not valid: it has 9 digits and the last one is a check digit that does not match. Look for a typing mistake.</source>
        <translation>The SIREN “%1” is not valid: it has 9 digits and the last one is a check digit that does not match. Look for a typing mistake.</translation>
    </message>
    <message>
        <source>The SIRET “%1” is not valid: it has 14 digits and the last one is a check digit that does not match. Look for a typing mistake.</source>
        <translation>The SIRET “%1” is not valid: it has 14 digits and the last one is a check digit that does not match. Look for a typing mistake.</translation>
    </message>
    <message>
        <source>The SIRET “%1” does not begin with the SIREN “%2”: the first nine digits of a SIRET are the SIREN.</source>
        <translation>The SIRET “%1” does not begin with the SIREN “%2”: the first nine digits of a SIRET are the SIREN.</translation>
    </message>
    <message>
        <source>The RNA number “%1” is not valid: it is a W followed by nine digits or letters, as in W595001234.</source>
        <translation>The RNA number “%1” is not valid: it is a W followed by nine digits or letters, as in W595001234.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is not valid: it should look like name@example.fr.</source>
        <translation>The e-mail address “%1” is not valid: it should look like name@example.fr.</translation>
    </message>
    <message>
        <source>The postcode “%1” is not a French postcode: it has five digits, as in 59600.</source>
        <translation>The postcode “%1” is not a French postcode: it has five digits, as in 59600.</translation>
    </message>
    <message>
        <source>The postcode %1 does not belong to %2, whose postcode is %3. Correct the postcode or the commune.</source>
        <translation>The postcode %1 does not belong to %2, whose postcode is %3. Correct the postcode or the commune.</translation>
    </message>
    <message>
        <source>The creation year %1 is not plausible: give a year between 1800 and %2.</source>
        <translation>The creation year %1 is not plausible: give a year between 1800 and %2.</translation>
    </message>
    <message>
        <source>The year %1 of the yearly figures is not plausible: give a year between 1900 and %2.</source>
        <translation>The year %1 of the yearly figures is not plausible: give a year between 1900 and %2.</translation>
    </message>
    <message>
        <source>The year %1 appears twice in the yearly figures: keep one line per year.</source>
        <translation>The year %1 appears twice in the yearly figures: keep one line per year.</translation>
    </message>
    <message>
        <source>The figures of %1 cannot be negative: correct or clear them.</source>
        <translation>The figures of %1 cannot be negative: correct or clear them.</translation>
    </message>
    <message>
        <source>Every contact needs a name: fill it in or remove the line.</source>
        <translation>Every contact needs a name: fill it in or remove the line.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” of %2 is not valid: it should look like name@example.fr.</source>
        <translation>The e-mail address “%1” of %2 is not valid: it should look like name@example.fr.</translation>
    </message>
</context>
<context>
    <name>AttendanceSheetDocument</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
            <numerusform>%n registered participant.</numerusform>
            <numerusform>%n registered participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The present state is saved first, so this can be undone by restoring it in turn.</source>
        <translation>Choose the copy to go back to. The present state is saved first, so this can be undone by restoring it in turn.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Today&apos;s backup copy could not be written (%1). Check the free space in the database&apos;s folder.</source>
        <translation>Today&apos;s backup copy could not be written (%1). Check the free space in the database&apos;s folder.</translation>
    </message>
    <message>
        <source>The backup copy “%1” cannot be read.</source>
        <translation>The backup copy “%1” cannot be read.</translation>
    </message>
    <message>
        <source>The backup copy cannot be restored: %1</source>
        <translation>The backup copy cannot be restored: %1</translation>
    </message>
    <message>
        <source>The current state could not be saved before restoring (%1). Nothing was changed.</source>
        <translation>The current state could not be saved before restoring (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup copy could not be copied next to the database. Nothing was changed.</source>
        <translation>The backup copy could not be copied next to the database. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup copy could not be put in place; the database was left as it was.</source>
        <translation>The backup copy could not be put in place; the database was left as it was.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Essaim, the desk of a local council of the social and solidarity economy.</source>
        <translation>Essaim, the desk of a local council of the social and solidarity economy.</translation>
    </message>
    <message>
        <source>The Essaim database to use (created when missing).</source>
        <translation>The Essaim database to use (created when missing).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Language of the interface: fr or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Output format of export: csv (French Excel) or csv-rfc (RFC 4180).</source>
        <translation>Output format of export: csv (French Excel) or csv-rfc (RFC 4180).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>File to write.</translation>
    </message>
    <message>
        <source>[command ...]</source>
        <translation>[command ...]</translation>
    </message>
    <message>
        <source>essaim: %1. Run “essaim --help” for the list of options.</source>
        <translation>essaim: %1. Run “essaim --help” for the list of options.</translation>
    </message>
    <message>
        <source>essaim: the language “%1” is not available; use fr or en.</source>
        <translation>essaim: the language “%1” is not available; use fr or en.</translation>
    </message>
    <message>
        <source>essaim: no command given. Run “essaim --help” for the list of commands.</source>
        <translation>essaim: no command given. Run “essaim --help” for the list of commands.</translation>
    </message>
    <message>
        <source>essaim: unknown command “%1”. Run “essaim --help” for the list of commands.</source>
        <translation>essaim: unknown command “%1”. Run “essaim --help” for the list of commands.</translation>
    </message>
    <message>
        <source>essaim: export what? Write “essaim --db FILE export actors --format csv -o FILE”.</source>
        <translation>essaim: export what? Write “essaim --db FILE export actors --format csv -o FILE”.</translation>
    </message>
    <message>
        <source>essaim: export needs a file to write: add -o FILE.</source>
        <translation>essaim: export needs a file to write: add -o FILE.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for actors; use csv or csv-rfc.</source>
        <translation>essaim: the format “%1” is not known for actors; use csv or csv-rfc.</translation>
    </message>
    <message numerus="yes">
        <source>The demo directory was written to “%1”: %n actor(s).</source>
        <translation>
            <numerusform>The demo directory was written to “%1”: %n actor.</numerusform>
            <numerusform>The demo directory was written to “%1”: %n actors.</numerusform>
        </translation>
    </message>
    <message>
        <source>essaim: the database “%1” has problems: %2</source>
        <translation>essaim: the database “%1” has problems: %2</translation>
    </message>
    <message numerus="yes">
        <source>The database “%1” is sound: schema version %2, %n actor(s).</source>
        <translation>
            <numerusform>The database “%1” is sound: schema version %2, %n actor.</numerusform>
            <numerusform>The database “%1” is sound: schema version %2, %n actors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n actor exported to “%1”.</numerusform>
            <numerusform>%n actors exported to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo: fill the database with the Sambre-Avesnois demo directory
check: check the database&apos;s integrity and schema
export actors --format csv|csv-rfc -o FILE: export the directory
print letter|plaquette|guide|labels [options] -o FILE.pdf: print a document to PDF</source>
        <translation>demo: fill the database with the Sambre-Avesnois demo directory
check: check the database&apos;s integrity and schema
export actors --format csv|csv-rfc -o FILE: export the directory
print letter|plaquette|guide|labels [options] -o FILE.pdf: print a document to PDF</translation>
    </message>
</context>
<context>
    <name>CreateActorCommand</name>
    <message>
        <source>create “%1”</source>
        <translation>create “%1”</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file “%1” does not exist. Check its name and folder, or create a new database.</source>
        <translation>The file “%1” does not exist. Check its name and folder, or create a new database.</translation>
    </message>
    <message>
        <source>Essaim could not create “%1”: the folder cannot be created. Choose a folder where you can write.</source>
        <translation>Essaim could not create “%1”: the folder cannot be created. Choose a folder where you can write.</translation>
    </message>
    <message>
        <source>The database “%1” is in a read-only folder. Essaim needs to write next to it: copy it to a folder of your own, then open the copy.</source>
        <translation>The database “%1” is in a read-only folder. Essaim needs to write next to it: copy it to a folder of your own, then open the copy.</translation>
    </message>
    <message>
        <source>Essaim could not create “%1”: the folder is read-only. Choose a folder where you can write.</source>
        <translation>Essaim could not create “%1”: the folder is read-only. Choose a folder where you can write.</translation>
    </message>
    <message>
        <source>The database “%1” is already open in another Essaim window (process %2). Close the other window, then try again.</source>
        <translation>The database “%1” is already open in another Essaim window (process %2). Close the other window, then try again.</translation>
    </message>
    <message>
        <source>The database “%1” is being used by another program. Close it, then try again.</source>
        <translation>The database “%1” is being used by another program. Close it, then try again.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged and cannot be read. It was left untouched: restore a backup copy (File &gt; Restore a backup).</source>
        <translation>The database “%1” is damaged and cannot be read. It was left untouched: restore a backup copy (File &gt; Restore a backup).</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an Essaim database. Choose an Essaim database file.</source>
        <translation>“%1” is a folder, not an Essaim database. Choose an Essaim database file.</translation>
    </message>
    <message>
        <source>Essaim is not allowed to read “%1”. Ask for permission to read and write it, or open a copy.</source>
        <translation>Essaim is not allowed to read “%1”. Ask for permission to read and write it, or open a copy.</translation>
    </message>
    <message>
        <source>The file “%1” is not an Essaim database. It was left untouched: choose an Essaim database, or create a new one.</source>
        <translation>The file “%1” is not an Essaim database. It was left untouched: choose an Essaim database, or create a new one.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not an Essaim database. It was left untouched: choose an Essaim database, or create a new one.</source>
        <translation>The file “%1” is a database of another program, not an Essaim database. It was left untouched: choose an Essaim database, or create a new one.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Essaim (schema %2; this version reads up to %3). It was left untouched: install the newer Essaim to open it.</source>
        <translation>The database “%1” was written by a newer version of Essaim (schema %2; this version reads up to %3). It was left untouched: install the newer Essaim to open it.</translation>
    </message>
    <message>
        <source>The database “%1” is read-only. Essaim needs to write to it: copy it to a folder of your own or ask for write permission, then open it again.</source>
        <translation>The database “%1” is read-only. Essaim needs to write to it: copy it to a folder of your own or ask for write permission, then open it again.</translation>
    </message>
    <message>
        <source>Essaim could not open “%1”: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Essaim could not open “%1”: %2. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The database “%1” needs an upgrade, but its safety copy could not be written (%2). Nothing was changed: free some disk space, then open it again.</source>
        <translation>The database “%1” needs an upgrade, but its safety copy could not be written (%2). Nothing was changed: free some disk space, then open it again.</translation>
    </message>
    <message>
        <source>The database “%1” could not be prepared: %2.</source>
        <translation>The database “%1” could not be prepared: %2.</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded (%2). It was left as it was, and a copy was kept as “%3”.</source>
        <translation>The database “%1” could not be upgraded (%2). It was left as it was, and a copy was kept as “%3”.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>Row %1 of table %2 points to a missing row of %3.</translation>
    </message>
    <message>
        <source>The file is not marked as an Essaim database.</source>
        <translation>The file is not marked as an Essaim database.</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Schema version %1, expected %2.</translation>
    </message>
</context>
<context>
    <name>DemoDataBuilder</name>
    <message numerus="yes">
        <source>The database “%1” already holds %n actor(s): the demo data goes into a new, empty database. Give another file name with --db.</source>
        <translation>
            <numerusform>The database “%1” already holds %n actor: the demo data goes into a new, empty database. Give another file name with --db.</numerusform>
            <numerusform>The database “%1” already holds %n actors: the demo data goes into a new, empty database. Give another file name with --db.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database “%1” has no reference communes, so the demo actors cannot be placed. Create a new database with --db.</source>
        <translation>The database “%1” has no reference communes, so the demo actors cannot be placed. Create a new database with --db.</translation>
    </message>
    <message>
        <source>The demo actor “%1” does not pass validation: %2</source>
        <translation>The demo actor “%1” does not pass validation: %2</translation>
    </message>
    <message>
        <source>The demo actors could not be written to “%1”: %2</source>
        <translation>The demo actors could not be written to “%1”: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Search a name, acronym, commune, sector, competency or contact (Ctrl+F)</source>
        <translation>Search a name, acronym, commune, sector, competency or contact (Ctrl+F)</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Right-click to choose the columns</translation>
    </message>
    <message>
        <source>&amp;New actor</source>
        <translation>&amp;New actor</translation>
    </message>
    <message>
        <source>&amp;Duplicate actor</source>
        <translation>&amp;Duplicate actor</translation>
    </message>
    <message>
        <source>&amp;Archive actor</source>
        <translation>&amp;Archive actor</translation>
    </message>
    <message>
        <source>&amp;Restore actor</source>
        <translation>&amp;Restore actor</translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation>A&amp;pply changes</translation>
    </message>
    <message>
        <source>&amp;Export the actors shown…</source>
        <translation>&amp;Export the actors shown…</translation>
    </message>
    <message>
        <source>Edit the &amp;sectors…</source>
        <translation>Edit the &amp;sectors…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Employer or not</source>
        <translation>Employer or not</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>Not employers</source>
        <translation>Not employers</translation>
    </message>
    <message>
        <source>Interns: any</source>
        <translation>Interns: any</translation>
    </message>
    <message>
        <source>Accept interns</source>
        <translation>Accept interns</translation>
    </message>
    <message>
        <source>No interns</source>
        <translation>No interns</translation>
    </message>
    <message>
        <source>Charter: any</source>
        <translation>Charter: any</translation>
    </message>
    <message>
        <source>Charter signed</source>
        <translation>Charter signed</translation>
    </message>
    <message>
        <source>Charter not signed</source>
        <translation>Charter not signed</translation>
    </message>
    <message>
        <source>Current actors</source>
        <translation>Current actors</translation>
    </message>
    <message>
        <source>Archived actors</source>
        <translation>Archived actors</translation>
    </message>
    <message>
        <source>Current and archived</source>
        <translation>Current and archived</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Show every current actor again</source>
        <translation>Show every current actor again</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>All families</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>All EPCI</source>
        <translation>All EPCI</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to “%1” cannot be applied as they are:
%2

Discard them?</source>
        <translation>The changes to “%1” cannot be applied as they are:
%2

Discard them?</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Cannot apply</source>
        <translation>Cannot apply</translation>
    </message>
    <message>
        <source>the same SIRET</source>
        <translation>the same SIRET</translation>
    </message>
    <message>
        <source>the same SIREN</source>
        <translation>the same SIREN</translation>
    </message>
    <message>
        <source>the same RNA number</source>
        <translation>the same RNA number</translation>
    </message>
    <message>
        <source>the same name in the same commune</source>
        <translation>the same name in the same commune</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>“%1” (%2) is already in the directory with %3. Create “%4” anyway?</source>
        <translation>“%1” (%2) is already in the directory with %3. Create “%4” anyway?</translation>
    </message>
    <message>
        <source>no commune</source>
        <translation>no commune</translation>
    </message>
    <message>
        <source>Nothing created: the directory already has “%1”.</source>
        <translation>Nothing created: the directory already has “%1”.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). Nothing was changed; try again, or save a copy of the database.</source>
        <translation>“%1” could not be saved (%2). Nothing was changed; try again, or save a copy of the database.</translation>
    </message>
    <message>
        <source>“%1” added to the directory.</source>
        <translation>“%1” added to the directory.</translation>
    </message>
    <message>
        <source>The changes to “%1” could not be saved (%2). Nothing was changed; try again.</source>
        <translation>The changes to “%1” could not be saved (%2). Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>edit “%1”</translation>
    </message>
    <message>
        <source>Changes to “%1” applied.</source>
        <translation>Changes to “%1” applied.</translation>
    </message>
    <message>
        <source>archive “%1”</source>
        <translation>archive “%1”</translation>
    </message>
    <message>
        <source>restore “%1”</source>
        <translation>restore “%1”</translation>
    </message>
    <message>
        <source>“%1” archived: it is kept and can be restored from the archived actors.</source>
        <translation>“%1” archived: it is kept and can be restored from the archived actors.</translation>
    </message>
    <message>
        <source>“%1” restored.</source>
        <translation>“%1” restored.</translation>
    </message>
    <message>
        <source>CSV for French Excel (UTF-8, ;) (*.csv)</source>
        <translation>CSV for French Excel (UTF-8, ;) (*.csv)</translation>
    </message>
    <message>
        <source>CSV RFC 4180 (UTF-8, comma) (*.csv)</source>
        <translation>CSV RFC 4180 (UTF-8, comma) (*.csv)</translation>
    </message>
    <message>
        <source>Export the actors shown</source>
        <translation>Export the actors shown</translation>
    </message>
    <message>
        <source>actors.csv</source>
        <translation>actors.csv</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n actor exported to “%1”.</numerusform>
            <numerusform>%n actors exported to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFactory</name>
    <message>
        <source>No actor who accepts publication has a postal address: there is no label to print.</source>
        <translation>No actor who accepts publication has a postal address: there is no label to print.</translation>
    </message>
    <message>
        <source>No contact accepts the Lettre de l&apos;ESS at a postal address: there is no label to print.</source>
        <translation>No contact accepts the Lettre de l&apos;ESS at a postal address: there is no label to print.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>The PDF file “%1” could not be written. Check that the folder exists and is writable.</source>
        <translation>The PDF file “%1” could not be written. Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>The PDF file “%1” could not be replaced: it may be open in another program.</source>
        <translation>The PDF file “%1” could not be replaced: it may be open in another program.</translation>
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
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Mutual society</source>
        <translation>Mutual society</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <source>Commercial ESS company</source>
        <translation>Commercial ESS company</translation>
    </message>
    <message>
        <source>Outside the ESS</source>
        <translation>Outside the ESS</translation>
    </message>
</context>
<context>
    <name>GuideDocument</name>
    <message>
        <source>Guide of the ESS actors</source>
        <translation>Guide of the ESS actors</translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation>Other sectors</translation>
    </message>
    <message>
        <source>Commune not given</source>
        <translation>Commune not given</translation>
    </message>
    <message>
        <source>Competencies: </source>
        <translation>Competencies: </translation>
    </message>
    <message>
        <source>Accepts interns</source>
        <translation>Accepts interns</translation>
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
        <translation>Alphabetical index</translation>
    </message>
    <message>
        <source>by sector of activity</source>
        <translation>by sector of activity</translation>
    </message>
    <message>
        <source>by commune</source>
        <translation>by commune</translation>
    </message>
    <message numerus="yes">
        <source>Edition of %1 · %n structure(s)</source>
        <translation>
            <numerusform>Edition of %1 · %n structure</numerusform>
            <numerusform>Edition of %1 · %n structures</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>LabelSheetDocument</name>
    <message>
        <source>Address labels</source>
        <translation>Address labels</translation>
    </message>
</context>
<context>
    <name>LetterBuilder</name>
    <message>
        <source>Lettre de l&apos;ESS no. %1</source>
        <translation>Lettre de l&apos;ESS no. %1</translation>
    </message>
    <message>
        <source>Lettre de l&apos;ESS</source>
        <translation>Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>No. %1 · %2</translation>
    </message>
    <message>
        <source>Editorial</source>
        <translation>Editorial</translation>
    </message>
    <message>
        <source>Agenda of the coming weeks</source>
        <translation>Agenda of the coming weeks</translation>
    </message>
    <message>
        <source>No date is planned in the coming weeks yet.</source>
        <translation>No date is planned in the coming weeks yet.</translation>
    </message>
    <message>
        <source>Welcome to the new actors</source>
        <translation>Welcome to the new actors</translation>
    </message>
    <message>
        <source>No new actor joined the directory since the last issue.</source>
        <translation>No new actor joined the directory since the last issue.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>ESS structures</source>
        <translation>ESS structures</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>employers</translation>
    </message>
    <message>
        <source>employees in %1</source>
        <translation>employees in %1</translation>
    </message>
    <message>
        <source>volunteers in %1</source>
        <translation>volunteers in %1</translation>
    </message>
    <message>
        <source>Actors of the directory by ESS family</source>
        <translation>Actors of the directory by ESS family</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source: %1.</translation>
    </message>
    <message>
        <source>Progress of the plan of action</source>
        <translation>Progress of the plan of action</translation>
    </message>
    <message>
        <source>The plan&apos;s progress will be given in a coming issue.</source>
        <translation>The plan&apos;s progress will be given in a coming issue.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2). Choose another folder.</source>
        <translation>The file “%1” could not be written (%2). Choose another folder.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Essaim databases (*.essaim);;All files (*)</source>
        <translation>Essaim databases (*.essaim);;All files (*)</translation>
    </message>
    <message>
        <source>No database is open.
Use File &gt; Open to open one, or File &gt; New database to start a directory.</source>
        <translation>No database is open.
Use File &gt; Open to open one, or File &gt; New database to start a directory.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;About Essaim</source>
        <translation>&amp;About Essaim</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Directory</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy was saved next to the database.</source>
        <translation>Today&apos;s backup copy was saved next to the database.</translation>
    </message>
    <message>
        <source>%1 — Essaim</source>
        <translation>%1 — Essaim</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>directory.essaim</source>
        <translation>directory.essaim</translation>
    </message>
    <message>
        <source>“%1” already exists. A new database is never written over a file: choose another name.</source>
        <translation>“%1” already exists. A new database is never written over a file: choose another name.</translation>
    </message>
    <message>
        <source>New database “%1” created.</source>
        <translation>New database “%1” created.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>The copy needs another name than the open database.</source>
        <translation>The copy needs another name than the open database.</translation>
    </message>
    <message>
        <source>The copy could not be written to “%1” (%2). Choose another folder.</source>
        <translation>The copy could not be written to “%1” (%2). Choose another folder.</translation>
    </message>
    <message>
        <source>the file is in use or read-only</source>
        <translation>the file is in use or read-only</translation>
    </message>
    <message>
        <source>Copy saved as “%1”.</source>
        <translation>Copy saved as “%1”.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>There is no backup copy of this database yet. A copy is taken each day Essaim opens it.</source>
        <translation>There is no backup copy of this database yet. A copy is taken each day Essaim opens it.</translation>
    </message>
    <message>
        <source>Backup restored. The state from just before was kept as a backup too.</source>
        <translation>Backup restored. The state from just before was kept as a backup too.</translation>
    </message>
    <message>
        <source>About Essaim</source>
        <translation>About Essaim</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Essaim %1&lt;/h3&gt;&lt;p&gt;The desk of a local council of the social and solidarity economy: directory of actors, observatory, calendar, plan of action and publications.&lt;/p&gt;&lt;p&gt;Works on one computer, without a connection. Data stays in one file, backed up every day next to it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Essaim %1&lt;/h3&gt;&lt;p&gt;The desk of a local council of the social and solidarity economy: directory of actors, observatory, calendar, plan of action and publications.&lt;/p&gt;&lt;p&gt;Works on one computer, without a connection. Data stays in one file, backed up every day next to it.&lt;/p&gt;</translation>
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
        <translation>&amp;Guide of the ESS actors…</translation>
    </message>
    <message>
        <source>Address &amp;labels…</source>
        <translation>Address &amp;labels…</translation>
    </message>
    <message>
        <source>Visual &amp;identity…</source>
        <translation>Visual &amp;identity…</translation>
    </message>
</context>
<context>
    <name>PlanReportDocument</name>
    <message>
        <source>Progress report: %1</source>
        <translation>Progress report: %1</translation>
    </message>
    <message>
        <source>Progress report from %1 to %2</source>
        <translation>Progress report from %1 to %2</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Journal of updates</source>
        <translation>Journal of updates</translation>
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
        <translation>ESS structures in the directory</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>employers</translation>
    </message>
    <message>
        <source>employees in %1</source>
        <translation>employees in %1</translation>
    </message>
    <message>
        <source>volunteers in %1</source>
        <translation>volunteers in %1</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source: %1.</translation>
    </message>
</context>
<context>
    <name>PosterDocument</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>Language of the system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language shows at the next start.</source>
        <translation>A new language shows at the next start.</translation>
    </message>
    <message>
        <source>For French Excel (UTF-8 with BOM, ;)</source>
        <translation>For French Excel (UTF-8 with BOM, ;)</translation>
    </message>
    <message>
        <source>RFC 4180 (UTF-8, comma)</source>
        <translation>RFC 4180 (UTF-8, comma)</translation>
    </message>
    <message>
        <source>CSV &amp;exports:</source>
        <translation>CSV &amp;exports:</translation>
    </message>
    <message>
        <source>Keep a backup copy a day, for seven days</source>
        <translation>Keep a backup copy a day, for seven days</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Backups:</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>print letter: the issue number (the latest when omitted).</source>
        <translation>print letter: the issue number (the latest when omitted).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>print guide: group the actors by sector or by commune.</source>
        <translation>print guide: group the actors by sector or by commune.</translation>
    </message>
    <message>
        <source>sector|commune</source>
        <translation>sector|commune</translation>
    </message>
    <message>
        <source>print guide|letter: paper size, a4 or a5.</source>
        <translation>print guide|letter: paper size, a4 or a5.</translation>
    </message>
    <message>
        <source>a4|a5</source>
        <translation>a4|a5</translation>
    </message>
    <message>
        <source>print labels: the label sheet, 3x7 or 2x7.</source>
        <translation>print labels: the label sheet, 3x7 or 2x7.</translation>
    </message>
    <message>
        <source>3x7|2x7</source>
        <translation>3x7|2x7</translation>
    </message>
    <message>
        <source>print labels: the first free label on the sheet, from 1.</source>
        <translation>print labels: the first free label on the sheet, from 1.</translation>
    </message>
    <message>
        <source>print labels: actors (who accept publication) or newsletter (contacts who accept the Lettre).</source>
        <translation>print labels: actors (who accept publication) or newsletter (contacts who accept the Lettre).</translation>
    </message>
    <message>
        <source>actors|newsletter</source>
        <translation>actors|newsletter</translation>
    </message>
    <message>
        <source>print letter: also write the self-contained HTML for e-mailing.</source>
        <translation>print letter: also write the self-contained HTML for e-mailing.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>print what? Write “essaim --db FILE print letter|plaquette|guide|labels -o FILE.pdf”.</source>
        <translation>print what? Write “essaim --db FILE print letter|plaquette|guide|labels -o FILE.pdf”.</translation>
    </message>
    <message>
        <source>print needs a PDF file to write: add -o FILE.pdf.</source>
        <translation>print needs a PDF file to write: add -o FILE.pdf.</translation>
    </message>
    <message>
        <source>the issue “%1” is not a number; write for example --issue 12.</source>
        <translation>the issue “%1” is not a number; write for example --issue 12.</translation>
    </message>
    <message>
        <source>the guide is grouped by sector or by commune, not by “%1”.</source>
        <translation>the guide is grouped by sector or by commune, not by “%1”.</translation>
    </message>
    <message>
        <source>the paper “%1” is not known; use a4 or a5.</source>
        <translation>the paper “%1” is not known; use a4 or a5.</translation>
    </message>
    <message>
        <source>the label sheet “%1” is not known; use 3x7 or 2x7.</source>
        <translation>the label sheet “%1” is not known; use 3x7 or 2x7.</translation>
    </message>
    <message>
        <source>the first label must be between 1 and %1 on this sheet, not “%2”.</source>
        <translation>the first label must be between 1 and %1 on this sheet, not “%2”.</translation>
    </message>
    <message>
        <source>labels are printed for actors or newsletter, not for “%1”.</source>
        <translation>labels are printed for actors or newsletter, not for “%1”.</translation>
    </message>
    <message>
        <source>there is no issue no. %1 of the Lettre de l&apos;ESS in “%2”.</source>
        <translation>there is no issue no. %1 of the Lettre de l&apos;ESS in “%2”.</translation>
    </message>
    <message>
        <source>“%1” holds no issue of the Lettre de l&apos;ESS yet: write one in the Publications tab.</source>
        <translation>“%1” holds no issue of the Lettre de l&apos;ESS yet: write one in the Publications tab.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” written: %n page(s).</source>
        <translation>
            <numerusform>“%1” written: %n page.</numerusform>
            <numerusform>“%1” written: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSourceStore</name>
    <message>
        <source>Essaim directory, figures declared by the actors for %1</source>
        <translation>Essaim directory, figures declared by the actors for %1</translation>
    </message>
</context>
<context>
    <name>PrintStyle</name>
    <message>
        <source>Internal use</source>
        <translation>Internal use</translation>
    </message>
    <message>
        <source>Local council of the social and solidarity economy</source>
        <translation>Local council of the social and solidarity economy</translation>
    </message>
    <message>
        <source>Internal use — %1</source>
        <translation>Internal use — %1</translation>
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
        <translation>Who we are</translation>
    </message>
    <message>
        <source>The council brings together the associations, cooperatives, mutuals, foundations and ESS companies of the territory.

It is open to every structure that shares the values of the social and solidarity economy.</source>
        <translation>The council brings together the associations, cooperatives, mutuals, foundations and ESS companies of the territory.

It is open to every structure that shares the values of the social and solidarity economy.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Come and meet us at the Rendez-vous de l&apos;ESS, the first Friday of every month.</source>
        <translation>Come and meet us at the Rendez-vous de l&apos;ESS, the first Friday of every month.</translation>
    </message>
    <message>
        <source>The social and solidarity economy on our territory</source>
        <translation>The social and solidarity economy on our territory</translation>
    </message>
    <message>
        <source>Acting together for a local economy that serves people.</source>
        <translation>Acting together for a local economy that serves people.</translation>
    </message>
    <message>
        <source>Our mission</source>
        <translation>Our mission</translation>
    </message>
    <message>
        <source>- Make the ESS and its actors known
- Bring actors, elected officials and partners together
- Support projects and the pooling of skills
- Observe the ESS of the territory</source>
        <translation>- Make the ESS and its actors known
- Bring actors, elected officials and partners together
- Support projects and the pooling of skills
- Observe the ESS of the territory</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>The ESS of the territory in a few figures:</source>
        <translation>The ESS of the territory in a few figures:</translation>
    </message>
    <message>
        <source>Members and partners</source>
        <translation>Members and partners</translation>
    </message>
    <message>
        <source>Our members are the ESS structures of the territory. Our partners: the intercommunalities, the region, the CRESS and the networks of the ESS.</source>
        <translation>Our members are the ESS structures of the territory. Our partners: the intercommunalities, the region, the CRESS and the networks of the ESS.</translation>
    </message>
    <message>
        <source>Issue no. %1 already exists: give this issue another number.</source>
        <translation>Issue no. %1 already exists: give this issue another number.</translation>
    </message>
    <message>
        <source>An issue needs a number above zero and a date.</source>
        <translation>An issue needs a number above zero and a date.</translation>
    </message>
</context>
<context>
    <name>PublicationsTab</name>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Bullets</translation>
    </message>
    <message>
        <source>Agenda of the coming weeks</source>
        <translation>Agenda of the coming weeks</translation>
    </message>
    <message>
        <source>New actors since the last issue</source>
        <translation>New actors since the last issue</translation>
    </message>
    <message>
        <source>Key figures with a chart</source>
        <translation>Key figures with a chart</translation>
    </message>
    <message>
        <source>Progress of the plan of action</source>
        <translation>Progress of the plan of action</translation>
    </message>
    <message>
        <source>Free article</source>
        <translation>Free article</translation>
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
        <translation>Guide of the ESS actors</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <source>Visual identity</source>
        <translation>Visual identity</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Page set&amp;up…</source>
        <translation>Page set&amp;up…</translation>
    </message>
    <message>
        <source>Export the letter as &amp;HTML…</source>
        <translation>Export the letter as &amp;HTML…</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>&amp;New issue</source>
        <translation>&amp;New issue</translation>
    </message>
    <message>
        <source>&amp;Delete issue</source>
        <translation>&amp;Delete issue</translation>
    </message>
    <message>
        <source>No. </source>
        <translation>No. </translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Editorial:</source>
        <translation>&amp;Editorial:</translation>
    </message>
    <message>
        <source>Sections of this issue</source>
        <translation>Sections of this issue</translation>
    </message>
    <message>
        <source>Article &amp;title:</source>
        <translation>Article &amp;title:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article:</translation>
    </message>
    <message>
        <source>&amp;Save the issue</source>
        <translation>&amp;Save the issue</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>No. %1 · %2</translation>
    </message>
    <message>
        <source>Save the issue</source>
        <translation>Save the issue</translation>
    </message>
    <message>
        <source>Edit issue no. %1</source>
        <translation>Edit issue no. %1</translation>
    </message>
    <message>
        <source>New issue no. %1</source>
        <translation>New issue no. %1</translation>
    </message>
    <message>
        <source>Issue no. %1 saved.</source>
        <translation>Issue no. %1 saved.</translation>
    </message>
    <message>
        <source>Delete the issue</source>
        <translation>Delete the issue</translation>
    </message>
    <message>
        <source>Delete issue no. %1 of the Lettre de l&apos;ESS? You can undo it with Ctrl+Z.</source>
        <translation>Delete issue no. %1 of the Lettre de l&apos;ESS? You can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete issue no. %1</source>
        <translation>Delete issue no. %1</translation>
    </message>
    <message>
        <source>A tri-fold A4 brochure: the outside carries the flap that folds in, the back and the cover; the inside three panels. Blank lines part paragraphs; lines starting with “- ” are bullets.</source>
        <translation>A tri-fold A4 brochure: the outside carries the flap that folds in, the back and the cover; the inside three panels. Blank lines part paragraphs; lines starting with “- ” are bullets.</translation>
    </message>
    <message>
        <source>Outside, left (flap)</source>
        <translation>Outside, left (flap)</translation>
    </message>
    <message>
        <source>Outside, middle (back)</source>
        <translation>Outside, middle (back)</translation>
    </message>
    <message>
        <source>Outside, right (cover)</source>
        <translation>Outside, right (cover)</translation>
    </message>
    <message>
        <source>Inside, left</source>
        <translation>Inside, left</translation>
    </message>
    <message>
        <source>Inside, middle (key figures)</source>
        <translation>Inside, middle (key figures)</translation>
    </message>
    <message>
        <source>Inside, right</source>
        <translation>Inside, right</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Save the texts</source>
        <translation>&amp;Save the texts</translation>
    </message>
    <message>
        <source>Save the plaquette</source>
        <translation>Save the plaquette</translation>
    </message>
    <message>
        <source>Edit the plaquette</source>
        <translation>Edit the plaquette</translation>
    </message>
    <message>
        <source>The plaquette&apos;s texts are saved.</source>
        <translation>The plaquette&apos;s texts are saved.</translation>
    </message>
    <message>
        <source>The printed directory: a cover, the contents, every actor who accepts publication (only the contacts who accepted the guide), sorted by name, and an alphabetical index. Two columns on A4, one on A5: choose the paper in the page set-up.</source>
        <translation>The printed directory: a cover, the contents, every actor who accepts publication (only the contacts who accepted the guide), sorted by name, and an alphabetical index. Two columns on A4, one on A5: choose the paper in the page set-up.</translation>
    </message>
    <message>
        <source>By sector of activity</source>
        <translation>By sector of activity</translation>
    </message>
    <message>
        <source>By commune</source>
        <translation>By commune</translation>
    </message>
    <message>
        <source>&amp;Group the actors:</source>
        <translation>&amp;Group the actors:</translation>
    </message>
    <message>
        <source>Contacts who accept the Lettre de l&apos;ESS</source>
        <translation>Contacts who accept the Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>Actors who accept publication</source>
        <translation>Actors who accept publication</translation>
    </message>
    <message>
        <source>3 × 7 labels of 63.5 × 38.1 mm</source>
        <translation>3 × 7 labels of 63.5 × 38.1 mm</translation>
    </message>
    <message>
        <source>2 × 7 labels of 99.1 × 38.1 mm</source>
        <translation>2 × 7 labels of 99.1 × 38.1 mm</translation>
    </message>
    <message>
        <source>&amp;Addressees:</source>
        <translation>&amp;Addressees:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;First free label:</source>
        <translation>&amp;First free label:</translation>
    </message>
    <message>
        <source>Labels are counted across, then down, from the top-left one: start further on to finish a sheet already used.</source>
        <translation>Labels are counted across, then down, from the top-left one: start further on to finish a sheet already used.</translation>
    </message>
    <message>
        <source>The council&apos;s identity, set once for every document: mastheads, headers and footers. It is kept in the database, so it travels with the file.</source>
        <translation>The council&apos;s identity, set once for every document: mastheads, headers and footers. It is kept in the database, so it travels with the file.</translation>
    </message>
    <message>
        <source>Council &amp;name:</source>
        <translation>Council &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation>&amp;Contact line:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Main colour:</source>
        <translation>&amp;Main colour:</translation>
    </message>
    <message>
        <source>&amp;Second colour:</source>
        <translation>&amp;Second colour:</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Choose a &amp;logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Save the identity</source>
        <translation>&amp;Save the identity</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.svg *.png);;All files (*)</source>
        <translation>Images (*.svg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>“%1” is not an SVG or PNG image that Essaim can read. Choose another file.</source>
        <translation>“%1” is not an SVG or PNG image that Essaim can read. Choose another file.</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>Save the identity</translation>
    </message>
    <message>
        <source>Edit the visual identity</source>
        <translation>Edit the visual identity</translation>
    </message>
    <message>
        <source>The visual identity is saved: every document uses it from now on.</source>
        <translation>The visual identity is saved: every document uses it from now on.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” saved: %n page(s).</source>
        <translation>
            <numerusform>“%1” saved: %n page.</numerusform>
            <numerusform>“%1” saved: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the letter as HTML</source>
        <translation>Export the letter as HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>“%1” saved, images included: ready to send by e-mail.</source>
        <translation>“%1” saved, images included: ready to send by e-mail.</translation>
    </message>
    <message>
        <source>Page set-up remembered for this document.</source>
        <translation>Page set-up remembered for this document.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataLoader</name>
    <message>
        <source>the list of communes is missing</source>
        <translation>the list of communes is missing</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>the upgrade script for version %1 is missing</source>
        <translation>the upgrade script for version %1 is missing</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>version %1: %2</translation>
    </message>
</context>
<context>
    <name>SectorDialog</name>
    <message>
        <source>Sectors of activity</source>
        <translation>Sectors of activity</translation>
    </message>
    <message>
        <source>&amp;Add a sector</source>
        <translation>&amp;Add a sector</translation>
    </message>
    <message>
        <source>Add a &amp;sub-sector</source>
        <translation>Add a &amp;sub-sector</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>New sector</source>
        <translation>New sector</translation>
    </message>
    <message>
        <source>Select the sector that will hold the sub-sector first.</source>
        <translation>Select the sector that will hold the sub-sector first.</translation>
    </message>
    <message>
        <source>The sector could not be added (%1).</source>
        <translation>The sector could not be added (%1).</translation>
    </message>
    <message>
        <source>Colour of the sector</source>
        <translation>Colour of the sector</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: %2</source>
        <translation>“%1” cannot be removed: %2</translation>
    </message>
</context>
<context>
    <name>SectorStore</name>
    <message>
        <source>This sector has sub-sectors: move or remove them first.</source>
        <translation>This sector has sub-sectors: move or remove them first.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) belong to this sector: give them another sector first.</source>
        <translation>
            <numerusform>%n actor belongs to this sector: give it another sector first.</numerusform>
            <numerusform>%n actors belong to this sector: give them another sector first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectorTreeModel</name>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
</context>
</TS>
