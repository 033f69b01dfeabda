<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
<context>
    <name>Accident</name>
    <message>
        <source>Issued</source>
        <translation>Izdata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornirana</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Osiguran</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odbijen</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Ponuda izrađena</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Ugovarač osiguranja</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>Osigurano lice</translation>
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
        <translation>Smrt usled nezgode</translation>
    </message>
    <message>
        <source>Permanent loss or reduction of working capacity</source>
        <translation>Trajni gubitak ili smanjenje radne sposobnosti</translation>
    </message>
    <message>
        <source>Temporary incapacity</source>
        <translation>Privremena nesposobnost za rad</translation>
    </message>
    <message>
        <source>Medical transport and/or repatriation (Bulgaria)</source>
        <translation>Medicinski transport i/ili repatrijacija (Bugarska)</translation>
    </message>
    <message>
        <source>Medical expenses (Bulgaria)</source>
        <translation>Troškovi lečenja (Bugarska)</translation>
    </message>
    <message>
        <source>Hospital daily cash from the fourth day (per day)</source>
        <translation>Dnevna naknada za bolničko lečenje od četvrtog dana (po danu)</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>Svakodnevni život</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Posao</translation>
    </message>
    <message>
        <source>School or kindergarten</source>
        <translation>Škola ili vrtić</translation>
    </message>
    <message>
        <source>Amateur sport</source>
        <translation>Amaterski sport</translation>
    </message>
</context>
<context>
    <name>AccidentCertificatesModel</name>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Ugovarač osiguranja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Osigurana lica</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izdata</translation>
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
        <translation>Ukupno</translation>
    </message>
</context>
<context>
    <name>AccidentOpenQuotesModel</name>
    <message>
        <source>Quote no.</source>
        <translation>Ponuda br.</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Ugovarač osiguranja</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klauzula</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Osiguranih</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Ponuda izrađena</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Payable until</source>
        <translation>Može se platiti do</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
</context>
<context>
    <name>AccidentPanel</name>
    <message>
        <source>Accident insurance certificates where this customer is the policyholder or an insured person.</source>
        <translation>Potvrde o osiguranju od nezgode u kojima je ovaj klijent ugovarač osiguranja ili osigurano lice.</translation>
    </message>
    <message>
        <source>No accident insurance certificates.</source>
        <translation>Nema potvrda o osiguranju od nezgode.</translation>
    </message>
    <message>
        <source>Ne&amp;w quote…</source>
        <translation>Nova ponu&amp;da…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Pri&amp;kaži</translation>
    </message>
    <message>
        <source>Continue to pa&amp;yment…</source>
        <translation>N&amp;astavi na plaćanje…</translation>
    </message>
    <message>
        <source>Accident insurance certificates</source>
        <translation>Potvrde o osiguranju od nezgode</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment</source>
        <translation>Sačuvane ponude koje čekaju plaćanje</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment ({count})</source>
        <translation>Sačuvane ponude koje čekaju plaćanje ({count})</translation>
    </message>
    <message>
        <source>{role} · clause {clause} · {start} – {end} · {total} · {status}</source>
        <translation>{role} · klauzula {clause} · {start} – {end} · {total} · {status}</translation>
    </message>
    <message>
        <source>Quote no. {id}</source>
        <translation>Ponuda br. {id}</translation>
    </message>
    <message>
        <source>clause {clause} · quoted {day} · from {start} · {total} · can be paid until {until}</source>
        <translation>klauzula {clause} · obračunato {day} · od {start} · {total} · može se platiti do {until}</translation>
    </message>
    <message>
        <source>Accident insurance certificates ({count})</source>
        <translation>Polise osiguranja od nezgode ({count})</translation>
    </message>
    <message>
        <source>Open quotes ({count})</source>
        <translation>Otvorene ponude ({count})</translation>
    </message>
    <message>
        <source>No saved quote waiting for payment.</source>
        <translation>Nijedna sačuvana ponuda ne čeka na plaćanje.</translation>
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
        <translation>Prezime</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Vrsta broja</translation>
    </message>
    <message>
        <source>ЕГН / ЛНЧ</source>
        <translation>ЕГН / ЛНЧ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>Lost &gt; 50 % working capacity</source>
        <translation>Gubitak radne sposobnosti &gt; 50 %</translation>
    </message>
    <message>
        <source>Under interdiction</source>
        <translation>Lišen poslovne sposobnosti</translation>
    </message>
    <message>
        <source>ЛНЧ: permanent resident in Bulgaria</source>
        <translation>ЛНЧ: stalno nastanjen u Bugarskoj</translation>
    </message>
</context>
<context>
    <name>AccidentView</name>
    <message>
        <source>All</source>
        <translation>Sve</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izdate</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornirane</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>Osiguranje od nezgode</translation>
    </message>
    <message>
        <source>Quote accident insurance for one person (clause A) or a group (clause B), take the card payment and issue the numbered certificate, then preview and print it. Open a certificate to print it again (as a copy) or, as a supervisor, to cancel it before its cover starts.</source>
        <translation>Napravite ponudu osiguranja od nezgode za jednu osobu (klauzula A) ili grupu (klauzula B), naplatite premiju karticom i izdajte numerisanu potvrdu, a zatim je pregledajte i odštampajte. Otvorite potvrdu da biste je ponovo odštampali (kao kopiju) ili, kao rukovodilac, stornirali pre početka pokrića.</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Potvrde</translation>
    </message>
    <message>
        <source>Saved &amp;quotes</source>
        <translation>S&amp;ačuvane ponude</translation>
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
        <translation>provereno</translation>
    </message>
    <message>
        <source>on</source>
        <translation>uključeno</translation>
    </message>
    <message>
        <source>off</source>
        <translation>isključeno</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record an activity</source>
        <translation>Unos aktivnosti</translation>
    </message>
    <message>
        <source>An investor&apos;s status counts from the day it was checked with Generali Investments and lapses when it is not checked again within a month: record each check.</source>
        <translation>Status investitora računa se od dana kada je proveren u Generali Investments i prestaje ako se ponovo ne proveri u roku od mesec dana: unesite svaku proveru.</translation>
    </message>
    <message>
        <source>The activity counts from the day it was turned on.</source>
        <translation>Aktivnost se računa od dana kada je uključena.</translation>
    </message>
    <message>
        <source>Checked: an active investor</source>
        <translation>Provereno: aktivni investitor</translation>
    </message>
    <message>
        <source>Turned on (clear it to record that it was turned off)</source>
        <translation>Uključeno (poništite izbor da biste uneli isključenje)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Unesi</translation>
    </message>
</context>
<context>
    <name>AgentsTableModel</name>
    <message>
        <source>Username</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filijala</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivan</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Blokiran do</translation>
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
        <translation>Agenti</translation>
    </message>
    <message>
        <source>Accounts, roles and branches. Select an agent to reset the password, lift a lock-out or (de)activate the account.</source>
        <translation>Nalozi, uloge i filijale. Izaberite agenta da biste resetovali lozinku, uklonili blokadu ili (de)aktivirali nalog.</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;Novi agent…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Resetuj &amp;lozinku…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>O&amp;tključaj</translation>
    </message>
    <message>
        <source>New &amp;branch…</source>
        <translation>Nova &amp;filijala…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Osveži</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Ponovo učitaj listu (F5)</translation>
    </message>
    <message>
        <source>Lift the lock-out after too many wrong passwords</source>
        <translation>Ukloni blokadu nakon previše pogrešnih lozinki</translation>
    </message>
    <message>
        <source>{accounts}, {active}, {branches}</source>
        <translation>{accounts}, {active}, {branches}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln nalog</numerusform>
            <numerusform>%Ln naloga</numerusform>
            <numerusform>%Ln naloga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln aktivan</numerusform>
            <numerusform>%Ln aktivna</numerusform>
            <numerusform>%Ln aktivnih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln branches</source>
        <translation>
            <numerusform>u %Ln filijali</numerusform>
            <numerusform>u %Ln filijale</numerusform>
            <numerusform>u %Ln filijala</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktiviraj</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiviraj</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} ponovo može da se prijavi.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is active again.</source>
        <translation>Nalog korisnika {name} je ponovo aktivan.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is deactivated; they cannot sign in.</source>
        <translation>Nalog korisnika {name} je deaktiviran; prijava više nije moguća.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Deaktiviraj nalog</translation>
    </message>
    <message>
        <source>Deactivate the account of {name} ({username}, {branch})? They are signed out at once on every computer, anything they have not saved is lost, and they cannot sign in until an administrator activates the account again.</source>
        <translation>Deaktivirati nalog osobe {name} ({username}, {branch})? Osoba se odmah odjavljuje na svim računarima, sve što nije sačuvala se gubi i ne može da se prijavi dok administrator ponovo ne aktivira nalog.</translation>
    </message>
    <message>
        <source>{name} ({username}) can now sign in with the password you chose and will be asked to change it.</source>
        <translation>{name} ({username}) sada može da se prijavi lozinkom koju ste odabrali, a zatim će morati da je promeni.</translation>
    </message>
    <message>
        <source>{name}&apos;s password was reset. Give it to them in person; they choose a new one at the next sign-in.</source>
        <translation>Lozinka korisnika {name} je resetovana. Predajte je lično; pri sledećoj prijavi korisnik bira novu.</translation>
    </message>
    <message>
        <source>Branch {code} ({name}) created. Choose it when creating its agents.</source>
        <translation>Filijala {code} ({name}) je kreirana. Izaberite je kada kreirate njene agente.</translation>
    </message>
</context>
<context>
    <name>AllowRejoinDialog</name>
    <message>
        <source>Allow former member {number} to join again</source>
        <translation>Ponovni pristup bivšeg člana {number}</translation>
    </message>
    <message>
        <source>The person was excluded. With your decision they may enroll again: a new membership, from the rules, not from the old points.</source>
        <translation>Osoba je bila isključena. Vašom odlukom može ponovo da pristupi: novo članstvo po pravilima, ne sa starim poenima.</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Dozvoli</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filijala</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Radna stanica</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>br. {id}</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Refused: no right to do this</source>
        <translation>Odbijeno: nema prava za ovu radnju</translation>
    </message>
    <message>
        <source>Refused: too many requests</source>
        <translation>Odbijeno: previše zahteva</translation>
    </message>
    <message>
        <source>Customers searched</source>
        <translation>Pretraga klijenata</translation>
    </message>
    <message>
        <source>Portal code checked by the portal</source>
        <translation>Kod za portal proveren na portalu</translation>
    </message>
    <message>
        <source>Certificate cancelled</source>
        <translation>Polisa poništena</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Polisa izdata</translation>
    </message>
    <message>
        <source>Certificate printed</source>
        <translation>Polisa odštampana</translation>
    </message>
    <message>
        <source>Certificate printed again (copy)</source>
        <translation>Polisa ponovo odštampana (kopija)</translation>
    </message>
    <message>
        <source>Certificate opened</source>
        <translation>Polisa otvorena</translation>
    </message>
    <message>
        <source>Certificate saved as PDF (electronic copy)</source>
        <translation>Polisa sačuvana kao PDF (elektronska kopija)</translation>
    </message>
    <message>
        <source>Certificate signing key retired</source>
        <translation>Ključ za potpisivanje polisa povučen</translation>
    </message>
    <message>
        <source>Accident insurance quoted</source>
        <translation>Obračunata ponuda za osiguranje od nezgode</translation>
    </message>
    <message>
        <source>Accident insurance data read</source>
        <translation>Pregled podataka osiguranja od nezgode</translation>
    </message>
    <message>
        <source>Import started</source>
        <translation>Uvoz započet</translation>
    </message>
    <message>
        <source>Portal code history read</source>
        <translation>Pregled istorije kodova za portal</translation>
    </message>
    <message>
        <source>ZAME data read</source>
        <translation>Pregled ZAME podataka</translation>
    </message>
    <message>
        <source>ZAME exit request withdrawn</source>
        <translation>Zahtev za istupanje iz ZAME povučen</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Nalog aktiviran</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Nalog kreiran</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Nalog deaktiviran</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>Lozinku je resetovao administrator</translation>
    </message>
    <message>
        <source>Account unlocked by an administrator</source>
        <translation>Nalog je otključao administrator</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Revizorski trag izvezen</translation>
    </message>
    <message>
        <source>Screen locked after idle time</source>
        <translation>Ekran zaključan zbog neaktivnosti</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Ekran zaključan</translation>
    </message>
    <message>
        <source>Locked out after wrong passwords</source>
        <translation>Zaključan zbog pogrešnih lozinki</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Sopstvena lozinka promenjena</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Prijava nije uspela</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Prijava odbijena</translation>
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
        <translation>Ekran otključan</translation>
    </message>
    <message>
        <source>Branch created</source>
        <translation>Filijala kreirana</translation>
    </message>
    <message>
        <source>Confirmed as a different person</source>
        <translation>Potvrđeno kao druga osoba</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>Klijent kreiran</translation>
    </message>
    <message>
        <source>Contact change confirmed by a supervisor</source>
        <translation>Izmenu kontakta potvrdio rukovodilac</translation>
    </message>
    <message>
        <source>Contact verified at the desk</source>
        <translation>Kontakt proveren na šalteru</translation>
    </message>
    <message>
        <source>Guardian recorded</source>
        <translation>Staratelj zabeležen</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Lični podaci izvezeni</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Zapisi spojeni</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Klijent izmenjen</translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation>Zapis otvoren</translation>
    </message>
    <message>
        <source>Claims imported</source>
        <translation>Štete uvezene</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>Klijenti uvezeni</translation>
    </message>
    <message>
        <source>Policies imported</source>
        <translation>Polise uvezene</translation>
    </message>
    <message>
        <source>Message cancelled</source>
        <translation>Poruka otkazana</translation>
    </message>
    <message>
        <source>Message could not be delivered</source>
        <translation>Poruka nije mogla biti isporučena</translation>
    </message>
    <message>
        <source>Sent again with a new code</source>
        <translation>Ponovo poslato sa novim kodom</translation>
    </message>
    <message>
        <source>Message retry requested</source>
        <translation>Zatražen ponovni pokušaj slanja</translation>
    </message>
    <message>
        <source>Message retry scheduled</source>
        <translation>Zakazan ponovni pokušaj slanja</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Poruka poslata</translation>
    </message>
    <message>
        <source>Rule value recorded</source>
        <translation>Vrednost pravila zabeležena</translation>
    </message>
    <message>
        <source>Portal codes issued in bulk</source>
        <translation>Kodovi za portal izdati grupno</translation>
    </message>
    <message>
        <source>Portal code issued</source>
        <translation>Kod za portal izdat</translation>
    </message>
    <message>
        <source>Portal code refused</source>
        <translation>Kod za portal odbijen</translation>
    </message>
    <message>
        <source>Portal code used</source>
        <translation>Kod za portal iskorišćen</translation>
    </message>
    <message>
        <source>Portal code refused: already used</source>
        <translation>Kod za portal odbijen: već iskorišćen</translation>
    </message>
    <message>
        <source>Portal code locked after wrong guesses</source>
        <translation>Kod za portal zaključan zbog pogrešnih unosa</translation>
    </message>
    <message>
        <source>Wrong portal code typed</source>
        <translation>Unet pogrešan kod za portal</translation>
    </message>
    <message>
        <source>Portal code refused: replaced by a newer one</source>
        <translation>Kod za portal odbijen: zamenjen novijim</translation>
    </message>
    <message>
        <source>First start: store set up</source>
        <translation>Prvo pokretanje: skladište podešeno</translation>
    </message>
    <message>
        <source>Store marked as a demo store</source>
        <translation>Skladište označeno kao demo skladište</translation>
    </message>
    <message>
        <source>ZAME activities imported</source>
        <translation>ZAME aktivnosti uvezene</translation>
    </message>
    <message>
        <source>ZAME activity recorded</source>
        <translation>ZAME aktivnost zabeležena</translation>
    </message>
    <message>
        <source>ZAME consent given</source>
        <translation>ZAME saglasnost data</translation>
    </message>
    <message>
        <source>ZAME consent withdrawn</source>
        <translation>ZAME saglasnost povučena</translation>
    </message>
    <message>
        <source>ZAME coupon activated</source>
        <translation>ZAME kupon aktiviran</translation>
    </message>
    <message>
        <source>ZAME daily points run</source>
        <translation>Dnevni obračun ZAME bodova</translation>
    </message>
    <message>
        <source>Enrolled in ZAME</source>
        <translation>Učlanjen u ZAME</translation>
    </message>
    <message>
        <source>ZAME form printed</source>
        <translation>ZAME obrazac odštampan</translation>
    </message>
    <message>
        <source>Excluded from ZAME</source>
        <translation>Isključen iz ZAME</translation>
    </message>
    <message>
        <source>ZAME investor status re-checked</source>
        <translation>Ponovo proveren status investitora ZAME</translation>
    </message>
    <message>
        <source>ZAME monthly investor re-check run</source>
        <translation>Mesečna ponovna provera investitora ZAME</translation>
    </message>
    <message>
        <source>Allowed to join ZAME again</source>
        <translation>Dozvoljen ponovni pristup u ZAME</translation>
    </message>
    <message>
        <source>ZAME exit requested</source>
        <translation>Zatraženo istupanje iz ZAME</translation>
    </message>
    <message>
        <source>Partner offer changed</source>
        <translation>Partnerska ponuda izmenjena</translation>
    </message>
    <message>
        <source>Partner offer created</source>
        <translation>Partnerska ponuda kreirana</translation>
    </message>
    <message>
        <source>ZAME points statement printed</source>
        <translation>Izvod ZAME bodova odštampan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Nalog</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filijala</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Polisa</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Ponuda</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
    </message>
    <message>
        <source>Portal code</source>
        <translation>Kod za portal</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravilo</translation>
    </message>
    <message>
        <source>ZAME day</source>
        <translation>ZAME dan</translation>
    </message>
    <message>
        <source>ZAME membership</source>
        <translation>ZAME članstvo</translation>
    </message>
    <message>
        <source>Partner offer</source>
        <translation>Partnerska ponuda</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>Refused call</source>
        <translation>Odbijeni poziv</translation>
    </message>
    <message>
        <source>Many at once (import or demo)</source>
        <translation>Više odjednom (uvoz ili demonstracija)</translation>
    </message>
    <message>
        <source>Filter: action</source>
        <translation>Filter: radnja</translation>
    </message>
    <message>
        <source>Filter: agent</source>
        <translation>Filter: agent</translation>
    </message>
    <message>
        <source>Filter: customer no.</source>
        <translation>Filter: br. klijenta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Promenjen kontakt</translation>
    </message>
    <message>
        <source>National ids added</source>
        <translation>Dodati nacionalni identifikatori</translation>
    </message>
    <message>
        <source>National ids removed</source>
        <translation>Uklonjeni nacionalni identifikatori</translation>
    </message>
    <message>
        <source>Identified again</source>
        <translation>Ponovo identifikovan</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Nacionalni identifikatori</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikacija</translation>
    </message>
    <message>
        <source>Confirmed different from records</source>
        <translation>Potvrđeno kao različit od zapisa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Poslato na</translation>
    </message>
    <message>
        <source>Membership no.</source>
        <translation>Članstvo br.</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Članski broj</translation>
    </message>
    <message>
        <source>Terms version</source>
        <translation>Verzija uslova</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Verzija obaveštenja o privatnosti</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Potpisano</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Važi od</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Primljeno</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klauzula</translation>
    </message>
    <message>
        <source>Quote no.</source>
        <translation>Ponuda br.</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Klijent br.</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Zadržani zapis</translation>
    </message>
    <message>
        <source>Record merged away</source>
        <translation>Spojeni (ugašeni) zapis</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Tržište</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Važi od</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Pokušaj</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokušaji</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Namena</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Redovi</translation>
    </message>
    <message>
        <source>Print no.</source>
        <translation>Štampa br.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Greška</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Bodovi</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Osigurana lica</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izdato</translation>
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
        <translation>Pre</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Posle</translation>
    </message>
    <message>
        <source>Other record no.</source>
        <translation>Drugi zapis br.</translation>
    </message>
    <message>
        <source>Guardian&apos;s record no.</source>
        <translation>Zapis staratelja br.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Odnos</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokaz</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Štampanja</translation>
    </message>
    <message>
        <source>Coupon number</source>
        <translation>Broj kupona</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Član porodice</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Unknown user name</source>
        <translation>Nepoznato korisničko ime</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Članovi</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Redovi u datoteci</translation>
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
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Already checked</source>
        <translation>Već provereno</translation>
    </message>
    <message>
        <source>Answer as of</source>
        <translation>Odgovor na dan</translation>
    </message>
    <message>
        <source>Limited calls</source>
        <translation>Ograničeni pozivi</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Veličina (bajtovi)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Pozivalac</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidati</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Provereno</translation>
    </message>
    <message>
        <source>Confirmations removed</source>
        <translation>Uklonjene potvrde</translation>
    </message>
    <message>
        <source>With consent</source>
        <translation>Sa saglasnošću</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Saglasnosti</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Zapisi</translation>
    </message>
    <message>
        <source>Duplicates dropped</source>
        <translation>Izostavljeni duplikati</translation>
    </message>
    <message>
        <source>Earlier merges moved to the record kept</source>
        <translation>Ranija spajanja prenesena na zadržani zapis</translation>
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
        <translation>Istupanja</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Promene nivoa</translation>
    </message>
    <message>
        <source>Limit per minute</source>
        <translation>Ograničenje po minutu</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Preneseno</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>Više nije aktivno</translation>
    </message>
    <message>
        <source>Offer no.</source>
        <translation>Ponuda br.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Pomak</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Poreklo</translation>
    </message>
    <message>
        <source>Message no.</source>
        <translation>Poruka br.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Pružalac</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Upit</translation>
    </message>
    <message>
        <source>Replaced code no.</source>
        <translation>Zamenjeni kod br.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Earlier codes revoked</source>
        <translation>Opozvani raniji kodovi</translation>
    </message>
    <message>
        <source>Search terms removed</source>
        <translation>Uklonjeni pojmovi za pretragu</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>Portal code no.</source>
        <translation>Kod za portal br.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Još aktivno</translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation>Referenca terminala</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Vremenska zona</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Upisano u</translation>
    </message>
    <message>
        <source>Verification no.</source>
        <translation>Provera br.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Povučeno</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Bez saglasnosti</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Verzija teksta</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Izmenjeno</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Kreirano</translation>
    </message>
    <message>
        <source>Ignored columns</source>
        <translation>Zanemarene kolone</translation>
    </message>
    <message>
        <source>Refused: another market&apos;s records</source>
        <translation>Odbijeno: zapisi drugog tržišta</translation>
    </message>
    <message>
        <source>Start event no.</source>
        <translation>Događaj početka br.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nepromenjeno</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ažurirano</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Pol</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poštanski broj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
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
        <translation>Željeni jezik</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Lični dokument</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Broj dokumenta</translation>
    </message>
    <message>
        <source>Document valid until</source>
        <translation>Dokument važi do</translation>
    </message>
    <message>
        <source>The account is locked</source>
        <translation>Nalog je blokiran</translation>
    </message>
    <message>
        <source>The account is deactivated</source>
        <translation>Nalog je deaktiviran</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Pogrešna lozinka</translation>
    </message>
    <message>
        <source>No account with this user name</source>
        <translation>Nema naloga sa ovim korisničkim imenom</translation>
    </message>
    <message>
        <source>Signed out by the agent</source>
        <translation>Agent se odjavio</translation>
    </message>
    <message>
        <source>Signed out by the agent from the locked screen</source>
        <translation>Agent se odjavio sa zaključanog ekrana</translation>
    </message>
    <message>
        <source>The window was closed</source>
        <translation>Prozor je zatvoren</translation>
    </message>
    <message>
        <source>Left without choosing the new password asked for</source>
        <translation>Odjava bez izbora tražene nove lozinke</translation>
    </message>
    <message>
        <source>Locked out by wrong passwords at the locked screen</source>
        <translation>Blokiran zbog pogrešnih lozinki na zaključanom ekranu</translation>
    </message>
    <message>
        <source>After the idle time</source>
        <translation>Posle vremena neaktivnosti</translation>
    </message>
    <message>
        <source>By the agent (Ctrl+L or the Lock button)</source>
        <translation>Zaključao agent (Ctrl+L ili dugme Zaključaj)</translation>
    </message>
    <message>
        <source>The customer may not have a code</source>
        <translation>Klijent ne može da dobije kod</translation>
    </message>
    <message>
        <source>Not the contact of record</source>
        <translation>Nije evidentirani kontakt</translation>
    </message>
    <message>
        <source>A recent contact change is not confirmed yet</source>
        <translation>Nedavna izmena kontakta još nije potvrđena</translation>
    </message>
    <message>
        <source>No e-mail of record</source>
        <translation>Nema evidentirane e-adrese</translation>
    </message>
    <message>
        <source>No mobile number of record</source>
        <translation>Nema evidentiranog broja mobilnog telefona</translation>
    </message>
    <message>
        <source>Too many codes in an hour</source>
        <translation>Previše kodova u jednom satu</translation>
    </message>
    <message>
        <source>Too many codes in a day</source>
        <translation>Previše kodova u jednom danu</translation>
    </message>
    <message>
        <source>The code is no longer valid</source>
        <translation>Kod više ne važi</translation>
    </message>
    <message>
        <source>Cancelled by a supervisor</source>
        <translation>Otkazao rukovodilac</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Agent at the desk</source>
        <translation>Agent na šalteru</translation>
    </message>
    <message>
        <source>In person, ID card</source>
        <translation>Lično, lična karta</translation>
    </message>
    <message>
        <source>In person, passport</source>
        <translation>Lično, pasoš</translation>
    </message>
    <message>
        <source>Rekono</source>
        <translation>Rekono</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Poreski broj</translation>
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
        <translation>Otključavanje ekrana</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Promena lozinke</translation>
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
        <translation>Revizorski trag</translation>
    </message>
    <message>
        <source>Who did what, when and where. Times are shown in the time zone of your branch ({zone}).</source>
        <translation>Ko je šta uradio, kada i gde. Vremena su prikazana u vremenskoj zoni vaše filijale ({zone}).</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>&amp;Radnja</translation>
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
        <translation>Samo ovaj k&amp;lijent</translation>
    </message>
    <message>
        <source>Show only the events about the customer of the selected event</source>
        <translation>Prikaži samo događaje klijenta iz izabranog događaja</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Svi agenti</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Sve radnje</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Osv&amp;eži</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Izvoz u &amp;CSV…</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Od datuma</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Do datuma</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Izvoz u CSV</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Revizorski događaji</translation>
    </message>
    <message>
        <source>Only the events about this customer&apos;s record</source>
        <translation>Samo događaji u vezi sa zapisom ovog klijenta</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Klijent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <source>Only this customer</source>
        <translation>Samo ovaj klijent</translation>
    </message>
    <message>
        <source>The selected event</source>
        <translation>Izabrani događaj</translation>
    </message>
    <message>
        <source>Load the events again (F5)</source>
        <translation>Ponovo učitaj događaje (F5)</translation>
    </message>
    <message>
        <source>Write every event matching the filter (not only those shown) to a CSV file</source>
        <translation>Upiši sve događaje koji odgovaraju filteru (ne samo prikazane) u CSV datoteku</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %n events. Narrow the filter to see older ones; the CSV export contains them all.</source>
        <translation>
            <numerusform>Prikazan je poslednji %n događaj. Suzite filter da biste videli starije; CSV izvoz sadrži sve.</numerusform>
            <numerusform>Prikazana su poslednja %n događaja. Suzite filter da biste videli starije; CSV izvoz sadrži sve.</numerusform>
            <numerusform>Prikazano je poslednjih %n događaja. Suzite filter da biste videli starije; CSV izvoz sadrži sve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n događaj</numerusform>
            <numerusform>%n događaja</numerusform>
            <numerusform>%n događaja</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an event to read it in full.</source>
        <translation>Izaberite događaj da biste ga pročitali u celosti.</translation>
    </message>
    <message>
        <source>{when} · {agent} · branch {branch} · workstation {workstation}</source>
        <translation>{when} · {agent} · filijala {branch} · radno mesto {workstation}</translation>
    </message>
    <message>
        <source>Record: {record}</source>
        <translation>Zapis: {record}</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Izvoz revizorskih događaja</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV datoteke (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>Izvoz revizorskog traga</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Upisivanje {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {file}</source>
        <translation>
            <numerusform>Izvezen je %n događaj u {file}</numerusform>
            <numerusform>Izvezena su %n događaja u {file}</numerusform>
            <numerusform>Izvezeno je %n događaja u {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Izvoz nije uspeo: {reason}</translation>
    </message>
</context>
<context>
    <name>BreakdownDialog</name>
    <message>
        <source>Premium breakdown</source>
        <translation>Struktura premije</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Korak</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Iznos (EUR)</translation>
    </message>
    <message>
        <source>Amount (BGN at {rate})</source>
        <translation>Iznos (BGN po kursu {rate})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
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
        <translation>Storniranje potvrde {number}</translation>
    </message>
    <message>
        <source>The certificate stays on record, marked as cancelled, with your reason; the cover does not start.</source>
        <translation>Potvrda ostaje u evidenciji, označena kao stornirana, sa vašim razlogom; pokriće ne počinje.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Razlog</translation>
    </message>
    <message>
        <source>Cancel the &amp;certificate</source>
        <translation>Storniraj &amp;potvrdu</translation>
    </message>
    <message>
        <source>Cancel certificate {number}? It stays on record as cancelled and its cover never starts; a cancellation cannot be undone.</source>
        <translation>Stornirati potvrdu {number}? Ostaje u evidenciji kao stornirana i njeno pokriće nikada ne počinje; storniranje se ne može opozvati.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Accident certificate {number}</source>
        <translation>Potvrda o osiguranju od nezgode {number}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Ugovarač osiguranja</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klauzula</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Osigurana lica</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Pokriće</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premija</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Plaćanje</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Štampanja</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornirana</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Pregled i štampa…</translation>
    </message>
    <message>
        <source>&amp;Cancel certificate…</source>
        <translation>&amp;Storniraj potvrdu…</translation>
    </message>
    <message>
        <source>A supervisor cancels a certificate, with a reason, before its cover starts</source>
        <translation>Rukovodilac stornira potvrdu, uz navođenje razloga, pre početka pokrića</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>A (one person)</source>
        <translation>A (jedna osoba)</translation>
    </message>
    <message>
        <source>B (group)</source>
        <translation>B (grupa)</translation>
    </message>
    <message>
        <source>from {start} to {end} (Sofia time)</source>
        <translation>od {start} do {end} (po vremenu u Sofiji)</translation>
    </message>
    <message>
        <source>{net} + tax {tax} = {total}</source>
        <translation>{net} + porez {tax} = {total}</translation>
    </message>
    <message>
        <source>card, terminal reference {reference}, {when}</source>
        <translation>kartica, referenca terminala {reference}, {when}</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>još nije odštampana</translation>
    </message>
    <message>
        <source>once (the original)</source>
        <translation>jednom (original)</translation>
    </message>
    <message numerus="yes">
        <source>the original and %n copies</source>
        <translation>
            <numerusform>original i %n kopija</numerusform>
            <numerusform>original i %n kopije</numerusform>
            <numerusform>original i %n kopija</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: {reason}</source>
        <translation>{when}: {reason}</translation>
    </message>
    <message>
        <source>Preparing the certificate</source>
        <translation>Priprema potvrde</translation>
    </message>
    <message>
        <source>Certificate {number} cancelled.</source>
        <translation>Potvrda {number} je stornirana.</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>Certificate number, e.g. SOF-CENTER-2026-000012</source>
        <translation>Broj potvrde, npr. SOF-CENTER-2026-000012</translation>
    </message>
    <message>
        <source>Search by certificate number</source>
        <translation>Pretraga po broju potvrde</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>&amp;Nova ponuda…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>No certificates found.</source>
        <translation>Nije pronađena nijedna potvrda.</translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message>
        <source>Certificate {number}</source>
        <translation>Potvrda {number}</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Pregled potvrde</translation>
    </message>
    <message>
        <source>The original was printed: the next print is a copy (КОПИЕ).</source>
        <translation>Original je odštampan: sledeći otisak je kopija (КОПИЕ).</translation>
    </message>
    <message>
        <source>Printing the certificate</source>
        <translation>Štampanje potvrde</translation>
    </message>
    <message>
        <source>The printer could not print. The print was recorded as taken: print again (it will be a copy).</source>
        <translation>Štampač nije mogao da odštampa. Štampanje je ipak evidentirano: odštampajte ponovo (biće kopija).</translation>
    </message>
    <message>
        <source>Preview: the first paper print is the original, every later print is marked as a copy (КОПИЕ). A saved PDF is an electronic copy and does not use up the original.</source>
        <translation>Pregled: prva štampa na papiru je original, svaka kasnija je označena kao kopija (КОПИЕ). Sačuvani PDF je elektronska kopija i ne troši original.</translation>
    </message>
    <message>
        <source>an electronic copy (the original is the paper print)</source>
        <translation>elektronska kopija (original je štampa na papiru)</translation>
    </message>
    <message>
        <source>copy no. {number}</source>
        <translation>kopija br. {number}</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>original</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Promena lozinke</translation>
    </message>
    <message>
        <source>Use a password you use nowhere else.</source>
        <translation>Koristite lozinku koju ne koristite nigde drugde.</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>&amp;Trenutna lozinka</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nova lozinka</translation>
    </message>
    <message>
        <source>New password a&amp;gain</source>
        <translation>Nova lozinka &amp;ponovo</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Pro&amp;meni lozinku</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim number</source>
        <translation>Broj štete</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polisa</translation>
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
        <translation>Poslat na</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izdat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Greška</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odbaci izmene</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane izmene</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Leave it and discard them?</source>
        <translation>Ova strana ima nesačuvane izmene. Napustiti je i odbaciti izmene?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Give or withdraw a consent</source>
        <translation>Davanje ili povlačenje saglasnosti</translation>
    </message>
    <message>
        <source>Consents are a history: each change is added, none is edited. Leave the wording version empty for the one in force.</source>
        <translation>Saglasnosti se vode kao istorija: svaka promena se dodaje, nijedna se ne menja. Za važeću verziju teksta ostavite polje prazno.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Povučena</translation>
    </message>
    <message>
        <source>the version in force</source>
        <translation>važeća verzija</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Unesi</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>given</source>
        <translation>data</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>povučena</translation>
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
        <translation>Lična karta</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasoš</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Roditelj</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Staratelj</translation>
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
        <translation>Stari</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Osnov</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Promenio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>at identification</source>
        <translation>pri identifikaciji</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <source>No partner offer is valid today.</source>
        <translation>Danas ne važi nijedna partnerska ponuda.</translation>
    </message>
    <message>
        <source>Activate a coupon</source>
        <translation>Aktiviranje kupona</translation>
    </message>
    <message>
        <source>The coupon is sent to the member&apos;s registered e-mail. The terms allow the agent to activate it on the member&apos;s behalf.</source>
        <translation>Kupon se šalje na registrovanu e-adresu člana. Uslovi dozvoljavaju agentu da ga aktivira u ime člana.</translation>
    </message>
    <message>
        <source>only where the offer allows family members</source>
        <translation>samo ako ponuda dozvoljava članove porodice</translation>
    </message>
    <message>
        <source>&amp;Activate and send</source>
        <translation>&amp;Aktiviraj i pošalji</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>← &amp;Back to search</source>
        <translation>← &amp;Nazad na pretragu</translation>
    </message>
    <message>
        <source>Back to the search results (Esc, Alt+Left)</source>
        <translation>Nazad na rezultate pretrage (Esc, Alt+strelica levo)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Izmeni…</translation>
    </message>
    <message>
        <source>Change the record, the contact of record or re-identify the person (Ctrl+E)</source>
        <translation>Izmenite zapis ili evidentirani kontakt, odnosno ponovo identifikujte osobu (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Spoji sa…</translation>
    </message>
    <message>
        <source>This person has a second record: merge the two into one</source>
        <translation>Ova osoba ima još jedan zapis: spojite ih u jedan</translation>
    </message>
    <message>
        <source>E&amp;xport personal data (JSON)…</source>
        <translation>I&amp;zvezi lične podatke (JSON)…</translation>
    </message>
    <message>
        <source>Everything stored about this person, for a data subject access request</source>
        <translation>Svi sačuvani podaci o ovoj osobi, za zahtev lica za pristup podacima</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Osveži</translation>
    </message>
    <message>
        <source>Load the record again (F5)</source>
        <translation>Ponovo učitaj zapis (F5)</translation>
    </message>
    <message>
        <source>Open the record &amp;kept</source>
        <translation>Otvori za&amp;držani zapis</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikacija</translation>
    </message>
    <message>
        <source>Address and contact of record</source>
        <translation>Adresa i evidentirani kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Pol</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Identifikacioni brojevi</translation>
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
        <translation>Broj</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Proverio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode, city</source>
        <translation>Poštanski broj, mesto</translation>
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
        <translation>Istorija &amp;kontakata (kodovi se šalju samo na evidentirani kontakt)</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Istorija kontakata</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Polise</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Štete</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>Zapis klijenta</translation>
    </message>
    <message>
        <source>No policies on record for this person.</source>
        <translation>Za ovu osobu nema evidentiranih polisa.</translation>
    </message>
    <message>
        <source>No claims on record for this person.</source>
        <translation>Za ovu osobu nema evidentiranih šteta.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <source>Record no. {id} · {market} · version {version}</source>
        <translation>Zapis br. {id} · {market} · verzija {version}</translation>
    </message>
    <message>
        <source>Born {day}</source>
        <translation>Rođen(a) {day}</translation>
    </message>
    <message>
        <source>Not identified at a desk yet</source>
        <translation>Još nije identifikovan(a) na šalteru</translation>
    </message>
    <message>
        <source>{day} (expired)</source>
        <translation>{day} (isteklo)</translation>
    </message>
    <message>
        <source>This record was merged into record no. {id}; it is kept for the history only and cannot be changed.</source>
        <translation>Ovaj zapis je spojen sa zapisom br. {id}; čuva se samo radi istorije i ne može se menjati.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sažetak</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Pregled</translation>
    </message>
    <message>
        <source>&amp;Policies ({count})</source>
        <translation>Po&amp;lise ({count})</translation>
    </message>
    <message>
        <source>&amp;Claims ({count})</source>
        <translation>Š&amp;tete ({count})</translation>
    </message>
    <message>
        <source>Portal co&amp;de</source>
        <translation>Kod za po&amp;rtal</translation>
    </message>
    <message>
        <source>&amp;Accident insurance</source>
        <translation>Osi&amp;guranje od nezgode</translation>
    </message>
    <message>
        <source>&amp;ZAME</source>
        <translation>Z&amp;AME</translation>
    </message>
    <message>
        <source>Not identified at a desk yet: identify before enrolling or issuing</source>
        <translation>Još nije identifikovan na šalteru: identifikujte pre učlanjenja ili izdavanja</translation>
    </message>
    <message>
        <source>{how}, {document} {number}, valid until {day}</source>
        <translation>{how}, {document} {number}, važi do {day}</translation>
    </message>
    <message>
        <source>{text} (document expired)</source>
        <translation>{text} (dokument je istekao)</translation>
    </message>
    <message>
        <source>checked by {agent} on {when}</source>
        <translation>proverio/la {agent}, {when}</translation>
    </message>
    <message>
        <source>born {day}</source>
        <translation>rođen(a) {day}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Poslednja izmena</translation>
    </message>
    <message>
        <source>Contact of record</source>
        <translation>Evidentirani kontakt</translation>
    </message>
    <message>
        <source>Policies ({count})</source>
        <translation>Polise ({count})</translation>
    </message>
    <message>
        <source>Claims ({count})</source>
        <translation>Štete ({count})</translation>
    </message>
    <message>
        <source>{when} · {agent}</source>
        <translation>{when} · {agent}</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Nedavne aktivnosti</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Još ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>Loading the summary…</source>
        <translation>Učitavam sažetak…</translation>
    </message>
    <message>
        <source>{action}
{when}, {agent} ({branch})</source>
        <translation>{action}
{when}, {agent} ({branch})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sačuvano.</translation>
    </message>
    <message>
        <source>The record below now shows their version.</source>
        <translation>Ispod je sada prikazana njihova verzija zapisa.</translation>
    </message>
    <message>
        <source>The two records are merged; this is the record kept.</source>
        <translation>Zapisi su spojeni; ovo je zadržani zapis.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Izvoz ličnih podataka</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON datoteke (*.json)</translation>
    </message>
    <message>
        <source>Personal data written to {file}. Hand it over securely; it contains everything stored about the person.</source>
        <translation>Lični podaci su upisani u {file}. Predajte ih na bezbedan način; datoteka sadrži sve sačuvane podatke o osobi.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Izvoz nije uspeo: {reason}</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Izvoz ličnih podataka</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>New customer</source>
        <translation>Novi klijent</translation>
    </message>
    <message>
        <source>Identify the person with an ID card or a passport before you save. Numbers, dates and contacts are checked when you save; whatever needs correcting is marked next to its field.</source>
        <translation>Pre čuvanja identifikujte osobu uz ličnu kartu ili pasoš. Brojevi, datumi i kontakti se proveravaju pri čuvanju; ono što treba ispraviti označeno je pored polja.</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>&amp;Kreiraj klijenta</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Izmena klijenta</translation>
    </message>
    <message>
        <source>A new e-mail or mobile becomes the contact of record: say on what evidence you change it. The change enters the contact history.</source>
        <translation>Nova e-adresa ili broj mobilnog postaje evidentirani kontakt: navedite na osnovu čega ga menjate. Promena se upisuje u istoriju kontakata.</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>&amp;Sačuvaj izmene</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresa i kontakt</translation>
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
        <translation>&amp;Prezime</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Datum rođenja</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Po&amp;l</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Ulica i broj</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Drž&amp;ava</translation>
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
        <translation>&amp;Osnov za promenu</translation>
    </message>
    <message>
        <source>&amp;How identified</source>
        <translation>&amp;Način identifikacije</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Dokumen&amp;t</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>&amp;Broj dokumenta</translation>
    </message>
    <message>
        <source>Valid until (expir&amp;y)</source>
        <translation>&amp;Važi do (istek)</translation>
    </message>
    <message>
        <source>National &amp;ids</source>
        <translation>Identi&amp;fikacioni brojevi</translation>
    </message>
    <message>
        <source>&amp;Postcode, city</source>
        <translation>Poštanski b&amp;roj, mesto</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poštanski broj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Identifikacioni brojevi</translation>
    </message>
    <message>
        <source>&amp;Add identifier</source>
        <translation>Dodaj identifika&amp;cioni broj</translation>
    </message>
    <message>
        <source>Add identifier</source>
        <translation>Dodaj identifikacioni broj</translation>
    </message>
    <message>
        <source>&amp;Re-identify the person now</source>
        <translation>I&amp;zvrši ponovnu identifikaciju odmah</translation>
    </message>
    <message>
        <source>Re-identify the person now</source>
        <translation>Izvrši ponovnu identifikaciju odmah</translation>
    </message>
    <message>
        <source>or a two-letter code, e.g. FR</source>
        <translation>ili dvoslovni kod, npr. FR</translation>
    </message>
    <message>
        <source>e.g. Slovenska cesta 12</source>
        <translation>npr. Slovenska cesta 12</translation>
    </message>
    <message>
        <source>e.g. 041 123 456 or +386 41 123 456</source>
        <translation>npr. 041 123 456 ili +386 41 123 456</translation>
    </message>
    <message>
        <source>e.g. ул. Витоша 15</source>
        <translation>npr. ул. Витоша 15</translation>
    </message>
    <message>
        <source>e.g. 0888 123 456 or +359 888 123 456</source>
        <translation>npr. 0888 123 456 ili +359 888 123 456</translation>
    </message>
    <message>
        <source>e.g. Knez Mihailova 7</source>
        <translation>npr. Knez Mihailova 7</translation>
    </message>
    <message>
        <source>e.g. 064 123 4567 or +381 64 123 4567</source>
        <translation>npr. 064 123 4567 ili +381 64 123 4567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ime@example.com</translation>
    </message>
    <message>
        <source>e.g. request signed at the desk, ID card checked</source>
        <translation>npr. zahtev potpisan na šalteru, lična karta proverena</translation>
    </message>
    <message>
        <source>as printed on the document</source>
        <translation>kako je odštampan na dokumentu</translation>
    </message>
    <message>
        <source>Identified by {agent} on {moment} ({method}).</source>
        <translation>Identifikacija: {agent}, {moment} ({method}).</translation>
    </message>
    <message>
        <source>an agent no longer on record</source>
        <translation>agent koji više nije u evidenciji</translation>
    </message>
    <message>
        <source>Not identified at a desk yet (e.g. loaded from the core system).</source>
        <translation>Još nije identifikovan(a) na šalteru (npr. učitano iz centralnog sistema).</translation>
    </message>
    <message>
        <source>Postcode: {problem}</source>
        <translation>Poštanski broj: {problem}</translation>
    </message>
    <message>
        <source>City: {problem}</source>
        <translation>Mesto: {problem}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>any customer: type a name or number</source>
        <translation>bilo koji klijent: unesite ime ili broj</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Pronađeni klijenti</translation>
    </message>
    <message>
        <source>{name} · no. {id}</source>
        <translation>{name} · br. {id}</translation>
    </message>
</context>
<context>
    <name>CustomerRowsModel</name>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Identifikacioni brojevi</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
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
        <translation>Klijenti</translation>
    </message>
    <message>
        <source>Find a customer by any part of the name, in Latin or Cyrillic, with or without diacritics, or by a national id, mobile number, e-mail or policy number.</source>
        <translation>Pronađite klijenta po bilo kom delu imena, latinicom ili ćirilicom, sa dijakriticima ili bez njih, ili po identifikacionom broju, broju mobilnog, e-adresi ili broju polise.</translation>
    </message>
    <message>
        <source>Name, national id, mobile, e-mail or policy number (Ctrl+F)</source>
        <translation>Ime, identifikacioni broj, mobilni, e-pošta ili broj polise (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Pretraga klijenata</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Novi klijent…</translation>
    </message>
    <message>
        <source>Identify and record a new customer (Ctrl+N)</source>
        <translation>Identifikujte i evidentirajte novog klijenta (Ctrl+N)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Novi klijent</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Uvoz…</translation>
    </message>
    <message>
        <source>Load customers, policies or claims from the core system&apos;s CSV extracts</source>
        <translation>Učitajte klijente, polise ili štete iz CSV izvoda centralnog sistema</translation>
    </message>
    <message>
        <source>Import core-system extract</source>
        <translation>Uvoz izvoda iz centralnog sistema</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Pronađeni klijenti</translation>
    </message>
    <message>
        <source>Type at least a few letters of a name, or a whole number, e-mail address or policy number.</source>
        <translation>Unesite bar nekoliko slova imena ili ceo broj, e-adresu ili broj polise.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pretraga…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Učitavanje još…</translation>
    </message>
    <message>
        <source>No customer found for “{text}”. Check the spelling, try the national id, or create a new customer (Ctrl+N).</source>
        <translation>Nije pronađen nijedan klijent za „{text}“. Proverite pravopis, pokušajte sa identifikacionim brojem ili kreirajte novog klijenta (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>The first %n customers are shown; scroll down for more.</source>
        <translation>
            <numerusform>Prikazan je prvi %n klijent; pomerite se nadole za još.</numerusform>
            <numerusform>Prikazana su prva %n klijenta; pomerite se nadole za još.</numerusform>
            <numerusform>Prikazano je prvih %n klijenata; pomerite se nadole za još.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>Pronađen je %n klijent. Otvorite ga tasterom Enter ili dvostrukim klikom.</numerusform>
            <numerusform>Pronađena su %n klijenta. Klijenta otvarate tasterom Enter ili dvostrukim klikom.</numerusform>
            <numerusform>Pronađeno je %n klijenata. Klijenta otvarate tasterom Enter ili dvostrukim klikom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message>
        <source>Tax number (davčna številka)</source>
        <translation>Poreski broj (davčna številka)</translation>
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
        <translation>LNCh (ЛНЧ, stranac)</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>Poreski br.</translation>
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
        <translation>Lično, uz ličnu kartu</translation>
    </message>
    <message>
        <source>In person, with a passport</source>
        <translation>Lično, uz pasoš</translation>
    </message>
    <message>
        <source>Rekono (online, Slovenia only)</source>
        <translation>Rekono (onlajn, samo u Sloveniji)</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Lična karta</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasoš</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nije navedeno</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Muški</translation>
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
        <translation>Bugarska</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Srbija</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Hrvatska</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosna i Hercegovina</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Crna Gora</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Severna Makedonija</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austrija</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Nemačka</translation>
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
        <translation>Ugovarač osiguranja</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>Osiguranik</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Platilac</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Oštećeni</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Korisnik osiguranja</translation>
    </message>
    <message>
        <source>Motor liability</source>
        <translation>Autoodgovornost</translation>
    </message>
    <message>
        <source>Motor hull (casco)</source>
        <translation>Kasko</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Osiguranje domaćinstva</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Životno osiguranje</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Osiguranje od nezgode</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdravstveno osiguranje</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivna</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Prekinuta (neplaćanje)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stornirana</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Istekla</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Još nije počela</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvorena</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Prijavljena</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>U obradi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zatvorena</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Isplaćena</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odbijena</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Spojen</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>{name} is now on record.</source>
        <translation>{name} je sada u evidenciji.</translation>
    </message>
</context>
<context>
    <name>DailyRunPanel</name>
    <message>
        <source>The daily run computes every member&apos;s points and level for a day, stores the snapshot and records level changes. The command line runs it each night (agent-app jobs daily); run it here to catch up a day. Running a day again writes nothing twice.</source>
        <translation>Dnevni obračun za određeni dan izračunava bodove i nivo svakog člana, čuva snimak stanja i beleži promene nivoa. Komandna linija ga pokreće svake noći (agent-app jobs daily); ovde ga pokrenite da biste nadoknadili propušteni dan. Ponovno pokretanje za isti dan ništa ne upisuje dvaput.</translation>
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
        <translation>Pok&amp;reni dnevni obračun bodova</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Otkaži obračun</translation>
    </message>
    <message>
        <source>Progress of the daily run</source>
        <translation>Napredak dnevnog obračuna</translation>
    </message>
    <message>
        <source>Last day run: {day}</source>
        <translation>Poslednji obračunati dan: {day}</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Još nije pokrenut.</translation>
    </message>
    <message>
        <source>Running the day {day}…</source>
        <translation>Obračun za dan {day}…</translation>
    </message>
    <message>
        <source>Daily points run</source>
        <translation>Dnevni obračun bodova</translation>
    </message>
    <message>
        <source>Computing the members&apos; points…</source>
        <translation>Izračunavanje bodova članova…</translation>
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
            <numerusform>%Ln članova</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed figures recorded</source>
        <translation>
            <numerusform>%Ln upisana promena bodova</numerusform>
            <numerusform>%Ln upisane promene bodova</numerusform>
            <numerusform>%Ln upisanih promena bodova</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln level changes</source>
        <translation>
            <numerusform>%Ln promena nivoa</numerusform>
            <numerusform>%Ln promene nivoa</numerusform>
            <numerusform>%Ln promena nivoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exits took effect</source>
        <translation>
            <numerusform>%Ln istupanje je stupilo na snagu</numerusform>
            <numerusform>%Ln istupanja su stupila na snagu</numerusform>
            <numerusform>%Ln istupanja je stupilo na snagu</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing of the run was kept.</source>
        <translation>Otkazano: ništa od obračuna nije sačuvano.</translation>
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
        <translation>Izaberite dan u kalendaru (Alt+strelica nadole)</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Setting</source>
        <translation>Podešavanje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Važi od</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Uneo</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Koristi se za</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Upisano</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Nedostaje</translation>
    </message>
    <message>
        <source>(a table, recorded in its editor)</source>
        <translation>(tabela, upisuje se u svom uređivaču)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possibly already on record</source>
        <translation>Možda je već u evidenciji</translation>
    </message>
    <message>
        <source>Someone with the same name and birth date, or the same e-mail or mobile, is already on record. Open their record instead of creating a second one, or, if you have checked that this is someone else, confirm it: the confirmation is recorded.</source>
        <translation>Osoba sa istim imenom i datumom rođenja ili sa istom e-adresom ili brojem mobilnog već je u evidenciji. Otvorite njen zapis umesto da kreirate drugi ili, ako ste proverili da je reč o drugoj osobi, potvrdite to: potvrda se beleži.</translation>
    </message>
    <message>
        <source>&amp;Open selected record</source>
        <translation>&amp;Otvori izabrani zapis</translation>
    </message>
    <message>
        <source>This is a &amp;different person</source>
        <translation>Ovo je &amp;druga osoba</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Nazad na obrazac</translation>
    </message>
    <message>
        <source>Likely matches</source>
        <translation>Verovatna podudaranja</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll {name} in ZAME</source>
        <translation>Učlanjenje u ZAME: {name}</translation>
    </message>
    <message>
        <source>Record this only after the person has signed the printed enrollment form. The membership starts on the day of signing.</source>
        <translation>Ovo unesite tek kada osoba potpiše odštampani obrazac za učlanjenje. Članstvo počinje na dan potpisivanja.</translation>
    </message>
    <message>
        <source>Signed the terms {version}</source>
        <translation>Potpisani uslovi {version}</translation>
    </message>
    <message>
        <source>Signed the privacy notice {version}</source>
        <translation>Potpisano obaveštenje o privatnosti {version}</translation>
    </message>
    <message>
        <source>Agrees to direct marketing</source>
        <translation>Daje saglasnost za direktni marketing</translation>
    </message>
    <message>
        <source>Agrees to Generali Investments notices</source>
        <translation>Daje saglasnost za obaveštenja Generali Investments</translation>
    </message>
    <message>
        <source>Agrees to the monthly check of investor status with Generali Investments</source>
        <translation>Daje saglasnost za mesečnu proveru statusa investitora kod Generali Investments</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Učlani</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude member {number}</source>
        <translation>Isključenje člana {number}</translation>
    </message>
    <message>
        <source>The membership ends today. The person cannot be enrolled again at a branch.</source>
        <translation>Članstvo prestaje danas. Osoba ne može ponovo da se učlani u filijali.</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>&amp;Isključi</translation>
    </message>
    <message>
        <source>Exclude the member today? The membership ends at once with its points; this cannot be undone.</source>
        <translation>Isključiti člana danas? Članstvo se odmah završava zajedno sa bodovima; ovo ne može da se poništi.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Isključi</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit request</source>
        <translation>Zahtev za istupanje</translation>
    </message>
    <message>
        <source>The exit takes effect on the 5th Slovenian working day, counted from the working day after the request was received. Until then the member is leaving.</source>
        <translation>Istupanje stupa na snagu 5. radnog dana u Sloveniji, računajući od radnog dana nakon prijema zahteva. Do tada je član u statusu „u istupanju“.</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>&amp;Unesi zahtev</translation>
    </message>
    <message>
        <source>Takes effect on {day}.</source>
        <translation>Stupa na snagu {day}.</translation>
    </message>
    <message>
        <source>Record the exit request? The membership ends on {day}; until then the request can be withdrawn, afterwards the points are lost.</source>
        <translation>Zabeležiti zahtev za istupanje? Članstvo se završava {day}; do tada zahtev može da se povuče, posle toga se bodovi gube.</translation>
    </message>
    <message>
        <source>Request exit</source>
        <translation>Zabeleži zahtev za istupanje</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Branch &amp;code</source>
        <translation>&amp;Oznaka filijale</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>&amp;Naziv filijale</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Tržište</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Vremenska zona</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Korisničko ime</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Ime i prezime</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lozinka</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Lozinka &amp;ponovo</translation>
    </message>
    <message>
        <source>Agent Desk: first start</source>
        <translation>Agent Desk: prvo pokretanje</translation>
    </message>
    <message>
        <source>Welcome to Agent Desk</source>
        <translation>Dobro došli u Agent Desk</translation>
    </message>
    <message>
        <source>This database is new. Describe the branch this workstation belongs to and create the first administrator, who then creates the agents&apos; accounts.</source>
        <translation>Ova baza podataka je nova. Opišite filijalu kojoj pripada ova radna stanica i kreirajte prvog administratora, koji zatim kreira naloge agenata.</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filijala</translation>
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
        <translation>Kreiraj i prijavi se</translation>
    </message>
    <message>
        <source>Creating the branch</source>
        <translation>Kreiranje filijale</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>IdentifierRow</name>
    <message>
        <source>Kind of national number</source>
        <translation>Vrsta identifikacionog broja</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Identifikacioni broj</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Ukloni ovaj broj</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>Otvori postojeći zapis</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Customers</source>
        <translation>Klijenti</translation>
    </message>
    <message>
        <source>Policies and roles</source>
        <translation>Polise i uloge</translation>
    </message>
    <message>
        <source>Claims and roles</source>
        <translation>Štete i uloge</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatski prepoznaj</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1250 (Latin: Slovenian, Serbian)</source>
        <translation>Windows-1250 (latinica: slovenački, srpski)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic: Bulgarian, Serbian)</source>
        <translation>Windows-1251 (ćirilica: bugarski, srpski)</translation>
    </message>
    <message>
        <source>Import from the core system</source>
        <translation>Uvoz iz centralnog sistema</translation>
    </message>
    <message>
        <source>Load a CSV extract of the insurer&apos;s core system. Rows already loaded come back unchanged, so a file can be imported again safely. Rows with problems are listed at the end; the other rows load.</source>
        <translation>Učitajte CSV izvod iz centralnog sistema osiguravača. Već učitani redovi ostaju nepromenjeni, pa se datoteka može bezbedno ponovo uvesti. Redovi sa problemima navedeni su na kraju; ostali redovi se učitavaju.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Š&amp;ta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Kodiranje</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pregledaj…</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Započni uvoz</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Otkaži uvoz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>customers.csv, policies.csv or claims.csv</source>
        <translation>customers.csv, policies.csv ili claims.csv</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Šta uvesti</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Pronađite datoteku</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodiranje</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Napredak uvoza</translation>
    </message>
    <message>
        <source>Start import</source>
        <translation>Započni uvoz</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Otkaži uvoz</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Redovi sa problemima</translation>
    </message>
    <message>
        <source>Stop at the next row. The rows read so far stay imported; import the same file again to load the rest.</source>
        <translation>Zaustavi kod sledećeg reda. Do tada pročitani redovi ostaju uvezeni; ponovo uvezite istu datoteku da biste učitali ostatak.</translation>
    </message>
    <message>
        <source>Choose the extract to import</source>
        <translation>Izaberite izvod za uvoz</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV datoteke (*.csv *.txt);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Čitanje {file}…</translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows already read…</source>
        <translation>Otkazivanje: završavaju se već pročitani redovi…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln rows</source>
        <translation>
            <numerusform>{done} od %Ln reda</numerusform>
            <numerusform>{done} od %Ln reda</numerusform>
            <numerusform>{done} od %Ln redova</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln rows.</source>
        <translation>
            <numerusform>{file}: %Ln red.</numerusform>
            <numerusform>{file}: %Ln reda.</numerusform>
            <numerusform>{file}: %Ln redova.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln rows: those rows are imported. Import the same file again to load the rest.</source>
        <translation>
            <numerusform>Otkazano posle %Ln reda: taj red je uvezen. Ponovo uvezite istu datoteku da biste učitali ostatak.</numerusform>
            <numerusform>Otkazano posle %Ln reda: ti redovi su uvezeni. Ponovo uvezite istu datoteku da biste učitali ostatak.</numerusform>
            <numerusform>Otkazano posle %Ln redova: ti redovi su uvezeni. Ponovo uvezite istu datoteku da biste učitali ostatak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln problems are listed ({more} more).</source>
        <translation>
            <numerusform>Naveden je samo prvi %Ln problem (još {more}).</numerusform>
            <numerusform>Navedena su samo prva %Ln problema (još {more}).</numerusform>
            <numerusform>Navedeno je samo prvih %Ln problema (još {more}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Created {created}, updated {updated}, unchanged {unchanged}, failed {failed}.</source>
        <translation>Kreirano: {created}, ažurirano: {updated}, nepromenjeno: {unchanged}, neuspešno: {failed}.</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>Zanemarene kolone: {columns}</translation>
    </message>
</context>
<context>
    <name>ImportErrorsModel</name>
    <message>
        <source>Line</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolona</translation>
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
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ništa nije pronađeno.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Agent Desk: locked</source>
        <translation>Agent Desk: zaključano</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zaključano</translation>
    </message>
    <message>
        <source>{name}, enter your password to continue where you left off.</source>
        <translation>{name}, unesite lozinku da biste nastavili tamo gde ste stali.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Otključaj</translation>
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
        <translation>Odeljci</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Zaključaj (Ctrl+L)</translation>
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
        <translation>Filijala {code}</translation>
    </message>
    <message>
        <source>Local database: {path}</source>
        <translation>Lokalna baza podataka: {path}</translation>
    </message>
    <message>
        <source>Central database: {where}</source>
        <translation>Centralna baza podataka: {where}</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Povezano</translation>
    </message>
    <message>
        <source>● Offline: retrying</source>
        <translation>● Bez veze: ponovni pokušaj</translation>
    </message>
    <message>
        <source>Your session on the server has expired.</source>
        <translation>Vaša sesija na serveru je istekla.</translation>
    </message>
    <message>
        <source>Your session on the server ended after a long time without use.</source>
        <translation>Vaša sesija na serveru je završena posle dugog vremena bez korišćenja.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Vaš nalog je deaktiviran.</translation>
    </message>
    <message>
        <source>An administrator has reset your password.</source>
        <translation>Administrator je poništio vašu lozinku.</translation>
    </message>
    <message>
        <source>The server has ended your session.</source>
        <translation>Server je završio vašu sesiju.</translation>
    </message>
    <message>
        <source>What you were saving was not saved. Sign in again, then repeat it: what you typed is still there.</source>
        <translation>Ono što ste čuvali nije sačuvano. Ponovo se prijavite i ponovite radnju: ono što ste uneli je i dalje tu.</translation>
    </message>
</context>
<context>
    <name>Markets</name>
    <message>
        <source>Slovenia (ZAME loyalty programme)</source>
        <translation>Slovenija (program lojalnosti ZAME)</translation>
    </message>
    <message>
        <source>Bulgaria (accident insurance)</source>
        <translation>Bugarska (osiguranje od nezgode)</translation>
    </message>
    <message>
        <source>Serbia (client portal codes)</source>
        <translation>Srbija (kodovi za klijentski portal)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>ZAME member {number}: {name}</source>
        <translation>Član programa ZAME {number}: {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>Member number, e.g. 00000012</source>
        <translation>Članski broj, npr. 00000012</translation>
    </message>
    <message>
        <source>Search by member number</source>
        <translation>Pretraga po članskom broju</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>ZAME members</source>
        <translation>Članovi programa ZAME</translation>
    </message>
    <message>
        <source>A member number has digits only.</source>
        <translation>Članski broj sadrži samo cifre.</translation>
    </message>
    <message>
        <source>No members found.</source>
        <translation>Nije pronađen nijedan član.</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge {name}&apos;s records</source>
        <translation>Spajanje zapisa: {name}</translation>
    </message>
    <message>
        <source>Find the other record of {name} (no. {id}). Open it with Enter or double-click to compare the two before anything is changed.</source>
        <translation>Pronađite drugi zapis osobe {name} (br. {id}). Otvorite ga tasterom Enter ili dvostrukim klikom da biste uporedili oba zapisa pre nego što se bilo šta promeni.</translation>
    </message>
    <message>
        <source>&amp;Find the other record</source>
        <translation>&amp;Pronađi drugi zapis</translation>
    </message>
    <message>
        <source>Name, national id, phone, e-mail or policy number</source>
        <translation>Ime, identifikacioni broj, telefon, e-pošta ili broj polise</translation>
    </message>
    <message>
        <source>Check that both records are the same person, then choose the record to keep. The other record&apos;s national ids, policies, claims and contact history move to the kept record, whose name, address and contacts stay as they are; the other record is closed and points to the kept one.</source>
        <translation>Proverite da li se oba zapisa odnose na istu osobu, a zatim izaberite zapis koji zadržavate. Identifikacioni brojevi, polise, štete i istorija kontakata drugog zapisa prelaze u zadržani zapis, čije ime, adresa i kontakti ostaju nepromenjeni; drugi zapis se zatvara i upućuje na zadržani.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Identifikacioni brojevi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
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
        <translation>Polise</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Štete</translation>
    </message>
    <message>
        <source>This record (no. {id})</source>
        <translation>Ovaj zapis (br. {id})</translation>
    </message>
    <message>
        <source>The other record (no. {id})</source>
        <translation>Drugi zapis (br. {id})</translation>
    </message>
    <message>
        <source>Keep &amp;this record (no. {id})</source>
        <translation>Zadrži &amp;ovaj zapis (br. {id})</translation>
    </message>
    <message>
        <source>Keep the &amp;other record (no. {id})</source>
        <translation>Zadrži &amp;drugi zapis (br. {id})</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Nazad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Uporedi…</translation>
    </message>
    <message>
        <source>&amp;Merge records</source>
        <translation>&amp;Spoji zapise</translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation>Pronađi drugi zapis</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Pronađeni zapisi</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pretraga…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>Pronađen je %n zapis</numerusform>
            <numerusform>Pronađena su %n zapisa</numerusform>
            <numerusform>Pronađeno je %n zapisa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n records; scroll for more</source>
        <translation>
            <numerusform>Prvi %n zapis; pomerite se nadole za još</numerusform>
            <numerusform>Prva %n zapisa; pomerite se nadole za još</numerusform>
            <numerusform>Prvih %n zapisa; pomerite se nadole za još</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging records</source>
        <translation>Spajanje zapisa</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Pogrešno korisničko ime ili lozinka.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation>Previše pogrešnih lozinki. Nalog je blokiran do {until}.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask your administrator.</source>
        <translation>Ovaj nalog je deaktiviran. Obratite se administratoru.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved; please try again.</source>
        <translation>Došlo je do greške. Ništa nije sačuvano; pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Vaša uloga ne dozvoljava ovu radnju.</translation>
    </message>
    <message>
        <source>This action belongs to another market than your branch&apos;s.</source>
        <translation>Ova radnja pripada drugom tržištu, a ne tržištu vaše filijale.</translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh the list.</source>
        <translation>Zapis više ne postoji. Osvežite listu.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Nothing was saved: reload it and apply your change again.</source>
        <translation>Neko drugi je u međuvremenu izmenio ovaj zapis. Ništa nije sačuvano: ponovo ga učitajte i unesite svoju izmenu još jednom.</translation>
    </message>
    <message>
        <source>Connection to the database lost. Nothing was saved; try again.</source>
        <translation>Veza sa bazom podataka je prekinuta. Ništa nije sačuvano; pokušajte ponovo.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, and it cannot be told whether the change was saved. Open the record and check before you try again.</source>
        <translation>Veza sa bazom podataka je prekinuta tokom čuvanja i ne može se utvrditi da li je izmena sačuvana. Otvorite zapis i proverite pre nego što pokušate ponovo.</translation>
    </message>
    <message>
        <source>The database&apos;s disk is full. Nothing was saved; free some space (or ask your administrator) and try again.</source>
        <translation>Disk baze podataka je pun. Ništa nije sačuvano; oslobodite prostor (ili se obratite administratoru) i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Ispravite označena polja.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Please sign in again.</source>
        <translation>Vaša sesija na serveru je završena. Prijavite se ponovo.</translation>
    </message>
    <message>
        <source>Too many searches or opened records in a minute. Wait {retry_after} s.</source>
        <translation>Previše pretraga ili otvorenih zapisa u jednom minutu. Sačekajte {retry_after} s.</translation>
    </message>
    <message>
        <source>The file is larger than {limit_mb} MB, the most the server takes.</source>
        <translation>Datoteka je veća od {limit_mb} MB, što je najviše što server prima.</translation>
    </message>
    <message>
        <source>This is a database address. Agent Desk works through an Agent Desk server (https://…) and never connects to a database directly: ask IT for the server&apos;s address.</source>
        <translation>Ovo je adresa baze podataka. Agent Desk radi preko Agent Desk servera (https://…) i nikada se ne povezuje direktno sa bazom podataka: adresu servera tražite od IT službe.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (http only on this computer).</source>
        <translation>Adresa servera mora počinjati sa https:// (http samo na ovom računaru).</translation>
    </message>
    <message>
        <source>This action is not available through the server.</source>
        <translation>Ova radnja nije dostupna preko servera.</translation>
    </message>
    <message>
        <source>The server refused the request. Nothing was saved; please try again.</source>
        <translation>Server je odbio zahtev. Ništa nije sačuvano; pokušajte ponovo.</translation>
    </message>
    <message>
        <source>The server did not understand the request. Update Agent Desk.</source>
        <translation>Server nije razumeo zahtev. Ažurirajte Agent Desk.</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation>Ova baza podataka već ima administratora. Umesto toga se prijavite.</translation>
    </message>
    <message>
        <source>This database was made by a newer Agent Desk. Install the newer version; the database was not changed.</source>
        <translation>Ovu bazu podataka je kreirala novija verzija programa Agent Desk. Instalirajte noviju verziju; baza podataka nije izmenjena.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Nepoznato podešavanje.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obavezno.</translation>
    </message>
    <message>
        <source>At most {maximum} characters.</source>
        <translation>Najviše {maximum} znakova.</translation>
    </message>
    <message>
        <source>A whole number from {minimum} to {maximum}.</source>
        <translation>Ceo broj od {minimum} do {maximum}.</translation>
    </message>
    <message>
        <source>Enter a whole number above 0.</source>
        <translation>Unesite ceo broj veći od 0.</translation>
    </message>
    <message>
        <source>Choose today or a later day.</source>
        <translation>Izaberite današnji ili kasniji dan.</translation>
    </message>
    <message>
        <source>A version for this day already exists. Choose another day.</source>
        <translation>Verzija za ovaj dan već postoji. Izaberite drugi dan.</translation>
    </message>
    <message>
        <source>Use at least {minimum} characters.</source>
        <translation>Koristite najmanje {minimum} znakova.</translation>
    </message>
    <message>
        <source>Use at most {maximum} characters.</source>
        <translation>Koristite najviše {maximum} znakova.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Lozinka ne sme biti ista kao korisničko ime.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Lozinke se ne podudaraju.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Trenutna lozinka je pogrešna.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Izaberite lozinku koja se razlikuje od trenutne.</translation>
    </message>
    <message>
        <source>2 to 16 capital letters, digits or dashes, e.g. LJ-CENTER.</source>
        <translation>Od 2 do 16 velikih slova, cifara ili crtica, npr. LJ-CENTER.</translation>
    </message>
    <message>
        <source>A branch with this code exists.</source>
        <translation>Filijala sa ovom oznakom već postoji.</translation>
    </message>
    <message>
        <source>Choose the market.</source>
        <translation>Izaberite tržište.</translation>
    </message>
    <message>
        <source>Unknown time zone; use a name such as Europe/Ljubljana.</source>
        <translation>Nepoznata vremenska zona; koristite naziv kao što je Europe/Belgrade.</translation>
    </message>
    <message>
        <source>3 to 64 small letters, digits, dots, dashes or underscores.</source>
        <translation>Od 3 do 64 mala slova, cifre, tačke, crtice ili donje crte.</translation>
    </message>
    <message>
        <source>This username is taken.</source>
        <translation>Ovo korisničko ime je zauzeto.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Izaberite ulogu.</translation>
    </message>
    <message>
        <source>Choose an existing branch.</source>
        <translation>Izaberite postojeću filijalu.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Ne možete deaktivirati sopstveni nalog.</translation>
    </message>
    <message>
        <source>Not a database address.</source>
        <translation>Ovo nije adresa baze podataka.</translation>
    </message>
    <message>
        <source>Remove the password from the address; enter it in the password field.</source>
        <translation>Uklonite lozinku iz adrese; unesite je u polje za lozinku.</translation>
    </message>
    <message>
        <source>The gateway address must start with https://.</source>
        <translation>Adresa mrežnog prolaza mora počinjati sa https://.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Izaberite jezik sa liste.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Port je broj od 1 do 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation>Izaberite STARTTLS, TLS ili bez.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Unesite ime hosta servera.</translation>
    </message>
    <message>
        <source>Not a date. Type it as {example}, or pick it from the calendar (Alt+Down).</source>
        <translation>Ovo nije datum. Unesite ga u obliku {example} ili ga izaberite iz kalendara (Alt+strelica nadole).</translation>
    </message>
    <message>
        <source>This person may already be on record. Similar records: {count}.</source>
        <translation>Ova osoba je možda već u evidenciji. Slični zapisi: {count}.</translation>
    </message>
    <message>
        <source>This person may be the same as row {row} of the same list.</source>
        <translation>Ova osoba je možda ista kao u redu {row} istog spiska.</translation>
    </message>
    <message>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Koristite samo slova (razmaci, crtice i apostrofi su dozvoljeni).</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Datum rođenja je u budućnosti.</translation>
    </message>
    <message>
        <source>A workstation keeps its data in a file on this computer or works through an Agent Desk server, never on a database directly.</source>
        <translation>Radna stanica čuva podatke u datoteci na ovom računaru ili radi preko Agent Desk servera, nikada direktno na bazi podataka.</translation>
    </message>
    <message>
        <source>Check the year: the person would be older than 130.</source>
        <translation>Proverite godinu: osoba bi bila starija od 130 godina.</translation>
    </message>
    <message>
        <source>Enter at least one national identification number.</source>
        <translation>Unesite bar jedan identifikacioni broj.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Ovo nije važeća e-adresa.</translation>
    </message>
    <message>
        <source>This is not a valid mobile number. For a foreign number, start with the country code, e.g. +386.</source>
        <translation>Ovo nije važeći broj mobilnog telefona. Strani broj počnite pozivnim brojem zemlje, npr. +381.</translation>
    </message>
    <message>
        <source>Choose a country, or type its two-letter code (e.g. HR).</source>
        <translation>Izaberite državu ili unesite njen dvoslovni kod (npr. HR).</translation>
    </message>
    <message>
        <source>A postcode in this country has {digits} digits.</source>
        <translation>Poštanski broj u ovoj zemlji je {digits}-cifren.</translation>
    </message>
    <message>
        <source>Say how you identified the person.</source>
        <translation>Navedite kako ste identifikovali osobu.</translation>
    </message>
    <message>
        <source>Identification through Rekono is possible in Slovenia only.</source>
        <translation>Identifikacija putem servisa Rekono moguća je samo u Sloveniji.</translation>
    </message>
    <message>
        <source>Choose the type of document you checked.</source>
        <translation>Izaberite vrstu dokumenta koji ste proverili.</translation>
    </message>
    <message>
        <source>This identity document has expired.</source>
        <translation>Ovaj lični dokument je istekao.</translation>
    </message>
    <message>
        <source>The e-mail or mobile changes: say on what evidence (e.g. the customer&apos;s signed request).</source>
        <translation>E-adresa ili broj mobilnog se menja: navedite osnov (npr. potpisan zahtev klijenta).</translation>
    </message>
    <message>
        <source>This record was merged into another one and can no longer be changed. Open the record that was kept.</source>
        <translation>Ovaj zapis je spojen sa drugim i više se ne može menjati. Otvorite zadržani zapis.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself: choose the other record.</source>
        <translation>Zapis se ne može spojiti sam sa sobom: izaberite drugi zapis.</translation>
    </message>
    <message>
        <source>These records belong to different markets ({survivor} and {other}) and cannot be merged.</source>
        <translation>Ovi zapisi pripadaju različitim tržištima ({survivor} i {other}) i ne mogu se spojiti.</translation>
    </message>
    <message>
        <source>The two records have different numbers of the same kind ({kind}): either they are two people, or one number is wrong. Correct it first; nothing was merged.</source>
        <translation>Dva zapisa imaju različite brojeve iste vrste ({kind}): ili je reč o dve osobe, ili je jedan broj pogrešan. Najpre ga ispravite; ništa nije spojeno.</translation>
    </message>
    <message>
        <source>Both records have data in {table} that cannot be combined; nothing was merged. Ask head office.</source>
        <translation>Oba zapisa imaju podatke u {table} koji se ne mogu objediniti; ništa nije spojeno. Obratite se centrali.</translation>
    </message>
    <message>
        <source>Choose which kind of number this is.</source>
        <translation>Izaberite koje je vrste ovaj broj.</translation>
    </message>
    <message>
        <source>This kind of number is entered twice.</source>
        <translation>Ova vrsta broja je uneta dvaput.</translation>
    </message>
    <message>
        <source>The check digit is wrong: please re-read the number.</source>
        <translation>Kontrolna cifra je pogrešna: ponovo pročitajte broj.</translation>
    </message>
    <message>
        <source>The birth date in this number is not a real day: please re-read the number.</source>
        <translation>Datum rođenja u ovom broju nije postojeći dan: ponovo pročitajte broj.</translation>
    </message>
    <message>
        <source>This number encodes the birth date {encoded}, not the one entered.</source>
        <translation>Ovaj broj sadrži datum rođenja {encoded}, a ne uneti.</translation>
    </message>
    <message>
        <source>The national number encodes the other sex.</source>
        <translation>Identifikacioni broj sadrži drugi pol.</translation>
    </message>
    <message>
        <source>Already registered for {name}.</source>
        <translation>Već je evidentiran za osobu {name}.</translation>
    </message>
    <message>
        <source>Line {line} is longer than {maximum} bytes: not an extract of the core system. Nothing was imported.</source>
        <translation>Red {line} je duži od {maximum} bajtova: ovo nije izvod iz glavnog sistema. Ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>This number belongs to another market&apos;s record; the row was not imported.</source>
        <translation>Ovaj broj pripada zapisu drugog tržišta; red nije uvezen.</translation>
    </message>
    <message>
        <source>This number is already on record in another market; ask head office.</source>
        <translation>Ovaj broj je već evidentiran na drugom tržištu; obratite se centrali.</translation>
    </message>
    <message>
        <source>A Slovenian tax number (davčna številka) has 8 digits, the first not 0.</source>
        <translation>Slovenački poreski broj (davčna številka) ima 8 cifara, a prva nije 0.</translation>
    </message>
    <message>
        <source>An EMŠO has 13 digits.</source>
        <translation>EMŠO ima 13 cifara.</translation>
    </message>
    <message>
        <source>An EGN (ЕГН) has 10 digits.</source>
        <translation>EGN (ЕГН) ima 10 cifara.</translation>
    </message>
    <message>
        <source>An LNCh (ЛНЧ) has 10 digits.</source>
        <translation>LNCh (ЛНЧ) ima 10 cifara.</translation>
    </message>
    <message>
        <source>A JMBG has 13 digits.</source>
        <translation>JMBG ima 13 cifara.</translation>
    </message>
    <message>
        <source>Connected. The database is up to date.</source>
        <translation>Povezano. Baza podataka je ažurna.</translation>
    </message>
    <message>
        <source>Connected. The database needs upgrading; Agent Desk upgrades it when it starts on it.</source>
        <translation>Povezano. Bazu podataka treba nadograditi; Agent Desk će je nadograditi kada se pokrene sa njom.</translation>
    </message>
    <message>
        <source>Connected, but the database was made by a newer Agent Desk. Install the newer version first.</source>
        <translation>Povezano, ali bazu podataka je kreirala novija verzija programa Agent Desk. Najpre instalirajte noviju verziju.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Server je odbio korisničko ime ili lozinku.</translation>
    </message>
    <message>
        <source>The server asks for a password. Enter it.</source>
        <translation>Server traži lozinku. Unesite je.</translation>
    </message>
    <message>
        <source>No server by this name. Check the host name.</source>
        <translation>Ne postoji server sa ovim imenom. Proverite ime hosta.</translation>
    </message>
    <message>
        <source>The server does not answer. Check the host, the port and the network.</source>
        <translation>Server ne odgovara. Proverite host, port i mrežu.</translation>
    </message>
    <message>
        <source>The server has no database by this name.</source>
        <translation>Na serveru ne postoji baza podataka sa ovim imenom.</translation>
    </message>
    <message>
        <source>The database address is not valid.</source>
        <translation>Adresa baze podataka nije važeća.</translation>
    </message>
    <message>
        <source>Could not connect: {detail}</source>
        <translation>Povezivanje nije uspelo: {detail}</translation>
    </message>
    <message>
        <source>The file was refused; nothing was imported.</source>
        <translation>Datoteka je odbijena; ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Check that it exists and is not open in another program.</source>
        <translation>Datoteka {file} ne može da se pročita. Proverite da li postoji i da nije otvorena u drugom programu.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and data rows.</source>
        <translation>Datoteka je prazna: potrebni su red zaglavlja i redovi sa podacima.</translation>
    </message>
    <message>
        <source>The first line of the file is not a readable CSV header.</source>
        <translation>Prvi red datoteke nije čitljivo CSV zaglavlje.</translation>
    </message>
    <message>
        <source>Unknown encoding {encoding}. Leave it on automatic, or choose one from the list.</source>
        <translation>Nepoznato kodiranje {encoding}. Ostavite automatsko prepoznavanje ili izaberite kodiranje sa liste.</translation>
    </message>
    <message>
        <source>The file is not in {encoding} (line {line}). Choose another encoding, or leave it on automatic.</source>
        <translation>Datoteka nije u kodiranju {encoding} (red {line}). Izaberite drugo kodiranje ili ostavite automatsko prepoznavanje.</translation>
    </message>
    <message>
        <source>The header lacks these columns: {columns}. Nothing was imported.</source>
        <translation>U zaglavlju nedostaju ove kolone: {columns}. Ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>The header names these columns twice: {columns}. Nothing was imported.</source>
        <translation>Zaglavlje navodi ove kolone dvaput: {columns}. Ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as yyyy-mm-dd (e.g. 1980-04-25).</source>
        <translation>„{value}“ nije datum; napišite ga u obliku gggg-mm-dd (npr. 1980-04-25).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of: {allowed}.</source>
        <translation>„{value}“ nije među dozvoljenim vrednostima: {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; holds invisible or control characters; correct the number in the extract.</source>
        <translation>„{value}“ sadrži nevidljive ili kontrolne znakove; ispravite broj u izvozu.</translation>
    </message>
    <message>
        <source>Your branch does not serve market {market}; ask head office to import this row.</source>
        <translation>Vaša filijala ne opslužuje tržište {market}; zamolite centralu da uveze ovaj red.</translation>
    </message>
    <message>
        <source>This person is a customer of market {market}; an import does not move customers between markets.</source>
        <translation>Ova osoba je klijent na tržištu {market}; uvoz ne premešta klijente između tržišta.</translation>
    </message>
    <message>
        <source>The two numbers of this row belong to two different customers. Check the row, or merge the two records first.</source>
        <translation>Dva broja u ovom redu pripadaju dvama različitim klijentima. Proverite red ili najpre spojite ta dva zapisa.</translation>
    </message>
    <message>
        <source>The customer found by the other number has a different {kind} on record.</source>
        <translation>Klijent pronađen po drugom broju ima u evidenciji drugačiju vrednost za: {kind}.</translation>
    </message>
    <message>
        <source>An earlier row of this file has the same record with different data; this row was left out.</source>
        <translation>Raniji red ove datoteke sadrži isti zapis sa drugačijim podacima; ovaj red je izostavljen.</translation>
    </message>
    <message>
        <source>No customer has this number. Import the customers first.</source>
        <translation>Nijedan klijent nema ovaj broj. Najpre uvezite klijente.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Datum završetka je pre datuma početka.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Datum je u budućnosti.</translation>
    </message>
    <message>
        <source>This row cannot be read as CSV (check its quotes).</source>
        <translation>Ovaj red ne može da se pročita kao CSV (proverite navodnike).</translation>
    </message>
    <message>
        <source>This customer cannot get a portal code.</source>
        <translation>Ovaj klijent ne može da dobije kod za portal.</translation>
    </message>
    <message>
        <source>There is no e-mail of record. Update the contact first (with evidence).</source>
        <translation>Nema evidentirane e-adrese. Najpre ažurirajte kontakt (uz osnov).</translation>
    </message>
    <message>
        <source>There is no mobile number of record. Update the contact first (with evidence).</source>
        <translation>Nema evidentiranog broja mobilnog. Najpre ažurirajte kontakt (uz osnov).</translation>
    </message>
    <message>
        <source>Choose e-mail or SMS.</source>
        <translation>Izaberite e-poštu ili SMS.</translation>
    </message>
    <message>
        <source>The code was refused.</source>
        <translation>Kod je odbijen.</translation>
    </message>
    <message>
        <source>This computer has no password keyring, so codes cannot be queued safely. Ask IT to enable the keyring.</source>
        <translation>Ovaj računar nema skladište lozinki, pa kodovi ne mogu bezbedno da se stave u red za slanje. Zamolite IT službu da omogući skladište lozinki.</translation>
    </message>
    <message>
        <source>The client portal is for customers of the Serbian market.</source>
        <translation>Klijentski portal je namenjen klijentima srpskog tržišta.</translation>
    </message>
    <message>
        <source>This record was merged into another; open that one.</source>
        <translation>Ovaj zapis je spojen sa drugim; otvorite taj zapis.</translation>
    </message>
    <message>
        <source>No life, motor hull or household policy as policyholder, no health policy as insured person, and no claim.</source>
        <translation>Klijent nije ugovarač osiguranja na polisi životnog osiguranja, kaska ili osiguranja domaćinstva, nije osiguranik na polisi zdravstvenog osiguranja i nema štetu.</translation>
    </message>
    <message>
        <source>The customer is a minor: a parent or guardian registers instead.</source>
        <translation>Klijent je maloletan: umesto njega se registruje roditelj ili staratelj.</translation>
    </message>
    <message>
        <source>This e-mail or mobile is not the contact of record: it is on no policy or claim and was not verified at the desk against an identity document.</source>
        <translation>Ova imejl adresa ili broj mobilnog nije evidentirani kontakt: nije naveden ni na jednoj polisi ili šteti i nije proveren u poslovnici uz lični dokument.</translation>
    </message>
    <message>
        <source>The contact was changed at the desk recently: a supervisor must confirm its verification before a code is sent there.</source>
        <translation>Kontakt je nedavno promenjen u poslovnici: rukovodilac mora da potvrdi proveru pre nego što se kod pošalje na njega.</translation>
    </message>
    <message>
        <source>A second person confirms: not the agent who verified or changed it.</source>
        <translation>Potvrđuje druga osoba: ne agent koji je kontakt proverio ili promenio.</translation>
    </message>
    <message>
        <source>No parent or guardian of this minor is recorded under that name.</source>
        <translation>Ova osoba nije evidentirana kao roditelj ili staratelj ovog maloletnika.</translation>
    </message>
    <message>
        <source>The guardian could not be recorded.</source>
        <translation>Staratelj nije mogao da bude evidentiran.</translation>
    </message>
    <message>
        <source>Say what proves it (a birth certificate, a court decision).</source>
        <translation>Navedite dokaz (izvod iz matične knjige rođenih, sudska odluka).</translation>
    </message>
    <message>
        <source>Only a minor (under 18) has a guardian recorded.</source>
        <translation>Staratelj se evidentira samo za maloletnika (mlađeg od 18 godina).</translation>
    </message>
    <message>
        <source>A parent or guardian must be 18 or older.</source>
        <translation>Roditelj ili staratelj mora imati najmanje 18 godina.</translation>
    </message>
    <message>
        <source>The parent or guardian must be a customer of the same market.</source>
        <translation>Roditelj ili staratelj mora biti klijent istog tržišta.</translation>
    </message>
    <message>
        <source>A person cannot be their own guardian.</source>
        <translation>Osoba ne može biti sama sebi staratelj.</translation>
    </message>
    <message>
        <source>The contact could not be verified.</source>
        <translation>Kontakt nije mogao da bude proveren.</translation>
    </message>
    <message>
        <source>Identify the person first: no identity check is recorded.</source>
        <translation>Prvo identifikujte osobu: provera identiteta nije evidentirana.</translation>
    </message>
    <message>
        <source>There is neither an e-mail nor a mobile number of record.</source>
        <translation>Nema ni evidentirane e-adrese ni broja mobilnog.</translation>
    </message>
    <message>
        <source>Unknown delivery channel.</source>
        <translation>Nepoznat kanal dostave.</translation>
    </message>
    <message>
        <source>No e-mail server is set up (Settings, gateways).</source>
        <translation>Server e-pošte nije podešen (Podešavanja, prolazi za e-poštu i SMS).</translation>
    </message>
    <message>
        <source>The e-mail server&apos;s password is not in the keyring.</source>
        <translation>Lozinka servera e-pošte nije u skladištu lozinki.</translation>
    </message>
    <message>
        <source>No SMS gateway is set up (Settings, gateways).</source>
        <translation>SMS prolaz nije podešen (Podešavanja, prolazi za e-poštu i SMS).</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s token is not in the keyring.</source>
        <translation>Token SMS prolaza nije u skladištu lozinki.</translation>
    </message>
    <message>
        <source>This computer cannot read the queued message (different outbox key).</source>
        <translation>Ovaj računar ne može da pročita poruku u redu za slanje (drugačiji ključ odlazne pošte).</translation>
    </message>
    <message>
        <source>Not sent: a newer code replaced this one.</source>
        <translation>Nije poslato: noviji kod je zamenio ovaj.</translation>
    </message>
    <message>
        <source>Not sent: the code expired before it could be delivered.</source>
        <translation>Nije poslato: kod je istekao pre nego što je mogao da bude isporučen.</translation>
    </message>
    <message>
        <source>The message text is gone.</source>
        <translation>Tekst poruke više ne postoji.</translation>
    </message>
    <message>
        <source>This message cannot be sent as it is; it failed alone, the others go on.</source>
        <translation>Ova poruka ne može da se pošalje ovakva kakva je; neuspela je samo ona, ostale se šalju dalje.</translation>
    </message>
    <message>
        <source>The address of record holds characters no message can be sent to.</source>
        <translation>Evidentirana adresa sadrži znakove na koje nijedna poruka ne može da se pošalje.</translation>
    </message>
    <message>
        <source>The SMS gateway address is not https:// (Settings, gateways).</source>
        <translation>Adresa SMS prolaza nije https:// (Podešavanja, prolazi).</translation>
    </message>
    <message>
        <source>Unconfirmed: the sender stopped while the e-mail server was receiving it, so it may have arrived. Not sent again; ask the customer, or Retry for a new code.</source>
        <translation>Nepotvrđeno: slanje je prekinuto dok ga je server e-pošte primao, pa je poruka možda stigla. Nije ponovo poslata; pitajte klijenta ili izaberite Pokušaj ponovo za novi kod.</translation>
    </message>
    <message>
        <source>Only a message still waiting to be sent, or a failed portal-code message (a new code is issued), can be retried.</source>
        <translation>Ponovo se može poslati samo poruka koja još čeka na slanje ili neuspela poruka sa kodom za portal (izdaje se novi kod).</translation>
    </message>
    <message>
        <source>Only a message still waiting to be sent can be cancelled.</source>
        <translation>Može se otkazati samo poruka koja još čeka na slanje.</translation>
    </message>
    <message>
        <source>Cancelled by a supervisor; the code was revoked.</source>
        <translation>Otkazao rukovodilac; kod je opozvan.</translation>
    </message>
    <message>
        <source>The customer already had a portal code.</source>
        <translation>Klijent je već imao kod za portal.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Klijent više ne postoji.</translation>
    </message>
    <message>
        <source>No customer of your market has this JMBG: add the parent or guardian first.</source>
        <translation>Nijedan klijent vašeg tržišta nema ovaj JMBG: prvo dodajte roditelja ili staratelja.</translation>
    </message>
    <message>
        <source>Not done: this store is not a demo, and an administrator has not yet recorded “{setting}” (Settings, Deployment settings). Nothing was sent, printed or saved.</source>
        <translation>Nije urađeno: ova baza nije demo, a administrator još nije upisao „{setting}“ (Podešavanja, Podešavanja instalacije). Ništa nije poslato, odštampano ni sačuvano.</translation>
    </message>
    <message>
        <source>Only an empty database can become a demo database.</source>
        <translation>Samo prazna baza može postati demo baza.</translation>
    </message>
    <message>
        <source>Enter the full https:// address of the page.</source>
        <translation>Unesite punu adresu stranice sa https://.</translation>
    </message>
    <message>
        <source>This is a placeholder (an example address), not the insurer&apos;s own.</source>
        <translation>Ovo je primer adrese, a ne adresa osiguravača.</translation>
    </message>
    <message>
        <source>Portal code e-mails and SMS (RS)</source>
        <translation>Imejl i SMS sa kodom za portal (RS)</translation>
    </message>
    <message>
        <source>ZAME enrollment form and enrollment (SI)</source>
        <translation>Pristupnica ZAME i učlanjenje (SI)</translation>
    </message>
    <message>
        <source>ZAME points statement and discounts (SI)</source>
        <translation>Izvod poena ZAME i popusti (SI)</translation>
    </message>
    <message>
        <source>Accident quotes and certificates (BG)</source>
        <translation>Ponude i sertifikati osiguranja od nezgode (BG)</translation>
    </message>
    <message>
        <source>Accident certificate (BG)</source>
        <translation>Sertifikat osiguranja od nezgode (BG)</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n fields; the header has {expected}.</source>
        <translation>
            <numerusform>Ovaj red ima %n polje; zaglavlje ih ima {expected}.</numerusform>
            <numerusform>Ovaj red ima %n polja; zaglavlje ih ima {expected}.</numerusform>
            <numerusform>Ovaj red ima %n polja; zaglavlje ih ima {expected}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n codes per customer per hour. Try again later.</source>
        <translation>
            <numerusform>Najviše %n kod po klijentu na sat. Pokušajte ponovo kasnije.</numerusform>
            <numerusform>Najviše %n koda po klijentu na sat. Pokušajte ponovo kasnije.</numerusform>
            <numerusform>Najviše %n kodova po klijentu na sat. Pokušajte ponovo kasnije.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n codes per customer per day. Try again tomorrow.</source>
        <translation>
            <numerusform>Najviše %n kod po klijentu na dan. Pokušajte ponovo sutra.</numerusform>
            <numerusform>Najviše %n koda po klijentu na dan. Pokušajte ponovo sutra.</numerusform>
            <numerusform>Najviše %n kodova po klijentu na dan. Pokušajte ponovo sutra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>The accident insurance was refused.</source>
        <translation>Osiguranje od nezgode je odbijeno.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer to keep the certificate signing key: certificates cannot be issued here.</source>
        <translation>Ovaj računar nema upotrebljivo skladište lozinki za čuvanje ključa za potpisivanje potvrda: potvrde se ovde ne mogu izdavati.</translation>
    </message>
    <message>
        <source>Choose clause A or B.</source>
        <translation>Izaberite klauzulu A ili B.</translation>
    </message>
    <message>
        <source>Clause A insures exactly one person.</source>
        <translation>Klauzula A osigurava tačno jednu osobu.</translation>
    </message>
    <message>
        <source>Clause B (group) needs at least two persons.</source>
        <translation>Za klauzulu B (grupa) potrebne su najmanje dve osobe.</translation>
    </message>
    <message>
        <source>Choose the purpose of the insurance.</source>
        <translation>Izaberite namenu osiguranja.</translation>
    </message>
    <message>
        <source>Unknown risk.</source>
        <translation>Nepoznat rizik.</translation>
    </message>
    <message>
        <source>Enter an amount in euro with at most two decimals.</source>
        <translation>Unesite iznos u evrima sa najviše dve decimale.</translation>
    </message>
    <message>
        <source>The sum insured must be between {minimum} and {maximum} EUR.</source>
        <translation>Suma osiguranja mora biti između {minimum} i {maximum} EUR.</translation>
    </message>
    <message>
        <source>The basic covers are required: enter a sum insured.</source>
        <translation>Osnovna pokrića su obavezna: unesite sumu osiguranja.</translation>
    </message>
    <message>
        <source>The insurance can start on {earliest} at the earliest.</source>
        <translation>Osiguranje može da počne najranije {earliest}.</translation>
    </message>
    <message>
        <source>The term is at most a year: the last possible end date is {latest}.</source>
        <translation>Trajanje je najviše godinu dana: poslednji mogući datum završetka je {latest}.</translation>
    </message>
    <message>
        <source>At most 100 characters.</source>
        <translation>Najviše 100 znakova.</translation>
    </message>
    <message>
        <source>An insured person needs an ЕГН or a ЛНЧ.</source>
        <translation>Osigurano lice mora imati ЕГН ili ЛНЧ.</translation>
    </message>
    <message>
        <source>The ЕГН encodes another birth date ({encoded}).</source>
        <translation>ЕГН sadrži drugi datum rođenja ({encoded}).</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>Ova osoba je već na spisku.</translation>
    </message>
    <message>
        <source>Choose the policyholder among the customers.</source>
        <translation>Izaberite ugovarača osiguranja među klijentima.</translation>
    </message>
    <message>
        <source>The policyholder must be a customer of the Bulgarian market.</source>
        <translation>Ugovarač osiguranja mora biti klijent bugarskog tržišta.</translation>
    </message>
    <message>
        <source>The policyholder must be at least {minimum} years old.</source>
        <translation>Ugovarač osiguranja mora imati najmanje {minimum} godina.</translation>
    </message>
    <message>
        <source>Identify the policyholder first: no identity check is recorded.</source>
        <translation>Prvo identifikujte ugovarača osiguranja: provera identiteta nije evidentirana.</translation>
    </message>
    <message>
        <source>This customer has no ЕГН or ЛНЧ on record.</source>
        <translation>Ovaj klijent nema evidentiran ЕГН ili ЛНЧ.</translation>
    </message>
    <message>
        <source>Nobody on the list can be insured.</source>
        <translation>Nijedna osoba sa spiska ne može da se osigura.</translation>
    </message>
    <message>
        <source>The amount paid must equal the total, {total} EUR.</source>
        <translation>Plaćeni iznos mora biti jednak ukupnom iznosu, {total} EUR.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>Najviše 64 znaka.</translation>
    </message>
    <message>
        <source>The payment time is in the future.</source>
        <translation>Vreme plaćanja je u budućnosti.</translation>
    </message>
    <message>
        <source>A certificate was already issued for this quote.</source>
        <translation>Za ovu ponudu je potvrda već izdata.</translation>
    </message>
    <message>
        <source>The quote was valid until {valid_until}: make a new one.</source>
        <translation>Ponuda je važila do {valid_until}: napravite novu.</translation>
    </message>
    <message>
        <source>Cover starts the day after payment at the earliest ({earliest}): make a new quote.</source>
        <translation>Pokriće počinje najranije dan nakon plaćanja ({earliest}): napravite novu ponudu.</translation>
    </message>
    <message>
        <source>Checked for today, the quote comes out differently (an age, say): make a new quote.</source>
        <translation>Kada se proveri za današnji dan, ponuda ispada drugačija (npr. zbog starosti): napravite novu ponudu.</translation>
    </message>
    <message>
        <source>The certificate is already cancelled.</source>
        <translation>Potvrda je već stornirana.</translation>
    </message>
    <message>
        <source>The cover has started: the certificate can no longer be cancelled.</source>
        <translation>Pokriće je već počelo: potvrda više ne može da se stornira.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Datoteka ne može da se pročita.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Datoteka je prazna.</translation>
    </message>
    <message>
        <source>Columns missing from the header: {columns}.</source>
        <translation>U zaglavlju nedostaju kolone: {columns}.</translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation>Upišite yes ili no.</translation>
    </message>
    <message>
        <source>This is not a day: write the day, the month and the four-digit year.</source>
        <translation>Ovo nije datum: upišite dan, mesec i četvorocifrenu godinu.</translation>
    </message>
    <message>
        <source>The tariff lacks the section “{section}”.</source>
        <translation>U tarifi nedostaje odeljak „{section}“.</translation>
    </message>
    <message>
        <source>The tariff must price each of the six risks, and nothing else.</source>
        <translation>Tarifa mora da odredi cenu za svaki od šest rizika i ni za šta drugo.</translation>
    </message>
    <message>
        <source>The risk “{risk}” needs a group (basic or additional).</source>
        <translation>Rizik „{risk}“ mora imati grupu (osnovno ili dopunsko pokriće).</translation>
    </message>
    <message>
        <source>Enter a positive number.</source>
        <translation>Unesite pozitivan broj.</translation>
    </message>
    <message>
        <source>The highest sum is below the lowest.</source>
        <translation>Najviša suma je manja od najniže.</translation>
    </message>
    <message>
        <source>The age bands must cover every eligible age once, without gaps.</source>
        <translation>Starosne grupe moraju da obuhvate svaku dozvoljenu starost tačno jednom, bez praznina.</translation>
    </message>
    <message>
        <source>The short-term scale must reach a whole year (366 days).</source>
        <translation>Skala za kratkoročna osiguranja mora da dostigne celu godinu (366 dana).</translation>
    </message>
    <message>
        <source>A percentage between 0 and 100.</source>
        <translation>Procenat između 0 i 100.</translation>
    </message>
    <message>
        <source>No ZAME discount: ZAME is a Slovenian loyalty programme and does not apply to Bulgarian accident insurance.</source>
        <translation>Bez ZAME popusta: ZAME je slovenački program lojalnosti i ne primenjuje se na bugarsko osiguranje od nezgode.</translation>
    </message>
    <message>
        <source>The minimum premium applies.</source>
        <translation>Primenjuje se minimalna premija.</translation>
    </message>
    <message>
        <source>Insured without the death risk: under 14.</source>
        <translation>Osiguran bez rizika smrti: mlađi od 14 godina.</translation>
    </message>
    <message>
        <source>Insured without the death risk: under full legal interdiction.</source>
        <translation>Osiguran bez rizika smrti: potpuno lišen poslovne sposobnosti.</translation>
    </message>
    <message>
        <source>Cover ends on the last day this person is 68.</source>
        <translation>Pokriće prestaje poslednjeg dana u kojem osoba ima 68 godina.</translation>
    </message>
    <message>
        <source>Refused: only people aged 0 to 68 can be insured.</source>
        <translation>Odbijeno: mogu se osigurati samo osobe od 0 do 68 godina.</translation>
    </message>
    <message>
        <source>Refused: this person turns 69 before the insurance starts.</source>
        <translation>Odbijeno: osoba puni 69 godina pre početka osiguranja.</translation>
    </message>
    <message>
        <source>Refused: lost more than 50 % of working capacity.</source>
        <translation>Odbijeno: gubitak radne sposobnosti veći od 50 %.</translation>
    </message>
    <message>
        <source>Refused: a foreigner (ЛНЧ) is insured only when permanently resident in Bulgaria.</source>
        <translation>Odbijeno: stranac (ЛНЧ) se osigurava samo ako je stalno nastanjen u Bugarskoj.</translation>
    </message>
    <message>
        <source>Genuine and in force: issued by this insurer and not cancelled.</source>
        <translation>Autentično i na snazi: izdao ga je ovaj osiguravač i nije poništeno.</translation>
    </message>
    <message>
        <source>Genuine, but cancelled: this certificate is not in force.</source>
        <translation>Autentično, ali poništeno: ovaj sertifikat nije na snazi.</translation>
    </message>
    <message>
        <source>Not issued by this insurer.</source>
        <translation>Nije izdao ovaj osiguravač.</translation>
    </message>
    <message>
        <source>Altered: what is printed is not what was signed.</source>
        <translation>Izmenjeno: odštampano nije ono što je potpisano.</translation>
    </message>
    <message>
        <source>The cancellation list is damaged or not signed by a trusted publisher.</source>
        <translation>Spisak poništenih je oštećen ili ga nije potpisao pouzdan izdavač.</translation>
    </message>
    <message>
        <source>This workstation&apos;s signing key was retired: no certificate can be issued with it.</source>
        <translation>Ključ za potpisivanje ove radne stanice je povučen: njime se ne može izdati nijedan sertifikat.</translation>
    </message>
    <message>
        <source>This is not a certificate&apos;s QR code.</source>
        <translation>Ovo nije QR kod potvrde.</translation>
    </message>
    <message>
        <source>{risk}: {sum} EUR × {rate} ‰ a year</source>
        <translation>{risk}: {sum} EUR × {rate} ‰ godišnje</translation>
    </message>
    <message>
        <source>Yearly premium</source>
        <translation>Godišnja premija</translation>
    </message>
    <message>
        <source>Age {age}: × {factor}</source>
        <translation>Starost {age}: × {factor}</translation>
    </message>
    <message>
        <source>Purpose {purpose}: × {factor}</source>
        <translation>Namena {purpose}: × {factor}</translation>
    </message>
    <message>
        <source>Raised to the minimum premium, {minimum} EUR</source>
        <translation>Povećano na minimalnu premiju, {minimum} EUR</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premija</translation>
    </message>
    <message>
        <source>Insurance premium tax {rate} %</source>
        <translation>Porez na premiju osiguranja {rate} %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>This ZAME action is not possible.</source>
        <translation>Ova radnja u programu ZAME nije moguća.</translation>
    </message>
    <message>
        <source>This person cannot join ZAME yet; the reasons are listed below.</source>
        <translation>Ova osoba još ne može da se učlani u ZAME; razlozi su navedeni u nastavku.</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Nepoznat kanal: {channel}.</translation>
    </message>
    <message>
        <source>The signature time lies in the future.</source>
        <translation>Vreme potpisivanja je u budućnosti.</translation>
    </message>
    <message>
        <source>Unknown kind of consent.</source>
        <translation>Nepoznata vrsta saglasnosti.</translation>
    </message>
    <message>
        <source>Unknown activity.</source>
        <translation>Nepoznata aktivnost.</translation>
    </message>
    <message>
        <source>Unknown source of the activity.</source>
        <translation>Nepoznat izvor aktivnosti.</translation>
    </message>
    <message>
        <source>No ZAME member with this number.</source>
        <translation>Ne postoji član programa ZAME sa ovim brojem.</translation>
    </message>
    <message>
        <source>Generali Investments&apos; answer is of {as_of}: not this month&apos;s re-check of {day}.</source>
        <translation>Odgovor Generali Investments je od {as_of}: nije odgovor za mesečnu proveru {day}.</translation>
    </message>
    <message>
        <source>The day lies in the future.</source>
        <translation>Dan je u budućnosti.</translation>
    </message>
    <message>
        <source>The membership {member_number} has ended: nothing can be added to it.</source>
        <translation>Članstvo {member_number} je prestalo: ništa više ne može da mu se doda.</translation>
    </message>
    <message>
        <source>An exit can only be requested for an active membership.</source>
        <translation>Istupanje se može zatražiti samo za aktivno članstvo.</translation>
    </message>
    <message>
        <source>Only an exit request that has not yet taken effect can be withdrawn.</source>
        <translation>Može da se povuče samo zahtev za istupanje koji još nije stupio na snagu.</translation>
    </message>
    <message>
        <source>The exit request cannot be older than the membership.</source>
        <translation>Zahtev za istupanje ne može biti stariji od članstva.</translation>
    </message>
    <message>
        <source>This offer is not valid today (expired, not yet valid, or withdrawn).</source>
        <translation>Ova ponuda danas ne važi (istekla je, još ne važi ili je povučena).</translation>
    </message>
    <message>
        <source>The member&apos;s level is too low for this offer.</source>
        <translation>Nivo člana je prenizak za ovu ponudu.</translation>
    </message>
    <message>
        <source>This offer is for the member only: family members may not use it.</source>
        <translation>Ova ponuda je samo za člana: članovi porodice ne mogu da je koriste.</translation>
    </message>
    <message>
        <source>The member has no e-mail address of record for the coupon.</source>
        <translation>Član nema evidentiranu e-adresu na koju bi primio kupon.</translation>
    </message>
    <message>
        <source>Choose an area.</source>
        <translation>Izaberite oblast.</translation>
    </message>
    <message>
        <source>Choose a level.</source>
        <translation>Izaberite nivo.</translation>
    </message>
    <message>
        <source>The offer cannot end before it starts.</source>
        <translation>Ponuda ne može da se završi pre nego što počne.</translation>
    </message>
    <message>
        <source>The person must sign this document before joining.</source>
        <translation>Osoba mora da potpiše ovaj dokument pre učlanjenja.</translation>
    </message>
    <message>
        <source>Enter a whole number of points (0 or more).</source>
        <translation>Unesite ceo broj bodova (0 ili više).</translation>
    </message>
    <message>
        <source>This part of the points table is missing.</source>
        <translation>Ovaj deo tabele bodova nedostaje.</translation>
    </message>
    <message>
        <source>The points table has no row for {item}.</source>
        <translation>U tabeli bodova nema reda za {item}.</translation>
    </message>
    <message>
        <source>The points table has an unknown row: {item}.</source>
        <translation>Tabela bodova sadrži nepoznat red: {item}.</translation>
    </message>
    <message>
        <source>Rows counted as alternatives must be activities or consents of the table.</source>
        <translation>Redovi koji se računaju kao alternative moraju biti aktivnosti ili saglasnosti iz tabele.</translation>
    </message>
    <message>
        <source>The four levels need rising thresholds, Osnovni starting at 0.</source>
        <translation>Četiri nivoa zahtevaju rastuće pragove, pri čemu Osnovni počinje od 0.</translation>
    </message>
    <message>
        <source>The largest discount is at most 100 %.</source>
        <translation>Najveći popust može biti najviše 100 %.</translation>
    </message>
    <message>
        <source>A code of lower-case letters, digits and _ (at most 30), starting with a letter.</source>
        <translation>Šifra od malih slova, cifara i _ (najviše 30), koja počinje slovom.</translation>
    </message>
    <message>
        <source>The code {item} is used by another row.</source>
        <translation>Šifru {item} već koristi drugi red.</translation>
    </message>
    <message>
        <source>At most {maximum} other items.</source>
        <translation>Najviše {maximum} drugih stavki.</translation>
    </message>
    <message>
        <source>Only customers of the Slovenian market can join ZAME.</source>
        <translation>Samo klijenti slovenačkog tržišta mogu da se učlane u ZAME.</translation>
    </message>
    <message>
        <source>This record was merged into another: enroll that one.</source>
        <translation>Ovaj zapis je spojen sa drugim: učlanite taj zapis.</translation>
    </message>
    <message>
        <source>Members must be 18 or older on the day they join.</source>
        <translation>Član mora imati najmanje 18 godina na dan učlanjenja.</translation>
    </message>
    <message>
        <source>A Slovenian tax number (davčna številka) is required.</source>
        <translation>Potreban je slovenački poreski broj (davčna številka).</translation>
    </message>
    <message>
        <source>The tax number (davčna številka) of record is not valid.</source>
        <translation>Evidentirani poreski broj (davčna številka) nije važeći.</translation>
    </message>
    <message>
        <source>The terms require data that is missing from the customer&apos;s record.</source>
        <translation>Uslovi zahtevaju podatke koji nedostaju u zapisu klijenta.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>Ova osoba je već član.</translation>
    </message>
    <message>
        <source>This membership was not excluded; there is nothing to allow.</source>
        <translation>Ovo članstvo nije bilo isključeno; nema šta da se dozvoli.</translation>
    </message>
    <message>
        <source>This person was excluded from ZAME and can join again only when a supervisor allows it.</source>
        <translation>Ova osoba je bila isključena iz programa ZAME i može ponovo da pristupi samo ako to dozvoli rukovodilac.</translation>
    </message>
    <message>
        <source>No ZAME discount: the customer is not a member on that day.</source>
        <translation>Bez ZAME popusta: klijent tog dana nije član.</translation>
    </message>
    <message>
        <source>No ZAME discount: the membership has ended (exit or exclusion).</source>
        <translation>Bez ZAME popusta: članstvo je prestalo (istupanje ili isključenje).</translation>
    </message>
    <message>
        <source>No ZAME discount: ZAME is a Slovenian programme and this policy belongs to another market.</source>
        <translation>Bez ZAME popusta: ZAME je slovenački program, a ova polisa pripada drugom tržištu.</translation>
    </message>
    <message>
        <source>No ZAME discount: it applies to motor, home and accident policies only.</source>
        <translation>Bez ZAME popusta: primenjuje se samo na polise auto-osiguranja, osiguranja doma i osiguranja od nezgode.</translation>
    </message>
    <message>
        <source>Osnovni (basic)</source>
        <translation>Osnovni (osnovni nivo)</translation>
    </message>
    <message>
        <source>Bronasti (bronze)</source>
        <translation>Bronasti (bronzani nivo)</translation>
    </message>
    <message>
        <source>Srebrni (silver)</source>
        <translation>Srebrni (srebrni nivo)</translation>
    </message>
    <message>
        <source>Zlati (gold)</source>
        <translation>Zlati (zlatni nivo)</translation>
    </message>
    <message numerus="yes">
        <source>Term of %n days: {percent} % of the yearly premium</source>
        <translation>
            <numerusform>Trajanje %n dan: {percent} % godišnje premije</numerusform>
            <numerusform>Trajanje %n dana: {percent} % godišnje premije</numerusform>
            <numerusform>Trajanje %n dana: {percent} % godišnje premije</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Premium of %n person(s)</source>
        <translation>
            <numerusform>Premija za %n osobu</numerusform>
            <numerusform>Premija za %n osobe</numerusform>
            <numerusform>Premija za %n osoba</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group discount {percent} % for %n persons (−{discount} EUR)</source>
        <translation>
            <numerusform>Grupni popust {percent} % za %n osobu (−{discount} EUR)</numerusform>
            <numerusform>Grupni popust {percent} % za %n osobe (−{discount} EUR)</numerusform>
            <numerusform>Grupni popust {percent} % za %n osoba (−{discount} EUR)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAgentDialog</name>
    <message>
        <source>New agent</source>
        <translation>Novi agent</translation>
    </message>
    <message>
        <source>The agent signs in with this password once and then chooses their own.</source>
        <translation>Agent se ovom lozinkom prijavljuje jednom, a zatim bira sopstvenu.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Korisničko ime</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Ime i prezime</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Filijala</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Uloga</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lozinka</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Lozinka &amp;ponovo</translation>
    </message>
    <message>
        <source>e.g. maja.novak</source>
        <translation>npr. marija.petrovic</translation>
    </message>
    <message>
        <source>&amp;Create agent</source>
        <translation>Kreiraj &amp;agenta</translation>
    </message>
</context>
<context>
    <name>NewBranchDialog</name>
    <message>
        <source>New branch</source>
        <translation>Nova filijala</translation>
    </message>
    <message>
        <source>The market decides which sections the branch&apos;s agents see; times are shown in the branch&apos;s time zone.</source>
        <translation>Tržište određuje koje odeljke vide agenti filijale; vremena se prikazuju u vremenskoj zoni filijale.</translation>
    </message>
    <message>
        <source>Branch &amp;code</source>
        <translation>&amp;Oznaka filijale</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>&amp;Naziv filijale</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Tržište</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Vremenska zona</translation>
    </message>
    <message>
        <source>e.g. MB-CENTER</source>
        <translation>npr. BG-CENTAR</translation>
    </message>
    <message>
        <source>C&amp;reate branch</source>
        <translation>&amp;Kreiraj filijalu</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>New partner offer</source>
        <translation>Nova partnerska ponuda</translation>
    </message>
    <message>
        <source>Partner offer</source>
        <translation>Partnerska ponuda</translation>
    </message>
    <message>
        <source>Family members the member names may use it</source>
        <translation>Mogu da je koriste i članovi porodice koje član odredi</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>Više se ne nudi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
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
        <translation>povučena</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>u ponudi</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>&amp;New offer…</source>
        <translation>&amp;Nova ponuda…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Izmeni…</translation>
    </message>
    <message>
        <source>Partner offers</source>
        <translation>Partnerske ponude</translation>
    </message>
</context>
<context>
    <name>OpenQuoteList</name>
    <message>
        <source>Continue to pa&amp;yment…</source>
        <translation>Na&amp;stavi na plaćanje…</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>Nastavi na plaćanje</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment</source>
        <translation>Sačuvane ponude koje čekaju plaćanje</translation>
    </message>
    <message>
        <source>No saved quote waiting for payment.</source>
        <translation>Nijedna sačuvana ponuda ne čeka plaćanje.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Working</source>
        <translation>Obrada</translation>
    </message>
    <message>
        <source>Please wait...</source>
        <translation>Sačekajte...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
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
        <translation>Primalac</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokušaji</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Sledeći pokušaj</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Kreirano</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslato</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Poslednja greška</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Outbox: e-mails and SMS with portal codes</source>
        <translation>&amp;Odlazne poruke: e-pošta i SMS sa kodovima za portal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Os&amp;veži</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Pokušaj ponovo</translation>
    </message>
    <message>
        <source>A waiting message is sent now; a failed portal-code message cannot be sent again (its text is erased), so the customer gets a new code by the same channel</source>
        <translation>Poruka koja čeka šalje se odmah; neuspela poruka sa kodom za portal ne može ponovo da se pošalje (njen tekst je obrisan), pa klijent dobija novi kod istim kanalom</translation>
    </message>
    <message>
        <source>&amp;Cancel message</source>
        <translation>Ot&amp;kaži poruku</translation>
    </message>
    <message>
        <source>Do not send this waiting message; its code is revoked</source>
        <translation>Ne šalji ovu poruku koja čeka; njen kod se opoziva</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Odlazne poruke</translation>
    </message>
    <message>
        <source>The text of a failed message is erased, so a new code was issued and queued to {destination}.</source>
        <translation>Tekst neuspele poruke je obrisan, pa je izdat novi kod i stavljen u red za slanje na {destination}.</translation>
    </message>
    <message>
        <source>The message will be sent with the next sending round.</source>
        <translation>Poruka će biti poslata u sledećem krugu slanja.</translation>
    </message>
    <message>
        <source>The message is cancelled and its code revoked.</source>
        <translation>Poruka je otkazana, a njen kod opozvan.</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>Wrong passwords before an account locks</source>
        <translation>Pogrešne lozinke do blokade naloga</translation>
    </message>
    <message>
        <source>Minutes a locked account stays locked</source>
        <translation>Trajanje blokade naloga (minuti)</translation>
    </message>
    <message>
        <source>Shortest allowed password</source>
        <translation>Najmanja dužina lozinke</translation>
    </message>
    <message>
        <source>Idle minutes before the window locks</source>
        <translation>Minuti neaktivnosti do zaključavanja prozora</translation>
    </message>
    <message>
        <source>Minutes a portal code sent by SMS stays valid</source>
        <translation>Važenje koda za portal poslatog SMS-om (minuti)</translation>
    </message>
    <message>
        <source>Minutes a portal code sent by e-mail stays valid</source>
        <translation>Važenje koda za portal poslatog e-poštom (minuti)</translation>
    </message>
    <message>
        <source>Portal codes per customer per hour</source>
        <translation>Kodovi za portal po klijentu na sat</translation>
    </message>
    <message>
        <source>Portal codes per customer per day</source>
        <translation>Kodovi za portal po klijentu dnevno</translation>
    </message>
    <message>
        <source>Wrong guesses before a portal code locks</source>
        <translation>Pogrešni pokušaji do zaključavanja koda za portal</translation>
    </message>
    <message>
        <source>Client portal registration address</source>
        <translation>Adresa za registraciju na klijentskom portalu</translation>
    </message>
    <message>
        <source>Days after a policy ends when its holder still gets a portal code</source>
        <translation>Dani posle isteka polise kada ugovarač još dobija kod za portal</translation>
    </message>
    <message>
        <source>Days after a desk change of contact when a supervisor must confirm it</source>
        <translation>Dani posle promene kontakta u poslovnici kada rukovodilac mora da je potvrdi</translation>
    </message>
    <message>
        <source>Branches that show leva beside euro on accident quotes</source>
        <translation>Filijale koje na ponudama za osiguranje od nezgode pored evra prikazuju leve</translation>
    </message>
    <message>
        <source>Days an accident quote can still be paid</source>
        <translation>Dani u kojima se ponuda za osiguranje od nezgode još može platiti</translation>
    </message>
    <message>
        <source>Accident insurance tariff</source>
        <translation>Tarifa osiguranja od nezgode</translation>
    </message>
    <message>
        <source>ZAME consent wording (version)</source>
        <translation>Tekst saglasnosti ZAME (verzija)</translation>
    </message>
    <message>
        <source>Working days to carry out a ZAME exit</source>
        <translation>Radni dani za sprovođenje istupanja iz ZAME</translation>
    </message>
    <message>
        <source>Days an investor check counts for ZAME points</source>
        <translation>Dani u kojima se provera investitora računa za ZAME bodove</translation>
    </message>
    <message>
        <source>ZAME privacy notice (version)</source>
        <translation>Obaveštenje o privatnosti ZAME (verzija)</translation>
    </message>
    <message>
        <source>ZAME points table and levels</source>
        <translation>Tabela bodova i nivoa ZAME</translation>
    </message>
    <message>
        <source>ZAME general terms (version)</source>
        <translation>Opšti uslovi ZAME (verzija)</translation>
    </message>
    <message>
        <source>Insurer&apos;s name on the certificate</source>
        <translation>Naziv osiguravača na sertifikatu</translation>
    </message>
    <message>
        <source>Insurer&apos;s registration, seat and address on the certificate</source>
        <translation>Registracija, sedište i adresa osiguravača na sertifikatu</translation>
    </message>
    <message>
        <source>Insurer&apos;s website for the general terms and the solvency report</source>
        <translation>Veb-sajt osiguravača sa opštim uslovima i izveštajem o solventnosti</translation>
    </message>
    <message>
        <source>Insurer&apos;s address for complaints</source>
        <translation>Adresa osiguravača za žalbe</translation>
    </message>
    <message>
        <source>none (euro only)</source>
        <translation>nijedna (samo evri)</translation>
    </message>
    <message>
        <source>all branches</source>
        <translation>sve filijale</translation>
    </message>
    <message>
        <source>Shipped default</source>
        <translation>Podrazumevana vrednost</translation>
    </message>
    <message>
        <source>Recorded by an administrator</source>
        <translation>Uneo administrator</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Zakazano</translation>
    </message>
    <message>
        <source>(a table, see its screen)</source>
        <translation>(tabela, pogledajte njen ekran)</translation>
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
        <translation>Važi od</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment and issue</source>
        <translation>Plaćanje i izdavanje</translation>
    </message>
    <message>
        <source>Record the card payment as the terminal printed it. The certificate is issued with the payment; its cover starts on {start} at 00:00 (Sofia time).</source>
        <translation>Unesite plaćanje karticom onako kako ga je terminal odštampao. Potvrda se izdaje uz plaćanje; pokriće počinje {start} u 00:00 (po vremenu u Sofiji).</translation>
    </message>
    <message>
        <source>Total to pay: {total}</source>
        <translation>Ukupno za plaćanje: {total}</translation>
    </message>
    <message>
        <source>Terminal &amp;reference</source>
        <translation>&amp;Referenca terminala</translation>
    </message>
    <message>
        <source>&amp;Amount paid (EUR)</source>
        <translation>&amp;Plaćeni iznos (EUR)</translation>
    </message>
    <message>
        <source>Paid a&amp;t</source>
        <translation>Plaćeno &amp;u</translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation>&amp;Izdaj potvrdu</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Od&amp;štampaj…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Sačuvaj kao PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Štampanje: {title}</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Čuvanje dokumenta</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not print.</source>
        <translation>Štampač nije mogao da odštampa.</translation>
    </message>
    <message>
        <source>The file could not be written: {path}</source>
        <translation>Datoteka nije mogla da se upiše: {path}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Sačuvano: {path}.</translation>
    </message>
    <message>
        <source>Saved {path}: {what}.</source>
        <translation>Sačuvano u {path}: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to {printer}: {what}, %n page(s).</source>
        <translation>
            <numerusform>Poslato na {printer}: {what}, %n strana.</numerusform>
            <numerusform>Poslato na {printer}: {what}, %n strane.</numerusform>
            <numerusform>Poslato na {printer}: {what}, %n strana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to {printer}: %n page(s).</source>
        <translation>
            <numerusform>Poslato na {printer}: %n strana.</numerusform>
            <numerusform>Poslato na {printer}: %n strane.</numerusform>
            <numerusform>Poslato na {printer}: %n strana.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonResultsModel</name>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Starost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cover until</source>
        <translation>Pokriće do</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premija</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
</context>
<context>
    <name>PointsChart</name>
    <message>
        <source>Daily points history</source>
        <translation>Dnevna istorija bodova</translation>
    </message>
    <message>
        <source>No points counted yet: the daily run counts them each night.</source>
        <translation>Bodovi još nisu obračunati: dnevni obračun ih računa svake noći.</translation>
    </message>
    <message>
        <source>Points at the close of each day</source>
        <translation>Bodovi na kraju svakog dana</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Bodovi</translation>
    </message>
</context>
<context>
    <name>PoliciesModel</name>
    <message>
        <source>Policy number</source>
        <translation>Broj polise</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Vrsta osiguranja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kraj</translation>
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
        <translation>Jednokratni sigurnosni kod omogućava klijentu da se registruje na klijentskom portalu. Šalje se samo na evidentiranu e-adresu ili broj mobilnog; niko na šalteru ga nikada ne vidi.</translation>
    </message>
    <message>
        <source>May get a code</source>
        <translation>Može da dobije kod</translation>
    </message>
    <message>
        <source>no code issued yet</source>
        <translation>kod još nije izdat</translation>
    </message>
    <message>
        <source>latest: {status}, by {channel} to {to}, {when}</source>
        <translation>poslednji: {status}, putem {channel} na {to}, {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) issued</source>
        <translation>
            <numerusform>izdat %n kod</numerusform>
            <numerusform>izdata %n koda</numerusform>
            <numerusform>izdato %n kodova</numerusform>
        </translation>
    </message>
    <message>
        <source>Client portal code</source>
        <translation>Kod za portal za klijente</translation>
    </message>
    <message>
        <source>I&amp;ssue code</source>
        <translation>Izd&amp;aj kod</translation>
    </message>
    <message>
        <source>Issue a new code and send it; an earlier unused code stops working</source>
        <translation>Izdaj novi kod i pošalji ga; raniji neiskorišćeni kod prestaje da važi</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Os&amp;veži</translation>
    </message>
    <message>
        <source>Code histor&amp;y</source>
        <translation>Istori&amp;ja kodova</translation>
    </message>
    <message>
        <source>Portal code history</source>
        <translation>Istorija kodova za portal</translation>
    </message>
    <message>
        <source>The second person: confirm a colleague&apos;s desk verification</source>
        <translation>Druga osoba: potvrdite proveru koju je obavio kolega</translation>
    </message>
    <message>
        <source>Verify contact at the desk…</source>
        <translation>Proveri kontakt na šalteru…</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Bez koda</translation>
    </message>
    <message>
        <source>Confirm verification</source>
        <translation>Odobri proveru</translation>
    </message>
    <message>
        <source>Record parent or guardian…</source>
        <translation>Upiši roditelja ili staratelja…</translation>
    </message>
    <message>
        <source>Issue to guardian</source>
        <translation>Izdaj staratelju</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Roditelj ili staratelj</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Provera…</translation>
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
        <translation>Ovaj klijent može da dobije kod za portal.</translation>
    </message>
    <message>
        <source>E-mail to {destination}</source>
        <translation>E-pošta na {destination}</translation>
    </message>
    <message>
        <source>E-mail (none of record)</source>
        <translation>E-pošta (nema evidentirane adrese)</translation>
    </message>
    <message>
        <source>SMS to {destination}</source>
        <translation>SMS na {destination}</translation>
    </message>
    <message>
        <source>SMS (no mobile of record)</source>
        <translation>SMS (nema evidentiranog broja mobilnog)</translation>
    </message>
    <message>
        <source>Revoke the earlier code</source>
        <translation>Opoziv prethodnog koda</translation>
    </message>
    <message>
        <source>The code sent by {old_channel} to {old_destination} on {when} has not been used yet. A new code revokes it: it stops working at once. Revoke it and send a new code by {channel} to {destination}?</source>
        <translation>Kod poslat {when} ({old_channel}, {old_destination}) još nije iskorišćen. Novi kod ga opoziva: odmah prestaje da važi. Opozvati ga i poslati novi kod ({channel}, {destination})?</translation>
    </message>
    <message>
        <source>Revoke and send new code</source>
        <translation>Opozovi i pošalji novi kod</translation>
    </message>
    <message>
        <source>Issuing the portal code</source>
        <translation>Izdavanje koda za portal</translation>
    </message>
    <message>
        <source>Code issued: {channel} to {destination}, valid until {expiry}. It is queued for sending; the history shows when it was sent.</source>
        <translation>Kod je izdat: {channel} na {destination}, važi do {expiry}. Stavljen je u red za slanje; u istoriji se vidi kada je poslat.</translation>
    </message>
    <message>
        <source>confirmed {when}</source>
        <translation>potvrđeno {when}</translation>
    </message>
    <message>
        <source>awaiting a supervisor&apos;s confirmation</source>
        <translation>čeka potvrdu nadređenog</translation>
    </message>
    <message>
        <source>{kind} {value} verified at the desk ({document}) {when}, {state}</source>
        <translation>{kind} {value} proveren na šalteru ({document}) {when}, {state}</translation>
    </message>
    <message>
        <source>Contact of record: as given on a policy or claim; no desk verification recorded.</source>
        <translation>Kontakt iz evidencije: kako je naveden na polisi ili odštetnom zahtevu; provera na šalteru nije upisana.</translation>
    </message>
    <message>
        <source>Parents and guardians: {names}</source>
        <translation>Roditelji i staratelji: {names}</translation>
    </message>
    <message>
        <source>A minor: record a parent or guardian, who then gets the code.</source>
        <translation>Maloletno lice: upišite roditelja ili staratelja, koji onda dobija kod.</translation>
    </message>
    <message>
        <source>Verification recorded.</source>
        <translation>Provera je upisana.</translation>
    </message>
    <message>
        <source>Parent or guardian recorded.</source>
        <translation>Roditelj ili staratelj je upisan.</translation>
    </message>
    <message>
        <source>Verification confirmed.</source>
        <translation>Provera je potvrđena.</translation>
    </message>
</context>
<context>
    <name>PortalCodes</name>
    <message>
        <source>Queued</source>
        <translation>U redu za slanje</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Slanje u toku</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Iskorišćeno</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Isteklo</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Zamenjeno</translation>
    </message>
    <message>
        <source>Locked (wrong guesses)</source>
        <translation>Zaključano (pogrešni pokušaji)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
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
        <translation>Kodovi za portal</translation>
    </message>
    <message>
        <source>Codes are issued from a customer&apos;s record: open the customer in Customers, then the &quot;Portal code&quot; tab. The code goes only to the e-mail or mobile of record, and the desk never sees it; each issue, delivery, use and failure is in the audit trail.</source>
        <translation>Kodovi se izdaju iz zapisa klijenta: otvorite klijenta u odeljku Klijenti, a zatim karticu „Kod za portal“. Kod se šalje samo na evidentiranu e-adresu ili broj mobilnog i na šalteru ga niko ne vidi; svako izdavanje, isporuka, korišćenje i greška beleže se u revizorskom tragu.</translation>
    </message>
    <message numerus="yes">
        <source>Codes &amp;issued in the last %n days</source>
        <translation>
            <numerusform>Kodovi &amp;izdati u poslednjih %n dan</numerusform>
            <numerusform>Kodovi &amp;izdati u poslednja %n dana</numerusform>
            <numerusform>Kodovi &amp;izdati u poslednjih %n dana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codes &amp;issued in the last %n days, all branches</source>
        <translation>
            <numerusform>Kodovi &amp;izdati u poslednjih %n dan, sve filijale</numerusform>
            <numerusform>Kodovi &amp;izdati u poslednja %n dana, sve filijale</numerusform>
            <numerusform>Kodovi &amp;izdati u poslednjih %n dana, sve filijale</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Osve&amp;ži</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Otvori k&amp;lijenta</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Otvori klijenta</translation>
    </message>
    <message>
        <source>Codes issued recently</source>
        <translation>Nedavno izdati kodovi</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Učitavam…</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kod</numerusform>
            <numerusform>%n koda</numerusform>
            <numerusform>%n kodova</numerusform>
        </translation>
    </message>
    <message>
        <source>No codes issued in these days. Issue one from a customer&apos;s record.</source>
        <translation>U ovim danima nije izdat nijedan kod. Kod se izdaje iz zapisa klijenta.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Fascikla</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Traži u:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Ime datoteke:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Vrsta datoteka:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Iza&amp;beri</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Fascikla:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nazad</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Idi nazad</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Napred</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Idi napred</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Nadređena fascikla</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Idi u nadređenu fasciklu</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Prikaz liste</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Pređi na prikaz liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Prikaz detalja</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Pređi na prikaz detalja</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bočna traka</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Spisak mesta i obeleživača</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Datoteke</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>P&amp;reimenuj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>O&amp;briši</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Prikaži &amp;skrivene datoteke</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova fascikla</translation>
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
        <translation>Fascikla ne može da se obriše.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 već postoji.
Želite li da zamenite postojeću datoteku?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Datoteka nije pronađena.
Proverite da li je ime datoteke ispravno.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fascikla nije pronađena.
Proverite da li je ime fascikle ispravno.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ je zaštićen od upisa.
Želite li ipak da ga obrišete?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Da li sigurno želite da obrišete „%1“?</translation>
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
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Izmenjeno</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Računar</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Sačuvaj sve</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;sve</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za sve</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Pokušaj ponovo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Primeni</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Vrati podrazumevano</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opcije &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opcije &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Štampaj</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Štampanje u datoteku (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokalna datoteka</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Upis PDF datoteke</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Vrednost „od“ ne može biti veća od vrednosti „do“.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Sve strane</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Neparne strane</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Parne strane</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Primerci</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Broj primeraka:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Složi po primercima</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Obrnutim redosledom</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Opseg štampe</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Štampaj sve</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Strane od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trenutna strana</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Izbor</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Podešavanja izlaza</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opcije</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Režim boja</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>U boji</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Nijanse sive</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>Dvostrana štampa</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Bez</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Duža strana</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Kraća strana</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Skup strana:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strane</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>S&amp;kup strana:</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dvostrana štampa</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Isključeno</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Povez po dužoj strani</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Povez po kraćoj strani</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Štampač</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Svojstva</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokacija:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Izlazna &amp;datoteka:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pregled</translation>
    </message>
</context>
<context>
    <name>QuoteWizard</name>
    <message>
        <source>New accident insurance quote</source>
        <translation>Nova ponuda osiguranja od nezgode</translation>
    </message>
    <message>
        <source>Policyholder (18 or older)</source>
        <translation>Ugovarač osiguranja (najmanje 18 godina)</translation>
    </message>
    <message>
        <source>Search the customers: name, ЕГН, ЛНЧ…</source>
        <translation>Pretraga klijenata: ime, ЕГН, ЛНЧ…</translation>
    </message>
    <message>
        <source>Policyholder search</source>
        <translation>Pretraga ugovarača osiguranja</translation>
    </message>
    <message>
        <source>Clause &amp;A: one person</source>
        <translation>Klauzula &amp;A: jedna osoba</translation>
    </message>
    <message>
        <source>Clause &amp;B: a group</source>
        <translation>Klauzula &amp;B: grupa</translation>
    </message>
    <message>
        <source>The policyholder is the insured person</source>
        <translation>Ugovarač osiguranja je osigurano lice</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Osigurana lica</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Dodaj &amp;osobu</translation>
    </message>
    <message>
        <source>Add the policyholder</source>
        <translation>Dodaj ugovarača osiguranja</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Uv&amp;ezi CSV…</translation>
    </message>
    <message>
        <source>Covers and sums insured (EUR)</source>
        <translation>Pokrića i sume osiguranja (EUR)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opciono)</translation>
    </message>
    <message>
        <source>Purpose and period</source>
        <translation>Namena i period</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Namena</translation>
    </message>
    <message>
        <source>&amp;Start (00:00)</source>
        <translation>&amp;Početak (00:00)</translation>
    </message>
    <message>
        <source>&amp;End (24:00)</source>
        <translation>&amp;Kraj (24:00)</translation>
    </message>
    <message>
        <source>empty: one year</source>
        <translation>prazno: jedna godina</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalje &gt;</translation>
    </message>
    <message>
        <source>Sa&amp;ve quote</source>
        <translation>&amp;Sačuvaj ponudu</translation>
    </message>
    <message>
        <source>&amp;Payment and issue…</source>
        <translation>Pla&amp;ćanje i izdavanje…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; Na&amp;zad</translation>
    </message>
    <message>
        <source>Accident insurance quote no. {id}</source>
        <translation>Ponuda osiguranja od nezgode br. {id}</translation>
    </message>
    <message>
        <source>Columns first_name, last_name, id_value; optional id_kind, birth_date (yyyy-mm-dd), capacity_loss_over_50, interdicted, resident_in_bulgaria (yes/no; a ЛНЧ holder is insured only when resident in Bulgaria)</source>
        <translation>Kolone first_name, last_name, id_value; neobavezne id_kind, birth_date (gggg-mm-dd), capacity_loss_over_50, interdicted, resident_in_bulgaria (yes/no; imalac ЛНЧ se osigurava samo ako je stalno nastanjen u Bugarskoj)</translation>
    </message>
    <message>
        <source>Premium breakdo&amp;wn…</source>
        <translation>Struk&amp;tura premije…</translation>
    </message>
    <message>
        <source>1 of 3 · Policyholder and insured persons</source>
        <translation>1 od 3 · Ugovarač osiguranja i osigurana lica</translation>
    </message>
    <message>
        <source>2 of 3 · Covers, purpose and period</source>
        <translation>2 od 3 · Pokrića, namena i period</translation>
    </message>
    <message>
        <source>3 of 3 · Quote</source>
        <translation>3 od 3 · Ponuda</translation>
    </message>
    <message>
        <source>from {minimum} to {maximum}</source>
        <translation>od {minimum} do {maximum}</translation>
    </message>
    <message>
        <source>No policyholder chosen yet.</source>
        <translation>Ugovarač osiguranja još nije izabran.</translation>
    </message>
    <message>
        <source>Policyholder: {name} (record no. {id})</source>
        <translation>Ugovarač osiguranja: {name} (zapis br. {id})</translation>
    </message>
    <message>
        <source>Import the group&apos;s list</source>
        <translation>Uvoz spiska grupe</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV datoteke (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>Čitanje spiska</translation>
    </message>
    <message numerus="yes">
        <source>Imported {good} of %Ln row(s).</source>
        <translation>
            <numerusform>Uvezeno redova: {good} od %Ln.</numerusform>
            <numerusform>Uvezeno redova: {good} od %Ln.</numerusform>
            <numerusform>Uvezeno redova: {good} od %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}, {column}: {message}</source>
        <translation>Red {line}, {column}: {message}</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Obračun premije</translation>
    </message>
    <message>
        <source>Close the quote</source>
        <translation>Zatvori ponudu</translation>
    </message>
    <message>
        <source>This quote is not saved. Close it and lose it, or keep working (Save quote keeps it for payment later)?</source>
        <translation>Ova ponuda nije sačuvana. Da je zatvorite i izgubite ili da nastavite rad (Sačuvaj ponudu je čuva za kasnije plaćanje)?</translation>
    </message>
    <message>
        <source>The persons and covers you typed are not priced or saved. Close the quote and discard them, or keep working?</source>
        <translation>Osobe i pokrića koje ste uneli još nisu obračunati ni sačuvani. Da zatvorite ponudu i odbacite ih ili da nastavite rad?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Zatvori bez čuvanja</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Nastavi rad</translation>
    </message>
    <message>
        <source>Saving the quote</source>
        <translation>Čuvanje ponude</translation>
    </message>
    <message>
        <source>{problem}
Do not take the card payment: the quote can be saved and paid later where certificates can be issued.</source>
        <translation>{problem}
Ne primajte plaćanje karticom: ponuda se može sačuvati i platiti kasnije tamo gde se potvrde mogu izdavati.</translation>
    </message>
    <message>
        <source>Certificate {number} issued: cover from {start} 00:00 to {end} 24:00.</source>
        <translation>Potvrda {number} je izdata: pokriće od {start} 00:00 do {end} 24:00.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Red {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>clause A, one person</source>
        <translation>klauzula A, jedna osoba</translation>
    </message>
    <message>
        <source>clause B, a group</source>
        <translation>klauzula B, grupa</translation>
    </message>
    <message>
        <source>{holder} · {clause} · {purpose} · from {start} to {end} · {insured} insured, {refused} refused</source>
        <translation>{holder} · {clause} · {purpose} · od {start} do {end} · osigurano: {insured}, odbijeno: {refused}</translation>
    </message>
    <message>
        <source>Covers: {covers}</source>
        <translation>Pokrića: {covers}</translation>
    </message>
    <message>
        <source>Premium {net} + tax {tax} = total {total}</source>
        <translation>Premija {net} + porez {tax} = ukupno {total}</translation>
    </message>
    <message>
        <source>Quote no. {id} saved, valid until {day}: take the payment to issue the certificate.</source>
        <translation>Ponuda br. {id} je sačuvana i važi do {day}: naplatite premiju da biste izdali potvrdu.</translation>
    </message>
    <message>
        <source>Not saved yet. Save the quote to take the payment.</source>
        <translation>Još nije sačuvano. Sačuvajte ponudu da biste mogli da naplatite premiju.</translation>
    </message>
</context>
<context>
    <name>RecentCodesModel</name>
    <message>
        <source>Issued</source>
        <translation>Izdat</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Poslat na</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Izdao/la</translation>
    </message>
</context>
<context>
    <name>RecordGuardianDialog</name>
    <message>
        <source>Record a parent or guardian</source>
        <translation>Upis roditelja ili staratelja</translation>
    </message>
    <message>
        <source>Minors get no portal account of their own: a parent or guardian registers. The parent or guardian must be a customer already; enter their JMBG.</source>
        <translation>Maloletnici nemaju svoj nalog na portalu: registruje se roditelj ili staratelj. Roditelj ili staratelj mora već biti klijent; unesite njegov JMBG.</translation>
    </message>
    <message>
        <source>Parent&apos;s or guardian&apos;s &amp;JMBG</source>
        <translation>&amp;JMBG roditelja ili staratelja</translation>
    </message>
    <message>
        <source>R&amp;elation</source>
        <translation>Od&amp;nos</translation>
    </message>
    <message>
        <source>E&amp;vidence seen</source>
        <translation>Pregledan &amp;dokaz</translation>
    </message>
    <message>
        <source>e.g. birth certificate no. 123/2015</source>
        <translation>npr. izvod iz matične knjige rođenih br. 123/2015</translation>
    </message>
    <message>
        <source>Record &amp;guardian</source>
        <translation>&amp;Upiši staratelja</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Resetovanje lozinke</translation>
    </message>
    <message>
        <source>New temporary password for {name} ({username}). It also lifts a lock-out; the agent must choose their own password at the next sign-in.</source>
        <translation>Nova privremena lozinka za korisnika {name} ({username}). Njome se uklanja i blokada; agent mora da izabere sopstvenu lozinku pri sledećoj prijavi.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nova &amp;lozinka</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Lozinka &amp;ponovo</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Resetuj lozinku</translation>
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
        <translation>Rukovodilac</translation>
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
        <translation>Red {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>Membership, years, maximum and discount</source>
        <translation>Članstvo, godine, maksimum i popust</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivnosti</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Saglasnosti</translation>
    </message>
    <message>
        <source>Policies by the member&apos;s role</source>
        <translation>Polise prema ulozi člana</translation>
    </message>
    <message>
        <source>Levels: points from</source>
        <translation>Nivoi: bodovi od</translation>
    </message>
    <message>
        <source>Other items of Annex 1</source>
        <translation>Ostale stavke Priloga 1</translation>
    </message>
    <message>
        <source>Items the insurer&apos;s table adds to the ones above, each counted while the member&apos;s activity of that name is on (recorded at the desk or imported). The code names the item in those records and cannot change once recorded.</source>
        <translation>Stavke koje tabela osiguravača dodaje gornjima; svaka se računa dok je članova aktivnost tog naziva uključena (uneta na šalteru ili uvezena). Šifra imenuje stavku u tim zapisima i ne može se promeniti kada je uneta.</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>Dodaj &amp;stavku</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Ukloni izabranu stavku</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Customers</source>
        <translation>Klijenti</translation>
    </message>
    <message>
        <source>ZAME</source>
        <translation>ZAME</translation>
    </message>
    <message>
        <source>Portal codes</source>
        <translation>Kodovi za portal</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>Osiguranje od nezgode</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Revizija</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>Identify customers, check national ids, keep contact data and its history, and find anyone in one search box.</source>
        <translation>Identifikujte klijente, proveravajte identifikacione brojeve, vodite kontakt podatke i njihovu istoriju i pronađite bilo koga u jednom polju za pretragu.</translation>
    </message>
    <message>
        <source>Enroll Slovenian customers in the ZAME loyalty programme, print the signed form, see points, level and discount.</source>
        <translation>Učlanite slovenačke klijente u program lojalnosti ZAME, odštampajte obrazac za potpis, pregledajte bodove, nivo i popust.</translation>
    </message>
    <message>
        <source>Issue the security code a customer needs to register on the client portal, by e-mail or SMS to the contact of record.</source>
        <translation>Izdajte sigurnosni kod koji je klijentu potreban za registraciju na klijentskom portalu, e-poštom ili SMS-om na evidentirani kontakt.</translation>
    </message>
    <message>
        <source>Quote accident insurance for one person or a group, take payment, and print the numbered certificate.</source>
        <translation>Napravite ponudu osiguranja od nezgode za jednu osobu ili grupu, naplatite premiju i odštampajte numerisanu potvrdu.</translation>
    </message>
    <message>
        <source>Who did what, when and where.</source>
        <translation>Ko je šta uradio, kada i gde.</translation>
    </message>
    <message>
        <source>Accounts, roles and branches.</source>
        <translation>Nalozi, uloge i filijale.</translation>
    </message>
    <message>
        <source>This workstation and your account.</source>
        <translation>Ova radna stanica i vaš nalog.</translation>
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
        <translation>Bez (samo interni relej)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
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
        <translation>Primenjuje se odmah i pamti se za vaš nalog i za ovu radnu stanicu.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>The password you sign in with.</source>
        <translation>Lozinka kojom se prijavljujete.</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Promeni &amp;lozinku…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Promena lozinke</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza podataka</translation>
    </message>
    <message>
        <source>This workstation works on the local database on this computer: {where}</source>
        <translation>Ova radna stanica radi sa lokalnom bazom podataka na ovom računaru: {where}</translation>
    </message>
    <message>
        <source>This workstation works through the Agent Desk server {where}.</source>
        <translation>Ova radna stanica radi preko Agent Desk servera {where}.</translation>
    </message>
    <message>
        <source>Change &amp;database…</source>
        <translation>Promeni &amp;bazu podataka…</translation>
    </message>
    <message>
        <source>Change database</source>
        <translation>Promena baze podataka</translation>
    </message>
    <message>
        <source>E-mail and SMS gateways</source>
        <translation>Prolazi za e-poštu i SMS</translation>
    </message>
    <message>
        <source>E-mail (SMTP server)</source>
        <translation>E-pošta (SMTP server)</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>SMS prolaz</translation>
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
        <translation>&amp;Zaštita</translation>
    </message>
    <message>
        <source>SMTP user&amp;name</source>
        <translation>SMTP korisničko &amp;ime</translation>
    </message>
    <message>
        <source>SMTP pass&amp;word</source>
        <translation>SMTP lozin&amp;ka</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>&amp;Adresa pošiljaoca</translation>
    </message>
    <message>
        <source>Gateway &amp;URL</source>
        <translation>&amp;URL prolaza</translation>
    </message>
    <message>
        <source>Gateway userna&amp;me</source>
        <translation>Korisničko i&amp;me za prolaz</translation>
    </message>
    <message>
        <source>Gateway to&amp;ken</source>
        <translation>&amp;Token prolaza</translation>
    </message>
    <message>
        <source>Sender &amp;ID</source>
        <translation>ID &amp;pošiljaoca</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation>Ostavite prazno da biste zadržali sačuvanu vrednost</translation>
    </message>
    <message>
        <source>e.g. branch@insurer.example</source>
        <translation>npr. filijala@insurer.example</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Save gateways</source>
        <translation>&amp;Sačuvaj prolaze</translation>
    </message>
    <message>
        <source>Save gateways</source>
        <translation>Sačuvaj prolaze</translation>
    </message>
    <message>
        <source>Deployment settings</source>
        <translation>Podešavanja instalacije</translation>
    </message>
    <message>
        <source>Record the insurer&apos;s own value of a setting and the day it takes effect. The tariff and the ZAME points table are recorded in their own editors.</source>
        <translation>Upišite vrednost osiguravača i dan od kada važi. Tarifa i tabela poena ZAME upisuju se u svojim uređivačima.</translation>
    </message>
    <message>
        <source>Settin&amp;g</source>
        <translation>Podešavanje (&amp;G)</translation>
    </message>
    <message>
        <source>Te&amp;xt or address</source>
        <translation>Tekst ili adresa (&amp;X)</translation>
    </message>
    <message>
        <source>A&amp;pplies from</source>
        <translation>Va&amp;ži od</translation>
    </message>
    <message>
        <source>Text or address</source>
        <translation>Tekst ili adresa</translation>
    </message>
    <message>
        <source>Record setting</source>
        <translation>Upiši podešavanje</translation>
    </message>
    <message>
        <source>This is a demo database: the shipped defaults are used and documents say DEMO.</source>
        <translation>Ovo je demo baza: koriste se podrazumevane vrednosti, a dokumenti su označeni sa DEMO.</translation>
    </message>
    <message>
        <source>Not a demo database: customer-facing work that needs a missing setting is refused until it is recorded. Missing: {count}.</source>
        <translation>Baza nije demo: rad za klijente kome treba podešavanje koje nedostaje odbija se dok se ono ne upiše. Nedostaje: {count}.</translation>
    </message>
    <message>
        <source>Every deployment setting is the insurer&apos;s own.</source>
        <translation>Sva podešavanja instalacije su vrednosti osiguravača.</translation>
    </message>
    <message>
        <source>Security rules</source>
        <translation>Bezbednosna pravila</translation>
    </message>
    <message>
        <source>The same for every workstation on this database. A rule is never edited in place: record a new value and the day it takes effect.</source>
        <translation>Ista su za sve radne stanice na ovoj bazi podataka. Pravilo se nikada ne menja direktno: unesite novu vrednost i dan od kada važi.</translation>
    </message>
    <message>
        <source>Record a new version</source>
        <translation>Unesi novu verziju</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>P&amp;ravilo</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Vrednost</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Važi o&amp;d</translation>
    </message>
    <message>
        <source>R&amp;ecord new version</source>
        <translation>U&amp;nesi novu verziju</translation>
    </message>
    <message>
        <source>Record new version</source>
        <translation>Unesi novu verziju</translation>
    </message>
    <message>
        <source>Security rules in force</source>
        <translation>Važeća bezbednosna pravila</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Vaša lozinka je promenjena.</translation>
    </message>
    <message>
        <source>Saved. From the next start this workstation works through the Agent Desk server {url}.</source>
        <translation>Sačuvano. Od sledećeg pokretanja ova radna stanica radi preko Agent Desk servera {url}.</translation>
    </message>
    <message>
        <source>Saved. From the next start this workstation works on the local database.</source>
        <translation>Sačuvano. Od sledećeg pokretanja ova radna stanica radi sa lokalnom bazom podataka.</translation>
    </message>
    <message>
        <source>Gateways saved.</source>
        <translation>Prolazi su sačuvani.</translation>
    </message>
    <message>
        <source>This computer has no password store: the password and the token were not saved.</source>
        <translation>Ovaj računar nema skladište lozinki: lozinka i token nisu sačuvani.</translation>
    </message>
    <message>
        <source>Recorded: “{rule}” is {value} from {day}.</source>
        <translation>Uneto: od {day} važi „{rule}“: {value}.</translation>
    </message>
    <message>
        <source>Recorded: “{setting}”, valid from {day}.</source>
        <translation>Upisano: „{setting}“, važi od {day}.</translation>
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
        <translation>Prijavite se da biste uslužili klijente</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Korisničko ime</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lozinka</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Je&amp;zik</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Prijavi se</translation>
    </message>
    <message>
        <source>Database: {store} · workstation {workstation} · version {version}</source>
        <translation>Baza podataka: {store} · radna stanica {workstation} · verzija {version}</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Unesite korisničko ime.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Unesite lozinku.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Prijavljivanje</translation>
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
        <translation>Agent Desk je naišao na neočekivanu grešku. Sve što ste sačuvali je zadržano; poslednja radnja možda nije sačuvana. Detalji su u datoteci dnevnika.</translation>
    </message>
    <message>
        <source>Agent Desk cannot open its database.</source>
        <translation>Agent Desk ne može da otvori svoju bazu podataka.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Pokušaj ponovo</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>Koristi lokalnu bazu podataka</translation>
    </message>
    <message>
        <source>This workstation is set to work on the database {url} directly. Agent Desk no longer connects to a database: it works on this computer&apos;s own file or through an Agent Desk server, which alone holds the database&apos;s password. Ask IT for the server&apos;s address and enter it in Settings, Database.</source>
        <translation>Ova radna stanica je podešena da radi direktno na bazi podataka {url}. Agent Desk se više ne povezuje sa bazom podataka: radi sa sopstvenom datotekom ovog računara ili preko Agent Desk servera, koji jedini zna lozinku baze podataka. Adresu servera tražite od IT službe i unesite je u Podešavanja, Baza podataka.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izlaz</translation>
    </message>
    <message>
        <source>Your administrator set a temporary password. Choose your own password to continue.</source>
        <translation>Administrator vam je postavio privremenu lozinku. Izaberite sopstvenu lozinku da biste nastavili.</translation>
    </message>
</context>
<context>
    <name>StoreSettingsDialog</name>
    <message>
        <source>Database</source>
        <translation>Baza podataka</translation>
    </message>
    <message>
        <source>Where this workstation keeps its data. The change takes effect when Agent Desk starts the next time.</source>
        <translation>Gde ova radna stanica čuva podatke. Promena stupa na snagu pri sledećem pokretanju programa Agent Desk.</translation>
    </message>
    <message>
        <source>&amp;Local database on this computer</source>
        <translation>&amp;Lokalna baza podataka na ovom računaru</translation>
    </message>
    <message>
        <source>An Agent Desk ser&amp;ver (recommended for branches)</source>
        <translation>Agent &amp;Desk server (preporučeno za filijale)</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresa servera</translation>
    </message>
    <message>
        <source>CA certificate &amp;file</source>
        <translation>Datoteka CA serti&amp;fikata</translation>
    </message>
    <message>
        <source>e.g. https://agentdesk.example:8443</source>
        <translation>npr. https://agentdesk.example:8443</translation>
    </message>
    <message>
        <source>Only for a certificate of the insurer&apos;s own authority</source>
        <translation>Samo za sertifikat sopstvenog sertifikacionog tela osiguravača</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testiraj vezu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testiranje veze</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Povezivanje sa serverom {host}…</translation>
    </message>
    <message>
        <source>The Agent Desk server does not answer.</source>
        <translation>Agent Desk server ne odgovara.</translation>
    </message>
    <message>
        <source>Connected to the Agent Desk server (version {version}).</source>
        <translation>Povezano sa Agent Desk serverom (verzija {version}).</translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <source>Risk</source>
        <translation>Rizik</translation>
    </message>
    <message>
        <source>Yearly rate per 1,000 EUR</source>
        <translation>Godišnja stopa na 1.000 EUR</translation>
    </message>
    <message>
        <source>Lowest sum</source>
        <translation>Najniža suma</translation>
    </message>
    <message>
        <source>Highest sum</source>
        <translation>Najviša suma</translation>
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
        <translation>Koeficijent</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Namena</translation>
    </message>
    <message>
        <source>Term up to (days)</source>
        <translation>Trajanje do (dana)</translation>
    </message>
    <message>
        <source>% of the yearly premium</source>
        <translation>% godišnje premije</translation>
    </message>
    <message>
        <source>From (persons)</source>
        <translation>Od (osoba)</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Popust %</translation>
    </message>
    <message>
        <source>Minimum premium before tax (EUR)</source>
        <translation>Minimalna premija bez poreza (EUR)</translation>
    </message>
    <message>
        <source>Premium tax (fraction, 0.02 = 2 %)</source>
        <translation>Porez na premiju (udeo, 0.02 = 2 %)</translation>
    </message>
    <message>
        <source>Leva per euro (shown beside)</source>
        <translation>Leva za jedan evro (prikazuje se pored iznosa)</translation>
    </message>
    <message>
        <source>Youngest insured age</source>
        <translation>Najniža starost osiguranog lica</translation>
    </message>
    <message>
        <source>Oldest insured age</source>
        <translation>Najviša starost osiguranog lica</translation>
    </message>
    <message>
        <source>Death cover from age</source>
        <translation>Pokriće za smrt od starosti</translation>
    </message>
    <message>
        <source>Policyholder from age</source>
        <translation>Ugovarač osiguranja od starosti</translation>
    </message>
    <message>
        <source>Longest term (months)</source>
        <translation>Najduže trajanje (meseci)</translation>
    </message>
    <message>
        <source>Risks: rates and limits of the sum insured</source>
        <translation>Rizici: stope i granice sume osiguranja</translation>
    </message>
    <message>
        <source>Factors by age band</source>
        <translation>Koeficijenti po starosnim grupama</translation>
    </message>
    <message>
        <source>Factors by purpose</source>
        <translation>Koeficijenti po nameni</translation>
    </message>
    <message>
        <source>Short-term scale</source>
        <translation>Skala za kratkoročna osiguranja</translation>
    </message>
    <message>
        <source>Group discounts (clause B)</source>
        <translation>Grupni popusti (klauzula B)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Dodaj red</translation>
    </message>
    <message>
        <source>Remove last row</source>
        <translation>Ukloni poslednji red</translation>
    </message>
    <message>
        <source>Premium, tax and eligibility</source>
        <translation>Premija, porez i uslovi za osiguranje</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>red {row}</translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <source>This section arrives with the next releases of Agent Desk. Your account and branch are already set up for it.</source>
        <translation>Ovaj odeljak stiže u narednim verzijama programa Agent Desk. Vaš nalog i filijala su već podešeni za njega.</translation>
    </message>
</context>
<context>
    <name>VerifyContactDialog</name>
    <message>
        <source>Verify contact at the desk</source>
        <translation>Provera kontakta na šalteru</translation>
    </message>
    <message>
        <source>Compare the customer&apos;s e-mail or mobile of record with what they show you, and note the identity document you checked. A contact changed at the desk recently also needs a supervisor&apos;s confirmation.</source>
        <translation>Uporedite imejl ili mobilni telefon iz evidencije sa onim što vam klijent pokaže i upišite proveren lični dokument. Kontakt nedavno promenjen na šalteru traži i potvrdu nadređenog.</translation>
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
        <translation>&amp;Broj dokumenta</translation>
    </message>
    <message>
        <source>&amp;Record verification</source>
        <translation>&amp;Upiši proveru</translation>
    </message>
</context>
<context>
    <name>VersionedTableEditor</name>
    <message>
        <source>shipped default</source>
        <translation>podrazumevana</translation>
    </message>
    <message>
        <source>recorded by an administrator</source>
        <translation>uneo administrator</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>zakazana</translation>
    </message>
    <message>
        <source>New version valid &amp;from</source>
        <translation>Nova verzija važi &amp;od</translation>
    </message>
    <message>
        <source>New version valid from</source>
        <translation>Nova verzija važi od</translation>
    </message>
    <message>
        <source>&amp;Record new version</source>
        <translation>&amp;Unesi novu verziju</translation>
    </message>
    <message>
        <source>Start again from the version in force</source>
        <translation>Počni ponovo od važeće verzije</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Učitavanje verzija…</translation>
    </message>
    <message>
        <source>In force: the version valid from {day} ({source}). A change is recorded as a new version from a chosen day; versions are never edited.</source>
        <translation>Na snazi je verzija koja važi od {day} ({source}). Izmena se unosi kao nova verzija od izabranog dana; verzije se nikada ne menjaju.</translation>
    </message>
    <message>
        <source>Scheduled: {days}.</source>
        <translation>Zakazano: {days}.</translation>
    </message>
    <message>
        <source>No version scheduled.</source>
        <translation>Nema zakazanih verzija.</translation>
    </message>
    <message>
        <source>The form shows the version valid from {day}.</source>
        <translation>Obrazac prikazuje verziju koja važi od {day}.</translation>
    </message>
    <message>
        <source>Recording the new version</source>
        <translation>Beleženje nove verzije</translation>
    </message>
    <message>
        <source>Recorded: the new version applies from {day}.</source>
        <translation>Zabeleženo: nova verzija važi od {day}.</translation>
    </message>
    <message>
        <source>Record a new version</source>
        <translation>Unesi novu verziju</translation>
    </message>
    <message>
        <source>Record this table as a new version valid from {day}? A recorded version cannot be changed or removed; a later change is another new version.</source>
        <translation>Zabeležiti ovu tabelu kao novu verziju koja važi od {day}? Zabeležena verzija ne može da se menja ni ukloni; kasnija izmena je nova verzija.</translation>
    </message>
    <message>
        <source>Record new table</source>
        <translation>Zabeleži novu tabelu</translation>
    </message>
</context>
<context>
    <name>Zame</name>
    <message>
        <source>Active</source>
        <translation>Aktivan</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>U istupanju</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Istupio</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Isključen</translation>
    </message>
    <message>
        <source>ZAME app downloaded</source>
        <translation>Preuzeta aplikacija ZAME</translation>
    </message>
    <message>
        <source>E-notifications on</source>
        <translation>Uključena e-obaveštenja</translation>
    </message>
    <message>
        <source>E-invoice on</source>
        <translation>Uključen e-račun</translation>
    </message>
    <message>
        <source>Claim reported online</source>
        <translation>Šteta prijavljena onlajn</translation>
    </message>
    <message>
        <source>Registered on Moj Generali</source>
        <translation>Registracija na portalu Moj Generali</translation>
    </message>
    <message>
        <source>Active Generali Investments investor</source>
        <translation>Aktivni investitor u Generali Investments</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Direktni marketing</translation>
    </message>
    <message>
        <source>Generali Investments notices</source>
        <translation>Obaveštenja Generali Investments</translation>
    </message>
    <message>
        <source>Monthly check of investor status with Generali Investments</source>
        <translation>Mesečna provera statusa investitora kod Generali Investments</translation>
    </message>
    <message>
        <source>At the branch (agent)</source>
        <translation>U filijali (agent)</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Veb-sajt</translation>
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
        <translation>Agent</translation>
    </message>
    <message>
        <source>Import from another system</source>
        <translation>Uvoz iz drugog sistema</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdravlje</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Slobodno vreme</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Turizam</translation>
    </message>
    <message>
        <source>Spas</source>
        <translation>Banje i spa</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Štednja</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Za mlade</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Osiguranje</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ostalo</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Čeka na slanje</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Slanje u toku</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>ime</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>prezime</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>datum rođenja</translation>
    </message>
    <message>
        <source>tax number</source>
        <translation>poreski broj</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulica</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>poštanski broj</translation>
    </message>
    <message>
        <source>city</source>
        <translation>mesto</translation>
    </message>
    <message>
        <source>country</source>
        <translation>država</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-adresa</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>broj mobilnog telefona</translation>
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
        <translation>E-obaveštenja</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-račun</translation>
    </message>
    <message>
        <source>E-claim</source>
        <translation>E-prijava štete</translation>
    </message>
    <message>
        <source>Moj Generali</source>
        <translation>Moj Generali</translation>
    </message>
    <message>
        <source>Generali Investments investor</source>
        <translation>Investitor u Generali Investments</translation>
    </message>
    <message>
        <source>Direct marketing consent</source>
        <translation>Saglasnost za direktni marketing</translation>
    </message>
    <message>
        <source>Generali Investments notices consent</source>
        <translation>Saglasnost za obaveštenja Generali Investments</translation>
    </message>
    <message>
        <source>Above the maximum</source>
        <translation>Iznad maksimalnog broja bodova</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as policyholder</source>
        <translation>
            <numerusform>%Ln polisa kao ugovarač osiguranja</numerusform>
            <numerusform>%Ln polise kao ugovarač osiguranja</numerusform>
            <numerusform>%Ln polisa kao ugovarač osiguranja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as insured person</source>
        <translation>
            <numerusform>%Ln polisa kao osiguranik</numerusform>
            <numerusform>%Ln polise kao osiguranik</numerusform>
            <numerusform>%Ln polisa kao osiguranik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as payer</source>
        <translation>
            <numerusform>%Ln polisa kao platilac</numerusform>
            <numerusform>%Ln polise kao platilac</numerusform>
            <numerusform>%Ln polisa kao platilac</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln godina saradnje</numerusform>
            <numerusform>%Ln godine saradnje</numerusform>
            <numerusform>%Ln godina saradnje</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: {points}</source>
        <translation>Ukupno: {points}</translation>
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
        <translation>Datum potpisivanja</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Uslovi</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Obaveštenje o privatnosti</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Saglasnost</translation>
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
        <translation>Izvor</translation>
    </message>
    <message>
        <source>Given or withdrawn</source>
        <translation>Data ili povučena</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Verzija teksta</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Primljeno dana</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ponuda</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Član porodice</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Pružalac</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Važi od</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <source>Level needed</source>
        <translation>Potreban nivo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Porodica</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Povučena</translation>
    </message>
</context>
<context>
    <name>ZameOffers</name>
    <message>
        <source>Provider</source>
        <translation>Pružalac</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ponuda</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Oblast</translation>
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
        <translation>Potreban nivo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Porodica</translation>
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
        <translation>Odštampaj obrazac za učlanjenje…</translation>
    </message>
    <message>
        <source>Enro&amp;ll…</source>
        <translation>&amp;Učlani…</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Nova aktivnost…</translation>
    </message>
    <message>
        <source>&amp;Give or withdraw consent…</source>
        <translation>&amp;Daj ili povuci saglasnost…</translation>
    </message>
    <message>
        <source>Activate a co&amp;upon…</source>
        <translation>Aktiviraj &amp;kupon…</translation>
    </message>
    <message>
        <source>Points s&amp;tatement…</source>
        <translation>Iz&amp;vod bodova…</translation>
    </message>
    <message>
        <source>Exit re&amp;quest…</source>
        <translation>Zahtev za ist&amp;upanje…</translation>
    </message>
    <message>
        <source>Withdraw the exit request</source>
        <translation>Povuci zahtev za istupanje</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>Isključi…</translation>
    </message>
    <message>
        <source>Allow to &amp;join again…</source>
        <translation>Dozvoli ponovni &amp;pristup…</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Članstvo</translation>
    </message>
    <message>
        <source>How the points add up today</source>
        <translation>Kako se danas sabiraju bodovi</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Članski broj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Bodovi</translation>
    </message>
    <message>
        <source>Next level</source>
        <translation>Sledeći nivo</translation>
    </message>
    <message>
        <source>Discount today</source>
        <translation>Popust danas</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Član od</translation>
    </message>
    <message>
        <source>Investor status</source>
        <translation>Status investitora</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Potpisano</translation>
    </message>
    <message>
        <source>Progress to the next level</source>
        <translation>Napredak do sledećeg nivoa</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivnosti</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Saglasnosti</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Kuponi</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Promene nivoa</translation>
    </message>
    <message>
        <source>Member no. {number} · {status} since {day}</source>
        <translation>Član br. {number} · {status} od {day}</translation>
    </message>
    <message>
        <source>Former member no. {number} · {status} on {day}</source>
        <translation>Bivši član br. {number} · {status} {day}</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Nije član</translation>
    </message>
    <message numerus="yes">
        <source>{level} · %Ln points · discount {percent} %</source>
        <translation>
            <numerusform>{level} · %Ln bod · popust {percent} %</numerusform>
            <numerusform>{level} · %Ln boda · popust {percent} %</numerusform>
            <numerusform>{level} · %Ln bodova · popust {percent} %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more points reach {level}</source>
        <translation>
            <numerusform>Još %Ln bod do nivoa {level}</numerusform>
            <numerusform>Još %Ln boda do nivoa {level}</numerusform>
            <numerusform>Još %Ln bodova do nivoa {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest level reached</source>
        <translation>Dostignut je najviši nivo</translation>
    </message>
    <message>
        <source>Leaves the programme on {day}</source>
        <translation>Napušta program {day}</translation>
    </message>
    <message>
        <source>May join: print the form and enroll</source>
        <translation>Može da se učlani: odštampajte obrazac i učlanite ga</translation>
    </message>
    <message>
        <source>May join once the record is complete</source>
        <translation>Može da se učlani kada zapis bude potpun</translation>
    </message>
    <message>
        <source>Cannot join: {reasons}</source>
        <translation>Ne može da se učlani: {reasons}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Sledeći korak</translation>
    </message>
    <message>
        <source>ZAME loyalty programme</source>
        <translation>Program lojalnosti ZAME</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <source>Former member {number}: excluded on {day} ({reason}).</source>
        <translation>Bivši član {number}: isključen {day} ({reason}).</translation>
    </message>
    <message>
        <source>A supervisor allowed joining again ({reason}).</source>
        <translation>Rukovodilac je dozvolio ponovni pristup ({reason}).</translation>
    </message>
    <message>
        <source>Former member {number}: left on {day}. Joining again starts a new membership from the rules, not from the old points.</source>
        <translation>Bivši član {number}: istupio {day}. Ponovno učlanjenje započinje novo članstvo po važećim pravilima, a ne od starih bodova.</translation>
    </message>
    <message>
        <source>Not a member of ZAME, the Generali loyalty programme.</source>
        <translation>Nije član ZAME, programa lojalnosti kompanije Generali.</translation>
    </message>
    <message>
        <source>Can join today: print the enrollment form, have it signed, then record the signature with Enroll.</source>
        <translation>Može da se učlani danas: odštampajte obrazac za učlanjenje, dajte ga na potpis, a zatim evidentirajte potpis dugmetom Učlani.</translation>
    </message>
    <message>
        <source>Cannot join today:</source>
        <translation>Danas ne može da se učlani:</translation>
    </message>
    <message>
        <source>(age today: {age})</source>
        <translation>(današnja starost: {age})</translation>
    </message>
    <message>
        <source>Missing: {fields}.</source>
        <translation>Nedostaje: {fields}.</translation>
    </message>
    <message>
        <source>Enro&amp;ll again…</source>
        <translation>Ponovo &amp;učlani…</translation>
    </message>
    <message>
        <source>{status}: the exit takes effect on {day} (requested {when}, {channel})</source>
        <translation>{status}: istupanje stupa na snagu {day} (zatraženo {when}, {channel})</translation>
    </message>
    <message>
        <source>{points} (not counted yet)</source>
        <translation>{points} (još nije obračunato)</translation>
    </message>
    <message>
        <source>{points} (daily count of {day})</source>
        <translation>{points} (dnevni obračun od {day})</translation>
    </message>
    <message>
        <source>· counted in tonight&apos;s run: {change}</source>
        <translation>· obračunava se u noćnom obračunu: {change}</translation>
    </message>
    <message>
        <source>{missing} points to {level}</source>
        <translation>Do sledećeg nivoa, {level}, nedostaje bodova: {missing}</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Najviši nivo</translation>
    </message>
    <message>
        <source>{percent} % on motor, home and accident policies concluded today</source>
        <translation>{percent} % na auto-osiguranje, osiguranje doma i osiguranje od nezgode zaključeno danas</translation>
    </message>
    <message>
        <source>{day}, {channel}, by {agent}</source>
        <translation>{day}, {channel}, uneo: {agent}</translation>
    </message>
    <message>
        <source>checked on {checked}, counts until {until}</source>
        <translation>provereno {checked}, računa se do {until}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nije evidentirano</translation>
    </message>
    <message>
        <source>re-checked monthly (consent given)</source>
        <translation>proverava se mesečno (saglasnost data)</translation>
    </message>
    <message>
        <source>not re-checked monthly (no consent)</source>
        <translation>ne proverava se mesečno (nema saglasnosti)</translation>
    </message>
    <message>
        <source>terms {terms}, privacy notice {privacy}, at {when}</source>
        <translation>uslovi {terms}, obaveštenje o privatnosti {privacy}, {when}</translation>
    </message>
    <message>
        <source>Enrolled: {name} is ZAME member no. {number} from {day}. Give the person their copy of the signed form.</source>
        <translation>Učlanjeno: {name} je član ZAME br. {number} od {day}. Predajte osobi njen primerak potpisanog obrasca.</translation>
    </message>
    <message>
        <source>The exit request is withdrawn: the membership goes on.</source>
        <translation>Zahtev za istupanje je povučen: članstvo se nastavlja.</translation>
    </message>
    <message>
        <source>ZAME enrollment form: {name}</source>
        <translation>Obrazac za učlanjenje u ZAME: {name}</translation>
    </message>
    <message>
        <source>ZAME points statement: {number}</source>
        <translation>Izvod bodova ZAME: {number}</translation>
    </message>
</context>
<context>
    <name>ZameRules</name>
    <message>
        <source>Per policy as policyholder</source>
        <translation>Po polisi kao ugovarač osiguranja</translation>
    </message>
    <message>
        <source>Per policy as insured person</source>
        <translation>Po polisi kao osiguranik</translation>
    </message>
    <message>
        <source>Per policy as payer</source>
        <translation>Po polisi kao platilac</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Članstvo</translation>
    </message>
    <message>
        <source>Per full year since the first policy</source>
        <translation>Za svaku punu godinu od prve polise</translation>
    </message>
    <message>
        <source>Most points a member can have</source>
        <translation>Najveći broj bodova člana</translation>
    </message>
    <message>
        <source>Points for 1 % discount</source>
        <translation>Bodovi za 1 % popusta</translation>
    </message>
    <message>
        <source>Largest discount (%)</source>
        <translation>Najveći popust (%)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Šifra</translation>
    </message>
    <message>
        <source>Name in Annex 1</source>
        <translation>Naziv u Prilogu 1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Bodovi</translation>
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
        <translation>Izvor</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Uneo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Saglasnost</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Data</translation>
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
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Kupon</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ponuda</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Član porodice</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Poslat na</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Activated by</source>
        <translation>Aktivirao</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>From level</source>
        <translation>Sa nivoa</translation>
    </message>
    <message>
        <source>To level</source>
        <translation>Na nivo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Bodovi</translation>
    </message>
</context>
<context>
    <name>ZameView</name>
    <message>
        <source>Members (active and leaving)</source>
        <translation>Članovi (aktivni i u istupanju)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivni</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>U istupanju</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Istupili</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Isključeni</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Svi</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Članski broj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Bodovi</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivo</translation>
    </message>
    <message>
        <source>Daily run of</source>
        <translation>Obračun za dan</translation>
    </message>
    <message>
        <source>ZAME loyalty programme</source>
        <translation>Program lojalnosti ZAME</translation>
    </message>
    <message>
        <source>The members of Generali&apos;s ZAME programme (Slovenia). Open a member to see points, level, discount and history; enroll new members from the customer&apos;s record (ZAME tab).</source>
        <translation>Članovi programa Generali ZAME (Slovenija). Otvorite člana da biste videli bodove, nivo, popust i istoriju; nove članove učlanite iz zapisa klijenta (kartica ZAME).</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Č&amp;lanovi</translation>
    </message>
    <message>
        <source>&amp;Daily run</source>
        <translation>&amp;Dnevni obračun</translation>
    </message>
    <message>
        <source>&amp;Points table</source>
        <translation>&amp;Tabela bodova</translation>
    </message>
    <message>
        <source>Partner offer&amp;s</source>
        <translation>&amp;Partnerske ponude</translation>
    </message>
</context>
</TS>
