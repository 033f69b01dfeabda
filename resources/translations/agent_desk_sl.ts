<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl" sourcelanguage="en">
<context>
    <name>Accident</name>
    <message>
        <source>Issued</source>
        <translation>Izdano</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornirano</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Zavarovan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Zavrnjen</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Ponudba izdelana</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Zavarovalec</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>Zavarovana oseba</translation>
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
        <translation>Smrt zaradi nezgode</translation>
    </message>
    <message>
        <source>Permanent loss or reduction of working capacity</source>
        <translation>Trajna izguba ali zmanjšanje delovne zmožnosti</translation>
    </message>
    <message>
        <source>Temporary incapacity</source>
        <translation>Začasna nezmožnost za delo</translation>
    </message>
    <message>
        <source>Medical transport and/or repatriation (Bulgaria)</source>
        <translation>Medicinski prevoz in/ali repatriacija (Bolgarija)</translation>
    </message>
    <message>
        <source>Medical expenses (Bulgaria)</source>
        <translation>Stroški zdravljenja (Bolgarija)</translation>
    </message>
    <message>
        <source>Hospital daily cash from the fourth day (per day)</source>
        <translation>Dnevno nadomestilo za bolnišnično zdravljenje od četrtega dne (na dan)</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>Vsakdanje življenje</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Delo</translation>
    </message>
    <message>
        <source>School or kindergarten</source>
        <translation>Šola ali vrtec</translation>
    </message>
    <message>
        <source>Amateur sport</source>
        <translation>Amaterski šport</translation>
    </message>
</context>
<context>
    <name>AccidentCertificatesModel</name>
    <message>
        <source>Number</source>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Zavarovalec</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vloga</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Zavarovane osebe</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izdano</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Skupaj</translation>
    </message>
</context>
<context>
    <name>AccidentOpenQuotesModel</name>
    <message>
        <source>Quote no.</source>
        <translation>Ponudba št.</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Zavarovalec</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klavzula</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Zavarovanih</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Ponudba izdelana</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Payable until</source>
        <translation>Plačljiva do</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Skupaj</translation>
    </message>
</context>
<context>
    <name>AccidentPanel</name>
    <message>
        <source>Accident insurance certificates where this customer is the policyholder or an insured person.</source>
        <translation>Potrdila o nezgodnem zavarovanju, pri katerih je ta stranka zavarovalec ali zavarovana oseba.</translation>
    </message>
    <message>
        <source>No accident insurance certificates.</source>
        <translation>Ni potrdil o nezgodnem zavarovanju.</translation>
    </message>
    <message>
        <source>Ne&amp;w quote…</source>
        <translation>Nova ponud&amp;ba…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Prik&amp;aži</translation>
    </message>
    <message>
        <source>Continue to pa&amp;yment…</source>
        <translation>Na&amp;daljuj s plačilom…</translation>
    </message>
    <message>
        <source>Accident insurance certificates</source>
        <translation>Potrdila o nezgodnem zavarovanju</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment</source>
        <translation>Shranjene ponudbe, ki čakajo na plačilo</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment ({count})</source>
        <translation>Shranjene ponudbe, ki čakajo na plačilo ({count})</translation>
    </message>
    <message>
        <source>{role} · clause {clause} · {start} – {end} · {total} · {status}</source>
        <translation>{role} · klavzula {clause} · {start} – {end} · {total} · {status}</translation>
    </message>
    <message>
        <source>Quote no. {id}</source>
        <translation>Ponudba št. {id}</translation>
    </message>
    <message>
        <source>clause {clause} · quoted {day} · from {start} · {total} · can be paid until {until}</source>
        <translation>klavzula {clause} · izračunano {day} · od {start} · {total} · plačljivo do {until}</translation>
    </message>
    <message>
        <source>Accident insurance certificates ({count})</source>
        <translation>Police nezgodnega zavarovanja ({count})</translation>
    </message>
    <message>
        <source>Open quotes ({count})</source>
        <translation>Odprte ponudbe ({count})</translation>
    </message>
    <message>
        <source>No saved quote waiting for payment.</source>
        <translation>Nobena shranjena ponudba ne čaka na plačilo.</translation>
    </message>
</context>
<context>
    <name>AccidentPersons</name>
    <message>
        <source>First name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priimek</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Vrsta številke</translation>
    </message>
    <message>
        <source>ЕГН / ЛНЧ</source>
        <translation>ЕГН / ЛНЧ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum rojstva</translation>
    </message>
    <message>
        <source>Lost &gt; 50 % working capacity</source>
        <translation>Izguba delovne zmožnosti &gt; 50 %</translation>
    </message>
    <message>
        <source>Under interdiction</source>
        <translation>Odvzeta poslovna sposobnost</translation>
    </message>
    <message>
        <source>ЛНЧ: permanent resident in Bulgaria</source>
        <translation>ЛНЧ: stalno prebivališče v Bolgariji</translation>
    </message>
</context>
<context>
    <name>AccidentView</name>
    <message>
        <source>All</source>
        <translation>Vsa</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izdana</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornirana</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>Nezgodno zavarovanje</translation>
    </message>
    <message>
        <source>Quote accident insurance for one person (clause A) or a group (clause B), take the card payment and issue the numbered certificate, then preview and print it. Open a certificate to print it again (as a copy) or, as a supervisor, to cancel it before its cover starts.</source>
        <translation>Pripravite ponudbo za nezgodno zavarovanje za posameznika (klavzula A) ali skupino (klavzula B), sprejmite plačilo s kartico in izdajte oštevilčeno potrdilo, nato ga preglejte in natisnite. Odprite potrdilo, da ga znova natisnete (kot kopijo) ali ga kot vodja stornirate pred začetkom kritja.</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Potrdila</translation>
    </message>
    <message>
        <source>Saved &amp;quotes</source>
        <translation>&amp;Shranjene ponudbe</translation>
    </message>
    <message>
        <source>&amp;Tariff</source>
        <translation>&amp;Tarifa</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>checked</source>
        <translation>preverjeno</translation>
    </message>
    <message>
        <source>on</source>
        <translation>vklopljeno</translation>
    </message>
    <message>
        <source>off</source>
        <translation>izklopljeno</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record an activity</source>
        <translation>Vnos aktivnosti</translation>
    </message>
    <message>
        <source>An investor&apos;s status counts from the day it was checked with Generali Investments and lapses when it is not checked again within a month: record each check.</source>
        <translation>Status vlagatelja se upošteva od dne, ko je bil preverjen pri Generali Investments, in preneha, če ni znova preverjen v enem mesecu: vnesite vsako preverjanje.</translation>
    </message>
    <message>
        <source>The activity counts from the day it was turned on.</source>
        <translation>Aktivnost se upošteva od dne, ko je bila vklopljena.</translation>
    </message>
    <message>
        <source>Checked: an active investor</source>
        <translation>Preverjeno: aktivni vlagatelj</translation>
    </message>
    <message>
        <source>Turned on (clear it to record that it was turned off)</source>
        <translation>Vklopljeno (počistite, da vnesete izklop)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vnesi</translation>
    </message>
</context>
<context>
    <name>AgentsTableModel</name>
    <message>
        <source>Username</source>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ime in priimek</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vloga</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Poslovalnica</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiven</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Zaklenjen do</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
</context>
<context>
    <name>AgentsView</name>
    <message>
        <source>Agents</source>
        <translation>Zastopniki</translation>
    </message>
    <message>
        <source>Accounts, roles and branches. Select an agent to reset the password, lift a lock-out or (de)activate the account.</source>
        <translation>Računi, vloge in poslovalnice. Izberite zastopnika, da mu ponastavite geslo, odpravite zaklep ali (de)aktivirate račun.</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;Nov zastopnik…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Ponastavi &amp;geslo…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>O&amp;dkleni</translation>
    </message>
    <message>
        <source>New &amp;branch…</source>
        <translation>Nova &amp;poslovalnica…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Os&amp;veži</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Ponovno naloži seznam (F5)</translation>
    </message>
    <message>
        <source>Lift the lock-out after too many wrong passwords</source>
        <translation>Odpravi zaklep po preveč napačnih geslih</translation>
    </message>
    <message>
        <source>{accounts}, {active}, {branches}</source>
        <translation>{accounts}, {active}, {branches}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln račun</numerusform>
            <numerusform>%Ln računa</numerusform>
            <numerusform>%Ln računi</numerusform>
            <numerusform>%Ln računov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln aktiven</numerusform>
            <numerusform>%Ln aktivna</numerusform>
            <numerusform>%Ln aktivni</numerusform>
            <numerusform>%Ln aktivnih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln branches</source>
        <translation>
            <numerusform>v %Ln poslovalnici</numerusform>
            <numerusform>v %Ln poslovalnicah</numerusform>
            <numerusform>v %Ln poslovalnicah</numerusform>
            <numerusform>v %Ln poslovalnicah</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktiviraj</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>D&amp;eaktiviraj</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} se lahko znova prijavi.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is active again.</source>
        <translation>Račun uporabnika {name} je znova aktiven.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is deactivated; they cannot sign in.</source>
        <translation>Račun uporabnika {name} je deaktiviran; prijava ni več mogoča.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Deaktiviraj račun</translation>
    </message>
    <message>
        <source>Deactivate the account of {name} ({username}, {branch})? They are signed out at once on every computer, anything they have not saved is lost, and they cannot sign in until an administrator activates the account again.</source>
        <translation>Deaktiviram račun osebe {name} ({username}, {branch})? Oseba se takoj odjavi na vseh računalnikih, kar ni shranila, se izgubi, in se ne more prijaviti, dokler skrbnik računa znova ne aktivira.</translation>
    </message>
    <message>
        <source>{name} ({username}) can now sign in with the password you chose and will be asked to change it.</source>
        <translation>{name} ({username}) se zdaj lahko prijavi z geslom, ki ste ga določili, nato pa ga bo moral(a) spremeniti.</translation>
    </message>
    <message>
        <source>{name}&apos;s password was reset. Give it to them in person; they choose a new one at the next sign-in.</source>
        <translation>Geslo uporabnika {name} je ponastavljeno. Izročite ga osebno; ob naslednji prijavi si bo izbral(a) novo.</translation>
    </message>
    <message>
        <source>Branch {code} ({name}) created. Choose it when creating its agents.</source>
        <translation>Poslovalnica {code} ({name}) je ustvarjena. Izberite jo, ko ustvarjate njene zastopnike.</translation>
    </message>
</context>
<context>
    <name>AllowRejoinDialog</name>
    <message>
        <source>Allow former member {number} to join again</source>
        <translation>Ponovni pristop nekdanjega člana {number}</translation>
    </message>
    <message>
        <source>The person was excluded. With your decision they may enroll again: a new membership, from the rules, not from the old points.</source>
        <translation>Oseba je bila izključena. Z vašo odločitvijo lahko znova pristopi: novo članstvo po pravilih, ne s starimi točkami.</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Dovoli</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Zastopnik</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Poslovalnica</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Delovna postaja</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Dejanje</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>št. {id}</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Refused: no right to do this</source>
        <translation>Zavrnjeno: ni pravice za to dejanje</translation>
    </message>
    <message>
        <source>Refused: too many requests</source>
        <translation>Zavrnjeno: preveč zahtev</translation>
    </message>
    <message>
        <source>Customers searched</source>
        <translation>Iskanje strank</translation>
    </message>
    <message>
        <source>Portal code checked by the portal</source>
        <translation>Koda za portal preverjena na portalu</translation>
    </message>
    <message>
        <source>Certificate cancelled</source>
        <translation>Polica preklicana</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Polica izdana</translation>
    </message>
    <message>
        <source>Certificate printed</source>
        <translation>Polica natisnjena</translation>
    </message>
    <message>
        <source>Certificate printed again (copy)</source>
        <translation>Polica ponovno natisnjena (kopija)</translation>
    </message>
    <message>
        <source>Certificate opened</source>
        <translation>Polica odprta</translation>
    </message>
    <message>
        <source>Certificate saved as PDF (electronic copy)</source>
        <translation>Polica shranjena kot PDF (elektronska kopija)</translation>
    </message>
    <message>
        <source>Certificate signing key retired</source>
        <translation>Ključ za podpisovanje polic umaknjen</translation>
    </message>
    <message>
        <source>Accident insurance quoted</source>
        <translation>Izračunana ponudba za nezgodno zavarovanje</translation>
    </message>
    <message>
        <source>Accident insurance data read</source>
        <translation>Ogled podatkov nezgodnega zavarovanja</translation>
    </message>
    <message>
        <source>Import started</source>
        <translation>Uvoz začet</translation>
    </message>
    <message>
        <source>Portal code history read</source>
        <translation>Ogled zgodovine kod za portal</translation>
    </message>
    <message>
        <source>ZAME data read</source>
        <translation>Ogled podatkov ZAME</translation>
    </message>
    <message>
        <source>ZAME exit request withdrawn</source>
        <translation>Zahteva za izstop iz ZAME umaknjena</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Račun aktiviran</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Račun ustvarjen</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Račun deaktiviran</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>Geslo je ponastavil skrbnik</translation>
    </message>
    <message>
        <source>Account unlocked by an administrator</source>
        <translation>Račun je odklenil skrbnik</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Revizijska sled izvožena</translation>
    </message>
    <message>
        <source>Screen locked after idle time</source>
        <translation>Zaslon zaklenjen zaradi nedejavnosti</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Zaslon zaklenjen</translation>
    </message>
    <message>
        <source>Locked out after wrong passwords</source>
        <translation>Zaklenjen zaradi napačnih gesel</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Lastno geslo spremenjeno</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Prijava ni uspela</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Prijava zavrnjena</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Odjava</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Zaslon odklenjen</translation>
    </message>
    <message>
        <source>Branch created</source>
        <translation>Poslovalnica ustvarjena</translation>
    </message>
    <message>
        <source>Confirmed as a different person</source>
        <translation>Potrjeno kot druga oseba</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>Stranka ustvarjena</translation>
    </message>
    <message>
        <source>Contact change confirmed by a supervisor</source>
        <translation>Sprememba kontakta potrjena s strani vodje</translation>
    </message>
    <message>
        <source>Contact verified at the desk</source>
        <translation>Kontakt preverjen na okencu</translation>
    </message>
    <message>
        <source>Guardian recorded</source>
        <translation>Zakoniti zastopnik zabeležen</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Osebni podatki izvoženi</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Zapisa združena</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Stranka spremenjena</translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation>Zapis odprt</translation>
    </message>
    <message>
        <source>Claims imported</source>
        <translation>Škode uvožene</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>Stranke uvožene</translation>
    </message>
    <message>
        <source>Policies imported</source>
        <translation>Police uvožene</translation>
    </message>
    <message>
        <source>Message cancelled</source>
        <translation>Sporočilo preklicano</translation>
    </message>
    <message>
        <source>Message could not be delivered</source>
        <translation>Sporočila ni bilo mogoče dostaviti</translation>
    </message>
    <message>
        <source>Sent again with a new code</source>
        <translation>Ponovno poslano z novo kodo</translation>
    </message>
    <message>
        <source>Message retry requested</source>
        <translation>Zahtevan ponoven poskus pošiljanja</translation>
    </message>
    <message>
        <source>Message retry scheduled</source>
        <translation>Ponoven poskus pošiljanja načrtovan</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Sporočilo poslano</translation>
    </message>
    <message>
        <source>Rule value recorded</source>
        <translation>Vrednost pravila zabeležena</translation>
    </message>
    <message>
        <source>Portal codes issued in bulk</source>
        <translation>Kode za portal izdane skupinsko</translation>
    </message>
    <message>
        <source>Portal code issued</source>
        <translation>Koda za portal izdana</translation>
    </message>
    <message>
        <source>Portal code refused</source>
        <translation>Koda za portal zavrnjena</translation>
    </message>
    <message>
        <source>Portal code used</source>
        <translation>Koda za portal uporabljena</translation>
    </message>
    <message>
        <source>Portal code refused: already used</source>
        <translation>Koda za portal zavrnjena: že uporabljena</translation>
    </message>
    <message>
        <source>Portal code locked after wrong guesses</source>
        <translation>Koda za portal zaklenjena zaradi napačnih vnosov</translation>
    </message>
    <message>
        <source>Wrong portal code typed</source>
        <translation>Vnesena napačna koda za portal</translation>
    </message>
    <message>
        <source>Portal code refused: replaced by a newer one</source>
        <translation>Koda za portal zavrnjena: nadomeščena z novejšo</translation>
    </message>
    <message>
        <source>First start: store set up</source>
        <translation>Prvi zagon: shramba pripravljena</translation>
    </message>
    <message>
        <source>Store marked as a demo store</source>
        <translation>Shramba označena kot demo shramba</translation>
    </message>
    <message>
        <source>ZAME activities imported</source>
        <translation>Dejavnosti ZAME uvožene</translation>
    </message>
    <message>
        <source>ZAME activity recorded</source>
        <translation>Dejavnost ZAME zabeležena</translation>
    </message>
    <message>
        <source>ZAME consent given</source>
        <translation>Privolitev ZAME dana</translation>
    </message>
    <message>
        <source>ZAME consent withdrawn</source>
        <translation>Privolitev ZAME preklicana</translation>
    </message>
    <message>
        <source>ZAME coupon activated</source>
        <translation>Kupon ZAME aktiviran</translation>
    </message>
    <message>
        <source>ZAME daily points run</source>
        <translation>Dnevni izračun točk ZAME</translation>
    </message>
    <message>
        <source>Enrolled in ZAME</source>
        <translation>Včlanjen v ZAME</translation>
    </message>
    <message>
        <source>ZAME form printed</source>
        <translation>Obrazec ZAME natisnjen</translation>
    </message>
    <message>
        <source>Excluded from ZAME</source>
        <translation>Izključen iz ZAME</translation>
    </message>
    <message>
        <source>ZAME investor status re-checked</source>
        <translation>Ponovno preverjen status vlagatelja ZAME</translation>
    </message>
    <message>
        <source>ZAME monthly investor re-check run</source>
        <translation>Mesečno ponovno preverjanje vlagateljev ZAME</translation>
    </message>
    <message>
        <source>Allowed to join ZAME again</source>
        <translation>Dovoljen ponovni pristop v ZAME</translation>
    </message>
    <message>
        <source>ZAME exit requested</source>
        <translation>Zahtevan izstop iz ZAME</translation>
    </message>
    <message>
        <source>Partner offer changed</source>
        <translation>Partnerska ponudba spremenjena</translation>
    </message>
    <message>
        <source>Partner offer created</source>
        <translation>Partnerska ponudba ustvarjena</translation>
    </message>
    <message>
        <source>ZAME points statement printed</source>
        <translation>Izpisek točk ZAME natisnjen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Račun</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Poslovalnica</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Polica</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Ponudba</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <source>Portal code</source>
        <translation>Koda za portal</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravilo</translation>
    </message>
    <message>
        <source>ZAME day</source>
        <translation>Dan ZAME</translation>
    </message>
    <message>
        <source>ZAME membership</source>
        <translation>Članstvo ZAME</translation>
    </message>
    <message>
        <source>Partner offer</source>
        <translation>Partnerska ponudba</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>Refused call</source>
        <translation>Zavrnjeni klic</translation>
    </message>
    <message>
        <source>Many at once (import or demo)</source>
        <translation>Več hkrati (uvoz ali predstavitev)</translation>
    </message>
    <message>
        <source>Filter: action</source>
        <translation>Filter: dejanje</translation>
    </message>
    <message>
        <source>Filter: agent</source>
        <translation>Filter: zastopnik</translation>
    </message>
    <message>
        <source>Filter: customer no.</source>
        <translation>Filter: št. stranke</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Spremenjen kontakt</translation>
    </message>
    <message>
        <source>National ids added</source>
        <translation>Dodane identifikacijske številke</translation>
    </message>
    <message>
        <source>National ids removed</source>
        <translation>Odstranjene identifikacijske številke</translation>
    </message>
    <message>
        <source>Identified again</source>
        <translation>Ponovno identificiran</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Identifikacijske številke</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikacija</translation>
    </message>
    <message>
        <source>Confirmed different from records</source>
        <translation>Potrjeno kot drugačen od zapisov</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Poslano na</translation>
    </message>
    <message>
        <source>Membership no.</source>
        <translation>Članstvo št.</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Članska številka</translation>
    </message>
    <message>
        <source>Terms version</source>
        <translation>Različica pogojev</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Različica obvestila o zasebnosti</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Podpisano</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dne</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Velja od</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Prejeto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Skupaj</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klavzula</translation>
    </message>
    <message>
        <source>Quote no.</source>
        <translation>Ponudba št.</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Stranka št.</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Ohranjeni zapis</translation>
    </message>
    <message>
        <source>Record merged away</source>
        <translation>Združeni (opuščeni) zapis</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vloga</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Trg</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Velja od</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Poskus</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Poskusi</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Vrstice</translation>
    </message>
    <message>
        <source>Print no.</source>
        <translation>Izpis št.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Napaka</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Velja do</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Točke</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Zavarovane osebe</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Zavrnjeno</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izdano</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Preskočeno</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prej</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Potem</translation>
    </message>
    <message>
        <source>Other record no.</source>
        <translation>Drugi zapis št.</translation>
    </message>
    <message>
        <source>Guardian&apos;s record no.</source>
        <translation>Zapis skrbnika št.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Razmerje</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokazilo</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Izpisi</translation>
    </message>
    <message>
        <source>Coupon number</source>
        <translation>Številka kupona</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Družinski član</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Unknown user name</source>
        <translation>Neznano uporabniško ime</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Člani</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Vrstice v datoteki</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivno</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Skrbnik</translation>
    </message>
    <message>
        <source>Already checked</source>
        <translation>Že preverjeno</translation>
    </message>
    <message>
        <source>Answer as of</source>
        <translation>Odgovor na dan</translation>
    </message>
    <message>
        <source>Limited calls</source>
        <translation>Omejeni klici</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Velikost (bajti)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Klicatelj</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidati</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Preverjeno</translation>
    </message>
    <message>
        <source>Confirmations removed</source>
        <translation>Odstranjene potrditve</translation>
    </message>
    <message>
        <source>With consent</source>
        <translation>S privolitvijo</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Privolitve</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Zapisi</translation>
    </message>
    <message>
        <source>Duplicates dropped</source>
        <translation>Izpuščeni dvojniki</translation>
    </message>
    <message>
        <source>Earlier merges moved to the record kept</source>
        <translation>Prejšnje združitve prenesene na ohranjeni zapis</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodiranje</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Vrste</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Izstopi</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Spremembe nivoja</translation>
    </message>
    <message>
        <source>Limit per minute</source>
        <translation>Omejitev na minuto</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Preneseno</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>Ni več aktivno</translation>
    </message>
    <message>
        <source>Offer no.</source>
        <translation>Ponudba št.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Zamik</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>Message no.</source>
        <translation>Sporočilo št.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Ponudnik</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Poizvedba</translation>
    </message>
    <message>
        <source>Replaced code no.</source>
        <translation>Zamenjana koda št.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Earlier codes revoked</source>
        <translation>Preklicane prejšnje kode</translation>
    </message>
    <message>
        <source>Search terms removed</source>
        <translation>Odstranjeni iskalni izrazi</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>Portal code no.</source>
        <translation>Koda za portal št.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Še aktivno</translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation>Referenca terminala</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Časovni pas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Zapisano v</translation>
    </message>
    <message>
        <source>Verification no.</source>
        <translation>Preverjanje št.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Umaknjeno</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Brez privolitve</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Različica besedila</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Spremenjeno</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ustvarjeno</translation>
    </message>
    <message>
        <source>Ignored columns</source>
        <translation>Prezrti stolpci</translation>
    </message>
    <message>
        <source>Refused: another market&apos;s records</source>
        <translation>Zavrnjeno: zapisi drugega trga</translation>
    </message>
    <message>
        <source>Start event no.</source>
        <translation>Dogodek začetka št.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nespremenjeno</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Posodobljeno</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priimek</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Datum rojstva</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Spol</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poštna številka</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilni telefon</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Želeni jezik</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Osebni dokument</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Številka dokumenta</translation>
    </message>
    <message>
        <source>Document valid until</source>
        <translation>Dokument velja do</translation>
    </message>
    <message>
        <source>The account is locked</source>
        <translation>Račun je zaklenjen</translation>
    </message>
    <message>
        <source>The account is deactivated</source>
        <translation>Račun je deaktiviran</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Napačno geslo</translation>
    </message>
    <message>
        <source>No account with this user name</source>
        <translation>Ni računa s tem uporabniškim imenom</translation>
    </message>
    <message>
        <source>Signed out by the agent</source>
        <translation>Agent se je odjavil</translation>
    </message>
    <message>
        <source>Signed out by the agent from the locked screen</source>
        <translation>Agent se je odjavil z zaklenjenega zaslona</translation>
    </message>
    <message>
        <source>The window was closed</source>
        <translation>Okno je bilo zaprto</translation>
    </message>
    <message>
        <source>Left without choosing the new password asked for</source>
        <translation>Odjava brez izbire zahtevanega novega gesla</translation>
    </message>
    <message>
        <source>Locked out by wrong passwords at the locked screen</source>
        <translation>Zaklenjen zaradi napačnih gesel na zaklenjenem zaslonu</translation>
    </message>
    <message>
        <source>After the idle time</source>
        <translation>Po času nedejavnosti</translation>
    </message>
    <message>
        <source>By the agent (Ctrl+L or the Lock button)</source>
        <translation>Zaklenil agent (Ctrl+L ali gumb Zakleni)</translation>
    </message>
    <message>
        <source>The customer may not have a code</source>
        <translation>Stranka ne sme dobiti kode</translation>
    </message>
    <message>
        <source>Not the contact of record</source>
        <translation>Ni evidentirani kontakt</translation>
    </message>
    <message>
        <source>A recent contact change is not confirmed yet</source>
        <translation>Nedavna sprememba kontakta še ni potrjena</translation>
    </message>
    <message>
        <source>No e-mail of record</source>
        <translation>Ni evidentiranega e-naslova</translation>
    </message>
    <message>
        <source>No mobile number of record</source>
        <translation>Ni evidentirane mobilne številke</translation>
    </message>
    <message>
        <source>Too many codes in an hour</source>
        <translation>Preveč kod v eni uri</translation>
    </message>
    <message>
        <source>Too many codes in a day</source>
        <translation>Preveč kod v enem dnevu</translation>
    </message>
    <message>
        <source>The code is no longer valid</source>
        <translation>Koda ni več veljavna</translation>
    </message>
    <message>
        <source>Cancelled by a supervisor</source>
        <translation>Preklical vodja</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Agent at the desk</source>
        <translation>Zastopnik na okencu</translation>
    </message>
    <message>
        <source>In person, ID card</source>
        <translation>Osebno, osebna izkaznica</translation>
    </message>
    <message>
        <source>In person, passport</source>
        <translation>Osebno, potni list</translation>
    </message>
    <message>
        <source>Rekono</source>
        <translation>Rekono</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Davčna številka</translation>
    </message>
    <message>
        <source>EMŠO</source>
        <translation>EMŠO</translation>
    </message>
    <message>
        <source>ЕГН</source>
        <translation>ЕГН (EGN)</translation>
    </message>
    <message>
        <source>ЛНЧ</source>
        <translation>ЛНЧ (LNČ)</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Unlocking the screen</source>
        <translation>Odklepanje zaslona</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Sprememba gesla</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Revizijska sled</translation>
    </message>
    <message>
        <source>Who did what, when and where. Times are shown in the time zone of your branch ({zone}).</source>
        <translation>Kdo je kaj naredil, kdaj in kje. Časi so prikazani v časovnem pasu vaše poslovalnice ({zone}).</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Zastopnik</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>De&amp;janje</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Only this &amp;customer</source>
        <translation>Samo &amp;ta stranka</translation>
    </message>
    <message>
        <source>Show only the events about the customer of the selected event</source>
        <translation>Prikaži samo dogodke stranke izbranega dogodka</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Vsi zastopniki</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Vsa dejanja</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Os&amp;veži</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Izvozi &amp;CSV…</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Zastopnik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Dejanje</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Od dne</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Do dne</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Izvozi CSV</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Revizijski dogodki</translation>
    </message>
    <message>
        <source>Only the events about this customer&apos;s record</source>
        <translation>Samo dogodki v zvezi z zapisom te stranke</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Stranka</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Only this customer</source>
        <translation>Samo ta stranka</translation>
    </message>
    <message>
        <source>The selected event</source>
        <translation>Izbrani dogodek</translation>
    </message>
    <message>
        <source>Load the events again (F5)</source>
        <translation>Ponovno naloži dogodke (F5)</translation>
    </message>
    <message>
        <source>Write every event matching the filter (not only those shown) to a CSV file</source>
        <translation>Zapiši vse dogodke, ki ustrezajo filtru (ne le prikazanih), v datoteko CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Nalaganje…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %n events. Narrow the filter to see older ones; the CSV export contains them all.</source>
        <translation>
            <numerusform>Prikazan je zadnji %n dogodek. Za starejše zožite filter; izvoz CSV vsebuje vse.</numerusform>
            <numerusform>Prikazana sta zadnja %n dogodka. Za starejše zožite filter; izvoz CSV vsebuje vse.</numerusform>
            <numerusform>Prikazani so zadnji %n dogodki. Za starejše zožite filter; izvoz CSV vsebuje vse.</numerusform>
            <numerusform>Prikazanih je zadnjih %n dogodkov. Za starejše zožite filter; izvoz CSV vsebuje vse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n dogodek</numerusform>
            <numerusform>%n dogodka</numerusform>
            <numerusform>%n dogodki</numerusform>
            <numerusform>%n dogodkov</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an event to read it in full.</source>
        <translation>Izberite dogodek, da ga preberete v celoti.</translation>
    </message>
    <message>
        <source>{when} · {agent} · branch {branch} · workstation {workstation}</source>
        <translation>{when} · {agent} · poslovalnica {branch} · delovno mesto {workstation}</translation>
    </message>
    <message>
        <source>Record: {record}</source>
        <translation>Zapis: {record}</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Izvoz revizijskih dogodkov</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>Izvažanje revizijske sledi</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Zapisovanje {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {file}</source>
        <translation>
            <numerusform>V {file} je izvožen %n dogodek</numerusform>
            <numerusform>V {file} sta izvožena %n dogodka</numerusform>
            <numerusform>V {file} so izvoženi %n dogodki</numerusform>
            <numerusform>V {file} je izvoženih %n dogodkov</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Izvoz ni uspel: {reason}</translation>
    </message>
</context>
<context>
    <name>BreakdownDialog</name>
    <message>
        <source>Premium breakdown</source>
        <translation>Razčlenitev premije</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Korak</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Znesek (EUR)</translation>
    </message>
    <message>
        <source>Amount (BGN at {rate})</source>
        <translation>Znesek (BGN po tečaju {rate})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
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
        <translation>Storniranje potrdila {number}</translation>
    </message>
    <message>
        <source>The certificate stays on record, marked as cancelled, with your reason; the cover does not start.</source>
        <translation>Potrdilo ostane v evidenci, označeno kot stornirano, z vašim razlogom; kritje se ne začne.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Razlog</translation>
    </message>
    <message>
        <source>Cancel the &amp;certificate</source>
        <translation>Storniraj &amp;potrdilo</translation>
    </message>
    <message>
        <source>Cancel certificate {number}? It stays on record as cancelled and its cover never starts; a cancellation cannot be undone.</source>
        <translation>Stornirati potrdilo {number}? Ostane v evidenci kot stornirano in njegovo kritje se nikoli ne začne; storniranja ni mogoče razveljaviti.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Accident certificate {number}</source>
        <translation>Potrdilo o nezgodnem zavarovanju {number}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Zavarovalec</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klavzula</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Zavarovane osebe</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Kritje</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premija</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Plačilo</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Izpisi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornirano</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Predogled in tiskanje…</translation>
    </message>
    <message>
        <source>&amp;Cancel certificate…</source>
        <translation>&amp;Storniraj potrdilo…</translation>
    </message>
    <message>
        <source>A supervisor cancels a certificate, with a reason, before its cover starts</source>
        <translation>Vodja stornira potrdilo z navedbo razloga pred začetkom kritja</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>A (one person)</source>
        <translation>A (posameznik)</translation>
    </message>
    <message>
        <source>B (group)</source>
        <translation>B (skupina)</translation>
    </message>
    <message>
        <source>from {start} to {end} (Sofia time)</source>
        <translation>od {start} do {end} (sofijski čas)</translation>
    </message>
    <message>
        <source>{net} + tax {tax} = {total}</source>
        <translation>{net} + davek {tax} = {total}</translation>
    </message>
    <message>
        <source>card, terminal reference {reference}, {when}</source>
        <translation>kartica, referenca terminala {reference}, {when}</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>še ni natisnjeno</translation>
    </message>
    <message>
        <source>once (the original)</source>
        <translation>enkrat (izvirnik)</translation>
    </message>
    <message numerus="yes">
        <source>the original and %n copies</source>
        <translation>
            <numerusform>izvirnik in %n kopija</numerusform>
            <numerusform>izvirnik in %n kopiji</numerusform>
            <numerusform>izvirnik in %n kopije</numerusform>
            <numerusform>izvirnik in %n kopij</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: {reason}</source>
        <translation>{when}: {reason}</translation>
    </message>
    <message>
        <source>Preparing the certificate</source>
        <translation>Priprava potrdila</translation>
    </message>
    <message>
        <source>Certificate {number} cancelled.</source>
        <translation>Potrdilo {number} je stornirano.</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>Certificate number, e.g. SOF-CENTER-2026-000012</source>
        <translation>Številka potrdila, npr. SOF-CENTER-2026-000012</translation>
    </message>
    <message>
        <source>Search by certificate number</source>
        <translation>Iskanje po številki potrdila</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>&amp;Nova ponudba…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Odpri</translation>
    </message>
    <message>
        <source>No certificates found.</source>
        <translation>Ni najdenih potrdil.</translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message>
        <source>Certificate {number}</source>
        <translation>Potrdilo {number}</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Predogled potrdila</translation>
    </message>
    <message>
        <source>The original was printed: the next print is a copy (КОПИЕ).</source>
        <translation>Izvirnik je bil natisnjen: naslednji izpis bo kopija (КОПИЕ).</translation>
    </message>
    <message>
        <source>Printing the certificate</source>
        <translation>Tiskanje potrdila</translation>
    </message>
    <message>
        <source>The printer could not print. The print was recorded as taken: print again (it will be a copy).</source>
        <translation>Tiskalnik ni mogel natisniti. Izpis je bil kljub temu evidentiran: natisnite znova (to bo kopija).</translation>
    </message>
    <message>
        <source>Preview: the first paper print is the original, every later print is marked as a copy (КОПИЕ). A saved PDF is an electronic copy and does not use up the original.</source>
        <translation>Predogled: prvi natis na papir je izvirnik, vsak poznejši natis je označen kot kopija (КОПИЕ). Shranjen PDF je elektronska kopija in ne porabi izvirnika.</translation>
    </message>
    <message>
        <source>an electronic copy (the original is the paper print)</source>
        <translation>elektronska kopija (izvirnik je natis na papir)</translation>
    </message>
    <message>
        <source>copy no. {number}</source>
        <translation>kopija št. {number}</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>izvirnik</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Spremeni geslo</translation>
    </message>
    <message>
        <source>Use a password you use nowhere else.</source>
        <translation>Uporabite geslo, ki ga ne uporabljate nikjer drugje.</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>&amp;Trenutno geslo</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Novo geslo</translation>
    </message>
    <message>
        <source>New password a&amp;gain</source>
        <translation>Novo geslo &amp;še enkrat</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Spremeni geslo</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim number</source>
        <translation>Številka škode</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vloga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polica</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Prijavljena</translation>
    </message>
</context>
<context>
    <name>CodeHistoryModel</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Poslano na</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izdano</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Velja do</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Napaka</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Zavrzi spremembe</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neshranjene spremembe</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Leave it and discard them?</source>
        <translation>Ta stran ima neshranjene spremembe. Jo zapustim in spremembe zavržem?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Give or withdraw a consent</source>
        <translation>Podaja ali preklic privolitve</translation>
    </message>
    <message>
        <source>Consents are a history: each change is added, none is edited. Leave the wording version empty for the one in force.</source>
        <translation>Privolitve se vodijo kot zgodovina: vsaka sprememba se doda, nobena se ne ureja. Za veljavno različico besedila pustite polje prazno.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Podana</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Preklicana</translation>
    </message>
    <message>
        <source>the version in force</source>
        <translation>veljavna različica</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vnesi</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>given</source>
        <translation>podana</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>preklicana</translation>
    </message>
</context>
<context>
    <name>ContactDialogs</name>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilni telefon</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Osebna izkaznica</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Potni list</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Starš</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Skrbnik</translation>
    </message>
</context>
<context>
    <name>ContactHistoryModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Prejšnji</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokazilo</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Spremenil</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdaj</translation>
    </message>
    <message>
        <source>at identification</source>
        <translation>ob identifikaciji</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <source>No partner offer is valid today.</source>
        <translation>Danes ne velja nobena ponudba partnerjev.</translation>
    </message>
    <message>
        <source>Activate a coupon</source>
        <translation>Aktivacija kupona</translation>
    </message>
    <message>
        <source>The coupon is sent to the member&apos;s registered e-mail. The terms allow the agent to activate it on the member&apos;s behalf.</source>
        <translation>Kupon se pošlje na e-poštni naslov, s katerim se je član registriral. Pogoji dovoljujejo, da ga zastopnik aktivira v imenu člana.</translation>
    </message>
    <message>
        <source>only where the offer allows family members</source>
        <translation>le če ponudba dovoljuje družinske člane</translation>
    </message>
    <message>
        <source>&amp;Activate and send</source>
        <translation>&amp;Aktiviraj in pošlji</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>← &amp;Back to search</source>
        <translation>← &amp;Nazaj na iskanje</translation>
    </message>
    <message>
        <source>Back to the search results (Esc, Alt+Left)</source>
        <translation>Nazaj na rezultate iskanja (Esc, Alt+puščica levo)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <source>Change the record, the contact of record or re-identify the person (Ctrl+E)</source>
        <translation>Spremenite zapis ali evidentirani kontakt oziroma ponovno identificirajte osebo (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Združi z…</translation>
    </message>
    <message>
        <source>This person has a second record: merge the two into one</source>
        <translation>Ta oseba ima še en zapis: združite oba v enega</translation>
    </message>
    <message>
        <source>E&amp;xport personal data (JSON)…</source>
        <translation>&amp;Izvozi osebne podatke (JSON)…</translation>
    </message>
    <message>
        <source>Everything stored about this person, for a data subject access request</source>
        <translation>Vsi shranjeni podatki o tej osebi, za zahtevo posameznika za dostop do osebnih podatkov</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>O&amp;sveži</translation>
    </message>
    <message>
        <source>Load the record again (F5)</source>
        <translation>Ponovno naloži zapis (F5)</translation>
    </message>
    <message>
        <source>Open the record &amp;kept</source>
        <translation>Odpri &amp;ohranjeni zapis</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Istovetnost</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikacija</translation>
    </message>
    <message>
        <source>Address and contact of record</source>
        <translation>Naslov in evidentirani kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priimek</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum rojstva</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Spol</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Identifikacijske številke</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Način</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Velja do</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Preveril</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdaj</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode, city</source>
        <translation>Poštna številka, kraj</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilni telefon</translation>
    </message>
    <message>
        <source>Contact &amp;history (codes go only to the contact of record)</source>
        <translation>Zgodovina kon&amp;taktov (kode se pošiljajo le na evidentirani kontakt)</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Zgodovina kontaktov</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Škode</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>Zapis o stranki</translation>
    </message>
    <message>
        <source>No policies on record for this person.</source>
        <translation>Za to osebo ni evidentiranih polic.</translation>
    </message>
    <message>
        <source>No claims on record for this person.</source>
        <translation>Za to osebo ni evidentiranih škod.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Nalaganje…</translation>
    </message>
    <message>
        <source>Record no. {id} · {market} · version {version}</source>
        <translation>Zapis št. {id} · {market} · različica {version}</translation>
    </message>
    <message>
        <source>Born {day}</source>
        <translation>Rojen(a) {day}</translation>
    </message>
    <message>
        <source>Not identified at a desk yet</source>
        <translation>Še ni identificiran(a) v poslovalnici</translation>
    </message>
    <message>
        <source>{day} (expired)</source>
        <translation>{day} (poteklo)</translation>
    </message>
    <message>
        <source>This record was merged into record no. {id}; it is kept for the history only and cannot be changed.</source>
        <translation>Ta zapis je bil združen v zapis št. {id}; ohranjen je le zaradi zgodovine in ga ni mogoče spreminjati.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Povzetek</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Pregled</translation>
    </message>
    <message>
        <source>&amp;Policies ({count})</source>
        <translation>Po&amp;lice ({count})</translation>
    </message>
    <message>
        <source>&amp;Claims ({count})</source>
        <translation>Š&amp;kode ({count})</translation>
    </message>
    <message>
        <source>Portal co&amp;de</source>
        <translation>Koda za po&amp;rtal</translation>
    </message>
    <message>
        <source>&amp;Accident insurance</source>
        <translation>N&amp;ezgodno zavarovanje</translation>
    </message>
    <message>
        <source>&amp;ZAME</source>
        <translation>Z&amp;AME</translation>
    </message>
    <message>
        <source>Not identified at a desk yet: identify before enrolling or issuing</source>
        <translation>Še ni identificiran na okencu: identificirajte pred včlanitvijo ali izdajo</translation>
    </message>
    <message>
        <source>{how}, {document} {number}, valid until {day}</source>
        <translation>{how}, {document} {number}, velja do {day}</translation>
    </message>
    <message>
        <source>{text} (document expired)</source>
        <translation>{text} (dokument je potekel)</translation>
    </message>
    <message>
        <source>checked by {agent} on {when}</source>
        <translation>preveril(a) {agent}, {when}</translation>
    </message>
    <message>
        <source>born {day}</source>
        <translation>rojen(a) {day}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Nazadnje spremenjeno</translation>
    </message>
    <message>
        <source>Contact of record</source>
        <translation>Evidentirani kontakt</translation>
    </message>
    <message>
        <source>Policies ({count})</source>
        <translation>Police ({count})</translation>
    </message>
    <message>
        <source>Claims ({count})</source>
        <translation>Škode ({count})</translation>
    </message>
    <message>
        <source>{when} · {agent}</source>
        <translation>{when} · {agent}</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Nedavne dejavnosti</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Še nič zabeleženega.</translation>
    </message>
    <message>
        <source>Loading the summary…</source>
        <translation>Nalagam povzetek…</translation>
    </message>
    <message>
        <source>{action}
{when}, {agent} ({branch})</source>
        <translation>{action}
{when}, {agent} ({branch})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Shranjeno.</translation>
    </message>
    <message>
        <source>The record below now shows their version.</source>
        <translation>Spodaj je zdaj prikazana njihova različica zapisa.</translation>
    </message>
    <message>
        <source>The two records are merged; this is the record kept.</source>
        <translation>Zapisa sta združena; to je ohranjeni zapis.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Izvoz osebnih podatkov</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <source>Personal data written to {file}. Hand it over securely; it contains everything stored about the person.</source>
        <translation>Osebni podatki so zapisani v {file}. Izročite jih na varen način; datoteka vsebuje vse shranjene podatke o osebi.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Izvoz ni uspel: {reason}</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Izvažanje osebnih podatkov</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nova stranka</translation>
    </message>
    <message>
        <source>Identify the person with an ID card or a passport before you save. Numbers, dates and contacts are checked when you save; whatever needs correcting is marked next to its field.</source>
        <translation>Pred shranjevanjem identificirajte osebo z osebno izkaznico ali potnim listom. Številke, datumi in kontakti se preverijo ob shranjevanju; kar je treba popraviti, je označeno ob polju.</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>&amp;Ustvari stranko</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Urejanje stranke</translation>
    </message>
    <message>
        <source>A new e-mail or mobile becomes the contact of record: say on what evidence you change it. The change enters the contact history.</source>
        <translation>Nov e-poštni naslov ali mobilna številka postane evidentirani kontakt: navedite, na podlagi katerega dokazila ga spreminjate. Sprememba se vpiše v zgodovino kontaktov.</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>&amp;Shrani spremembe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Oseba</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Naslov in kontakt</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikacija</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Ime</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Priimek</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Datum &amp;rojstva</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Sp&amp;ol</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>Ulica in &amp;hišna številka</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Drža&amp;va</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-pošta</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobilni telefon</translation>
    </message>
    <message>
        <source>E&amp;vidence for the change</source>
        <translation>Dokazilo za spremem&amp;bo</translation>
    </message>
    <message>
        <source>&amp;How identified</source>
        <translation>&amp;Način identifikacije</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Do&amp;kument</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>Š&amp;tevilka dokumenta</translation>
    </message>
    <message>
        <source>Valid until (expir&amp;y)</source>
        <translation>Ve&amp;lja do (datum poteka)</translation>
    </message>
    <message>
        <source>National &amp;ids</source>
        <translation>Identi&amp;fikacijske številke</translation>
    </message>
    <message>
        <source>&amp;Postcode, city</source>
        <translation>Poštna številka, kr&amp;aj</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poštna številka</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Identifikacijske številke</translation>
    </message>
    <message>
        <source>&amp;Add identifier</source>
        <translation>&amp;Dodaj identifikacijsko številko</translation>
    </message>
    <message>
        <source>Add identifier</source>
        <translation>Dodaj identifikacijsko številko</translation>
    </message>
    <message>
        <source>&amp;Re-identify the person now</source>
        <translation>Ponovno identificiraj osebo &amp;zdaj</translation>
    </message>
    <message>
        <source>Re-identify the person now</source>
        <translation>Ponovno identificiraj osebo zdaj</translation>
    </message>
    <message>
        <source>or a two-letter code, e.g. FR</source>
        <translation>ali dvočrkovna koda, npr. FR</translation>
    </message>
    <message>
        <source>e.g. Slovenska cesta 12</source>
        <translation>npr. Slovenska cesta 12</translation>
    </message>
    <message>
        <source>e.g. 041 123 456 or +386 41 123 456</source>
        <translation>npr. 041 123 456 ali +386 41 123 456</translation>
    </message>
    <message>
        <source>e.g. ул. Витоша 15</source>
        <translation>npr. ул. Витоша 15</translation>
    </message>
    <message>
        <source>e.g. 0888 123 456 or +359 888 123 456</source>
        <translation>npr. 0888 123 456 ali +359 888 123 456</translation>
    </message>
    <message>
        <source>e.g. Knez Mihailova 7</source>
        <translation>npr. Knez Mihailova 7</translation>
    </message>
    <message>
        <source>e.g. 064 123 4567 or +381 64 123 4567</source>
        <translation>npr. 064 123 4567 ali +381 64 123 4567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ime@example.com</translation>
    </message>
    <message>
        <source>e.g. request signed at the desk, ID card checked</source>
        <translation>npr. zahteva podpisana v poslovalnici, osebna izkaznica preverjena</translation>
    </message>
    <message>
        <source>as printed on the document</source>
        <translation>kot je natisnjeno na dokumentu</translation>
    </message>
    <message>
        <source>Identified by {agent} on {moment} ({method}).</source>
        <translation>Identifikacija: {agent}, {moment} ({method}).</translation>
    </message>
    <message>
        <source>an agent no longer on record</source>
        <translation>zastopnik, ki ni več v evidenci</translation>
    </message>
    <message>
        <source>Not identified at a desk yet (e.g. loaded from the core system).</source>
        <translation>Še ni identificiran(a) v poslovalnici (npr. naloženo iz osrednjega sistema).</translation>
    </message>
    <message>
        <source>Postcode: {problem}</source>
        <translation>Poštna številka: {problem}</translation>
    </message>
    <message>
        <source>City: {problem}</source>
        <translation>Kraj: {problem}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>any customer: type a name or number</source>
        <translation>katera koli stranka: vpišite ime ali številko</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Najdene stranke</translation>
    </message>
    <message>
        <source>{name} · no. {id}</source>
        <translation>{name} · št. {id}</translation>
    </message>
</context>
<context>
    <name>CustomerRowsModel</name>
    <message>
        <source>Name</source>
        <translation>Ime in priimek</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum rojstva</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Identifikacijske številke</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilni telefon</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message>
        <source>Customers</source>
        <translation>Stranke</translation>
    </message>
    <message>
        <source>Find a customer by any part of the name, in Latin or Cyrillic, with or without diacritics, or by a national id, mobile number, e-mail or policy number.</source>
        <translation>Stranko poiščite po kateremkoli delu imena, v latinici ali cirilici, s šumniki ali brez, ali po identifikacijski številki, mobilni številki, e-poštnem naslovu ali številki police.</translation>
    </message>
    <message>
        <source>Name, national id, mobile, e-mail or policy number (Ctrl+F)</source>
        <translation>Ime, identifikacijska številka, mobilni telefon, e-pošta ali številka police (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Iskanje strank</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nova stranka…</translation>
    </message>
    <message>
        <source>Identify and record a new customer (Ctrl+N)</source>
        <translation>Identificirajte in vpišite novo stranko (Ctrl+N)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nova stranka</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Uvoz…</translation>
    </message>
    <message>
        <source>Load customers, policies or claims from the core system&apos;s CSV extracts</source>
        <translation>Naložite stranke, police ali škode iz izvlečkov CSV osrednjega sistema</translation>
    </message>
    <message>
        <source>Import core-system extract</source>
        <translation>Uvoz izvlečka iz osrednjega sistema</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Najdene stranke</translation>
    </message>
    <message>
        <source>Type at least a few letters of a name, or a whole number, e-mail address or policy number.</source>
        <translation>Vnesite vsaj nekaj črk imena ali celotno številko, e-poštni naslov ali številko police.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Iskanje…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Nalaganje nadaljnjih…</translation>
    </message>
    <message>
        <source>No customer found for “{text}”. Check the spelling, try the national id, or create a new customer (Ctrl+N).</source>
        <translation>Za „{text}“ ni najdene nobene stranke. Preverite črkovanje, poskusite z identifikacijsko številko ali ustvarite novo stranko (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>The first %n customers are shown; scroll down for more.</source>
        <translation>
            <numerusform>Prikazana je prva %n stranka; za več se pomaknite navzdol.</numerusform>
            <numerusform>Prikazani sta prvi %n stranki; za več se pomaknite navzdol.</numerusform>
            <numerusform>Prikazane so prve %n stranke; za več se pomaknite navzdol.</numerusform>
            <numerusform>Prikazanih je prvih %n strank; za več se pomaknite navzdol.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>Najdena je %n stranka. Odprete jo s tipko Enter ali dvoklikom.</numerusform>
            <numerusform>Najdeni sta %n stranki. Stranko odprete s tipko Enter ali dvoklikom.</numerusform>
            <numerusform>Najdene so %n stranke. Stranko odprete s tipko Enter ali dvoklikom.</numerusform>
            <numerusform>Najdenih je %n strank. Stranko odprete s tipko Enter ali dvoklikom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message>
        <source>Tax number (davčna številka)</source>
        <translation>Davčna številka</translation>
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
        <translation>LNCh (ЛНЧ, tujec)</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>Davčna št.</translation>
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
        <translation>Osebno, z osebno izkaznico</translation>
    </message>
    <message>
        <source>In person, with a passport</source>
        <translation>Osebno, s potnim listom</translation>
    </message>
    <message>
        <source>Rekono (online, Slovenia only)</source>
        <translation>Rekono (na daljavo, samo v Sloveniji)</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Osebna izkaznica</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Potni list</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ni navedeno</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Moški</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Ženski</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenija</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bolgarija</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Srbija</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Hrvaška</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosna in Hercegovina</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Črna gora</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Severna Makedonija</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Avstrija</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Nemčija</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italija</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilni telefon</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Zavarovalec</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>Zavarovanec</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Plačnik</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Oškodovanec</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Upravičenec</translation>
    </message>
    <message>
        <source>Motor liability</source>
        <translation>Avtomobilska odgovornost</translation>
    </message>
    <message>
        <source>Motor hull (casco)</source>
        <translation>Avtomobilski kasko</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Zavarovanje doma</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Življenjsko zavarovanje</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Nezgodno zavarovanje</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdravstveno zavarovanje</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivna</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Prekinjena (neplačilo)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornirana</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Potekla</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Še ni začela veljati</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odprta</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Prijavljena</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>V obravnavi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zaključena</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Izplačana</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zavrnjena</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Združen</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>{name} is now on record.</source>
        <translation>{name} je zdaj v evidenci.</translation>
    </message>
</context>
<context>
    <name>DailyRunPanel</name>
    <message>
        <source>The daily run computes every member&apos;s points and level for a day, stores the snapshot and records level changes. The command line runs it each night (agent-app jobs daily); run it here to catch up a day. Running a day again writes nothing twice.</source>
        <translation>Dnevni obračun za posamezen dan izračuna točke in nivo vsakega člana, shrani posnetek stanja in zabeleži spremembe nivojev. Ukazna vrstica ga zažene vsako noč (agent-app jobs daily); tukaj ga zaženite, da nadoknadite zamujeni dan. Ponovni zagon za isti dan ničesar ne zapiše dvakrat.</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>D&amp;an</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>R&amp;un the daily points job</source>
        <translation>&amp;Zaženi dnevni obračun točk</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Prekliči obračun</translation>
    </message>
    <message>
        <source>Progress of the daily run</source>
        <translation>Napredek dnevnega obračuna</translation>
    </message>
    <message>
        <source>Last day run: {day}</source>
        <translation>Zadnji obračunani dan: {day}</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Še ni bil zagnan.</translation>
    </message>
    <message>
        <source>Running the day {day}…</source>
        <translation>Obračun za dan {day}…</translation>
    </message>
    <message>
        <source>Daily points run</source>
        <translation>Dnevni obračun točk</translation>
    </message>
    <message>
        <source>Computing the members&apos; points…</source>
        <translation>Izračunavanje točk članov…</translation>
    </message>
    <message>
        <source>{day}: {members}, {written}, {changes}, {left} ({seconds} s).</source>
        <translation>{day}: {members}, {written}, {changes}, {left} ({seconds} s).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln član</numerusform>
            <numerusform>%Ln člana</numerusform>
            <numerusform>%Ln člani</numerusform>
            <numerusform>%Ln članov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed figures recorded</source>
        <translation>
            <numerusform>%Ln zapisana sprememba točk</numerusform>
            <numerusform>%Ln zapisani spremembi točk</numerusform>
            <numerusform>%Ln zapisane spremembe točk</numerusform>
            <numerusform>%Ln zapisanih sprememb točk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln level changes</source>
        <translation>
            <numerusform>%Ln sprememba nivoja</numerusform>
            <numerusform>%Ln spremembi nivoja</numerusform>
            <numerusform>%Ln spremembe nivoja</numerusform>
            <numerusform>%Ln sprememb nivoja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exits took effect</source>
        <translation>
            <numerusform>%Ln izstop je začel veljati</numerusform>
            <numerusform>%Ln izstopa sta začela veljati</numerusform>
            <numerusform>%Ln izstopi so začeli veljati</numerusform>
            <numerusform>%Ln izstopov je začelo veljati</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing of the run was kept.</source>
        <translation>Preklicano: od obračuna ni bilo nič shranjeno.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>e.g. {example}</source>
        <translation>npr. {example}</translation>
    </message>
    <message>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation>Izberite dan v koledarju (Alt+puščica navzdol)</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Setting</source>
        <translation>Nastavitev</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Velja od</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vnesel</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Uporablja se za</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Vpisano</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manjka</translation>
    </message>
    <message>
        <source>(a table, recorded in its editor)</source>
        <translation>(tabela, vpiše se v svojem urejevalniku)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possibly already on record</source>
        <translation>Morda je že v evidenci</translation>
    </message>
    <message>
        <source>Someone with the same name and birth date, or the same e-mail or mobile, is already on record. Open their record instead of creating a second one, or, if you have checked that this is someone else, confirm it: the confirmation is recorded.</source>
        <translation>Oseba z enakim imenom in datumom rojstva ali z enakim e-poštnim naslovom ali mobilno številko je že v evidenci. Namesto da ustvarite drugi zapis, odprite obstoječega, ali pa, če ste preverili, da gre za drugo osebo, to potrdite: potrditev se zabeleži.</translation>
    </message>
    <message>
        <source>&amp;Open selected record</source>
        <translation>&amp;Odpri izbrani zapis</translation>
    </message>
    <message>
        <source>This is a &amp;different person</source>
        <translation>To je &amp;druga oseba</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Nazaj na obrazec</translation>
    </message>
    <message>
        <source>Likely matches</source>
        <translation>Verjetna ujemanja</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll {name} in ZAME</source>
        <translation>Včlanitev v ZAME: {name}</translation>
    </message>
    <message>
        <source>Record this only after the person has signed the printed enrollment form. The membership starts on the day of signing.</source>
        <translation>To vnesite šele, ko oseba podpiše natisnjeni obrazec za včlanitev. Članstvo začne veljati na dan podpisa.</translation>
    </message>
    <message>
        <source>Signed the terms {version}</source>
        <translation>Podpisani pogoji {version}</translation>
    </message>
    <message>
        <source>Signed the privacy notice {version}</source>
        <translation>Podpisano obvestilo o zasebnosti {version}</translation>
    </message>
    <message>
        <source>Agrees to direct marketing</source>
        <translation>Privoli v neposredno trženje</translation>
    </message>
    <message>
        <source>Agrees to Generali Investments notices</source>
        <translation>Privoli v obvestila Generali Investments</translation>
    </message>
    <message>
        <source>Agrees to the monthly check of investor status with Generali Investments</source>
        <translation>Privoli v mesečno preverjanje statusa vlagatelja pri Generali Investments</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Včlani</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude member {number}</source>
        <translation>Izključitev člana {number}</translation>
    </message>
    <message>
        <source>The membership ends today. The person cannot be enrolled again at a branch.</source>
        <translation>Članstvo preneha danes. Osebe ni mogoče znova včlaniti v poslovalnici.</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>&amp;Izključi</translation>
    </message>
    <message>
        <source>Exclude the member today? The membership ends at once with its points; this cannot be undone.</source>
        <translation>Člana izključim danes? Članstvo se takoj konča skupaj s točkami; tega ni mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Izključi</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit request</source>
        <translation>Zahteva za izstop</translation>
    </message>
    <message>
        <source>The exit takes effect on the 5th Slovenian working day, counted from the working day after the request was received. Until then the member is leaving.</source>
        <translation>Izstop začne veljati 5. slovenski delovni dan, šteto od delovnega dne po prejemu zahteve. Do takrat je član v stanju „v izstopu“.</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>&amp;Vnesi zahtevo</translation>
    </message>
    <message>
        <source>Takes effect on {day}.</source>
        <translation>Začne veljati {day}.</translation>
    </message>
    <message>
        <source>Record the exit request? The membership ends on {day}; until then the request can be withdrawn, afterwards the points are lost.</source>
        <translation>Zapišem zahtevo za izstop? Članstvo se konča {day}; do takrat je zahtevo mogoče umakniti, nato so točke izgubljene.</translation>
    </message>
    <message>
        <source>Request exit</source>
        <translation>Zapiši zahtevo za izstop</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Branch &amp;code</source>
        <translation>&amp;Oznaka poslovalnice</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>&amp;Naziv poslovalnice</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Trg</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Časovni &amp;pas</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Uporabniško ime</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Ime in priimek</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Geslo</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Geslo še &amp;enkrat</translation>
    </message>
    <message>
        <source>Agent Desk: first start</source>
        <translation>Agent Desk: prvi zagon</translation>
    </message>
    <message>
        <source>Welcome to Agent Desk</source>
        <translation>Dobrodošli v aplikaciji Agent Desk</translation>
    </message>
    <message>
        <source>This database is new. Describe the branch this workstation belongs to and create the first administrator, who then creates the agents&apos; accounts.</source>
        <translation>Ta zbirka podatkov je nova. Opišite poslovalnico, ki ji pripada ta delovna postaja, in ustvarite prvega administratorja, ki bo nato ustvaril račune zastopnikov.</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Poslovalnica</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Prvi administrator</translation>
    </message>
    <message>
        <source>e.g. LJ-CENTER</source>
        <translation>npr. LJ-CENTER</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Ustvari in se prijavi</translation>
    </message>
    <message>
        <source>Creating the branch</source>
        <translation>Ustvarjanje poslovalnice</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
</context>
<context>
    <name>IdentifierRow</name>
    <message>
        <source>Kind of national number</source>
        <translation>Vrsta identifikacijske številke</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Identifikacijska številka</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Odstrani to številko</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>Odpri obstoječi zapis</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Customers</source>
        <translation>Stranke</translation>
    </message>
    <message>
        <source>Policies and roles</source>
        <translation>Police in vloge</translation>
    </message>
    <message>
        <source>Claims and roles</source>
        <translation>Škode in vloge</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Samodejno zaznaj</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1250 (Latin: Slovenian, Serbian)</source>
        <translation>Windows-1250 (latinica: slovenščina, srbščina)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic: Bulgarian, Serbian)</source>
        <translation>Windows-1251 (cirilica: bolgarščina, srbščina)</translation>
    </message>
    <message>
        <source>Import from the core system</source>
        <translation>Uvoz iz osrednjega sistema</translation>
    </message>
    <message>
        <source>Load a CSV extract of the insurer&apos;s core system. Rows already loaded come back unchanged, so a file can be imported again safely. Rows with problems are listed at the end; the other rows load.</source>
        <translation>Naložite izvleček CSV iz osrednjega sistema zavarovalnice. Že naložene vrstice ostanejo nespremenjene, zato lahko datoteko varno uvozite znova. Vrstice s težavami so navedene na koncu; druge vrstice se naložijo.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Kaj</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>K&amp;odiranje</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Prebrskaj…</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Začni uvoz</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>P&amp;rekliči uvoz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>customers.csv, policies.csv or claims.csv</source>
        <translation>customers.csv, policies.csv ali claims.csv</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Kaj uvoziti</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Poiščite datoteko</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodiranje</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Potek uvoza</translation>
    </message>
    <message>
        <source>Start import</source>
        <translation>Začni uvoz</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Prekliči uvoz</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Vrstice s težavami</translation>
    </message>
    <message>
        <source>Stop at the next row. The rows read so far stay imported; import the same file again to load the rest.</source>
        <translation>Ustavi pri naslednji vrstici. Doslej prebrane vrstice ostanejo uvožene; za nalaganje preostalih znova uvozite isto datoteko.</translation>
    </message>
    <message>
        <source>Choose the extract to import</source>
        <translation>Izberite izvleček za uvoz</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Datoteke CSV (*.csv *.txt);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Branje {file}…</translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows already read…</source>
        <translation>Preklicevanje: dokončujem že prebrane vrstice…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln rows</source>
        <translation>
            <numerusform>{done} od %Ln vrstice</numerusform>
            <numerusform>{done} od %Ln vrstic</numerusform>
            <numerusform>{done} od %Ln vrstic</numerusform>
            <numerusform>{done} od %Ln vrstic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln rows.</source>
        <translation>
            <numerusform>{file}: %Ln vrstica.</numerusform>
            <numerusform>{file}: %Ln vrstici.</numerusform>
            <numerusform>{file}: %Ln vrstice.</numerusform>
            <numerusform>{file}: %Ln vrstic.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln rows: those rows are imported. Import the same file again to load the rest.</source>
        <translation>
            <numerusform>Preklicano po %Ln vrstici: ta vrstica je uvožena. Za nalaganje preostalih znova uvozite isto datoteko.</numerusform>
            <numerusform>Preklicano po %Ln vrsticah: ti vrstici sta uvoženi. Za nalaganje preostalih znova uvozite isto datoteko.</numerusform>
            <numerusform>Preklicano po %Ln vrsticah: te vrstice so uvožene. Za nalaganje preostalih znova uvozite isto datoteko.</numerusform>
            <numerusform>Preklicano po %Ln vrsticah: te vrstice so uvožene. Za nalaganje preostalih znova uvozite isto datoteko.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln problems are listed ({more} more).</source>
        <translation>
            <numerusform>Navedena je le prva %Ln težava (še {more}).</numerusform>
            <numerusform>Navedeni sta le prvi %Ln težavi (še {more}).</numerusform>
            <numerusform>Navedene so le prve %Ln težave (še {more}).</numerusform>
            <numerusform>Navedenih je le prvih %Ln težav (še {more}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Created {created}, updated {updated}, unchanged {unchanged}, failed {failed}.</source>
        <translation>Ustvarjeno: {created}, posodobljeno: {updated}, nespremenjeno: {unchanged}, neuspešno: {failed}.</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>Prezrti stolpci: {columns}</translation>
    </message>
</context>
<context>
    <name>ImportErrorsModel</name>
    <message>
        <source>Line</source>
        <translation>Vrstica</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Stolpec</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Težava</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Odpri</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ni zadetkov.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Agent Desk: locked</source>
        <translation>Agent Desk: zaklenjeno</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zaklenjeno</translation>
    </message>
    <message>
        <source>{name}, enter your password to continue where you left off.</source>
        <translation>{name}, vnesite geslo, da nadaljujete, kjer ste ostali.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odkleni</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odjava</translation>
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
        <translation>Razdelki</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Zakleni (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odjava</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Branch {code}</source>
        <translation>Poslovalnica {code}</translation>
    </message>
    <message>
        <source>Local database: {path}</source>
        <translation>Lokalna zbirka podatkov: {path}</translation>
    </message>
    <message>
        <source>Central database: {where}</source>
        <translation>Osrednja zbirka podatkov: {where}</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Povezano</translation>
    </message>
    <message>
        <source>● Offline: retrying</source>
        <translation>● Brez povezave: ponovni poskus</translation>
    </message>
    <message>
        <source>Your session on the server has expired.</source>
        <translation>Vaša seja na strežniku je potekla.</translation>
    </message>
    <message>
        <source>Your session on the server ended after a long time without use.</source>
        <translation>Vaša seja na strežniku se je končala po dolgem času brez uporabe.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Vaš račun je bil deaktiviran.</translation>
    </message>
    <message>
        <source>An administrator has reset your password.</source>
        <translation>Skrbnik je ponastavil vaše geslo.</translation>
    </message>
    <message>
        <source>The server has ended your session.</source>
        <translation>Strežnik je končal vašo sejo.</translation>
    </message>
    <message>
        <source>What you were saving was not saved. Sign in again, then repeat it: what you typed is still there.</source>
        <translation>Tisto, kar ste shranjevali, ni bilo shranjeno. Znova se prijavite in dejanje ponovite: kar ste vnesli, je še vedno tam.</translation>
    </message>
</context>
<context>
    <name>Markets</name>
    <message>
        <source>Slovenia (ZAME loyalty programme)</source>
        <translation>Slovenija (program zvestobe ZAME)</translation>
    </message>
    <message>
        <source>Bulgaria (accident insurance)</source>
        <translation>Bolgarija (nezgodno zavarovanje)</translation>
    </message>
    <message>
        <source>Serbia (client portal codes)</source>
        <translation>Srbija (kode za portal za stranke)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>ZAME member {number}: {name}</source>
        <translation>Član ZAME {number}: {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>Member number, e.g. 00000012</source>
        <translation>Članska številka, npr. 00000012</translation>
    </message>
    <message>
        <source>Search by member number</source>
        <translation>Iskanje po članski številki</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Odpri</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odpri</translation>
    </message>
    <message>
        <source>ZAME members</source>
        <translation>Člani ZAME</translation>
    </message>
    <message>
        <source>A member number has digits only.</source>
        <translation>Članska številka vsebuje samo števke.</translation>
    </message>
    <message>
        <source>No members found.</source>
        <translation>Ni najdenih članov.</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge {name}&apos;s records</source>
        <translation>Združevanje zapisov: {name}</translation>
    </message>
    <message>
        <source>Find the other record of {name} (no. {id}). Open it with Enter or double-click to compare the two before anything is changed.</source>
        <translation>Poiščite drugi zapis osebe {name} (št. {id}). Odprite ga s tipko Enter ali dvoklikom, da oba zapisa primerjate, preden se kar koli spremeni.</translation>
    </message>
    <message>
        <source>&amp;Find the other record</source>
        <translation>&amp;Poišči drugi zapis</translation>
    </message>
    <message>
        <source>Name, national id, phone, e-mail or policy number</source>
        <translation>Ime, identifikacijska številka, telefon, e-pošta ali številka police</translation>
    </message>
    <message>
        <source>Check that both records are the same person, then choose the record to keep. The other record&apos;s national ids, policies, claims and contact history move to the kept record, whose name, address and contacts stay as they are; the other record is closed and points to the kept one.</source>
        <translation>Preverite, ali se oba zapisa nanašata na isto osebo, nato izberite zapis, ki ga želite ohraniti. Identifikacijske številke, police, škode in zgodovina kontaktov drugega zapisa se prenesejo v ohranjeni zapis, katerega ime, naslov in kontakti ostanejo nespremenjeni; drugi zapis se zapre in kaže na ohranjenega.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime in priimek</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum rojstva</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Identifikacijske številke</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilni telefon</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifikacija</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Škode</translation>
    </message>
    <message>
        <source>This record (no. {id})</source>
        <translation>Ta zapis (št. {id})</translation>
    </message>
    <message>
        <source>The other record (no. {id})</source>
        <translation>Drugi zapis (št. {id})</translation>
    </message>
    <message>
        <source>Keep &amp;this record (no. {id})</source>
        <translation>Ohrani &amp;ta zapis (št. {id})</translation>
    </message>
    <message>
        <source>Keep the &amp;other record (no. {id})</source>
        <translation>Ohrani &amp;drugi zapis (št. {id})</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Nazaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>P&amp;rimerjaj…</translation>
    </message>
    <message>
        <source>&amp;Merge records</source>
        <translation>&amp;Združi zapisa</translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation>Poišči drugi zapis</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Najdeni zapisi</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Iskanje…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>Najden je %n zapis</numerusform>
            <numerusform>Najdena sta %n zapisa</numerusform>
            <numerusform>Najdeni so %n zapisi</numerusform>
            <numerusform>Najdenih je %n zapisov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n records; scroll for more</source>
        <translation>
            <numerusform>Prvi %n zapis; za več se pomaknite navzdol</numerusform>
            <numerusform>Prva %n zapisa; za več se pomaknite navzdol</numerusform>
            <numerusform>Prvi %n zapisi; za več se pomaknite navzdol</numerusform>
            <numerusform>Prvih %n zapisov; za več se pomaknite navzdol</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging records</source>
        <translation>Združevanje zapisov</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Napačno uporabniško ime ali geslo.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation>Preveč napačnih gesel. Račun je zaklenjen do {until}.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask your administrator.</source>
        <translation>Ta račun je deaktiviran. Obrnite se na administratorja.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved; please try again.</source>
        <translation>Prišlo je do napake. Nič ni bilo shranjeno; poskusite znova.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Vaša vloga tega dejanja ne dovoljuje.</translation>
    </message>
    <message>
        <source>This action belongs to another market than your branch&apos;s.</source>
        <translation>To dejanje spada na drug trg, kot ga pokriva vaša poslovalnica.</translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh the list.</source>
        <translation>Zapis ne obstaja več. Osvežite seznam.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Nothing was saved: reload it and apply your change again.</source>
        <translation>Zapis je medtem spremenil nekdo drug. Nič ni bilo shranjeno: znova ga naložite in ponovno vnesite svojo spremembo.</translation>
    </message>
    <message>
        <source>Connection to the database lost. Nothing was saved; try again.</source>
        <translation>Povezava z zbirko podatkov je prekinjena. Nič ni bilo shranjeno; poskusite znova.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, and it cannot be told whether the change was saved. Open the record and check before you try again.</source>
        <translation>Povezava z zbirko podatkov je bila med shranjevanjem prekinjena, zato ni mogoče ugotoviti, ali je bila sprememba shranjena. Odprite zapis in preverite, preden poskusite znova.</translation>
    </message>
    <message>
        <source>The database&apos;s disk is full. Nothing was saved; free some space (or ask your administrator) and try again.</source>
        <translation>Disk zbirke podatkov je poln. Nič ni bilo shranjeno; sprostite nekaj prostora (ali se obrnite na administratorja) in poskusite znova.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Popravite označena polja.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Please sign in again.</source>
        <translation>Vaša seja na strežniku je končana. Prijavite se znova.</translation>
    </message>
    <message>
        <source>Too many searches or opened records in a minute. Wait {retry_after} s.</source>
        <translation>Preveč iskanj ali odprtih zapisov v eni minuti. Počakajte {retry_after} s.</translation>
    </message>
    <message>
        <source>The file is larger than {limit_mb} MB, the most the server takes.</source>
        <translation>Datoteka je večja od {limit_mb} MB, kar je največ, kar strežnik sprejme.</translation>
    </message>
    <message>
        <source>This is a database address. Agent Desk works through an Agent Desk server (https://…) and never connects to a database directly: ask IT for the server&apos;s address.</source>
        <translation>To je naslov podatkovne baze. Agent Desk dela prek strežnika Agent Desk (https://…) in se nikoli ne poveže neposredno s podatkovno bazo: naslov strežnika vam da IT.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (http only on this computer).</source>
        <translation>Naslov strežnika se mora začeti s https:// (http samo na tem računalniku).</translation>
    </message>
    <message>
        <source>This action is not available through the server.</source>
        <translation>To dejanje prek strežnika ni na voljo.</translation>
    </message>
    <message>
        <source>The server refused the request. Nothing was saved; please try again.</source>
        <translation>Strežnik je zahtevo zavrnil. Nič ni bilo shranjeno; poskusite znova.</translation>
    </message>
    <message>
        <source>The server did not understand the request. Update Agent Desk.</source>
        <translation>Strežnik zahteve ni razumel. Posodobite Agent Desk.</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation>Ta zbirka podatkov že ima administratorja. Namesto tega se prijavite.</translation>
    </message>
    <message>
        <source>This database was made by a newer Agent Desk. Install the newer version; the database was not changed.</source>
        <translation>To zbirko podatkov je ustvarila novejša različica programa Agent Desk. Namestite novejšo različico; zbirka podatkov ni bila spremenjena.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Neznana nastavitev.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obvezno.</translation>
    </message>
    <message>
        <source>At most {maximum} characters.</source>
        <translation>Največ {maximum} znakov.</translation>
    </message>
    <message>
        <source>A whole number from {minimum} to {maximum}.</source>
        <translation>Celo število od {minimum} do {maximum}.</translation>
    </message>
    <message>
        <source>Enter a whole number above 0.</source>
        <translation>Vnesite celo število, večje od 0.</translation>
    </message>
    <message>
        <source>Choose today or a later day.</source>
        <translation>Izberite današnji ali poznejši dan.</translation>
    </message>
    <message>
        <source>A version for this day already exists. Choose another day.</source>
        <translation>Različica za ta dan že obstaja. Izberite drug dan.</translation>
    </message>
    <message>
        <source>Use at least {minimum} characters.</source>
        <translation>Uporabite vsaj {minimum} znakov.</translation>
    </message>
    <message>
        <source>Use at most {maximum} characters.</source>
        <translation>Uporabite največ {maximum} znakov.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Geslo ne sme biti enako uporabniškemu imenu.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Gesli se ne ujemata.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Trenutno geslo je napačno.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Izberite geslo, ki se razlikuje od trenutnega.</translation>
    </message>
    <message>
        <source>2 to 16 capital letters, digits or dashes, e.g. LJ-CENTER.</source>
        <translation>Od 2 do 16 velikih črk, števk ali vezajev, npr. LJ-CENTER.</translation>
    </message>
    <message>
        <source>A branch with this code exists.</source>
        <translation>Poslovalnica s to oznako že obstaja.</translation>
    </message>
    <message>
        <source>Choose the market.</source>
        <translation>Izberite trg.</translation>
    </message>
    <message>
        <source>Unknown time zone; use a name such as Europe/Ljubljana.</source>
        <translation>Neznan časovni pas; uporabite ime, kot je Europe/Ljubljana.</translation>
    </message>
    <message>
        <source>3 to 64 small letters, digits, dots, dashes or underscores.</source>
        <translation>Od 3 do 64 malih črk, števk, pik, vezajev ali podčrtajev.</translation>
    </message>
    <message>
        <source>This username is taken.</source>
        <translation>To uporabniško ime je že zasedeno.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Izberite vlogo.</translation>
    </message>
    <message>
        <source>Choose an existing branch.</source>
        <translation>Izberite obstoječo poslovalnico.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Lastnega računa ne morete deaktivirati.</translation>
    </message>
    <message>
        <source>Not a database address.</source>
        <translation>To ni naslov zbirke podatkov.</translation>
    </message>
    <message>
        <source>Remove the password from the address; enter it in the password field.</source>
        <translation>Odstranite geslo iz naslova; vnesite ga v polje za geslo.</translation>
    </message>
    <message>
        <source>The gateway address must start with https://.</source>
        <translation>Naslov prehoda se mora začeti s https://.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Izberite jezik s seznama.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Vrata so število od 1 do 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation>Izberite STARTTLS, TLS ali brez.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Vnesite ime gostitelja strežnika.</translation>
    </message>
    <message>
        <source>Not a date. Type it as {example}, or pick it from the calendar (Alt+Down).</source>
        <translation>To ni datum. Vnesite ga v obliki {example} ali ga izberite v koledarju (Alt+puščica navzdol).</translation>
    </message>
    <message>
        <source>This person may already be on record. Similar records: {count}.</source>
        <translation>Ta oseba je morda že v evidenci. Podobni zapisi: {count}.</translation>
    </message>
    <message>
        <source>This person may be the same as row {row} of the same list.</source>
        <translation>Ta oseba je morda ista kot v vrstici {row} istega seznama.</translation>
    </message>
    <message>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Uporabite le črke (presledki, vezaji in opuščaji so dovoljeni).</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Datum rojstva je v prihodnosti.</translation>
    </message>
    <message>
        <source>A workstation keeps its data in a file on this computer or works through an Agent Desk server, never on a database directly.</source>
        <translation>Delovna postaja hrani podatke v datoteki na tem računalniku ali dela prek strežnika Agent Desk, nikoli neposredno na podatkovni bazi.</translation>
    </message>
    <message>
        <source>Check the year: the person would be older than 130.</source>
        <translation>Preverite letnico: oseba bi bila starejša od 130 let.</translation>
    </message>
    <message>
        <source>Enter at least one national identification number.</source>
        <translation>Vnesite vsaj eno identifikacijsko številko.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>To ni veljaven e-poštni naslov.</translation>
    </message>
    <message>
        <source>This is not a valid mobile number. For a foreign number, start with the country code, e.g. +386.</source>
        <translation>To ni veljavna mobilna številka. Tujo številko začnite s kodo države, npr. +386.</translation>
    </message>
    <message>
        <source>Choose a country, or type its two-letter code (e.g. HR).</source>
        <translation>Izberite državo ali vnesite njeno dvočrkovno kodo (npr. HR).</translation>
    </message>
    <message>
        <source>A postcode in this country has {digits} digits.</source>
        <translation>Poštna številka v tej državi je {digits}-mestna.</translation>
    </message>
    <message>
        <source>Say how you identified the person.</source>
        <translation>Navedite, kako ste identificirali osebo.</translation>
    </message>
    <message>
        <source>Identification through Rekono is possible in Slovenia only.</source>
        <translation>Identifikacija prek storitve Rekono je mogoča le v Sloveniji.</translation>
    </message>
    <message>
        <source>Choose the type of document you checked.</source>
        <translation>Izberite vrsto dokumenta, ki ste ga preverili.</translation>
    </message>
    <message>
        <source>This identity document has expired.</source>
        <translation>Veljavnost tega osebnega dokumenta je potekla.</translation>
    </message>
    <message>
        <source>The e-mail or mobile changes: say on what evidence (e.g. the customer&apos;s signed request).</source>
        <translation>E-poštni naslov ali mobilna številka se spreminja: navedite dokazilo (npr. podpisano zahtevo stranke).</translation>
    </message>
    <message>
        <source>This record was merged into another one and can no longer be changed. Open the record that was kept.</source>
        <translation>Ta zapis je bil združen z drugim in ga ni več mogoče spreminjati. Odprite ohranjeni zapis.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself: choose the other record.</source>
        <translation>Zapisa ni mogoče združiti s samim seboj: izberite drugi zapis.</translation>
    </message>
    <message>
        <source>These records belong to different markets ({survivor} and {other}) and cannot be merged.</source>
        <translation>Ta zapisa pripadata različnima trgoma ({survivor} in {other}), zato ju ni mogoče združiti.</translation>
    </message>
    <message>
        <source>The two records have different numbers of the same kind ({kind}): either they are two people, or one number is wrong. Correct it first; nothing was merged.</source>
        <translation>Zapisa imata različni številki iste vrste ({kind}): gre bodisi za dve osebi bodisi je ena od številk napačna. Najprej jo popravite; nič ni bilo združeno.</translation>
    </message>
    <message>
        <source>Both records have data in {table} that cannot be combined; nothing was merged. Ask head office.</source>
        <translation>Oba zapisa imata v {table} podatke, ki jih ni mogoče združiti; nič ni bilo združeno. Obrnite se na sedež družbe.</translation>
    </message>
    <message>
        <source>Choose which kind of number this is.</source>
        <translation>Izberite, katere vrste je ta številka.</translation>
    </message>
    <message>
        <source>This kind of number is entered twice.</source>
        <translation>Ta vrsta številke je vnesena dvakrat.</translation>
    </message>
    <message>
        <source>The check digit is wrong: please re-read the number.</source>
        <translation>Kontrolna števka je napačna: ponovno preberite številko.</translation>
    </message>
    <message>
        <source>The birth date in this number is not a real day: please re-read the number.</source>
        <translation>Datum rojstva v tej številki ni obstoječ dan: ponovno preberite številko.</translation>
    </message>
    <message>
        <source>This number encodes the birth date {encoded}, not the one entered.</source>
        <translation>Ta številka vsebuje datum rojstva {encoded}, ne vnesenega.</translation>
    </message>
    <message>
        <source>The national number encodes the other sex.</source>
        <translation>Identifikacijska številka vsebuje drug spol.</translation>
    </message>
    <message>
        <source>Already registered for {name}.</source>
        <translation>Že vpisana pri osebi {name}.</translation>
    </message>
    <message>
        <source>Line {line} is longer than {maximum} bytes: not an extract of the core system. Nothing was imported.</source>
        <translation>Vrstica {line} je daljša od {maximum} bajtov: to ni izvoz iz osrednjega sistema. Nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>This number belongs to another market&apos;s record; the row was not imported.</source>
        <translation>Ta številka pripada zapisu drugega trga; vrstica ni bila uvožena.</translation>
    </message>
    <message>
        <source>This number is already on record in another market; ask head office.</source>
        <translation>Ta številka je že evidentirana na drugem trgu; obrnite se na sedež družbe.</translation>
    </message>
    <message>
        <source>A Slovenian tax number (davčna številka) has 8 digits, the first not 0.</source>
        <translation>Slovenska davčna številka ima 8 števk, prva ne sme biti 0.</translation>
    </message>
    <message>
        <source>An EMŠO has 13 digits.</source>
        <translation>EMŠO ima 13 števk.</translation>
    </message>
    <message>
        <source>An EGN (ЕГН) has 10 digits.</source>
        <translation>EGN (ЕГН) ima 10 števk.</translation>
    </message>
    <message>
        <source>An LNCh (ЛНЧ) has 10 digits.</source>
        <translation>LNCh (ЛНЧ) ima 10 števk.</translation>
    </message>
    <message>
        <source>A JMBG has 13 digits.</source>
        <translation>JMBG ima 13 števk.</translation>
    </message>
    <message>
        <source>Connected. The database is up to date.</source>
        <translation>Povezano. Zbirka podatkov je posodobljena.</translation>
    </message>
    <message>
        <source>Connected. The database needs upgrading; Agent Desk upgrades it when it starts on it.</source>
        <translation>Povezano. Zbirko podatkov je treba nadgraditi; Agent Desk jo nadgradi ob zagonu z njo.</translation>
    </message>
    <message>
        <source>Connected, but the database was made by a newer Agent Desk. Install the newer version first.</source>
        <translation>Povezano, vendar je zbirko podatkov ustvarila novejša različica programa Agent Desk. Najprej namestite novejšo različico.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Strežnik je zavrnil uporabniško ime ali geslo.</translation>
    </message>
    <message>
        <source>The server asks for a password. Enter it.</source>
        <translation>Strežnik zahteva geslo. Vnesite ga.</translation>
    </message>
    <message>
        <source>No server by this name. Check the host name.</source>
        <translation>Strežnika s tem imenom ni. Preverite ime gostitelja.</translation>
    </message>
    <message>
        <source>The server does not answer. Check the host, the port and the network.</source>
        <translation>Strežnik se ne odziva. Preverite gostitelja, vrata in omrežje.</translation>
    </message>
    <message>
        <source>The server has no database by this name.</source>
        <translation>Na strežniku ni zbirke podatkov s tem imenom.</translation>
    </message>
    <message>
        <source>The database address is not valid.</source>
        <translation>Naslov zbirke podatkov ni veljaven.</translation>
    </message>
    <message>
        <source>Could not connect: {detail}</source>
        <translation>Povezava ni uspela: {detail}</translation>
    </message>
    <message>
        <source>The file was refused; nothing was imported.</source>
        <translation>Datoteka je bila zavrnjena; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Check that it exists and is not open in another program.</source>
        <translation>Datoteke {file} ni mogoče prebrati. Preverite, ali obstaja in ni odprta v drugem programu.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and data rows.</source>
        <translation>Datoteka je prazna: potrebuje vrstico z glavo in podatkovne vrstice.</translation>
    </message>
    <message>
        <source>The first line of the file is not a readable CSV header.</source>
        <translation>Prva vrstica datoteke ni berljiva glava CSV.</translation>
    </message>
    <message>
        <source>Unknown encoding {encoding}. Leave it on automatic, or choose one from the list.</source>
        <translation>Neznano kodiranje {encoding}. Pustite samodejno zaznavanje ali izberite kodiranje s seznama.</translation>
    </message>
    <message>
        <source>The file is not in {encoding} (line {line}). Choose another encoding, or leave it on automatic.</source>
        <translation>Datoteka ni v kodiranju {encoding} (vrstica {line}). Izberite drugo kodiranje ali pustite samodejno zaznavanje.</translation>
    </message>
    <message>
        <source>The header lacks these columns: {columns}. Nothing was imported.</source>
        <translation>V glavi manjkajo ti stolpci: {columns}. Nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>The header names these columns twice: {columns}. Nothing was imported.</source>
        <translation>Glava navaja te stolpce dvakrat: {columns}. Nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as yyyy-mm-dd (e.g. 1980-04-25).</source>
        <translation>„{value}“ ni datum; zapišite ga v obliki llll-mm-dd (npr. 1980-04-25).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of: {allowed}.</source>
        <translation>„{value}“ ni med dovoljenimi vrednostmi: {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; holds invisible or control characters; correct the number in the extract.</source>
        <translation>»{value}« vsebuje nevidne ali krmilne znake; popravite številko v izvozu.</translation>
    </message>
    <message>
        <source>Your branch does not serve market {market}; ask head office to import this row.</source>
        <translation>Vaša poslovalnica ne pokriva trga {market}; prosite sedež družbe, naj uvozi to vrstico.</translation>
    </message>
    <message>
        <source>This person is a customer of market {market}; an import does not move customers between markets.</source>
        <translation>Ta oseba je stranka na trgu {market}; uvoz strank ne prenaša med trgi.</translation>
    </message>
    <message>
        <source>The two numbers of this row belong to two different customers. Check the row, or merge the two records first.</source>
        <translation>Številki v tej vrstici pripadata dvema različnima strankama. Preverite vrstico ali najprej združite oba zapisa.</translation>
    </message>
    <message>
        <source>The customer found by the other number has a different {kind} on record.</source>
        <translation>Stranka, najdena po drugi številki, ima v evidenci drugačno vrednost za: {kind}.</translation>
    </message>
    <message>
        <source>An earlier row of this file has the same record with different data; this row was left out.</source>
        <translation>Prejšnja vrstica te datoteke vsebuje isti zapis z drugačnimi podatki; ta vrstica je bila izpuščena.</translation>
    </message>
    <message>
        <source>No customer has this number. Import the customers first.</source>
        <translation>Nobena stranka nima te številke. Najprej uvozite stranke.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Končni datum je pred začetnim.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Datum je v prihodnosti.</translation>
    </message>
    <message>
        <source>This row cannot be read as CSV (check its quotes).</source>
        <translation>Te vrstice ni mogoče prebrati kot CSV (preverite narekovaje).</translation>
    </message>
    <message>
        <source>This customer cannot get a portal code.</source>
        <translation>Ta stranka ne more dobiti kode za portal.</translation>
    </message>
    <message>
        <source>There is no e-mail of record. Update the contact first (with evidence).</source>
        <translation>Evidentiranega e-poštnega naslova ni. Najprej posodobite kontakt (z dokazilom).</translation>
    </message>
    <message>
        <source>There is no mobile number of record. Update the contact first (with evidence).</source>
        <translation>Evidentirane mobilne številke ni. Najprej posodobite kontakt (z dokazilom).</translation>
    </message>
    <message>
        <source>Choose e-mail or SMS.</source>
        <translation>Izberite e-pošto ali SMS.</translation>
    </message>
    <message>
        <source>The code was refused.</source>
        <translation>Koda je bila zavrnjena.</translation>
    </message>
    <message>
        <source>This computer has no password keyring, so codes cannot be queued safely. Ask IT to enable the keyring.</source>
        <translation>Ta računalnik nima shrambe gesel, zato kod ni mogoče varno postaviti v čakalno vrsto. Prosite službo IT, naj omogoči shrambo gesel.</translation>
    </message>
    <message>
        <source>The client portal is for customers of the Serbian market.</source>
        <translation>Portal za stranke je namenjen strankam srbskega trga.</translation>
    </message>
    <message>
        <source>This record was merged into another; open that one.</source>
        <translation>Ta zapis je bil združen z drugim; odprite tistega.</translation>
    </message>
    <message>
        <source>No life, motor hull or household policy as policyholder, no health policy as insured person, and no claim.</source>
        <translation>Stranka ni zavarovalec življenjske, kasko ali premoženjske police za dom, ni zavarovanec zdravstvene police in nima škode.</translation>
    </message>
    <message>
        <source>The customer is a minor: a parent or guardian registers instead.</source>
        <translation>Stranka je mladoletna: namesto nje se registrira starš ali skrbnik.</translation>
    </message>
    <message>
        <source>This e-mail or mobile is not the contact of record: it is on no policy or claim and was not verified at the desk against an identity document.</source>
        <translation>Ta e-naslov ali mobilna številka ni kontakt iz evidence: ni naveden na nobeni polici ali škodi in ni bil preverjen v poslovalnici z osebnim dokumentom.</translation>
    </message>
    <message>
        <source>The contact was changed at the desk recently: a supervisor must confirm its verification before a code is sent there.</source>
        <translation>Kontakt je bil nedavno spremenjen v poslovalnici: preden se tja pošlje koda, mora preverjanje potrditi vodja.</translation>
    </message>
    <message>
        <source>A second person confirms: not the agent who verified or changed it.</source>
        <translation>Potrdi druga oseba: ne zastopnik, ki je kontakt preveril ali spremenil.</translation>
    </message>
    <message>
        <source>No parent or guardian of this minor is recorded under that name.</source>
        <translation>Za tega mladoletnika ta oseba ni zabeležena kot starš ali skrbnik.</translation>
    </message>
    <message>
        <source>The guardian could not be recorded.</source>
        <translation>Skrbnika ni bilo mogoče zabeležiti.</translation>
    </message>
    <message>
        <source>Say what proves it (a birth certificate, a court decision).</source>
        <translation>Navedite dokazilo (rojstni list, sodna odločba).</translation>
    </message>
    <message>
        <source>Only a minor (under 18) has a guardian recorded.</source>
        <translation>Skrbnika je mogoče zabeležiti samo mladoletniku (mlajšemu od 18 let).</translation>
    </message>
    <message>
        <source>A parent or guardian must be 18 or older.</source>
        <translation>Starš ali skrbnik mora biti star vsaj 18 let.</translation>
    </message>
    <message>
        <source>The parent or guardian must be a customer of the same market.</source>
        <translation>Starš ali skrbnik mora biti stranka istega trga.</translation>
    </message>
    <message>
        <source>A person cannot be their own guardian.</source>
        <translation>Oseba ne more biti sama sebi skrbnik.</translation>
    </message>
    <message>
        <source>The contact could not be verified.</source>
        <translation>Kontakta ni bilo mogoče preveriti.</translation>
    </message>
    <message>
        <source>Identify the person first: no identity check is recorded.</source>
        <translation>Najprej identificirajte osebo: preverjanje istovetnosti ni zabeleženo.</translation>
    </message>
    <message>
        <source>There is neither an e-mail nor a mobile number of record.</source>
        <translation>Ni niti evidentiranega e-poštnega naslova niti mobilne številke.</translation>
    </message>
    <message>
        <source>Unknown delivery channel.</source>
        <translation>Neznan kanal dostave.</translation>
    </message>
    <message>
        <source>No e-mail server is set up (Settings, gateways).</source>
        <translation>Poštni strežnik ni nastavljen (Nastavitve, prehodi).</translation>
    </message>
    <message>
        <source>The e-mail server&apos;s password is not in the keyring.</source>
        <translation>Gesla poštnega strežnika ni v shrambi gesel.</translation>
    </message>
    <message>
        <source>No SMS gateway is set up (Settings, gateways).</source>
        <translation>Prehod SMS ni nastavljen (Nastavitve, prehodi).</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s token is not in the keyring.</source>
        <translation>Žetona prehoda SMS ni v shrambi gesel.</translation>
    </message>
    <message>
        <source>This computer cannot read the queued message (different outbox key).</source>
        <translation>Ta računalnik ne more prebrati sporočila v čakalni vrsti (drug ključ odhodne pošte).</translation>
    </message>
    <message>
        <source>Not sent: a newer code replaced this one.</source>
        <translation>Ni poslano: to kodo je nadomestila novejša.</translation>
    </message>
    <message>
        <source>Not sent: the code expired before it could be delivered.</source>
        <translation>Ni poslano: koda je potekla, preden jo je bilo mogoče dostaviti.</translation>
    </message>
    <message>
        <source>The message text is gone.</source>
        <translation>Besedilo sporočila ne obstaja več.</translation>
    </message>
    <message>
        <source>This message cannot be sent as it is; it failed alone, the others go on.</source>
        <translation>Tega sporočila ni mogoče poslati, kakršno je; ni uspelo samo to, ostala se pošiljajo naprej.</translation>
    </message>
    <message>
        <source>The address of record holds characters no message can be sent to.</source>
        <translation>Evidentirani naslov vsebuje znake, na katere ni mogoče poslati nobenega sporočila.</translation>
    </message>
    <message>
        <source>The SMS gateway address is not https:// (Settings, gateways).</source>
        <translation>Naslov prehoda SMS ni https:// (Nastavitve, prehodi).</translation>
    </message>
    <message>
        <source>Unconfirmed: the sender stopped while the e-mail server was receiving it, so it may have arrived. Not sent again; ask the customer, or Retry for a new code.</source>
        <translation>Nepotrjeno: pošiljanje se je ustavilo, medtem ko ga je poštni strežnik sprejemal, zato je sporočilo morda prispelo. Ni bilo poslano znova; vprašajte stranko ali izberite Poskusi znova za novo kodo.</translation>
    </message>
    <message>
        <source>Only a message still waiting to be sent, or a failed portal-code message (a new code is issued), can be retried.</source>
        <translation>Znova je mogoče poslati le sporočilo, ki še čaka na pošiljanje, ali neuspelo sporočilo s kodo za portal (izda se nova koda).</translation>
    </message>
    <message>
        <source>Only a message still waiting to be sent can be cancelled.</source>
        <translation>Preklicati je mogoče le sporočilo, ki še čaka na pošiljanje.</translation>
    </message>
    <message>
        <source>Cancelled by a supervisor; the code was revoked.</source>
        <translation>Preklical vodja; koda je bila razveljavljena.</translation>
    </message>
    <message>
        <source>The customer already had a portal code.</source>
        <translation>Stranka je že imela kodo za portal.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Stranka ne obstaja več.</translation>
    </message>
    <message>
        <source>No customer of your market has this JMBG: add the parent or guardian first.</source>
        <translation>Nobena stranka vašega trga nima te številke JMBG: najprej dodajte starša ali skrbnika.</translation>
    </message>
    <message>
        <source>Not done: this store is not a demo, and an administrator has not yet recorded “{setting}” (Settings, Deployment settings). Nothing was sent, printed or saved.</source>
        <translation>Ni izvedeno: ta baza ni predstavitvena, skrbnik pa še ni vpisal nastavitve »{setting}« (Nastavitve, Nastavitve namestitve). Nič ni bilo poslano, natisnjeno ali shranjeno.</translation>
    </message>
    <message>
        <source>Only an empty database can become a demo database.</source>
        <translation>Predstavitvena je lahko le prazna baza.</translation>
    </message>
    <message>
        <source>Enter the full https:// address of the page.</source>
        <translation>Vpišite celoten naslov strani s https://.</translation>
    </message>
    <message>
        <source>This is a placeholder (an example address), not the insurer&apos;s own.</source>
        <translation>To je nadomestni primer (vzorčni naslov), ne naslov zavarovalnice.</translation>
    </message>
    <message>
        <source>Portal code e-mails and SMS (RS)</source>
        <translation>E-pošta in SMS s kodo za portal (RS)</translation>
    </message>
    <message>
        <source>ZAME enrollment form and enrollment (SI)</source>
        <translation>Pristopna izjava ZAME in včlanitev (SI)</translation>
    </message>
    <message>
        <source>ZAME points statement and discounts (SI)</source>
        <translation>Izpisek točk ZAME in popusti (SI)</translation>
    </message>
    <message>
        <source>Accident quotes and certificates (BG)</source>
        <translation>Ponudbe in certifikati nezgodnega zavarovanja (BG)</translation>
    </message>
    <message>
        <source>Accident certificate (BG)</source>
        <translation>Certifikat nezgodnega zavarovanja (BG)</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n fields; the header has {expected}.</source>
        <translation>
            <numerusform>Ta vrstica ima %n polje; glava jih ima {expected}.</numerusform>
            <numerusform>Ta vrstica ima %n polji; glava jih ima {expected}.</numerusform>
            <numerusform>Ta vrstica ima %n polja; glava jih ima {expected}.</numerusform>
            <numerusform>Ta vrstica ima %n polj; glava jih ima {expected}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n codes per customer per hour. Try again later.</source>
        <translation>
            <numerusform>Največ %n koda na stranko na uro. Poskusite znova pozneje.</numerusform>
            <numerusform>Največ %n kodi na stranko na uro. Poskusite znova pozneje.</numerusform>
            <numerusform>Največ %n kode na stranko na uro. Poskusite znova pozneje.</numerusform>
            <numerusform>Največ %n kod na stranko na uro. Poskusite znova pozneje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n codes per customer per day. Try again tomorrow.</source>
        <translation>
            <numerusform>Največ %n koda na stranko na dan. Poskusite znova jutri.</numerusform>
            <numerusform>Največ %n kodi na stranko na dan. Poskusite znova jutri.</numerusform>
            <numerusform>Največ %n kode na stranko na dan. Poskusite znova jutri.</numerusform>
            <numerusform>Največ %n kod na stranko na dan. Poskusite znova jutri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>The accident insurance was refused.</source>
        <translation>Nezgodno zavarovanje je bilo zavrnjeno.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer to keep the certificate signing key: certificates cannot be issued here.</source>
        <translation>Ta računalnik nima uporabne shrambe gesel za ključ za podpisovanje potrdil: potrdil tu ni mogoče izdajati.</translation>
    </message>
    <message>
        <source>Choose clause A or B.</source>
        <translation>Izberite klavzulo A ali B.</translation>
    </message>
    <message>
        <source>Clause A insures exactly one person.</source>
        <translation>Klavzula A zavaruje natanko eno osebo.</translation>
    </message>
    <message>
        <source>Clause B (group) needs at least two persons.</source>
        <translation>Za klavzulo B (skupina) sta potrebni vsaj dve osebi.</translation>
    </message>
    <message>
        <source>Choose the purpose of the insurance.</source>
        <translation>Izberite namen zavarovanja.</translation>
    </message>
    <message>
        <source>Unknown risk.</source>
        <translation>Neznano tveganje.</translation>
    </message>
    <message>
        <source>Enter an amount in euro with at most two decimals.</source>
        <translation>Vnesite znesek v evrih z največ dvema decimalkama.</translation>
    </message>
    <message>
        <source>The sum insured must be between {minimum} and {maximum} EUR.</source>
        <translation>Zavarovalna vsota mora biti med {minimum} in {maximum} EUR.</translation>
    </message>
    <message>
        <source>The basic covers are required: enter a sum insured.</source>
        <translation>Osnovna kritja so obvezna: vnesite zavarovalno vsoto.</translation>
    </message>
    <message>
        <source>The insurance can start on {earliest} at the earliest.</source>
        <translation>Zavarovanje se lahko začne najprej {earliest}.</translation>
    </message>
    <message>
        <source>The term is at most a year: the last possible end date is {latest}.</source>
        <translation>Zavarovanje traja največ eno leto: zadnji mogoči datum konca je {latest}.</translation>
    </message>
    <message>
        <source>At most 100 characters.</source>
        <translation>Največ 100 znakov.</translation>
    </message>
    <message>
        <source>An insured person needs an ЕГН or a ЛНЧ.</source>
        <translation>Zavarovana oseba mora imeti ЕГН ali ЛНЧ.</translation>
    </message>
    <message>
        <source>The ЕГН encodes another birth date ({encoded}).</source>
        <translation>ЕГН vsebuje drug datum rojstva ({encoded}).</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>Ta oseba je že na seznamu.</translation>
    </message>
    <message>
        <source>Choose the policyholder among the customers.</source>
        <translation>Zavarovalca izberite med strankami.</translation>
    </message>
    <message>
        <source>The policyholder must be a customer of the Bulgarian market.</source>
        <translation>Zavarovalec mora biti stranka bolgarskega trga.</translation>
    </message>
    <message>
        <source>The policyholder must be at least {minimum} years old.</source>
        <translation>Zavarovalec mora biti star najmanj {minimum} let.</translation>
    </message>
    <message>
        <source>Identify the policyholder first: no identity check is recorded.</source>
        <translation>Najprej identificirajte zavarovalca: preverjanje istovetnosti ni zabeleženo.</translation>
    </message>
    <message>
        <source>This customer has no ЕГН or ЛНЧ on record.</source>
        <translation>Ta stranka nima evidentirane ЕГН ali ЛНЧ.</translation>
    </message>
    <message>
        <source>Nobody on the list can be insured.</source>
        <translation>Nobene osebe s seznama ni mogoče zavarovati.</translation>
    </message>
    <message>
        <source>The amount paid must equal the total, {total} EUR.</source>
        <translation>Plačani znesek mora biti enak skupnemu znesku, {total} EUR.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>Največ 64 znakov.</translation>
    </message>
    <message>
        <source>The payment time is in the future.</source>
        <translation>Čas plačila je v prihodnosti.</translation>
    </message>
    <message>
        <source>A certificate was already issued for this quote.</source>
        <translation>Za to ponudbo je bilo potrdilo že izdano.</translation>
    </message>
    <message>
        <source>The quote was valid until {valid_until}: make a new one.</source>
        <translation>Ponudba je veljala do {valid_until}: pripravite novo.</translation>
    </message>
    <message>
        <source>Cover starts the day after payment at the earliest ({earliest}): make a new quote.</source>
        <translation>Kritje se začne najprej dan po plačilu ({earliest}): pripravite novo ponudbo.</translation>
    </message>
    <message>
        <source>Checked for today, the quote comes out differently (an age, say): make a new quote.</source>
        <translation>Ob preverjanju na današnji dan je izračun ponudbe drugačen (npr. zaradi starosti): pripravite novo ponudbo.</translation>
    </message>
    <message>
        <source>The certificate is already cancelled.</source>
        <translation>Potrdilo je že stornirano.</translation>
    </message>
    <message>
        <source>The cover has started: the certificate can no longer be cancelled.</source>
        <translation>Kritje se je že začelo: potrdila ni več mogoče stornirati.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Datoteke ni mogoče prebrati.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Datoteka je prazna.</translation>
    </message>
    <message>
        <source>Columns missing from the header: {columns}.</source>
        <translation>V glavi manjkajo stolpci: {columns}.</translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation>Vpišite yes ali no.</translation>
    </message>
    <message>
        <source>This is not a day: write the day, the month and the four-digit year.</source>
        <translation>To ni datum: vpišite dan, mesec in štirimestno letnico.</translation>
    </message>
    <message>
        <source>The tariff lacks the section “{section}”.</source>
        <translation>V tarifi manjka razdelek „{section}“.</translation>
    </message>
    <message>
        <source>The tariff must price each of the six risks, and nothing else.</source>
        <translation>Tarifa mora določati ceno za vsako od šestih tveganj in za nič drugega.</translation>
    </message>
    <message>
        <source>The risk “{risk}” needs a group (basic or additional).</source>
        <translation>Tveganje „{risk}“ potrebuje skupino (osnovno ali dodatno).</translation>
    </message>
    <message>
        <source>Enter a positive number.</source>
        <translation>Vnesite pozitivno število.</translation>
    </message>
    <message>
        <source>The highest sum is below the lowest.</source>
        <translation>Najvišja vsota je nižja od najnižje.</translation>
    </message>
    <message>
        <source>The age bands must cover every eligible age once, without gaps.</source>
        <translation>Starostni razredi morajo zajeti vsako dovoljeno starost natanko enkrat, brez vrzeli.</translation>
    </message>
    <message>
        <source>The short-term scale must reach a whole year (366 days).</source>
        <translation>Lestvica za kratkoročna zavarovanja mora segati do celega leta (366 dni).</translation>
    </message>
    <message>
        <source>A percentage between 0 and 100.</source>
        <translation>Odstotek med 0 in 100.</translation>
    </message>
    <message>
        <source>No ZAME discount: ZAME is a Slovenian loyalty programme and does not apply to Bulgarian accident insurance.</source>
        <translation>Brez popusta ZAME: ZAME je slovenski program zvestobe in ne velja za bolgarsko nezgodno zavarovanje.</translation>
    </message>
    <message>
        <source>The minimum premium applies.</source>
        <translation>Upošteva se najnižja premija.</translation>
    </message>
    <message>
        <source>Insured without the death risk: under 14.</source>
        <translation>Zavarovan brez tveganja smrti: mlajši od 14 let.</translation>
    </message>
    <message>
        <source>Insured without the death risk: under full legal interdiction.</source>
        <translation>Zavarovan brez tveganja smrti: popolnoma odvzeta poslovna sposobnost.</translation>
    </message>
    <message>
        <source>Cover ends on the last day this person is 68.</source>
        <translation>Kritje se konča zadnji dan, ko je oseba stara 68 let.</translation>
    </message>
    <message>
        <source>Refused: only people aged 0 to 68 can be insured.</source>
        <translation>Zavrnjeno: zavarovati je mogoče le osebe, stare od 0 do 68 let.</translation>
    </message>
    <message>
        <source>Refused: this person turns 69 before the insurance starts.</source>
        <translation>Zavrnjeno: oseba dopolni 69 let pred začetkom zavarovanja.</translation>
    </message>
    <message>
        <source>Refused: lost more than 50 % of working capacity.</source>
        <translation>Zavrnjeno: izguba delovne zmožnosti nad 50 %.</translation>
    </message>
    <message>
        <source>Refused: a foreigner (ЛНЧ) is insured only when permanently resident in Bulgaria.</source>
        <translation>Zavrnjeno: tujec (ЛНЧ) je zavarovan le, če ima stalno prebivališče v Bolgariji.</translation>
    </message>
    <message>
        <source>Genuine and in force: issued by this insurer and not cancelled.</source>
        <translation>Pristno in veljavno: izdala ga je ta zavarovalnica in ni razveljavljeno.</translation>
    </message>
    <message>
        <source>Genuine, but cancelled: this certificate is not in force.</source>
        <translation>Pristno, a razveljavljeno: to potrdilo ni veljavno.</translation>
    </message>
    <message>
        <source>Not issued by this insurer.</source>
        <translation>Tega ni izdala ta zavarovalnica.</translation>
    </message>
    <message>
        <source>Altered: what is printed is not what was signed.</source>
        <translation>Spremenjeno: natisnjeno ni to, kar je bilo podpisano.</translation>
    </message>
    <message>
        <source>The cancellation list is damaged or not signed by a trusted publisher.</source>
        <translation>Seznam razveljavitev je poškodovan ali ga ni podpisal zaupanja vreden izdajatelj.</translation>
    </message>
    <message>
        <source>This workstation&apos;s signing key was retired: no certificate can be issued with it.</source>
        <translation>Podpisni ključ te delovne postaje je umaknjen: z njim ni mogoče izdati nobenega potrdila.</translation>
    </message>
    <message>
        <source>This is not a certificate&apos;s QR code.</source>
        <translation>To ni koda QR potrdila.</translation>
    </message>
    <message>
        <source>{risk}: {sum} EUR × {rate} ‰ a year</source>
        <translation>{risk}: {sum} EUR × {rate} ‰ letno</translation>
    </message>
    <message>
        <source>Yearly premium</source>
        <translation>Letna premija</translation>
    </message>
    <message>
        <source>Age {age}: × {factor}</source>
        <translation>Starost {age}: × {factor}</translation>
    </message>
    <message>
        <source>Purpose {purpose}: × {factor}</source>
        <translation>Namen {purpose}: × {factor}</translation>
    </message>
    <message>
        <source>Raised to the minimum premium, {minimum} EUR</source>
        <translation>Zvišano na najnižjo premijo, {minimum} EUR</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premija</translation>
    </message>
    <message>
        <source>Insurance premium tax {rate} %</source>
        <translation>Davek na zavarovalne premije {rate} %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Skupaj</translation>
    </message>
    <message>
        <source>This ZAME action is not possible.</source>
        <translation>To dejanje v programu ZAME ni mogoče.</translation>
    </message>
    <message>
        <source>This person cannot join ZAME yet; the reasons are listed below.</source>
        <translation>Ta oseba se še ne more včlaniti v ZAME; razlogi so navedeni spodaj.</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Neznan kanal: {channel}.</translation>
    </message>
    <message>
        <source>The signature time lies in the future.</source>
        <translation>Čas podpisa je v prihodnosti.</translation>
    </message>
    <message>
        <source>Unknown kind of consent.</source>
        <translation>Neznana vrsta privolitve.</translation>
    </message>
    <message>
        <source>Unknown activity.</source>
        <translation>Neznana aktivnost.</translation>
    </message>
    <message>
        <source>Unknown source of the activity.</source>
        <translation>Neznan vir aktivnosti.</translation>
    </message>
    <message>
        <source>No ZAME member with this number.</source>
        <translation>Člana ZAME s to številko ni.</translation>
    </message>
    <message>
        <source>Generali Investments&apos; answer is of {as_of}: not this month&apos;s re-check of {day}.</source>
        <translation>Odgovor Generali Investments je z dne {as_of}: ni odgovor za mesečno preverjanje {day}.</translation>
    </message>
    <message>
        <source>The day lies in the future.</source>
        <translation>Dan je v prihodnosti.</translation>
    </message>
    <message>
        <source>The membership {member_number} has ended: nothing can be added to it.</source>
        <translation>Članstvo {member_number} je prenehalo: vanj ni več mogoče ničesar dodati.</translation>
    </message>
    <message>
        <source>An exit can only be requested for an active membership.</source>
        <translation>Izstop je mogoče zahtevati le za aktivno članstvo.</translation>
    </message>
    <message>
        <source>Only an exit request that has not yet taken effect can be withdrawn.</source>
        <translation>Umakniti je mogoče le zahtevo za izstop, ki še ni začela veljati.</translation>
    </message>
    <message>
        <source>The exit request cannot be older than the membership.</source>
        <translation>Zahteva za izstop ne more biti starejša od članstva.</translation>
    </message>
    <message>
        <source>This offer is not valid today (expired, not yet valid, or withdrawn).</source>
        <translation>Ta ponudba danes ne velja (potekla je, še ne velja ali je umaknjena).</translation>
    </message>
    <message>
        <source>The member&apos;s level is too low for this offer.</source>
        <translation>Nivo zvestobe člana je za to ponudbo prenizek.</translation>
    </message>
    <message>
        <source>This offer is for the member only: family members may not use it.</source>
        <translation>Ta ponudba je samo za člana: družinski člani je ne morejo koristiti.</translation>
    </message>
    <message>
        <source>The member has no e-mail address of record for the coupon.</source>
        <translation>Član nima evidentiranega e-poštnega naslova, na katerega bi prejel kupon.</translation>
    </message>
    <message>
        <source>Choose an area.</source>
        <translation>Izberite področje.</translation>
    </message>
    <message>
        <source>Choose a level.</source>
        <translation>Izberite nivo.</translation>
    </message>
    <message>
        <source>The offer cannot end before it starts.</source>
        <translation>Ponudba se ne more končati, preden se začne.</translation>
    </message>
    <message>
        <source>The person must sign this document before joining.</source>
        <translation>Oseba mora ta dokument podpisati pred včlanitvijo.</translation>
    </message>
    <message>
        <source>Enter a whole number of points (0 or more).</source>
        <translation>Vnesite celo število točk (0 ali več).</translation>
    </message>
    <message>
        <source>This part of the points table is missing.</source>
        <translation>Ta del tabele točk manjka.</translation>
    </message>
    <message>
        <source>The points table has no row for {item}.</source>
        <translation>V tabeli točk ni vrstice za {item}.</translation>
    </message>
    <message>
        <source>The points table has an unknown row: {item}.</source>
        <translation>Tabela točk vsebuje neznano vrstico: {item}.</translation>
    </message>
    <message>
        <source>Rows counted as alternatives must be activities or consents of the table.</source>
        <translation>Vrstice, ki se štejejo kot alternative, morajo biti aktivnosti ali privolitve iz tabele.</translation>
    </message>
    <message>
        <source>The four levels need rising thresholds, Osnovni starting at 0.</source>
        <translation>Štirje nivoji potrebujejo naraščajoče pragove, pri čemer se Osnovni začne pri 0.</translation>
    </message>
    <message>
        <source>The largest discount is at most 100 %.</source>
        <translation>Najvišji popust je lahko največ 100 %.</translation>
    </message>
    <message>
        <source>A code of lower-case letters, digits and _ (at most 30), starting with a letter.</source>
        <translation>Koda iz malih črk, številk in _ (največ 30), ki se začne s črko.</translation>
    </message>
    <message>
        <source>The code {item} is used by another row.</source>
        <translation>Kodo {item} že uporablja druga vrstica.</translation>
    </message>
    <message>
        <source>At most {maximum} other items.</source>
        <translation>Največ {maximum} drugih postavk.</translation>
    </message>
    <message>
        <source>Only customers of the Slovenian market can join ZAME.</source>
        <translation>V ZAME se lahko včlanijo le stranke slovenskega trga.</translation>
    </message>
    <message>
        <source>This record was merged into another: enroll that one.</source>
        <translation>Ta zapis je bil združen z drugim: včlanite tistega.</translation>
    </message>
    <message>
        <source>Members must be 18 or older on the day they join.</source>
        <translation>Član mora biti na dan včlanitve star vsaj 18 let.</translation>
    </message>
    <message>
        <source>A Slovenian tax number (davčna številka) is required.</source>
        <translation>Potrebna je slovenska davčna številka.</translation>
    </message>
    <message>
        <source>The tax number (davčna številka) of record is not valid.</source>
        <translation>Evidentirana davčna številka ni veljavna.</translation>
    </message>
    <message>
        <source>The terms require data that is missing from the customer&apos;s record.</source>
        <translation>Pogoji zahtevajo podatke, ki v zapisu stranke manjkajo.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>Ta oseba je že včlanjena.</translation>
    </message>
    <message>
        <source>This membership was not excluded; there is nothing to allow.</source>
        <translation>To članstvo ni bilo izključeno; ničesar ni treba dovoliti.</translation>
    </message>
    <message>
        <source>This person was excluded from ZAME and can join again only when a supervisor allows it.</source>
        <translation>Ta oseba je bila izključena iz programa ZAME in lahko znova pristopi le, če to dovoli vodja.</translation>
    </message>
    <message>
        <source>No ZAME discount: the customer is not a member on that day.</source>
        <translation>Brez popusta ZAME: stranka na ta dan ni član programa.</translation>
    </message>
    <message>
        <source>No ZAME discount: the membership has ended (exit or exclusion).</source>
        <translation>Brez popusta ZAME: članstvo je prenehalo (izstop ali izključitev).</translation>
    </message>
    <message>
        <source>No ZAME discount: ZAME is a Slovenian programme and this policy belongs to another market.</source>
        <translation>Brez popusta ZAME: ZAME je slovenski program, ta polica pa spada na drug trg.</translation>
    </message>
    <message>
        <source>No ZAME discount: it applies to motor, home and accident policies only.</source>
        <translation>Brez popusta ZAME: velja le za avtomobilska, domska in nezgodna zavarovanja.</translation>
    </message>
    <message>
        <source>Osnovni (basic)</source>
        <translation>Osnovni</translation>
    </message>
    <message>
        <source>Bronasti (bronze)</source>
        <translation>Bronasti</translation>
    </message>
    <message>
        <source>Srebrni (silver)</source>
        <translation>Srebrni</translation>
    </message>
    <message>
        <source>Zlati (gold)</source>
        <translation>Zlati</translation>
    </message>
    <message numerus="yes">
        <source>Term of %n days: {percent} % of the yearly premium</source>
        <translation>
            <numerusform>Trajanje %n dan: {percent} % letne premije</numerusform>
            <numerusform>Trajanje %n dneva: {percent} % letne premije</numerusform>
            <numerusform>Trajanje %n dnevi: {percent} % letne premije</numerusform>
            <numerusform>Trajanje %n dni: {percent} % letne premije</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Premium of %n person(s)</source>
        <translation>
            <numerusform>Premija za %n osebo</numerusform>
            <numerusform>Premija za %n osebi</numerusform>
            <numerusform>Premija za %n osebe</numerusform>
            <numerusform>Premija za %n oseb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group discount {percent} % for %n persons (−{discount} EUR)</source>
        <translation>
            <numerusform>Skupinski popust {percent} % za %n osebo (−{discount} EUR)</numerusform>
            <numerusform>Skupinski popust {percent} % za %n osebi (−{discount} EUR)</numerusform>
            <numerusform>Skupinski popust {percent} % za %n osebe (−{discount} EUR)</numerusform>
            <numerusform>Skupinski popust {percent} % za %n oseb (−{discount} EUR)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAgentDialog</name>
    <message>
        <source>New agent</source>
        <translation>Nov zastopnik</translation>
    </message>
    <message>
        <source>The agent signs in with this password once and then chooses their own.</source>
        <translation>Zastopnik se s tem geslom prijavi enkrat, nato si izbere svoje.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Uporabniško ime</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Ime in priimek</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Poslovalnica</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Vloga</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Geslo</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Geslo še &amp;enkrat</translation>
    </message>
    <message>
        <source>e.g. maja.novak</source>
        <translation>npr. maja.novak</translation>
    </message>
    <message>
        <source>&amp;Create agent</source>
        <translation>Ustvari &amp;zastopnika</translation>
    </message>
</context>
<context>
    <name>NewBranchDialog</name>
    <message>
        <source>New branch</source>
        <translation>Nova poslovalnica</translation>
    </message>
    <message>
        <source>The market decides which sections the branch&apos;s agents see; times are shown in the branch&apos;s time zone.</source>
        <translation>Trg določa, katere razdelke vidijo zastopniki poslovalnice; časi so prikazani v časovnem pasu poslovalnice.</translation>
    </message>
    <message>
        <source>Branch &amp;code</source>
        <translation>&amp;Oznaka poslovalnice</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>&amp;Naziv poslovalnice</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Trg</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Časovni &amp;pas</translation>
    </message>
    <message>
        <source>e.g. MB-CENTER</source>
        <translation>npr. MB-CENTER</translation>
    </message>
    <message>
        <source>C&amp;reate branch</source>
        <translation>&amp;Ustvari poslovalnico</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>New partner offer</source>
        <translation>Nova ponudba partnerja</translation>
    </message>
    <message>
        <source>Partner offer</source>
        <translation>Ponudba partnerja</translation>
    </message>
    <message>
        <source>Family members the member names may use it</source>
        <translation>Koristijo jo lahko tudi družinski člani, ki jih določi član</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>Ni več na voljo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Shrani</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>umaknjena</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>na voljo</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>&amp;New offer…</source>
        <translation>&amp;Nova ponudba…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Spremeni…</translation>
    </message>
    <message>
        <source>Partner offers</source>
        <translation>Ponudbe partnerjev</translation>
    </message>
</context>
<context>
    <name>OpenQuoteList</name>
    <message>
        <source>Continue to pa&amp;yment…</source>
        <translation>Na&amp;daljuj s plačilom…</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>Nadaljuj s plačilom</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment</source>
        <translation>Shranjene ponudbe, ki čakajo na plačilo</translation>
    </message>
    <message>
        <source>No saved quote waiting for payment.</source>
        <translation>Nobena shranjena ponudba ne čaka na plačilo.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Working</source>
        <translation>Obdelava</translation>
    </message>
    <message>
        <source>Please wait...</source>
        <translation>Počakajte …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Prejemnik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Poskusi</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Naslednji poskus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ustvarjeno</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslano</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Zadnja napaka</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Outbox: e-mails and SMS with portal codes</source>
        <translation>&amp;Odhodna pošta: e-poštna sporočila in SMS-i s kodami za portal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Os&amp;veži</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Poskusi &amp;znova</translation>
    </message>
    <message>
        <source>A waiting message is sent now; a failed portal-code message cannot be sent again (its text is erased), so the customer gets a new code by the same channel</source>
        <translation>Sporočilo, ki čaka, se pošlje takoj; neuspelega sporočila s kodo za portal ni mogoče znova poslati (njegovo besedilo je izbrisano), zato stranka po istem kanalu prejme novo kodo</translation>
    </message>
    <message>
        <source>&amp;Cancel message</source>
        <translation>P&amp;rekliči sporočilo</translation>
    </message>
    <message>
        <source>Do not send this waiting message; its code is revoked</source>
        <translation>Ne pošlji tega čakajočega sporočila; njegova koda se razveljavi</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Sporočila v odhodni pošti</translation>
    </message>
    <message>
        <source>The text of a failed message is erased, so a new code was issued and queued to {destination}.</source>
        <translation>Besedilo neuspelega sporočila je izbrisano, zato je bila izdana nova koda in postavljena v čakalno vrsto za {destination}.</translation>
    </message>
    <message>
        <source>The message will be sent with the next sending round.</source>
        <translation>Sporočilo bo poslano ob naslednjem krogu pošiljanja.</translation>
    </message>
    <message>
        <source>The message is cancelled and its code revoked.</source>
        <translation>Sporočilo je preklicano, njegova koda pa razveljavljena.</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>Wrong passwords before an account locks</source>
        <translation>Napačna gesla do zaklepa računa</translation>
    </message>
    <message>
        <source>Minutes a locked account stays locked</source>
        <translation>Trajanje zaklepa računa (minute)</translation>
    </message>
    <message>
        <source>Shortest allowed password</source>
        <translation>Najmanjša dolžina gesla</translation>
    </message>
    <message>
        <source>Idle minutes before the window locks</source>
        <translation>Minute nedejavnosti do zaklepa okna</translation>
    </message>
    <message>
        <source>Minutes a portal code sent by SMS stays valid</source>
        <translation>Veljavnost kode za portal, poslane po SMS (minute)</translation>
    </message>
    <message>
        <source>Minutes a portal code sent by e-mail stays valid</source>
        <translation>Veljavnost kode za portal, poslane po e-pošti (minute)</translation>
    </message>
    <message>
        <source>Portal codes per customer per hour</source>
        <translation>Kode za portal na stranko na uro</translation>
    </message>
    <message>
        <source>Portal codes per customer per day</source>
        <translation>Kode za portal na stranko na dan</translation>
    </message>
    <message>
        <source>Wrong guesses before a portal code locks</source>
        <translation>Napačni poskusi do zaklepa kode za portal</translation>
    </message>
    <message>
        <source>Client portal registration address</source>
        <translation>Naslov za registracijo na portalu za stranke</translation>
    </message>
    <message>
        <source>Days after a policy ends when its holder still gets a portal code</source>
        <translation>Dnevi po koncu police, ko imetnik še dobi kodo za portal</translation>
    </message>
    <message>
        <source>Days after a desk change of contact when a supervisor must confirm it</source>
        <translation>Dnevi po spremembi kontakta v poslovalnici, ko jo mora potrditi vodja</translation>
    </message>
    <message>
        <source>Branches that show leva beside euro on accident quotes</source>
        <translation>Poslovalnice, ki na ponudbah za nezgodno zavarovanje poleg evrov kažejo leve</translation>
    </message>
    <message>
        <source>Days an accident quote can still be paid</source>
        <translation>Dnevi, ko je ponudbo za nezgodno zavarovanje še mogoče plačati</translation>
    </message>
    <message>
        <source>Accident insurance tariff</source>
        <translation>Tarifa nezgodnega zavarovanja</translation>
    </message>
    <message>
        <source>ZAME consent wording (version)</source>
        <translation>Besedilo privolitev ZAME (različica)</translation>
    </message>
    <message>
        <source>Working days to carry out a ZAME exit</source>
        <translation>Delovni dnevi za izvedbo izstopa iz ZAME</translation>
    </message>
    <message>
        <source>Days an investor check counts for ZAME points</source>
        <translation>Dnevi, ko preverjanje vlagatelja šteje za točke ZAME</translation>
    </message>
    <message>
        <source>ZAME privacy notice (version)</source>
        <translation>Obvestilo o zasebnosti ZAME (različica)</translation>
    </message>
    <message>
        <source>ZAME points table and levels</source>
        <translation>Tabela točk in ravni ZAME</translation>
    </message>
    <message>
        <source>ZAME general terms (version)</source>
        <translation>Splošni pogoji ZAME (različica)</translation>
    </message>
    <message>
        <source>Insurer&apos;s name on the certificate</source>
        <translation>Ime zavarovalnice na certifikatu</translation>
    </message>
    <message>
        <source>Insurer&apos;s registration, seat and address on the certificate</source>
        <translation>Vpis v register, sedež in naslov zavarovalnice na certifikatu</translation>
    </message>
    <message>
        <source>Insurer&apos;s website for the general terms and the solvency report</source>
        <translation>Spletna stran zavarovalnice s splošnimi pogoji in poročilom o solventnosti</translation>
    </message>
    <message>
        <source>Insurer&apos;s address for complaints</source>
        <translation>Naslov zavarovalnice za pritožbe</translation>
    </message>
    <message>
        <source>none (euro only)</source>
        <translation>nobena (samo evri)</translation>
    </message>
    <message>
        <source>all branches</source>
        <translation>vse poslovalnice</translation>
    </message>
    <message>
        <source>Shipped default</source>
        <translation>Privzeta vrednost</translation>
    </message>
    <message>
        <source>Recorded by an administrator</source>
        <translation>Vnesel administrator</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Načrtovano</translation>
    </message>
    <message>
        <source>(a table, see its screen)</source>
        <translation>(tabela, glejte njen zaslon)</translation>
    </message>
</context>
<context>
    <name>ParametersTableModel</name>
    <message>
        <source>Rule</source>
        <translation>Pravilo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Velja od</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment and issue</source>
        <translation>Plačilo in izdaja</translation>
    </message>
    <message>
        <source>Record the card payment as the terminal printed it. The certificate is issued with the payment; its cover starts on {start} at 00:00 (Sofia time).</source>
        <translation>Vnesite plačilo s kartico, kot ga je izpisal terminal. Potrdilo se izda skupaj s plačilom; kritje se začne {start} ob 00:00 (sofijski čas).</translation>
    </message>
    <message>
        <source>Total to pay: {total}</source>
        <translation>Za plačilo skupaj: {total}</translation>
    </message>
    <message>
        <source>Terminal &amp;reference</source>
        <translation>&amp;Referenca terminala</translation>
    </message>
    <message>
        <source>&amp;Amount paid (EUR)</source>
        <translation>&amp;Plačani znesek (EUR)</translation>
    </message>
    <message>
        <source>Paid a&amp;t</source>
        <translation>Plačano &amp;ob</translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation>&amp;Izdaj potrdilo</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Natisni…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Shrani kot PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Tiskanje: {title}</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Shrani dokument</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Datoteke PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not print.</source>
        <translation>Tiskalnik ni mogel natisniti.</translation>
    </message>
    <message>
        <source>The file could not be written: {path}</source>
        <translation>Datoteke ni bilo mogoče zapisati: {path}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Shranjeno: {path}.</translation>
    </message>
    <message>
        <source>Saved {path}: {what}.</source>
        <translation>Shranjeno v {path}: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to {printer}: {what}, %n page(s).</source>
        <translation>
            <numerusform>Poslano na {printer}: {what}, %n stran.</numerusform>
            <numerusform>Poslano na {printer}: {what}, %n strani.</numerusform>
            <numerusform>Poslano na {printer}: {what}, %n strani.</numerusform>
            <numerusform>Poslano na {printer}: {what}, %n strani.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to {printer}: %n page(s).</source>
        <translation>
            <numerusform>Poslano na {printer}: %n stran.</numerusform>
            <numerusform>Poslano na {printer}: %n strani.</numerusform>
            <numerusform>Poslano na {printer}: %n strani.</numerusform>
            <numerusform>Poslano na {printer}: %n strani.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonResultsModel</name>
    <message>
        <source>No.</source>
        <translation>Št.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime in priimek</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Starost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Cover until</source>
        <translation>Kritje do</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premija</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
</context>
<context>
    <name>PointsChart</name>
    <message>
        <source>Daily points history</source>
        <translation>Dnevna zgodovina točk</translation>
    </message>
    <message>
        <source>No points counted yet: the daily run counts them each night.</source>
        <translation>Točke še niso obračunane: dnevni obračun jih izračuna vsako noč.</translation>
    </message>
    <message>
        <source>Points at the close of each day</source>
        <translation>Točke ob koncu vsakega dne</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Točke</translation>
    </message>
</context>
<context>
    <name>PoliciesModel</name>
    <message>
        <source>Policy number</source>
        <translation>Številka police</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Vrsta zavarovanja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vloga</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začetek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Konec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
</context>
<context>
    <name>PortalCodePanel</name>
    <message>
        <source>A one-time security code lets the customer register on the client portal. It goes only to the e-mail or mobile of record; nobody at the desk ever sees it.</source>
        <translation>Z enkratno varnostno kodo se stranka registrira na portalu za stranke. Koda se pošlje le na evidentirani e-poštni naslov ali mobilno številko; nihče v poslovalnici je nikoli ne vidi.</translation>
    </message>
    <message>
        <source>May get a code</source>
        <translation>Lahko prejme kodo</translation>
    </message>
    <message>
        <source>no code issued yet</source>
        <translation>koda še ni bila izdana</translation>
    </message>
    <message>
        <source>latest: {status}, by {channel} to {to}, {when}</source>
        <translation>zadnja: {status}, prek {channel} na {to}, {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) issued</source>
        <translation>
            <numerusform>izdana %n koda</numerusform>
            <numerusform>izdani %n kodi</numerusform>
            <numerusform>izdane %n kode</numerusform>
            <numerusform>izdanih %n kod</numerusform>
        </translation>
    </message>
    <message>
        <source>Client portal code</source>
        <translation>Koda za portal za stranke</translation>
    </message>
    <message>
        <source>I&amp;ssue code</source>
        <translation>Izd&amp;aj kodo</translation>
    </message>
    <message>
        <source>Issue a new code and send it; an earlier unused code stops working</source>
        <translation>Izdaj novo kodo in jo pošlji; prejšnja neuporabljena koda preneha veljati</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Os&amp;veži</translation>
    </message>
    <message>
        <source>Code histor&amp;y</source>
        <translation>Zgodovina ko&amp;d</translation>
    </message>
    <message>
        <source>Portal code history</source>
        <translation>Zgodovina kod za portal</translation>
    </message>
    <message>
        <source>The second person: confirm a colleague&apos;s desk verification</source>
        <translation>Druga oseba: potrdite preverjanje, ki ga je opravil sodelavec</translation>
    </message>
    <message>
        <source>Verify contact at the desk…</source>
        <translation>Preveri kontakt na okencu…</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Brez kode</translation>
    </message>
    <message>
        <source>Confirm verification</source>
        <translation>Odobri preverjanje</translation>
    </message>
    <message>
        <source>Record parent or guardian…</source>
        <translation>Vpiši starša ali skrbnika…</translation>
    </message>
    <message>
        <source>Issue to guardian</source>
        <translation>Izdaj skrbniku</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Starš ali skrbnik</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Preverjanje…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>This customer can get a portal code.</source>
        <translation>Ta stranka lahko dobi kodo za portal.</translation>
    </message>
    <message>
        <source>E-mail to {destination}</source>
        <translation>E-pošta na {destination}</translation>
    </message>
    <message>
        <source>E-mail (none of record)</source>
        <translation>E-pošta (ni evidentiranega naslova)</translation>
    </message>
    <message>
        <source>SMS to {destination}</source>
        <translation>SMS na {destination}</translation>
    </message>
    <message>
        <source>SMS (no mobile of record)</source>
        <translation>SMS (ni evidentirane mobilne številke)</translation>
    </message>
    <message>
        <source>Revoke the earlier code</source>
        <translation>Prekliči prejšnjo kodo</translation>
    </message>
    <message>
        <source>The code sent by {old_channel} to {old_destination} on {when} has not been used yet. A new code revokes it: it stops working at once. Revoke it and send a new code by {channel} to {destination}?</source>
        <translation>Koda, poslana {when} ({old_channel}, {old_destination}), še ni bila uporabljena. Nova koda jo prekliče: takoj preneha veljati. Jo prekličem in pošljem novo kodo ({channel}, {destination})?</translation>
    </message>
    <message>
        <source>Revoke and send new code</source>
        <translation>Prekliči in pošlji novo kodo</translation>
    </message>
    <message>
        <source>Issuing the portal code</source>
        <translation>Izdajanje kode za portal</translation>
    </message>
    <message>
        <source>Code issued: {channel} to {destination}, valid until {expiry}. It is queued for sending; the history shows when it was sent.</source>
        <translation>Koda je izdana: {channel} na {destination}, velja do {expiry}. Čaka na pošiljanje; v zgodovini je razvidno, kdaj je bila poslana.</translation>
    </message>
    <message>
        <source>confirmed {when}</source>
        <translation>potrjeno {when}</translation>
    </message>
    <message>
        <source>awaiting a supervisor&apos;s confirmation</source>
        <translation>čaka na potrditev nadrejenega</translation>
    </message>
    <message>
        <source>{kind} {value} verified at the desk ({document}) {when}, {state}</source>
        <translation>{kind} {value} preverjen na okencu ({document}) {when}, {state}</translation>
    </message>
    <message>
        <source>Contact of record: as given on a policy or claim; no desk verification recorded.</source>
        <translation>Kontakt v evidenci: kot je naveden na polici ali odškodninskem zahtevku; preverjanje na okencu ni vpisano.</translation>
    </message>
    <message>
        <source>Parents and guardians: {names}</source>
        <translation>Starši in skrbniki: {names}</translation>
    </message>
    <message>
        <source>A minor: record a parent or guardian, who then gets the code.</source>
        <translation>Mladoletna oseba: vpišite starša ali skrbnika, ki nato prejme kodo.</translation>
    </message>
    <message>
        <source>Verification recorded.</source>
        <translation>Preverjanje vpisano.</translation>
    </message>
    <message>
        <source>Parent or guardian recorded.</source>
        <translation>Starš ali skrbnik vpisan.</translation>
    </message>
    <message>
        <source>Verification confirmed.</source>
        <translation>Preverjanje potrjeno.</translation>
    </message>
</context>
<context>
    <name>PortalCodes</name>
    <message>
        <source>Queued</source>
        <translation>V čakalni vrsti</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Pošiljanje</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslano</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Uporabljeno</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Poteklo</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Zamenjano</translation>
    </message>
    <message>
        <source>Locked (wrong guesses)</source>
        <translation>Zaklenjeno (napačni poskusi)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
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
        <translation>Kode za portal</translation>
    </message>
    <message>
        <source>Codes are issued from a customer&apos;s record: open the customer in Customers, then the &quot;Portal code&quot; tab. The code goes only to the e-mail or mobile of record, and the desk never sees it; each issue, delivery, use and failure is in the audit trail.</source>
        <translation>Kode se izdajajo iz zapisa stranke: stranko odprite v razdelku Stranke, nato izberite zavihek „Koda za portal“. Koda se pošlje le na evidentirani e-poštni naslov ali mobilno številko in je v poslovalnici nihče ne vidi; vsaka izdaja, dostava, uporaba in napaka je zabeležena v revizijski sledi.</translation>
    </message>
    <message numerus="yes">
        <source>Codes &amp;issued in the last %n days</source>
        <translation>
            <numerusform>Kode, &amp;izdane v zadnjem %n dnevu</numerusform>
            <numerusform>Kode, &amp;izdane v zadnjih %n dneh</numerusform>
            <numerusform>Kode, &amp;izdane v zadnjih %n dneh</numerusform>
            <numerusform>Kode, &amp;izdane v zadnjih %n dneh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codes &amp;issued in the last %n days, all branches</source>
        <translation>
            <numerusform>Kode, &amp;izdane v zadnjem %n dnevu, vse poslovalnice</numerusform>
            <numerusform>Kode, &amp;izdane v zadnjih %n dneh, vse poslovalnice</numerusform>
            <numerusform>Kode, &amp;izdane v zadnjih %n dneh, vse poslovalnice</numerusform>
            <numerusform>Kode, &amp;izdane v zadnjih %n dneh, vse poslovalnice</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Osve&amp;ži</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Odpri s&amp;tranko</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Odpri stranko</translation>
    </message>
    <message>
        <source>Codes issued recently</source>
        <translation>Nedavno izdane kode</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Nalagam…</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n koda</numerusform>
            <numerusform>%n kodi</numerusform>
            <numerusform>%n kode</numerusform>
            <numerusform>%n kod</numerusform>
        </translation>
    </message>
    <message>
        <source>No codes issued in these days. Issue one from a customer&apos;s record.</source>
        <translation>V teh dneh ni bila izdana nobena koda. Kodo izdate na zapisu stranke.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Pogon</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Neznano</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mapa</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Išči v:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Ime &amp;datoteke:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Vrsta datotek:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Odpri</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Shrani</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Iz&amp;beri</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mapa:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nazaj</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Pojdi nazaj</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Naprej</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Pojdi naprej</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Nadrejena mapa</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Pojdi v nadrejeno mapo</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Ustvari novo mapo</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Ustvari novo mapo</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Seznam</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Preklopi na prikaz seznama</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Preklopi na podroben prikaz</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Stranska vrstica</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Seznam mest in zaznamkov</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Datoteke</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Vse datoteke (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>P&amp;reimenuj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Iz&amp;briši</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Prikaži &amp;skrite datoteke</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova mapa</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Prikaži </translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nedavna mesta</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Mape ni bilo mogoče izbrisati.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 že obstaja.
Želite zamenjati obstoječo datoteko?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Datoteke ni mogoče najti.
Preverite, ali je ime datoteke pravilno.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mape ni mogoče najti.
Preverite, ali je ime mape pravilno.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>»%1« je zaščiten pred pisanjem.
Ga vseeno želite izbrisati?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Res želite izbrisati »%1«?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Spremenjeno</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Računalnik</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Vrsta</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Shrani vse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odpri</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;vse</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za vse</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Poskusi znova</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Prezri</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zavrzi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoč</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uporabi</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ponastavi</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnovi privzete</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Možnosti &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Možnosti &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Natisni</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Tiskanje v datoteko (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokalna datoteka</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Zapis datoteke PDF</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Vrednost »od« ne sme biti večja od vrednosti »do«.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Vse strani</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Lihe strani</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Sode strani</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Kopije</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Število kopij:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Razvrsti po kopijah</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Obratni vrstni red</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Obseg tiskanja</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Natisni vse</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Strani od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trenutna stran</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Izbor</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Nastavitve izpisa</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Možnosti</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Barvni način</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Barvno</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Sivinsko</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>Obojestransko tiskanje</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brez</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Daljša stranica</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Krajša stranica</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Nabor strani:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strani</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Na&amp;bor strani:</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Obojestransko tiskanje</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Izklopljeno</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Vezava po daljši stranici</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Vezava po krajši stranici</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Tiskalnik</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Lastnosti</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokacija:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Izhodna &amp;datoteka:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Predogled</translation>
    </message>
</context>
<context>
    <name>QuoteWizard</name>
    <message>
        <source>New accident insurance quote</source>
        <translation>Nova ponudba za nezgodno zavarovanje</translation>
    </message>
    <message>
        <source>Policyholder (18 or older)</source>
        <translation>Zavarovalec (star vsaj 18 let)</translation>
    </message>
    <message>
        <source>Search the customers: name, ЕГН, ЛНЧ…</source>
        <translation>Iskanje strank: ime, ЕГН, ЛНЧ…</translation>
    </message>
    <message>
        <source>Policyholder search</source>
        <translation>Iskanje zavarovalca</translation>
    </message>
    <message>
        <source>Clause &amp;A: one person</source>
        <translation>Klavzula &amp;A: posameznik</translation>
    </message>
    <message>
        <source>Clause &amp;B: a group</source>
        <translation>Klavzula &amp;B: skupina</translation>
    </message>
    <message>
        <source>The policyholder is the insured person</source>
        <translation>Zavarovalec je zavarovana oseba</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Zavarovane osebe</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Dodaj &amp;osebo</translation>
    </message>
    <message>
        <source>Add the policyholder</source>
        <translation>Dodaj zavarovalca</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Odst&amp;rani</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Uvozi CSV…</translation>
    </message>
    <message>
        <source>Covers and sums insured (EUR)</source>
        <translation>Kritja in zavarovalne vsote (EUR)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (neobvezno)</translation>
    </message>
    <message>
        <source>Purpose and period</source>
        <translation>Namen in obdobje</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>Nam&amp;en</translation>
    </message>
    <message>
        <source>&amp;Start (00:00)</source>
        <translation>&amp;Začetek (00:00)</translation>
    </message>
    <message>
        <source>&amp;End (24:00)</source>
        <translation>&amp;Konec (24:00)</translation>
    </message>
    <message>
        <source>empty: one year</source>
        <translation>prazno: eno leto</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Napre&amp;j &gt;</translation>
    </message>
    <message>
        <source>Sa&amp;ve quote</source>
        <translation>&amp;Shrani ponudbo</translation>
    </message>
    <message>
        <source>&amp;Payment and issue…</source>
        <translation>&amp;Plačilo in izdaja…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; &amp;Nazaj</translation>
    </message>
    <message>
        <source>Accident insurance quote no. {id}</source>
        <translation>Ponudba za nezgodno zavarovanje št. {id}</translation>
    </message>
    <message>
        <source>Columns first_name, last_name, id_value; optional id_kind, birth_date (yyyy-mm-dd), capacity_loss_over_50, interdicted, resident_in_bulgaria (yes/no; a ЛНЧ holder is insured only when resident in Bulgaria)</source>
        <translation>Stolpci first_name, last_name, id_value; neobvezni id_kind, birth_date (llll-mm-dd), capacity_loss_over_50, interdicted, resident_in_bulgaria (yes/no; imetnik ЛНЧ je zavarovan le s stalnim prebivališčem v Bolgariji)</translation>
    </message>
    <message>
        <source>Premium breakdo&amp;wn…</source>
        <translation>Razčlenitev pre&amp;mije…</translation>
    </message>
    <message>
        <source>1 of 3 · Policyholder and insured persons</source>
        <translation>1 od 3 · Zavarovalec in zavarovane osebe</translation>
    </message>
    <message>
        <source>2 of 3 · Covers, purpose and period</source>
        <translation>2 od 3 · Kritja, namen in obdobje</translation>
    </message>
    <message>
        <source>3 of 3 · Quote</source>
        <translation>3 od 3 · Ponudba</translation>
    </message>
    <message>
        <source>from {minimum} to {maximum}</source>
        <translation>od {minimum} do {maximum}</translation>
    </message>
    <message>
        <source>No policyholder chosen yet.</source>
        <translation>Zavarovalec še ni izbran.</translation>
    </message>
    <message>
        <source>Policyholder: {name} (record no. {id})</source>
        <translation>Zavarovalec: {name} (zapis št. {id})</translation>
    </message>
    <message>
        <source>Import the group&apos;s list</source>
        <translation>Uvoz seznama skupine</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Datoteke CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>Branje seznama</translation>
    </message>
    <message numerus="yes">
        <source>Imported {good} of %Ln row(s).</source>
        <translation>
            <numerusform>Uvoženih vrstic: {good} od %Ln.</numerusform>
            <numerusform>Uvoženih vrstic: {good} od %Ln.</numerusform>
            <numerusform>Uvoženih vrstic: {good} od %Ln.</numerusform>
            <numerusform>Uvoženih vrstic: {good} od %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}, {column}: {message}</source>
        <translation>Vrstica {line}, {column}: {message}</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Izračun premije</translation>
    </message>
    <message>
        <source>Close the quote</source>
        <translation>Zapri ponudbo</translation>
    </message>
    <message>
        <source>This quote is not saved. Close it and lose it, or keep working (Save quote keeps it for payment later)?</source>
        <translation>Ta ponudba ni shranjena. Jo zaprete in izgubite ali nadaljujete delo (Shrani ponudbo jo ohrani za kasnejše plačilo)?</translation>
    </message>
    <message>
        <source>The persons and covers you typed are not priced or saved. Close the quote and discard them, or keep working?</source>
        <translation>Osebe in kritja, ki ste jih vnesli, še niso izračunani ne shranjeni. Želite zapreti ponudbo in jih zavreči ali nadaljevati z delom?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Zapri brez shranjevanja</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Nadaljuj delo</translation>
    </message>
    <message>
        <source>Saving the quote</source>
        <translation>Shranjevanje ponudbe</translation>
    </message>
    <message>
        <source>{problem}
Do not take the card payment: the quote can be saved and paid later where certificates can be issued.</source>
        <translation>{problem}
Ne sprejmite plačila s kartico: ponudbo lahko shranite in jo plačate pozneje tam, kjer je mogoče izdajati potrdila.</translation>
    </message>
    <message>
        <source>Certificate {number} issued: cover from {start} 00:00 to {end} 24:00.</source>
        <translation>Potrdilo {number} je izdano: kritje od {start} 00:00 do {end} 24:00.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Vrstica {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>clause A, one person</source>
        <translation>klavzula A, posameznik</translation>
    </message>
    <message>
        <source>clause B, a group</source>
        <translation>klavzula B, skupina</translation>
    </message>
    <message>
        <source>{holder} · {clause} · {purpose} · from {start} to {end} · {insured} insured, {refused} refused</source>
        <translation>{holder} · {clause} · {purpose} · od {start} do {end} · zavarovanih: {insured}, zavrnjenih: {refused}</translation>
    </message>
    <message>
        <source>Covers: {covers}</source>
        <translation>Kritja: {covers}</translation>
    </message>
    <message>
        <source>Premium {net} + tax {tax} = total {total}</source>
        <translation>Premija {net} + davek {tax} = skupaj {total}</translation>
    </message>
    <message>
        <source>Quote no. {id} saved, valid until {day}: take the payment to issue the certificate.</source>
        <translation>Ponudba št. {id} je shranjena in velja do {day}: za izdajo potrdila sprejmite plačilo.</translation>
    </message>
    <message>
        <source>Not saved yet. Save the quote to take the payment.</source>
        <translation>Še ni shranjeno. Shranite ponudbo, da lahko sprejmete plačilo.</translation>
    </message>
</context>
<context>
    <name>RecentCodesModel</name>
    <message>
        <source>Issued</source>
        <translation>Izdana</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Poslano na</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Izdal(a)</translation>
    </message>
</context>
<context>
    <name>RecordGuardianDialog</name>
    <message>
        <source>Record a parent or guardian</source>
        <translation>Vpis starša ali skrbnika</translation>
    </message>
    <message>
        <source>Minors get no portal account of their own: a parent or guardian registers. The parent or guardian must be a customer already; enter their JMBG.</source>
        <translation>Mladoletne osebe nimajo svojega računa na portalu: registrira se starš ali skrbnik. Starš ali skrbnik mora že biti stranka; vpišite njegovo številko JMBG.</translation>
    </message>
    <message>
        <source>Parent&apos;s or guardian&apos;s &amp;JMBG</source>
        <translation>&amp;JMBG starša ali skrbnika</translation>
    </message>
    <message>
        <source>R&amp;elation</source>
        <translation>Ra&amp;zmerje</translation>
    </message>
    <message>
        <source>E&amp;vidence seen</source>
        <translation>Pregledano &amp;dokazilo</translation>
    </message>
    <message>
        <source>e.g. birth certificate no. 123/2015</source>
        <translation>npr. rojstni list št. 123/2015</translation>
    </message>
    <message>
        <source>Record &amp;guardian</source>
        <translation>&amp;Vpiši skrbnika</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Ponastavitev gesla</translation>
    </message>
    <message>
        <source>New temporary password for {name} ({username}). It also lifts a lock-out; the agent must choose their own password at the next sign-in.</source>
        <translation>Novo začasno geslo za uporabnika {name} ({username}). Z njim se odpravi tudi zaklep; zastopnik mora ob naslednji prijavi izbrati svoje geslo.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Novo &amp;geslo</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Geslo še &amp;enkrat</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Ponastavi geslo</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Agent</source>
        <translation>Zastopnik</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vodja</translation>
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
        <translation>Vrstica {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>Membership, years, maximum and discount</source>
        <translation>Članstvo, leta, najvišje število točk in popust</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivnosti</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Privolitve</translation>
    </message>
    <message>
        <source>Policies by the member&apos;s role</source>
        <translation>Police glede na vlogo člana</translation>
    </message>
    <message>
        <source>Levels: points from</source>
        <translation>Nivoji: točke od</translation>
    </message>
    <message>
        <source>Other items of Annex 1</source>
        <translation>Druge postavke Priloge 1</translation>
    </message>
    <message>
        <source>Items the insurer&apos;s table adds to the ones above, each counted while the member&apos;s activity of that name is on (recorded at the desk or imported). The code names the item in those records and cannot change once recorded.</source>
        <translation>Postavke, ki jih tabela zavarovalnice doda zgornjim; vsaka se šteje, dokler je članova aktivnost s tem imenom vklopljena (vpisana pri zastopniku ali uvožena). Koda poimenuje postavko v teh zapisih in se po vpisu ne more več spremeniti.</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>Dodaj postav&amp;ko</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Odstrani izbrano postavko</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Customers</source>
        <translation>Stranke</translation>
    </message>
    <message>
        <source>ZAME</source>
        <translation>ZAME</translation>
    </message>
    <message>
        <source>Portal codes</source>
        <translation>Kode za portal</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>Nezgodno zavarovanje</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Revizija</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Zastopniki</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>Identify customers, check national ids, keep contact data and its history, and find anyone in one search box.</source>
        <translation>Identificirajte stranke, preverjajte identifikacijske številke, vodite kontaktne podatke z zgodovino sprememb in poiščite kogarkoli v enem iskalnem polju.</translation>
    </message>
    <message>
        <source>Enroll Slovenian customers in the ZAME loyalty programme, print the signed form, see points, level and discount.</source>
        <translation>Včlanite slovenske stranke v program zvestobe ZAME, natisnite obrazec za podpis, preglejte točke, raven in popust.</translation>
    </message>
    <message>
        <source>Issue the security code a customer needs to register on the client portal, by e-mail or SMS to the contact of record.</source>
        <translation>Izdajte varnostno kodo, ki jo stranka potrebuje za registracijo na portalu za stranke, po e-pošti ali SMS na evidentirani kontakt.</translation>
    </message>
    <message>
        <source>Quote accident insurance for one person or a group, take payment, and print the numbered certificate.</source>
        <translation>Pripravite ponudbo za nezgodno zavarovanje za posameznika ali skupino, sprejmite plačilo in natisnite oštevilčeno potrdilo.</translation>
    </message>
    <message>
        <source>Who did what, when and where.</source>
        <translation>Kdo je kaj naredil, kdaj in kje.</translation>
    </message>
    <message>
        <source>Accounts, roles and branches.</source>
        <translation>Računi, vloge in poslovalnice.</translation>
    </message>
    <message>
        <source>This workstation and your account.</source>
        <translation>Ta delovna postaja in vaš račun.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (vrata 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (vrata 465)</translation>
    </message>
    <message>
        <source>None (internal relay only)</source>
        <translation>Brez (samo notranji posredovalni strežnik)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>Applies at once, and is remembered for your account and for this workstation.</source>
        <translation>Uveljavi se takoj in se zapomni za vaš račun in to delovno postajo.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>The password you sign in with.</source>
        <translation>Geslo, s katerim se prijavljate.</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Spremeni geslo…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Spremeni geslo</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Zbirka podatkov</translation>
    </message>
    <message>
        <source>This workstation works on the local database on this computer: {where}</source>
        <translation>Ta delovna postaja uporablja lokalno zbirko podatkov na tem računalniku: {where}</translation>
    </message>
    <message>
        <source>This workstation works through the Agent Desk server {where}.</source>
        <translation>Ta delovna postaja dela prek strežnika Agent Desk {where}.</translation>
    </message>
    <message>
        <source>Change &amp;database…</source>
        <translation>Zamenjaj &amp;zbirko podatkov…</translation>
    </message>
    <message>
        <source>Change database</source>
        <translation>Zamenjava zbirke podatkov</translation>
    </message>
    <message>
        <source>E-mail and SMS gateways</source>
        <translation>Prehodi za e-pošto in SMS</translation>
    </message>
    <message>
        <source>E-mail (SMTP server)</source>
        <translation>E-pošta (strežnik SMTP)</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>Prehod SMS</translation>
    </message>
    <message>
        <source>SMTP &amp;host</source>
        <translation>&amp;Gostitelj SMTP</translation>
    </message>
    <message>
        <source>SMTP p&amp;ort</source>
        <translation>&amp;Vrata SMTP</translation>
    </message>
    <message>
        <source>Securi&amp;ty</source>
        <translation>Var&amp;nost</translation>
    </message>
    <message>
        <source>SMTP user&amp;name</source>
        <translation>&amp;Uporabniško ime SMTP</translation>
    </message>
    <message>
        <source>SMTP pass&amp;word</source>
        <translation>G&amp;eslo SMTP</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>Naslov &amp;pošiljatelja</translation>
    </message>
    <message>
        <source>Gateway &amp;URL</source>
        <translation>U&amp;RL prehoda</translation>
    </message>
    <message>
        <source>Gateway userna&amp;me</source>
        <translation>Uporabniško &amp;ime prehoda</translation>
    </message>
    <message>
        <source>Gateway to&amp;ken</source>
        <translation>Že&amp;ton prehoda</translation>
    </message>
    <message>
        <source>Sender &amp;ID</source>
        <translation>ID poši&amp;ljatelja</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation>Pustite prazno, da ohranite shranjeno vrednost</translation>
    </message>
    <message>
        <source>e.g. branch@insurer.example</source>
        <translation>npr. poslovalnica@insurer.example</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Save gateways</source>
        <translation>S&amp;hrani prehode</translation>
    </message>
    <message>
        <source>Save gateways</source>
        <translation>Shrani prehode</translation>
    </message>
    <message>
        <source>Deployment settings</source>
        <translation>Nastavitve namestitve</translation>
    </message>
    <message>
        <source>Record the insurer&apos;s own value of a setting and the day it takes effect. The tariff and the ZAME points table are recorded in their own editors.</source>
        <translation>Vpišite vrednost zavarovalnice in dan, od katerega velja. Tarifa in tabela točk ZAME se vpišeta v svojih urejevalnikih.</translation>
    </message>
    <message>
        <source>Settin&amp;g</source>
        <translation>Nastavitev (&amp;K)</translation>
    </message>
    <message>
        <source>Te&amp;xt or address</source>
        <translation>Besedilo ali naslov (&amp;X)</translation>
    </message>
    <message>
        <source>A&amp;pplies from</source>
        <translation>Velja od (&amp;M)</translation>
    </message>
    <message>
        <source>Text or address</source>
        <translation>Besedilo ali naslov</translation>
    </message>
    <message>
        <source>Record setting</source>
        <translation>Vpiši nastavitev</translation>
    </message>
    <message>
        <source>This is a demo database: the shipped defaults are used and documents say DEMO.</source>
        <translation>To je predstavitvena baza: uporabljajo se privzete vrednosti, dokumenti so označeni z DEMO.</translation>
    </message>
    <message>
        <source>Not a demo database: customer-facing work that needs a missing setting is refused until it is recorded. Missing: {count}.</source>
        <translation>Baza ni predstavitvena: delo za stranke, ki potrebuje manjkajočo nastavitev, je zavrnjeno, dokler ni vpisana. Manjka: {count}.</translation>
    </message>
    <message>
        <source>Every deployment setting is the insurer&apos;s own.</source>
        <translation>Vse nastavitve namestitve so vrednosti zavarovalnice.</translation>
    </message>
    <message>
        <source>Security rules</source>
        <translation>Varnostna pravila</translation>
    </message>
    <message>
        <source>The same for every workstation on this database. A rule is never edited in place: record a new value and the day it takes effect.</source>
        <translation>Enaka za vse delovne postaje v tej zbirki podatkov. Pravila se nikoli ne spreminja neposredno: vnesite novo vrednost in dan, ko začne veljati.</translation>
    </message>
    <message>
        <source>Record a new version</source>
        <translation>Vnesi novo različico</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>Pr&amp;avilo</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>Vre&amp;dnost</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Velja &amp;od</translation>
    </message>
    <message>
        <source>R&amp;ecord new version</source>
        <translation>Vnesi novo različi&amp;co</translation>
    </message>
    <message>
        <source>Record new version</source>
        <translation>Vnesi novo različico</translation>
    </message>
    <message>
        <source>Security rules in force</source>
        <translation>Veljavna varnostna pravila</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Vaše geslo je spremenjeno.</translation>
    </message>
    <message>
        <source>Saved. From the next start this workstation works through the Agent Desk server {url}.</source>
        <translation>Shranjeno. Od naslednjega zagona ta delovna postaja dela prek strežnika Agent Desk {url}.</translation>
    </message>
    <message>
        <source>Saved. From the next start this workstation works on the local database.</source>
        <translation>Shranjeno. Od naslednjega zagona bo ta delovna postaja uporabljala lokalno zbirko podatkov.</translation>
    </message>
    <message>
        <source>Gateways saved.</source>
        <translation>Prehodi so shranjeni.</translation>
    </message>
    <message>
        <source>This computer has no password store: the password and the token were not saved.</source>
        <translation>Ta računalnik nima shrambe gesel: geslo in žeton nista bila shranjena.</translation>
    </message>
    <message>
        <source>Recorded: “{rule}” is {value} from {day}.</source>
        <translation>Vneseno: od {day} velja „{rule}“: {value}.</translation>
    </message>
    <message>
        <source>Recorded: “{setting}”, valid from {day}.</source>
        <translation>Vpisano: »{setting}«, velja od {day}.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Agent Desk: sign in</source>
        <translation>Agent Desk: prijava</translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>Sign in to serve your customers</source>
        <translation>Prijavite se za delo s strankami</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Uporabniško ime</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Geslo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Je&amp;zik</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Database: {store} · workstation {workstation} · version {version}</source>
        <translation>Zbirka podatkov: {store} · delovna postaja {workstation} · različica {version}</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Vnesite uporabniško ime.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Vnesite geslo.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Prijavljanje</translation>
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
        <translation>V programu Agent Desk je prišlo do nepričakovane napake. Vse, kar ste shranili, je ohranjeno; zadnje dejanje morda ni bilo shranjeno. Podrobnosti so v dnevniški datoteki.</translation>
    </message>
    <message>
        <source>Agent Desk cannot open its database.</source>
        <translation>Agent Desk ne more odpreti svoje zbirke podatkov.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Poskusi znova</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>Uporabi lokalno zbirko podatkov</translation>
    </message>
    <message>
        <source>This workstation is set to work on the database {url} directly. Agent Desk no longer connects to a database: it works on this computer&apos;s own file or through an Agent Desk server, which alone holds the database&apos;s password. Ask IT for the server&apos;s address and enter it in Settings, Database.</source>
        <translation>Ta delovna postaja je nastavljena na neposredno delo s podatkovno bazo {url}. Agent Desk se ne povezuje več s podatkovno bazo: dela z lastno datoteko tega računalnika ali prek strežnika Agent Desk, ki edini pozna geslo podatkovne baze. Naslov strežnika vam da IT; vnesite ga v Nastavitve, Podatkovna baza.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izhod</translation>
    </message>
    <message>
        <source>Your administrator set a temporary password. Choose your own password to continue.</source>
        <translation>Administrator vam je nastavil začasno geslo. Za nadaljevanje izberite svoje geslo.</translation>
    </message>
</context>
<context>
    <name>StoreSettingsDialog</name>
    <message>
        <source>Database</source>
        <translation>Zbirka podatkov</translation>
    </message>
    <message>
        <source>Where this workstation keeps its data. The change takes effect when Agent Desk starts the next time.</source>
        <translation>Kje ta delovna postaja hrani podatke. Sprememba začne veljati ob naslednjem zagonu programa Agent Desk.</translation>
    </message>
    <message>
        <source>&amp;Local database on this computer</source>
        <translation>&amp;Lokalna zbirka podatkov na tem računalniku</translation>
    </message>
    <message>
        <source>An Agent Desk ser&amp;ver (recommended for branches)</source>
        <translation>Strežnik &amp;Agent Desk (priporočeno za poslovalnice)</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Naslov strežnika</translation>
    </message>
    <message>
        <source>CA certificate &amp;file</source>
        <translation>Datoteka &amp;certifikata CA</translation>
    </message>
    <message>
        <source>e.g. https://agentdesk.example:8443</source>
        <translation>npr. https://agentdesk.example:8443</translation>
    </message>
    <message>
        <source>Only for a certificate of the insurer&apos;s own authority</source>
        <translation>Samo za potrdilo lastnega overitelja zavarovalnice</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Preizkusi povezavo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Shrani</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Preizkušanje povezave</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Povezovanje s strežnikom {host}…</translation>
    </message>
    <message>
        <source>The Agent Desk server does not answer.</source>
        <translation>Strežnik Agent Desk se ne odziva.</translation>
    </message>
    <message>
        <source>Connected to the Agent Desk server (version {version}).</source>
        <translation>Povezano s strežnikom Agent Desk (različica {version}).</translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <source>Risk</source>
        <translation>Tveganje</translation>
    </message>
    <message>
        <source>Yearly rate per 1,000 EUR</source>
        <translation>Letna stopnja na 1.000 EUR</translation>
    </message>
    <message>
        <source>Lowest sum</source>
        <translation>Najnižja vsota</translation>
    </message>
    <message>
        <source>Highest sum</source>
        <translation>Najvišja vsota</translation>
    </message>
    <message>
        <source>From age</source>
        <translation>Od starosti</translation>
    </message>
    <message>
        <source>To age</source>
        <translation>Do starosti</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Term up to (days)</source>
        <translation>Trajanje do (dni)</translation>
    </message>
    <message>
        <source>% of the yearly premium</source>
        <translation>% letne premije</translation>
    </message>
    <message>
        <source>From (persons)</source>
        <translation>Od (oseb)</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Popust %</translation>
    </message>
    <message>
        <source>Minimum premium before tax (EUR)</source>
        <translation>Najnižja premija brez davka (EUR)</translation>
    </message>
    <message>
        <source>Premium tax (fraction, 0.02 = 2 %)</source>
        <translation>Davek na premijo (delež, 0.02 = 2 %)</translation>
    </message>
    <message>
        <source>Leva per euro (shown beside)</source>
        <translation>Levov za evro (prikazano ob zneskih)</translation>
    </message>
    <message>
        <source>Youngest insured age</source>
        <translation>Najnižja starost zavarovane osebe</translation>
    </message>
    <message>
        <source>Oldest insured age</source>
        <translation>Najvišja starost zavarovane osebe</translation>
    </message>
    <message>
        <source>Death cover from age</source>
        <translation>Kritje za smrt od starosti</translation>
    </message>
    <message>
        <source>Policyholder from age</source>
        <translation>Zavarovalec od starosti</translation>
    </message>
    <message>
        <source>Longest term (months)</source>
        <translation>Najdaljše trajanje (meseci)</translation>
    </message>
    <message>
        <source>Risks: rates and limits of the sum insured</source>
        <translation>Tveganja: stopnje in meje zavarovalne vsote</translation>
    </message>
    <message>
        <source>Factors by age band</source>
        <translation>Faktorji po starostnih razredih</translation>
    </message>
    <message>
        <source>Factors by purpose</source>
        <translation>Faktorji po namenu</translation>
    </message>
    <message>
        <source>Short-term scale</source>
        <translation>Lestvica za kratkoročna zavarovanja</translation>
    </message>
    <message>
        <source>Group discounts (clause B)</source>
        <translation>Skupinski popusti (klavzula B)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Dodaj vrstico</translation>
    </message>
    <message>
        <source>Remove last row</source>
        <translation>Odstrani zadnjo vrstico</translation>
    </message>
    <message>
        <source>Premium, tax and eligibility</source>
        <translation>Premija, davek in pogoji za zavarovanje</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>vrstica {row}</translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <source>This section arrives with the next releases of Agent Desk. Your account and branch are already set up for it.</source>
        <translation>Ta razdelek bo na voljo v eni od naslednjih različic programa Agent Desk. Vaš račun in poslovalnica sta zanj že pripravljena.</translation>
    </message>
</context>
<context>
    <name>VerifyContactDialog</name>
    <message>
        <source>Verify contact at the desk</source>
        <translation>Preverjanje kontakta na okencu</translation>
    </message>
    <message>
        <source>Compare the customer&apos;s e-mail or mobile of record with what they show you, and note the identity document you checked. A contact changed at the desk recently also needs a supervisor&apos;s confirmation.</source>
        <translation>Primerjajte e-pošto ali mobilno številko stranke v evidenci s tem, kar vam pokaže, in vpišite pregledani osebni dokument. Kontakt, nedavno spremenjen na okencu, potrebuje še potrditev nadrejenega.</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>Š&amp;tevilka dokumenta</translation>
    </message>
    <message>
        <source>&amp;Record verification</source>
        <translation>&amp;Vpiši preverjanje</translation>
    </message>
</context>
<context>
    <name>VersionedTableEditor</name>
    <message>
        <source>shipped default</source>
        <translation>privzeta</translation>
    </message>
    <message>
        <source>recorded by an administrator</source>
        <translation>vnesel administrator</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>načrtovana</translation>
    </message>
    <message>
        <source>New version valid &amp;from</source>
        <translation>Nova različica velja &amp;od</translation>
    </message>
    <message>
        <source>New version valid from</source>
        <translation>Nova različica velja od</translation>
    </message>
    <message>
        <source>&amp;Record new version</source>
        <translation>&amp;Vnesi novo različico</translation>
    </message>
    <message>
        <source>Start again from the version in force</source>
        <translation>Začni znova z veljavno različico</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Nalagam različice …</translation>
    </message>
    <message>
        <source>In force: the version valid from {day} ({source}). A change is recorded as a new version from a chosen day; versions are never edited.</source>
        <translation>Velja različica od {day} ({source}). Sprememba se vnese kot nova različica od izbranega dne; obstoječe različice se nikoli ne urejajo.</translation>
    </message>
    <message>
        <source>Scheduled: {days}.</source>
        <translation>Načrtovano: {days}.</translation>
    </message>
    <message>
        <source>No version scheduled.</source>
        <translation>Ni načrtovanih različic.</translation>
    </message>
    <message>
        <source>The form shows the version valid from {day}.</source>
        <translation>Obrazec prikazuje različico, veljavno od {day}.</translation>
    </message>
    <message>
        <source>Recording the new version</source>
        <translation>Zapisujem novo različico</translation>
    </message>
    <message>
        <source>Recorded: the new version applies from {day}.</source>
        <translation>Zapisano: nova različica velja od {day}.</translation>
    </message>
    <message>
        <source>Record a new version</source>
        <translation>Vnesi novo različico</translation>
    </message>
    <message>
        <source>Record this table as a new version valid from {day}? A recorded version cannot be changed or removed; a later change is another new version.</source>
        <translation>Zapišem to tabelo kot novo različico, veljavno od {day}? Zapisane različice ni mogoče spremeniti ali odstraniti; poznejša sprememba je nova različica.</translation>
    </message>
    <message>
        <source>Record new table</source>
        <translation>Zapiši novo tabelo</translation>
    </message>
</context>
<context>
    <name>Zame</name>
    <message>
        <source>Active</source>
        <translation>Aktiven</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>V izstopu</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izstopil</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Izključen</translation>
    </message>
    <message>
        <source>ZAME app downloaded</source>
        <translation>Prenesena aplikacija ZAME</translation>
    </message>
    <message>
        <source>E-notifications on</source>
        <translation>Vklopljeno e-obveščanje</translation>
    </message>
    <message>
        <source>E-invoice on</source>
        <translation>Vklopljen e-račun</translation>
    </message>
    <message>
        <source>Claim reported online</source>
        <translation>E-prijava škode</translation>
    </message>
    <message>
        <source>Registered on Moj Generali</source>
        <translation>Registracija v portal Moj Generali</translation>
    </message>
    <message>
        <source>Active Generali Investments investor</source>
        <translation>Aktivni vlagatelj Generali Investments</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Neposredno trženje</translation>
    </message>
    <message>
        <source>Generali Investments notices</source>
        <translation>Obvestila Generali Investments</translation>
    </message>
    <message>
        <source>Monthly check of investor status with Generali Investments</source>
        <translation>Mesečno preverjanje statusa vlagatelja pri Generali Investments</translation>
    </message>
    <message>
        <source>At the branch (agent)</source>
        <translation>V poslovalnici (zastopnik)</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Spletna stran</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobilna aplikacija</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pošta</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Zastopnik</translation>
    </message>
    <message>
        <source>Import from another system</source>
        <translation>Uvoz iz drugega sistema</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdravje</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Šport</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Prosti čas</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Turizem</translation>
    </message>
    <message>
        <source>Spas</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Varčevanje</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Za mlade</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Zavarovanja</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Čaka na pošiljanje</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Pošiljanje</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslano</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>ime</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>priimek</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>datum rojstva</translation>
    </message>
    <message>
        <source>tax number</source>
        <translation>davčna številka</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulica</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>poštna številka</translation>
    </message>
    <message>
        <source>city</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>country</source>
        <translation>država</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-poštni naslov</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>mobilna številka</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Članstvo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplikacija</translation>
    </message>
    <message>
        <source>E-notifications</source>
        <translation>E-obveščanje</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-račun</translation>
    </message>
    <message>
        <source>E-claim</source>
        <translation>E-prijava škode</translation>
    </message>
    <message>
        <source>Moj Generali</source>
        <translation>Moj Generali</translation>
    </message>
    <message>
        <source>Generali Investments investor</source>
        <translation>Vlagatelj Generali Investments</translation>
    </message>
    <message>
        <source>Direct marketing consent</source>
        <translation>Privolitev za neposredno trženje</translation>
    </message>
    <message>
        <source>Generali Investments notices consent</source>
        <translation>Privolitev za obvestila Generali Investments</translation>
    </message>
    <message>
        <source>Above the maximum</source>
        <translation>Nad najvišjim številom točk</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as policyholder</source>
        <translation>
            <numerusform>%Ln polica kot zavarovalec</numerusform>
            <numerusform>%Ln polici kot zavarovalec</numerusform>
            <numerusform>%Ln police kot zavarovalec</numerusform>
            <numerusform>%Ln polic kot zavarovalec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as insured person</source>
        <translation>
            <numerusform>%Ln polica kot zavarovanec</numerusform>
            <numerusform>%Ln polici kot zavarovanec</numerusform>
            <numerusform>%Ln police kot zavarovanec</numerusform>
            <numerusform>%Ln polic kot zavarovanec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as payer</source>
        <translation>
            <numerusform>%Ln polica kot plačnik</numerusform>
            <numerusform>%Ln polici kot plačnik</numerusform>
            <numerusform>%Ln police kot plačnik</numerusform>
            <numerusform>%Ln polic kot plačnik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln leto sodelovanja</numerusform>
            <numerusform>%Ln leti sodelovanja</numerusform>
            <numerusform>%Ln leta sodelovanja</numerusform>
            <numerusform>%Ln let sodelovanja</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: {points}</source>
        <translation>Skupaj: {points}</translation>
    </message>
</context>
<context>
    <name>ZameForms</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Datum podpisa</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Pogoji</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Obvestilo o zasebnosti</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Privolitev</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivnost</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Given or withdrawn</source>
        <translation>Podana ali preklicana</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Različica besedila</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Prejeto dne</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Ura</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ponudba</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Družinski član</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Ponudnik</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Področje</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Velja od</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Velja do</translation>
    </message>
    <message>
        <source>Level needed</source>
        <translation>Potreben nivo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Družinski člani</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Umaknjena</translation>
    </message>
</context>
<context>
    <name>ZameOffers</name>
    <message>
        <source>Provider</source>
        <translation>Ponudnik</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ponudba</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Področje</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Level needed</source>
        <translation>Potreben nivo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Družinski člani</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
</context>
<context>
    <name>ZamePanel</name>
    <message>
        <source>Print the enrollment form…</source>
        <translation>Natisni obrazec za včlanitev…</translation>
    </message>
    <message>
        <source>Enro&amp;ll…</source>
        <translation>&amp;Včlani…</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Nova aktivnost…</translation>
    </message>
    <message>
        <source>&amp;Give or withdraw consent…</source>
        <translation>Podaj ali prekliči pri&amp;volitev…</translation>
    </message>
    <message>
        <source>Activate a co&amp;upon…</source>
        <translation>Aktivira&amp;j kupon…</translation>
    </message>
    <message>
        <source>Points s&amp;tatement…</source>
        <translation>Izpisek to&amp;čk…</translation>
    </message>
    <message>
        <source>Exit re&amp;quest…</source>
        <translation>Za&amp;hteva za izstop…</translation>
    </message>
    <message>
        <source>Withdraw the exit request</source>
        <translation>Umakni zahtevo za izstop</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>Izključi…</translation>
    </message>
    <message>
        <source>Allow to &amp;join again…</source>
        <translation>Dovoli ponovni &amp;pristop…</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Članstvo</translation>
    </message>
    <message>
        <source>How the points add up today</source>
        <translation>Kako se danes seštejejo točke</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Članska številka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Točke</translation>
    </message>
    <message>
        <source>Next level</source>
        <translation>Naslednji nivo</translation>
    </message>
    <message>
        <source>Discount today</source>
        <translation>Današnji popust</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Član od</translation>
    </message>
    <message>
        <source>Investor status</source>
        <translation>Status vlagatelja</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Podpisano</translation>
    </message>
    <message>
        <source>Progress to the next level</source>
        <translation>Napredek do naslednjega nivoja</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivnosti</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Privolitve</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Kuponi</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Spremembe nivoja</translation>
    </message>
    <message>
        <source>Member no. {number} · {status} since {day}</source>
        <translation>Član št. {number} · {status} od {day}</translation>
    </message>
    <message>
        <source>Former member no. {number} · {status} on {day}</source>
        <translation>Nekdanji član št. {number} · {status} {day}</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Ni član</translation>
    </message>
    <message numerus="yes">
        <source>{level} · %Ln points · discount {percent} %</source>
        <translation>
            <numerusform>{level} · %Ln točka · popust {percent} %</numerusform>
            <numerusform>{level} · %Ln točki · popust {percent} %</numerusform>
            <numerusform>{level} · %Ln točke · popust {percent} %</numerusform>
            <numerusform>{level} · %Ln točk · popust {percent} %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more points reach {level}</source>
        <translation>
            <numerusform>Še %Ln točka do ravni {level}</numerusform>
            <numerusform>Še %Ln točki do ravni {level}</numerusform>
            <numerusform>Še %Ln točke do ravni {level}</numerusform>
            <numerusform>Še %Ln točk do ravni {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest level reached</source>
        <translation>Dosežena najvišja raven</translation>
    </message>
    <message>
        <source>Leaves the programme on {day}</source>
        <translation>Izstopi iz programa {day}</translation>
    </message>
    <message>
        <source>May join: print the form and enroll</source>
        <translation>Lahko se včlani: natisnite obrazec in jo včlanite</translation>
    </message>
    <message>
        <source>May join once the record is complete</source>
        <translation>Lahko se včlani, ko bo zapis popoln</translation>
    </message>
    <message>
        <source>Cannot join: {reasons}</source>
        <translation>Ne more se včlaniti: {reasons}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Naslednji korak</translation>
    </message>
    <message>
        <source>ZAME loyalty programme</source>
        <translation>Program zvestobe ZAME</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Nalaganje…</translation>
    </message>
    <message>
        <source>Former member {number}: excluded on {day} ({reason}).</source>
        <translation>Nekdanji član {number}: izključen {day} ({reason}).</translation>
    </message>
    <message>
        <source>A supervisor allowed joining again ({reason}).</source>
        <translation>Vodja je dovolil ponovni pristop ({reason}).</translation>
    </message>
    <message>
        <source>Former member {number}: left on {day}. Joining again starts a new membership from the rules, not from the old points.</source>
        <translation>Nekdanji član {number}: izstopil {day}. Ponovna včlanitev začne novo članstvo po veljavnih pravilih, ne s prejšnjimi točkami.</translation>
    </message>
    <message>
        <source>Not a member of ZAME, the Generali loyalty programme.</source>
        <translation>Ni član ZAME, programa zvestobe Generali.</translation>
    </message>
    <message>
        <source>Can join today: print the enrollment form, have it signed, then record the signature with Enroll.</source>
        <translation>Danes se lahko včlani: natisnite obrazec za včlanitev, dajte ga v podpis, nato podpis evidentirajte z gumbom Včlani.</translation>
    </message>
    <message>
        <source>Cannot join today:</source>
        <translation>Danes se ne more včlaniti:</translation>
    </message>
    <message>
        <source>(age today: {age})</source>
        <translation>(današnja starost: {age})</translation>
    </message>
    <message>
        <source>Missing: {fields}.</source>
        <translation>Manjka: {fields}.</translation>
    </message>
    <message>
        <source>Enro&amp;ll again…</source>
        <translation>Ponovno &amp;včlani…</translation>
    </message>
    <message>
        <source>{status}: the exit takes effect on {day} (requested {when}, {channel})</source>
        <translation>{status}: izstop začne veljati {day} (zahteva {when}, {channel})</translation>
    </message>
    <message>
        <source>{points} (not counted yet)</source>
        <translation>{points} (še ni obračunano)</translation>
    </message>
    <message>
        <source>{points} (daily count of {day})</source>
        <translation>{points} (dnevni obračun z dne {day})</translation>
    </message>
    <message>
        <source>· counted in tonight&apos;s run: {change}</source>
        <translation>· obračuna se v nočnem obračunu: {change}</translation>
    </message>
    <message>
        <source>{missing} points to {level}</source>
        <translation>Do nivoja {level} manjka točk: {missing}</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Najvišji nivo</translation>
    </message>
    <message>
        <source>{percent} % on motor, home and accident policies concluded today</source>
        <translation>{percent} % za avtomobilska, domska in nezgodna zavarovanja, sklenjena danes</translation>
    </message>
    <message>
        <source>{day}, {channel}, by {agent}</source>
        <translation>{day}, {channel}, vnesel: {agent}</translation>
    </message>
    <message>
        <source>checked on {checked}, counts until {until}</source>
        <translation>preverjeno {checked}, upošteva se do {until}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ni evidentirano</translation>
    </message>
    <message>
        <source>re-checked monthly (consent given)</source>
        <translation>mesečno preverjanje (privolitev dana)</translation>
    </message>
    <message>
        <source>not re-checked monthly (no consent)</source>
        <translation>brez mesečnega preverjanja (ni privolitve)</translation>
    </message>
    <message>
        <source>terms {terms}, privacy notice {privacy}, at {when}</source>
        <translation>pogoji {terms}, obvestilo o zasebnosti {privacy}, {when}</translation>
    </message>
    <message>
        <source>Enrolled: {name} is ZAME member no. {number} from {day}. Give the person their copy of the signed form.</source>
        <translation>Včlanjeno: {name} je član ZAME št. {number} od {day}. Osebi izročite njen izvod podpisanega obrazca.</translation>
    </message>
    <message>
        <source>The exit request is withdrawn: the membership goes on.</source>
        <translation>Zahteva za izstop je umaknjena: članstvo se nadaljuje.</translation>
    </message>
    <message>
        <source>ZAME enrollment form: {name}</source>
        <translation>Obrazec za včlanitev v ZAME: {name}</translation>
    </message>
    <message>
        <source>ZAME points statement: {number}</source>
        <translation>Izpisek točk ZAME: {number}</translation>
    </message>
</context>
<context>
    <name>ZameRules</name>
    <message>
        <source>Per policy as policyholder</source>
        <translation>Na polico kot zavarovalec</translation>
    </message>
    <message>
        <source>Per policy as insured person</source>
        <translation>Na polico kot zavarovanec</translation>
    </message>
    <message>
        <source>Per policy as payer</source>
        <translation>Na polico kot plačnik</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Članstvo</translation>
    </message>
    <message>
        <source>Per full year since the first policy</source>
        <translation>Za vsako polno leto od prve police</translation>
    </message>
    <message>
        <source>Most points a member can have</source>
        <translation>Največje število točk člana</translation>
    </message>
    <message>
        <source>Points for 1 % discount</source>
        <translation>Točke za 1 % popusta</translation>
    </message>
    <message>
        <source>Largest discount (%)</source>
        <translation>Najvišji popust (%)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koda</translation>
    </message>
    <message>
        <source>Name in Annex 1</source>
        <translation>Ime v Prilogi 1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Točke</translation>
    </message>
</context>
<context>
    <name>ZameTables</name>
    <message>
        <source>Activity</source>
        <translation>Aktivnost</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vnesel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Privolitev</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Podana</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Besedilo</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Kupon</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ponudba</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Družinski član</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Poslano na</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Activated by</source>
        <translation>Aktiviral</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>From level</source>
        <translation>Iz nivoja</translation>
    </message>
    <message>
        <source>To level</source>
        <translation>Na nivo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Točke</translation>
    </message>
</context>
<context>
    <name>ZameView</name>
    <message>
        <source>Members (active and leaving)</source>
        <translation>Člani (aktivni in v izstopu)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivni</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>V izstopu</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izstopili</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Izključeni</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Vsi</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Članska številka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime in priimek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Član od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Točke</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivo</translation>
    </message>
    <message>
        <source>Daily run of</source>
        <translation>Obračun z dne</translation>
    </message>
    <message>
        <source>ZAME loyalty programme</source>
        <translation>Program zvestobe ZAME</translation>
    </message>
    <message>
        <source>The members of Generali&apos;s ZAME programme (Slovenia). Open a member to see points, level, discount and history; enroll new members from the customer&apos;s record (ZAME tab).</source>
        <translation>Člani programa Generali ZAME (Slovenija). Odprite člana, da vidite točke, nivo, popust in zgodovino; nove člane včlanite iz zapisa stranke (zavihek ZAME).</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Č&amp;lani</translation>
    </message>
    <message>
        <source>&amp;Daily run</source>
        <translation>&amp;Dnevni obračun</translation>
    </message>
    <message>
        <source>&amp;Points table</source>
        <translation>&amp;Tabela točk</translation>
    </message>
    <message>
        <source>Partner offer&amp;s</source>
        <translation>&amp;Ponudbe partnerjev</translation>
    </message>
</context>
</TS>
