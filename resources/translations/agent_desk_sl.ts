<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl" sourcelanguage="en">
<context>
    <name>AgentsTableModel</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsView</name>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, roles and branches. Select an agent to reset the password, lift a lock-out or (de)activate the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the lock-out after too many wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} accounts, {active} active, in {branches} branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s account is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s account is deactivated; they cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({username}) can now sign in with the password you chose and will be asked to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password was reset. Give it to them in person; they choose a new one at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {code} ({name}) created. Choose it when creating its agents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what, when and where. Times are shown in the time zone of your branch ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the events again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every event matching the filter (not only those shown) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %n events. Narrow the filter to see older ones; the CSV export contains them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a password you use nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeHistoryModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactHistoryModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at identification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>← &amp;Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search results (Esc, Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the record, the contact of record or re-identify the person (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has a second record: merge the two into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport personal data (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about this person, for a data subject access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the record again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record &amp;kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and contact of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;history (codes go only to the contact of record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policies on record for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims on record for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no. {id} · {market} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not identified at a desk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was merged into record no. {id}; it is kept for the history only and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policies ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record below now shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records are merged; this is the record kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data written to {file}. Hand it over securely; it contains everything stored about the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the person with an ID card or a passport before you save. Numbers, dates and contacts are checked when you save; whatever needs correcting is marked next to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new e-mail or mobile becomes the contact of record: say on what evidence you change it. The change enters the contact history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until (expir&amp;y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National &amp;ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-identify the person now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-identify the person now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a two-letter code, e.g. FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Slovenska cesta 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 041 123 456 or +386 41 123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ул. Витоша 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0888 123 456 or +359 888 123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Knez Mihailova 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 064 123 4567 or +381 64 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. request signed at the desk, ID card checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified by {agent} on {moment} ({method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent no longer on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not identified at a desk yet (e.g. loaded from the core system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRowsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message>
        <source>Tax number (davčna številka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMŠO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EGN (ЕГН)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LNCh (ЛНЧ, foreigner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LNCh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person, with an ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person, with a passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekono (online, Slovenia only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor hull (casco)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer by any part of the name, in Latin or Cyrillic, with or without diacritics, or by a national id, mobile number, e-mail or policy number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, national id, mobile, e-mail or policy number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify and record a new customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load customers, policies or claims from the core system&apos;s CSV extracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import core-system extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least a few letters of a name, or a whole number, e-mail address or policy number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found for “{text}”. Check the spelling, try the national id, or create a new customer (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n customers are shown; scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Enter or double-click opens one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is now on record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possibly already on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with the same name and birth date, or the same e-mail or mobile, is already on record. Open their record instead of creating a second one, or, if you have checked that this is someone else, confirm it: the confirmation is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a &amp;different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Branch &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Describe the branch this workstation belongs to and create the first administrator, who then creates the agents&apos; accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LJ-CENTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierRow</name>
    <message>
        <source>Kind of national number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1250 (Latin: Slovenian, Serbian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic: Bulgarian, Serbian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the core system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a CSV extract of the insurer&apos;s core system. Rows already loaded come back unchanged, so a file can be imported again safely. Rows with problems are listed at the end; the other rows load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers.csv, policies.csv or claims.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the next row. The rows read so far stay imported; import the same file again to load the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the extract to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows already read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {created}, updated {updated}, unchanged {unchanged}, failed {failed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after {rows} rows: those rows are imported. Import the same file again to load the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {shown} problems are listed ({more} more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportErrorsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Agent Desk: locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, enter your password to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agent Desk {version} · {branch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline: retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Markets</name>
    <message>
        <source>Slovenia (ZAME loyalty programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgaria (accident insurance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbia (client portal codes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge {name}&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other record of {name} (no. {id}). Open it with Enter or double-click to compare the two before anything is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, national id, phone, e-mail or policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that both records are the same person, then choose the record to keep. The other record&apos;s national ids, policies, claims and contact history move to the kept record, whose name, address and contacts stay as they are; the other record is closed and points to the kept one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record (no. {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other record (no. {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;this record (no. {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;other record (no. {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n records; scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merging records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is deactivated. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action belongs to another market than your branch&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Nothing was saved: reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the database lost. Nothing was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer Agent Desk. Install the newer version; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {maximum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version for this day already exists. Choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {maximum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 16 capital letters, digits or dashes, e.g. LJ-CENTER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch with this code exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone; use a name such as Europe/Ljubljana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 64 small letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This username is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password from the address; enter it in the password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SQLite or PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Type it as {example}, or pick it from the calendar (Alt+Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person may already be on record. Similar records: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the year: the person would be older than 130.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one national identification number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid mobile number. For a foreign number, start with the country code, e.g. +386.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country, or type its two-letter code (e.g. HR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode in this country has {digits} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how you identified the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification through Rekono is possible in Slovenia only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of document you checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity document has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail or mobile changes: say on what evidence (e.g. the customer&apos;s signed request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was merged into another one and can no longer be changed. Open the record that was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record cannot be merged with itself: choose the other record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records belong to different markets ({survivor} and {other}) and cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records have different numbers of the same kind ({kind}): either they are two people, or one number is wrong. Correct it first; nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records have data in {table} that cannot be combined; nothing was merged. Ask head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which kind of number this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of number is entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is wrong: please re-read the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in this number is not a real day: please re-read the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number encodes the birth date {encoded}, not the one entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national number encodes the other sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Slovenian tax number (davčna številka) has 8 digits, the first not 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EMŠO has 13 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EGN (ЕГН) has 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An LNCh (ЛНЧ) has 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JMBG has 13 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database needs upgrading; Agent Desk upgrades it when it starts on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the database was made by a newer Agent Desk. Install the newer version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a password. Enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server by this name. Check the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer. Check the host, the port and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database by this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Check that it exists and is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the file is not a readable CSV header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding {encoding}. Leave it on automatic, or choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in {encoding} (line {line}). Choose another encoding, or leave it on automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks these columns: {columns}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names these columns twice: {columns}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as yyyy-mm-dd (e.g. 1980-04-25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your branch does not serve market {market}; ask head office to import this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is a customer of market {market}; an import does not move customers between markets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two numbers of this row belong to two different customers. Check the row, or merge the two records first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer found by the other number has a different {kind} on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier row of this file has the same record with different data; this row was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has this number. Import the customers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has {found} fields; the header has {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row cannot be read as CSV (check its quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer cannot get a portal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no e-mail of record. Update the contact first (with evidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mobile number of record. Update the contact first (with evidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {maximum} codes per customer per hour. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {maximum} codes per customer per day. Try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose e-mail or SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password keyring, so codes cannot be queued safely. Ask IT to enable the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client portal is for customers of the Serbian market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was merged into another; open that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No life, motor hull or household policy as policyholder, no health policy as insured person, and no claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is a minor: a parent or guardian registers instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is neither an e-mail nor a mobile number of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delivery channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail server is set up (Settings, gateways).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server&apos;s password is not in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS gateway is set up (Settings, gateways).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s token is not in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot read the queued message (different outbox key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: a newer code replaced this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the code expired before it could be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message text is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed: the sender stopped while the e-mail server was receiving it, so it may have arrived. Not sent again; ask the customer, or Retry for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a message still waiting to be sent, or a failed portal-code message (a new code is issued), can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a message still waiting to be sent can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by a supervisor; the code was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer already had a portal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAgentDialog</name>
    <message>
        <source>New agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent signs in with this password once and then chooses their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. maja.novak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBranchDialog</name>
    <message>
        <source>New branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The market decides which sections the branch&apos;s agents see; times are shown in the branch&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MB-CENTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Outbox: e-mails and SMS with portal codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiting message is sent now; a failed portal-code message cannot be sent again (its text is erased), so the customer gets a new code by the same channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send this waiting message; its code is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of a failed message is erased, so a new code was issued and queued to {destination}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message will be sent with the next sending round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is cancelled and its code revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>Wrong passwords before an account locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a locked account stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest allowed password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle minutes before the window locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a portal code sent by SMS stays valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a portal code sent by e-mail stays valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal codes per customer per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal codes per customer per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong guesses before a portal code locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client portal registration address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersTableModel</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliciesModel</name>
    <message>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalCodePanel</name>
    <message>
        <source>A one-time security code lets the customer register on the client portal. It goes only to the e-mail or mobile of record; nobody at the desk ever sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ssue code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new code and send it; an earlier unused code stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal code history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer can get a portal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail to {destination}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (none of record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS to {destination}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS (no mobile of record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the portal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code issued: {channel} to {destination}, valid until {expiry}. It is queued for sending; the history shows when it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalCodes</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked (wrong guesses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalCodesView</name>
    <message>
        <source>Portal codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes are issued from a customer&apos;s record: open the customer in Customers, then the &quot;Portal code&quot; tab. The code goes only to the e-mail or mobile of record, and the desk never sees it; each issue, delivery, use and failure is in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New temporary password for {name} ({username}). It also lifts a lock-out; the agent must choose their own password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify customers, check national ids, keep contact data and its history, and find anyone in one search box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll Slovenian customers in the ZAME loyalty programme, print the signed form, see points, level and discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the security code a customer needs to register on the client portal, by e-mail or SMS to the contact of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote accident insurance for one person or a group, take payment, and print the numbered certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what, when and where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, roles and branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation and your account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (internal relay only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies at once, and is remembered for your account and for this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation works on the local database on this computer: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation works on the central database {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and SMS gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (SMTP server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP p&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securi&amp;ty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP user&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway userna&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway to&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. branch@insurer.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same for every workstation on this database. A rule is never edited in place: record a new value and the day it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ecord new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. From the next start this workstation works on the central database {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. From the next start this workstation works on the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved: Agent Desk asks for it at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store: the password and the token were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: “{rule}” is {value} from {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Agent Desk: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to serve your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {store} · workstation {workstation} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk met an unexpected error. Everything you saved is kept; the last action may not have been saved. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

This computer has no password keyring, so the password is not saved; Agent Desk asks for it at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the central database {url}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk cannot open its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator set a temporary password. Choose your own password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSettingsDialog</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this workstation keeps its data. The change takes effect when Agent Desk starts the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Central PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.branch.example or 10.0.0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store. The password is not saved: Agent Desk asks for it at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <source>This section arrives with the next releases of Agent Desk. Your account and branch are already set up for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
