<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccompanimentCharts</name>
    <message>
        <source>Projects by stage: on %1, and entries during the period</source>
        <translation>Projects by stage: on %1, and entries during the period</translation>
    </message>
    <message>
        <source>Projects accompanied by sector</source>
        <translation>Projects accompanied by sector</translation>
    </message>
    <message>
        <source>Funding asked and granted by funder</source>
        <translation>Funding asked and granted by funder</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message>
        <source>Entered in the period</source>
        <translation>Entered in the period</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation>Other sectors</translation>
    </message>
    <message>
        <source>Projects accompanied</source>
        <translation>Projects accompanied</translation>
    </message>
    <message>
        <source>Other funders</source>
        <translation>Other funders</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Thousands of euros</source>
        <translation>Thousands of euros</translation>
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
        <translation>No sector</translation>
    </message>
    <message>
        <source>Outside the EPCIs of the territory</source>
        <translation>Outside the EPCIs of the territory</translation>
    </message>
</context>
<context>
    <name>AccompanimentReportDocument</name>
    <message>
        <source>Accompaniment report</source>
        <translation>Accompaniment report</translation>
    </message>
    <message>
        <source>Accompaniment of project holders</source>
        <translation>Accompaniment of project holders</translation>
    </message>
    <message>
        <source>Report from %1 to %2</source>
        <translation>Report from %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) accompanied</source>
        <translation>
            <numerusform>%n project(s) accompanied</numerusform>
            <numerusform>%n project(s) accompanied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n founded</source>
        <translation>
            <numerusform>%n founded</numerusform>
            <numerusform>%n founded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) expected</source>
        <translation>
            <numerusform>%n job(s) expected</numerusform>
            <numerusform>%n job(s) expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) created</source>
        <translation>
            <numerusform>%n job(s) created</numerusform>
            <numerusform>%n job(s) created</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 granted.</source>
        <translation>%1 granted.</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>By sector</translation>
    </message>
    <message>
        <source>By EPCI</source>
        <translation>By EPCI</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>Projects by stage</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message>
        <source>Entered in the period</source>
        <translation>Entered in the period</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Jobs expected</source>
        <translation>Jobs expected</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Jobs created</translation>
    </message>
    <message>
        <source>Funding asked and granted</source>
        <translation>Funding asked and granted</translation>
    </message>
    <message>
        <source>No funding request in the period.</source>
        <translation>No funding request in the period.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Calls for projects answered</source>
        <translation>Calls for projects answered</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request(s)</numerusform>
            <numerusform>%n request(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal of the period</source>
        <translation>Journal of the period</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n entries of the period; the %1 earlier ones are in the journals of the project sheets.</source>
        <translation>
            <numerusform>The latest %n entries of the period; the %1 earlier ones are in the journals of the project sheets.</numerusform>
            <numerusform>The latest %n entries of the period; the %1 earlier ones are in the journals of the project sheets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccompanimentSummary</name>
    <message>
        <source>&lt;b&gt;Accompaniment of project holders in %1&lt;/b&gt;: no project followed that year.</source>
        <translation>&lt;b&gt;Accompaniment of project holders in %1&lt;/b&gt;: no project followed that year.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accompaniment of project holders in %1&lt;/b&gt;: %2, %3, %4 expected, %5 created, %6 granted.</source>
        <translation>&lt;b&gt;Accompaniment of project holders in %1&lt;/b&gt;: %2, %3, %4 expected, %5 created, %6 granted.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) accompanied</source>
        <translation>
            <numerusform>%n project(s) accompanied</numerusform>
            <numerusform>%n project(s) accompanied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n founded</source>
        <translation>
            <numerusform>%n founded</numerusform>
            <numerusform>%n founded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job(s)</numerusform>
            <numerusform>%n job(s)</numerusform>
        </translation>
    </message>
</context>
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
        <source>“%1” in the yearly figures is not a number: type digits only, as 12 or 3,5.</source>
        <translation>“%1” in the yearly figures is not a number: type digits only, as 12 or 3,5.</translation>
    </message>
    <message>
        <source>“%1” is not an INSEE legal category: choose one in the list, or type its four-digit code.</source>
        <translation>“%1” is not an INSEE legal category: choose one in the list, or type its four-digit code.</translation>
    </message>
    <message>
        <source>Type the first letters of the commune, or its postcode</source>
        <translation>Type the first letters of the commune, or its postcode</translation>
    </message>
    <message>
        <source>%1 — outside the territory, %2</source>
        <translation>%1 — outside the territory, %2</translation>
    </message>
    <message>
        <source>%1 — outside the council&apos;s territory</source>
        <translation>%1 — outside the council&apos;s territory</translation>
    </message>
    <message>
        <source>not found in the national list of communes: the commune and postcode are kept as typed</source>
        <translation>not found in the national list of communes: the commune and postcode are kept as typed</translation>
    </message>
    <message>
        <source>Name of the actor (required)</source>
        <translation>Name of the actor (required)</translation>
    </message>
    <message>
        <source>The SIREN is its first nine digits: it is filled in as you type</source>
        <translation>The SIREN is its first nine digits: it is filled in as you type</translation>
    </message>
    <message>
        <source>Consents of the selected contact</source>
        <translation>Consents of the selected contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source (form, meeting, e-mail…)</source>
        <translation>Source (form, meeting, e-mail…)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Date and source below, under “Consents of the selected contact”</source>
        <translation>Date and source below, under “Consents of the selected contact”</translation>
    </message>
</context>
<context>
    <name>ActorGeoJsonExporter</name>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder or name.</source>
        <translation>The file “%1” cannot be written (%2). Choose another folder or name.</translation>
    </message>
    <message>
        <source>The file “%1” could not be saved (%2). Check the free space and try again.</source>
        <translation>The file “%1” could not be saved (%2). Check the free space and try again.</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>The file could not be written (%1).</translation>
    </message>
</context>
<context>
    <name>ActorImporter</name>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>The database cannot be written (%1).</translation>
    </message>
    <message>
        <source>The import could not be recorded (%1).</source>
        <translation>The import could not be recorded (%1).</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>The import was cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” could not be written (%3): nothing was imported.</source>
        <translation>Line %1 of “%2” could not be written (%3): nothing was imported.</translation>
    </message>
    <message>
        <source>The register data could not be written (%1): nothing was imported.</source>
        <translation>The register data could not be written (%1): nothing was imported.</translation>
    </message>
    <message>
        <source>The import could not be saved (%1): nothing was imported.</source>
        <translation>The import could not be saved (%1): nothing was imported.</translation>
    </message>
    <message>
        <source>The import could not be undone (%1).</source>
        <translation>The import could not be undone (%1).</translation>
    </message>
    <message>
        <source>The import could not be redone (%1).</source>
        <translation>The import could not be redone (%1).</translation>
    </message>
    <message>
        <source>%1 (original value): %2</source>
        <translation>%1 (original value): %2</translation>
    </message>
    <message>
        <source>%1 The field was left empty; the file&apos;s text is kept in the actor&apos;s notes.</source>
        <translation>%1 The field was left empty; the file&apos;s text is kept in the actor&apos;s notes.</translation>
    </message>
    <message>
        <source>%1 The yearly figures of this line were left out.</source>
        <translation>%1 The yearly figures of this line were left out.</translation>
    </message>
    <message>
        <source>The sector “%1” could not be created (%2): nothing was imported.</source>
        <translation>The sector “%1” could not be created (%2): nothing was imported.</translation>
    </message>
    <message>
        <source>The search index could not be written (%1): nothing was imported.</source>
        <translation>The search index could not be written (%1): nothing was imported.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>line %1 of %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 repeats %3 (%4):</source>
        <translation>Line %1 of %2 repeats %3 (%4):</translation>
    </message>
    <message>
        <source>skipped.</source>
        <translation>skipped.</translation>
    </message>
    <message>
        <source>its values were brought to the actor of that line.</source>
        <translation>its values were brought to the actor of that line.</translation>
    </message>
</context>
<context>
    <name>ActorSiteExporter</name>
    <message>
        <source>Directory of the social and solidarity economy</source>
        <translation>Directory of the social and solidarity economy</translation>
    </message>
    <message>
        <source>Published on %1 with Essaim. Only the structures that agreed to be published appear here.</source>
        <translation>Published on %1 with Essaim. Only the structures that agreed to be published appear here.</translation>
    </message>
    <message>
        <source>Back to the directory</source>
        <translation>Back to the directory</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>Created in</source>
        <translation>Created in</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>ESUS approval</source>
        <translation>ESUS approval</translation>
    </message>
    <message>
        <source>IAE agreement: %1</source>
        <translation>IAE agreement: %1</translation>
    </message>
    <message>
        <source>ESS charter signed</source>
        <translation>ESS charter signed</translation>
    </message>
    <message>
        <source>Accepts interns</source>
        <translation>Accepts interns</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>See %1 on OpenStreetMap</source>
        <translation>See %1 on OpenStreetMap</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2). Check the free space and try again.</source>
        <translation>The file “%1” could not be written (%2). Check the free space and try again.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created. Choose another place.</source>
        <translation>The folder “%1” could not be created. Choose another place.</translation>
    </message>
    <message>
        <source>No structure matches this search.</source>
        <translation>No structure matches this search.</translation>
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
        <translation>Directory of the ESS actors</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Name, activity, competency…</source>
        <translation>Name, activity, competency…</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>The site&apos;s style sheet is missing from this copy of Essaim. Reinstall Essaim.</source>
        <translation>The site&apos;s style sheet is missing from this copy of Essaim. Reinstall Essaim.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be replaced. Check that it is not open elsewhere.</source>
        <translation>The folder “%1” could not be replaced. Check that it is not open elsewhere.</translation>
    </message>
    <message>
        <source>The previous site in “%1” could not be replaced. Check that it is not open elsewhere.</source>
        <translation>The previous site in “%1” could not be replaced. Check that it is not open elsewhere.</translation>
    </message>
    <message>
        <source>The site could not be moved into “%1”. Check that the folder is not open elsewhere.</source>
        <translation>The site could not be moved into “%1”. Check that the folder is not open elsewhere.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Choose a folder for the site.</source>
        <translation>“%1” is a file, not a folder. Choose a folder for the site.</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty and holds no site made by Essaim. Choose an empty folder or a new name: Essaim does not write over other files.</source>
        <translation>The folder “%1” is not empty and holds no site made by Essaim. Choose an empty folder or a new name: Essaim does not write over other files.</translation>
    </message>
    <message>
        <source>The search needs JavaScript; the list of all the structures does not.</source>
        <translation>The search needs JavaScript; the list of all the structures does not.</translation>
    </message>
    <message>
        <source>List of all the structures</source>
        <translation>List of all the structures</translation>
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
    <message>
        <source>%1 (outside the territory)</source>
        <translation>%1 (outside the territory)</translation>
    </message>
</context>
<context>
    <name>ActorVCardExporter</name>
    <message>
        <source>The file “%1” cannot be written (%2). Choose another folder or name.</source>
        <translation>The file “%1” cannot be written (%2). Choose another folder or name.</translation>
    </message>
    <message>
        <source>The file “%1” could not be saved (%2). Check the free space and try again.</source>
        <translation>The file “%1” could not be saved (%2). Check the free space and try again.</translation>
    </message>
    <message>
        <source>Consent to the publication of these details given on %1.</source>
        <translation>Consent to the publication of these details given on %1.</translation>
    </message>
    <message>
        <source>Consent to the publication of these details given on %1 (%2).</source>
        <translation>Consent to the publication of these details given on %1 (%2).</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>The file could not be written (%1).</translation>
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
    <message>
        <source>The number “%1” was turned by the spreadsheet into a number in scientific notation, which keeps only its first digits. In the spreadsheet, format the column as text, type the numbers again (or take them from the original file), then save the file again.</source>
        <translation>The number “%1” was turned by the spreadsheet into a number in scientific notation, which keeps only its first digits. In the spreadsheet, format the column as text, type the numbers again (or take them from the original file), then save the file again.</translation>
    </message>
</context>
<context>
    <name>AddressLabelsPage</name>
    <message>
        <source>Contacts who accept the Lettre de l&apos;ESS</source>
        <translation>Contacts who accept the Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>Actors who accept publication</source>
        <translation>Actors who accept publication</translation>
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
        <source>%1 × %2 labels of %3 × %4 mm</source>
        <translation>%1 × %2 labels of %3 × %4 mm</translation>
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
    <message>
        <source>import events FILE.ics [--dry-run]: import an iCalendar file into the agenda
export events --format ics [--from DATE --to DATE] -o FILE: export the agenda
agenda --from DATE --to DATE [--format csv|ics] [-o FILE]: list the occurrences of a period</source>
        <translation>import events FILE.ics [--dry-run]: import an iCalendar file into the agenda
export events --format ics [--from DATE --to DATE] -o FILE: export the agenda
agenda --from DATE --to DATE [--format csv|ics] [-o FILE]: list the occurrences of a period</translation>
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
        <source>Double-click a day to add an event, an event to open it.</source>
        <translation>Double-click a day to add an event, an event to open it.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 to %3</translation>
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
    <message>
        <source>&amp;Attendance sheet…</source>
        <translation>&amp;Attendance sheet…</translation>
    </message>
    <message>
        <source>The feuille d&apos;émargement of the selected date: the registered, then blank lines</source>
        <translation>The feuille d&apos;émargement of the selected date: the registered, then blank lines</translation>
    </message>
    <message>
        <source>Event &amp;poster…</source>
        <translation>Event &amp;poster…</translation>
    </message>
    <message>
        <source>An A4 poster announcing the selected date</source>
        <translation>An A4 poster announcing the selected date</translation>
    </message>
    <message>
        <source>How far ahead the list goes</source>
        <translation>How far ahead the list goes</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Next 3 months</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Next 6 months</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Next year</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s)</source>
        <translation>
            <numerusform>%1 of %n place</numerusform>
            <numerusform>%1 of %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>Event “%1” created.</source>
        <translation>Event “%1” created.</translation>
    </message>
    <message>
        <source>“%1” changed on %2 only.</source>
        <translation>“%1” changed on %2 only.</translation>
    </message>
    <message>
        <source>“%1” changed from %2 on.</source>
        <translation>“%1” changed from %2 on.</translation>
    </message>
    <message>
        <source>Event “%1” changed.</source>
        <translation>Event “%1” changed.</translation>
    </message>
    <message>
        <source>“%1” of %2 cancelled.</source>
        <translation>“%1” of %2 cancelled.</translation>
    </message>
    <message>
        <source>Event “%1” deleted.</source>
        <translation>Event “%1” deleted.</translation>
    </message>
    <message>
        <source>Registrations of “%1” saved.</source>
        <translation>Registrations of “%1” saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported from “%1”.</source>
        <translation>
            <numerusform>%n event imported from “%1”.</numerusform>
            <numerusform>%n events imported from “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTaskReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Call for projects closes: %1</source>
        <translation>Call for projects closes: %1</translation>
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
    <message>
        <source>Attendance sheet — %1 — %2</source>
        <translation>Attendance sheet — %1 — %2</translation>
    </message>
    <message>
        <source>No registered participant.</source>
        <translation>No registered participant.</translation>
    </message>
</context>
<context>
    <name>AuditJournalDialog</name>
    <message>
        <source>Changes to the data of contact no. %1</source>
        <translation>Changes to the data of contact no. %1</translation>
    </message>
    <message>
        <source>Journal of personal data</source>
        <translation>Journal of personal data</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>User, field or detail</source>
        <translation>User, field or detail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Export to &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Export the journal</translation>
    </message>
    <message>
        <source>personal-data-journal.csv</source>
        <translation>personal-data-journal.csv</translation>
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
        <translation>The encrypted copy “%1” could not be written.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the backup key.</source>
        <translation>There is not enough memory to derive the backup key.</translation>
    </message>
    <message>
        <source>The encrypted copy “%1” could not be written (%2).</source>
        <translation>The encrypted copy “%1” could not be written (%2).</translation>
    </message>
    <message>
        <source>The backup copy “%1” cannot be read.</source>
        <translation>The backup copy “%1” cannot be read.</translation>
    </message>
    <message>
        <source>The backup copy is damaged: it is not a whole encrypted Essaim copy. Choose another copy.</source>
        <translation>The backup copy is damaged: it is not a whole encrypted Essaim copy. Choose another copy.</translation>
    </message>
    <message>
        <source>The backup copy is damaged: its header cannot be read. Choose another copy.</source>
        <translation>The backup copy is damaged: its header cannot be read. Choose another copy.</translation>
    </message>
    <message>
        <source>The decrypted copy could not be written next to the database (%1).</source>
        <translation>The decrypted copy could not be written next to the database (%1).</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup copy (or the copy is damaged). Check the passphrase and try again; nothing was changed.</source>
        <translation>The passphrase does not open this backup copy (or the copy is damaged). Check the passphrase and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup copy is damaged or cut short. Choose another copy; nothing was changed.</source>
        <translation>The backup copy is damaged or cut short. Choose another copy; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup copy is damaged: it goes on past its end. Choose another copy; nothing was changed.</source>
        <translation>The backup copy is damaged: it goes on past its end. Choose another copy; nothing was changed.</translation>
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
    <message>
        <source> — encrypted</source>
        <translation> — encrypted</translation>
    </message>
    <message>
        <source> — older than the last erasure: replace it</source>
        <translation> — older than the last erasure: replace it</translation>
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
    <message>
        <source>This backup copy is encrypted: give its passphrase to restore it. Nothing was changed.</source>
        <translation>This backup copy is encrypted: give its passphrase to restore it. Nothing was changed.</translation>
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
    <message>
        <source>A call for projects closes; double-click to see it in the Projects tab.</source>
        <translation>A call for projects closes; double-click to see it in the Projects tab.</translation>
    </message>
    <message>
        <source>A late next step of a project; double-click to open the project sheet.</source>
        <translation>A late next step of a project; double-click to open the project sheet.</translation>
    </message>
    <message>
        <source>A next step of a project; double-click to open the project sheet.</source>
        <translation>A next step of a project; double-click to open the project sheet.</translation>
    </message>
</context>
<context>
    <name>CallsCsvReader</name>
    <message>
        <source>Line %1: %2 Nothing was imported; correct the file and import it again.</source>
        <translation>Line %1: %2 Nothing was imported; correct the file and import it again.</translation>
    </message>
    <message>
        <source>the column “%1” is missing (expected: %2).</source>
        <translation>the column “%1” is missing (expected: %2).</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 fields where the header has %2.</translation>
    </message>
    <message>
        <source>the file holds no call for projects.</source>
        <translation>the file holds no call for projects.</translation>
    </message>
    <message>
        <source>a call needs a funder and a title.</source>
        <translation>a call needs a funder and a title.</translation>
    </message>
    <message>
        <source>“%1” is not an ESS family (%2).</source>
        <translation>“%1” is not an ESS family (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a date; write 2027-03-31 or 31/03/2027.</source>
        <translation>“%1” is not a date; write 2027-03-31 or 31/03/2027.</translation>
    </message>
    <message>
        <source>the closing date is empty.</source>
        <translation>the closing date is empty.</translation>
    </message>
    <message>
        <source>the call closes before it opens.</source>
        <translation>the call closes before it opens.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros; write 50 000 or 120 000,50.</source>
        <translation>“%1” is not an amount in euros; write 50 000 or 120 000,50.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>The list of changes to share could not be kept (%1). Make a backup, then run “essaim check”.</source>
        <translation>The list of changes to share could not be kept (%1). Make a backup, then run “essaim check”.</translation>
    </message>
</context>
<context>
    <name>ChangeTerritoryCommand</name>
    <message>
        <source>Change the territory</source>
        <translation>Change the territory</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the numbers of the chart as a table</source>
        <translation>Show the numbers of the chart as a table</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the table, to paste it into a spreadsheet</source>
        <translation>Copy the table, to paste it into a spreadsheet</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF, or its numbers as CSV</source>
        <translation>Save the chart as PNG, SVG or PDF, or its numbers as CSV</translation>
    </message>
    <message>
        <source>Double-click a row to open its actors in the directory</source>
        <translation>Double-click a row to open its actors in the directory</translation>
    </message>
    <message>
        <source>The table “%1” is on the clipboard.</source>
        <translation>The table “%1” is on the clipboard.</translation>
    </message>
    <message>
        <source>“%1” cannot be written (%2). Choose another folder.</source>
        <translation>“%1” cannot be written (%2). Choose another folder.</translation>
    </message>
    <message>
        <source>“%1” cannot be written. Choose another folder.</source>
        <translation>“%1” cannot be written. Choose another folder.</translation>
    </message>
    <message>
        <source>“%1” has no known ending: use .png, .svg, .pdf or .csv.</source>
        <translation>“%1” has no known ending: use .png, .svg, .pdf or .csv.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for French Excel (*.csv)</source>
        <translation>CSV for French Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Chart exported to “%1”.</source>
        <translation>Chart exported to “%1”.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check: check the database&apos;s integrity and schema</source>
        <translation>check: check the database&apos;s integrity and schema</translation>
    </message>
    <message>
        <source>essaim: the database “%1” has problems: %2</source>
        <translation>essaim: the database “%1” has problems: %2</translation>
    </message>
    <message numerus="yes">
        <source>The database “%1” is sound: schema version %2, %n actor(s).</source>
        <translation>
            <numerusform>The database “%1” is sound: schema version %2, %n actor(s).</numerusform>
            <numerusform>The database “%1” is sound: schema version %2, %n actor(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>essaim: %1</source>
        <translation>essaim: %1</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
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
        <source>Output format of export: csv (French Excel), csv-rfc (RFC 4180), vcf (vCard 4.0), geojson or html (static site).</source>
        <translation>Output format of export: csv (French Excel), csv-rfc (RFC 4180), vcf (vCard 4.0), geojson or html (static site).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>File to write (a folder for html).</source>
        <translation>File to write (a folder for html).</translation>
    </message>
    <message>
        <source>stats, print observatory: the year (default: the latest year with figures).</source>
        <translation>stats, print observatory: the year (default: the latest year with figures).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>stats, print observatory: all, an EPCI&apos;s SIREN, a commune&apos;s INSEE code or list:NAME.</source>
        <translation>stats, print observatory: all, an EPCI&apos;s SIREN, a commune&apos;s INSEE code or list:NAME.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>stats, print observatory: only this ESS family (association, cooperative…).</source>
        <translation>stats, print observatory: only this ESS family (association, cooperative…).</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILY</translation>
    </message>
    <message>
        <source>stats, print observatory: only this sector and its sub-sectors (name or number).</source>
        <translation>stats, print observatory: only this sector and its sub-sectors (name or number).</translation>
    </message>
    <message>
        <source>SECTOR</source>
        <translation>SECTOR</translation>
    </message>
    <message>
        <source>export plan: the plan to export (all plans when not given); print plan: the plan to report on.</source>
        <translation>export plan: the plan to export (all plans when not given); print plan: the plan to report on.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
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
        <source>Import: read and check everything, write nothing.</source>
        <translation>Import: read and check everything, write nothing.</translation>
    </message>
    <message>
        <source>Essaim, the desk of a local council of the social and solidarity economy.</source>
        <translation>Essaim, the desk of a local council of the social and solidarity economy.</translation>
    </message>
    <message>
        <source>[command ...]</source>
        <translation>[command ...]</translation>
    </message>
</context>
<context>
    <name>CommuneListDialog</name>
    <message>
        <source>Lists of communes</source>
        <translation>Lists of communes</translation>
    </message>
    <message>
        <source>Saved lists:</source>
        <translation>Saved lists:</translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation>&amp;New list</translation>
    </message>
    <message>
        <source>&amp;Delete list</source>
        <translation>&amp;Delete list</translation>
    </message>
    <message>
        <source>Name of the list, e.g. “Quartiers prioritaires”</source>
        <translation>Name of the list, e.g. “Quartiers prioritaires”</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n commune(s))</source>
        <translation>
            <numerusform>%1 (%n commune)</numerusform>
            <numerusform>%1 (%n communes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the list a name and tick at least one commune.</source>
        <translation>Give the list a name and tick at least one commune.</translation>
    </message>
    <message>
        <source>The list “%1” could not be saved (%2). Another list may have that name.</source>
        <translation>The list “%1” could not be saved (%2). Another list may have that name.</translation>
    </message>
    <message>
        <source>Delete the list “%1”? The communes stay.</source>
        <translation>Delete the list “%1”? The communes stay.</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>The conflict could not be resolved (%1). Make a backup, then run “essaim check”.</source>
        <translation>The conflict could not be resolved (%1). Make a backup, then run “essaim check”.</translation>
    </message>
    <message>
        <source>This record was deleted since the conflict: there is nothing to change any more.</source>
        <translation>This record was deleted since the conflict: there is nothing to change any more.</translation>
    </message>
    <message>
        <source>no such conflict</source>
        <translation>no such conflict</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(the whole record)</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>conflicts --format csv: the conflicts of the synchronisation that wait for a choice</source>
        <translation>conflicts --format csv: the conflicts of the synchronisation that wait for a choice</translation>
    </message>
    <message>
        <source>conflicts are listed as csv only (--format csv).</source>
        <translation>conflicts are listed as csv only (--format csv).</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s</source>
        <translation>Keep the &amp;server&apos;s</translation>
    </message>
    <message>
        <source>&amp;Other value…</source>
        <translation>&amp;Other value…</translation>
    </message>
    <message>
        <source>Conflicts of the synchronisation</source>
        <translation>Conflicts of the synchronisation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Server&apos;s value</translation>
    </message>
    <message>
        <source>Mine: who, when</source>
        <translation>Mine: who, when</translation>
    </message>
    <message>
        <source>Server&apos;s: who, when</source>
        <translation>Server&apos;s: who, when</translation>
    </message>
    <message>
        <source>The same field was changed here and by someone else. The record holds the server&apos;s value until you choose; your choice is sent to everyone at the next synchronisation.</source>
        <translation>The same field was changed here and by someone else. The record holds the server&apos;s value until you choose; your choice is sent to everyone at the next synchronisation.</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(the whole record)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Value of “%1”:</source>
        <translation>Value of “%1”:</translation>
    </message>
    <message>
        <source>Resolve the conflict on “%1”</source>
        <translation>Resolve the conflict on “%1”</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Keep the password in this computer&apos;s secret store</source>
        <translation>Keep the password in this computer&apos;s secret store</translation>
    </message>
    <message>
        <source>Connect to a shared server</source>
        <translation>Connect to a shared server</translation>
    </message>
    <message>
        <source>postgresql://server.example.org/council</source>
        <translation>postgresql://server.example.org/council</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>The council&apos;s coordinator gives you the server&apos;s address, your user name and your password. The first connection sends this council to an empty server, or receives the council&apos;s data into a new, empty database.</source>
        <translation>The council&apos;s coordinator gives you the server&apos;s address, your user name and your password. The first connection sends this council to an empty server, or receives the council&apos;s data into a new, empty database.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Write your user name on the server.</source>
        <translation>Write your user name on the server.</translation>
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
        <translation>Agrees to appear in the printed guide</translation>
    </message>
    <message>
        <source>Lettre</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Agrees to receive the Lettre de l&apos;ESS</source>
        <translation>Agrees to receive the Lettre de l&apos;ESS</translation>
    </message>
</context>
<context>
    <name>CouncilActions</name>
    <message>
        <source>New &amp;council…</source>
        <translation>New &amp;council…</translation>
    </message>
    <message>
        <source>&amp;Territory of the council…</source>
        <translation>&amp;Territory of the council…</translation>
    </message>
    <message>
        <source>Create the database of a council on its own territory, anywhere in France</source>
        <translation>Create the database of a council on its own territory, anywhere in France</translation>
    </message>
    <message>
        <source>Change the EPCIs, départements and communes the council covers</source>
        <translation>Change the EPCIs, départements and communes the council covers</translation>
    </message>
    <message>
        <source>council.essaim</source>
        <translation>council.essaim</translation>
    </message>
    <message>
        <source>New council</source>
        <translation>New council</translation>
    </message>
    <message numerus="yes">
        <source>The council’s database “%1” was created: %n commune(s), %2 inhabitants.</source>
        <translation>
            <numerusform>The council’s database “%1” was created: %n commune, %2 inhabitants.</numerusform>
            <numerusform>The council’s database “%1” was created: %n communes, %2 inhabitants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Territory of the council</source>
        <translation>Territory of the council</translation>
    </message>
    <message numerus="yes">
        <source>The territory now has %n commune(s), %1 inhabitants.</source>
        <translation>
            <numerusform>The territory now has %n commune, %1 inhabitants.</numerusform>
            <numerusform>The territory now has %n communes, %1 inhabitants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CouncilFactory</name>
    <message>
        <source>Unknown in the national list of communes and intercommunalities: %1. Check the codes (an EPCI by its SIREN, a département by its code, a commune by its INSEE code).</source>
        <translation>Unknown in the national list of communes and intercommunalities: %1. Check the codes (an EPCI by its SIREN, a département by its code, a commune by its INSEE code).</translation>
    </message>
    <message>
        <source>“%1” already exists and may hold a council: a new council is never written over a file. Choose another file name.</source>
        <translation>“%1” already exists and may hold a council: a new council is never written over a file. Choose another file name.</translation>
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
    <name>CsvActorReader</name>
    <message>
        <source>No column of “%1” gives the name of the structure: choose which column holds the name.</source>
        <translation>No column of “%1” gives the name of the structure: choose which column holds the name.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n cell(s) where the header has %1: a separator or a quote is probably missing or extra.</source>
        <translation>
            <numerusform>The line has %n cell where the header has %1: a separator or a quote is probably missing or extra.</numerusform>
            <numerusform>The line has %n cells where the header has %1: a separator or a quote is probably missing or extra.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>“%1” is not an INSEE legal category (four digits, as 9220).</source>
        <translation>“%1” is not an INSEE legal category (four digits, as 9220).</translation>
    </message>
    <message>
        <source>“%1” is not a date (31/12/2012 or 2012-12-31).</source>
        <translation>“%1” is not a date (31/12/2012 or 2012-12-31).</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (oui/non).</source>
        <translation>“%1” is not yes or no (oui/non).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” is not a whole number.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>“%1” is not an amount in euros.</translation>
    </message>
    <message>
        <source>%1 (original value): %2</source>
        <translation>%1 (original value): %2</translation>
    </message>
    <message>
        <source>Column “%1”: %2 The field was left empty; the file&apos;s text is kept in the actor&apos;s notes.</source>
        <translation>Column “%1”: %2 The field was left empty; the file&apos;s text is kept in the actor&apos;s notes.</translation>
    </message>
    <message>
        <source>“%1” is not an ESS family (association, coopérative, mutuelle, fondation or société commerciale de l&apos;ESS).</source>
        <translation>“%1” is not an ESS family (association, coopérative, mutuelle, fondation or société commerciale de l&apos;ESS).</translation>
    </message>
    <message>
        <source>the sector “%1” does not exist in the directory.</source>
        <translation>the sector “%1” does not exist in the directory.</translation>
    </message>
    <message>
        <source>“%1” is not a French postcode (five digits, as 59600).</source>
        <translation>“%1” is not a French postcode (five digits, as 59600).</translation>
    </message>
    <message>
        <source>the postcode %1 does not belong to %2 (%3).</source>
        <translation>the postcode %1 does not belong to %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” is neither a plausible year nor a date (31/12/2012 or 2012-12-31).</source>
        <translation>“%1” is neither a plausible year nor a date (31/12/2012 or 2012-12-31).</translation>
    </message>
    <message>
        <source>“%1” cannot be negative.</source>
        <translation>“%1” cannot be negative.</translation>
    </message>
    <message>
        <source>“%1” is not a plausible year: the figures are counted for %2.</source>
        <translation>“%1” is not a plausible year: the figures are counted for %2.</translation>
    </message>
    <message>
        <source>the e-mail address “%1” is not valid.</source>
        <translation>the e-mail address “%1” is not valid.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 holds a field longer than %2 characters: this is not a table that can be imported. Check that you chose the right file.</source>
        <translation>Line %1 holds a field longer than %2 characters: this is not a table that can be imported. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that begins on line %1: it is probably truncated, or a quote is missing. Check the file in a spreadsheet and save it again.</source>
        <translation>The file ends inside a quoted field that begins on line %1: it is probably truncated, or a quote is missing. Check the file in a spreadsheet and save it again.</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
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
    <name>DemoCommand</name>
    <message>
        <source>demo: fill the database with the Sambre-Avesnois demo directory</source>
        <translation>demo: fill the database with the Sambre-Avesnois demo directory</translation>
    </message>
    <message numerus="yes">
        <source>The demo directory was written to “%1”: %n actor(s).</source>
        <translation>
            <numerusform>The demo directory was written to “%1”: %n actor(s).</numerusform>
            <numerusform>The demo directory was written to “%1”: %n actor(s).</numerusform>
        </translation>
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
    <message>
        <source>The demo observatory figures could not be written to “%1”: %2</source>
        <translation>The demo observatory figures could not be written to “%1”: %2</translation>
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
        <translation>Whole territory</translation>
    </message>
</context>
<context>
    <name>DemoPlanBuilder</name>
    <message>
        <source>The demo plan %1 cannot be read: %2</source>
        <translation>The demo plan %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The demo plans could not be written: %1</source>
        <translation>The demo plans could not be written: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryExporter</name>
    <message numerus="yes">
        <source>%n actor(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n actor exported to “%1”.</numerusform>
            <numerusform>%n actors exported to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s) written to “%1”; contacts left out for want of consent to publication: %2.</source>
        <translation>
            <numerusform>%n contact card written to “%1”; contacts left out for want of consent to publication: %2.</numerusform>
            <numerusform>%n contact cards written to “%1”; contacts left out for want of consent to publication: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) placed on the map in “%1”; left out: %2 without consent to publication, %3 outside the reference communes.</source>
        <translation>
            <numerusform>%n actor placed on the map in “%1”; left out: %2 without consent to publication, %3 outside the reference communes.</numerusform>
            <numerusform>%n actors placed on the map in “%1”; left out: %2 without consent to publication, %3 outside the reference communes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site of %n actor(s) written to “%1”: open index.html; left out: %2 without consent to publication.</source>
        <translation>
            <numerusform>Site of %n actor written to “%1”: open index.html; left out: %2 without consent to publication.</numerusform>
            <numerusform>Site of %n actors written to “%1”: open index.html; left out: %2 without consent to publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>actors.csv</source>
        <translation>actors.csv</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>contacts.vcf</translation>
    </message>
    <message>
        <source>actors.geojson</source>
        <translation>actors.geojson</translation>
    </message>
    <message>
        <source>ess-directory</source>
        <translation>ess-directory</translation>
    </message>
    <message>
        <source>Replace the site?</source>
        <translation>Replace the site?</translation>
    </message>
    <message>
        <source>The folder “%1” holds a site exported earlier. Replace it with the actors shown now?</source>
        <translation>The folder “%1” holds a site exported earlier. Replace it with the actors shown now?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <source>Type an actor&apos;s name or acronym</source>
        <translation>Type an actor&apos;s name or acronym</translation>
    </message>
    <message>
        <source>Type a contact&apos;s or a structure&apos;s name</source>
        <translation>Type a contact&apos;s or a structure&apos;s name</translation>
    </message>
</context>
<context>
    <name>DirectorySnapshot</name>
    <message>
        <source>The directory could not be read (%1).</source>
        <translation>The directory could not be read (%1).</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>the database is not open</translation>
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
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
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
        <source>Show all actors</source>
        <translation>Show all actors</translation>
    </message>
    <message>
        <source>Observatory</source>
        <translation>Observatory</translation>
    </message>
    <message numerus="yes">
        <source>Filtered from the observatory: %1 (%n actor(s)).</source>
        <translation>
            <numerusform>Filtered from the observatory: %1 (%n actor).</numerusform>
            <numerusform>Filtered from the observatory: %1 (%n actors).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the observatory, %1 in %2: %3 (%n actor(s)).</source>
        <translation>
            <numerusform>From the observatory, %1 in %2: %3 (%n actor(s)).</numerusform>
            <numerusform>From the observatory, %1 in %2: %3 (%n actor(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in the list: the search or the filters hide it. It stays open here until you choose another actor.</source>
        <translation>“%1” is not in the list: the search or the filters hide it. It stays open here until you choose another actor.</translation>
    </message>
    <message>
        <source>“%1” (%2) is already in the directory (%3). Create “%4” anyway?</source>
        <translation>“%1” (%2) is already in the directory (%3). Create “%4” anyway?</translation>
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
    <message>
        <source>The database holds no yearly figures yet: add the actors&apos; figures in the directory before printing a portrait.</source>
        <translation>The database holds no yearly figures yet: add the actors&apos; figures in the directory before printing a portrait.</translation>
    </message>
    <message>
        <source>No figures were declared for %1: choose a year from %2 to %3.</source>
        <translation>No figures were declared for %1: choose a year from %2 to %3.</translation>
    </message>
    <message>
        <source>No actor counts in %1 in %2: choose another year or territory.</source>
        <translation>No actor counts in %1 in %2: choose another year or territory.</translation>
    </message>
    <message>
        <source>This plan no longer exists: choose another one.</source>
        <translation>This plan no longer exists: choose another one.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2: give the dates in order.</source>
        <translation>The period starts on %1, after its end on %2: give the dates in order.</translation>
    </message>
    <message>
        <source>The plan “%1” holds no action yet: there is no progress to report.</source>
        <translation>The plan “%1” holds no action yet: there is no progress to report.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no event with the identifier “%1” in the agenda.</source>
        <translation>There is no event with the identifier “%1” in the agenda.</translation>
    </message>
    <message>
        <source>“%1” has no date on %2: give one of its dates with --date.</source>
        <translation>“%1” has no date on %2: give one of its dates with --date.</translation>
    </message>
    <message>
        <source>“%1” has no date to print.</source>
        <translation>“%1” has no date to print.</translation>
    </message>
    <message>
        <source>This event no longer exists in the agenda.</source>
        <translation>This event no longer exists in the agenda.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>With %1</translation>
    </message>
    <message>
        <source>%1, counted from the projects over the plan&apos;s period</source>
        <translation>%1, counted from the projects over the plan&apos;s period</translation>
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
    <name>DocumentPrinter</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>“%1” could not be sent to the printer “%2”. Check that the printer is on and connected, then print again.</source>
        <translation>“%1” could not be sent to the printer “%2”. Check that the printer is on and connected, then print again.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>the printer</translation>
    </message>
</context>
<context>
    <name>DuplicateIndex</name>
    <message>
        <source>same SIRET</source>
        <translation>same SIRET</translation>
    </message>
    <message>
        <source>same SIREN</source>
        <translation>same SIREN</translation>
    </message>
    <message>
        <source>same RNA number</source>
        <translation>same RNA number</translation>
    </message>
    <message>
        <source>same name in the same commune</source>
        <translation>same name in the same commune</translation>
    </message>
</context>
<context>
    <name>EssClassifier</name>
    <message>
        <source>manual choice (%1) -&gt; %2</source>
        <translation>manual choice (%1) -&gt; %2</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>no note</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>flag O, legal category %1 -&gt; %2</source>
        <translation>flag O, legal category %1 -&gt; %2</translation>
    </message>
    <message>
        <source>legal category %1 %2, flag %3 -&gt; %4</source>
        <translation>legal category %1 %2, flag %3 -&gt; %4</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>cooperative</translation>
    </message>
    <message>
        <source>mutual society</source>
        <translation>mutual society</translation>
    </message>
    <message>
        <source>foundation</source>
        <translation>foundation</translation>
    </message>
    <message>
        <source>commercial ESS company</source>
        <translation>commercial ESS company</translation>
    </message>
    <message>
        <source>outside the ESS</source>
        <translation>outside the ESS</translation>
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
    <message>
        <source>Type a few letters of the organiser&apos;s name, then choose; empty the field for none.</source>
        <translation>Type a few letters of the organiser&apos;s name, then choose; empty the field for none.</translation>
    </message>
    <message>
        <source>Type a few letters of a partner&apos;s name, then choose: it joins the list below.</source>
        <translation>Type a few letters of a partner&apos;s name, then choose: it joins the list below.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Removes the partners selected in the list</source>
        <translation>Removes the partners selected in the list</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Every</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day(s)</numerusform>
            <numerusform>day(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week(s)</numerusform>
            <numerusform>week(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month(s)</numerusform>
            <numerusform>month(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>year(s)</numerusform>
            <numerusform>year(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a public holiday: %1.</source>
        <translation>
            <numerusform>On a public holiday: %1.</numerusform>
            <numerusform>On a public holiday: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of this event fall(s) on a public holiday: %1. Save anyway?</source>
        <translation>
            <numerusform>%n date(s) of this event fall(s) on a public holiday: %1. Save anyway?</numerusform>
            <numerusform>%n date(s) of this event fall(s) on a public holiday: %1. Save anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <comment>before a number of weeks</comment>
        <translation>&amp;Every</translation>
    </message>
    <message numerus="yes">
        <source>On the %n date(s) given</source>
        <translation>
            <numerusform>On the date given</numerusform>
            <numerusform>On the %n dates given</numerusform>
        </translation>
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
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%n actor(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n actor exported to “%1”.</numerusform>
            <numerusform>%n actors exported to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s) written to “%1”; contacts left out for want of consent to publication: %2.</source>
        <translation>
            <numerusform>%n contact card written to “%1”; contacts left out for want of consent to publication: %2.</numerusform>
            <numerusform>%n contact cards written to “%1”; contacts left out for want of consent to publication: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) placed on the map in “%1”; left out: %2 without consent to publication, %3 outside the reference communes.</source>
        <translation>
            <numerusform>%n actor placed on the map in “%1”; left out: %2 without consent to publication, %3 outside the reference communes.</numerusform>
            <numerusform>%n actors placed on the map in “%1”; left out: %2 without consent to publication, %3 outside the reference communes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site of %n actor(s) written to “%1”: open index.html; left out: %2 without consent to publication.</source>
        <translation>
            <numerusform>Site of %n actor written to “%1”: open index.html; left out: %2 without consent to publication.</numerusform>
            <numerusform>Site of %n actors written to “%1”: open index.html; left out: %2 without consent to publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for actors; use %2.</source>
        <translation>essaim: the format “%1” is not known for actors; use %2.</translation>
    </message>
    <message>
        <source>export actors --format csv|csv-rfc|vcf|geojson|html -o OUT: export the directory</source>
        <translation>export actors --format csv|csv-rfc|vcf|geojson|html -o OUT: export the directory</translation>
    </message>
    <message>
        <source>essaim: export what? Write “essaim --db FILE export actors --format csv -o FILE”.</source>
        <translation>essaim: export what? Write “essaim --db FILE export actors --format csv -o FILE”.</translation>
    </message>
    <message>
        <source>essaim: export needs a file to write: add -o FILE.</source>
        <translation>essaim: export needs a file to write: add -o FILE.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the actors shown</source>
        <translation>Export the actors shown</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) shown, after the search and the filters, in the order of the table.</source>
        <translation>
            <numerusform>%n actor shown, after the search and the filters, in the order of the table.</numerusform>
            <numerusform>%n actors shown, after the search and the filters, in the order of the table.</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard 4.0, for address books</source>
        <translation>vCard 4.0, for address books</translation>
    </message>
    <message>
        <source>The contacts of these actors who consented to the publication of their details.</source>
        <translation>The contacts of these actors who consented to the publication of their details.</translation>
    </message>
    <message>
        <source>GeoJSON, for uMap or GoGoCarto</source>
        <translation>GeoJSON, for uMap or GoGoCarto</translation>
    </message>
    <message>
        <source>The actors who consented to publication, placed at the centre of their commune.</source>
        <translation>The actors who consented to publication, placed at the centre of their commune.</translation>
    </message>
    <message>
        <source>Static web site of the public directory</source>
        <translation>Static web site of the public directory</translation>
    </message>
    <message>
        <source>A folder to put online or open as is: search, filters, one page per actor who consented to publication.</source>
        <translation>A folder to put online or open as is: search, filters, one page per actor who consented to publication.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Folder of the web site</source>
        <translation>Folder of the web site</translation>
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
        <translation>Spreadsheet for Excel (semicolon)</translation>
    </message>
    <message>
        <source>Every actor shown; opens as is in Excel set up in French (UTF-8 with BOM, columns parted by semicolons).</source>
        <translation>Every actor shown; opens as is in Excel set up in French (UTF-8 with BOM, columns parted by semicolons).</translation>
    </message>
    <message>
        <source>Standard spreadsheet (comma)</source>
        <translation>Standard spreadsheet (comma)</translation>
    </message>
    <message>
        <source>Every actor shown; for LibreOffice, a database or other tools (CSV RFC 4180: plain UTF-8, columns parted by commas).</source>
        <translation>Every actor shown; for LibreOffice, a database or other tools (CSV RFC 4180: plain UTF-8, columns parted by commas).</translation>
    </message>
</context>
<context>
    <name>FoundProjectCommand</name>
    <message>
        <source>Found “%1”</source>
        <translation>Found “%1”</translation>
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
    <name>GuideOptionsPage</name>
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
        <source>Print as an A5 &amp;booklet (two pages per A4 sheet, to fold)</source>
        <translation>Print as an A5 &amp;booklet (two pages per A4 sheet, to fold)</translation>
    </message>
    <message>
        <source>Print on both sides of the sheets, flipping on the short edge, then fold the stack in the middle.</source>
        <translation>Print on both sides of the sheets, flipping on the short edge, then fold the stack in the middle.</translation>
    </message>
</context>
<context>
    <name>HeadcountBand</name>
    <message>
        <source>No employee</source>
        <translation>No employee</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 and more</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln employee</numerusform>
            <numerusform>%Ln employees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Essaim user guide</source>
        <translation>Essaim user guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>%1 — Essaim user guide</source>
        <translation>%1 — Essaim user guide</translation>
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
        <source>part of the event could not be read and was skipped</source>
        <translation>part of the event could not be read and was skipped</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read as a date and time; it was skipped</source>
        <translation>the %1 value “%2” cannot be read as a date and time; it was skipped</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read as a duration; it was skipped</source>
        <translation>the %1 value “%2” cannot be read as a duration; it was skipped</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read as a number; it was skipped</source>
        <translation>the %1 value “%2” cannot be read as a number; it was skipped</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read as a latitude and longitude; it was skipped</source>
        <translation>the %1 value “%2” cannot be read as a latitude and longitude; it was skipped</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read as a repeat rule; it was skipped</source>
        <translation>the %1 value “%2” cannot be read as a repeat rule; it was skipped</translation>
    </message>
    <message>
        <source>the %1 value “%2” cannot be read; it was skipped</source>
        <translation>the %1 value “%2” cannot be read; it was skipped</translation>
    </message>
    <message>
        <source>the parameter “%1” cannot be read; it was ignored</source>
        <translation>the parameter “%1” cannot be read; it was ignored</translation>
    </message>
    <message>
        <source>the parameter “%1” of %2 cannot be read; it was ignored</source>
        <translation>the parameter “%1” of %2 cannot be read; it was ignored</translation>
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
    <message>
        <source>the repeat rule “%1” is refused (%2); the event was kept without repetition</source>
        <translation>the repeat rule “%1” is refused (%2); the event was kept without repetition</translation>
    </message>
</context>
<context>
    <name>ImportActorsCommand</name>
    <message numerus="yes">
        <source>import of %n actor(s)</source>
        <translation>
            <numerusform>import of %n actor</numerusform>
            <numerusform>import of %n actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>essaim: the import format “%1” is not known; use csv, sirene or rna.</source>
        <translation>essaim: the import format “%1” is not known; use csv, sirene or rna.</translation>
    </message>
    <message>
        <source>essaim: --on-duplicate takes skip, update, overwrite or create, not “%1”.</source>
        <translation>essaim: --on-duplicate takes skip, update, overwrite or create, not “%1”.</translation>
    </message>
    <message>
        <source>essaim: the encoding “%1” is not known; use UTF-8, Windows-1252, ISO-8859-15, UTF-16 or Mac Roman.</source>
        <translation>essaim: the encoding “%1” is not known; use UTF-8, Windows-1252, ISO-8859-15, UTF-16 or Mac Roman.</translation>
    </message>
    <message>
        <source>essaim: import needs at least one file: “essaim --db FILE import actors FILE...”.</source>
        <translation>essaim: import needs at least one file: “essaim --db FILE import actors FILE...”.</translation>
    </message>
    <message>
        <source>essaim: there is no saved column mapping named “%1”. Save one in the import wizard, or give a JSON file.</source>
        <translation>essaim: there is no saved column mapping named “%1”. Save one in the import wizard, or give a JSON file.</translation>
    </message>
    <message>
        <source> Nothing was imported.</source>
        <translation> Nothing was imported.</translation>
    </message>
    <message>
        <source>rejected: line %1 of %2: %3</source>
        <translation>rejected: line %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rejected line(s): add --report FILE for the full list.</source>
        <translation>
            <numerusform>… and %n more rejected line: add --report FILE for the full list.</numerusform>
            <numerusform>… and %n more rejected lines: add --report FILE for the full list.</numerusform>
        </translation>
    </message>
    <message>
        <source>family: %1 (%2): %3</source>
        <translation>family: %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>… and the family of %n more unit(s).</source>
        <translation>
            <numerusform>… and the family of %n more unit.</numerusform>
            <numerusform>… and the family of %n more units.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: line %1 of %2: %3</source>
        <translation>warning: line %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s): add --report FILE for the full list.</source>
        <translation>
            <numerusform>… and %n more warning(s): add --report FILE for the full list.</numerusform>
            <numerusform>… and %n more warning(s): add --report FILE for the full list.</numerusform>
        </translation>
    </message>
    <message>
        <source>import actors FILE... [--format csv|sirene|rna] [--mapping NAME] [--on-duplicate skip|update|overwrite|create] [--dry-run] [--report FILE]: import actors</source>
        <translation>import actors FILE... [--format csv|sirene|rna] [--mapping NAME] [--on-duplicate skip|update|overwrite|create] [--dry-run] [--report FILE]: import actors</translation>
    </message>
    <message>
        <source>Import: saved column mapping (preset name or JSON file).</source>
        <translation>Import: saved column mapping (preset name or JSON file).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Import: what to do with an actor already in the directory: skip, update (empty fields), overwrite or create.</source>
        <translation>Import: what to do with an actor already in the directory: skip, update (empty fields), overwrite or create.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Import: write the rejected lines and their reasons to this CSV file.</source>
        <translation>Import: write the rejected lines and their reasons to this CSV file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Import: encoding of the files (UTF-8, Windows-1252, ISO-8859-15, UTF-16, Mac Roman) when the guess is wrong.</source>
        <translation>Import: encoding of the files (UTF-8, Windows-1252, ISO-8859-15, UTF-16, Mac Roman) when the guess is wrong.</translation>
    </message>
    <message>
        <source>Import of RNA files: keep the associations outside the territory too.</source>
        <translation>Import of RNA files: keep the associations outside the territory too.</translation>
    </message>
    <message>
        <source>essaim: import what? Write “essaim --db FILE import actors|events|plan|calls FILE...”.</source>
        <translation>essaim: import what? Write “essaim --db FILE import actors|events|plan|calls FILE...”.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>ESS family</source>
        <translation>ESS family</translation>
    </message>
    <message>
        <source>Legal category (INSEE code)</source>
        <translation>Legal category (INSEE code)</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Legal status</translation>
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
        <translation>RNA number</translation>
    </message>
    <message>
        <source>NAF code</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Address (complement)</source>
        <translation>Address (complement)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Commune INSEE code</source>
        <translation>Commune INSEE code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Creation year or date</source>
        <translation>Creation year or date</translation>
    </message>
    <message>
        <source>Employer (yes/no)</source>
        <translation>Employer (yes/no)</translation>
    </message>
    <message>
        <source>Accepts interns (yes/no)</source>
        <translation>Accepts interns (yes/no)</translation>
    </message>
    <message>
        <source>ESS charter signed on</source>
        <translation>ESS charter signed on</translation>
    </message>
    <message>
        <source>IAE agreement</source>
        <translation>IAE agreement</translation>
    </message>
    <message>
        <source>ESUS approval (yes/no)</source>
        <translation>ESUS approval (yes/no)</translation>
    </message>
    <message>
        <source>Consent to publication (yes/no)</source>
        <translation>Consent to publication (yes/no)</translation>
    </message>
    <message>
        <source>Competencies (comma-separated)</source>
        <translation>Competencies (comma-separated)</translation>
    </message>
    <message>
        <source>Networks (comma-separated)</source>
        <translation>Networks (comma-separated)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Year of the figures</source>
        <translation>Year of the figures</translation>
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
        <source>Budget (euros)</source>
        <translation>Budget (euros)</translation>
    </message>
    <message>
        <source>Archived (yes/no)</source>
        <translation>Archived (yes/no)</translation>
    </message>
    <message>
        <source>Contact: first name</source>
        <translation>Contact: first name</translation>
    </message>
    <message>
        <source>Contact: last name</source>
        <translation>Contact: last name</translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation>Contact: role</translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation>Contact: e-mail</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Contact: phone</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Dry run, nothing was written: %1</source>
        <translation>Dry run, nothing was written: %1</translation>
    </message>
    <message>
        <source>new: %1 (%2)</source>
        <translation>new: %1 (%2)</translation>
    </message>
    <message>
        <source>closed: %1 (%2)</source>
        <translation>closed: %1 (%2)</translation>
    </message>
    <message>
        <source>active again: %1 (%2)</source>
        <translation>active again: %1 (%2)</translation>
    </message>
    <message>
        <source>name changed: %1 -&gt; %2 (%3)</source>
        <translation>name changed: %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>address changed: %1: %2 -&gt; %3</source>
        <translation>address changed: %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>headcount band changed: %1: %2 -&gt; %3</source>
        <translation>headcount band changed: %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>The report “%1” cannot be written (%2). Choose another folder.</source>
        <translation>The report “%1” cannot be written (%2). Choose another folder.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
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
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5.</source>
        <translation>%1, %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported with warnings</source>
        <translation>
            <numerusform>%n imported with warnings</numerusform>
            <numerusform>%n imported with warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>No file to import was given.</source>
        <translation>No file to import was given.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist or cannot be read. Check its name and folder.</source>
        <translation>The file “%1” does not exist or cannot be read. Check its name and folder.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in the file,</source>
        <translation>
            <numerusform>%n unit in the file,</numerusform>
            <numerusform>%n units in the file,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a head office outside the territory,</source>
        <translation>
            <numerusform>%n with a head office outside the territory,</numerusform>
            <numerusform>%n with a head office outside the territory,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the territory but outside the ESS.</source>
        <translation>
            <numerusform>%n in the territory but outside the ESS.</numerusform>
            <numerusform>%n in the territory but outside the ESS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n association(s) outside the territory were left aside.</source>
        <translation>
            <numerusform>%n association outside the territory was left aside.</numerusform>
            <numerusform>%n associations outside the territory were left aside.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column of “%1” matches a field of the directory (columns: %2). Name the columns as in the directory&apos;s export, or map them in the import wizard.</source>
        <translation>No column of “%1” matches a field of the directory (columns: %2). Name the columns as in the directory&apos;s export, or map them in the import wizard.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of “%1” matched no field of the directory and were not imported: %2. Map them in the import wizard, or with --mapping.</source>
        <translation>
            <numerusform>%n column of “%1” matched no field of the directory and was not imported: %2. Map it in the import wizard, or with --mapping.</numerusform>
            <numerusform>%n columns of “%1” matched no field of the directory and were not imported: %2. Map them in the import wizard, or with --mapping.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Update empty fields</source>
        <translation>Update empty fields</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>Import actors</source>
        <translation>Import actors</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or TSV, the two SIRENE stock files together, or RNA files.</source>
        <translation>A spreadsheet saved as CSV or TSV, the two SIRENE stock files together, or RNA files.</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Add a file…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV, TSV)</source>
        <translation>Spreadsheet (CSV, TSV)</translation>
    </message>
    <message>
        <source>SIRENE (StockUniteLegale and StockEtablissement)</source>
        <translation>SIRENE (StockUniteLegale and StockEtablissement)</translation>
    </message>
    <message>
        <source>RNA (rna_waldec, rna_import)</source>
        <translation>RNA (rna_waldec, rna_import)</translation>
    </message>
    <message>
        <source>Also keep the associations outside the territory</source>
        <translation>Also keep the associations outside the territory</translation>
    </message>
    <message>
        <source>&amp;Kind of file:</source>
        <translation>&amp;Kind of file:</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>How the file is read</translation>
    </message>
    <message>
        <source>Check the first rows as they will be read, and which field each column fills.</source>
        <translation>Check the first rows as they will be read, and which field each column fills.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Fills the field</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>Name of the mapping, e.g. CRESS</source>
        <translation>Name of the mapping, e.g. CRESS</translation>
    </message>
    <message>
        <source>&amp;Save the mapping</source>
        <translation>&amp;Save the mapping</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Se&amp;parator:</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>Saved &amp;mappings:</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Nothing is written yet: this is a dry run. Choose what to do with the actors already in the directory.</source>
        <translation>Nothing is written yet: this is a dry run. Choose what to do with the actors already in the directory.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Already in the directory</source>
        <translation>Already in the directory</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Export the rejected rows…</source>
        <translation>&amp;Export the rejected rows…</translation>
    </message>
    <message>
        <source>For every &amp;duplicate:</source>
        <translation>For every &amp;duplicate:</translation>
    </message>
    <message>
        <source>Changes since the last import of the register:</source>
        <translation>Changes since the last import of the register:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancel the import</translation>
    </message>
    <message>
        <source>Add a file to import</source>
        <translation>Add a file to import</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tables (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Add at least one file to import.</source>
        <translation>Add at least one file to import.</translation>
    </message>
    <message>
        <source>Choose the column that holds the name of the structure.</source>
        <translation>Choose the column that holds the name of the structure.</translation>
    </message>
    <message>
        <source>There is nothing to import: every row is skipped or rejected.</source>
        <translation>There is nothing to import: every row is skipped or rejected.</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>Nothing will be imported.</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2.</source>
        <translation>Read as %1, columns separated by %2.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <source>Give the mapping a name first, for instance the partner who sends the file.</source>
        <translation>Give the mapping a name first, for instance the partner who sends the file.</translation>
    </message>
    <message>
        <source>The mapping could not be saved (%1).</source>
        <translation>The mapping could not be saved (%1).</translation>
    </message>
    <message>
        <source>If you import now: %1</source>
        <translation>If you import now: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the rejected rows</source>
        <translation>Export the rejected rows</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>rejected-rows.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes this whole import back.</source>
        <translation>Edit &gt; Undo takes this whole import back.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>ESS family</source>
        <translation>ESS family</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Why the family is chosen by hand (e.g. SCIC in SAS form)</source>
        <translation>Why the family is chosen by hand (e.g. SCIC in SAS form)</translation>
    </message>
    <message>
        <source>&amp;Note for a family chosen by hand:</source>
        <translation>&amp;Note for a family chosen by hand:</translation>
    </message>
    <message>
        <source>Units kept and their ESS family:</source>
        <translation>Units kept and their ESS family:</translation>
    </message>
    <message>
        <source>Family chosen by hand</source>
        <translation>Family chosen by hand</translation>
    </message>
    <message>
        <source>Write first, in the note, why this family is chosen by hand: the note is shown as the reason at every later import.</source>
        <translation>Write first, in the note, why this family is chosen by hand: the note is shown as the reason at every later import.</translation>
    </message>
    <message>
        <source>The choice could not be saved (%1).</source>
        <translation>The choice could not be saved (%1).</translation>
    </message>
    <message>
        <source>Values the directory does not know</source>
        <translation>Values the directory does not know</translation>
    </message>
    <message>
        <source>No row is rejected for them: choose for each value an existing one, a new sector, or to leave the field empty (the file&apos;s text then goes to the actor&apos;s notes). The choices are saved with the mapping.</source>
        <translation>No row is rejected for them: choose for each value an existing one, a new sector, or to leave the field empty (the file&apos;s text then goes to the actor&apos;s notes). The choices are saved with the mapping.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>&amp;Save the mapping with these choices</source>
        <translation>&amp;Save the mapping with these choices</translation>
    </message>
    <message>
        <source>Leave empty (text kept in the notes)</source>
        <translation>Leave empty (text kept in the notes)</translation>
    </message>
    <message>
        <source>New sector “%1”</source>
        <translation>New sector “%1”</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rejected rows and warnings:</source>
        <translation>Rejected rows and warnings:</translation>
    </message>
    <message>
        <source>Imported, with a warning: %1</source>
        <translation>Imported, with a warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
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
    <message>
        <source>Calls for projects open</source>
        <translation>Calls for projects open</translation>
    </message>
    <message>
        <source>No call for projects is open at the date of this issue.</source>
        <translation>No call for projects is open at the date of this issue.</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <source>opens on %1</source>
        <translation>opens on %1</translation>
    </message>
    <message>
        <source>Closes on %1</source>
        <translation>Closes on %1</translation>
    </message>
</context>
<context>
    <name>LetterIssuesPage</name>
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
        <source>Calls for projects open</source>
        <translation>Calls for projects open</translation>
    </message>
    <message>
        <source>Free article</source>
        <translation>Free article</translation>
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
        <source>Sections of this issue</source>
        <translation>Sections of this issue</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>No. %1 · %2</translation>
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
        <source>Save the issue</source>
        <translation>Save the issue</translation>
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
</context>
<context>
    <name>LocalRecords</name>
    <message>
        <source>The local database refused a change from the server (%1). Make a backup, then run “essaim check”.</source>
        <translation>The local database refused a change from the server (%1). Make a backup, then run “essaim check”.</translation>
    </message>
    <message>
        <source>A record from the server points to another one not received yet.</source>
        <translation>A record from the server points to another one not received yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Essaim databases (*.essaim);;All files (*)</source>
        <translation>Essaim databases (*.essaim);;All files (*)</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import actors from a spreadsheet, SIRENE or the RNA</source>
        <translation>Import actors from a spreadsheet, SIRENE or the RNA</translation>
    </message>
    <message>
        <source>&amp;Observatory</source>
        <translation>&amp;Observatory</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Por&amp;trait of the territory…</source>
        <translation>Por&amp;trait of the territory…</translation>
    </message>
    <message>
        <source>Plan p&amp;rogress report…</source>
        <translation>Plan p&amp;rogress report…</translation>
    </message>
    <message>
        <source>Portrait of the territory</source>
        <translation>Portrait of the territory</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Event poster</source>
        <translation>Event poster</translation>
    </message>
    <message>
        <source>Print the &amp;guide of the actors…</source>
        <translation>Print the &amp;guide of the actors…</translation>
    </message>
    <message>
        <source>Print address &amp;labels…</source>
        <translation>Print address &amp;labels…</translation>
    </message>
    <message>
        <source>P&amp;rojects</source>
        <translation>P&amp;rojects</translation>
    </message>
    <message>
        <source>No database is open.
Use File &gt; New council to start the council of your territory, or File &gt; Open to open a database.</source>
        <translation>No database is open.
Use File &gt; New council to start the council of your territory, or File &gt; Open to open a database.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Essaim %1&lt;/h3&gt;&lt;p&gt;The desk of a local council of the social and solidarity economy: directory of actors, observatory, calendar, plan of action and publications.&lt;/p&gt;&lt;p&gt;Works on one computer, without a connection. Data stays in one file, backed up every day next to it.&lt;/p&gt;&lt;p&gt;Communes, intercommunalities, départements and régions: INSEE Code officiel géographique and DGCL, through @etalab/decoupage-administratif; centres of the communes: IGN – Admin Express. Licence Ouverte / Etalab.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Essaim %1&lt;/h3&gt;&lt;p&gt;The desk of a local council of the social and solidarity economy: directory of actors, observatory, calendar, plan of action and publications.&lt;/p&gt;&lt;p&gt;Works on one computer, without a connection. Data stays in one file, backed up every day next to it.&lt;/p&gt;&lt;p&gt;Communes, intercommunalities, départements and régions: INSEE Code officiel géographique and DGCL, through @etalab/decoupage-administratif; centres of the communes: IGN – Admin Express. Licence Ouverte / Etalab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>The guide of Essaim, at the page of the tab shown</source>
        <translation>The guide of Essaim, at the page of the tab shown</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Redone: %1.</translation>
    </message>
</context>
<context>
    <name>MobilisationSummary</name>
    <message>
        <source>&lt;b&gt;Mobilisation of the actors in %1&lt;/b&gt;: no registration in the agenda.</source>
        <translation>&lt;b&gt;Mobilisation of the actors in %1&lt;/b&gt;: no registration in the agenda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mobilisation of the actors in %1&lt;/b&gt; (from the agenda)</source>
        <translation>&lt;b&gt;Mobilisation of the actors in %1&lt;/b&gt; (from the agenda)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
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
        <translation>Actors reached</translation>
    </message>
</context>
<context>
    <name>NewCouncilWizard</name>
    <message>
        <source>New council</source>
        <translation>New council</translation>
    </message>
    <message>
        <source>The council</source>
        <translation>The council</translation>
    </message>
    <message>
        <source>Its name, address and logo head every document and the web site of the directory. They can be changed later in the Publications tab.</source>
        <translation>Its name, address and logo head every document and the web site of the directory. They can be changed later in the Publications tab.</translation>
    </message>
    <message>
        <source>Conseil local de l&apos;ESS du Pays de Grasse</source>
        <translation>Conseil local de l&apos;ESS du Pays de Grasse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>An SVG or PNG file (optional)</source>
        <translation>An SVG or PNG file (optional)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>The territory</source>
        <translation>The territory</translation>
    </message>
    <message>
        <source>Add the intercommunalities (EPCI), départements or single communes the council covers. Actors elsewhere in France can still be entered: they are shown as outside the territory.</source>
        <translation>Add the intercommunalities (EPCI), départements or single communes the council covers. Actors elsewhere in France can still be entered: they are shown as outside the territory.</translation>
    </message>
    <message>
        <source>Sambre-Avesnois &amp;demo</source>
        <translation>Sambre-Avesnois &amp;demo</translation>
    </message>
    <message>
        <source>The fictional council of Sambre-Avesnois (its four EPCIs), with its demo directory, agenda and plan.</source>
        <translation>The fictional council of Sambre-Avesnois (its four EPCIs), with its demo directory, agenda and plan.</translation>
    </message>
    <message>
        <source>Fill with the demo directory</source>
        <translation>Fill with the demo directory</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>Everything the council records stays in this one file, backed up every day next to it.</source>
        <translation>Everything the council records stays in this one file, backed up every day next to it.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Essaim databases (*.essaim)</source>
        <translation>Essaim databases (*.essaim)</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Database file:</translation>
    </message>
    <message>
        <source>Logo of the council</source>
        <translation>Logo of the council</translation>
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
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No reference figures: add them with “Reference figures…”.</source>
        <translation>No reference figures: add them with “Reference figures…”.</translation>
    </message>
    <message>
        <source>Sources — %1</source>
        <translation>Sources — %1</translation>
    </message>
    <message numerus="yes">
        <source>Hatched: estimated from the SIRENE headcount band of %n actor(s) without a declared headcount.</source>
        <translation>
            <numerusform>Hatched: estimated from the SIRENE headcount band of %n actor without a declared headcount.</numerusform>
            <numerusform>Hatched: estimated from the SIRENE headcount band of %n actors without a declared headcount.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: the directory, figures declared for %1.</source>
        <translation>Source: the directory, figures declared for %1.</translation>
    </message>
    <message numerus="yes">
        <source>Average score 0–3 of %n assessed actor(s).</source>
        <translation>
            <numerusform>Average score 0–3 of %n assessed actor.</numerusform>
            <numerusform>Average score 0–3 of %n assessed actors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: the directory, figures declared by the actors.</source>
        <translation>Source: the directory, figures declared by the actors.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Jobs estimated (bands)</source>
        <translation>Jobs estimated (bands)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 jobs, %n actor(s)</source>
        <translation>
            <numerusform>%1: %2 jobs, %n actor</numerusform>
            <numerusform>%1: %2 jobs, %n actors</numerusform>
        </translation>
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
        <source>ESS share of salaried employment (%)</source>
        <translation>ESS share of salaried employment (%)</translation>
    </message>
    <message>
        <source>%1: %2 % (%3, %4)</source>
        <translation>%1: %2 % (%3, %4)</translation>
    </message>
    <message>
        <source>%1: no reference figure</source>
        <translation>%1: no reference figure</translation>
    </message>
    <message>
        <source>% of salaried jobs</source>
        <translation>% of salaried jobs</translation>
    </message>
    <message>
        <source>Declared headcount</source>
        <translation>Declared headcount</translation>
    </message>
    <message>
        <source>SIRENE band (estimate)</source>
        <translation>SIRENE band (estimate)</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message>
        <source>employers of %1</source>
        <translation>employers of %1</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Employer actors</source>
        <translation>Employer actors</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n actor(s))</source>
        <translation>
            <numerusform>%1 (%n actor)</numerusform>
            <numerusform>%1 (%n actors)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message numerus="yes">
        <source>No actor was assessed in %1: the profile shown is that of %2, average score 0–3 of %n actor(s).</source>
        <translation>
            <numerusform>No actor was assessed in %1: the profile shown is that of %2, average score 0–3 of %n actor.</numerusform>
            <numerusform>No actor was assessed in %1: the profile shown is that of %2, average score 0–3 of %n actors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservatoryEngine</name>
    <message>
        <source>The actors could not be read for the observatory.</source>
        <translation>The actors could not be read for the observatory.</translation>
    </message>
    <message>
        <source>There is no saved list of communes called “%1”. Save it from the Observatoire tab first.</source>
        <translation>There is no saved list of communes called “%1”. Save it from the Observatoire tab first.</translation>
    </message>
    <message>
        <source>The territory “%1” is unknown: give “all”, the SIREN of an EPCI, the INSEE code of a commune, or list:NAME.</source>
        <translation>The territory “%1” is unknown: give “all”, the SIREN of an EPCI, the INSEE code of a commune, or list:NAME.</translation>
    </message>
    <message>
        <source>Whole territory</source>
        <translation>Whole territory</translation>
    </message>
    <message>
        <source>Family not given</source>
        <translation>Family not given</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>No sector</translation>
    </message>
    <message>
        <source>Size unknown</source>
        <translation>Size unknown</translation>
    </message>
    <message>
        <source>Directory %1 / %2</source>
        <translation>Directory %1 / %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>The ESS share of salaried employment, %1 %, cannot be true: the jobs declared by the actors (%2) exceed the territory&apos;s total salaried employment (%3, %4 %5). Check the headcounts of the biggest employers below, or the reference figure.</source>
        <translation>The ESS share of salaried employment, %1 %, cannot be true: the jobs declared by the actors (%2) exceed the territory&apos;s total salaried employment (%3, %4 %5). Check the headcounts of the biggest employers below, or the reference figure.</translation>
    </message>
    <message>
        <source>The ESS jobs of %1 (%2) exceed its total salaried employment: a share of %3 % cannot be true.</source>
        <translation>The ESS jobs of %1 (%2) exceed its total salaried employment: a share of %3 % cannot be true.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) declare far more jobs than their SIRENE headcount band allows (more than twice its upper bound): a typing mistake, hours counted as people, or the jobs of a whole group?</source>
        <translation>
            <numerusform>%n actor(s) declare far more jobs than their SIRENE headcount band allows (more than twice its upper bound): a typing mistake, hours counted as people, or the jobs of a whole group?</numerusform>
            <numerusform>%n actor(s) declare far more jobs than their SIRENE headcount band allows (more than twice its upper bound): a typing mistake, hours counted as people, or the jobs of a whole group?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservatoryTab</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Full screen, one chart per screen; arrows and Page Up/Down move, Esc leaves (F5)</source>
        <translation>Full screen, one chart per screen; arrows and Page Up/Down move, Esc leaves (F5)</translation>
    </message>
    <message>
        <source>&amp;Reference figures…</source>
        <translation>&amp;Reference figures…</translation>
    </message>
    <message>
        <source>Employment totals and published ESS figures per territory and year, with their sources</source>
        <translation>Employment totals and published ESS figures per territory and year, with their sources</translation>
    </message>
    <message>
        <source>Lists of &amp;communes…</source>
        <translation>Lists of &amp;communes…</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Employer actors</source>
        <translation>Employer actors</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
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
        <source>Share of salaried employment</source>
        <translation>Share of salaried employment</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Territory:</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>Whole territory</source>
        <translation>Whole territory</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>List: %1</translation>
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
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message numerus="yes">
        <source>Estimate, not included above: about %1 more jobs from the SIRENE headcount bands of %n actor(s) that declared no headcount for %2.</source>
        <translation>
            <numerusform>Estimate, not included above: about %1 more jobs from the SIRENE headcount bands of %n actor that declared no headcount for %2.</numerusform>
            <numerusform>Estimate, not included above: about %1 more jobs from the SIRENE headcount bands of %n actors that declared no headcount for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) declared no headcount for %1 and have no SIRENE band: their jobs are unknown.</source>
        <translation>
            <numerusform>%n actor declared no headcount for %1 and has no SIRENE band: its jobs are unknown.</numerusform>
            <numerusform>%n actors declared no headcount for %1 and have no SIRENE band: their jobs are unknown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every actor counted declared its headcount for %1.</source>
        <translation>Every actor counted declared its headcount for %1.</translation>
    </message>
    <message>
        <source>Share: %1 declared jobs out of %2 salaried jobs (%3, %4).</source>
        <translation>Share: %1 declared jobs out of %2 salaried jobs (%3, %4).</translation>
    </message>
    <message>
        <source>Share unknown: the salaried employment of %1 is not among the reference figures.</source>
        <translation>Share unknown: the salaried employment of %1 is not among the reference figures.</translation>
    </message>
    <message>
        <source>Year the social utility profile is compared with</source>
        <translation>Year the social utility profile is compared with</translation>
    </message>
    <message>
        <source>Grid compared with:</source>
        <translation>Grid compared with:</translation>
    </message>
    <message>
        <source>previous grid</source>
        <translation>previous grid</translation>
    </message>
    <message>
        <source>Print the &amp;portrait of the territory…</source>
        <translation>Print the &amp;portrait of the territory…</translation>
    </message>
    <message>
        <source>The observatory&apos;s report for the year and territory shown: figures, charts, tables and sources</source>
        <translation>The observatory&apos;s report for the year and territory shown: figures, charts, tables and sources</translation>
    </message>
    <message>
        <source>Doubtful figure: %1</source>
        <translation>Doubtful figure: %1</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n actor(s)</source>
        <translation>
            <numerusform>Show the %n actor(s)</numerusform>
            <numerusform>Show the %n actor(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Doubtful figure</source>
        <translation>Doubtful figure</translation>
    </message>
    <message>
        <source>Doubtful: see the warning below the key figures.</source>
        <translation>Doubtful: see the warning below the key figures.</translation>
    </message>
</context>
<context>
    <name>ObservatoryTableModel</name>
    <message>
        <source>Actors and jobs by family</source>
        <translation>Actors and jobs by family</translation>
    </message>
    <message>
        <source>Jobs by sector</source>
        <translation>Jobs by sector</translation>
    </message>
    <message>
        <source>Evolution over the years</source>
        <translation>Evolution over the years</translation>
    </message>
    <message>
        <source>ESS share of salaried employment</source>
        <translation>ESS share of salaried employment</translation>
    </message>
    <message>
        <source>Employer actors by size</source>
        <translation>Employer actors by size</translation>
    </message>
    <message>
        <source>Social utility profile</source>
        <translation>Social utility profile</translation>
    </message>
    <message>
        <source>Figures by EPCI</source>
        <translation>Figures by EPCI</translation>
    </message>
    <message>
        <source>Midpoints of the SIRENE headcount bands of the actors that declared no headcount: an estimate, not added to the jobs.</source>
        <translation>Midpoints of the SIRENE headcount bands of the actors that declared no headcount: an estimate, not added to the jobs.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Size band</source>
        <translation>Size band</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Employer actors</source>
        <translation>Employer actors</translation>
    </message>
    <message>
        <source>Jobs (declared)</source>
        <translation>Jobs (declared)</translation>
    </message>
    <message>
        <source>Jobs estimated from bands</source>
        <translation>Jobs estimated from bands</translation>
    </message>
    <message>
        <source>Actors estimated</source>
        <translation>Actors estimated</translation>
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
        <source>ESS share of employment</source>
        <translation>ESS share of employment</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Earlier year</source>
        <translation>Earlier year</translation>
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
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>closes</source>
        <translation>closes</translation>
    </message>
    <message>
        <source>Next step of a project</source>
        <translation>Next step of a project</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <source>Late: this next step was due on %1.</source>
        <translation>Late: this next step was due on %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted backup</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <source>The copy “%1” is encrypted. Its passphrase:</source>
        <translation>The copy “%1” is encrypted. Its passphrase:</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>A person&apos;s data</source>
        <translation>A person&apos;s data</translation>
    </message>
    <message>
        <source>Name, e-mail or phone (accents and case ignored)</source>
        <translation>Name, e-mail or phone (accents and case ignored)</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Everything held (&amp;PDF)…</source>
        <translation>Everything held (&amp;PDF)…</translation>
    </message>
    <message>
        <source>For portability (&amp;JSON)…</source>
        <translation>For portability (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Withdraw from the &amp;guide</source>
        <translation>Withdraw from the &amp;guide</translation>
    </message>
    <message>
        <source>Withdraw from the &amp;Lettre</source>
        <translation>Withdraw from the &amp;Lettre</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Erase…</translation>
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation>&amp;Changes…</translation>
    </message>
    <message>
        <source>%1 (registration only)</source>
        <translation>%1 (registration only)</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Nobody found.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s), </source>
        <translation>
            <numerusform>%n registration, </numerusform>
            <numerusform>%n registrations, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s) piloted, </source>
        <translation>
            <numerusform>%n plan action piloted, </numerusform>
            <numerusform>%n plan actions piloted, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entr(ies) naming the person.</source>
        <translation>
            <numerusform>%n journal entry names the person.</numerusform>
            <numerusform>%n journal entries name the person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything held about a person</source>
        <translation>Everything held about a person</translation>
    </message>
    <message>
        <source>personal-data.pdf</source>
        <translation>personal-data.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A person&apos;s data for portability</source>
        <translation>A person&apos;s data for portability</translation>
    </message>
    <message>
        <source>personal-data.json</source>
        <translation>personal-data.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>withdrawn at the person&apos;s request</source>
        <translation>withdrawn at the person&apos;s request</translation>
    </message>
    <message>
        <source>The withdrawal could not be saved (%1).</source>
        <translation>The withdrawal could not be saved (%1).</translation>
    </message>
    <message>
        <source>Withdraw the consent of %1</source>
        <translation>Withdraw the consent of %1</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Erase a person</translation>
    </message>
    <message>
        <source>Erase %1 everywhere? Name, e-mail, phone and consents are removed; registrations stay as anonymous counts. Edit &gt; Undo can bring the person back until Essaim is closed; after that the erasure is final.</source>
        <translation>Erase %1 everywhere? Name, e-mail, phone and consents are removed; registrations stay as anonymous counts. Edit &gt; Undo can bring the person back until Essaim is closed; after that the erasure is final.</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Erase %1</translation>
    </message>
</context>
<context>
    <name>PersonDossierDocument</name>
    <message>
        <source>Personal data held</source>
        <translation>Personal data held</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Personal data held about %1</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
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
        <translation>Printed guide and public directory</translation>
    </message>
    <message>
        <source>Lettre de l&apos;ESS</source>
        <translation>Lettre de l&apos;ESS</translation>
    </message>
    <message>
        <source>History of the consents</source>
        <translation>History of the consents</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Registrations and attendance</source>
        <translation>Registrations and attendance</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan actions piloted</source>
        <translation>Plan actions piloted</translation>
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
        <translation>Journal entries naming the person</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Changes recorded</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Projects held (accompaniment)</source>
        <translation>Projects held (accompaniment)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <source>Exchanges of the accompaniment naming the person</source>
        <translation>Exchanges of the accompaniment naming the person</translation>
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
        <translation>Next step</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>The personal data could not be changed (%1). Nothing was changed.</source>
        <translation>The personal data could not be changed (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2). Choose another folder.</source>
        <translation>The file “%1” could not be written (%2). Choose another folder.</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>There is no contact number %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) kept anonymous</source>
        <translation>
            <numerusform>%n registration kept anonymous</numerusform>
            <numerusform>%n registrations kept anonymous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entr(ies) cleared</source>
        <translation>
            <numerusform>%n journal entry cleared</numerusform>
            <numerusform>%n journal entries cleared</numerusform>
        </translation>
    </message>
    <message>
        <source>The erasure could not be saved (%1). Nothing was changed.</source>
        <translation>The erasure could not be saved (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no registration number %1 without a contact.</source>
        <translation>There is no registration number %1 without a contact.</translation>
    </message>
    <message>
        <source>The erased data could not be put back (%1).</source>
        <translation>The erased data could not be put back (%1).</translation>
    </message>
    <message>
        <source>The withdrawal could not be saved (%1).</source>
        <translation>The withdrawal could not be saved (%1).</translation>
    </message>
    <message>
        <source>The erasure was saved, but the file could not be compacted (%1): close Essaim and open it again to finish.</source>
        <translation>The erasure was saved, but the file could not be compacted (%1): close Essaim and open it again to finish.</translation>
    </message>
</context>
<context>
    <name>PersonalDataJournal</name>
    <message>
        <source>creation</source>
        <translation>creation</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>erasure</translation>
    </message>
    <message>
        <source>erasure undone</source>
        <translation>erasure undone</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>kept past retention</source>
        <translation>kept past retention</translation>
    </message>
    <message>
        <source>The journal could not be written to “%1” (%2). Choose another folder.</source>
        <translation>The journal could not be written to “%1” (%2). Choose another folder.</translation>
    </message>
    <message>
        <source>keeping undone</source>
        <translation>keeping undone</translation>
    </message>
    <message>
        <source>public output</source>
        <translation>public output</translation>
    </message>
</context>
<context>
    <name>PlanActionEditor</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>A contact of the directory; a name typed here that is not in the directory is kept as text.</source>
        <translation>A contact of the directory; a name typed here that is not in the directory is kept as text.</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Pilot:</translation>
    </message>
    <message>
        <source>Type an actor&apos;s name, then Enter</source>
        <translation>Type an actor&apos;s name, then Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Other partners, not in the directory (separated by ;)</source>
        <translation>Other partners, not in the directory (separated by ;)</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Means:</source>
        <translation>&amp;Means:</translation>
    </message>
    <message>
        <source>spent:</source>
        <translation>spent:</translation>
    </message>
    <message>
        <source>Budget planned:</source>
        <translation>Budget planned:</translation>
    </message>
    <message>
        <source>volunteers:</source>
        <translation>volunteers:</translation>
    </message>
    <message>
        <source>Staff hours:</source>
        <translation>Staff hours:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
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
        <source>Add an indicator</source>
        <translation>Add an indicator</translation>
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
        <translation>Who</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Add an entry</translation>
    </message>
    <message>
        <source>Calendar events:</source>
        <translation>Calendar events:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No calendar event is linked to this item.</source>
        <translation>No calendar event is linked to this item.</translation>
    </message>
    <message>
        <source>No actor of the directory is called “%1”. Partners outside the directory go in the line below.</source>
        <translation>No actor of the directory is called “%1”. Partners outside the directory go in the line below.</translation>
    </message>
    <message>
        <source>The title is empty: give the item a title.</source>
        <translation>The title is empty: give the item a title.</translation>
    </message>
    <message>
        <source>A journal entry has no valid date: write it as 2012-06-15.</source>
        <translation>A journal entry has no valid date: write it as 2012-06-15.</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>“%1” saved.</translation>
    </message>
    <message>
        <source>Type a contact&apos;s name</source>
        <translation>Type a contact&apos;s name</translation>
    </message>
    <message>
        <source>Due %1 and not done on %2</source>
        <translation>Due %1 and not done on %2</translation>
    </message>
    <message>
        <source>“%1” goes from “%2” to “%3”. Write a note about it in the journal?</source>
        <translation>“%1” goes from “%2” to “%3”. Write a note about it in the journal?</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>A month (June 2012) or a day (15 June 2012), in words or as 2012-06 and 2012-06-15.</source>
        <translation>A month (June 2012) or a day (15 June 2012), in words or as 2012-06 and 2012-06-15.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write a month as June 2012 (or 2012-06), a day as 15 June 2012 (or 2012-06-15).</source>
        <translation>“%1” is not a date: write a month as June 2012 (or 2012-06), a day as 15 June 2012 (or 2012-06-15).</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). Nothing was changed; try again.</source>
        <translation>“%1” could not be saved (%2). Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Typed by hand, or counted from the accompaniment of projects over the plan&apos;s period and kept up to date.</source>
        <translation>Typed by hand, or counted from the accompaniment of projects over the plan&apos;s period and kept up to date.</translation>
    </message>
    <message>
        <source>Counted from the projects over the plan&apos;s period; updated by itself.</source>
        <translation>Counted from the projects over the plan&apos;s period; updated by itself.</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>essaim: import plan needs one outline file: write “essaim --db FILE import plan OUTLINE.txt”.</source>
        <translation>essaim: import plan needs one outline file: write “essaim --db FILE import plan OUTLINE.txt”.</translation>
    </message>
    <message>
        <source>essaim: export plan needs a file to write: add -o FILE.</source>
        <translation>essaim: export plan needs a file to write: add -o FILE.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for plans; use outline or csv.</source>
        <translation>essaim: the format “%1” is not known for plans; use outline or csv.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from “%1”: %2 (%n item(s)).</source>
        <translation>
            <numerusform>Imported from “%1”: %2 (%n item).</numerusform>
            <numerusform>Imported from “%1”: %2 (%n items).</numerusform>
        </translation>
    </message>
    <message>
        <source>essaim: the database holds no plan to export; import one with “import plan OUTLINE.txt”.</source>
        <translation>essaim: the database holds no plan to export; import one with “import plan OUTLINE.txt”.</translation>
    </message>
    <message>
        <source>essaim: there is no plan named “%1”; the plans are: %2.</source>
        <translation>essaim: there is no plan named “%1”; the plans are: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n plan exported to “%1”.</numerusform>
            <numerusform>%n plans exported to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>essaim: export plan needs a format: add --format outline or --format csv.</source>
        <translation>essaim: export plan needs a format: add --format outline or --format csv.</translation>
    </message>
    <message>
        <source>import plan OUTLINE.txt: import a plan of action from an indented outline
export plan [--plan NAME] --format outline|csv -o FILE: export plans of action</source>
        <translation>import plan OUTLINE.txt: import a plan of action from an indented outline
export plan [--plan NAME] --format outline|csv -o FILE: export plans of action</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Create the plan “%1”</source>
        <translation>Create the plan “%1”</translation>
    </message>
    <message>
        <source>Edit the plan “%1”</source>
        <translation>Edit the plan “%1”</translation>
    </message>
    <message>
        <source>Delete the plan “%1”</source>
        <translation>Delete the plan “%1”</translation>
    </message>
</context>
<context>
    <name>PlanExporter</name>
    <message>
        <source>The plan could not be written to “%1” (%2). Choose another folder or file name.</source>
        <translation>The plan could not be written to “%1” (%2). Choose another folder or file name.</translation>
    </message>
</context>
<context>
    <name>PlanImporter</name>
    <message>
        <source>The plan in “%1” was not imported, nothing was changed:
%2</source>
        <translation>The plan in “%1” was not imported, nothing was changed:
%2</translation>
    </message>
    <message>
        <source>The plan “%1” is already in the database, so “%2” was not imported. Rename the plan in the file or delete the existing one first.</source>
        <translation>The plan “%1” is already in the database, so “%2” was not imported. Rename the plan in the file or delete the existing one first.</translation>
    </message>
    <message>
        <source>The plans of “%1” could not be imported, nothing was changed: %2</source>
        <translation>The plans of “%1” could not be imported, nothing was changed: %2</translation>
    </message>
</context>
<context>
    <name>PlanOutlineReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (%2).</source>
        <translation>The file “%1” cannot be read (%2).</translation>
    </message>
    <message>
        <source>a tab indents this line; indent with two spaces per level.</source>
        <translation>a tab indents this line; indent with two spaces per level.</translation>
    </message>
    <message>
        <source>the indentation (%1 spaces) is not a multiple of two.</source>
        <translation>the indentation (%1 spaces) is not a multiple of two.</translation>
    </message>
    <message>
        <source>“%1” is not of the form “key: value”.</source>
        <translation>“%1” is not of the form “key: value”.</translation>
    </message>
    <message>
        <source>“plan:” must start at the beginning of the line.</source>
        <translation>“plan:” must start at the beginning of the line.</translation>
    </message>
    <message>
        <source>the plan has no name.</source>
        <translation>the plan has no name.</translation>
    </message>
    <message>
        <source>the outline must begin with a “plan: NAME” line.</source>
        <translation>the outline must begin with a “plan: NAME” line.</translation>
    </message>
    <message>
        <source>“%1” is indented to level %2, but the element above it is at level %3.</source>
        <translation>“%1” is indented to level %2, but the element above it is at level %3.</translation>
    </message>
    <message>
        <source>the %1 has no title.</source>
        <translation>the %1 has no title.</translation>
    </message>
    <message>
        <source>the key “%1” is not known; the keys are: %2.</source>
        <translation>the key “%1” is not known; the keys are: %2.</translation>
    </message>
    <message>
        <source>“%1” comes after the elements nested under the one it describes; move it just under its title.</source>
        <translation>“%1” comes after the elements nested under the one it describes; move it just under its title.</translation>
    </message>
    <message>
        <source>“%1” must be indented one level under the element it describes.</source>
        <translation>“%1” must be indented one level under the element it describes.</translation>
    </message>
    <message>
        <source>“%1” is given twice for the same element.</source>
        <translation>“%1” is given twice for the same element.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM or YYYY-MM-DD, for example 2012-06.</source>
        <translation>“%1” is not a date; write YYYY-MM or YYYY-MM-DD, for example 2012-06.</translation>
    </message>
    <message>
        <source>a plan takes only “début” and “fin”; “%1” belongs to an objective or an action.</source>
        <translation>a plan takes only “début” and “fin”; “%1” belongs to an objective or an action.</translation>
    </message>
    <message>
        <source>“fin” and “échéance” both give the due date; keep one.</source>
        <translation>“fin” and “échéance” both give the due date; keep one.</translation>
    </message>
    <message>
        <source>the state “%1” is not known; write à lancer, en cours, réalisé, reporté or abandonné.</source>
        <translation>the state “%1” is not known; write à lancer, en cours, réalisé, reporté or abandonné.</translation>
    </message>
    <message>
        <source>the progress “%1” must be a whole number from 0 to 100.</source>
        <translation>the progress “%1” must be a whole number from 0 to 100.</translation>
    </message>
    <message>
        <source>the amount “%1” is not a sum in euros, such as 1200 or 1 200,50.</source>
        <translation>the amount “%1” is not a sum in euros, such as 1200 or 1 200,50.</translation>
    </message>
    <message>
        <source>the hours “%1” must be a positive number.</source>
        <translation>the hours “%1” must be a positive number.</translation>
    </message>
    <message>
        <source>The outline holds no plan: it must begin with a “plan: NAME” line.</source>
        <translation>The outline holds no plan: it must begin with a “plan: NAME” line.</translation>
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
    <message numerus="yes">
        <source>%n action(s), </source>
        <translation>
            <numerusform>%n action, </numerusform>
            <numerusform>%n actions, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete, </source>
        <translation>
            <numerusform>%n complete, </numerusform>
            <numerusform>%n complete, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late.</source>
        <translation>
            <numerusform>%n late.</numerusform>
            <numerusform>%n late.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReportOptionsPage</name>
    <message>
        <source>The progress report for the steering committee: per objective, the actions with their status and progress, late ones in red, the indicators against their targets and the journal of the period. An internal document.</source>
        <translation>The progress report for the steering committee: per objective, the actions with their status and progress, late ones in red, the indicators against their targets and the journal of the period. An internal document.</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>There is no plan of action yet: create or import one in the Plan tab.</source>
        <translation>There is no plan of action yet: create or import one in the Plan tab.</translation>
    </message>
</context>
<context>
    <name>PlanRoadmapBuilder</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>first half of %1</source>
        <translation>first half of %1</translation>
    </message>
    <message>
        <source>second half of %1</source>
        <translation>second half of %1</translation>
    </message>
    <message>
        <source>Roadmap — %1</source>
        <translation>Roadmap — %1</translation>
    </message>
    <message>
        <source>Situation on %1.</source>
        <translation>Situation on %1.</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>No action is late.</source>
        <translation>No action is late.</translation>
    </message>
    <message>
        <source>Due this semester</source>
        <translation>Due this semester</translation>
    </message>
    <message>
        <source>No other action falls due this semester.</source>
        <translation>No other action falls due this semester.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No action was completed this semester.</source>
        <translation>No action was completed this semester.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>%1 (%2). Check that the database file is writable, then try again.</source>
        <translation>%1 (%2). Check that the database file is writable, then try again.</translation>
    </message>
    <message>
        <source>The plan “%1” could not be saved</source>
        <translation>The plan “%1” could not be saved</translation>
    </message>
    <message>
        <source>The plan could not be deleted</source>
        <translation>The plan could not be deleted</translation>
    </message>
    <message>
        <source>The order of the plan could not be updated</source>
        <translation>The order of the plan could not be updated</translation>
    </message>
    <message>
        <source>The item “%1” of the plan could not be saved</source>
        <translation>The item “%1” of the plan could not be saved</translation>
    </message>
    <message>
        <source>The partners of “%1” could not be saved</source>
        <translation>The partners of “%1” could not be saved</translation>
    </message>
    <message>
        <source>The indicators of “%1” could not be saved</source>
        <translation>The indicators of “%1” could not be saved</translation>
    </message>
    <message>
        <source>The journal of “%1” could not be saved</source>
        <translation>The journal of “%1” could not be saved</translation>
    </message>
    <message>
        <source>The item of the plan was not found</source>
        <translation>The item of the plan was not found</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>The item “%1” of the plan could not be deleted</source>
        <translation>The item “%1” of the plan could not be deleted</translation>
    </message>
    <message>
        <source>The item “%1” could not be moved</source>
        <translation>The item “%1” could not be moved</translation>
    </message>
    <message>
        <source>The plans could not be saved</source>
        <translation>The plans could not be saved</translation>
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
        <translation>Add an &amp;objective</translation>
    </message>
    <message>
        <source>Add &amp;under the selection</source>
        <translation>Add &amp;under the selection</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move &amp;left (outdent)</source>
        <translation>Move &amp;left (outdent)</translation>
    </message>
    <message>
        <source>Move &amp;right (indent)</source>
        <translation>Move &amp;right (indent)</translation>
    </message>
    <message>
        <source>&amp;Import a plan…</source>
        <translation>&amp;Import a plan…</translation>
    </message>
    <message>
        <source>&amp;Export the plan…</source>
        <translation>&amp;Export the plan…</translation>
    </message>
    <message>
        <source>&amp;Print the timeline…</source>
        <translation>&amp;Print the timeline…</translation>
    </message>
    <message>
        <source>Timeline as &amp;PDF…</source>
        <translation>Timeline as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Roadmap as PDF…</source>
        <translation>&amp;Roadmap as PDF…</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>The day the plan is judged on: actions due before it and not done are late.</source>
        <translation>The day the plan is judged on: actions due before it and not done are late.</translation>
    </message>
    <message>
        <source>Situation on:</source>
        <translation>Situation on:</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>&amp;Late only</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Pilot:</source>
        <translation>Pilot:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Bars run from start to due date, filled to the progress; red: late; diamonds: calendar events.</source>
        <translation>Bars run from start to due date, filled to the progress; red: late; diamonds: calendar events.</translation>
    </message>
    <message>
        <source>Semester:</source>
        <translation>Semester:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Any pilot</source>
        <translation>Any pilot</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Any partner</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>New objective</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Delete “%1 %2”?</source>
        <translation>Delete “%1 %2”?</translation>
    </message>
    <message>
        <source>Everything under it goes too. Edit &gt; Undo brings it back.</source>
        <translation>Everything under it goes too. Edit &gt; Undo brings it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Import a plan</translation>
    </message>
    <message>
        <source>Plan outlines (*.txt);;All files (*)</source>
        <translation>Plan outlines (*.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Plan imported from “%1”: %n item(s).</source>
        <translation>
            <numerusform>Plan imported from “%1”: %n item.</numerusform>
            <numerusform>Plan imported from “%1”: %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outline (*.txt)</source>
        <translation>Outline (*.txt)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV for a spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Export the plan</translation>
    </message>
    <message>
        <source>Plan exported to “%1”.</source>
        <translation>Plan exported to “%1”.</translation>
    </message>
    <message>
        <source>%1 — timeline on %2</source>
        <translation>%1 — timeline on %2</translation>
    </message>
    <message>
        <source>Timeline as PDF</source>
        <translation>Timeline as PDF</translation>
    </message>
    <message>
        <source>timeline.pdf</source>
        <translation>timeline.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”. Choose another folder.</source>
        <translation>The PDF could not be written to “%1”. Choose another folder.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline saved to “%1” (%n page(s)).</source>
        <translation>
            <numerusform>Timeline saved to “%1” (%n page).</numerusform>
            <numerusform>Timeline saved to “%1” (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap as PDF</source>
        <translation>Roadmap as PDF</translation>
    </message>
    <message>
        <source>roadmap.pdf</source>
        <translation>roadmap.pdf</translation>
    </message>
    <message>
        <source>Roadmap saved to “%1”.</source>
        <translation>Roadmap saved to “%1”.</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <source>Delete the plan…</source>
        <translation>Delete the plan…</translation>
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
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>New plan %1</source>
        <translation>New plan %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the plan “%1” with its %n item(s)? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Delete the plan “%1” with its %n item? Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Delete the plan “%1” with its %n items? Edit &gt; Undo brings it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the plan</source>
        <translation>Delete the plan</translation>
    </message>
    <message>
        <source>The plan needs a name.</source>
        <translation>The plan needs a name.</translation>
    </message>
    <message>
        <source>Another plan is already called “%1”: choose another name.</source>
        <translation>Another plan is already called “%1”: choose another name.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write a month as 2012-06, or a day as 2012-06-15.</source>
        <translation>“%1” is not a date: write a month as 2012-06, or a day as 2012-06-15.</translation>
    </message>
    <message>
        <source>Progress re&amp;port…</source>
        <translation>Progress re&amp;port…</translation>
    </message>
    <message>
        <source>The progress report for the steering committee, over a period you choose</source>
        <translation>The progress report for the steering committee, over a period you choose</translation>
    </message>
    <message>
        <source>Plan of action</source>
        <translation>Plan of action</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was changed; try again.</source>
        <translation>The change could not be saved (%1). Nothing was changed; try again.</translation>
    </message>
</context>
<context>
    <name>PlanTimeline</name>
    <message>
        <source>1st half %1</source>
        <translation>1st half %1</translation>
    </message>
    <message>
        <source>2nd half %1</source>
        <translation>2nd half %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>page %1/%2 (rows %3–%4, part %5/%6 across)</source>
        <translation>page %1/%2 (rows %3–%4, part %5/%6 across)</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 done</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n late action(s)</source>
        <translation>
            <numerusform>%n late action</numerusform>
            <numerusform>%n late actions</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Planned budget</translation>
    </message>
</context>
<context>
    <name>PlanVocabulary</name>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Operational objective</source>
        <translation>Operational objective</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sub-action</source>
        <translation>Sub-action</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>To start</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>%1, late</source>
        <translation>%1, late</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Typed by hand</translation>
    </message>
    <message>
        <source>Projects accompanied</source>
        <translation>Projects accompanied</translation>
    </message>
    <message>
        <source>Projects founded</source>
        <translation>Projects founded</translation>
    </message>
    <message>
        <source>Jobs expected by the projects accompanied</source>
        <translation>Jobs expected by the projects accompanied</translation>
    </message>
    <message>
        <source>Jobs created by the projects founded</source>
        <translation>Jobs created by the projects founded</translation>
    </message>
    <message>
        <source>Funding granted to projects (€)</source>
        <translation>Funding granted to projects (€)</translation>
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
    <name>PlaquetteTextsPage</name>
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
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
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
        <source>Edit the plaquette</source>
        <translation>Edit the plaquette</translation>
    </message>
    <message>
        <source>Save the plaquette</source>
        <translation>Save the plaquette</translation>
    </message>
    <message>
        <source>The plaquette&apos;s texts are saved.</source>
        <translation>The plaquette&apos;s texts are saved.</translation>
    </message>
</context>
<context>
    <name>PortraitDocument</name>
    <message>
        <source>Portrait of the territory: %1, %2</source>
        <translation>Portrait of the territory: %1, %2</translation>
    </message>
    <message>
        <source>Portrait of the territory</source>
        <translation>Portrait of the territory</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Observatory of the social and solidarity economy · %1 · edited on %2</source>
        <translation>Observatory of the social and solidarity economy · %1 · edited on %2</translation>
    </message>
    <message>
        <source>family: %1</source>
        <translation>family: %1</translation>
    </message>
    <message>
        <source>sector: %1</source>
        <translation>sector: %1</translation>
    </message>
    <message>
        <source>one sector</source>
        <translation>one sector</translation>
    </message>
    <message>
        <source>Only the actors of the %1.</source>
        <translation>Only the actors of the %1.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Employer actors</source>
        <translation>Employer actors</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
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
        <source>Share of salaried employment</source>
        <translation>Share of salaried employment</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Share: %1 declared jobs out of %2 salaried jobs (%3, %4).</source>
        <translation>Share: %1 declared jobs out of %2 salaried jobs (%3, %4).</translation>
    </message>
    <message numerus="yes">
        <source>Estimate, not included above: about %1 more jobs from the SIRENE headcount bands of %n actor(s) that declared no headcount for %2.</source>
        <translation>
            <numerusform>Estimate, not included above: about %1 more jobs from the SIRENE headcount band of %n actor that declared no headcount for %2.</numerusform>
            <numerusform>Estimate, not included above: about %1 more jobs from the SIRENE headcount bands of %n actors that declared no headcount for %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>No figure.</source>
        <translation>No figure.</translation>
    </message>
    <message>
        <source>Mobilisation of the actors in %1</source>
        <translation>Mobilisation of the actors in %1</translation>
    </message>
    <message>
        <source>No registration was recorded in the agenda for %1.</source>
        <translation>No registration was recorded in the agenda for %1.</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Actors reached</source>
        <translation>Actors reached</translation>
    </message>
    <message>
        <source>Method note</source>
        <translation>Method note</translation>
    </message>
    <message>
        <source>Actors: the directory of %1. An actor counts in %2 if it was created in %2 or before and was not archived before %2; only actors of the reference communes count.</source>
        <translation>Actors: the directory of %1. An actor counts in %2 if it was created in %2 or before and was not archived before %2; only actors of the reference communes count.</translation>
    </message>
    <message>
        <source>Families: the ESS family follows the actor&apos;s INSEE legal category, within the ESS perimeter of the law of 31 July 2014. Partners outside the ESS are not counted.</source>
        <translation>Families: the ESS family follows the actor&apos;s INSEE legal category, within the ESS perimeter of the law of 31 July 2014. Partners outside the ESS are not counted.</translation>
    </message>
    <message>
        <source>Jobs, FTE, volunteers and members: the figures the actors declared for %1 in the directory.</source>
        <translation>Jobs, FTE, volunteers and members: the figures the actors declared for %1 in the directory.</translation>
    </message>
    <message>
        <source>Estimates: for an actor that declared no headcount for %1, the middle of its SIRENE headcount band (INSEE) gives an estimate, shown apart and never added to the declared jobs.</source>
        <translation>Estimates: for an actor that declared no headcount for %1, the middle of its SIRENE headcount band (INSEE) gives an estimate, shown apart and never added to the declared jobs.</translation>
    </message>
    <message>
        <source>Share of salaried employment: the declared jobs divided by the salaried employment of %1, %2, %3.</source>
        <translation>Share of salaried employment: the declared jobs divided by the salaried employment of %1, %2, %3.</translation>
    </message>
    <message>
        <source>Share of salaried employment: not computed, the reference figures hold no salaried employment for %1.</source>
        <translation>Share of salaried employment: not computed, the reference figures hold no salaried employment for %1.</translation>
    </message>
    <message>
        <source>Comparison, %1: %2 (%3)%4.</source>
        <translation>Comparison, %1: %2 (%3)%4.</translation>
    </message>
    <message>
        <source>source not given</source>
        <translation>source not given</translation>
    </message>
    <message>
        <source>, computed from the directory</source>
        <translation>, computed from the directory</translation>
    </message>
    <message>
        <source>Comparison, %1: no reference figure.</source>
        <translation>Comparison, %1: no reference figure.</translation>
    </message>
    <message>
        <source>Evolution: the same rules applied to each year from %1 to %2.</source>
        <translation>Evolution: the same rules applied to each year from %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>Social utility: the average score 0–3 of the %n actor(s) assessed with the council&apos;s grid in %1.</source>
        <translation>
            <numerusform>Social utility: the average score 0–3 of the %n actor assessed with the council&apos;s grid in %1.</numerusform>
            <numerusform>Social utility: the average score 0–3 of the %n actors assessed with the council&apos;s grid in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Social utility: no actor of the selection was assessed in %1.</source>
        <translation>Social utility: no actor of the selection was assessed in %1.</translation>
    </message>
    <message>
        <source>Mobilisation: registrations and attendance recorded in the council&apos;s agenda for the events of %1.</source>
        <translation>Mobilisation: registrations and attendance recorded in the council&apos;s agenda for the events of %1.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Doubtful figure: %1</source>
        <translation>Doubtful figure: %1</translation>
    </message>
    <message>
        <source>Doubtful figure: %1 Actors to check: %2.</source>
        <translation>Doubtful figure: %1 Actors to check: %2.</translation>
    </message>
    <message>
        <source>The council&apos;s events for its whole territory, whatever part of it this portrait is about.</source>
        <translation>The council&apos;s events for its whole territory, whatever part of it this portrait is about.</translation>
    </message>
</context>
<context>
    <name>PortraitOptionsPage</name>
    <message>
        <source>The observatory&apos;s report for one year and one territory: the key figures, the charts of the Observatoire tab, the tables by family, sector and EPCI, the evolution, the comparisons with the region and France, the mobilisation of the actors at the council&apos;s events, and a method note naming the source and year of each figure.</source>
        <translation>The observatory&apos;s report for one year and one territory: the key figures, the charts of the Observatoire tab, the tables by family, sector and EPCI, the evolution, the comparisons with the region and France, the mobilisation of the actors at the council&apos;s events, and a method note naming the source and year of each figure.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territory:</translation>
    </message>
    <message>
        <source>Whole territory</source>
        <translation>Whole territory</translation>
    </message>
</context>
<context>
    <name>PosterDocument</name>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, from %2 to %3</translation>
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
    <message>
        <source>For Excel (semicolon)</source>
        <translation>For Excel (semicolon)</translation>
    </message>
    <message>
        <source>Standard (comma)</source>
        <translation>Standard (comma)</translation>
    </message>
    <message>
        <source>empty: copies in clear</source>
        <translation>empty: copies in clear</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>Backup &amp;passphrase:</translation>
    </message>
    <message>
        <source>Copies are encrypted with it (Argon2id, XChaCha20-Poly1305). Without it a copy cannot be restored: write it down somewhere safe.</source>
        <translation>Copies are encrypted with it (Argon2id, XChaCha20-Poly1305). Without it a copy cannot be restored: write it down somewhere safe.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Observatory — presentation</source>
        <translation>Observatory — presentation</translation>
    </message>
    <message>
        <source>The ESS in %1, %2</source>
        <translation>The ESS in %1, %2</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>actors</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>employers</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>jobs</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>volunteers</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>of salaried employment</source>
        <translation>of salaried employment</translation>
    </message>
    <message>
        <source>Salaried employment: %1 (%2)</source>
        <translation>Salaried employment: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2 — arrows to move, Esc to leave</source>
        <translation>%1 / %2 — arrows to move, Esc to leave</translation>
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
    <message>
        <source>print attendance|poster: the event&apos;s identifier (UID, as in “essaim agenda”).</source>
        <translation>print attendance|poster: the event&apos;s identifier (UID, as in “essaim agenda”).</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>print attendance|poster: the day of the occurrence (default: the next one).</source>
        <translation>print attendance|poster: the day of the occurrence (default: the next one).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>the date “%1” cannot be read; write it as 2026-03-31.</source>
        <translation>the date “%1” cannot be read; write it as 2026-03-31.</translation>
    </message>
    <message>
        <source>which event? Add --event UID; “essaim --db FILE agenda --from DATE --to DATE” lists them with their UID.</source>
        <translation>which event? Add --event UID; “essaim --db FILE agenda --from DATE --to DATE” lists them with their UID.</translation>
    </message>
    <message>
        <source>there is no plan “%1”: the database holds no plan of action yet.</source>
        <translation>there is no plan “%1”: the database holds no plan of action yet.</translation>
    </message>
    <message>
        <source>there is no plan “%1”; the plans are %2.</source>
        <translation>there is no plan “%1”; the plans are %2.</translation>
    </message>
    <message>
        <source>the database holds no plan of action yet: import one with “essaim import plan”.</source>
        <translation>the database holds no plan of action yet: import one with “essaim import plan”.</translation>
    </message>
    <message>
        <source>print guide: an A5 booklet, two pages on each side of an A4 landscape sheet; print on both sides (flip on the short edge) and fold. The pages are A5: --paper may only be a5.</source>
        <translation>print guide: an A5 booklet, two pages on each side of an A4 landscape sheet; print on both sides (flip on the short edge) and fold. The pages are A5: --paper may only be a5.</translation>
    </message>
    <message>
        <source>only the guide is printed as a booklet: “print %1” takes no --booklet.</source>
        <translation>only the guide is printed as a booklet: “print %1” takes no --booklet.</translation>
    </message>
    <message>
        <source>a booklet has A5 pages, two on each A4 sheet: leave out --paper a4.</source>
        <translation>a booklet has A5 pages, two on each A4 sheet: leave out --paper a4.</translation>
    </message>
    <message>
        <source>print what? Write “essaim --db FILE print letter|plaquette|guide|observatory|plan|attendance|poster|labels|accompaniment -o FILE.pdf”.</source>
        <translation>print what? Write “essaim --db FILE print letter|plaquette|guide|observatory|plan|attendance|poster|labels|accompaniment -o FILE.pdf”.</translation>
    </message>
    <message>
        <source>the period ends on %1, before it starts on %2.</source>
        <translation>the period ends on %1, before it starts on %2.</translation>
    </message>
    <message>
        <source>print DOCUMENT [options] -o FILE.pdf: print a document to PDF; DOCUMENT is letter, plaquette, guide, observatory, plan, attendance, poster, labels or accompaniment</source>
        <translation>print DOCUMENT [options] -o FILE.pdf: print a document to PDF; DOCUMENT is letter, plaquette, guide, observatory, plan, attendance, poster, labels or accompaniment</translation>
    </message>
    <message>
        <source>print labels: the label sheet, 3x7 (63.5 × 38.1 mm), 2x7 (99.1 × 38.1 mm), 3x8 (70 × 37 mm), 2x8 (105 × 37 mm) or 70x42 (3 × 7 of 70 × 42.3 mm).</source>
        <translation>print labels: the label sheet, 3x7 (63.5 × 38.1 mm), 2x7 (99.1 × 38.1 mm), 3x8 (70 × 37 mm), 2x8 (105 × 37 mm) or 70x42 (3 × 7 of 70 × 42.3 mm).</translation>
    </message>
    <message>
        <source>3x7|2x7|3x8|2x8|70x42</source>
        <translation>3x7|2x7|3x8|2x8|70x42</translation>
    </message>
    <message>
        <source>the label sheet “%1” is not known; use 3x7, 2x7, 3x8, 2x8 or 70x42.</source>
        <translation>the label sheet “%1” is not known; use 3x7, 2x7, 3x8, 2x8 or 70x42.</translation>
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
    <name>PrivacyCheck</name>
    <message numerus="yes">
        <source>%n contact(s) past the retention period of %1: review them (Personal data &gt; Retention review, or essaim retention).</source>
        <translation>
            <numerusform>%n contact past the retention period of %1: review it (Personal data &gt; Retention review, or essaim retention).</numerusform>
            <numerusform>%n contacts past the retention period of %1: review them (Personal data &gt; Retention review, or essaim retention).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) of events older than the retention period still name someone: anonymise them in the retention review.</source>
        <translation>
            <numerusform>%n registration of an event older than the retention period still names someone: anonymise it in the retention review.</numerusform>
            <numerusform>%n registrations of events older than the retention period still name someone: anonymise them in the retention review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without any recorded consent or refusal: ask them and record the answer with its date and source.</source>
        <translation>
            <numerusform>%n contact without any recorded consent or refusal: ask them and record the answer with its date and source.</numerusform>
            <numerusform>%n contacts without any recorded consent or refusal: ask them and record the answer with its date and source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(ies) in clear next to the database: set a backup passphrase in the preferences, then delete them once an encrypted copy exists.</source>
        <translation>
            <numerusform>%n backup copy in clear next to the database: set a backup passphrase in the preferences, then delete it once an encrypted copy exists.</numerusform>
            <numerusform>%n backup copies in clear next to the database: set a backup passphrase in the preferences, then delete them once an encrypted copy exists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(ies) older than the last erasure still hold the erased data: replace them (delete them once today&apos;s copy is taken).</source>
        <translation>
            <numerusform>%n backup copy older than the last erasure still holds the erased data: replace it (delete it once today&apos;s copy is taken).</numerusform>
            <numerusform>%n backup copies older than the last erasure still hold the erased data: replace them (delete them once today&apos;s copy is taken).</numerusform>
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
        <translation>address labels</translation>
    </message>
    <message>
        <source>Lettre de l&apos;ESS (PDF)</source>
        <translation>Lettre de l&apos;ESS (PDF)</translation>
    </message>
    <message>
        <source>Lettre de l&apos;ESS (web page)</source>
        <translation>Lettre de l&apos;ESS (web page)</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>GeoJSON map</source>
        <translation>GeoJSON map</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>web site</translation>
    </message>
    <message>
        <source>The last “%1” output (%2) was made before a consent was withdrawn: make it again and replace the copies given out.</source>
        <translation>The last “%1” output (%2) was made before a consent was withdrawn: make it again and replace the copies given out.</translation>
    </message>
    <message>
        <source>Part of the check could not read the database (%1): run the check again, and restore a backup copy if it keeps failing.</source>
        <translation>Part of the check could not read the database (%1): run the check again, and restore a backup copy if it keeps failing.</translation>
    </message>
</context>
<context>
    <name>PrivacyCommand</name>
    <message>
        <source>person export|erase|withdraw, privacy journal: the contact&apos;s number (as “person find” gives it).</source>
        <translation>person export|erase|withdraw, privacy journal: the contact&apos;s number (as “person find” gives it).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>person export|erase: a registration without a contact (its number).</source>
        <translation>person export|erase: a registration without a contact (its number).</translation>
    </message>
    <message>
        <source>retention: the period without a sign of life, as 3y or 18m (default: the register&apos;s).</source>
        <translation>retention: the period without a sign of life, as 3y or 18m (default: the register&apos;s).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>person withdraw: the consent withdrawn, guide or newsletter.</source>
        <translation>person withdraw: the consent withdrawn, guide or newsletter.</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>PURPOSE</translation>
    </message>
    <message>
        <source>the format “%1” is not known here; use csv.</source>
        <translation>the format “%1” is not known here; use csv.</translation>
    </message>
    <message>
        <source>the period “%1” is not understood; write it as 3y (years) or 18m (months).</source>
        <translation>the period “%1” is not understood; write it as 3y (years) or 18m (months).</translation>
    </message>
    <message>
        <source>privacy what? Write “essaim privacy check|journal|register|notice”.</source>
        <translation>privacy what? Write “essaim privacy check|journal|register|notice”.</translation>
    </message>
    <message>
        <source>privacy %1 needs a file to write: add -o FILE.</source>
        <translation>privacy %1 needs a file to write: add -o FILE.</translation>
    </message>
    <message>
        <source>person what? Write “essaim person find TEXT” or “essaim person export|erase|withdraw --contact ID”.</source>
        <translation>person what? Write “essaim person find TEXT” or “essaim person export|erase|withdraw --contact ID”.</translation>
    </message>
    <message>
        <source>person find needs the text to look for.</source>
        <translation>person find needs the text to look for.</translation>
    </message>
    <message>
        <source>person %1 needs one person: --contact ID or --registration ID (numbers, as “person find” gives them).</source>
        <translation>person %1 needs one person: --contact ID or --registration ID (numbers, as “person find” gives them).</translation>
    </message>
    <message>
        <source>person withdraw needs --contact ID and --consent guide or newsletter.</source>
        <translation>person withdraw needs --contact ID and --consent guide or newsletter.</translation>
    </message>
    <message>
        <source>person export needs -o FILE.pdf or -o FILE.json.</source>
        <translation>person export needs -o FILE.pdf or -o FILE.json.</translation>
    </message>
    <message>
        <source>there is no contact number %1; “essaim person find TEXT” gives the numbers.</source>
        <translation>there is no contact number %1; “essaim person find TEXT” gives the numbers.</translation>
    </message>
    <message>
        <source>there is no registration number %1; “essaim person find TEXT” gives the numbers.</source>
        <translation>there is no registration number %1; “essaim person find TEXT” gives the numbers.</translation>
    </message>
    <message>
        <source>Everything held about %1 was written to “%2”.</source>
        <translation>Everything held about %1 was written to “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>The person was erased; %n registration(s) kept as anonymous counts. Backups older than now still hold the data: replace them.</source>
        <translation>
            <numerusform>The person was erased; %n registration kept as anonymous counts. Backups older than now still hold the data: replace them.</numerusform>
            <numerusform>The person was erased; %n registrations kept as anonymous counts. Backups older than now still hold the data: replace them.</numerusform>
        </translation>
    </message>
    <message>
        <source>withdrawn at the person&apos;s request</source>
        <translation>withdrawn at the person&apos;s request</translation>
    </message>
    <message>
        <source>Consent withdrawn on %1; the next labels, lists, guide and exports leave the person out.</source>
        <translation>Consent withdrawn on %1; the next labels, lists, guide and exports leave the person out.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>The journal was written to “%1”.</source>
        <translation>The journal was written to “%1”.</translation>
    </message>
    <message>
        <source>the file “%1” could not be written (%2).</source>
        <translation>the file “%1” could not be written (%2).</translation>
    </message>
    <message>
        <source>“%1” written.</source>
        <translation>“%1” written.</translation>
    </message>
    <message>
        <source>person find TEXT | export --contact ID -o FILE.pdf|.json | erase --contact ID | withdraw --contact ID --consent guide|newsletter: a person&apos;s rights (RGPD)
retention [--older-than 3y] --format csv: the contacts kept longer than the register allows
privacy check | journal [--contact ID] [-o FILE.csv] | register -o FILE.pdf | notice -o FILE.html: personal data</source>
        <translation>person find TEXT | export --contact ID -o FILE.pdf|.json | erase --contact ID | withdraw --contact ID --consent guide|newsletter: a person&apos;s rights (RGPD)
retention [--older-than 3y] --format csv: the contacts kept longer than the register allows
privacy check | journal [--contact ID] [-o FILE.csv] | register -o FILE.pdf | notice -o FILE.html: personal data</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>Personal &amp;data</source>
        <translation>Personal &amp;data</translation>
    </message>
    <message>
        <source>A &amp;person&apos;s data…</source>
        <translation>A &amp;person&apos;s data…</translation>
    </message>
    <message>
        <source>&amp;Register of processing activities…</source>
        <translation>&amp;Register of processing activities…</translation>
    </message>
    <message>
        <source>Re&amp;tention review…</source>
        <translation>Re&amp;tention review…</translation>
    </message>
    <message>
        <source>&amp;Journal of changes…</source>
        <translation>&amp;Journal of changes…</translation>
    </message>
    <message>
        <source>&amp;What needs attention…</source>
        <translation>&amp;What needs attention…</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Personal data: what needs attention</source>
        <translation>Personal data: what needs attention</translation>
    </message>
</context>
<context>
    <name>ProcessingRegister</name>
    <message>
        <source>The register could not be saved (%1).</source>
        <translation>The register could not be saved (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>the council</source>
        <translation>the council</translation>
    </message>
    <message>
        <source>%1: %2 Kept %3.</source>
        <translation>%1: %2 Kept %3.</translation>
    </message>
    <message>
        <source>You may access your data, have it corrected or erased, take it with you, object to its use or withdraw your consent at any time, and complain to the CNIL (cnil.fr).</source>
        <translation>You may access your data, have it corrected or erased, take it with you, object to its use or withdraw your consent at any time, and complain to the CNIL (cnil.fr).</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Personal data. Controller: %1.</source>
        <translation>Personal data. Controller: %1.</translation>
    </message>
    <message>
        <source>To exercise these rights, write to: %1.</source>
        <translation>To exercise these rights, write to: %1.</translation>
    </message>
    <message>
        <source>To exercise these rights, write to: %1, %2.</source>
        <translation>To exercise these rights, write to: %1, %2.</translation>
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
        <translation>Project “%1”</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Holders and accompaniment</source>
        <translation>&amp;Holders and accompaniment</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>&amp;Funding</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(none recorded)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(no sector)</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(not decided)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>Unmet &amp;need:</source>
        <translation>Unmet &amp;need:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>ESS &amp;family foreseen:</source>
        <translation>ESS &amp;family foreseen:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>Jobs &amp;expected:</source>
        <translation>Jobs &amp;expected:</translation>
    </message>
    <message>
        <source>Jobs c&amp;reated:</source>
        <translation>Jobs c&amp;reated:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>Holders (people of the directory, who may belong to no actor yet):</source>
        <translation>Holders (people of the directory, who may belong to no actor yet):</translation>
    </message>
    <message>
        <source>Add a holder: type a name…</source>
        <translation>Add a holder: type a name…</translation>
    </message>
    <message>
        <source>New &amp;holder…</source>
        <translation>New &amp;holder…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Accompanying actors (couveuse, CAE, France Active, DLA, BGE…) and their role:</source>
        <translation>Accompanying actors (couveuse, CAE, France Active, DLA, BGE…) and their role:</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add an accompanying actor: type its name…</source>
        <translation>Add an accompanying actor: type its name…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>&amp;Add an entry</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <source>Asked (€)</source>
        <translation>Asked (€)</translation>
    </message>
    <message>
        <source>Granted (€)</source>
        <translation>Granted (€)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Add a &amp;request</source>
        <translation>Add a &amp;request</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>New holder</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Journal, line %1: write the dates as 31/03/2027.</source>
        <translation>Journal, line %1: write the dates as 31/03/2027.</translation>
    </message>
    <message>
        <source>Funding, line %1: name the funder.</source>
        <translation>Funding, line %1: name the funder.</translation>
    </message>
    <message>
        <source>Funding, line %1: write amounts as 50 000 or 120 000,50 and dates as 31/03/2027.</source>
        <translation>Funding, line %1: write amounts as 50 000 or 120 000,50 and dates as 31/03/2027.</translation>
    </message>
    <message>
        <source>A project needs a name. Type it on the first page, then save again.</source>
        <translation>A project needs a name. Type it on the first page, then save again.</translation>
    </message>
    <message>
        <source>Nothing was saved yet; correct it, then save again.</source>
        <translation>Nothing was saved yet; correct it, then save again.</translation>
    </message>
</context>
<context>
    <name>ProjectFounder</name>
    <message>
        <source>The project “%1” could not be founded</source>
        <translation>The project “%1” could not be founded</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>The founding of “%1” could not be undone.</source>
        <translation>The founding of “%1” could not be undone.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1 (%2). Check that the database file is writable, then try again.</source>
        <translation>%1 (%2). Check that the database file is writable, then try again.</translation>
    </message>
    <message>
        <source>The project “%1” could not be saved</source>
        <translation>The project “%1” could not be saved</translation>
    </message>
    <message>
        <source>The project could not be deleted</source>
        <translation>The project could not be deleted</translation>
    </message>
    <message>
        <source>The journal entry could not be saved</source>
        <translation>The journal entry could not be saved</translation>
    </message>
    <message>
        <source>The journal entry could not be deleted</source>
        <translation>The journal entry could not be deleted</translation>
    </message>
    <message>
        <source>The funding request could not be saved</source>
        <translation>The funding request could not be saved</translation>
    </message>
    <message>
        <source>The funding request could not be deleted</source>
        <translation>The funding request could not be deleted</translation>
    </message>
    <message>
        <source>The call for projects “%1” could not be saved</source>
        <translation>The call for projects “%1” could not be saved</translation>
    </message>
    <message>
        <source>The call for projects could not be deleted</source>
        <translation>The call for projects could not be deleted</translation>
    </message>
    <message>
        <source>The calls for projects could not be imported</source>
        <translation>The calls for projects could not be imported</translation>
    </message>
    <message>
        <source>The need “%1” could not be saved</source>
        <translation>The need “%1” could not be saved</translation>
    </message>
    <message>
        <source>Project holder</source>
        <translation>Project holder</translation>
    </message>
    <message>
        <source>The holder could not be added</source>
        <translation>The holder could not be added</translation>
    </message>
    <message>
        <source>holder of project no. %1</source>
        <translation>holder of project no. %1</translation>
    </message>
    <message>
        <source>no longer holder of project no. %1</source>
        <translation>no longer holder of project no. %1</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
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
        <source>Holders</source>
        <translation>Holders</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation>Accompanied by</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Jobs expected</source>
        <translation>Jobs expected</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Jobs created</translation>
    </message>
</context>
<context>
    <name>ProjectVocabulary</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Emergence</source>
        <translation>Emergence</translation>
    </message>
    <message>
        <source>Feasibility study</source>
        <translation>Feasibility study</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Creation</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>To prepare</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>ProjectsCommand</name>
    <message>
        <source>essaim: import calls needs a file: “essaim --db FILE import calls CALLS.csv”.</source>
        <translation>essaim: import calls needs a file: “essaim --db FILE import calls CALLS.csv”.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for projects; use csv.</source>
        <translation>essaim: the format “%1” is not known for projects; use csv.</translation>
    </message>
    <message>
        <source>essaim: the stage “%1” is not known; use %2.</source>
        <translation>essaim: the stage “%1” is not known; use %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) for projects read; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>%n call(s) for projects read; nothing was written (--dry-run).</numerusform>
            <numerusform>%n call(s) for projects read; nothing was written (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) for projects imported.</source>
        <translation>
            <numerusform>%n call(s) for projects imported.</numerusform>
            <numerusform>%n call(s) for projects imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>projects [--stage S] [--format csv]: the projects accompanied
import calls FILE.csv [--dry-run]: import calls for projects
print accompaniment [--from DATE] [--to DATE] -o FILE.pdf: the accompaniment report</source>
        <translation>projects [--stage S] [--format csv]: the projects accompanied
import calls FILE.csv [--dry-run]: import calls for projects
print accompaniment [--from DATE] [--to DATE] -o FILE.pdf: the accompaniment report</translation>
    </message>
    <message>
        <source>projects: only the projects at this stage (idea, emergence, feasibility, creation, consolidation, abandoned).</source>
        <translation>projects: only the projects at this stage (idea, emergence, feasibility, creation, consolidation, abandoned).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <source>&amp;Calls for projects</source>
        <translation>&amp;Calls for projects</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>&amp;Open the project sheet…</source>
        <translation>&amp;Open the project sheet…</translation>
    </message>
    <message>
        <source>&amp;Delete the project</source>
        <translation>&amp;Delete the project</translation>
    </message>
    <message>
        <source>&amp;Found the actor…</source>
        <translation>&amp;Found the actor…</translation>
    </message>
    <message>
        <source>The project becomes an actor of the directory: created from the project, or linked to one that exists</source>
        <translation>The project becomes an actor of the directory: created from the project, or linked to one that exists</translation>
    </message>
    <message>
        <source>&amp;Import calls for projects…</source>
        <translation>&amp;Import calls for projects…</translation>
    </message>
    <message>
        <source>Import calls for projects</source>
        <translation>Import calls for projects</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Mark the next step done</source>
        <translation>&amp;Mark the next step done</translation>
    </message>
    <message>
        <source>Find a project, a holder, a commune…</source>
        <translation>Find a project, a holder, a commune…</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Every stage</translation>
    </message>
    <message>
        <source>Every sector</source>
        <translation>Every sector</translation>
    </message>
    <message>
        <source>Every EPCI</source>
        <translation>Every EPCI</translation>
    </message>
    <message>
        <source>&amp;Late next steps only</source>
        <translation>&amp;Late next steps only</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Next step of “%1” done</source>
        <translation>Next step of “%1” done</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Closes on</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>May apply (sector, family and territory):</source>
        <translation>May apply (sector, family and territory):</translation>
    </message>
    <message>
        <source>Have applied:</source>
        <translation>Have applied:</translation>
    </message>
    <message>
        <source>Every accompanying actor</source>
        <translation>Every accompanying actor</translation>
    </message>
    <message>
        <source>Late: due on %1</source>
        <translation>Late: due on %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>The change could not be saved: %1 Nothing was changed.</source>
        <translation>The change could not be saved: %1 Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” moved to %2</source>
        <translation>“%1” moved to %2</translation>
    </message>
    <message>
        <source>Project “%1” changed</source>
        <translation>Project “%1” changed</translation>
    </message>
    <message>
        <source>Project “%1” created</source>
        <translation>Project “%1” created</translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation>Delete the project</translation>
    </message>
    <message>
        <source>Delete the project “%1” with its journal and funding requests? Edit ▸ Undo brings it back.</source>
        <translation>Delete the project “%1” with its journal and funding requests? Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>Project “%1” deleted</source>
        <translation>Project “%1” deleted</translation>
    </message>
    <message>
        <source>Found the actor</source>
        <translation>Found the actor</translation>
    </message>
    <message>
        <source>The directory already has “%1”. Link the project to it? (No creates a new actor.)</source>
        <translation>The directory already has “%1”. Link the project to it? (No creates a new actor.)</translation>
    </message>
    <message>
        <source>“%1” founded: it is now an actor of the directory</source>
        <translation>“%1” founded: it is now an actor of the directory</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n call(s) for projects</source>
        <translation>
            <numerusform>Import of %n call(s) for projects</numerusform>
            <numerusform>Import of %n call(s) for projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) for projects imported</source>
        <translation>
            <numerusform>%n call(s) for projects imported</numerusform>
            <numerusform>%n call(s) for projects imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victory in Europe Day</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Bastille Day</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assumption Day</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice Day</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
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
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
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
    <message>
        <source>Portrait of the territory</source>
        <translation>Portrait of the territory</translation>
    </message>
    <message>
        <source>Plan progress report</source>
        <translation>Plan progress report</translation>
    </message>
    <message>
        <source>“%1” is made, but Essaim could not note it for the privacy check: make it again later.</source>
        <translation>“%1” is made, but Essaim could not note it for the privacy check: make it again later.</translation>
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
    <message>
        <source>the rule cannot be read</source>
        <translation>the rule cannot be read</translation>
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
    <name>ReferenceFigureTableModel</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Whole territory</source>
        <translation>Whole territory</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2.</source>
        <translation>“%1” is not a valid value for %2.</translation>
    </message>
    <message>
        <source>There are already figures for %1 %2 in %3.</source>
        <translation>There are already figures for %1 %2 in %3.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Salaried employment</source>
        <translation>Salaried employment</translation>
    </message>
    <message>
        <source>Private salaried employment</source>
        <translation>Private salaried employment</translation>
    </message>
    <message>
        <source>Employer establishments</source>
        <translation>Employer establishments</translation>
    </message>
    <message>
        <source>ESS jobs (published)</source>
        <translation>ESS jobs (published)</translation>
    </message>
    <message>
        <source>ESS establishments (published)</source>
        <translation>ESS establishments (published)</translation>
    </message>
    <message>
        <source>ESS share (published)</source>
        <translation>ESS share (published)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>edit the reference figures of %1 %2</source>
        <translation>edit the reference figures of %1 %2</translation>
    </message>
</context>
<context>
    <name>ReferenceFiguresCsvReader</name>
    <message>
        <source>Line %1: %2 Nothing was imported; correct the file and import it again.</source>
        <translation>Line %1: %2 Nothing was imported; correct the file and import it again.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (%2).</source>
        <translation>The file “%1” cannot be read (%2).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>the header is neither Essaim&apos;s reference figures layout (kind;code;year;…) nor the URSSAF one (region;code_region;champ_ess;…).</source>
        <translation>the header is neither Essaim&apos;s reference figures layout (kind;code;year;…) nor the URSSAF one (region;code_region;champ_ess;…).</translation>
    </message>
    <message>
        <source>the column “%1” is missing.</source>
        <translation>the column “%1” is missing.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 fields where the header has %2.</translation>
    </message>
    <message>
        <source>the kind “%1” is not one of france, region, department, territory, epci, commune.</source>
        <translation>the kind “%1” is not one of france, region, department, territory, epci, commune.</translation>
    </message>
    <message>
        <source>the territory code is empty.</source>
        <translation>the territory code is empty.</translation>
    </message>
    <message>
        <source>the year “%1” is not a year.</source>
        <translation>the year “%1” is not a year.</translation>
    </message>
    <message>
        <source>“%1” in the column %2 is not a number.</source>
        <translation>“%1” in the column %2 is not a number.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>“%1” is not a percentage.</translation>
    </message>
    <message>
        <source>the territory %1 already has a line for %2.</source>
        <translation>the territory %1 already has a line for %2.</translation>
    </message>
    <message>
        <source>the column “%1” of the URSSAF layout is missing.</source>
        <translation>the column “%1” of the URSSAF layout is missing.</translation>
    </message>
    <message>
        <source>the region code is empty.</source>
        <translation>the region code is empty.</translation>
    </message>
    <message>
        <source>“%1” is not a number of establishments.</source>
        <translation>“%1” is not a number of establishments.</translation>
    </message>
    <message>
        <source>“%1” is not a headcount.</source>
        <translation>“%1” is not a headcount.</translation>
    </message>
    <message>
        <source>URSSAF open data (%1)</source>
        <translation>URSSAF open data (%1)</translation>
    </message>
</context>
<context>
    <name>ReferenceFiguresDialog</name>
    <message>
        <source>Reference figures</source>
        <translation>Reference figures</translation>
    </message>
    <message>
        <source>Salaried employment and the ESS&apos;s published figures per territory and year, with their source. Level is one of france, region, department, territory (the whole territory, code “all”), epci, commune. Empty cells are unknown, not zero.</source>
        <translation>Salaried employment and the ESS&apos;s published figures per territory and year, with their source. Level is one of france, region, department, territory (the whole territory, code “all”), epci, commune. Empty cells are unknown, not zero.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Essaim&apos;s layout or the URSSAF open data layout (region;code_region;champ_ess;…)</source>
        <translation>Essaim&apos;s layout or the URSSAF open data layout (region;code_region;champ_ess;…)</translation>
    </message>
    <message>
        <source>Import reference figures</source>
        <translation>Import reference figures</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>“%1” was not imported. %2</source>
        <translation>“%1” was not imported. %2</translation>
    </message>
    <message>
        <source>The figures could not be saved (%1). Nothing was changed.</source>
        <translation>The figures could not be saved (%1). Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of reference figures imported from “%1”.</source>
        <translation>
            <numerusform>%n line of reference figures imported from “%1”.</numerusform>
            <numerusform>%n lines of reference figures imported from “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>to be completed</source>
        <translation>to be completed</translation>
    </message>
    <message>
        <source>Remove reference figures</source>
        <translation>Remove reference figures</translation>
    </message>
    <message>
        <source>Remove the figures of %1 for %2?</source>
        <translation>Remove the figures of %1 for %2?</translation>
    </message>
    <message>
        <source>import “%1”</source>
        <translation>import “%1”</translation>
    </message>
    <message>
        <source>add reference figures</source>
        <translation>add reference figures</translation>
    </message>
    <message>
        <source>remove the reference figures of %1 %2</source>
        <translation>remove the reference figures of %1 %2</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register of processing activities</source>
        <translation>Register of processing activities</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Categories of data</translation>
    </message>
    <message>
        <source>Categories of persons</source>
        <translation>Categories of persons</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Kept (months)</source>
        <translation>Kept (months)</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Add a processing</source>
        <translation>&amp;Add a processing</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Print to PDF…</translation>
    </message>
    <message>
        <source>&amp;Notice for the site…</source>
        <translation>&amp;Notice for the site…</translation>
    </message>
    <message>
        <source>New processing</source>
        <translation>New processing</translation>
    </message>
    <message>
        <source>Edit the register of processing activities</source>
        <translation>Edit the register of processing activities</translation>
    </message>
    <message>
        <source>register-of-processing.pdf</source>
        <translation>register-of-processing.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation>Information notice</translation>
    </message>
    <message>
        <source>personal-data.html</source>
        <translation>personal-data.html</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>The notice could not be written to “%1” (%2). Choose another folder.</source>
        <translation>The notice could not be written to “%1” (%2). Choose another folder.</translation>
    </message>
</context>
<context>
    <name>RegisterDocument</name>
    <message>
        <source>Register of processing activities</source>
        <translation>Register of processing activities</translation>
    </message>
    <message>
        <source>The council</source>
        <translation>The council</translation>
    </message>
    <message>
        <source>Controller: %1</source>
        <translation>Controller: %1</translation>
    </message>
    <message>
        <source>Register as of %1 (RGPD, article 30).</source>
        <translation>Register as of %1 (RGPD, article 30).</translation>
    </message>
    <message>
        <source>not in use yet</source>
        <translation>not in use yet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Categories of data</translation>
    </message>
    <message>
        <source>Categories of persons</source>
        <translation>Categories of persons</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
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
        <source>Type a few letters of a contact&apos;s or a structure&apos;s name, then choose: the contact is registered.</source>
        <translation>Type a few letters of a contact&apos;s or a structure&apos;s name, then choose: the contact is registered.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excused</numerusform>
            <numerusform>%n excused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity passed: %1 for %2.</source>
        <translation>Capacity passed: %1 for %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Retention review</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Without a sign of life for more than:</source>
        <translation>Without a sign of life for more than:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Last sign</source>
        <translation>Last sign</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why keep them (e.g. member of the council&apos;s board)</source>
        <translation>Why keep them (e.g. member of the council&apos;s board)</translation>
    </message>
    <message>
        <source>&amp;Keep the ticked ones</source>
        <translation>&amp;Keep the ticked ones</translation>
    </message>
    <message>
        <source>&amp;Erase the ticked ones…</source>
        <translation>&amp;Erase the ticked ones…</translation>
    </message>
    <message>
        <source>&amp;Anonymise them…</source>
        <translation>&amp;Anonymise them…</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) of events older than the period still name someone.</source>
        <translation>
            <numerusform>%n registration of an event older than the period still names someone.</numerusform>
            <numerusform>%n registrations of events older than the period still name someone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contact(s)? Registrations stay as anonymous counts. Edit &gt; Undo brings them back until Essaim is closed.</source>
        <translation>
            <numerusform>Erase %n contact? Registrations stay as anonymous counts. Edit &gt; Undo brings them back until Essaim is closed.</numerusform>
            <numerusform>Erase %n contacts? Registrations stay as anonymous counts. Edit &gt; Undo brings them back until Essaim is closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contact(s) at the retention review</source>
        <translation>
            <numerusform>Erase %n contact at the retention review</numerusform>
            <numerusform>Erase %n contacts at the retention review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n contact(s) past the retention period</source>
        <translation>
            <numerusform>Keep %n contact past the retention period</numerusform>
            <numerusform>Keep %n contacts past the retention period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n former registration(s)? Names and e-mails are removed; the counts of the observatory do not change. Edit &gt; Undo brings them back until Essaim is closed.</source>
        <translation>
            <numerusform>Anonymise %n former registration? Names and e-mails are removed; the counts of the observatory do not change. Edit &gt; Undo brings them back until Essaim is closed.</numerusform>
            <numerusform>Anonymise %n former registrations? Names and e-mails are removed; the counts of the observatory do not change. Edit &gt; Undo brings them back until Essaim is closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n former registration(s)</source>
        <translation>
            <numerusform>Anonymise %n former registration</numerusform>
            <numerusform>Anonymise %n former registrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>last consent given or renewed on %1</source>
        <translation>last consent given or renewed on %1</translation>
    </message>
    <message>
        <source>last registration to an event on %1</source>
        <translation>last registration to an event on %1</translation>
    </message>
    <message>
        <source>record last changed on %1</source>
        <translation>record last changed on %1</translation>
    </message>
    <message>
        <source>kept at the last review, on %1</source>
        <translation>kept at the last review, on %1</translation>
    </message>
    <message>
        <source>the actor&apos;s record was last changed on %1</source>
        <translation>the actor&apos;s record was last changed on %1</translation>
    </message>
    <message>
        <source>nothing recorded: no consent, registration or change</source>
        <translation>nothing recorded: no consent, registration or change</translation>
    </message>
    <message numerus="yes">
        <source>%n former registration(s) anonymised</source>
        <translation>
            <numerusform>%n former registration anonymised</numerusform>
            <numerusform>%n former registrations anonymised</numerusform>
        </translation>
    </message>
    <message>
        <source>The former registrations could not be anonymised (%1). Nothing was changed.</source>
        <translation>The former registrations could not be anonymised (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>Say why the contact is kept: the reason is what the CNIL would ask for.</source>
        <translation>Say why the contact is kept: the reason is what the CNIL would ask for.</translation>
    </message>
    <message>
        <source>The decision could not be saved (%1).</source>
        <translation>The decision could not be saved (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n former registration(s) put back</source>
        <translation>
            <numerusform>%n former registration put back</numerusform>
            <numerusform>%n former registrations put back</numerusform>
        </translation>
    </message>
    <message>
        <source>The former registrations could not be put back (%1): the event or the contact they named may have been deleted since.</source>
        <translation>The former registrations could not be put back (%1): the event or the contact they named may have been deleted since.</translation>
    </message>
    <message>
        <source>last exchange about a project they hold on %1</source>
        <translation>last exchange about a project they hold on %1</translation>
    </message>
</context>
<context>
    <name>RnaReader</name>
    <message>
        <source>“%1” is not an RNA file (rna_waldec or rna_import): its columns are not those of the register.</source>
        <translation>“%1” is not an RNA file (rna_waldec or rna_import): its columns are not those of the register.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n cell(s) where the header has %1: a separator or a quote is probably missing or extra.</source>
        <translation>
            <numerusform>The line has %n cell where the header has %1: a separator or a quote is probably missing or extra.</numerusform>
            <numerusform>The line has %n cells where the header has %1: a separator or a quote is probably missing or extra.</numerusform>
        </translation>
    </message>
    <message>
        <source>No RNA number (W followed by nine characters) on this line: “%1”.</source>
        <translation>No RNA number (W followed by nine characters) on this line: “%1”.</translation>
    </message>
    <message>
        <source>RNA: association</source>
        <translation>RNA: association</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>The association %1 has no title on this line.</source>
        <translation>The association %1 has no title on this line.</translation>
    </message>
</context>
<context>
    <name>RuleExpander</name>
    <message>
        <source>%1=%2: each value must be from 0 to %3</source>
        <translation>%1=%2: each value must be from 0 to %3</translation>
    </message>
    <message>
        <source>%1=%2: each value must be from %3 to %4 or from -%4 to -%3</source>
        <translation>%1=%2: each value must be from %3 to %4 or from -%4 to -%3</translation>
    </message>
    <message>
        <source>%1=%2: each value must be from %3 to %4</source>
        <translation>%1=%2: each value must be from %3 to %4</translation>
    </message>
    <message>
        <source>BYDAY=%1: “%2” is not a day (MO, TU, WE, TH, FR, SA or SU)</source>
        <translation>BYDAY=%1: “%2” is not a day (MO, TU, WE, TH, FR, SA or SU)</translation>
    </message>
    <message>
        <source>BYDAY=%1: the position of a day in the month or the year counts from 1 (the first) or from -1 (the last), never 0</source>
        <translation>BYDAY=%1: the position of a day in the month or the year counts from 1 (the first) or from -1 (the last), never 0</translation>
    </message>
    <message>
        <source>BYDAY=%1: “%2” is not a day or a numbered day (such as 1FR or -1MO)</source>
        <translation>BYDAY=%1: “%2” is not a day or a numbered day (such as 1FR or -1MO)</translation>
    </message>
    <message>
        <source>FREQ=%1 is not a frequency (YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY or SECONDLY)</source>
        <translation>FREQ=%1 is not a frequency (YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY or SECONDLY)</translation>
    </message>
    <message>
        <source>UNTIL=%1 is not a date</source>
        <translation>UNTIL=%1 is not a date</translation>
    </message>
    <message>
        <source>WKST=%1 is not a day (MO, TU, WE, TH, FR, SA or SU)</source>
        <translation>WKST=%1 is not a day (MO, TU, WE, TH, FR, SA or SU)</translation>
    </message>
    <message>
        <source>%1 is not a part of a repeat rule</source>
        <translation>%1 is not a part of a repeat rule</translation>
    </message>
    <message>
        <source>the rule has no frequency (FREQ)</source>
        <translation>the rule has no frequency (FREQ)</translation>
    </message>
    <message>
        <source>BYSETPOS chooses among the dates of another BY… part, and the rule has none</source>
        <translation>BYSETPOS chooses among the dates of another BY… part, and the rule has none</translation>
    </message>
    <message>
        <source>BYWEEKNO is only allowed in a yearly rule</source>
        <translation>BYWEEKNO is only allowed in a yearly rule</translation>
    </message>
    <message>
        <source>a numbered BYDAY (such as 1FR) is only allowed in a monthly or yearly rule</source>
        <translation>a numbered BYDAY (such as 1FR) is only allowed in a monthly or yearly rule</translation>
    </message>
    <message>
        <source>a numbered BYDAY (such as 1FR) cannot be used with BYWEEKNO</source>
        <translation>a numbered BYDAY (such as 1FR) cannot be used with BYWEEKNO</translation>
    </message>
    <message>
        <source>BYMONTHDAY is not allowed in a weekly rule</source>
        <translation>BYMONTHDAY is not allowed in a weekly rule</translation>
    </message>
    <message>
        <source>BYYEARDAY is not allowed in a weekly or monthly rule</source>
        <translation>BYYEARDAY is not allowed in a weekly or monthly rule</translation>
    </message>
    <message>
        <source>the part %1 is given twice</source>
        <translation>the part %1 is given twice</translation>
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
    <message>
        <source>version %1: its data could not be written</source>
        <translation>version %1: its data could not be written</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret store answers on this desktop (GNOME Keyring, KWallet…), so the password is kept nowhere: Essaim asks for it at each start. (%1)</source>
        <translation>No secret store answers on this desktop (GNOME Keyring, KWallet…), so the password is kept nowhere: Essaim asks for it at each start. (%1)</translation>
    </message>
    <message>
        <source>Essaim: %1 on %2</source>
        <translation>Essaim: %1 on %2</translation>
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
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not the address of a PostgreSQL server: write postgresql://[USER@]HOST[:PORT]/DATABASE, or postgresql:///DATABASE?host=/SOCKET/FOLDER for a server on this computer.</source>
        <translation>“%1” is not the address of a PostgreSQL server: write postgresql://[USER@]HOST[:PORT]/DATABASE, or postgresql:///DATABASE?host=/SOCKET/FOLDER for a server on this computer.</translation>
    </message>
    <message>
        <source>The address holds a password: leave it out, Essaim asks for it and keeps it in the desktop&apos;s secret store.</source>
        <translation>The address holds a password: leave it out, Essaim asks for it and keeps it in the desktop&apos;s secret store.</translation>
    </message>
    <message>
        <source>The address “%1” names no database: end it with /DATABASE, the database of your council on that server.</source>
        <translation>The address “%1” names no database: end it with /DATABASE, the database of your council on that server.</translation>
    </message>
    <message>
        <source>The port “%1” of the address is not a number between 1 and 65535.</source>
        <translation>The port “%1” of the address is not a number between 1 and 65535.</translation>
    </message>
    <message>
        <source>The sslmode “%1” of the address is unknown: write require, verify-ca or verify-full.</source>
        <translation>The sslmode “%1” of the address is unknown: write require, verify-ca or verify-full.</translation>
    </message>
    <message>
        <source>The address has a setting Essaim does not read, “%1”: keep only host, port and sslmode after the “?”.</source>
        <translation>The address has a setting Essaim does not read, “%1”: keep only host, port and sslmode after the “?”.</translation>
    </message>
    <message>
        <source>The server %1 is not on this computer, so Essaim reaches it over an encrypted connection (TLS) only: remove “sslmode=%2” from the address, or write sslmode=verify-full.</source>
        <translation>The server %1 is not on this computer, so Essaim reaches it over an encrypted connection (TLS) only: remove “sslmode=%2” from the address, or write sslmode=verify-full.</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>The server refused a question: %1</source>
        <translation>The server refused a question: %1</translation>
    </message>
    <message>
        <source>The database “%1” is an Essaim server already: nothing was changed. Add people with “essaim server user add”; to start again from nothing, drop the database and create it anew.</source>
        <translation>The database “%1” is an Essaim server already: nothing was changed. Add people with “essaim server user add”; to start again from nothing, drop the database and create it anew.</translation>
    </message>
    <message>
        <source>The name of the database “%1” is too long for its roles: choose a name of at most %2 letters.</source>
        <translation>The name of the database “%1” is too long for its roles: choose a name of at most %2 letters.</translation>
    </message>
    <message>
        <source>The user you connected as may not prepare this database: connect as the database&apos;s owner with the CREATEROLE right, or as postgres (write the user in the address, postgresql://USER@HOST/%1).</source>
        <translation>The user you connected as may not prepare this database: connect as the database&apos;s owner with the CREATEROLE right, or as postgres (write the user in the address, postgresql://USER@HOST/%1).</translation>
    </message>
    <message>
        <source>The roles %1 exist already, left by an earlier database of the same name: remove them (DROP ROLE, after their members) or choose another name for the database.</source>
        <translation>The roles %1 exist already, left by an earlier database of the same name: remove them (DROP ROLE, after their members) or choose another name for the database.</translation>
    </message>
    <message>
        <source>The file %1 is missing from this build of Essaim.</source>
        <translation>The file %1 is missing from this build of Essaim.</translation>
    </message>
    <message>
        <source>The server refused to create Essaim&apos;s tables (%1): %2</source>
        <translation>The server refused to create Essaim&apos;s tables (%1): %2</translation>
    </message>
    <message>
        <source>The server refused to start a transaction: %1</source>
        <translation>The server refused to start a transaction: %1</translation>
    </message>
    <message>
        <source>The server refused to note the council&apos;s name: %1</source>
        <translation>The server refused to note the council&apos;s name: %1</translation>
    </message>
    <message>
        <source>The server refused to keep Essaim&apos;s tables: %1</source>
        <translation>The server refused to keep Essaim&apos;s tables: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be a user&apos;s name: use lower-case letters without accents, digits, and . _ @ - (at most 63), for example camille.martin.</source>
        <translation>“%1” cannot be a user&apos;s name: use lower-case letters without accents, digits, and . _ @ - (at most 63), for example camille.martin.</translation>
    </message>
    <message>
        <source>The name “%1” is kept for PostgreSQL or Essaim themselves: choose another.</source>
        <translation>The name “%1” is kept for PostgreSQL or Essaim themselves: choose another.</translation>
    </message>
    <message>
        <source>“%1” is not a role: write coordinator, contributor or reader.</source>
        <translation>“%1” is not a role: write coordinator, contributor or reader.</translation>
    </message>
    <message>
        <source>The password of “%1” is too short: give at least 8 characters.</source>
        <translation>The password of “%1” is too short: give at least 8 characters.</translation>
    </message>
    <message>
        <source>There is a user “%1” on this server already (of this council or of another one sharing the server): choose another name.</source>
        <translation>There is a user “%1” on this server already (of this council or of another one sharing the server): choose another name.</translation>
    </message>
    <message>
        <source>The server refused to add “%1”: %2</source>
        <translation>The server refused to add “%1”: %2</translation>
    </message>
    <message>
        <source>There is no user “%1” in this council: “essaim server user list” shows who there is.</source>
        <translation>There is no user “%1” in this council: “essaim server user list” shows who there is.</translation>
    </message>
    <message>
        <source>The server refused to remove “%1”: %2</source>
        <translation>The server refused to remove “%1”: %2</translation>
    </message>
    <message>
        <source>The server did not give the list of users: %1</source>
        <translation>The server did not give the list of users: %1</translation>
    </message>
    <message>
        <source>Unknown in the national list of communes and intercommunalities: %1. Give an EPCI by its SIREN and a commune by its INSEE code.</source>
        <translation>Unknown in the national list of communes and intercommunalities: %1. Give an EPCI by its SIREN and a commune by its INSEE code.</translation>
    </message>
    <message>
        <source>The connection to the server is not a PostgreSQL one: the password of “%1” cannot be prepared.</source>
        <translation>The connection to the server is not a PostgreSQL one: the password of “%1” cannot be prepared.</translation>
    </message>
    <message>
        <source>The password of “%1” could not be prepared: %2</source>
        <translation>The password of “%1” could not be prepared: %2</translation>
    </message>
</context>
<context>
    <name>ServerAdminCommand</name>
    <message>
        <source>server: the address of the council&apos;s PostgreSQL database (postgresql://USER@HOST/DATABASE).</source>
        <translation>server: the address of the council&apos;s PostgreSQL database (postgresql://USER@HOST/DATABASE).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>which server? Add --url postgresql://USER@HOST/DATABASE (the user may create roles, postgres for example).</source>
        <translation>which server? Add --url postgresql://USER@HOST/DATABASE (the user may create roles, postgres for example).</translation>
    </message>
    <message>
        <source>The administrator&apos;s password is read from ~/.pgpass or from the PGPASSWORD variable.</source>
        <translation>The administrator&apos;s password is read from ~/.pgpass or from the PGPASSWORD variable.</translation>
    </message>
</context>
<context>
    <name>ServerConnectCommand</name>
    <message>
        <source>server connect --url URL --user NAME: join the council&apos;s shared server and synchronise (password asked, or from PGPASSWORD or ~/.pgpass)</source>
        <translation>server connect --url URL --user NAME: join the council&apos;s shared server and synchronise (password asked, or from PGPASSWORD or ~/.pgpass)</translation>
    </message>
    <message>
        <source>server: the address of the shared server (postgresql://host/database).</source>
        <translation>server: the address of the shared server (postgresql://host/database).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>server connect: your user name on the shared server.</source>
        <translation>server connect: your user name on the shared server.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>say which server and who you are: server connect --url postgresql://host/database --user NAME.</source>
        <translation>say which server and who you are: server connect --url postgresql://host/database --user NAME.</translation>
    </message>
    <message numerus="yes">
        <source>This council is now on the server: %n record(s) sent.</source>
        <translation>
            <numerusform>This council is now on the server: %n record(s) sent.</numerusform>
            <numerusform>This council is now on the server: %n record(s) sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined the council on the server: %n record(s) received.</source>
        <translation>
            <numerusform>Joined the council on the server: %n record(s) received.</numerusform>
            <numerusform>Joined the council on the server: %n record(s) received.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again: %1 received, %2 sent.</source>
        <translation>Connected again: %1 received, %2 sent.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>on this computer</source>
        <translation>on this computer</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed: install the package libqt6sql6-psql, then try again.</source>
        <translation>Qt&apos;s PostgreSQL driver is not installed: install the package libqt6sql6-psql, then try again.</translation>
    </message>
    <message>
        <source>The database “%1” is not an Essaim server yet: the coordinator prepares it once with “essaim server init --url %2”.</source>
        <translation>The database “%1” is not an Essaim server yet: the coordinator prepares it once with “essaim server init --url %2”.</translation>
    </message>
    <message>
        <source>The server did not answer a first question; try again in a moment.</source>
        <translation>The server did not answer a first question; try again in a moment.</translation>
    </message>
    <message>
        <source>(your system name)</source>
        <translation>(your system name)</translation>
    </message>
    <message>
        <source>The server refused the user “%1”: the name or the password is wrong. Check them, or ask the coordinator.</source>
        <translation>The server refused the user “%1”: the name or the password is wrong. Check them, or ask the coordinator.</translation>
    </message>
    <message>
        <source>There is no database “%1” on the server %2: check the end of the address.</source>
        <translation>There is no database “%1” on the server %2: check the end of the address.</translation>
    </message>
    <message>
        <source>The user “%1” may not use the database “%2”: it belongs to another council, or the user was removed. Ask the coordinator.</source>
        <translation>The user “%1” may not use the database “%2”: it belongs to another council, or the user was removed. Ask the coordinator.</translation>
    </message>
    <message>
        <source>The server %1 offers no encrypted connection (TLS), and Essaim reaches a server on the network only over TLS: ask its administrator to switch ssl on.</source>
        <translation>The server %1 offers no encrypted connection (TLS), and Essaim reaches a server on the network only over TLS: ask its administrator to switch ssl on.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it is stopped, or the network is down. Check the address, or try again later; your work stays on this computer meanwhile.</source>
        <translation>The server %1 cannot be reached: it is stopped, or the network is down. Check the address, or try again later; your work stays on this computer meanwhile.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>The server refused the connection: %1</translation>
    </message>
</context>
<context>
    <name>ServerInitCommand</name>
    <message>
        <source>server init --url URL: make an empty PostgreSQL database the shared server of the council (as a user who may create roles)</source>
        <translation>server init --url URL: make an empty PostgreSQL database the shared server of the council (as a user who may create roles)</translation>
    </message>
    <message>
        <source>The database “%1” is ready to be the council&apos;s shared server.</source>
        <translation>The database “%1” is ready to be the council&apos;s shared server.</translation>
    </message>
    <message>
        <source>The database “%1” is ready to be the shared server of “%2”.</source>
        <translation>The database “%1” is ready to be the shared server of “%2”.</translation>
    </message>
    <message>
        <source>Add the people who may use it with “essaim server user add NAME --role coordinator|contributor|reader --url %1”.</source>
        <translation>Add the people who may use it with “essaim server user add NAME --role coordinator|contributor|reader --url %1”.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Password of %1 on the server: </source>
        <translation>Password of %1 on the server: </translation>
    </message>
</context>
<context>
    <name>ServerUserAddCommand</name>
    <message>
        <source>server user add NAME --role coordinator|contributor|reader [--territory SPEC…] --url URL: a person who may use the server (SPEC: an EPCI&apos;s SIREN or a commune&apos;s INSEE code; the password is read from standard input)</source>
        <translation>server user add NAME --role coordinator|contributor|reader [--territory SPEC…] --url URL: a person who may use the server (SPEC: an EPCI&apos;s SIREN or a commune&apos;s INSEE code; the password is read from standard input)</translation>
    </message>
    <message>
        <source>server user add: coordinator, contributor or reader.</source>
        <translation>server user add: coordinator, contributor or reader.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>add whom? Write “essaim server user add NAME --role ROLE --url URL”.</source>
        <translation>add whom? Write “essaim server user add NAME --role ROLE --url URL”.</translation>
    </message>
    <message>
        <source>which role? Add --role coordinator, --role contributor or --role reader.</source>
        <translation>which role? Add --role coordinator, --role contributor or --role reader.</translation>
    </message>
    <message>
        <source>a contributor writes in a territory: add --territory with an EPCI&apos;s SIREN or a commune&apos;s INSEE code.</source>
        <translation>a contributor writes in a territory: add --territory with an EPCI&apos;s SIREN or a commune&apos;s INSEE code.</translation>
    </message>
    <message>
        <source>only a contributor has a territory: a coordinator writes everywhere, a reader nowhere.</source>
        <translation>only a contributor has a territory: a coordinator writes everywhere, a reader nowhere.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation>the two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>no password was given: write it on the first line of standard input (printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | essaim server user add …).</source>
        <translation>no password was given: write it on the first line of standard input (printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | essaim server user add …).</translation>
    </message>
    <message numerus="yes">
        <source>“%1” may now connect as a contributor, writing in %n commune(s).</source>
        <translation>
            <numerusform>“%1” may now connect as a contributor, writing in %n commune.</numerusform>
            <numerusform>“%1” may now connect as a contributor, writing in %n communes.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” may now connect as a coordinator, writing everything.</source>
        <translation>“%1” may now connect as a coordinator, writing everything.</translation>
    </message>
    <message>
        <source>“%1” may now connect as a reader, reading everything and writing nothing.</source>
        <translation>“%1” may now connect as a reader, reading everything and writing nothing.</translation>
    </message>
</context>
<context>
    <name>ServerUserListCommand</name>
    <message>
        <source>server user list --url URL [--format csv]: the people who may use the server, their role and territory</source>
        <translation>server user list --url URL [--format csv]: the people who may use the server, their role and territory</translation>
    </message>
    <message>
        <source>the users are listed as a table, or as csv: write --format csv.</source>
        <translation>the users are listed as a table, or as csv: write --format csv.</translation>
    </message>
    <message>
        <source>Nobody may use this server yet: add people with “essaim server user add”.</source>
        <translation>Nobody may use this server yet: add people with “essaim server user add”.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
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
        <translation>server user remove NAME --url URL: the person may no longer use the server (what they wrote stays)</translation>
    </message>
    <message>
        <source>remove whom? Write “essaim server user remove NAME --url URL”.</source>
        <translation>remove whom? Write “essaim server user remove NAME --url URL”.</translation>
    </message>
    <message>
        <source>“%1” may no longer use the server; what they wrote stays.</source>
        <translation>“%1” may no longer use the server; what they wrote stays.</translation>
    </message>
</context>
<context>
    <name>SireneReader</name>
    <message>
        <source>“%1” is neither a SIRENE StockUniteLegale nor a StockEtablissement file (its columns are not those of SIRENE), or it is given twice.</source>
        <translation>“%1” is neither a SIRENE StockUniteLegale nor a StockEtablissement file (its columns are not those of SIRENE), or it is given twice.</translation>
    </message>
    <message>
        <source>A SIRENE import needs the two files together: StockUniteLegale (the units) and StockEtablissement (where their head offices are).</source>
        <translation>A SIRENE import needs the two files together: StockUniteLegale (the units) and StockEtablissement (where their head offices are).</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>The SIREN “%1” is not valid (check digit).</source>
        <translation>The SIREN “%1” is not valid (check digit).</translation>
    </message>
    <message>
        <source>The unit %1 has no name in the file.</source>
        <translation>The unit %1 has no name in the file.</translation>
    </message>
</context>
<context>
    <name>SocialUtilityEditor</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>SIRENE headcount band: the observatory shows its midpoint, flagged as an estimate, for the years without a declared headcount</source>
        <translation>SIRENE headcount band: the observatory shows its midpoint, flagged as an estimate, for the years without a declared headcount</translation>
    </message>
    <message>
        <source>SIRENE headcount band:</source>
        <translation>SIRENE headcount band:</translation>
    </message>
    <message>
        <source>Social utility grid of:</source>
        <translation>Social utility grid of:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>0: not at all … 3: strongly; “—”: not assessed</source>
        <translation>0: not at all … 3: strongly; “—”: not assessed</translation>
    </message>
    <message>
        <source>&amp;Save the grid</source>
        <translation>&amp;Save the grid</translation>
    </message>
    <message>
        <source>Save the actor first.</source>
        <translation>Save the actor first.</translation>
    </message>
    <message>
        <source>No grid filled in yet.</source>
        <translation>No grid filled in yet.</translation>
    </message>
    <message>
        <source>Grids filled in: %1.</source>
        <translation>Grids filled in: %1.</translation>
    </message>
    <message>
        <source>social utility grid %1</source>
        <translation>social utility grid %1</translation>
    </message>
    <message>
        <source>Social utility</source>
        <translation>Social utility</translation>
    </message>
    <message>
        <source>The grid could not be saved (%1). Nothing was changed; try again.</source>
        <translation>The grid could not be saved (%1). Nothing was changed; try again.</translation>
    </message>
</context>
<context>
    <name>SocialUtilityGrid</name>
    <message>
        <source>Social cohesion</source>
        <translation>Social cohesion</translation>
    </message>
    <message>
        <source>Local development</source>
        <translation>Local development</translation>
    </message>
    <message>
        <source>Societal change</source>
        <translation>Societal change</translation>
    </message>
    <message>
        <source>Social ties</source>
        <translation>Social ties</translation>
    </message>
    <message>
        <source>Equal opportunities</source>
        <translation>Equal opportunities</translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation>Solidarity</translation>
    </message>
    <message>
        <source>Participatory democracy</source>
        <translation>Participatory democracy</translation>
    </message>
    <message>
        <source>Jobs and activities</source>
        <translation>Jobs and activities</translation>
    </message>
    <message>
        <source>Eco-development</source>
        <translation>Eco-development</translation>
    </message>
    <message>
        <source>Territorial equity</source>
        <translation>Territorial equity</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Solidarity-based way of life</source>
        <translation>Solidarity-based way of life</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>essaim: stats needs --format json or --format csv.</source>
        <translation>essaim: stats needs --format json or --format csv.</translation>
    </message>
    <message>
        <source>essaim: the format “%1” is not known for stats; use json or csv.</source>
        <translation>essaim: the format “%1” is not known for stats; use json or csv.</translation>
    </message>
    <message>
        <source>essaim: “%1” is not a year; write for example --year 2023.</source>
        <translation>essaim: “%1” is not a year; write for example --year 2023.</translation>
    </message>
    <message>
        <source>essaim: the family “%1” is unknown; use one of %2.</source>
        <translation>essaim: the family “%1” is unknown; use one of %2.</translation>
    </message>
    <message>
        <source>essaim: there is no sector “%1”; give its name or its number.</source>
        <translation>essaim: there is no sector “%1”; give its name or its number.</translation>
    </message>
    <message>
        <source>essaim: the database “%1” holds no yearly figures yet; add some in the directory or run “essaim demo”.</source>
        <translation>essaim: the database “%1” holds no yearly figures yet; add some in the directory or run “essaim demo”.</translation>
    </message>
    <message>
        <source>stats [--year Y] [--territory CODE] [--family F] [--sector S] --format json|csv: the observatory&apos;s figures</source>
        <translation>stats [--year Y] [--territory CODE] [--family F] [--sector S] --format json|csv: the observatory&apos;s figures</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>sync: synchronise with the shared server (exit 3 when conflicts wait for a person)</source>
        <translation>sync: synchronise with the shared server (exit 3 when conflicts wait for a person)</translation>
    </message>
    <message>
        <source>this database is not connected to a shared server. Connect it first: essaim --db FILE server connect --url URL --user NAME.</source>
        <translation>this database is not connected to a shared server. Connect it first: essaim --db FILE server connect --url URL --user NAME.</translation>
    </message>
    <message numerus="yes">
        <source>the server refused %n change(s) your role does not allow; they were taken back here.</source>
        <translation>
            <numerusform>the server refused %n change(s) your role does not allow; they were taken back here.</numerusform>
            <numerusform>the server refused %n change(s) your role does not allow; they were taken back here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronised (%1 received, %2 sent), but %n conflict(s) wait for a choice: essaim --db FILE conflicts.</source>
        <translation>
            <numerusform>Synchronised (%1 received, %2 sent), but %n conflict(s) wait for a choice: essaim --db FILE conflicts.</numerusform>
            <numerusform>Synchronised (%1 received, %2 sent), but %n conflict(s) wait for a choice: essaim --db FILE conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>In step with the server: %1 received, %2 sent.</source>
        <translation>In step with the server: %1 received, %2 sent.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Connect to a &amp;shared server…</source>
        <translation>Connect to a &amp;shared server…</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynchronise now</translation>
    </message>
    <message>
        <source>Co&amp;nflicts of the synchronisation…</source>
        <translation>Co&amp;nflicts of the synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s) your role does not allow; they were taken back.</source>
        <translation>
            <numerusform>The server refused %n change(s) your role does not allow; they were taken back.</numerusform>
            <numerusform>The server refused %n change(s) your role does not allow; they were taken back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: File ▸ Conflicts of the synchronisation.</source>
        <translation>
            <numerusform>%n conflict(s) wait for your choice: File ▸ Conflicts of the synchronisation.</numerusform>
            <numerusform>%n conflict(s) wait for your choice: File ▸ Conflicts of the synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Shared server</translation>
    </message>
    <message>
        <source>First synchronisation with the server…</source>
        <translation>First synchronisation with the server…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Shared: online</source>
        <translation>Shared: online</translation>
    </message>
    <message>
        <source>Shared: offline</source>
        <translation>Shared: offline</translation>
    </message>
    <message>
        <source>synchronised at %1</source>
        <translation>synchronised at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change(s) waiting</numerusform>
            <numerusform>%n change(s) waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict(s)</numerusform>
            <numerusform>%n conflict(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>read only</source>
        <translation>read only</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>first synchronisation unfinished</source>
        <translation>first synchronisation unfinished</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The synchronisation was cancelled. Nothing is lost: it carries on from there next time.</source>
        <translation>The synchronisation was cancelled. Nothing is lost: it carries on from there next time.</translation>
    </message>
    <message>
        <source>The server refused to %1: your role does not allow it. Ask the council&apos;s coordinator.</source>
        <translation>The server refused to %1: your role does not allow it. Ask the council&apos;s coordinator.</translation>
    </message>
    <message>
        <source>The server could not %1 (%2). Check the connection to the network, then synchronise again: nothing is lost.</source>
        <translation>The server could not %1 (%2). Check the connection to the network, then synchronise again: nothing is lost.</translation>
    </message>
    <message>
        <source>The local database could not record the synchronisation (%1). Make a backup, then run “essaim check”.</source>
        <translation>The local database could not record the synchronisation (%1). Make a backup, then run “essaim check”.</translation>
    </message>
    <message>
        <source>say which council it holds</source>
        <translation>say which council it holds</translation>
    </message>
    <message>
        <source>This database already shares its council with another server, and this server holds another council. Nothing was changed. To join this server, start from a new, empty database.</source>
        <translation>This database already shares its council with another server, and this server holds another council. Nothing was changed. To join this server, start from a new, empty database.</translation>
    </message>
    <message>
        <source>This server already holds a council, and this database has its own actors, events, plans or projects: they would be mixed. Nothing was changed. To join this server, start from a new, empty database (essaim --db NEW_FILE server connect …).</source>
        <translation>This server already holds a council, and this database has its own actors, events, plans or projects: they would be mixed. Nothing was changed. To join this server, start from a new, empty database (essaim --db NEW_FILE server connect …).</translation>
    </message>
    <message>
        <source>take this council</source>
        <translation>take this council</translation>
    </message>
    <message>
        <source>say what your role is</source>
        <translation>say what your role is</translation>
    </message>
    <message>
        <source>send its changes</source>
        <translation>send its changes</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your changes are kept here and will be sent at the next synchronisation.</source>
        <translation>The server cannot be reached (%1). Your changes are kept here and will be sent at the next synchronisation.</translation>
    </message>
    <message>
        <source>take your changes</source>
        <translation>take your changes</translation>
    </message>
    <message>
        <source>The server did not keep your changes (%1). They are kept here and will be sent at the next synchronisation.</source>
        <translation>The server did not keep your changes (%1). They are kept here and will be sent at the next synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncRecordLabel</name>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Figures of an actor</source>
        <translation>Figures of an actor</translation>
    </message>
    <message>
        <source>Competency or network of an actor</source>
        <translation>Competency or network of an actor</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Plan item</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>Funding request</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Commune (INSEE code)</source>
        <translation>Commune (INSEE code)</translation>
    </message>
    <message>
        <source>ESS family</source>
        <translation>ESS family</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>You are a reader of this council&apos;s shared data: you can read and print it, not change it. Ask the council&apos;s coordinator.</source>
        <translation>You are a reader of this council&apos;s shared data: you can read and print it, not change it. Ask the council&apos;s coordinator.</translation>
    </message>
    <message>
        <source>“%1” is outside your territory on the shared server, so you cannot change it. Ask the council&apos;s coordinator.</source>
        <translation>“%1” is outside your territory on the shared server, so you cannot change it. Ask the council&apos;s coordinator.</translation>
    </message>
</context>
<context>
    <name>TabularFile</name>
    <message>
        <source>The file “%1” does not exist or is a folder. Choose a CSV or TSV file.</source>
        <translation>The file “%1” does not exist or is a folder. Choose a CSV or TSV file.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (%2). Check that it is not open in another program.</source>
        <translation>The file “%1” cannot be read (%2). Check that it is not open in another program.</translation>
    </message>
    <message>
        <source>The file “%1” is empty: there is nothing to import.</source>
        <translation>The file “%1” is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>The file “%1” is not a text table (it holds binary data). Save it from your spreadsheet as CSV and import that file.</source>
        <translation>The file “%1” is not a text table (it holds binary data). Save it from your spreadsheet as CSV and import that file.</translation>
    </message>
    <message>
        <source>Some characters of “%1” were already lost before the file reached Essaim (they show as �). Check the accents of the imported names.</source>
        <translation>Some characters of “%1” were already lost before the file reached Essaim (they show as �). Check the accents of the imported names.</translation>
    </message>
    <message>
        <source>The file “%1” holds no table.</source>
        <translation>The file “%1” holds no table.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>The first line of “%1” holds no column names. Add a line of column names at the top of the table.</source>
        <translation>The first line of “%1” holds no column names. Add a line of column names at the top of the table.</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>vertical bar (|)</translation>
    </message>
</context>
<context>
    <name>TerritoryCommand</name>
    <message>
        <source>essaim: which territory? Give one or more of epci:SIREN, dep:CODE, commune:INSEE.</source>
        <translation>essaim: which territory? Give one or more of epci:SIREN, dep:CODE, commune:INSEE.</translation>
    </message>
    <message>
        <source>essaim: unknown in the national list of communes and intercommunalities: %1. Check the codes (an EPCI by its SIREN, a département by its code, a commune by its INSEE code).</source>
        <translation>essaim: unknown in the national list of communes and intercommunalities: %1. Check the codes (an EPCI by its SIREN, a département by its code, a commune by its INSEE code).</translation>
    </message>
    <message>
        <source>init --name NAME --territory SPEC[,SPEC…]: create the database of a new council (SPEC: epci:SIREN, dep:CODE, commune:INSEE)
territory [--format csv]: list the communes of the territory
territory add|remove SPEC…: change the territory</source>
        <translation>init --name NAME --territory SPEC[,SPEC…]: create the database of a new council (SPEC: epci:SIREN, dep:CODE, commune:INSEE)
territory [--format csv]: list the communes of the territory
territory add|remove SPEC…: change the territory</translation>
    </message>
    <message>
        <source>essaim: init needs the council&apos;s name: add --name &quot;Conseil local de l&apos;ESS …&quot;.</source>
        <translation>essaim: init needs the council&apos;s name: add --name &quot;Conseil local de l&apos;ESS …&quot;.</translation>
    </message>
    <message>
        <source>essaim: init needs the territory: add --territory epci:SIREN,dep:CODE,commune:INSEE.</source>
        <translation>essaim: init needs the territory: add --territory epci:SIREN,dep:CODE,commune:INSEE.</translation>
    </message>
    <message numerus="yes">
        <source>The council “%1” was created in “%2”: %n commune(s), %3 inhabitants.</source>
        <translation>
            <numerusform>The council “%1” was created in “%2”: %n commune, %3 inhabitants.</numerusform>
            <numerusform>The council “%1” was created in “%2”: %n communes, %3 inhabitants.</numerusform>
        </translation>
    </message>
    <message>
        <source>essaim: the territory is listed as csv only: write --format csv.</source>
        <translation>essaim: the territory is listed as csv only: write --format csv.</translation>
    </message>
    <message>
        <source>essaim: territory what? Write “essaim --db FILE territory [--format csv]”, “territory add SPEC…” or “territory remove SPEC…”.</source>
        <translation>essaim: territory what? Write “essaim --db FILE territory [--format csv]”, “territory add SPEC…” or “territory remove SPEC…”.</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territory: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s), %1 inhabitants.</source>
        <translation>
            <numerusform>%n commune, %1 inhabitants.</numerusform>
            <numerusform>%n communes, %1 inhabitants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The territory now has %n commune(s), %1 inhabitants.</source>
        <translation>
            <numerusform>The territory now has %n commune, %1 inhabitants.</numerusform>
            <numerusform>The territory now has %n communes, %1 inhabitants.</numerusform>
        </translation>
    </message>
    <message>
        <source>init: the council&apos;s name.</source>
        <translation>init: the council&apos;s name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>TerritoryDialog</name>
    <message>
        <source>Territory of the council</source>
        <translation>Territory of the council</translation>
    </message>
    <message>
        <source>The communes the council covers, as intercommunalities (EPCI), départements and single communes. No actor is removed: those that fall outside are shown as outside the territory.</source>
        <translation>The communes the council covers, as intercommunalities (EPCI), départements and single communes. No actor is removed: those that fall outside are shown as outside the territory.</translation>
    </message>
</context>
<context>
    <name>TerritoryEditor</name>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Add →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>An EPCI, a département, a commune: name, postcode, SIREN or INSEE code</source>
        <translation>An EPCI, a département, a commune: name, postcode, SIREN or INSEE code</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Territory of the council:</source>
        <translation>Territory of the council:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — EPCI %2, %n commune(s)</source>
        <translation>
            <numerusform>%1 — EPCI %2, %n commune</numerusform>
            <numerusform>%1 — EPCI %2, %n communes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — département, %n commune(s)</source>
        <translation>
            <numerusform>%1 (%2) — département, %n commune</numerusform>
            <numerusform>%1 (%2) — département, %n communes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — commune, %3, %4 inhabitants</source>
        <translation>%1 (%2) — commune, %3, %4 inhabitants</translation>
    </message>
    <message>
        <source>%1 — former commune, now part of %2</source>
        <translation>%1 — former commune, now part of %2</translation>
    </message>
    <message>
        <source>No commune yet: find an EPCI, a département or a commune, then add it.</source>
        <translation>No commune yet: find an EPCI, a département or a commune, then add it.</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s), %1 inhabitants (municipal population).</source>
        <translation>
            <numerusform>%n commune, %1 inhabitants (municipal population).</numerusform>
            <numerusform>%n communes, %1 inhabitants (municipal population).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TerritorySpec</name>
    <message>
        <source>“%1” is not a piece of territory: write epci:SIREN, dep:CODE or commune:INSEE (for example epci:200039857).</source>
        <translation>“%1” is not a piece of territory: write epci:SIREN, dep:CODE or commune:INSEE (for example epci:200039857).</translation>
    </message>
</context>
<context>
    <name>TerritoryStore</name>
    <message>
        <source>The national list of communes built into Essaim cannot be read (%1). Reinstall Essaim.</source>
        <translation>The national list of communes built into Essaim cannot be read (%1). Reinstall Essaim.</translation>
    </message>
    <message>
        <source>Unknown in the national list of communes and intercommunalities: %1. Check the codes (an EPCI by its SIREN, a département by its code, a commune by its INSEE code).</source>
        <translation>Unknown in the national list of communes and intercommunalities: %1. Check the codes (an EPCI by its SIREN, a département by its code, a commune by its INSEE code).</translation>
    </message>
    <message>
        <source>A territory needs at least one commune: add an EPCI, a département or a commune.</source>
        <translation>A territory needs at least one commune: add an EPCI, a département or a commune.</translation>
    </message>
    <message>
        <source>Not part of the territory: %1. List its pieces with “essaim --db FILE territory”.</source>
        <translation>Not part of the territory: %1. List its pieces with “essaim --db FILE territory”.</translation>
    </message>
    <message>
        <source>The commune with INSEE code %1 is not in the national list of communes. Choose the commune again from the list.</source>
        <translation>The commune with INSEE code %1 is not in the national list of communes. Choose the commune again from the list.</translation>
    </message>
</context>
<context>
    <name>VisualIdentityPage</name>
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
        <source>&amp;Main colour:</source>
        <translation>&amp;Main colour:</translation>
    </message>
    <message>
        <source>&amp;Second colour:</source>
        <translation>&amp;Second colour:</translation>
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
        <source>Choose…</source>
        <translation>Choose…</translation>
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
        <source>Edit the visual identity</source>
        <translation>Edit the visual identity</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>Save the identity</translation>
    </message>
    <message>
        <source>The visual identity is saved: every document uses it from now on.</source>
        <translation>The visual identity is saved: every document uses it from now on.</translation>
    </message>
</context>
<context>
    <name>WritePolicy</name>
    <message>
        <source>Only the council&apos;s coordinator makes this change on the shared server: it is not tied to the communes of your territory. You can read and print; ask the council&apos;s coordinator.</source>
        <translation>Only the council&apos;s coordinator makes this change on the shared server: it is not tied to the communes of your territory. You can read and print; ask the council&apos;s coordinator.</translation>
    </message>
    <message>
        <source>“%1” is not organised by an actor of your territory on the shared server, so you cannot change it. Choose an organiser of your territory, or ask the council&apos;s coordinator.</source>
        <translation>“%1” is not organised by an actor of your territory on the shared server, so you cannot change it. Choose an organiser of your territory, or ask the council&apos;s coordinator.</translation>
    </message>
</context>
</TS>
