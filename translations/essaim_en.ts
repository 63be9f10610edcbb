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
    <name>AgendaCommand</name>
    <message>
        <source>essaim: the date “%1” cannot be read; write it as 2026-03-31.</source>
        <translation>essaim: the date “%1” cannot be read; write it as 2026-03-31.</translation>
    </message>
    <message>
        <source>essaim: --to must not come before --from.</source>
        <translation>essaim: --to must not come before --from.</translation>
    </message>
    <message>
        <source>essaim: import events needs a file: “essaim --db FILE import events FILE.ics”.</source>
        <translation>essaim: import events needs a file: “essaim --db FILE import events FILE.ics”.</translation>
    </message>
    <message>
        <source>essaim: export needs a file to write: add -o FILE.</source>
        <translation>essaim: export needs a file to write: add -o FILE.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for events; use ics.</source>
        <translation>essaim: the format “%1” is not known for events; use ics.</translation>
    </message>
    <message>
        <source>essaim: agenda needs a period: add --from DATE --to DATE.</source>
        <translation>essaim: agenda needs a period: add --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for the agenda; use csv or ics.</source>
        <translation>essaim: the format “%1” is not known for the agenda; use csv or ics.</translation>
    </message>
    <message>
        <source>essaim: “%1” was not imported: %2</source>
        <translation>essaim: “%1” was not imported: %2</translation>
    </message>
    <message>
        <source>Warning: “%1” overlaps “%2” of %3 at the same place (%4).</source>
        <translation>Warning: “%1” overlaps “%2” of %3 at the same place (%4).</translation>
    </message>
    <message>
        <source>essaim: the events could not be written: %1. Nothing was imported.</source>
        <translation>essaim: the events could not be written: %1. Nothing was imported.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written.</source>
        <translation>Dry run, nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported</source>
        <translation>
            <numerusform>%n event imported</numerusform>
            <numerusform>%n events imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n defect(s) skipped</source>
        <translation>
            <numerusform>%n defect skipped</numerusform>
            <numerusform>%n defects skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n event exported to “%1”.</numerusform>
            <numerusform>%n events exported to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Search events…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coming up&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Edit event…</translation>
    </message>
    <message>
        <source>&amp;Registrations and attendance…</source>
        <translation>&amp;Registrations and attendance…</translation>
    </message>
    <message>
        <source>&amp;Cancel this occurrence</source>
        <translation>&amp;Cancel this occurrence</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Delete event…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Import iCalendar file…</source>
        <translation>&amp;Import iCalendar file…</translation>
    </message>
    <message>
        <source>E&amp;xport to iCalendar…</source>
        <translation>E&amp;xport to iCalendar…</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Double-click a day to add an event, an event to open it.</source>
        <translation>Double-click a day to add an event, an event to open it.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 to %3</translation>
    </message>
    <message>
        <source>%1 registered of %2 places</source>
        <translation>%1 registered of %2 places</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — capacity passed</source>
        <translation>%1 — capacity passed</translation>
    </message>
    <message>
        <source>Repeating event</source>
        <translation>Repeating event</translation>
    </message>
    <message>
        <source>This occurrence</source>
        <translation>This occurrence</translation>
    </message>
    <message>
        <source>This and the following</source>
        <translation>This and the following</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>The whole series</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was changed.</source>
        <translation>The change could not be saved (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <source>“%1” repeats. Change only this occurrence, this one and the following ones, or the whole series?</source>
        <translation>“%1” repeats. Change only this occurrence, this one and the following ones, or the whole series?</translation>
    </message>
    <message>
        <source>Change one occurrence of “%1”</source>
        <translation>Change one occurrence of “%1”</translation>
    </message>
    <message>
        <source>Change “%1” from %2 on</source>
        <translation>Change “%1” from %2 on</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Cancel “%1” of %2</source>
        <translation>Cancel “%1” of %2</translation>
    </message>
    <message>
        <source>Delete the whole series “%1” and its registrations? To drop one date only, cancel that occurrence instead.</source>
        <translation>Delete the whole series “%1” and its registrations? To drop one date only, cancel that occurrence instead.</translation>
    </message>
    <message>
        <source>Delete “%1” and its registrations?</source>
        <translation>Delete “%1” and its registrations?</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Registrations of “%1”</source>
        <translation>Registrations of “%1”</translation>
    </message>
    <message>
        <source>Import an iCalendar file</source>
        <translation>Import an iCalendar file</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar files (*.ics *.ical *.ifb);;All files (*)</translation>
    </message>
    <message>
        <source>“%1” was not imported, nothing was changed. %2</source>
        <translation>“%1” was not imported, nothing was changed. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) to import</source>
        <translation>
            <numerusform>%n event to import</numerusform>
            <numerusform>%n events to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Skipped:</translation>
    </message>
    <message>
        <source>The file holds no event.</source>
        <translation>The file holds no event.</translation>
    </message>
    <message>
        <source>Import?</source>
        <translation>Import?</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <source>agenda.ics</source>
        <translation>agenda.ics</translation>
    </message>
    <message>
        <source>Export to iCalendar</source>
        <translation>Export to iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n event exported to “%1”.</numerusform>
            <numerusform>%n events exported to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event &amp;types…</source>
        <translation>Event &amp;types…</translation>
    </message>
    <message>
        <source>“%1” overlaps “%2” of %3 at the same place (%4).</source>
        <translation>“%1” overlaps “%2” of %3 at the same place (%4).</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warning:</translation>
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
    <name>CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 to %3</translation>
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
        <source>First day of the period (2026-03-01).</source>
        <translation>First day of the period (2026-03-01).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the period (2026-03-31).</source>
        <translation>Last day of the period (2026-03-31).</translation>
    </message>
    <message>
        <source>Read and report, write nothing.</source>
        <translation>Read and report, write nothing.</translation>
    </message>
    <message>
        <source>demo: fill the database with the Sambre-Avesnois demo directory
check: check the database&apos;s integrity and schema
export actors --format csv|csv-rfc -o FILE: export the directory
import events FILE.ics [--dry-run]: import an iCalendar file into the agenda
export events --format ics [--from DATE --to DATE] -o FILE: export the agenda
agenda --from DATE --to DATE [--format csv|ics] [-o FILE]: list the occurrences of a period</source>
        <translation>demo: fill the database with the Sambre-Avesnois demo directory
check: check the database&apos;s integrity and schema
export actors --format csv|csv-rfc -o FILE: export the directory
import events FILE.ics [--dry-run]: import an iCalendar file into the agenda
export events --format ics [--from DATE --to DATE] -o FILE: export the agenda
agenda --from DATE --to DATE [--format csv|ics] [-o FILE]: list the occurrences of a period</translation>
    </message>
    <message>
        <source>essaim: import what? Write “essaim --db FILE import events FILE.ics”.</source>
        <translation>essaim: import what? Write “essaim --db FILE import events FILE.ics”.</translation>
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
    <name>DemoAgendaBuilder</name>
    <message>
        <source>The demo agenda could not be written: %1</source>
        <translation>The demo agenda could not be written: %1</translation>
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
    <name>EventDialog</name>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Public event (shown in exports and publications)</source>
        <translation>Public event (shown in exports and publications)</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source> times</source>
        <translation> times</translation>
    </message>
    <message>
        <source>Never ends</source>
        <translation>Never ends</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>Pa&amp;rtners:</source>
        <translation>Pa&amp;rtners:</translation>
    </message>
    <message>
        <source>Plan &amp;action:</source>
        <translation>Plan &amp;action:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repeats:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Every:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>On:</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>E&amp;nds:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Next:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Once, %1</source>
        <translation>Once, %1</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %1 is already taken by “%2” on %3.</source>
        <translation>
            <numerusform>Warning: %1 is already taken by “%2” on %3.</numerusform>
            <numerusform>Warning: %1 is already taken by “%2” on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other overlap(s).</source>
        <translation>
            <numerusform>%n other overlap.</numerusform>
            <numerusform>%n other overlaps.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>The event needs a title.</translation>
    </message>
</context>
<context>
    <name>EventTypesDialog</name>
    <message>
        <source>Event types</source>
        <translation>Event types</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>New type</translation>
    </message>
    <message>
        <source>Colour of the type</source>
        <translation>Colour of the type</translation>
    </message>
    <message>
        <source>Every type needs a name.</source>
        <translation>Every type needs a name.</translation>
    </message>
    <message>
        <source>There are two types called “%1”: give them different names.</source>
        <translation>There are two types called “%1”: give them different names.</translation>
    </message>
    <message>
        <source>The types could not be saved (%1).</source>
        <translation>The types could not be saved (%1).</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder.</source>
        <translation>The file “%1” cannot be written (%2). Choose another folder.</translation>
    </message>
</context>
<context>
    <name>IcsImporter</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened (%2). Check that it exists and that you may read it.</source>
        <translation>The file “%1” cannot be opened (%2). Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>the file is not in UTF-8: it was read as Latin-1, check the accents</source>
        <translation>the file is not in UTF-8: it was read as Latin-1, check the accents</translation>
    </message>
    <message>
        <source>this is not an iCalendar file (it should begin with BEGIN:VCALENDAR).</source>
        <translation>this is not an iCalendar file (it should begin with BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>“%1” is not a property (no colon); the line was skipped</source>
        <translation>“%1” is not a property (no colon); the line was skipped</translation>
    </message>
    <message>
        <source>content after END:VCALENDAR.</source>
        <translation>content after END:VCALENDAR.</translation>
    </message>
    <message>
        <source>a %1 component is not an event; it was skipped</source>
        <translation>a %1 component is not an event; it was skipped</translation>
    </message>
    <message>
        <source>END:%1 closes nothing.</source>
        <translation>END:%1 closes nothing.</translation>
    </message>
    <message>
        <source>END:%1 found where END:%2 (opened line %3) was expected.</source>
        <translation>END:%1 found where END:%2 (opened line %3) was expected.</translation>
    </message>
    <message>
        <source>“%1” stands outside any component.</source>
        <translation>“%1” stands outside any component.</translation>
    </message>
    <message>
        <source>the unknown property %1 was skipped</source>
        <translation>the unknown property %1 was skipped</translation>
    </message>
    <message>
        <source>an empty parameter in %1 was ignored</source>
        <translation>an empty parameter in %1 was ignored</translation>
    </message>
    <message>
        <source>the empty %1 was ignored</source>
        <translation>the empty %1 was ignored</translation>
    </message>
    <message>
        <source>the repeat rule “%1” cannot be read; the event was kept without repetition</source>
        <translation>the repeat rule “%1” cannot be read; the event was kept without repetition</translation>
    </message>
    <message>
        <source>EXRULE (dropped from RFC 5545) is not supported; it was skipped</source>
        <translation>EXRULE (dropped from RFC 5545) is not supported; it was skipped</translation>
    </message>
    <message>
        <source>the file ends before END:%1 (BEGIN:%1 on line %2): it is incomplete.</source>
        <translation>the file ends before END:%1 (BEGIN:%1 on line %2): it is incomplete.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>the calendar cannot be read.</source>
        <translation>the calendar cannot be read.</translation>
    </message>
    <message>
        <source>the time zone “%1” is not defined; its times were read as Paris times</source>
        <translation>the time zone “%1” is not defined; its times were read as Paris times</translation>
    </message>
    <message>
        <source>part of the event could not be read and was skipped (%1)</source>
        <translation>part of the event could not be read and was skipped (%1)</translation>
    </message>
    <message>
        <source>the event “%1” has no start (DTSTART); it was skipped</source>
        <translation>the event “%1” has no start (DTSTART); it was skipped</translation>
    </message>
    <message>
        <source>the start of the event “%1” cannot be read; it was skipped</source>
        <translation>the start of the event “%1” cannot be read; it was skipped</translation>
    </message>
    <message>
        <source>the end of the event “%1” is before its start; the event was given no length</source>
        <translation>the end of the event “%1” is before its start; the event was given no length</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>the event “%1” is marked cancelled; it was not imported</source>
        <translation>the event “%1” is marked cancelled; it was not imported</translation>
    </message>
    <message>
        <source>the event “%1” has several repeat rules; only the first was kept</source>
        <translation>the event “%1” has several repeat rules; only the first was kept</translation>
    </message>
    <message>
        <source>the UID “%1” appears twice; the first event was kept</source>
        <translation>the UID “%1” appears twice; the first event was kept</translation>
    </message>
    <message>
        <source>the change of one occurrence of “%1” has no series in the file; it was skipped</source>
        <translation>the change of one occurrence of “%1” has no series in the file; it was skipped</translation>
    </message>
    <message>
        <source>the event “%1” does not repeat; the change of one occurrence was skipped</source>
        <translation>the event “%1” does not repeat; the change of one occurrence was skipped</translation>
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
        <translation>all day</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This date differs from the rest of its series.</source>
        <translation>This date differs from the rest of its series.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
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
    <name>Recurrence</name>
    <message>
        <source>1st</source>
        <translation>1st</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2nd</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3rd</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4th</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Custom rule (%1)</source>
        <translation>Custom rule (%1)</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s) on %1</source>
        <translation>
            <numerusform>Every %n week on %1</numerusform>
            <numerusform>Every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>Every week on %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on day %1</source>
        <translation>
            <numerusform>Every %n month on day %1</numerusform>
            <numerusform>Every %n months on day %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month on day %1</source>
        <translation>Every month on day %1</translation>
    </message>
    <message numerus="yes">
        <source>The %1 %2 of every %n month(s)</source>
        <translation>
            <numerusform>The %1 %2 of every %n month</numerusform>
            <numerusform>The %1 %2 of every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 %2 of the month</source>
        <translation>The %1 %2 of the month</translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on %1</source>
        <translation>
            <numerusform>Every %n year on %1</numerusform>
            <numerusform>Every %n years on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year on %1</source>
        <translation>Every year on %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n time</numerusform>
            <numerusform>%1, %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, until %2</translation>
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
    <name>RegistrationsDialog</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Registrations — %1, %2</source>
        <translation>Registrations — %1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>Add &amp;contact</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>From the &amp;directory:</source>
        <translation>From the &amp;directory:</translation>
    </message>
    <message>
        <source>&amp;Someone else:</source>
        <translation>&amp;Someone else:</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 present, %2 excused, %3 absent</source>
        <translation>%1 present, %2 excused, %3 absent</translation>
    </message>
    <message>
        <source>Capacity passed: %1 registrations for %2 places.</source>
        <translation>Capacity passed: %1 registrations for %2 places.</translation>
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
