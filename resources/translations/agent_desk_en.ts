<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accident</name>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>Insured person</translation>
    </message>
    <message>
        <source>ЕГН</source>
        <translation>ЕГН</translation>
    </message>
    <message>
        <source>ЛНЧ</source>
        <translation>ЛНЧ</translation>
    </message>
    <message>
        <source>Death by accident</source>
        <translation>Death by accident</translation>
    </message>
    <message>
        <source>Permanent loss or reduction of working capacity</source>
        <translation>Permanent loss or reduction of working capacity</translation>
    </message>
    <message>
        <source>Temporary incapacity</source>
        <translation>Temporary incapacity</translation>
    </message>
    <message>
        <source>Medical transport and/or repatriation (Bulgaria)</source>
        <translation>Medical transport and/or repatriation (Bulgaria)</translation>
    </message>
    <message>
        <source>Medical expenses (Bulgaria)</source>
        <translation>Medical expenses (Bulgaria)</translation>
    </message>
    <message>
        <source>Hospital daily cash from the fourth day (per day)</source>
        <translation>Hospital daily cash from the fourth day (per day)</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>Daily life</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>School or kindergarten</source>
        <translation>School or kindergarten</translation>
    </message>
    <message>
        <source>Amateur sport</source>
        <translation>Amateur sport</translation>
    </message>
</context>
<context>
    <name>AccidentCertificatesModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>AccidentOpenQuotesModel</name>
    <message>
        <source>Quote no.</source>
        <translation>Quote no.</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Payable until</source>
        <translation>Payable until</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>AccidentPanel</name>
    <message>
        <source>Accident insurance certificates where this customer is the policyholder or an insured person.</source>
        <translation>Accident insurance certificates where this customer is the policyholder or an insured person.</translation>
    </message>
    <message>
        <source>No accident insurance certificates.</source>
        <translation>No accident insurance certificates.</translation>
    </message>
    <message>
        <source>Ne&amp;w quote…</source>
        <translation>Ne&amp;w quote…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Continue to pa&amp;yment…</source>
        <translation>Continue to pa&amp;yment…</translation>
    </message>
    <message>
        <source>Accident insurance certificates</source>
        <translation>Accident insurance certificates</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment</source>
        <translation>Saved quotes waiting for payment</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment ({count})</source>
        <translation>Saved quotes waiting for payment ({count})</translation>
    </message>
    <message>
        <source>{role} · clause {clause} · {start} – {end} · {total} · {status}</source>
        <translation>{role} · clause {clause} · {start} – {end} · {total} · {status}</translation>
    </message>
    <message>
        <source>Quote no. {id}</source>
        <translation>Quote no. {id}</translation>
    </message>
    <message>
        <source>clause {clause} · quoted {day} · from {start} · {total} · can be paid until {until}</source>
        <translation>clause {clause} · quoted {day} · from {start} · {total} · can be paid until {until}</translation>
    </message>
    <message>
        <source>Accident insurance certificates ({count})</source>
        <translation>Accident insurance certificates ({count})</translation>
    </message>
    <message>
        <source>Open quotes ({count})</source>
        <translation>Open quotes ({count})</translation>
    </message>
    <message>
        <source>No saved quote waiting for payment.</source>
        <translation>No saved quote waiting for payment.</translation>
    </message>
</context>
<context>
    <name>AccidentPersons</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>ЕГН / ЛНЧ</source>
        <translation>ЕГН / ЛНЧ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Lost &gt; 50 % working capacity</source>
        <translation>Lost &gt; 50 % working capacity</translation>
    </message>
    <message>
        <source>Under interdiction</source>
        <translation>Under interdiction</translation>
    </message>
    <message>
        <source>ЛНЧ: permanent resident in Bulgaria</source>
        <translation>ЛНЧ: permanent resident in Bulgaria</translation>
    </message>
</context>
<context>
    <name>AccidentView</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>Accident insurance</translation>
    </message>
    <message>
        <source>Quote accident insurance for one person (clause A) or a group (clause B), take the card payment and issue the numbered certificate, then preview and print it. Open a certificate to print it again (as a copy) or, as a supervisor, to cancel it before its cover starts.</source>
        <translation>Quote accident insurance for one person (clause A) or a group (clause B), take the card payment and issue the numbered certificate, then preview and print it. Open a certificate to print it again (as a copy) or, as a supervisor, to cancel it before its cover starts.</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificates</translation>
    </message>
    <message>
        <source>Saved &amp;quotes</source>
        <translation>Saved &amp;quotes</translation>
    </message>
    <message>
        <source>&amp;Tariff</source>
        <translation>&amp;Tariff</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record an activity</source>
        <translation>Record an activity</translation>
    </message>
    <message>
        <source>An investor&apos;s status counts from the day it was checked with Generali Investments and lapses when it is not checked again within a month: record each check.</source>
        <translation>An investor&apos;s status counts from the day it was checked with Generali Investments and lapses when it is not checked again within a month: record each check.</translation>
    </message>
    <message>
        <source>The activity counts from the day it was turned on.</source>
        <translation>The activity counts from the day it was turned on.</translation>
    </message>
    <message>
        <source>Checked: an active investor</source>
        <translation>Checked: an active investor</translation>
    </message>
    <message>
        <source>Turned on (clear it to record that it was turned off)</source>
        <translation>Turned on (clear it to record that it was turned off)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>AgentsTableModel</name>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AgentsView</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Accounts, roles and branches. Select an agent to reset the password, lift a lock-out or (de)activate the account.</source>
        <translation>Accounts, roles and branches. Select an agent to reset the password, lift a lock-out or (de)activate the account.</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;New agent…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>New &amp;branch…</source>
        <translation>New &amp;branch…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Load the list again (F5)</translation>
    </message>
    <message>
        <source>Lift the lock-out after too many wrong passwords</source>
        <translation>Lift the lock-out after too many wrong passwords</translation>
    </message>
    <message>
        <source>{accounts}, {active}, {branches}</source>
        <translation>{accounts}, {active}, {branches}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln active</numerusform>
            <numerusform>%Ln active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln branches</source>
        <translation>
            <numerusform>in %Ln branch</numerusform>
            <numerusform>in %Ln branches</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} can sign in again.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is active again.</source>
        <translation>{name}&apos;s account is active again.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is deactivated; they cannot sign in.</source>
        <translation>{name}&apos;s account is deactivated; they cannot sign in.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>Deactivate the account of {name} ({username}, {branch})? They are signed out at once on every computer, anything they have not saved is lost, and they cannot sign in until an administrator activates the account again.</source>
        <translation>Deactivate the account of {name} ({username}, {branch})? They are signed out at once on every computer, anything they have not saved is lost, and they cannot sign in until an administrator activates the account again.</translation>
    </message>
    <message>
        <source>{name} ({username}) can now sign in with the password you chose and will be asked to change it.</source>
        <translation>{name} ({username}) can now sign in with the password you chose and will be asked to change it.</translation>
    </message>
    <message>
        <source>{name}&apos;s password was reset. Give it to them in person; they choose a new one at the next sign-in.</source>
        <translation>{name}&apos;s password was reset. Give it to them in person; they choose a new one at the next sign-in.</translation>
    </message>
    <message>
        <source>Branch {code} ({name}) created. Choose it when creating its agents.</source>
        <translation>Branch {code} ({name}) created. Choose it when creating its agents.</translation>
    </message>
</context>
<context>
    <name>AllowRejoinDialog</name>
    <message>
        <source>Allow former member {number} to join again</source>
        <translation>Allow former member {number} to join again</translation>
    </message>
    <message>
        <source>The person was excluded. With your decision they may enroll again: a new membership, from the rules, not from the old points.</source>
        <translation>The person was excluded. With your decision they may enroll again: a new membership, from the rules, not from the old points.</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Allow</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>no. {id}</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Refused: no right to do this</source>
        <translation>Refused: no right to do this</translation>
    </message>
    <message>
        <source>Refused: too many requests</source>
        <translation>Refused: too many requests</translation>
    </message>
    <message>
        <source>Customers searched</source>
        <translation>Customers searched</translation>
    </message>
    <message>
        <source>Portal code checked by the portal</source>
        <translation>Portal code checked by the portal</translation>
    </message>
    <message>
        <source>Certificate cancelled</source>
        <translation>Certificate cancelled</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Certificate printed</source>
        <translation>Certificate printed</translation>
    </message>
    <message>
        <source>Certificate printed again (copy)</source>
        <translation>Certificate printed again (copy)</translation>
    </message>
    <message>
        <source>Certificate opened</source>
        <translation>Certificate opened</translation>
    </message>
    <message>
        <source>Certificate saved as PDF (electronic copy)</source>
        <translation>Certificate saved as PDF (electronic copy)</translation>
    </message>
    <message>
        <source>Certificate signing key retired</source>
        <translation>Certificate signing key retired</translation>
    </message>
    <message>
        <source>Accident insurance quoted</source>
        <translation>Accident insurance quoted</translation>
    </message>
    <message>
        <source>Accident insurance data read</source>
        <translation>Accident insurance data read</translation>
    </message>
    <message>
        <source>Import started</source>
        <translation>Import started</translation>
    </message>
    <message>
        <source>Portal code history read</source>
        <translation>Portal code history read</translation>
    </message>
    <message>
        <source>ZAME data read</source>
        <translation>ZAME data read</translation>
    </message>
    <message>
        <source>ZAME exit request withdrawn</source>
        <translation>ZAME exit request withdrawn</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>Password reset by an administrator</translation>
    </message>
    <message>
        <source>Account unlocked by an administrator</source>
        <translation>Account unlocked by an administrator</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Audit trail exported</translation>
    </message>
    <message>
        <source>Screen locked after idle time</source>
        <translation>Screen locked after idle time</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Locked out after wrong passwords</source>
        <translation>Locked out after wrong passwords</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>Branch created</source>
        <translation>Branch created</translation>
    </message>
    <message>
        <source>Confirmed as a different person</source>
        <translation>Confirmed as a different person</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>Customer created</translation>
    </message>
    <message>
        <source>Contact change confirmed by a supervisor</source>
        <translation>Contact change confirmed by a supervisor</translation>
    </message>
    <message>
        <source>Contact verified at the desk</source>
        <translation>Contact verified at the desk</translation>
    </message>
    <message>
        <source>Guardian recorded</source>
        <translation>Guardian recorded</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Personal data exported</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Records merged</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Customer changed</translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation>Record opened</translation>
    </message>
    <message>
        <source>Claims imported</source>
        <translation>Claims imported</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>Customers imported</translation>
    </message>
    <message>
        <source>Policies imported</source>
        <translation>Policies imported</translation>
    </message>
    <message>
        <source>Message cancelled</source>
        <translation>Message cancelled</translation>
    </message>
    <message>
        <source>Message could not be delivered</source>
        <translation>Message could not be delivered</translation>
    </message>
    <message>
        <source>Sent again with a new code</source>
        <translation>Sent again with a new code</translation>
    </message>
    <message>
        <source>Message retry requested</source>
        <translation>Message retry requested</translation>
    </message>
    <message>
        <source>Message retry scheduled</source>
        <translation>Message retry scheduled</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message sent</translation>
    </message>
    <message>
        <source>Rule value recorded</source>
        <translation>Rule value recorded</translation>
    </message>
    <message>
        <source>Portal codes issued in bulk</source>
        <translation>Portal codes issued in bulk</translation>
    </message>
    <message>
        <source>Portal code issued</source>
        <translation>Portal code issued</translation>
    </message>
    <message>
        <source>Portal code refused</source>
        <translation>Portal code refused</translation>
    </message>
    <message>
        <source>Portal code used</source>
        <translation>Portal code used</translation>
    </message>
    <message>
        <source>Portal code refused: already used</source>
        <translation>Portal code refused: already used</translation>
    </message>
    <message>
        <source>Portal code locked after wrong guesses</source>
        <translation>Portal code locked after wrong guesses</translation>
    </message>
    <message>
        <source>Wrong portal code typed</source>
        <translation>Wrong portal code typed</translation>
    </message>
    <message>
        <source>Portal code refused: replaced by a newer one</source>
        <translation>Portal code refused: replaced by a newer one</translation>
    </message>
    <message>
        <source>First start: store set up</source>
        <translation>First start: store set up</translation>
    </message>
    <message>
        <source>Store marked as a demo store</source>
        <translation>Store marked as a demo store</translation>
    </message>
    <message>
        <source>ZAME activities imported</source>
        <translation>ZAME activities imported</translation>
    </message>
    <message>
        <source>ZAME activity recorded</source>
        <translation>ZAME activity recorded</translation>
    </message>
    <message>
        <source>ZAME consent given</source>
        <translation>ZAME consent given</translation>
    </message>
    <message>
        <source>ZAME consent withdrawn</source>
        <translation>ZAME consent withdrawn</translation>
    </message>
    <message>
        <source>ZAME coupon activated</source>
        <translation>ZAME coupon activated</translation>
    </message>
    <message>
        <source>ZAME daily points run</source>
        <translation>ZAME daily points run</translation>
    </message>
    <message>
        <source>Enrolled in ZAME</source>
        <translation>Enrolled in ZAME</translation>
    </message>
    <message>
        <source>ZAME form printed</source>
        <translation>ZAME form printed</translation>
    </message>
    <message>
        <source>Excluded from ZAME</source>
        <translation>Excluded from ZAME</translation>
    </message>
    <message>
        <source>ZAME investor status re-checked</source>
        <translation>ZAME investor status re-checked</translation>
    </message>
    <message>
        <source>ZAME monthly investor re-check run</source>
        <translation>ZAME monthly investor re-check run</translation>
    </message>
    <message>
        <source>Allowed to join ZAME again</source>
        <translation>Allowed to join ZAME again</translation>
    </message>
    <message>
        <source>ZAME exit requested</source>
        <translation>ZAME exit requested</translation>
    </message>
    <message>
        <source>Partner offer changed</source>
        <translation>Partner offer changed</translation>
    </message>
    <message>
        <source>Partner offer created</source>
        <translation>Partner offer created</translation>
    </message>
    <message>
        <source>ZAME points statement printed</source>
        <translation>ZAME points statement printed</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Portal code</source>
        <translation>Portal code</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>ZAME day</source>
        <translation>ZAME day</translation>
    </message>
    <message>
        <source>ZAME membership</source>
        <translation>ZAME membership</translation>
    </message>
    <message>
        <source>Partner offer</source>
        <translation>Partner offer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Refused call</source>
        <translation>Refused call</translation>
    </message>
    <message>
        <source>Many at once (import or demo)</source>
        <translation>Many at once (import or demo)</translation>
    </message>
    <message>
        <source>Filter: action</source>
        <translation>Filter: action</translation>
    </message>
    <message>
        <source>Filter: agent</source>
        <translation>Filter: agent</translation>
    </message>
    <message>
        <source>Filter: customer no.</source>
        <translation>Filter: customer no.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Contact changed</translation>
    </message>
    <message>
        <source>National ids added</source>
        <translation>National ids added</translation>
    </message>
    <message>
        <source>National ids removed</source>
        <translation>National ids removed</translation>
    </message>
    <message>
        <source>Identified again</source>
        <translation>Identified again</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>National ids</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Confirmed different from records</source>
        <translation>Confirmed different from records</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Membership no.</source>
        <translation>Membership no.</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <source>Terms version</source>
        <translation>Terms version</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Effective on</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Quote no.</source>
        <translation>Quote no.</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <source>Record merged away</source>
        <translation>Record merged away</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Print no.</source>
        <translation>Print no.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Insured persons</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
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
        <source>Other record no.</source>
        <translation>Other record no.</translation>
    </message>
    <message>
        <source>Guardian&apos;s record no.</source>
        <translation>Guardian&apos;s record no.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>Coupon number</source>
        <translation>Coupon number</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Unknown user name</source>
        <translation>Unknown user name</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Already checked</source>
        <translation>Already checked</translation>
    </message>
    <message>
        <source>Answer as of</source>
        <translation>Answer as of</translation>
    </message>
    <message>
        <source>Limited calls</source>
        <translation>Limited calls</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Confirmations removed</source>
        <translation>Confirmations removed</translation>
    </message>
    <message>
        <source>With consent</source>
        <translation>With consent</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Duplicates dropped</source>
        <translation>Duplicates dropped</translation>
    </message>
    <message>
        <source>Earlier merges moved to the record kept</source>
        <translation>Earlier merges moved to the record kept</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Kinds</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Exits</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Level changes</translation>
    </message>
    <message>
        <source>Limit per minute</source>
        <translation>Limit per minute</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>No longer active</translation>
    </message>
    <message>
        <source>Offer no.</source>
        <translation>Offer no.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Message no.</source>
        <translation>Message no.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Replaced code no.</source>
        <translation>Replaced code no.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Earlier codes revoked</source>
        <translation>Earlier codes revoked</translation>
    </message>
    <message>
        <source>Search terms removed</source>
        <translation>Search terms removed</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Portal code no.</source>
        <translation>Portal code no.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Still active</translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation>Terminal reference</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Written to</translation>
    </message>
    <message>
        <source>Verification no.</source>
        <translation>Verification no.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Without consent</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Wording version</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ignored columns</source>
        <translation>Ignored columns</translation>
    </message>
    <message>
        <source>Refused: another market&apos;s records</source>
        <translation>Refused: another market&apos;s records</translation>
    </message>
    <message>
        <source>Start event no.</source>
        <translation>Start event no.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
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
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Document valid until</source>
        <translation>Document valid until</translation>
    </message>
    <message>
        <source>The account is locked</source>
        <translation>The account is locked</translation>
    </message>
    <message>
        <source>The account is deactivated</source>
        <translation>The account is deactivated</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>No account with this user name</source>
        <translation>No account with this user name</translation>
    </message>
    <message>
        <source>Signed out by the agent</source>
        <translation>Signed out by the agent</translation>
    </message>
    <message>
        <source>Signed out by the agent from the locked screen</source>
        <translation>Signed out by the agent from the locked screen</translation>
    </message>
    <message>
        <source>The window was closed</source>
        <translation>The window was closed</translation>
    </message>
    <message>
        <source>Left without choosing the new password asked for</source>
        <translation>Left without choosing the new password asked for</translation>
    </message>
    <message>
        <source>Locked out by wrong passwords at the locked screen</source>
        <translation>Locked out by wrong passwords at the locked screen</translation>
    </message>
    <message>
        <source>After the idle time</source>
        <translation>After the idle time</translation>
    </message>
    <message>
        <source>By the agent (Ctrl+L or the Lock button)</source>
        <translation>By the agent (Ctrl+L or the Lock button)</translation>
    </message>
    <message>
        <source>The customer may not have a code</source>
        <translation>The customer may not have a code</translation>
    </message>
    <message>
        <source>Not the contact of record</source>
        <translation>Not the contact of record</translation>
    </message>
    <message>
        <source>A recent contact change is not confirmed yet</source>
        <translation>A recent contact change is not confirmed yet</translation>
    </message>
    <message>
        <source>No e-mail of record</source>
        <translation>No e-mail of record</translation>
    </message>
    <message>
        <source>No mobile number of record</source>
        <translation>No mobile number of record</translation>
    </message>
    <message>
        <source>Too many codes in an hour</source>
        <translation>Too many codes in an hour</translation>
    </message>
    <message>
        <source>Too many codes in a day</source>
        <translation>Too many codes in a day</translation>
    </message>
    <message>
        <source>The code is no longer valid</source>
        <translation>The code is no longer valid</translation>
    </message>
    <message>
        <source>Cancelled by a supervisor</source>
        <translation>Cancelled by a supervisor</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Agent at the desk</source>
        <translation>Agent at the desk</translation>
    </message>
    <message>
        <source>In person, ID card</source>
        <translation>In person, ID card</translation>
    </message>
    <message>
        <source>In person, passport</source>
        <translation>In person, passport</translation>
    </message>
    <message>
        <source>Rekono</source>
        <translation>Rekono</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <source>EMŠO</source>
        <translation>EMŠO</translation>
    </message>
    <message>
        <source>ЕГН</source>
        <translation>ЕГН</translation>
    </message>
    <message>
        <source>ЛНЧ</source>
        <translation>ЛНЧ</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Unlocking the screen</source>
        <translation>Unlocking the screen</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Changing the password</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Who did what, when and where. Times are shown in the time zone of your branch ({zone}).</source>
        <translation>Who did what, when and where. Times are shown in the time zone of your branch ({zone}).</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>Only this &amp;customer</source>
        <translation>Only this &amp;customer</translation>
    </message>
    <message>
        <source>Show only the events about the customer of the selected event</source>
        <translation>Show only the events about the customer of the selected event</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>From day</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>To day</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <source>Only the events about this customer&apos;s record</source>
        <translation>Only the events about this customer&apos;s record</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Only this customer</source>
        <translation>Only this customer</translation>
    </message>
    <message>
        <source>The selected event</source>
        <translation>The selected event</translation>
    </message>
    <message>
        <source>Load the events again (F5)</source>
        <translation>Load the events again (F5)</translation>
    </message>
    <message>
        <source>Write every event matching the filter (not only those shown) to a CSV file</source>
        <translation>Write every event matching the filter (not only those shown) to a CSV file</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %n events. Narrow the filter to see older ones; the CSV export contains them all.</source>
        <translation>
            <numerusform>Showing the latest %n event. Narrow the filter to see older ones; the CSV export contains them all.</numerusform>
            <numerusform>Showing the latest %n events. Narrow the filter to see older ones; the CSV export contains them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an event to read it in full.</source>
        <translation>Select an event to read it in full.</translation>
    </message>
    <message>
        <source>{when} · {agent} · branch {branch} · workstation {workstation}</source>
        <translation>{when} · {agent} · branch {branch} · workstation {workstation}</translation>
    </message>
    <message>
        <source>Record: {record}</source>
        <translation>Record: {record}</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Export audit events</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>Exporting the audit trail</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {file}</source>
        <translation>
            <numerusform>Exported %n event to {file}</numerusform>
            <numerusform>Exported %n events to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>The export failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BreakdownDialog</name>
    <message>
        <source>Premium breakdown</source>
        <translation>Premium breakdown</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Amount (EUR)</translation>
    </message>
    <message>
        <source>Amount (BGN at {rate})</source>
        <translation>Amount (BGN at {rate})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{position}. {name}</source>
        <translation>{position}. {name}</translation>
    </message>
</context>
<context>
    <name>CancelCertificateDialog</name>
    <message>
        <source>Cancel certificate {number}</source>
        <translation>Cancel certificate {number}</translation>
    </message>
    <message>
        <source>The certificate stays on record, marked as cancelled, with your reason; the cover does not start.</source>
        <translation>The certificate stays on record, marked as cancelled, with your reason; the cover does not start.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Cancel the &amp;certificate</source>
        <translation>Cancel the &amp;certificate</translation>
    </message>
    <message>
        <source>Cancel certificate {number}? It stays on record as cancelled and its cover never starts; a cancellation cannot be undone.</source>
        <translation>Cancel certificate {number}? It stays on record as cancelled and its cover never starts; a cancellation cannot be undone.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Accident certificate {number}</source>
        <translation>Accident certificate {number}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Insured persons</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>&amp;Cancel certificate…</source>
        <translation>&amp;Cancel certificate…</translation>
    </message>
    <message>
        <source>A supervisor cancels a certificate, with a reason, before its cover starts</source>
        <translation>A supervisor cancels a certificate, with a reason, before its cover starts</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>A (one person)</source>
        <translation>A (one person)</translation>
    </message>
    <message>
        <source>B (group)</source>
        <translation>B (group)</translation>
    </message>
    <message>
        <source>from {start} to {end} (Sofia time)</source>
        <translation>from {start} to {end} (Sofia time)</translation>
    </message>
    <message>
        <source>{net} + tax {tax} = {total}</source>
        <translation>{net} + tax {tax} = {total}</translation>
    </message>
    <message>
        <source>card, terminal reference {reference}, {when}</source>
        <translation>card, terminal reference {reference}, {when}</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>not printed yet</translation>
    </message>
    <message>
        <source>once (the original)</source>
        <translation>once (the original)</translation>
    </message>
    <message numerus="yes">
        <source>the original and %n copies</source>
        <translation>
            <numerusform>the original and %n copy</numerusform>
            <numerusform>the original and %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: {reason}</source>
        <translation>{when}: {reason}</translation>
    </message>
    <message>
        <source>Preparing the certificate</source>
        <translation>Preparing the certificate</translation>
    </message>
    <message>
        <source>Certificate {number} cancelled.</source>
        <translation>Certificate {number} cancelled.</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>Certificate number, e.g. SOF-CENTER-2026-000012</source>
        <translation>Certificate number, e.g. SOF-CENTER-2026-000012</translation>
    </message>
    <message>
        <source>Search by certificate number</source>
        <translation>Search by certificate number</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>&amp;New quote…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>No certificates found.</source>
        <translation>No certificates found.</translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message>
        <source>Certificate {number}</source>
        <translation>Certificate {number}</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Certificate preview</translation>
    </message>
    <message>
        <source>The original was printed: the next print is a copy (КОПИЕ).</source>
        <translation>The original was printed: the next print is a copy (КОПИЕ).</translation>
    </message>
    <message>
        <source>Printing the certificate</source>
        <translation>Printing the certificate</translation>
    </message>
    <message>
        <source>The printer could not print. The print was recorded as taken: print again (it will be a copy).</source>
        <translation>The printer could not print. The print was recorded as taken: print again (it will be a copy).</translation>
    </message>
    <message>
        <source>Preview: the first paper print is the original, every later print is marked as a copy (КОПИЕ). A saved PDF is an electronic copy and does not use up the original.</source>
        <translation>Preview: the first paper print is the original, every later print is marked as a copy (КОПИЕ). A saved PDF is an electronic copy and does not use up the original.</translation>
    </message>
    <message>
        <source>an electronic copy (the original is the paper print)</source>
        <translation>an electronic copy (the original is the paper print)</translation>
    </message>
    <message>
        <source>copy no. {number}</source>
        <translation>copy no. {number}</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>the original</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Use a password you use nowhere else.</source>
        <translation>Use a password you use nowhere else.</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>C&amp;urrent password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>New password a&amp;gain</source>
        <translation>New password a&amp;gain</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hange password</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim number</source>
        <translation>Claim number</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
</context>
<context>
    <name>CodeHistoryModel</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Leave it and discard them?</source>
        <translation>This page has changes that are not saved. Leave it and discard them?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Give or withdraw a consent</source>
        <translation>Give or withdraw a consent</translation>
    </message>
    <message>
        <source>Consents are a history: each change is added, none is edited. Leave the wording version empty for the one in force.</source>
        <translation>Consents are a history: each change is added, none is edited. Leave the wording version empty for the one in force.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>the version in force</source>
        <translation>the version in force</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
</context>
<context>
    <name>ContactDialogs</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
</context>
<context>
    <name>ContactHistoryModel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>at identification</source>
        <translation>at identification</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <source>No partner offer is valid today.</source>
        <translation>No partner offer is valid today.</translation>
    </message>
    <message>
        <source>Activate a coupon</source>
        <translation>Activate a coupon</translation>
    </message>
    <message>
        <source>The coupon is sent to the member&apos;s registered e-mail. The terms allow the agent to activate it on the member&apos;s behalf.</source>
        <translation>The coupon is sent to the member&apos;s registered e-mail. The terms allow the agent to activate it on the member&apos;s behalf.</translation>
    </message>
    <message>
        <source>only where the offer allows family members</source>
        <translation>only where the offer allows family members</translation>
    </message>
    <message>
        <source>&amp;Activate and send</source>
        <translation>&amp;Activate and send</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>← &amp;Back to search</source>
        <translation>← &amp;Back to search</translation>
    </message>
    <message>
        <source>Back to the search results (Esc, Alt+Left)</source>
        <translation>Back to the search results (Esc, Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change the record, the contact of record or re-identify the person (Ctrl+E)</source>
        <translation>Change the record, the contact of record or re-identify the person (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Merge with…</translation>
    </message>
    <message>
        <source>This person has a second record: merge the two into one</source>
        <translation>This person has a second record: merge the two into one</translation>
    </message>
    <message>
        <source>E&amp;xport personal data (JSON)…</source>
        <translation>E&amp;xport personal data (JSON)…</translation>
    </message>
    <message>
        <source>Everything stored about this person, for a data subject access request</source>
        <translation>Everything stored about this person, for a data subject access request</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Load the record again (F5)</source>
        <translation>Load the record again (F5)</translation>
    </message>
    <message>
        <source>Open the record &amp;kept</source>
        <translation>Open the record &amp;kept</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Address and contact of record</source>
        <translation>Address and contact of record</translation>
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
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>National ids</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode, city</source>
        <translation>Postcode, city</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Contact &amp;history (codes go only to the contact of record)</source>
        <translation>Contact &amp;history (codes go only to the contact of record)</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>Customer record</translation>
    </message>
    <message>
        <source>No policies on record for this person.</source>
        <translation>No policies on record for this person.</translation>
    </message>
    <message>
        <source>No claims on record for this person.</source>
        <translation>No claims on record for this person.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Record no. {id} · {market} · version {version}</source>
        <translation>Record no. {id} · {market} · version {version}</translation>
    </message>
    <message>
        <source>Born {day}</source>
        <translation>Born {day}</translation>
    </message>
    <message>
        <source>Not identified at a desk yet</source>
        <translation>Not identified at a desk yet</translation>
    </message>
    <message>
        <source>{day} (expired)</source>
        <translation>{day} (expired)</translation>
    </message>
    <message>
        <source>This record was merged into record no. {id}; it is kept for the history only and cannot be changed.</source>
        <translation>This record was merged into record no. {id}; it is kept for the history only and cannot be changed.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Policies ({count})</source>
        <translation>&amp;Policies ({count})</translation>
    </message>
    <message>
        <source>&amp;Claims ({count})</source>
        <translation>&amp;Claims ({count})</translation>
    </message>
    <message>
        <source>Portal co&amp;de</source>
        <translation>Portal co&amp;de</translation>
    </message>
    <message>
        <source>&amp;Accident insurance</source>
        <translation>&amp;Accident insurance</translation>
    </message>
    <message>
        <source>&amp;ZAME</source>
        <translation>&amp;ZAME</translation>
    </message>
    <message>
        <source>Not identified at a desk yet: identify before enrolling or issuing</source>
        <translation>Not identified at a desk yet: identify before enrolling or issuing</translation>
    </message>
    <message>
        <source>{how}, {document} {number}, valid until {day}</source>
        <translation>{how}, {document} {number}, valid until {day}</translation>
    </message>
    <message>
        <source>{text} (document expired)</source>
        <translation>{text} (document expired)</translation>
    </message>
    <message>
        <source>checked by {agent} on {when}</source>
        <translation>checked by {agent} on {when}</translation>
    </message>
    <message>
        <source>born {day}</source>
        <translation>born {day}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Contact of record</source>
        <translation>Contact of record</translation>
    </message>
    <message>
        <source>Policies ({count})</source>
        <translation>Policies ({count})</translation>
    </message>
    <message>
        <source>Claims ({count})</source>
        <translation>Claims ({count})</translation>
    </message>
    <message>
        <source>{when} · {agent}</source>
        <translation>{when} · {agent}</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>Loading the summary…</source>
        <translation>Loading the summary…</translation>
    </message>
    <message>
        <source>{action}
{when}, {agent} ({branch})</source>
        <translation>{action}
{when}, {agent} ({branch})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The record below now shows their version.</source>
        <translation>The record below now shows their version.</translation>
    </message>
    <message>
        <source>The two records are merged; this is the record kept.</source>
        <translation>The two records are merged; this is the record kept.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Personal data written to {file}. Hand it over securely; it contains everything stored about the person.</source>
        <translation>Personal data written to {file}. Hand it over securely; it contains everything stored about the person.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>The export failed: {reason}</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Exporting personal data</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Identify the person with an ID card or a passport before you save. Numbers, dates and contacts are checked when you save; whatever needs correcting is marked next to its field.</source>
        <translation>Identify the person with an ID card or a passport before you save. Numbers, dates and contacts are checked when you save; whatever needs correcting is marked next to its field.</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>&amp;Create customer</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>A new e-mail or mobile becomes the contact of record: say on what evidence you change it. The change enters the contact history.</source>
        <translation>A new e-mail or mobile becomes the contact of record: say on what evidence you change it. The change enters the contact history.</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Save &amp;changes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Street and number</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Co&amp;untry</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <source>E&amp;vidence for the change</source>
        <translation>E&amp;vidence for the change</translation>
    </message>
    <message>
        <source>&amp;How identified</source>
        <translation>&amp;How identified</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>Document &amp;number</translation>
    </message>
    <message>
        <source>Valid until (expir&amp;y)</source>
        <translation>Valid until (expir&amp;y)</translation>
    </message>
    <message>
        <source>National &amp;ids</source>
        <translation>National &amp;ids</translation>
    </message>
    <message>
        <source>&amp;Postcode, city</source>
        <translation>&amp;Postcode, city</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>National ids</translation>
    </message>
    <message>
        <source>&amp;Add identifier</source>
        <translation>&amp;Add identifier</translation>
    </message>
    <message>
        <source>Add identifier</source>
        <translation>Add identifier</translation>
    </message>
    <message>
        <source>&amp;Re-identify the person now</source>
        <translation>&amp;Re-identify the person now</translation>
    </message>
    <message>
        <source>Re-identify the person now</source>
        <translation>Re-identify the person now</translation>
    </message>
    <message>
        <source>or a two-letter code, e.g. FR</source>
        <translation>or a two-letter code, e.g. FR</translation>
    </message>
    <message>
        <source>e.g. Slovenska cesta 12</source>
        <translation>e.g. Slovenska cesta 12</translation>
    </message>
    <message>
        <source>e.g. 041 123 456 or +386 41 123 456</source>
        <translation>e.g. 041 123 456 or +386 41 123 456</translation>
    </message>
    <message>
        <source>e.g. ул. Витоша 15</source>
        <translation>e.g. ул. Витоша 15</translation>
    </message>
    <message>
        <source>e.g. 0888 123 456 or +359 888 123 456</source>
        <translation>e.g. 0888 123 456 or +359 888 123 456</translation>
    </message>
    <message>
        <source>e.g. Knez Mihailova 7</source>
        <translation>e.g. Knez Mihailova 7</translation>
    </message>
    <message>
        <source>e.g. 064 123 4567 or +381 64 123 4567</source>
        <translation>e.g. 064 123 4567 or +381 64 123 4567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>e.g. request signed at the desk, ID card checked</source>
        <translation>e.g. request signed at the desk, ID card checked</translation>
    </message>
    <message>
        <source>as printed on the document</source>
        <translation>as printed on the document</translation>
    </message>
    <message>
        <source>Identified by {agent} on {moment} ({method}).</source>
        <translation>Identified by {agent} on {moment} ({method}).</translation>
    </message>
    <message>
        <source>an agent no longer on record</source>
        <translation>an agent no longer on record</translation>
    </message>
    <message>
        <source>Not identified at a desk yet (e.g. loaded from the core system).</source>
        <translation>Not identified at a desk yet (e.g. loaded from the core system).</translation>
    </message>
    <message>
        <source>Postcode: {problem}</source>
        <translation>Postcode: {problem}</translation>
    </message>
    <message>
        <source>City: {problem}</source>
        <translation>City: {problem}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>any customer: type a name or number</source>
        <translation>any customer: type a name or number</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Customers found</translation>
    </message>
    <message>
        <source>{name} · no. {id}</source>
        <translation>{name} · no. {id}</translation>
    </message>
</context>
<context>
    <name>CustomerRowsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>National ids</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Find a customer by any part of the name, in Latin or Cyrillic, with or without diacritics, or by a national id, mobile number, e-mail or policy number.</source>
        <translation>Find a customer by any part of the name, in Latin or Cyrillic, with or without diacritics, or by a national id, mobile number, e-mail or policy number.</translation>
    </message>
    <message>
        <source>Name, national id, mobile, e-mail or policy number (Ctrl+F)</source>
        <translation>Name, national id, mobile, e-mail or policy number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>Identify and record a new customer (Ctrl+N)</source>
        <translation>Identify and record a new customer (Ctrl+N)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Load customers, policies or claims from the core system&apos;s CSV extracts</source>
        <translation>Load customers, policies or claims from the core system&apos;s CSV extracts</translation>
    </message>
    <message>
        <source>Import core-system extract</source>
        <translation>Import core-system extract</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Customers found</translation>
    </message>
    <message>
        <source>Type at least a few letters of a name, or a whole number, e-mail address or policy number.</source>
        <translation>Type at least a few letters of a name, or a whole number, e-mail address or policy number.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Loading more…</translation>
    </message>
    <message>
        <source>No customer found for “{text}”. Check the spelling, try the national id, or create a new customer (Ctrl+N).</source>
        <translation>No customer found for “{text}”. Check the spelling, try the national id, or create a new customer (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>The first %n customers are shown; scroll down for more.</source>
        <translation>
            <numerusform>The first %n customer is shown; scroll down for more.</numerusform>
            <numerusform>The first %n customers are shown; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n customer found. Enter or double-click opens it.</numerusform>
            <numerusform>%n customers found. Enter or double-click opens one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message>
        <source>Tax number (davčna številka)</source>
        <translation>Tax number (davčna številka)</translation>
    </message>
    <message>
        <source>EMŠO</source>
        <translation>EMŠO</translation>
    </message>
    <message>
        <source>EGN (ЕГН)</source>
        <translation>EGN (ЕГН)</translation>
    </message>
    <message>
        <source>LNCh (ЛНЧ, foreigner)</source>
        <translation>LNCh (ЛНЧ, foreigner)</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>Tax no.</translation>
    </message>
    <message>
        <source>EGN</source>
        <translation>EGN</translation>
    </message>
    <message>
        <source>LNCh</source>
        <translation>LNCh</translation>
    </message>
    <message>
        <source>In person, with an ID card</source>
        <translation>In person, with an ID card</translation>
    </message>
    <message>
        <source>In person, with a passport</source>
        <translation>In person, with a passport</translation>
    </message>
    <message>
        <source>Rekono (online, Slovenia only)</source>
        <translation>Rekono (online, Slovenia only)</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatia</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia and Herzegovina</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>North Macedonia</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>Insured person</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Motor liability</source>
        <translation>Motor liability</translation>
    </message>
    <message>
        <source>Motor hull (casco)</source>
        <translation>Motor hull (casco)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Life</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>{name} is now on record.</source>
        <translation>{name} is now on record.</translation>
    </message>
</context>
<context>
    <name>DailyRunPanel</name>
    <message>
        <source>The daily run computes every member&apos;s points and level for a day, stores the snapshot and records level changes. The command line runs it each night (agent-app jobs daily); run it here to catch up a day. Running a day again writes nothing twice.</source>
        <translation>The daily run computes every member&apos;s points and level for a day, stores the snapshot and records level changes. The command line runs it each night (agent-app jobs daily); run it here to catch up a day. Running a day again writes nothing twice.</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>R&amp;un the daily points job</source>
        <translation>R&amp;un the daily points job</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancel the run</translation>
    </message>
    <message>
        <source>Progress of the daily run</source>
        <translation>Progress of the daily run</translation>
    </message>
    <message>
        <source>Last day run: {day}</source>
        <translation>Last day run: {day}</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Not run yet.</translation>
    </message>
    <message>
        <source>Running the day {day}…</source>
        <translation>Running the day {day}…</translation>
    </message>
    <message>
        <source>Daily points run</source>
        <translation>Daily points run</translation>
    </message>
    <message>
        <source>Computing the members&apos; points…</source>
        <translation>Computing the members&apos; points…</translation>
    </message>
    <message>
        <source>{day}: {members}, {written}, {changes}, {left} ({seconds} s).</source>
        <translation>{day}: {members}, {written}, {changes}, {left} ({seconds} s).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed figures recorded</source>
        <translation>
            <numerusform>%Ln changed figure recorded</numerusform>
            <numerusform>%Ln changed figures recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln level changes</source>
        <translation>
            <numerusform>%Ln level change</numerusform>
            <numerusform>%Ln level changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exits took effect</source>
        <translation>
            <numerusform>%Ln exit took effect</numerusform>
            <numerusform>%Ln exits took effect</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing of the run was kept.</source>
        <translation>Cancelled: nothing of the run was kept.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>e.g. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation>Pick the day from a calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>(a table, recorded in its editor)</source>
        <translation>(a table, recorded in its editor)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possibly already on record</source>
        <translation>Possibly already on record</translation>
    </message>
    <message>
        <source>Someone with the same name and birth date, or the same e-mail or mobile, is already on record. Open their record instead of creating a second one, or, if you have checked that this is someone else, confirm it: the confirmation is recorded.</source>
        <translation>Someone with the same name and birth date, or the same e-mail or mobile, is already on record. Open their record instead of creating a second one, or, if you have checked that this is someone else, confirm it: the confirmation is recorded.</translation>
    </message>
    <message>
        <source>&amp;Open selected record</source>
        <translation>&amp;Open selected record</translation>
    </message>
    <message>
        <source>This is a &amp;different person</source>
        <translation>This is a &amp;different person</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Likely matches</source>
        <translation>Likely matches</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll {name} in ZAME</source>
        <translation>Enroll {name} in ZAME</translation>
    </message>
    <message>
        <source>Record this only after the person has signed the printed enrollment form. The membership starts on the day of signing.</source>
        <translation>Record this only after the person has signed the printed enrollment form. The membership starts on the day of signing.</translation>
    </message>
    <message>
        <source>Signed the terms {version}</source>
        <translation>Signed the terms {version}</translation>
    </message>
    <message>
        <source>Signed the privacy notice {version}</source>
        <translation>Signed the privacy notice {version}</translation>
    </message>
    <message>
        <source>Agrees to direct marketing</source>
        <translation>Agrees to direct marketing</translation>
    </message>
    <message>
        <source>Agrees to Generali Investments notices</source>
        <translation>Agrees to Generali Investments notices</translation>
    </message>
    <message>
        <source>Agrees to the monthly check of investor status with Generali Investments</source>
        <translation>Agrees to the monthly check of investor status with Generali Investments</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Enroll</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude member {number}</source>
        <translation>Exclude member {number}</translation>
    </message>
    <message>
        <source>The membership ends today. The person cannot be enrolled again at a branch.</source>
        <translation>The membership ends today. The person cannot be enrolled again at a branch.</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>E&amp;xclude</translation>
    </message>
    <message>
        <source>Exclude the member today? The membership ends at once with its points; this cannot be undone.</source>
        <translation>Exclude the member today? The membership ends at once with its points; this cannot be undone.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclude</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit request</source>
        <translation>Exit request</translation>
    </message>
    <message>
        <source>The exit takes effect on the 5th Slovenian working day, counted from the working day after the request was received. Until then the member is leaving.</source>
        <translation>The exit takes effect on the 5th Slovenian working day, counted from the working day after the request was received. Until then the member is leaving.</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>&amp;Record the request</translation>
    </message>
    <message>
        <source>Takes effect on {day}.</source>
        <translation>Takes effect on {day}.</translation>
    </message>
    <message>
        <source>Record the exit request? The membership ends on {day}; until then the request can be withdrawn, afterwards the points are lost.</source>
        <translation>Record the exit request? The membership ends on {day}; until then the request can be withdrawn, afterwards the points are lost.</translation>
    </message>
    <message>
        <source>Request exit</source>
        <translation>Request exit</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Branch &amp;code</source>
        <translation>Branch &amp;code</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>Branch &amp;name</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Market</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <source>Agent Desk: first start</source>
        <translation>Agent Desk: first start</translation>
    </message>
    <message>
        <source>Welcome to Agent Desk</source>
        <translation>Welcome to Agent Desk</translation>
    </message>
    <message>
        <source>This database is new. Describe the branch this workstation belongs to and create the first administrator, who then creates the agents&apos; accounts.</source>
        <translation>This database is new. Describe the branch this workstation belongs to and create the first administrator, who then creates the agents&apos; accounts.</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>e.g. LJ-CENTER</source>
        <translation>e.g. LJ-CENTER</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>Creating the branch</source>
        <translation>Creating the branch</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IdentifierRow</name>
    <message>
        <source>Kind of national number</source>
        <translation>Kind of national number</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Remove this number</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>Open existing record</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Policies and roles</source>
        <translation>Policies and roles</translation>
    </message>
    <message>
        <source>Claims and roles</source>
        <translation>Claims and roles</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1250 (Latin: Slovenian, Serbian)</source>
        <translation>Windows-1250 (Latin: Slovenian, Serbian)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic: Bulgarian, Serbian)</source>
        <translation>Windows-1251 (Cyrillic: Bulgarian, Serbian)</translation>
    </message>
    <message>
        <source>Import from the core system</source>
        <translation>Import from the core system</translation>
    </message>
    <message>
        <source>Load a CSV extract of the insurer&apos;s core system. Rows already loaded come back unchanged, so a file can be imported again safely. Rows with problems are listed at the end; the other rows load.</source>
        <translation>Load a CSV extract of the insurer&apos;s core system. Rows already loaded come back unchanged, so a file can be imported again safely. Rows with problems are listed at the end; the other rows load.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Encoding</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Start import</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>customers.csv, policies.csv or claims.csv</source>
        <translation>customers.csv, policies.csv or claims.csv</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>What to import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Browse for the file</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Start import</source>
        <translation>Start import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <source>Stop at the next row. The rows read so far stay imported; import the same file again to load the rest.</source>
        <translation>Stop at the next row. The rows read so far stay imported; import the same file again to load the rest.</translation>
    </message>
    <message>
        <source>Choose the extract to import</source>
        <translation>Choose the extract to import</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows already read…</source>
        <translation>Cancelling: finishing the rows already read…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln rows</source>
        <translation>
            <numerusform>{done} of %Ln row</numerusform>
            <numerusform>{done} of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln rows.</source>
        <translation>
            <numerusform>{file}: %Ln row.</numerusform>
            <numerusform>{file}: %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln rows: those rows are imported. Import the same file again to load the rest.</source>
        <translation>
            <numerusform>Cancelled after %Ln row: that row is imported. Import the same file again to load the rest.</numerusform>
            <numerusform>Cancelled after %Ln rows: those rows are imported. Import the same file again to load the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln problems are listed ({more} more).</source>
        <translation>
            <numerusform>Only the first %Ln problem is listed ({more} more).</numerusform>
            <numerusform>Only the first %Ln problems are listed ({more} more).</numerusform>
        </translation>
    </message>
    <message>
        <source>Created {created}, updated {updated}, unchanged {unchanged}, failed {failed}.</source>
        <translation>Created {created}, updated {updated}, unchanged {unchanged}, failed {failed}.</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>Ignored columns: {columns}</translation>
    </message>
</context>
<context>
    <name>ImportErrorsModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Agent Desk: locked</source>
        <translation>Agent Desk: locked</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>{name}, enter your password to continue where you left off.</source>
        <translation>{name}, enter your password to continue where you left off.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agent Desk {version} · {branch}</source>
        <translation>Agent Desk {version} · {branch}</translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Branch {code}</source>
        <translation>Branch {code}</translation>
    </message>
    <message>
        <source>Local database: {path}</source>
        <translation>Local database: {path}</translation>
    </message>
    <message>
        <source>Central database: {where}</source>
        <translation>Central database: {where}</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <source>● Offline: retrying</source>
        <translation>● Offline: retrying</translation>
    </message>
    <message>
        <source>Your session on the server has expired.</source>
        <translation>Your session on the server has expired.</translation>
    </message>
    <message>
        <source>Your session on the server ended after a long time without use.</source>
        <translation>Your session on the server ended after a long time without use.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Your account has been deactivated.</translation>
    </message>
    <message>
        <source>An administrator has reset your password.</source>
        <translation>An administrator has reset your password.</translation>
    </message>
    <message>
        <source>The server has ended your session.</source>
        <translation>The server has ended your session.</translation>
    </message>
    <message>
        <source>What you were saving was not saved. Sign in again, then repeat it: what you typed is still there.</source>
        <translation>What you were saving was not saved. Sign in again, then repeat it: what you typed is still there.</translation>
    </message>
</context>
<context>
    <name>Markets</name>
    <message>
        <source>Slovenia (ZAME loyalty programme)</source>
        <translation>Slovenia (ZAME loyalty programme)</translation>
    </message>
    <message>
        <source>Bulgaria (accident insurance)</source>
        <translation>Bulgaria (accident insurance)</translation>
    </message>
    <message>
        <source>Serbia (client portal codes)</source>
        <translation>Serbia (client portal codes)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>ZAME member {number}: {name}</source>
        <translation>ZAME member {number}: {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>Member number, e.g. 00000012</source>
        <translation>Member number, e.g. 00000012</translation>
    </message>
    <message>
        <source>Search by member number</source>
        <translation>Search by member number</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>ZAME members</source>
        <translation>ZAME members</translation>
    </message>
    <message>
        <source>A member number has digits only.</source>
        <translation>A member number has digits only.</translation>
    </message>
    <message>
        <source>No members found.</source>
        <translation>No members found.</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge {name}&apos;s records</source>
        <translation>Merge {name}&apos;s records</translation>
    </message>
    <message>
        <source>Find the other record of {name} (no. {id}). Open it with Enter or double-click to compare the two before anything is changed.</source>
        <translation>Find the other record of {name} (no. {id}). Open it with Enter or double-click to compare the two before anything is changed.</translation>
    </message>
    <message>
        <source>&amp;Find the other record</source>
        <translation>&amp;Find the other record</translation>
    </message>
    <message>
        <source>Name, national id, phone, e-mail or policy number</source>
        <translation>Name, national id, phone, e-mail or policy number</translation>
    </message>
    <message>
        <source>Check that both records are the same person, then choose the record to keep. The other record&apos;s national ids, policies, claims and contact history move to the kept record, whose name, address and contacts stay as they are; the other record is closed and points to the kept one.</source>
        <translation>Check that both records are the same person, then choose the record to keep. The other record&apos;s national ids, policies, claims and contact history move to the kept record, whose name, address and contacts stay as they are; the other record is closed and points to the kept one.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>National ids</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>This record (no. {id})</source>
        <translation>This record (no. {id})</translation>
    </message>
    <message>
        <source>The other record (no. {id})</source>
        <translation>The other record (no. {id})</translation>
    </message>
    <message>
        <source>Keep &amp;this record (no. {id})</source>
        <translation>Keep &amp;this record (no. {id})</translation>
    </message>
    <message>
        <source>Keep the &amp;other record (no. {id})</source>
        <translation>Keep the &amp;other record (no. {id})</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>&amp;Merge records</source>
        <translation>&amp;Merge records</translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation>Find the other record</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Records found</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n records; scroll for more</source>
        <translation>
            <numerusform>First %n record; scroll for more</numerusform>
            <numerusform>First %n records; scroll for more</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging records</source>
        <translation>Merging records</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation>Too many wrong passwords. The account is locked until {until}.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask your administrator.</source>
        <translation>This account is deactivated. Ask your administrator.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved; please try again.</source>
        <translation>Something went wrong. Nothing was saved; please try again.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <source>This action belongs to another market than your branch&apos;s.</source>
        <translation>This action belongs to another market than your branch&apos;s.</translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh the list.</source>
        <translation>The record no longer exists. Refresh the list.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Nothing was saved: reload it and apply your change again.</source>
        <translation>Someone else changed this record meanwhile. Nothing was saved: reload it and apply your change again.</translation>
    </message>
    <message>
        <source>Connection to the database lost. Nothing was saved; try again.</source>
        <translation>Connection to the database lost. Nothing was saved; try again.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, and it cannot be told whether the change was saved. Open the record and check before you try again.</source>
        <translation>The connection to the database was lost while saving, and it cannot be told whether the change was saved. Open the record and check before you try again.</translation>
    </message>
    <message>
        <source>The database&apos;s disk is full. Nothing was saved; free some space (or ask your administrator) and try again.</source>
        <translation>The database&apos;s disk is full. Nothing was saved; free some space (or ask your administrator) and try again.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Please correct the marked fields.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Please sign in again.</source>
        <translation>Your session on the server has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Too many searches or opened records in a minute. Wait {retry_after} s.</source>
        <translation>Too many searches or opened records in a minute. Wait {retry_after} s.</translation>
    </message>
    <message>
        <source>The file is larger than {limit_mb} MB, the most the server takes.</source>
        <translation>The file is larger than {limit_mb} MB, the most the server takes.</translation>
    </message>
    <message>
        <source>This is a database address. Agent Desk works through an Agent Desk server (https://…) and never connects to a database directly: ask IT for the server&apos;s address.</source>
        <translation>This is a database address. Agent Desk works through an Agent Desk server (https://…) and never connects to a database directly: ask IT for the server&apos;s address.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (http only on this computer).</source>
        <translation>The server address must start with https:// (http only on this computer).</translation>
    </message>
    <message>
        <source>This action is not available through the server.</source>
        <translation>This action is not available through the server.</translation>
    </message>
    <message>
        <source>The server refused the request. Nothing was saved; please try again.</source>
        <translation>The server refused the request. Nothing was saved; please try again.</translation>
    </message>
    <message>
        <source>The server did not understand the request. Update Agent Desk.</source>
        <translation>The server did not understand the request. Update Agent Desk.</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation>This database already has an administrator. Sign in instead.</translation>
    </message>
    <message>
        <source>This database was made by a newer Agent Desk. Install the newer version; the database was not changed.</source>
        <translation>This database was made by a newer Agent Desk. Install the newer version; the database was not changed.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>At most {maximum} characters.</source>
        <translation>At most {maximum} characters.</translation>
    </message>
    <message>
        <source>A whole number from {minimum} to {maximum}.</source>
        <translation>A whole number from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <source>Enter a whole number above 0.</source>
        <translation>Enter a whole number above 0.</translation>
    </message>
    <message>
        <source>Choose today or a later day.</source>
        <translation>Choose today or a later day.</translation>
    </message>
    <message>
        <source>A version for this day already exists. Choose another day.</source>
        <translation>A version for this day already exists. Choose another day.</translation>
    </message>
    <message>
        <source>Use at least {minimum} characters.</source>
        <translation>Use at least {minimum} characters.</translation>
    </message>
    <message>
        <source>Use at most {maximum} characters.</source>
        <translation>Use at most {maximum} characters.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>The password must not be the username.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choose a password different from the current one.</translation>
    </message>
    <message>
        <source>2 to 16 capital letters, digits or dashes, e.g. LJ-CENTER.</source>
        <translation>2 to 16 capital letters, digits or dashes, e.g. LJ-CENTER.</translation>
    </message>
    <message>
        <source>A branch with this code exists.</source>
        <translation>A branch with this code exists.</translation>
    </message>
    <message>
        <source>Choose the market.</source>
        <translation>Choose the market.</translation>
    </message>
    <message>
        <source>Unknown time zone; use a name such as Europe/Ljubljana.</source>
        <translation>Unknown time zone; use a name such as Europe/Ljubljana.</translation>
    </message>
    <message>
        <source>3 to 64 small letters, digits, dots, dashes or underscores.</source>
        <translation>3 to 64 small letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>This username is taken.</source>
        <translation>This username is taken.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>Choose an existing branch.</source>
        <translation>Choose an existing branch.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Not a database address.</source>
        <translation>Not a database address.</translation>
    </message>
    <message>
        <source>Remove the password from the address; enter it in the password field.</source>
        <translation>Remove the password from the address; enter it in the password field.</translation>
    </message>
    <message>
        <source>The gateway address must start with https://.</source>
        <translation>The gateway address must start with https://.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Choose a language from the list.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>A port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation>Choose STARTTLS, TLS or none.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Enter the server&apos;s host name.</translation>
    </message>
    <message>
        <source>Not a date. Type it as {example}, or pick it from the calendar (Alt+Down).</source>
        <translation>Not a date. Type it as {example}, or pick it from the calendar (Alt+Down).</translation>
    </message>
    <message>
        <source>This person may already be on record. Similar records: {count}.</source>
        <translation>This person may already be on record. Similar records: {count}.</translation>
    </message>
    <message>
        <source>This person may be the same as row {row} of the same list.</source>
        <translation>This person may be the same as row {row} of the same list.</translation>
    </message>
    <message>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Use letters only (spaces, hyphens and apostrophes are fine).</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>A workstation keeps its data in a file on this computer or works through an Agent Desk server, never on a database directly.</source>
        <translation>A workstation keeps its data in a file on this computer or works through an Agent Desk server, never on a database directly.</translation>
    </message>
    <message>
        <source>Check the year: the person would be older than 130.</source>
        <translation>Check the year: the person would be older than 130.</translation>
    </message>
    <message>
        <source>Enter at least one national identification number.</source>
        <translation>Enter at least one national identification number.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>This is not a valid mobile number. For a foreign number, start with the country code, e.g. +386.</source>
        <translation>This is not a valid mobile number. For a foreign number, start with the country code, e.g. +386.</translation>
    </message>
    <message>
        <source>Choose a country, or type its two-letter code (e.g. HR).</source>
        <translation>Choose a country, or type its two-letter code (e.g. HR).</translation>
    </message>
    <message>
        <source>A postcode in this country has {digits} digits.</source>
        <translation>A postcode in this country has {digits} digits.</translation>
    </message>
    <message>
        <source>Say how you identified the person.</source>
        <translation>Say how you identified the person.</translation>
    </message>
    <message>
        <source>Identification through Rekono is possible in Slovenia only.</source>
        <translation>Identification through Rekono is possible in Slovenia only.</translation>
    </message>
    <message>
        <source>Choose the type of document you checked.</source>
        <translation>Choose the type of document you checked.</translation>
    </message>
    <message>
        <source>This identity document has expired.</source>
        <translation>This identity document has expired.</translation>
    </message>
    <message>
        <source>The e-mail or mobile changes: say on what evidence (e.g. the customer&apos;s signed request).</source>
        <translation>The e-mail or mobile changes: say on what evidence (e.g. the customer&apos;s signed request).</translation>
    </message>
    <message>
        <source>This record was merged into another one and can no longer be changed. Open the record that was kept.</source>
        <translation>This record was merged into another one and can no longer be changed. Open the record that was kept.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself: choose the other record.</source>
        <translation>A record cannot be merged with itself: choose the other record.</translation>
    </message>
    <message>
        <source>These records belong to different markets ({survivor} and {other}) and cannot be merged.</source>
        <translation>These records belong to different markets ({survivor} and {other}) and cannot be merged.</translation>
    </message>
    <message>
        <source>The two records have different numbers of the same kind ({kind}): either they are two people, or one number is wrong. Correct it first; nothing was merged.</source>
        <translation>The two records have different numbers of the same kind ({kind}): either they are two people, or one number is wrong. Correct it first; nothing was merged.</translation>
    </message>
    <message>
        <source>Both records have data in {table} that cannot be combined; nothing was merged. Ask head office.</source>
        <translation>Both records have data in {table} that cannot be combined; nothing was merged. Ask head office.</translation>
    </message>
    <message>
        <source>Choose which kind of number this is.</source>
        <translation>Choose which kind of number this is.</translation>
    </message>
    <message>
        <source>This kind of number is entered twice.</source>
        <translation>This kind of number is entered twice.</translation>
    </message>
    <message>
        <source>The check digit is wrong: please re-read the number.</source>
        <translation>The check digit is wrong: please re-read the number.</translation>
    </message>
    <message>
        <source>The birth date in this number is not a real day: please re-read the number.</source>
        <translation>The birth date in this number is not a real day: please re-read the number.</translation>
    </message>
    <message>
        <source>This number encodes the birth date {encoded}, not the one entered.</source>
        <translation>This number encodes the birth date {encoded}, not the one entered.</translation>
    </message>
    <message>
        <source>The national number encodes the other sex.</source>
        <translation>The national number encodes the other sex.</translation>
    </message>
    <message>
        <source>Already registered for {name}.</source>
        <translation>Already registered for {name}.</translation>
    </message>
    <message>
        <source>Line {line} is longer than {maximum} bytes: not an extract of the core system. Nothing was imported.</source>
        <translation>Line {line} is longer than {maximum} bytes: not an extract of the core system. Nothing was imported.</translation>
    </message>
    <message>
        <source>This number belongs to another market&apos;s record; the row was not imported.</source>
        <translation>This number belongs to another market&apos;s record; the row was not imported.</translation>
    </message>
    <message>
        <source>This number is already on record in another market; ask head office.</source>
        <translation>This number is already on record in another market; ask head office.</translation>
    </message>
    <message>
        <source>A Slovenian tax number (davčna številka) has 8 digits, the first not 0.</source>
        <translation>A Slovenian tax number (davčna številka) has 8 digits, the first not 0.</translation>
    </message>
    <message>
        <source>An EMŠO has 13 digits.</source>
        <translation>An EMŠO has 13 digits.</translation>
    </message>
    <message>
        <source>An EGN (ЕГН) has 10 digits.</source>
        <translation>An EGN (ЕГН) has 10 digits.</translation>
    </message>
    <message>
        <source>An LNCh (ЛНЧ) has 10 digits.</source>
        <translation>An LNCh (ЛНЧ) has 10 digits.</translation>
    </message>
    <message>
        <source>A JMBG has 13 digits.</source>
        <translation>A JMBG has 13 digits.</translation>
    </message>
    <message>
        <source>Connected. The database is up to date.</source>
        <translation>Connected. The database is up to date.</translation>
    </message>
    <message>
        <source>Connected. The database needs upgrading; Agent Desk upgrades it when it starts on it.</source>
        <translation>Connected. The database needs upgrading; Agent Desk upgrades it when it starts on it.</translation>
    </message>
    <message>
        <source>Connected, but the database was made by a newer Agent Desk. Install the newer version first.</source>
        <translation>Connected, but the database was made by a newer Agent Desk. Install the newer version first.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>The server refused the user name or password.</translation>
    </message>
    <message>
        <source>The server asks for a password. Enter it.</source>
        <translation>The server asks for a password. Enter it.</translation>
    </message>
    <message>
        <source>No server by this name. Check the host name.</source>
        <translation>No server by this name. Check the host name.</translation>
    </message>
    <message>
        <source>The server does not answer. Check the host, the port and the network.</source>
        <translation>The server does not answer. Check the host, the port and the network.</translation>
    </message>
    <message>
        <source>The server has no database by this name.</source>
        <translation>The server has no database by this name.</translation>
    </message>
    <message>
        <source>The database address is not valid.</source>
        <translation>The database address is not valid.</translation>
    </message>
    <message>
        <source>Could not connect: {detail}</source>
        <translation>Could not connect: {detail}</translation>
    </message>
    <message>
        <source>The file was refused; nothing was imported.</source>
        <translation>The file was refused; nothing was imported.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Check that it exists and is not open in another program.</source>
        <translation>The file {file} cannot be read. Check that it exists and is not open in another program.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and data rows.</source>
        <translation>The file is empty: it needs a header line and data rows.</translation>
    </message>
    <message>
        <source>The first line of the file is not a readable CSV header.</source>
        <translation>The first line of the file is not a readable CSV header.</translation>
    </message>
    <message>
        <source>Unknown encoding {encoding}. Leave it on automatic, or choose one from the list.</source>
        <translation>Unknown encoding {encoding}. Leave it on automatic, or choose one from the list.</translation>
    </message>
    <message>
        <source>The file is not in {encoding} (line {line}). Choose another encoding, or leave it on automatic.</source>
        <translation>The file is not in {encoding} (line {line}). Choose another encoding, or leave it on automatic.</translation>
    </message>
    <message>
        <source>The header lacks these columns: {columns}. Nothing was imported.</source>
        <translation>The header lacks these columns: {columns}. Nothing was imported.</translation>
    </message>
    <message>
        <source>The header names these columns twice: {columns}. Nothing was imported.</source>
        <translation>The header names these columns twice: {columns}. Nothing was imported.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as yyyy-mm-dd (e.g. 1980-04-25).</source>
        <translation>&quot;{value}&quot; is not a date; write it as yyyy-mm-dd (e.g. 1980-04-25).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of: {allowed}.</source>
        <translation>&quot;{value}&quot; is not one of: {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; holds invisible or control characters; correct the number in the extract.</source>
        <translation>&quot;{value}&quot; holds invisible or control characters; correct the number in the extract.</translation>
    </message>
    <message>
        <source>Your branch does not serve market {market}; ask head office to import this row.</source>
        <translation>Your branch does not serve market {market}; ask head office to import this row.</translation>
    </message>
    <message>
        <source>This person is a customer of market {market}; an import does not move customers between markets.</source>
        <translation>This person is a customer of market {market}; an import does not move customers between markets.</translation>
    </message>
    <message>
        <source>The two numbers of this row belong to two different customers. Check the row, or merge the two records first.</source>
        <translation>The two numbers of this row belong to two different customers. Check the row, or merge the two records first.</translation>
    </message>
    <message>
        <source>The customer found by the other number has a different {kind} on record.</source>
        <translation>The customer found by the other number has a different {kind} on record.</translation>
    </message>
    <message>
        <source>An earlier row of this file has the same record with different data; this row was left out.</source>
        <translation>An earlier row of this file has the same record with different data; this row was left out.</translation>
    </message>
    <message>
        <source>No customer has this number. Import the customers first.</source>
        <translation>No customer has this number. Import the customers first.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>This row cannot be read as CSV (check its quotes).</source>
        <translation>This row cannot be read as CSV (check its quotes).</translation>
    </message>
    <message>
        <source>This customer cannot get a portal code.</source>
        <translation>This customer cannot get a portal code.</translation>
    </message>
    <message>
        <source>There is no e-mail of record. Update the contact first (with evidence).</source>
        <translation>There is no e-mail of record. Update the contact first (with evidence).</translation>
    </message>
    <message>
        <source>There is no mobile number of record. Update the contact first (with evidence).</source>
        <translation>There is no mobile number of record. Update the contact first (with evidence).</translation>
    </message>
    <message>
        <source>Choose e-mail or SMS.</source>
        <translation>Choose e-mail or SMS.</translation>
    </message>
    <message>
        <source>The code was refused.</source>
        <translation>The code was refused.</translation>
    </message>
    <message>
        <source>This computer has no password keyring, so codes cannot be queued safely. Ask IT to enable the keyring.</source>
        <translation>This computer has no password keyring, so codes cannot be queued safely. Ask IT to enable the keyring.</translation>
    </message>
    <message>
        <source>The client portal is for customers of the Serbian market.</source>
        <translation>The client portal is for customers of the Serbian market.</translation>
    </message>
    <message>
        <source>This record was merged into another; open that one.</source>
        <translation>This record was merged into another; open that one.</translation>
    </message>
    <message>
        <source>No life, motor hull or household policy as policyholder, no health policy as insured person, and no claim.</source>
        <translation>No life, motor hull or household policy as policyholder, no health policy as insured person, and no claim.</translation>
    </message>
    <message>
        <source>The customer is a minor: a parent or guardian registers instead.</source>
        <translation>The customer is a minor: a parent or guardian registers instead.</translation>
    </message>
    <message>
        <source>This e-mail or mobile is not the contact of record: it is on no policy or claim and was not verified at the desk against an identity document.</source>
        <translation>This e-mail or mobile is not the contact of record: it is on no policy or claim and was not verified at the desk against an identity document.</translation>
    </message>
    <message>
        <source>The contact was changed at the desk recently: a supervisor must confirm its verification before a code is sent there.</source>
        <translation>The contact was changed at the desk recently: a supervisor must confirm its verification before a code is sent there.</translation>
    </message>
    <message>
        <source>A second person confirms: not the agent who verified or changed it.</source>
        <translation>A second person confirms: not the agent who verified or changed it.</translation>
    </message>
    <message>
        <source>No parent or guardian of this minor is recorded under that name.</source>
        <translation>No parent or guardian of this minor is recorded under that name.</translation>
    </message>
    <message>
        <source>The guardian could not be recorded.</source>
        <translation>The guardian could not be recorded.</translation>
    </message>
    <message>
        <source>Say what proves it (a birth certificate, a court decision).</source>
        <translation>Say what proves it (a birth certificate, a court decision).</translation>
    </message>
    <message>
        <source>Only a minor (under 18) has a guardian recorded.</source>
        <translation>Only a minor (under 18) has a guardian recorded.</translation>
    </message>
    <message>
        <source>A parent or guardian must be 18 or older.</source>
        <translation>A parent or guardian must be 18 or older.</translation>
    </message>
    <message>
        <source>The parent or guardian must be a customer of the same market.</source>
        <translation>The parent or guardian must be a customer of the same market.</translation>
    </message>
    <message>
        <source>A person cannot be their own guardian.</source>
        <translation>A person cannot be their own guardian.</translation>
    </message>
    <message>
        <source>The contact could not be verified.</source>
        <translation>The contact could not be verified.</translation>
    </message>
    <message>
        <source>Identify the person first: no identity check is recorded.</source>
        <translation>Identify the person first: no identity check is recorded.</translation>
    </message>
    <message>
        <source>There is neither an e-mail nor a mobile number of record.</source>
        <translation>There is neither an e-mail nor a mobile number of record.</translation>
    </message>
    <message>
        <source>Unknown delivery channel.</source>
        <translation>Unknown delivery channel.</translation>
    </message>
    <message>
        <source>No e-mail server is set up (Settings, gateways).</source>
        <translation>No e-mail server is set up (Settings, gateways).</translation>
    </message>
    <message>
        <source>The e-mail server&apos;s password is not in the keyring.</source>
        <translation>The e-mail server&apos;s password is not in the keyring.</translation>
    </message>
    <message>
        <source>No SMS gateway is set up (Settings, gateways).</source>
        <translation>No SMS gateway is set up (Settings, gateways).</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s token is not in the keyring.</source>
        <translation>The SMS gateway&apos;s token is not in the keyring.</translation>
    </message>
    <message>
        <source>This computer cannot read the queued message (different outbox key).</source>
        <translation>This computer cannot read the queued message (different outbox key).</translation>
    </message>
    <message>
        <source>Not sent: a newer code replaced this one.</source>
        <translation>Not sent: a newer code replaced this one.</translation>
    </message>
    <message>
        <source>Not sent: the code expired before it could be delivered.</source>
        <translation>Not sent: the code expired before it could be delivered.</translation>
    </message>
    <message>
        <source>The message text is gone.</source>
        <translation>The message text is gone.</translation>
    </message>
    <message>
        <source>This message cannot be sent as it is; it failed alone, the others go on.</source>
        <translation>This message cannot be sent as it is; it failed alone, the others go on.</translation>
    </message>
    <message>
        <source>The address of record holds characters no message can be sent to.</source>
        <translation>The address of record holds characters no message can be sent to.</translation>
    </message>
    <message>
        <source>The SMS gateway address is not https:// (Settings, gateways).</source>
        <translation>The SMS gateway address is not https:// (Settings, gateways).</translation>
    </message>
    <message>
        <source>Unconfirmed: the sender stopped while the e-mail server was receiving it, so it may have arrived. Not sent again; ask the customer, or Retry for a new code.</source>
        <translation>Unconfirmed: the sender stopped while the e-mail server was receiving it, so it may have arrived. Not sent again; ask the customer, or Retry for a new code.</translation>
    </message>
    <message>
        <source>Only a message still waiting to be sent, or a failed portal-code message (a new code is issued), can be retried.</source>
        <translation>Only a message still waiting to be sent, or a failed portal-code message (a new code is issued), can be retried.</translation>
    </message>
    <message>
        <source>Only a message still waiting to be sent can be cancelled.</source>
        <translation>Only a message still waiting to be sent can be cancelled.</translation>
    </message>
    <message>
        <source>Cancelled by a supervisor; the code was revoked.</source>
        <translation>Cancelled by a supervisor; the code was revoked.</translation>
    </message>
    <message>
        <source>The customer already had a portal code.</source>
        <translation>The customer already had a portal code.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>The customer no longer exists.</translation>
    </message>
    <message>
        <source>No customer of your market has this JMBG: add the parent or guardian first.</source>
        <translation>No customer of your market has this JMBG: add the parent or guardian first.</translation>
    </message>
    <message>
        <source>Not done: this store is not a demo, and an administrator has not yet recorded “{setting}” (Settings, Deployment settings). Nothing was sent, printed or saved.</source>
        <translation>Not done: this store is not a demo, and an administrator has not yet recorded “{setting}” (Settings, Deployment settings). Nothing was sent, printed or saved.</translation>
    </message>
    <message>
        <source>Only an empty database can become a demo database.</source>
        <translation>Only an empty database can become a demo database.</translation>
    </message>
    <message>
        <source>Enter the full https:// address of the page.</source>
        <translation>Enter the full https:// address of the page.</translation>
    </message>
    <message>
        <source>This is a placeholder (an example address), not the insurer&apos;s own.</source>
        <translation>This is a placeholder (an example address), not the insurer&apos;s own.</translation>
    </message>
    <message>
        <source>Portal code e-mails and SMS (RS)</source>
        <translation>Portal code e-mails and SMS (RS)</translation>
    </message>
    <message>
        <source>ZAME enrollment form and enrollment (SI)</source>
        <translation>ZAME enrollment form and enrollment (SI)</translation>
    </message>
    <message>
        <source>ZAME points statement and discounts (SI)</source>
        <translation>ZAME points statement and discounts (SI)</translation>
    </message>
    <message>
        <source>Accident quotes and certificates (BG)</source>
        <translation>Accident quotes and certificates (BG)</translation>
    </message>
    <message>
        <source>Accident certificate (BG)</source>
        <translation>Accident certificate (BG)</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n fields; the header has {expected}.</source>
        <translation>
            <numerusform>This row has %n field; the header has {expected}.</numerusform>
            <numerusform>This row has %n fields; the header has {expected}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n codes per customer per hour. Try again later.</source>
        <translation>
            <numerusform>At most %n code per customer per hour. Try again later.</numerusform>
            <numerusform>At most %n codes per customer per hour. Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n codes per customer per day. Try again tomorrow.</source>
        <translation>
            <numerusform>At most %n code per customer per day. Try again tomorrow.</numerusform>
            <numerusform>At most %n codes per customer per day. Try again tomorrow.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>The accident insurance was refused.</source>
        <translation>The accident insurance was refused.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer to keep the certificate signing key: certificates cannot be issued here.</source>
        <translation>No usable keyring on this computer to keep the certificate signing key: certificates cannot be issued here.</translation>
    </message>
    <message>
        <source>Choose clause A or B.</source>
        <translation>Choose clause A or B.</translation>
    </message>
    <message>
        <source>Clause A insures exactly one person.</source>
        <translation>Clause A insures exactly one person.</translation>
    </message>
    <message>
        <source>Clause B (group) needs at least two persons.</source>
        <translation>Clause B (group) needs at least two persons.</translation>
    </message>
    <message>
        <source>Choose the purpose of the insurance.</source>
        <translation>Choose the purpose of the insurance.</translation>
    </message>
    <message>
        <source>Unknown risk.</source>
        <translation>Unknown risk.</translation>
    </message>
    <message>
        <source>Enter an amount in euro with at most two decimals.</source>
        <translation>Enter an amount in euro with at most two decimals.</translation>
    </message>
    <message>
        <source>The sum insured must be between {minimum} and {maximum} EUR.</source>
        <translation>The sum insured must be between {minimum} and {maximum} EUR.</translation>
    </message>
    <message>
        <source>The basic covers are required: enter a sum insured.</source>
        <translation>The basic covers are required: enter a sum insured.</translation>
    </message>
    <message>
        <source>The insurance can start on {earliest} at the earliest.</source>
        <translation>The insurance can start on {earliest} at the earliest.</translation>
    </message>
    <message>
        <source>The term is at most a year: the last possible end date is {latest}.</source>
        <translation>The term is at most a year: the last possible end date is {latest}.</translation>
    </message>
    <message>
        <source>At most 100 characters.</source>
        <translation>At most 100 characters.</translation>
    </message>
    <message>
        <source>An insured person needs an ЕГН or a ЛНЧ.</source>
        <translation>An insured person needs an ЕГН or a ЛНЧ.</translation>
    </message>
    <message>
        <source>The ЕГН encodes another birth date ({encoded}).</source>
        <translation>The ЕГН encodes another birth date ({encoded}).</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>This person is already on the list.</translation>
    </message>
    <message>
        <source>Choose the policyholder among the customers.</source>
        <translation>Choose the policyholder among the customers.</translation>
    </message>
    <message>
        <source>The policyholder must be a customer of the Bulgarian market.</source>
        <translation>The policyholder must be a customer of the Bulgarian market.</translation>
    </message>
    <message>
        <source>The policyholder must be at least {minimum} years old.</source>
        <translation>The policyholder must be at least {minimum} years old.</translation>
    </message>
    <message>
        <source>Identify the policyholder first: no identity check is recorded.</source>
        <translation>Identify the policyholder first: no identity check is recorded.</translation>
    </message>
    <message>
        <source>This customer has no ЕГН or ЛНЧ on record.</source>
        <translation>This customer has no ЕГН or ЛНЧ on record.</translation>
    </message>
    <message>
        <source>Nobody on the list can be insured.</source>
        <translation>Nobody on the list can be insured.</translation>
    </message>
    <message>
        <source>The amount paid must equal the total, {total} EUR.</source>
        <translation>The amount paid must equal the total, {total} EUR.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>At most 64 characters.</translation>
    </message>
    <message>
        <source>The payment time is in the future.</source>
        <translation>The payment time is in the future.</translation>
    </message>
    <message>
        <source>A certificate was already issued for this quote.</source>
        <translation>A certificate was already issued for this quote.</translation>
    </message>
    <message>
        <source>The quote was valid until {valid_until}: make a new one.</source>
        <translation>The quote was valid until {valid_until}: make a new one.</translation>
    </message>
    <message>
        <source>Cover starts the day after payment at the earliest ({earliest}): make a new quote.</source>
        <translation>Cover starts the day after payment at the earliest ({earliest}): make a new quote.</translation>
    </message>
    <message>
        <source>Checked for today, the quote comes out differently (an age, say): make a new quote.</source>
        <translation>Checked for today, the quote comes out differently (an age, say): make a new quote.</translation>
    </message>
    <message>
        <source>The certificate is already cancelled.</source>
        <translation>The certificate is already cancelled.</translation>
    </message>
    <message>
        <source>The cover has started: the certificate can no longer be cancelled.</source>
        <translation>The cover has started: the certificate can no longer be cancelled.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Columns missing from the header: {columns}.</source>
        <translation>Columns missing from the header: {columns}.</translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation>Write yes or no.</translation>
    </message>
    <message>
        <source>This is not a day: write the day, the month and the four-digit year.</source>
        <translation>This is not a day: write the day, the month and the four-digit year.</translation>
    </message>
    <message>
        <source>The tariff lacks the section “{section}”.</source>
        <translation>The tariff lacks the section “{section}”.</translation>
    </message>
    <message>
        <source>The tariff must price each of the six risks, and nothing else.</source>
        <translation>The tariff must price each of the six risks, and nothing else.</translation>
    </message>
    <message>
        <source>The risk “{risk}” needs a group (basic or additional).</source>
        <translation>The risk “{risk}” needs a group (basic or additional).</translation>
    </message>
    <message>
        <source>Enter a positive number.</source>
        <translation>Enter a positive number.</translation>
    </message>
    <message>
        <source>The highest sum is below the lowest.</source>
        <translation>The highest sum is below the lowest.</translation>
    </message>
    <message>
        <source>The age bands must cover every eligible age once, without gaps.</source>
        <translation>The age bands must cover every eligible age once, without gaps.</translation>
    </message>
    <message>
        <source>The short-term scale must reach a whole year (366 days).</source>
        <translation>The short-term scale must reach a whole year (366 days).</translation>
    </message>
    <message>
        <source>A percentage between 0 and 100.</source>
        <translation>A percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>No ZAME discount: ZAME is a Slovenian loyalty programme and does not apply to Bulgarian accident insurance.</source>
        <translation>No ZAME discount: ZAME is a Slovenian loyalty programme and does not apply to Bulgarian accident insurance.</translation>
    </message>
    <message>
        <source>The minimum premium applies.</source>
        <translation>The minimum premium applies.</translation>
    </message>
    <message>
        <source>Insured without the death risk: under 14.</source>
        <translation>Insured without the death risk: under 14.</translation>
    </message>
    <message>
        <source>Insured without the death risk: under full legal interdiction.</source>
        <translation>Insured without the death risk: under full legal interdiction.</translation>
    </message>
    <message>
        <source>Cover ends on the last day this person is 68.</source>
        <translation>Cover ends on the last day this person is 68.</translation>
    </message>
    <message>
        <source>Refused: only people aged 0 to 68 can be insured.</source>
        <translation>Refused: only people aged 0 to 68 can be insured.</translation>
    </message>
    <message>
        <source>Refused: this person turns 69 before the insurance starts.</source>
        <translation>Refused: this person turns 69 before the insurance starts.</translation>
    </message>
    <message>
        <source>Refused: lost more than 50 % of working capacity.</source>
        <translation>Refused: lost more than 50 % of working capacity.</translation>
    </message>
    <message>
        <source>Refused: a foreigner (ЛНЧ) is insured only when permanently resident in Bulgaria.</source>
        <translation>Refused: a foreigner (ЛНЧ) is insured only when permanently resident in Bulgaria.</translation>
    </message>
    <message>
        <source>Genuine and in force: issued by this insurer and not cancelled.</source>
        <translation>Genuine and in force: issued by this insurer and not cancelled.</translation>
    </message>
    <message>
        <source>Genuine, but cancelled: this certificate is not in force.</source>
        <translation>Genuine, but cancelled: this certificate is not in force.</translation>
    </message>
    <message>
        <source>Not issued by this insurer.</source>
        <translation>Not issued by this insurer.</translation>
    </message>
    <message>
        <source>Altered: what is printed is not what was signed.</source>
        <translation>Altered: what is printed is not what was signed.</translation>
    </message>
    <message>
        <source>The cancellation list is damaged or not signed by a trusted publisher.</source>
        <translation>The cancellation list is damaged or not signed by a trusted publisher.</translation>
    </message>
    <message>
        <source>This workstation&apos;s signing key was retired: no certificate can be issued with it.</source>
        <translation>This workstation&apos;s signing key was retired: no certificate can be issued with it.</translation>
    </message>
    <message>
        <source>This is not a certificate&apos;s QR code.</source>
        <translation>This is not a certificate&apos;s QR code.</translation>
    </message>
    <message>
        <source>{risk}: {sum} EUR × {rate} ‰ a year</source>
        <translation>{risk}: {sum} EUR × {rate} ‰ a year</translation>
    </message>
    <message>
        <source>Yearly premium</source>
        <translation>Yearly premium</translation>
    </message>
    <message>
        <source>Age {age}: × {factor}</source>
        <translation>Age {age}: × {factor}</translation>
    </message>
    <message>
        <source>Purpose {purpose}: × {factor}</source>
        <translation>Purpose {purpose}: × {factor}</translation>
    </message>
    <message>
        <source>Raised to the minimum premium, {minimum} EUR</source>
        <translation>Raised to the minimum premium, {minimum} EUR</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Insurance premium tax {rate} %</source>
        <translation>Insurance premium tax {rate} %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>This ZAME action is not possible.</source>
        <translation>This ZAME action is not possible.</translation>
    </message>
    <message>
        <source>This person cannot join ZAME yet; the reasons are listed below.</source>
        <translation>This person cannot join ZAME yet; the reasons are listed below.</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Unknown channel: {channel}.</translation>
    </message>
    <message>
        <source>The signature time lies in the future.</source>
        <translation>The signature time lies in the future.</translation>
    </message>
    <message>
        <source>Unknown kind of consent.</source>
        <translation>Unknown kind of consent.</translation>
    </message>
    <message>
        <source>Unknown activity.</source>
        <translation>Unknown activity.</translation>
    </message>
    <message>
        <source>Unknown source of the activity.</source>
        <translation>Unknown source of the activity.</translation>
    </message>
    <message>
        <source>No ZAME member with this number.</source>
        <translation>No ZAME member with this number.</translation>
    </message>
    <message>
        <source>Generali Investments&apos; answer is of {as_of}: not this month&apos;s re-check of {day}.</source>
        <translation>Generali Investments&apos; answer is of {as_of}: not this month&apos;s re-check of {day}.</translation>
    </message>
    <message>
        <source>The day lies in the future.</source>
        <translation>The day lies in the future.</translation>
    </message>
    <message>
        <source>The membership {member_number} has ended: nothing can be added to it.</source>
        <translation>The membership {member_number} has ended: nothing can be added to it.</translation>
    </message>
    <message>
        <source>An exit can only be requested for an active membership.</source>
        <translation>An exit can only be requested for an active membership.</translation>
    </message>
    <message>
        <source>Only an exit request that has not yet taken effect can be withdrawn.</source>
        <translation>Only an exit request that has not yet taken effect can be withdrawn.</translation>
    </message>
    <message>
        <source>The exit request cannot be older than the membership.</source>
        <translation>The exit request cannot be older than the membership.</translation>
    </message>
    <message>
        <source>This offer is not valid today (expired, not yet valid, or withdrawn).</source>
        <translation>This offer is not valid today (expired, not yet valid, or withdrawn).</translation>
    </message>
    <message>
        <source>The member&apos;s level is too low for this offer.</source>
        <translation>The member&apos;s level is too low for this offer.</translation>
    </message>
    <message>
        <source>This offer is for the member only: family members may not use it.</source>
        <translation>This offer is for the member only: family members may not use it.</translation>
    </message>
    <message>
        <source>The member has no e-mail address of record for the coupon.</source>
        <translation>The member has no e-mail address of record for the coupon.</translation>
    </message>
    <message>
        <source>Choose an area.</source>
        <translation>Choose an area.</translation>
    </message>
    <message>
        <source>Choose a level.</source>
        <translation>Choose a level.</translation>
    </message>
    <message>
        <source>The offer cannot end before it starts.</source>
        <translation>The offer cannot end before it starts.</translation>
    </message>
    <message>
        <source>The person must sign this document before joining.</source>
        <translation>The person must sign this document before joining.</translation>
    </message>
    <message>
        <source>Enter a whole number of points (0 or more).</source>
        <translation>Enter a whole number of points (0 or more).</translation>
    </message>
    <message>
        <source>This part of the points table is missing.</source>
        <translation>This part of the points table is missing.</translation>
    </message>
    <message>
        <source>The points table has no row for {item}.</source>
        <translation>The points table has no row for {item}.</translation>
    </message>
    <message>
        <source>The points table has an unknown row: {item}.</source>
        <translation>The points table has an unknown row: {item}.</translation>
    </message>
    <message>
        <source>Rows counted as alternatives must be activities or consents of the table.</source>
        <translation>Rows counted as alternatives must be activities or consents of the table.</translation>
    </message>
    <message>
        <source>The four levels need rising thresholds, Osnovni starting at 0.</source>
        <translation>The four levels need rising thresholds, Osnovni starting at 0.</translation>
    </message>
    <message>
        <source>The largest discount is at most 100 %.</source>
        <translation>The largest discount is at most 100 %.</translation>
    </message>
    <message>
        <source>A code of lower-case letters, digits and _ (at most 30), starting with a letter.</source>
        <translation>A code of lower-case letters, digits and _ (at most 30), starting with a letter.</translation>
    </message>
    <message>
        <source>The code {item} is used by another row.</source>
        <translation>The code {item} is used by another row.</translation>
    </message>
    <message>
        <source>At most {maximum} other items.</source>
        <translation>At most {maximum} other items.</translation>
    </message>
    <message>
        <source>Only customers of the Slovenian market can join ZAME.</source>
        <translation>Only customers of the Slovenian market can join ZAME.</translation>
    </message>
    <message>
        <source>This record was merged into another: enroll that one.</source>
        <translation>This record was merged into another: enroll that one.</translation>
    </message>
    <message>
        <source>Members must be 18 or older on the day they join.</source>
        <translation>Members must be 18 or older on the day they join.</translation>
    </message>
    <message>
        <source>A Slovenian tax number (davčna številka) is required.</source>
        <translation>A Slovenian tax number (davčna številka) is required.</translation>
    </message>
    <message>
        <source>The tax number (davčna številka) of record is not valid.</source>
        <translation>The tax number (davčna številka) of record is not valid.</translation>
    </message>
    <message>
        <source>The terms require data that is missing from the customer&apos;s record.</source>
        <translation>The terms require data that is missing from the customer&apos;s record.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>This person is already a member.</translation>
    </message>
    <message>
        <source>This membership was not excluded; there is nothing to allow.</source>
        <translation>This membership was not excluded; there is nothing to allow.</translation>
    </message>
    <message>
        <source>This person was excluded from ZAME and can join again only when a supervisor allows it.</source>
        <translation>This person was excluded from ZAME and can join again only when a supervisor allows it.</translation>
    </message>
    <message>
        <source>No ZAME discount: the customer is not a member on that day.</source>
        <translation>No ZAME discount: the customer is not a member on that day.</translation>
    </message>
    <message>
        <source>No ZAME discount: the membership has ended (exit or exclusion).</source>
        <translation>No ZAME discount: the membership has ended (exit or exclusion).</translation>
    </message>
    <message>
        <source>No ZAME discount: ZAME is a Slovenian programme and this policy belongs to another market.</source>
        <translation>No ZAME discount: ZAME is a Slovenian programme and this policy belongs to another market.</translation>
    </message>
    <message>
        <source>No ZAME discount: it applies to motor, home and accident policies only.</source>
        <translation>No ZAME discount: it applies to motor, home and accident policies only.</translation>
    </message>
    <message>
        <source>Osnovni (basic)</source>
        <translation>Osnovni (basic)</translation>
    </message>
    <message>
        <source>Bronasti (bronze)</source>
        <translation>Bronasti (bronze)</translation>
    </message>
    <message>
        <source>Srebrni (silver)</source>
        <translation>Srebrni (silver)</translation>
    </message>
    <message>
        <source>Zlati (gold)</source>
        <translation>Zlati (gold)</translation>
    </message>
    <message numerus="yes">
        <source>Term of %n days: {percent} % of the yearly premium</source>
        <translation>
            <numerusform>Term of %n day: {percent} % of the yearly premium</numerusform>
            <numerusform>Term of %n days: {percent} % of the yearly premium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Premium of %n person(s)</source>
        <translation>
            <numerusform>Premium of %n person</numerusform>
            <numerusform>Premium of %n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group discount {percent} % for %n persons (−{discount} EUR)</source>
        <translation>
            <numerusform>Group discount {percent} % for %n person (−{discount} EUR)</numerusform>
            <numerusform>Group discount {percent} % for %n persons (−{discount} EUR)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAgentDialog</name>
    <message>
        <source>New agent</source>
        <translation>New agent</translation>
    </message>
    <message>
        <source>The agent signs in with this password once and then chooses their own.</source>
        <translation>The agent signs in with this password once and then chooses their own.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Branch</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <source>e.g. maja.novak</source>
        <translation>e.g. maja.novak</translation>
    </message>
    <message>
        <source>&amp;Create agent</source>
        <translation>&amp;Create agent</translation>
    </message>
</context>
<context>
    <name>NewBranchDialog</name>
    <message>
        <source>New branch</source>
        <translation>New branch</translation>
    </message>
    <message>
        <source>The market decides which sections the branch&apos;s agents see; times are shown in the branch&apos;s time zone.</source>
        <translation>The market decides which sections the branch&apos;s agents see; times are shown in the branch&apos;s time zone.</translation>
    </message>
    <message>
        <source>Branch &amp;code</source>
        <translation>Branch &amp;code</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>Branch &amp;name</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Market</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <source>e.g. MB-CENTER</source>
        <translation>e.g. MB-CENTER</translation>
    </message>
    <message>
        <source>C&amp;reate branch</source>
        <translation>C&amp;reate branch</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>New partner offer</source>
        <translation>New partner offer</translation>
    </message>
    <message>
        <source>Partner offer</source>
        <translation>Partner offer</translation>
    </message>
    <message>
        <source>Family members the member names may use it</source>
        <translation>Family members the member names may use it</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>No longer offered</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offered</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>&amp;New offer…</source>
        <translation>&amp;New offer…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Partner offers</source>
        <translation>Partner offers</translation>
    </message>
</context>
<context>
    <name>OpenQuoteList</name>
    <message>
        <source>Continue to pa&amp;yment…</source>
        <translation>Continue to pa&amp;yment…</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>Continue to payment</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment</source>
        <translation>Saved quotes waiting for payment</translation>
    </message>
    <message>
        <source>No saved quote waiting for payment.</source>
        <translation>No saved quote waiting for payment.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Please wait...</source>
        <translation>Please wait...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Outbox: e-mails and SMS with portal codes</source>
        <translation>&amp;Outbox: e-mails and SMS with portal codes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;try</translation>
    </message>
    <message>
        <source>A waiting message is sent now; a failed portal-code message cannot be sent again (its text is erased), so the customer gets a new code by the same channel</source>
        <translation>A waiting message is sent now; a failed portal-code message cannot be sent again (its text is erased), so the customer gets a new code by the same channel</translation>
    </message>
    <message>
        <source>&amp;Cancel message</source>
        <translation>&amp;Cancel message</translation>
    </message>
    <message>
        <source>Do not send this waiting message; its code is revoked</source>
        <translation>Do not send this waiting message; its code is revoked</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Outbox messages</translation>
    </message>
    <message>
        <source>The text of a failed message is erased, so a new code was issued and queued to {destination}.</source>
        <translation>The text of a failed message is erased, so a new code was issued and queued to {destination}.</translation>
    </message>
    <message>
        <source>The message will be sent with the next sending round.</source>
        <translation>The message will be sent with the next sending round.</translation>
    </message>
    <message>
        <source>The message is cancelled and its code revoked.</source>
        <translation>The message is cancelled and its code revoked.</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>Wrong passwords before an account locks</source>
        <translation>Wrong passwords before an account locks</translation>
    </message>
    <message>
        <source>Minutes a locked account stays locked</source>
        <translation>Minutes a locked account stays locked</translation>
    </message>
    <message>
        <source>Shortest allowed password</source>
        <translation>Shortest allowed password</translation>
    </message>
    <message>
        <source>Idle minutes before the window locks</source>
        <translation>Idle minutes before the window locks</translation>
    </message>
    <message>
        <source>Minutes a portal code sent by SMS stays valid</source>
        <translation>Minutes a portal code sent by SMS stays valid</translation>
    </message>
    <message>
        <source>Minutes a portal code sent by e-mail stays valid</source>
        <translation>Minutes a portal code sent by e-mail stays valid</translation>
    </message>
    <message>
        <source>Portal codes per customer per hour</source>
        <translation>Portal codes per customer per hour</translation>
    </message>
    <message>
        <source>Portal codes per customer per day</source>
        <translation>Portal codes per customer per day</translation>
    </message>
    <message>
        <source>Wrong guesses before a portal code locks</source>
        <translation>Wrong guesses before a portal code locks</translation>
    </message>
    <message>
        <source>Client portal registration address</source>
        <translation>Client portal registration address</translation>
    </message>
    <message>
        <source>Days after a policy ends when its holder still gets a portal code</source>
        <translation>Days after a policy ends when its holder still gets a portal code</translation>
    </message>
    <message>
        <source>Days after a desk change of contact when a supervisor must confirm it</source>
        <translation>Days after a desk change of contact when a supervisor must confirm it</translation>
    </message>
    <message>
        <source>Branches that show leva beside euro on accident quotes</source>
        <translation>Branches that show leva beside euro on accident quotes</translation>
    </message>
    <message>
        <source>Days an accident quote can still be paid</source>
        <translation>Days an accident quote can still be paid</translation>
    </message>
    <message>
        <source>Accident insurance tariff</source>
        <translation>Accident insurance tariff</translation>
    </message>
    <message>
        <source>ZAME consent wording (version)</source>
        <translation>ZAME consent wording (version)</translation>
    </message>
    <message>
        <source>Working days to carry out a ZAME exit</source>
        <translation>Working days to carry out a ZAME exit</translation>
    </message>
    <message>
        <source>Days an investor check counts for ZAME points</source>
        <translation>Days an investor check counts for ZAME points</translation>
    </message>
    <message>
        <source>ZAME privacy notice (version)</source>
        <translation>ZAME privacy notice (version)</translation>
    </message>
    <message>
        <source>ZAME points table and levels</source>
        <translation>ZAME points table and levels</translation>
    </message>
    <message>
        <source>ZAME general terms (version)</source>
        <translation>ZAME general terms (version)</translation>
    </message>
    <message>
        <source>Insurer&apos;s name on the certificate</source>
        <translation>Insurer&apos;s name on the certificate</translation>
    </message>
    <message>
        <source>Insurer&apos;s registration, seat and address on the certificate</source>
        <translation>Insurer&apos;s registration, seat and address on the certificate</translation>
    </message>
    <message>
        <source>Insurer&apos;s website for the general terms and the solvency report</source>
        <translation>Insurer&apos;s website for the general terms and the solvency report</translation>
    </message>
    <message>
        <source>Insurer&apos;s address for complaints</source>
        <translation>Insurer&apos;s address for complaints</translation>
    </message>
    <message>
        <source>none (euro only)</source>
        <translation>none (euro only)</translation>
    </message>
    <message>
        <source>all branches</source>
        <translation>all branches</translation>
    </message>
    <message>
        <source>Shipped default</source>
        <translation>Shipped default</translation>
    </message>
    <message>
        <source>Recorded by an administrator</source>
        <translation>Recorded by an administrator</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>(a table, see its screen)</source>
        <translation>(a table, see its screen)</translation>
    </message>
</context>
<context>
    <name>ParametersTableModel</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment and issue</source>
        <translation>Payment and issue</translation>
    </message>
    <message>
        <source>Record the card payment as the terminal printed it. The certificate is issued with the payment; its cover starts on {start} at 00:00 (Sofia time).</source>
        <translation>Record the card payment as the terminal printed it. The certificate is issued with the payment; its cover starts on {start} at 00:00 (Sofia time).</translation>
    </message>
    <message>
        <source>Total to pay: {total}</source>
        <translation>Total to pay: {total}</translation>
    </message>
    <message>
        <source>Terminal &amp;reference</source>
        <translation>Terminal &amp;reference</translation>
    </message>
    <message>
        <source>&amp;Amount paid (EUR)</source>
        <translation>&amp;Amount paid (EUR)</translation>
    </message>
    <message>
        <source>Paid a&amp;t</source>
        <translation>Paid a&amp;t</translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation>&amp;Issue certificate</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Print: {title}</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not print.</source>
        <translation>The printer could not print.</translation>
    </message>
    <message>
        <source>The file could not be written: {path}</source>
        <translation>The file could not be written: {path}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <source>Saved {path}: {what}.</source>
        <translation>Saved {path}: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to {printer}: {what}, %n page(s).</source>
        <translation>
            <numerusform>Sent to {printer}: {what}, %n page.</numerusform>
            <numerusform>Sent to {printer}: {what}, %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to {printer}: %n page(s).</source>
        <translation>
            <numerusform>Sent to {printer}: %n page.</numerusform>
            <numerusform>Sent to {printer}: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonResultsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cover until</source>
        <translation>Cover until</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PointsChart</name>
    <message>
        <source>Daily points history</source>
        <translation>Daily points history</translation>
    </message>
    <message>
        <source>No points counted yet: the daily run counts them each night.</source>
        <translation>No points counted yet: the daily run counts them each night.</translation>
    </message>
    <message>
        <source>Points at the close of each day</source>
        <translation>Points at the close of each day</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>PoliciesModel</name>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Product line</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PortalCodePanel</name>
    <message>
        <source>A one-time security code lets the customer register on the client portal. It goes only to the e-mail or mobile of record; nobody at the desk ever sees it.</source>
        <translation>A one-time security code lets the customer register on the client portal. It goes only to the e-mail or mobile of record; nobody at the desk ever sees it.</translation>
    </message>
    <message>
        <source>May get a code</source>
        <translation>May get a code</translation>
    </message>
    <message>
        <source>no code issued yet</source>
        <translation>no code issued yet</translation>
    </message>
    <message>
        <source>latest: {status}, by {channel} to {to}, {when}</source>
        <translation>latest: {status}, by {channel} to {to}, {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) issued</source>
        <translation>
            <numerusform>%n code issued</numerusform>
            <numerusform>%n codes issued</numerusform>
        </translation>
    </message>
    <message>
        <source>Client portal code</source>
        <translation>Client portal code</translation>
    </message>
    <message>
        <source>I&amp;ssue code</source>
        <translation>I&amp;ssue code</translation>
    </message>
    <message>
        <source>Issue a new code and send it; an earlier unused code stops working</source>
        <translation>Issue a new code and send it; an earlier unused code stops working</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Code histor&amp;y</source>
        <translation>Code histor&amp;y</translation>
    </message>
    <message>
        <source>Portal code history</source>
        <translation>Portal code history</translation>
    </message>
    <message>
        <source>The second person: confirm a colleague&apos;s desk verification</source>
        <translation>The second person: confirm a colleague&apos;s desk verification</translation>
    </message>
    <message>
        <source>Verify contact at the desk…</source>
        <translation>Verify contact at the desk…</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>No code</translation>
    </message>
    <message>
        <source>Confirm verification</source>
        <translation>Confirm verification</translation>
    </message>
    <message>
        <source>Record parent or guardian…</source>
        <translation>Record parent or guardian…</translation>
    </message>
    <message>
        <source>Issue to guardian</source>
        <translation>Issue to guardian</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent or guardian</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>This customer can get a portal code.</source>
        <translation>This customer can get a portal code.</translation>
    </message>
    <message>
        <source>E-mail to {destination}</source>
        <translation>E-mail to {destination}</translation>
    </message>
    <message>
        <source>E-mail (none of record)</source>
        <translation>E-mail (none of record)</translation>
    </message>
    <message>
        <source>SMS to {destination}</source>
        <translation>SMS to {destination}</translation>
    </message>
    <message>
        <source>SMS (no mobile of record)</source>
        <translation>SMS (no mobile of record)</translation>
    </message>
    <message>
        <source>Revoke the earlier code</source>
        <translation>Revoke the earlier code</translation>
    </message>
    <message>
        <source>The code sent by {old_channel} to {old_destination} on {when} has not been used yet. A new code revokes it: it stops working at once. Revoke it and send a new code by {channel} to {destination}?</source>
        <translation>The code sent by {old_channel} to {old_destination} on {when} has not been used yet. A new code revokes it: it stops working at once. Revoke it and send a new code by {channel} to {destination}?</translation>
    </message>
    <message>
        <source>Revoke and send new code</source>
        <translation>Revoke and send new code</translation>
    </message>
    <message>
        <source>Issuing the portal code</source>
        <translation>Issuing the portal code</translation>
    </message>
    <message>
        <source>Code issued: {channel} to {destination}, valid until {expiry}. It is queued for sending; the history shows when it was sent.</source>
        <translation>Code issued: {channel} to {destination}, valid until {expiry}. It is queued for sending; the history shows when it was sent.</translation>
    </message>
    <message>
        <source>confirmed {when}</source>
        <translation>confirmed {when}</translation>
    </message>
    <message>
        <source>awaiting a supervisor&apos;s confirmation</source>
        <translation>awaiting a supervisor&apos;s confirmation</translation>
    </message>
    <message>
        <source>{kind} {value} verified at the desk ({document}) {when}, {state}</source>
        <translation>{kind} {value} verified at the desk ({document}) {when}, {state}</translation>
    </message>
    <message>
        <source>Contact of record: as given on a policy or claim; no desk verification recorded.</source>
        <translation>Contact of record: as given on a policy or claim; no desk verification recorded.</translation>
    </message>
    <message>
        <source>Parents and guardians: {names}</source>
        <translation>Parents and guardians: {names}</translation>
    </message>
    <message>
        <source>A minor: record a parent or guardian, who then gets the code.</source>
        <translation>A minor: record a parent or guardian, who then gets the code.</translation>
    </message>
    <message>
        <source>Verification recorded.</source>
        <translation>Verification recorded.</translation>
    </message>
    <message>
        <source>Parent or guardian recorded.</source>
        <translation>Parent or guardian recorded.</translation>
    </message>
    <message>
        <source>Verification confirmed.</source>
        <translation>Verification confirmed.</translation>
    </message>
</context>
<context>
    <name>PortalCodes</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Locked (wrong guesses)</source>
        <translation>Locked (wrong guesses)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>PortalCodesView</name>
    <message>
        <source>Portal codes</source>
        <translation>Portal codes</translation>
    </message>
    <message>
        <source>Codes are issued from a customer&apos;s record: open the customer in Customers, then the &quot;Portal code&quot; tab. The code goes only to the e-mail or mobile of record, and the desk never sees it; each issue, delivery, use and failure is in the audit trail.</source>
        <translation>Codes are issued from a customer&apos;s record: open the customer in Customers, then the &quot;Portal code&quot; tab. The code goes only to the e-mail or mobile of record, and the desk never sees it; each issue, delivery, use and failure is in the audit trail.</translation>
    </message>
    <message numerus="yes">
        <source>Codes &amp;issued in the last %n days</source>
        <translation>
            <numerusform>Codes &amp;issued in the last %n day</numerusform>
            <numerusform>Codes &amp;issued in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codes &amp;issued in the last %n days, all branches</source>
        <translation>
            <numerusform>Codes &amp;issued in the last %n day, all branches</numerusform>
            <numerusform>Codes &amp;issued in the last %n days, all branches</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Open c&amp;ustomer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Open customer</translation>
    </message>
    <message>
        <source>Codes issued recently</source>
        <translation>Codes issued recently</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>No codes issued in these days. Issue one from a customer&apos;s record.</source>
        <translation>No codes issued in these days. Issue one from a customer&apos;s record.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>Duplex Printing</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Long side</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Short side</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Page Set:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>QuoteWizard</name>
    <message>
        <source>New accident insurance quote</source>
        <translation>New accident insurance quote</translation>
    </message>
    <message>
        <source>Policyholder (18 or older)</source>
        <translation>Policyholder (18 or older)</translation>
    </message>
    <message>
        <source>Search the customers: name, ЕГН, ЛНЧ…</source>
        <translation>Search the customers: name, ЕГН, ЛНЧ…</translation>
    </message>
    <message>
        <source>Policyholder search</source>
        <translation>Policyholder search</translation>
    </message>
    <message>
        <source>Clause &amp;A: one person</source>
        <translation>Clause &amp;A: one person</translation>
    </message>
    <message>
        <source>Clause &amp;B: a group</source>
        <translation>Clause &amp;B: a group</translation>
    </message>
    <message>
        <source>The policyholder is the insured person</source>
        <translation>The policyholder is the insured person</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Insured persons</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <source>Add the policyholder</source>
        <translation>Add the policyholder</translation>
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
        <source>Covers and sums insured (EUR)</source>
        <translation>Covers and sums insured (EUR)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Purpose and period</source>
        <translation>Purpose and period</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <source>&amp;Start (00:00)</source>
        <translation>&amp;Start (00:00)</translation>
    </message>
    <message>
        <source>&amp;End (24:00)</source>
        <translation>&amp;End (24:00)</translation>
    </message>
    <message>
        <source>empty: one year</source>
        <translation>empty: one year</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Sa&amp;ve quote</source>
        <translation>Sa&amp;ve quote</translation>
    </message>
    <message>
        <source>&amp;Payment and issue…</source>
        <translation>&amp;Payment and issue…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; Bac&amp;k</translation>
    </message>
    <message>
        <source>Accident insurance quote no. {id}</source>
        <translation>Accident insurance quote no. {id}</translation>
    </message>
    <message>
        <source>Columns first_name, last_name, id_value; optional id_kind, birth_date (yyyy-mm-dd), capacity_loss_over_50, interdicted, resident_in_bulgaria (yes/no; a ЛНЧ holder is insured only when resident in Bulgaria)</source>
        <translation>Columns first_name, last_name, id_value; optional id_kind, birth_date (yyyy-mm-dd), capacity_loss_over_50, interdicted, resident_in_bulgaria (yes/no; a ЛНЧ holder is insured only when resident in Bulgaria)</translation>
    </message>
    <message>
        <source>Premium breakdo&amp;wn…</source>
        <translation>Premium breakdo&amp;wn…</translation>
    </message>
    <message>
        <source>1 of 3 · Policyholder and insured persons</source>
        <translation>1 of 3 · Policyholder and insured persons</translation>
    </message>
    <message>
        <source>2 of 3 · Covers, purpose and period</source>
        <translation>2 of 3 · Covers, purpose and period</translation>
    </message>
    <message>
        <source>3 of 3 · Quote</source>
        <translation>3 of 3 · Quote</translation>
    </message>
    <message>
        <source>from {minimum} to {maximum}</source>
        <translation>from {minimum} to {maximum}</translation>
    </message>
    <message>
        <source>No policyholder chosen yet.</source>
        <translation>No policyholder chosen yet.</translation>
    </message>
    <message>
        <source>Policyholder: {name} (record no. {id})</source>
        <translation>Policyholder: {name} (record no. {id})</translation>
    </message>
    <message>
        <source>Import the group&apos;s list</source>
        <translation>Import the group&apos;s list</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>Reading the list</translation>
    </message>
    <message numerus="yes">
        <source>Imported {good} of %Ln row(s).</source>
        <translation>
            <numerusform>Imported {good} of %Ln row.</numerusform>
            <numerusform>Imported {good} of %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}, {column}: {message}</source>
        <translation>Line {line}, {column}: {message}</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Pricing</translation>
    </message>
    <message>
        <source>Close the quote</source>
        <translation>Close the quote</translation>
    </message>
    <message>
        <source>This quote is not saved. Close it and lose it, or keep working (Save quote keeps it for payment later)?</source>
        <translation>This quote is not saved. Close it and lose it, or keep working (Save quote keeps it for payment later)?</translation>
    </message>
    <message>
        <source>The persons and covers you typed are not priced or saved. Close the quote and discard them, or keep working?</source>
        <translation>The persons and covers you typed are not priced or saved. Close the quote and discard them, or keep working?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <source>Saving the quote</source>
        <translation>Saving the quote</translation>
    </message>
    <message>
        <source>{problem}
Do not take the card payment: the quote can be saved and paid later where certificates can be issued.</source>
        <translation>{problem}
Do not take the card payment: the quote can be saved and paid later where certificates can be issued.</translation>
    </message>
    <message>
        <source>Certificate {number} issued: cover from {start} 00:00 to {end} 24:00.</source>
        <translation>Certificate {number} issued: cover from {start} 00:00 to {end} 24:00.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Row {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>clause A, one person</source>
        <translation>clause A, one person</translation>
    </message>
    <message>
        <source>clause B, a group</source>
        <translation>clause B, a group</translation>
    </message>
    <message>
        <source>{holder} · {clause} · {purpose} · from {start} to {end} · {insured} insured, {refused} refused</source>
        <translation>{holder} · {clause} · {purpose} · from {start} to {end} · {insured} insured, {refused} refused</translation>
    </message>
    <message>
        <source>Covers: {covers}</source>
        <translation>Covers: {covers}</translation>
    </message>
    <message>
        <source>Premium {net} + tax {tax} = total {total}</source>
        <translation>Premium {net} + tax {tax} = total {total}</translation>
    </message>
    <message>
        <source>Quote no. {id} saved, valid until {day}: take the payment to issue the certificate.</source>
        <translation>Quote no. {id} saved, valid until {day}: take the payment to issue the certificate.</translation>
    </message>
    <message>
        <source>Not saved yet. Save the quote to take the payment.</source>
        <translation>Not saved yet. Save the quote to take the payment.</translation>
    </message>
</context>
<context>
    <name>RecentCodesModel</name>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
</context>
<context>
    <name>RecordGuardianDialog</name>
    <message>
        <source>Record a parent or guardian</source>
        <translation>Record a parent or guardian</translation>
    </message>
    <message>
        <source>Minors get no portal account of their own: a parent or guardian registers. The parent or guardian must be a customer already; enter their JMBG.</source>
        <translation>Minors get no portal account of their own: a parent or guardian registers. The parent or guardian must be a customer already; enter their JMBG.</translation>
    </message>
    <message>
        <source>Parent&apos;s or guardian&apos;s &amp;JMBG</source>
        <translation>Parent&apos;s or guardian&apos;s &amp;JMBG</translation>
    </message>
    <message>
        <source>R&amp;elation</source>
        <translation>R&amp;elation</translation>
    </message>
    <message>
        <source>E&amp;vidence seen</source>
        <translation>E&amp;vidence seen</translation>
    </message>
    <message>
        <source>e.g. birth certificate no. 123/2015</source>
        <translation>e.g. birth certificate no. 123/2015</translation>
    </message>
    <message>
        <source>Record &amp;guardian</source>
        <translation>Record &amp;guardian</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New temporary password for {name} ({username}). It also lifts a lock-out; the agent must choose their own password at the next sign-in.</source>
        <translation>New temporary password for {name} ({username}). It also lifts a lock-out; the agent must choose their own password at the next sign-in.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Row {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>Membership, years, maximum and discount</source>
        <translation>Membership, years, maximum and discount</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Policies by the member&apos;s role</source>
        <translation>Policies by the member&apos;s role</translation>
    </message>
    <message>
        <source>Levels: points from</source>
        <translation>Levels: points from</translation>
    </message>
    <message>
        <source>Other items of Annex 1</source>
        <translation>Other items of Annex 1</translation>
    </message>
    <message>
        <source>Items the insurer&apos;s table adds to the ones above, each counted while the member&apos;s activity of that name is on (recorded at the desk or imported). The code names the item in those records and cannot change once recorded.</source>
        <translation>Items the insurer&apos;s table adds to the ones above, each counted while the member&apos;s activity of that name is on (recorded at the desk or imported). The code names the item in those records and cannot change once recorded.</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>&amp;Add an item</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Remove the selected item</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>ZAME</source>
        <translation>ZAME</translation>
    </message>
    <message>
        <source>Portal codes</source>
        <translation>Portal codes</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>Accident insurance</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Identify customers, check national ids, keep contact data and its history, and find anyone in one search box.</source>
        <translation>Identify customers, check national ids, keep contact data and its history, and find anyone in one search box.</translation>
    </message>
    <message>
        <source>Enroll Slovenian customers in the ZAME loyalty programme, print the signed form, see points, level and discount.</source>
        <translation>Enroll Slovenian customers in the ZAME loyalty programme, print the signed form, see points, level and discount.</translation>
    </message>
    <message>
        <source>Issue the security code a customer needs to register on the client portal, by e-mail or SMS to the contact of record.</source>
        <translation>Issue the security code a customer needs to register on the client portal, by e-mail or SMS to the contact of record.</translation>
    </message>
    <message>
        <source>Quote accident insurance for one person or a group, take payment, and print the numbered certificate.</source>
        <translation>Quote accident insurance for one person or a group, take payment, and print the numbered certificate.</translation>
    </message>
    <message>
        <source>Who did what, when and where.</source>
        <translation>Who did what, when and where.</translation>
    </message>
    <message>
        <source>Accounts, roles and branches.</source>
        <translation>Accounts, roles and branches.</translation>
    </message>
    <message>
        <source>This workstation and your account.</source>
        <translation>This workstation and your account.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (internal relay only)</source>
        <translation>None (internal relay only)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Applies at once, and is remembered for your account and for this workstation.</source>
        <translation>Applies at once, and is remembered for your account and for this workstation.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The password you sign in with.</source>
        <translation>The password you sign in with.</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>This workstation works on the local database on this computer: {where}</source>
        <translation>This workstation works on the local database on this computer: {where}</translation>
    </message>
    <message>
        <source>This workstation works through the Agent Desk server {where}.</source>
        <translation>This workstation works through the Agent Desk server {where}.</translation>
    </message>
    <message>
        <source>Change &amp;database…</source>
        <translation>Change &amp;database…</translation>
    </message>
    <message>
        <source>Change database</source>
        <translation>Change database</translation>
    </message>
    <message>
        <source>E-mail and SMS gateways</source>
        <translation>E-mail and SMS gateways</translation>
    </message>
    <message>
        <source>E-mail (SMTP server)</source>
        <translation>E-mail (SMTP server)</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>SMS gateway</translation>
    </message>
    <message>
        <source>SMTP &amp;host</source>
        <translation>SMTP &amp;host</translation>
    </message>
    <message>
        <source>SMTP p&amp;ort</source>
        <translation>SMTP p&amp;ort</translation>
    </message>
    <message>
        <source>Securi&amp;ty</source>
        <translation>Securi&amp;ty</translation>
    </message>
    <message>
        <source>SMTP user&amp;name</source>
        <translation>SMTP user&amp;name</translation>
    </message>
    <message>
        <source>SMTP pass&amp;word</source>
        <translation>SMTP pass&amp;word</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>Sender &amp;address</translation>
    </message>
    <message>
        <source>Gateway &amp;URL</source>
        <translation>Gateway &amp;URL</translation>
    </message>
    <message>
        <source>Gateway userna&amp;me</source>
        <translation>Gateway userna&amp;me</translation>
    </message>
    <message>
        <source>Gateway to&amp;ken</source>
        <translation>Gateway to&amp;ken</translation>
    </message>
    <message>
        <source>Sender &amp;ID</source>
        <translation>Sender &amp;ID</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation>Leave empty to keep the saved one</translation>
    </message>
    <message>
        <source>e.g. branch@insurer.example</source>
        <translation>e.g. branch@insurer.example</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Save gateways</source>
        <translation>&amp;Save gateways</translation>
    </message>
    <message>
        <source>Save gateways</source>
        <translation>Save gateways</translation>
    </message>
    <message>
        <source>Deployment settings</source>
        <translation>Deployment settings</translation>
    </message>
    <message>
        <source>Record the insurer&apos;s own value of a setting and the day it takes effect. The tariff and the ZAME points table are recorded in their own editors.</source>
        <translation>Record the insurer&apos;s own value of a setting and the day it takes effect. The tariff and the ZAME points table are recorded in their own editors.</translation>
    </message>
    <message>
        <source>Settin&amp;g</source>
        <translation>Settin&amp;g</translation>
    </message>
    <message>
        <source>Te&amp;xt or address</source>
        <translation>Te&amp;xt or address</translation>
    </message>
    <message>
        <source>A&amp;pplies from</source>
        <translation>A&amp;pplies from</translation>
    </message>
    <message>
        <source>Text or address</source>
        <translation>Text or address</translation>
    </message>
    <message>
        <source>Record setting</source>
        <translation>Record setting</translation>
    </message>
    <message>
        <source>This is a demo database: the shipped defaults are used and documents say DEMO.</source>
        <translation>This is a demo database: the shipped defaults are used and documents say DEMO.</translation>
    </message>
    <message>
        <source>Not a demo database: customer-facing work that needs a missing setting is refused until it is recorded. Missing: {count}.</source>
        <translation>Not a demo database: customer-facing work that needs a missing setting is refused until it is recorded. Missing: {count}.</translation>
    </message>
    <message>
        <source>Every deployment setting is the insurer&apos;s own.</source>
        <translation>Every deployment setting is the insurer&apos;s own.</translation>
    </message>
    <message>
        <source>Security rules</source>
        <translation>Security rules</translation>
    </message>
    <message>
        <source>The same for every workstation on this database. A rule is never edited in place: record a new value and the day it takes effect.</source>
        <translation>The same for every workstation on this database. A rule is never edited in place: record a new value and the day it takes effect.</translation>
    </message>
    <message>
        <source>Record a new version</source>
        <translation>Record a new version</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Rule</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <source>R&amp;ecord new version</source>
        <translation>R&amp;ecord new version</translation>
    </message>
    <message>
        <source>Record new version</source>
        <translation>Record new version</translation>
    </message>
    <message>
        <source>Security rules in force</source>
        <translation>Security rules in force</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Saved. From the next start this workstation works through the Agent Desk server {url}.</source>
        <translation>Saved. From the next start this workstation works through the Agent Desk server {url}.</translation>
    </message>
    <message>
        <source>Saved. From the next start this workstation works on the local database.</source>
        <translation>Saved. From the next start this workstation works on the local database.</translation>
    </message>
    <message>
        <source>Gateways saved.</source>
        <translation>Gateways saved.</translation>
    </message>
    <message>
        <source>This computer has no password store: the password and the token were not saved.</source>
        <translation>This computer has no password store: the password and the token were not saved.</translation>
    </message>
    <message>
        <source>Recorded: “{rule}” is {value} from {day}.</source>
        <translation>Recorded: “{rule}” is {value} from {day}.</translation>
    </message>
    <message>
        <source>Recorded: “{setting}”, valid from {day}.</source>
        <translation>Recorded: “{setting}”, valid from {day}.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Agent Desk: sign in</source>
        <translation>Agent Desk: sign in</translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>Sign in to serve your customers</source>
        <translation>Sign in to serve your customers</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Database: {store} · workstation {workstation} · version {version}</source>
        <translation>Database: {store} · workstation {workstation} · version {version}</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>Agent Desk met an unexpected error. Everything you saved is kept; the last action may not have been saved. Details are in the log file.</source>
        <translation>Agent Desk met an unexpected error. Everything you saved is kept; the last action may not have been saved. Details are in the log file.</translation>
    </message>
    <message>
        <source>Agent Desk cannot open its database.</source>
        <translation>Agent Desk cannot open its database.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>Use the local database</translation>
    </message>
    <message>
        <source>This workstation is set to work on the database {url} directly. Agent Desk no longer connects to a database: it works on this computer&apos;s own file or through an Agent Desk server, which alone holds the database&apos;s password. Ask IT for the server&apos;s address and enter it in Settings, Database.</source>
        <translation>This workstation is set to work on the database {url} directly. Agent Desk no longer connects to a database: it works on this computer&apos;s own file or through an Agent Desk server, which alone holds the database&apos;s password. Ask IT for the server&apos;s address and enter it in Settings, Database.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Your administrator set a temporary password. Choose your own password to continue.</source>
        <translation>Your administrator set a temporary password. Choose your own password to continue.</translation>
    </message>
</context>
<context>
    <name>StoreSettingsDialog</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Where this workstation keeps its data. The change takes effect when Agent Desk starts the next time.</source>
        <translation>Where this workstation keeps its data. The change takes effect when Agent Desk starts the next time.</translation>
    </message>
    <message>
        <source>&amp;Local database on this computer</source>
        <translation>&amp;Local database on this computer</translation>
    </message>
    <message>
        <source>An Agent Desk ser&amp;ver (recommended for branches)</source>
        <translation>An Agent Desk ser&amp;ver (recommended for branches)</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <source>CA certificate &amp;file</source>
        <translation>CA certificate &amp;file</translation>
    </message>
    <message>
        <source>e.g. https://agentdesk.example:8443</source>
        <translation>e.g. https://agentdesk.example:8443</translation>
    </message>
    <message>
        <source>Only for a certificate of the insurer&apos;s own authority</source>
        <translation>Only for a certificate of the insurer&apos;s own authority</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testing the connection</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Connecting to {host}…</translation>
    </message>
    <message>
        <source>The Agent Desk server does not answer.</source>
        <translation>The Agent Desk server does not answer.</translation>
    </message>
    <message>
        <source>Connected to the Agent Desk server (version {version}).</source>
        <translation>Connected to the Agent Desk server (version {version}).</translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Yearly rate per 1,000 EUR</source>
        <translation>Yearly rate per 1,000 EUR</translation>
    </message>
    <message>
        <source>Lowest sum</source>
        <translation>Lowest sum</translation>
    </message>
    <message>
        <source>Highest sum</source>
        <translation>Highest sum</translation>
    </message>
    <message>
        <source>From age</source>
        <translation>From age</translation>
    </message>
    <message>
        <source>To age</source>
        <translation>To age</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Term up to (days)</source>
        <translation>Term up to (days)</translation>
    </message>
    <message>
        <source>% of the yearly premium</source>
        <translation>% of the yearly premium</translation>
    </message>
    <message>
        <source>From (persons)</source>
        <translation>From (persons)</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <source>Minimum premium before tax (EUR)</source>
        <translation>Minimum premium before tax (EUR)</translation>
    </message>
    <message>
        <source>Premium tax (fraction, 0.02 = 2 %)</source>
        <translation>Premium tax (fraction, 0.02 = 2 %)</translation>
    </message>
    <message>
        <source>Leva per euro (shown beside)</source>
        <translation>Leva per euro (shown beside)</translation>
    </message>
    <message>
        <source>Youngest insured age</source>
        <translation>Youngest insured age</translation>
    </message>
    <message>
        <source>Oldest insured age</source>
        <translation>Oldest insured age</translation>
    </message>
    <message>
        <source>Death cover from age</source>
        <translation>Death cover from age</translation>
    </message>
    <message>
        <source>Policyholder from age</source>
        <translation>Policyholder from age</translation>
    </message>
    <message>
        <source>Longest term (months)</source>
        <translation>Longest term (months)</translation>
    </message>
    <message>
        <source>Risks: rates and limits of the sum insured</source>
        <translation>Risks: rates and limits of the sum insured</translation>
    </message>
    <message>
        <source>Factors by age band</source>
        <translation>Factors by age band</translation>
    </message>
    <message>
        <source>Factors by purpose</source>
        <translation>Factors by purpose</translation>
    </message>
    <message>
        <source>Short-term scale</source>
        <translation>Short-term scale</translation>
    </message>
    <message>
        <source>Group discounts (clause B)</source>
        <translation>Group discounts (clause B)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove last row</source>
        <translation>Remove last row</translation>
    </message>
    <message>
        <source>Premium, tax and eligibility</source>
        <translation>Premium, tax and eligibility</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <source>This section arrives with the next releases of Agent Desk. Your account and branch are already set up for it.</source>
        <translation>This section arrives with the next releases of Agent Desk. Your account and branch are already set up for it.</translation>
    </message>
</context>
<context>
    <name>VerifyContactDialog</name>
    <message>
        <source>Verify contact at the desk</source>
        <translation>Verify contact at the desk</translation>
    </message>
    <message>
        <source>Compare the customer&apos;s e-mail or mobile of record with what they show you, and note the identity document you checked. A contact changed at the desk recently also needs a supervisor&apos;s confirmation.</source>
        <translation>Compare the customer&apos;s e-mail or mobile of record with what they show you, and note the identity document you checked. A contact changed at the desk recently also needs a supervisor&apos;s confirmation.</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>Document &amp;number</translation>
    </message>
    <message>
        <source>&amp;Record verification</source>
        <translation>&amp;Record verification</translation>
    </message>
</context>
<context>
    <name>VersionedTableEditor</name>
    <message>
        <source>shipped default</source>
        <translation>shipped default</translation>
    </message>
    <message>
        <source>recorded by an administrator</source>
        <translation>recorded by an administrator</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>New version valid &amp;from</source>
        <translation>New version valid &amp;from</translation>
    </message>
    <message>
        <source>New version valid from</source>
        <translation>New version valid from</translation>
    </message>
    <message>
        <source>&amp;Record new version</source>
        <translation>&amp;Record new version</translation>
    </message>
    <message>
        <source>Start again from the version in force</source>
        <translation>Start again from the version in force</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Loading the versions…</translation>
    </message>
    <message>
        <source>In force: the version valid from {day} ({source}). A change is recorded as a new version from a chosen day; versions are never edited.</source>
        <translation>In force: the version valid from {day} ({source}). A change is recorded as a new version from a chosen day; versions are never edited.</translation>
    </message>
    <message>
        <source>Scheduled: {days}.</source>
        <translation>Scheduled: {days}.</translation>
    </message>
    <message>
        <source>No version scheduled.</source>
        <translation>No version scheduled.</translation>
    </message>
    <message>
        <source>The form shows the version valid from {day}.</source>
        <translation>The form shows the version valid from {day}.</translation>
    </message>
    <message>
        <source>Recording the new version</source>
        <translation>Recording the new version</translation>
    </message>
    <message>
        <source>Recorded: the new version applies from {day}.</source>
        <translation>Recorded: the new version applies from {day}.</translation>
    </message>
    <message>
        <source>Record a new version</source>
        <translation>Record a new version</translation>
    </message>
    <message>
        <source>Record this table as a new version valid from {day}? A recorded version cannot be changed or removed; a later change is another new version.</source>
        <translation>Record this table as a new version valid from {day}? A recorded version cannot be changed or removed; a later change is another new version.</translation>
    </message>
    <message>
        <source>Record new table</source>
        <translation>Record new table</translation>
    </message>
</context>
<context>
    <name>Zame</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>ZAME app downloaded</source>
        <translation>ZAME app downloaded</translation>
    </message>
    <message>
        <source>E-notifications on</source>
        <translation>E-notifications on</translation>
    </message>
    <message>
        <source>E-invoice on</source>
        <translation>E-invoice on</translation>
    </message>
    <message>
        <source>Claim reported online</source>
        <translation>Claim reported online</translation>
    </message>
    <message>
        <source>Registered on Moj Generali</source>
        <translation>Registered on Moj Generali</translation>
    </message>
    <message>
        <source>Active Generali Investments investor</source>
        <translation>Active Generali Investments investor</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Direct marketing</translation>
    </message>
    <message>
        <source>Generali Investments notices</source>
        <translation>Generali Investments notices</translation>
    </message>
    <message>
        <source>Monthly check of investor status with Generali Investments</source>
        <translation>Monthly check of investor status with Generali Investments</translation>
    </message>
    <message>
        <source>At the branch (agent)</source>
        <translation>At the branch (agent)</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Import from another system</source>
        <translation>Import from another system</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <source>Spas</source>
        <translation>Spas</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Youth</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>tax number</source>
        <translation>tax number</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>mobile number</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>E-notifications</source>
        <translation>E-notifications</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-invoice</translation>
    </message>
    <message>
        <source>E-claim</source>
        <translation>E-claim</translation>
    </message>
    <message>
        <source>Moj Generali</source>
        <translation>Moj Generali</translation>
    </message>
    <message>
        <source>Generali Investments investor</source>
        <translation>Generali Investments investor</translation>
    </message>
    <message>
        <source>Direct marketing consent</source>
        <translation>Direct marketing consent</translation>
    </message>
    <message>
        <source>Generali Investments notices consent</source>
        <translation>Generali Investments notices consent</translation>
    </message>
    <message>
        <source>Above the maximum</source>
        <translation>Above the maximum</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as policyholder</source>
        <translation>
            <numerusform>%Ln policy as policyholder</numerusform>
            <numerusform>%Ln policies as policyholder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as insured person</source>
        <translation>
            <numerusform>%Ln policy as insured person</numerusform>
            <numerusform>%Ln policies as insured person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as payer</source>
        <translation>
            <numerusform>%Ln policy as payer</numerusform>
            <numerusform>%Ln policies as payer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: {points}</source>
        <translation>Total: {points}</translation>
    </message>
</context>
<context>
    <name>ZameForms</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
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
        <source>Given or withdrawn</source>
        <translation>Given or withdrawn</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Wording version</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Level needed</source>
        <translation>Level needed</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>ZameOffers</name>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Level needed</source>
        <translation>Level needed</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ZamePanel</name>
    <message>
        <source>Print the enrollment form…</source>
        <translation>Print the enrollment form…</translation>
    </message>
    <message>
        <source>Enro&amp;ll…</source>
        <translation>Enro&amp;ll…</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>&amp;Give or withdraw consent…</source>
        <translation>&amp;Give or withdraw consent…</translation>
    </message>
    <message>
        <source>Activate a co&amp;upon…</source>
        <translation>Activate a co&amp;upon…</translation>
    </message>
    <message>
        <source>Points s&amp;tatement…</source>
        <translation>Points s&amp;tatement…</translation>
    </message>
    <message>
        <source>Exit re&amp;quest…</source>
        <translation>Exit re&amp;quest…</translation>
    </message>
    <message>
        <source>Withdraw the exit request</source>
        <translation>Withdraw the exit request</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>Exclude…</translation>
    </message>
    <message>
        <source>Allow to &amp;join again…</source>
        <translation>Allow to &amp;join again…</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>How the points add up today</source>
        <translation>How the points add up today</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Next level</source>
        <translation>Next level</translation>
    </message>
    <message>
        <source>Discount today</source>
        <translation>Discount today</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Investor status</source>
        <translation>Investor status</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Progress to the next level</source>
        <translation>Progress to the next level</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Level changes</translation>
    </message>
    <message>
        <source>Member no. {number} · {status} since {day}</source>
        <translation>Member no. {number} · {status} since {day}</translation>
    </message>
    <message>
        <source>Former member no. {number} · {status} on {day}</source>
        <translation>Former member no. {number} · {status} on {day}</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Not a member</translation>
    </message>
    <message numerus="yes">
        <source>{level} · %Ln points · discount {percent} %</source>
        <translation>
            <numerusform>{level} · %Ln point · discount {percent} %</numerusform>
            <numerusform>{level} · %Ln points · discount {percent} %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more points reach {level}</source>
        <translation>
            <numerusform>%Ln more point reaches {level}</numerusform>
            <numerusform>%Ln more points reach {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest level reached</source>
        <translation>Highest level reached</translation>
    </message>
    <message>
        <source>Leaves the programme on {day}</source>
        <translation>Leaves the programme on {day}</translation>
    </message>
    <message>
        <source>May join: print the form and enroll</source>
        <translation>May join: print the form and enroll</translation>
    </message>
    <message>
        <source>May join once the record is complete</source>
        <translation>May join once the record is complete</translation>
    </message>
    <message>
        <source>Cannot join: {reasons}</source>
        <translation>Cannot join: {reasons}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>ZAME loyalty programme</source>
        <translation>ZAME loyalty programme</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Former member {number}: excluded on {day} ({reason}).</source>
        <translation>Former member {number}: excluded on {day} ({reason}).</translation>
    </message>
    <message>
        <source>A supervisor allowed joining again ({reason}).</source>
        <translation>A supervisor allowed joining again ({reason}).</translation>
    </message>
    <message>
        <source>Former member {number}: left on {day}. Joining again starts a new membership from the rules, not from the old points.</source>
        <translation>Former member {number}: left on {day}. Joining again starts a new membership from the rules, not from the old points.</translation>
    </message>
    <message>
        <source>Not a member of ZAME, the Generali loyalty programme.</source>
        <translation>Not a member of ZAME, the Generali loyalty programme.</translation>
    </message>
    <message>
        <source>Can join today: print the enrollment form, have it signed, then record the signature with Enroll.</source>
        <translation>Can join today: print the enrollment form, have it signed, then record the signature with Enroll.</translation>
    </message>
    <message>
        <source>Cannot join today:</source>
        <translation>Cannot join today:</translation>
    </message>
    <message>
        <source>(age today: {age})</source>
        <translation>(age today: {age})</translation>
    </message>
    <message>
        <source>Missing: {fields}.</source>
        <translation>Missing: {fields}.</translation>
    </message>
    <message>
        <source>Enro&amp;ll again…</source>
        <translation>Enro&amp;ll again…</translation>
    </message>
    <message>
        <source>{status}: the exit takes effect on {day} (requested {when}, {channel})</source>
        <translation>{status}: the exit takes effect on {day} (requested {when}, {channel})</translation>
    </message>
    <message>
        <source>{points} (not counted yet)</source>
        <translation>{points} (not counted yet)</translation>
    </message>
    <message>
        <source>{points} (daily count of {day})</source>
        <translation>{points} (daily count of {day})</translation>
    </message>
    <message>
        <source>· counted in tonight&apos;s run: {change}</source>
        <translation>· counted in tonight&apos;s run: {change}</translation>
    </message>
    <message>
        <source>{missing} points to {level}</source>
        <translation>{missing} points to {level}</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Top level</translation>
    </message>
    <message>
        <source>{percent} % on motor, home and accident policies concluded today</source>
        <translation>{percent} % on motor, home and accident policies concluded today</translation>
    </message>
    <message>
        <source>{day}, {channel}, by {agent}</source>
        <translation>{day}, {channel}, by {agent}</translation>
    </message>
    <message>
        <source>checked on {checked}, counts until {until}</source>
        <translation>checked on {checked}, counts until {until}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>re-checked monthly (consent given)</source>
        <translation>re-checked monthly (consent given)</translation>
    </message>
    <message>
        <source>not re-checked monthly (no consent)</source>
        <translation>not re-checked monthly (no consent)</translation>
    </message>
    <message>
        <source>terms {terms}, privacy notice {privacy}, at {when}</source>
        <translation>terms {terms}, privacy notice {privacy}, at {when}</translation>
    </message>
    <message>
        <source>Enrolled: {name} is ZAME member no. {number} from {day}. Give the person their copy of the signed form.</source>
        <translation>Enrolled: {name} is ZAME member no. {number} from {day}. Give the person their copy of the signed form.</translation>
    </message>
    <message>
        <source>The exit request is withdrawn: the membership goes on.</source>
        <translation>The exit request is withdrawn: the membership goes on.</translation>
    </message>
    <message>
        <source>ZAME enrollment form: {name}</source>
        <translation>ZAME enrollment form: {name}</translation>
    </message>
    <message>
        <source>ZAME points statement: {number}</source>
        <translation>ZAME points statement: {number}</translation>
    </message>
</context>
<context>
    <name>ZameRules</name>
    <message>
        <source>Per policy as policyholder</source>
        <translation>Per policy as policyholder</translation>
    </message>
    <message>
        <source>Per policy as insured person</source>
        <translation>Per policy as insured person</translation>
    </message>
    <message>
        <source>Per policy as payer</source>
        <translation>Per policy as payer</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Per full year since the first policy</source>
        <translation>Per full year since the first policy</translation>
    </message>
    <message>
        <source>Most points a member can have</source>
        <translation>Most points a member can have</translation>
    </message>
    <message>
        <source>Points for 1 % discount</source>
        <translation>Points for 1 % discount</translation>
    </message>
    <message>
        <source>Largest discount (%)</source>
        <translation>Largest discount (%)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name in Annex 1</source>
        <translation>Name in Annex 1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>ZameTables</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
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
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Activated by</source>
        <translation>Activated by</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>From level</source>
        <translation>From level</translation>
    </message>
    <message>
        <source>To level</source>
        <translation>To level</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>ZameView</name>
    <message>
        <source>Members (active and leaving)</source>
        <translation>Members (active and leaving)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Daily run of</source>
        <translation>Daily run of</translation>
    </message>
    <message>
        <source>ZAME loyalty programme</source>
        <translation>ZAME loyalty programme</translation>
    </message>
    <message>
        <source>The members of Generali&apos;s ZAME programme (Slovenia). Open a member to see points, level, discount and history; enroll new members from the customer&apos;s record (ZAME tab).</source>
        <translation>The members of Generali&apos;s ZAME programme (Slovenia). Open a member to see points, level, discount and history; enroll new members from the customer&apos;s record (ZAME tab).</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>&amp;Daily run</source>
        <translation>&amp;Daily run</translation>
    </message>
    <message>
        <source>&amp;Points table</source>
        <translation>&amp;Points table</translation>
    </message>
    <message>
        <source>Partner offer&amp;s</source>
        <translation>Partner offer&amp;s</translation>
    </message>
</context>
</TS>
