<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl" sourcelanguage="en">
    <context>
        <name>Accident</name>
        <message>
            <source>Issued</source>
            <translation>Издата</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Сторнирана</translation>
        </message>
        <message>
            <source>Insured</source>
            <translation>Осигуран</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Одбијен</translation>
        </message>
        <message>
            <source>Quoted</source>
            <translation>Понуда израђена</translation>
        </message>
        <message>
            <source>Policyholder</source>
            <translation>Уговарач осигурања</translation>
        </message>
        <message>
            <source>Insured person</source>
            <translation>Осигурано лице</translation>
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
            <translation>Смрт услед незгоде</translation>
        </message>
        <message>
            <source>Permanent loss or reduction of working capacity</source>
            <translation>Трајни губитак или смањење радне способности</translation>
        </message>
        <message>
            <source>Temporary incapacity</source>
            <translation>Привремена неспособност за рад</translation>
        </message>
        <message>
            <source>Medical transport and/or repatriation (Bulgaria)</source>
            <translation>Медицински транспорт и/или репатријација (Бугарска)</translation>
        </message>
        <message>
            <source>Medical expenses (Bulgaria)</source>
            <translation>Трошкови лечења (Бугарска)</translation>
        </message>
        <message>
            <source>Hospital daily cash from the fourth day (per day)</source>
            <translation>Дневна накнада за болничко лечење од четвртог дана (по дану)</translation>
        </message>
        <message>
            <source>Daily life</source>
            <translation>Свакодневни живот</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Посао</translation>
        </message>
        <message>
            <source>School or kindergarten</source>
            <translation>Школа или вртић</translation>
        </message>
        <message>
            <source>Amateur sport</source>
            <translation>Аматерски спорт</translation>
        </message>
    </context>
    <context>
        <name>AccidentCertificatesModel</name>
        <message>
            <source>Number</source>
            <translation>Број</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Policyholder</source>
            <translation>Уговарач осигурања</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <source>Insured</source>
            <translation>Осигурана лица</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Издата</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Од</translation>
        </message>
        <message>
            <source>To</source>
            <translation>До</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Укупно</translation>
        </message>
    </context>
    <context>
        <name>AccidentOpenQuotesModel</name>
        <message>
            <source>Quote no.</source>
            <translation>Понуда бр.</translation>
        </message>
        <message>
            <source>Policyholder</source>
            <translation>Уговарач осигурања</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Клаузула</translation>
        </message>
        <message>
            <source>Insured</source>
            <translation>Осигураних</translation>
        </message>
        <message>
            <source>Quoted</source>
            <translation>Понуда израђена</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Од</translation>
        </message>
        <message>
            <source>Payable until</source>
            <translation>Може се платити до</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Укупно</translation>
        </message>
    </context>
    <context>
        <name>AccidentPanel</name>
        <message>
            <source>Accident insurance certificates where this customer is the policyholder or an insured person.</source>
            <translation>Потврде о осигурању од незгоде у којима је овај клијент уговарач осигурања или осигурано лице.</translation>
        </message>
        <message>
            <source>No accident insurance certificates.</source>
            <translation>Нема потврда о осигурању од незгоде.</translation>
        </message>
        <message>
            <source>Ne&amp;w quote…</source>
            <translation>Нова пону&amp;да…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>При&amp;кажи</translation>
        </message>
        <message>
            <source>Continue to pa&amp;yment…</source>
            <translation>Н&amp;астави на плаћање…</translation>
        </message>
        <message>
            <source>Accident insurance certificates</source>
            <translation>Потврде о осигурању од незгоде</translation>
        </message>
        <message>
            <source>Saved quotes waiting for payment</source>
            <translation>Сачуване понуде које чекају плаћање</translation>
        </message>
        <message>
            <source>Saved quotes waiting for payment ({count})</source>
            <translation>Сачуване понуде које чекају плаћање ({count})</translation>
        </message>
        <message>
            <source>{role} · clause {clause} · {start} – {end} · {total} · {status}</source>
            <translation>{role} · клаузула {clause} · {start} – {end} · {total} · {status}</translation>
        </message>
        <message>
            <source>Quote no. {id}</source>
            <translation>Понуда бр. {id}</translation>
        </message>
        <message>
            <source>clause {clause} · quoted {day} · from {start} · {total} · can be paid until {until}</source>
            <translation>клаузула {clause} · обрачунато {day} · од {start} · {total} · може се платити до {until}</translation>
        </message>
        <message>
            <source>Accident insurance certificates ({count})</source>
            <translation>Полисе осигурања од незгоде ({count})</translation>
        </message>
        <message>
            <source>Open quotes ({count})</source>
            <translation>Отворене понуде ({count})</translation>
        </message>
        <message>
            <source>No saved quote waiting for payment.</source>
            <translation>Ниједна сачувана понуда не чека на плаћање.</translation>
        </message>
    </context>
    <context>
        <name>AccidentPersons</name>
        <message>
            <source>First name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Презиме</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Врста броја</translation>
        </message>
        <message>
            <source>ЕГН / ЛНЧ</source>
            <translation>ЕГН / ЛНЧ</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Датум рођења</translation>
        </message>
        <message>
            <source>Lost &gt; 50 % working capacity</source>
            <translation>Губитак радне способности &gt; 50 %</translation>
        </message>
        <message>
            <source>Under interdiction</source>
            <translation>Лишен пословне способности</translation>
        </message>
        <message>
            <source>ЛНЧ: permanent resident in Bulgaria</source>
            <translation>ЛНЧ: стално настањен у Бугарској</translation>
        </message>
    </context>
    <context>
        <name>AccidentView</name>
        <message>
            <source>All</source>
            <translation>Све</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Издате</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Сторниране</translation>
        </message>
        <message>
            <source>Accident insurance</source>
            <translation>Осигурање од незгоде</translation>
        </message>
        <message>
            <source>Quote accident insurance for one person (clause A) or a group (clause B), take the card payment and issue the numbered certificate, then preview and print it. Open a certificate to print it again (as a copy) or, as a supervisor, to cancel it before its cover starts.</source>
            <translation>Направите понуду осигурања од незгоде за једну особу (клаузула А) или групу (клаузула Б), наплатите премију картицом и издајте нумерисану потврду, а затим је прегледајте и одштампајте. Отворите потврду да бисте је поново одштампали (као копију) или, као руководилац, сторнирали пре почетка покрића.</translation>
        </message>
        <message>
            <source>&amp;Certificates</source>
            <translation>&amp;Потврде</translation>
        </message>
        <message>
            <source>Saved &amp;quotes</source>
            <translation>С&amp;ачуване понуде</translation>
        </message>
        <message>
            <source>&amp;Tariff</source>
            <translation>&amp;Тарифа</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesModel</name>
        <message>
            <source>checked</source>
            <translation>проверено</translation>
        </message>
        <message>
            <source>on</source>
            <translation>укључено</translation>
        </message>
        <message>
            <source>off</source>
            <translation>искључено</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Record an activity</source>
            <translation>Унос активности</translation>
        </message>
        <message>
            <source>An investor's status counts from the day it was checked with Generali Investments and lapses when it is not checked again within a month: record each check.</source>
            <translation>Статус инвеститора рачуна се од дана када је проверен у Generali Investments и престаје ако се поново не провери у року од месец дана: унесите сваку проверу.</translation>
        </message>
        <message>
            <source>The activity counts from the day it was turned on.</source>
            <translation>Активност се рачуна од дана када је укључена.</translation>
        </message>
        <message>
            <source>Checked: an active investor</source>
            <translation>Проверено: активни инвеститор</translation>
        </message>
        <message>
            <source>Turned on (clear it to record that it was turned off)</source>
            <translation>Укључено (поништите избор да бисте унели искључење)</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Унеси</translation>
        </message>
    </context>
    <context>
        <name>AgentsTableModel</name>
        <message>
            <source>Username</source>
            <translation>Корисничко име</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Име и презиме</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Филијала</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активан</translation>
        </message>
        <message>
            <source>Locked until</source>
            <translation>Блокиран до</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Не</translation>
        </message>
    </context>
    <context>
        <name>AgentsView</name>
        <message>
            <source>Agents</source>
            <translation>Агенти</translation>
        </message>
        <message>
            <source>Accounts, roles and branches. Select an agent to reset the password, lift a lock-out or (de)activate the account.</source>
            <translation>Налози, улоге и филијале. Изаберите агента да бисте ресетовали лозинку, уклонили блокаду или (де)активирали налог.</translation>
        </message>
        <message>
            <source>&amp;New agent…</source>
            <translation>&amp;Нови агент…</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>Ресетуј &amp;лозинку…</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>О&amp;ткључај</translation>
        </message>
        <message>
            <source>New &amp;branch…</source>
            <translation>Нова &amp;филијала…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Освежи</translation>
        </message>
        <message>
            <source>Load the list again (F5)</source>
            <translation>Поново учитај листу (F5)</translation>
        </message>
        <message>
            <source>Lift the lock-out after too many wrong passwords</source>
            <translation>Уклони блокаду након превише погрешних лозинки</translation>
        </message>
        <message>
            <source>{accounts}, {active}, {branches}</source>
            <translation>{accounts}, {active}, {branches}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln accounts</source>
            <translation>
                <numerusform>%Ln налог</numerusform>
                <numerusform>%Ln налога</numerusform>
                <numerusform>%Ln налога</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln active</source>
            <translation>
                <numerusform>%Ln активан</numerusform>
                <numerusform>%Ln активна</numerusform>
                <numerusform>%Ln активних</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln branches</source>
            <translation>
                <numerusform>у %Ln филијали</numerusform>
                <numerusform>у %Ln филијале</numerusform>
                <numerusform>у %Ln филијала</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;Активирај</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Деактивирај</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name} поново може да се пријави.</translation>
        </message>
        <message>
            <source>{name}'s account is active again.</source>
            <translation>Налог корисника {name} је поново активан.</translation>
        </message>
        <message>
            <source>{name}'s account is deactivated; they cannot sign in.</source>
            <translation>Налог корисника {name} је деактивиран; пријава више није могућа.</translation>
        </message>
        <message>
            <source>Deactivate account</source>
            <translation>Деактивирај налог</translation>
        </message>
        <message>
            <source>Deactivate the account of {name} ({username}, {branch})? They are signed out at once on every computer, anything they have not saved is lost, and they cannot sign in until an administrator activates the account again.</source>
            <translation>Деактивирати налог особе {name} ({username}, {branch})? Особа се одмах одјављује на свим рачунарима, све што није сачувала се губи и не може да се пријави док администратор поново не активира налог.</translation>
        </message>
        <message>
            <source>{name} ({username}) can now sign in with the password you chose and will be asked to change it.</source>
            <translation>{name} ({username}) сада може да се пријави лозинком коју сте одабрали, а затим ће морати да је промени.</translation>
        </message>
        <message>
            <source>{name}'s password was reset. Give it to them in person; they choose a new one at the next sign-in.</source>
            <translation>Лозинка корисника {name} је ресетована. Предајте је лично; при следећој пријави корисник бира нову.</translation>
        </message>
        <message>
            <source>Branch {code} ({name}) created. Choose it when creating its agents.</source>
            <translation>Филијала {code} ({name}) је креирана. Изаберите је када креирате њене агенте.</translation>
        </message>
    </context>
    <context>
        <name>AllowRejoinDialog</name>
        <message>
            <source>Allow former member {number} to join again</source>
            <translation>Поновни приступ бившег члана {number}</translation>
        </message>
        <message>
            <source>The person was excluded. With your decision they may enroll again: a new membership, from the rules, not from the old points.</source>
            <translation>Особа је била искључена. Вашом одлуком може поново да приступи: ново чланство по правилима, не са старим поенима.</translation>
        </message>
        <message>
            <source>&amp;Allow</source>
            <translation>&amp;Дозволи</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Агент</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Филијала</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Радна станица</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Радња</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Детаљи</translation>
        </message>
        <message>
            <source>no. {id}</source>
            <translation>бр. {id}</translation>
        </message>
    </context>
    <context>
        <name>AuditTexts</name>
        <message>
            <source>Refused: no right to do this</source>
            <translation>Одбијено: нема права за ову радњу</translation>
        </message>
        <message>
            <source>Refused: too many requests</source>
            <translation>Одбијено: превише захтева</translation>
        </message>
        <message>
            <source>Customers searched</source>
            <translation>Претрага клијената</translation>
        </message>
        <message>
            <source>Portal code checked by the portal</source>
            <translation>Код за портал проверен на порталу</translation>
        </message>
        <message>
            <source>Certificate cancelled</source>
            <translation>Полиса поништена</translation>
        </message>
        <message>
            <source>Certificate issued</source>
            <translation>Полиса издата</translation>
        </message>
        <message>
            <source>Certificate printed</source>
            <translation>Полиса одштампана</translation>
        </message>
        <message>
            <source>Certificate printed again (copy)</source>
            <translation>Полиса поново одштампана (копија)</translation>
        </message>
        <message>
            <source>Certificate opened</source>
            <translation>Полиса отворена</translation>
        </message>
        <message>
            <source>Certificate saved as PDF (electronic copy)</source>
            <translation>Полиса сачувана као PDF (електронска копија)</translation>
        </message>
        <message>
            <source>Certificate signing key retired</source>
            <translation>Кључ за потписивање полиса повучен</translation>
        </message>
        <message>
            <source>Accident insurance quoted</source>
            <translation>Обрачуната понуда за осигурање од незгоде</translation>
        </message>
        <message>
            <source>Accident insurance data read</source>
            <translation>Преглед података осигурања од незгоде</translation>
        </message>
        <message>
            <source>Import started</source>
            <translation>Увоз започет</translation>
        </message>
        <message>
            <source>Portal code history read</source>
            <translation>Преглед историје кодова за портал</translation>
        </message>
        <message>
            <source>ZAME data read</source>
            <translation>Преглед ZAME података</translation>
        </message>
        <message>
            <source>ZAME exit request withdrawn</source>
            <translation>Захтев за иступање из ZAME повучен</translation>
        </message>
        <message>
            <source>Account activated</source>
            <translation>Налог активиран</translation>
        </message>
        <message>
            <source>Account created</source>
            <translation>Налог креиран</translation>
        </message>
        <message>
            <source>Account deactivated</source>
            <translation>Налог деактивиран</translation>
        </message>
        <message>
            <source>Password reset by an administrator</source>
            <translation>Лозинку је ресетовао администратор</translation>
        </message>
        <message>
            <source>Account unlocked by an administrator</source>
            <translation>Налог је откључао администратор</translation>
        </message>
        <message>
            <source>Audit trail exported</source>
            <translation>Ревизорски траг извезен</translation>
        </message>
        <message>
            <source>Screen locked after idle time</source>
            <translation>Екран закључан због неактивности</translation>
        </message>
        <message>
            <source>Screen locked</source>
            <translation>Екран закључан</translation>
        </message>
        <message>
            <source>Locked out after wrong passwords</source>
            <translation>Закључан због погрешних лозинки</translation>
        </message>
        <message>
            <source>Own password changed</source>
            <translation>Сопствена лозинка промењена</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Пријава није успела</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation>Пријава одбијена</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Пријава</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Одјава</translation>
        </message>
        <message>
            <source>Screen unlocked</source>
            <translation>Екран откључан</translation>
        </message>
        <message>
            <source>Branch created</source>
            <translation>Филијала креирана</translation>
        </message>
        <message>
            <source>Confirmed as a different person</source>
            <translation>Потврђено као друга особа</translation>
        </message>
        <message>
            <source>Customer created</source>
            <translation>Клијент креиран</translation>
        </message>
        <message>
            <source>Contact change confirmed by a supervisor</source>
            <translation>Измену контакта потврдио руководилац</translation>
        </message>
        <message>
            <source>Contact verified at the desk</source>
            <translation>Контакт проверен на шалтеру</translation>
        </message>
        <message>
            <source>Guardian recorded</source>
            <translation>Старатељ забележен</translation>
        </message>
        <message>
            <source>Personal data exported</source>
            <translation>Лични подаци извезени</translation>
        </message>
        <message>
            <source>Records merged</source>
            <translation>Записи спојени</translation>
        </message>
        <message>
            <source>Customer changed</source>
            <translation>Клијент измењен</translation>
        </message>
        <message>
            <source>Record opened</source>
            <translation>Запис отворен</translation>
        </message>
        <message>
            <source>Claims imported</source>
            <translation>Штете увезене</translation>
        </message>
        <message>
            <source>Customers imported</source>
            <translation>Клијенти увезени</translation>
        </message>
        <message>
            <source>Policies imported</source>
            <translation>Полисе увезене</translation>
        </message>
        <message>
            <source>Message cancelled</source>
            <translation>Порука отказана</translation>
        </message>
        <message>
            <source>Message could not be delivered</source>
            <translation>Порука није могла бити испоручена</translation>
        </message>
        <message>
            <source>Sent again with a new code</source>
            <translation>Поново послато са новим кодом</translation>
        </message>
        <message>
            <source>Message retry requested</source>
            <translation>Затражен поновни покушај слања</translation>
        </message>
        <message>
            <source>Message retry scheduled</source>
            <translation>Заказан поновни покушај слања</translation>
        </message>
        <message>
            <source>Message sent</source>
            <translation>Порука послата</translation>
        </message>
        <message>
            <source>Rule value recorded</source>
            <translation>Вредност правила забележена</translation>
        </message>
        <message>
            <source>Portal codes issued in bulk</source>
            <translation>Кодови за портал издати групно</translation>
        </message>
        <message>
            <source>Portal code issued</source>
            <translation>Код за портал издат</translation>
        </message>
        <message>
            <source>Portal code refused</source>
            <translation>Код за портал одбијен</translation>
        </message>
        <message>
            <source>Portal code used</source>
            <translation>Код за портал искоришћен</translation>
        </message>
        <message>
            <source>Portal code refused: already used</source>
            <translation>Код за портал одбијен: већ искоришћен</translation>
        </message>
        <message>
            <source>Portal code locked after wrong guesses</source>
            <translation>Код за портал закључан због погрешних уноса</translation>
        </message>
        <message>
            <source>Wrong portal code typed</source>
            <translation>Унет погрешан код за портал</translation>
        </message>
        <message>
            <source>Portal code refused: replaced by a newer one</source>
            <translation>Код за портал одбијен: замењен новијим</translation>
        </message>
        <message>
            <source>First start: store set up</source>
            <translation>Прво покретање: складиште подешено</translation>
        </message>
        <message>
            <source>Store marked as a demo store</source>
            <translation>Складиште означено као демо складиште</translation>
        </message>
        <message>
            <source>ZAME activities imported</source>
            <translation>ZAME активности увезене</translation>
        </message>
        <message>
            <source>ZAME activity recorded</source>
            <translation>ZAME активност забележена</translation>
        </message>
        <message>
            <source>ZAME consent given</source>
            <translation>ZAME сагласност дата</translation>
        </message>
        <message>
            <source>ZAME consent withdrawn</source>
            <translation>ZAME сагласност повучена</translation>
        </message>
        <message>
            <source>ZAME coupon activated</source>
            <translation>ZAME купон активиран</translation>
        </message>
        <message>
            <source>ZAME daily points run</source>
            <translation>Дневни обрачун ZAME бодова</translation>
        </message>
        <message>
            <source>Enrolled in ZAME</source>
            <translation>Учлањен у ZAME</translation>
        </message>
        <message>
            <source>ZAME form printed</source>
            <translation>ZAME образац одштампан</translation>
        </message>
        <message>
            <source>Excluded from ZAME</source>
            <translation>Искључен из ZAME</translation>
        </message>
        <message>
            <source>ZAME investor status re-checked</source>
            <translation>Поново проверен статус инвеститора ZAME</translation>
        </message>
        <message>
            <source>ZAME monthly investor re-check run</source>
            <translation>Месечна поновна провера инвеститора ZAME</translation>
        </message>
        <message>
            <source>Allowed to join ZAME again</source>
            <translation>Дозвољен поновни приступ у ZAME</translation>
        </message>
        <message>
            <source>ZAME exit requested</source>
            <translation>Затражено иступање из ZAME</translation>
        </message>
        <message>
            <source>Partner offer changed</source>
            <translation>Партнерска понуда измењена</translation>
        </message>
        <message>
            <source>Partner offer created</source>
            <translation>Партнерска понуда креирана</translation>
        </message>
        <message>
            <source>ZAME points statement printed</source>
            <translation>Извод ZAME бодова одштампан</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Клијент</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Налог</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Филијала</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Полиса</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Понуда</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Порука</translation>
        </message>
        <message>
            <source>Portal code</source>
            <translation>Код за портал</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>ZAME day</source>
            <translation>ZAME дан</translation>
        </message>
        <message>
            <source>ZAME membership</source>
            <translation>ZAME чланство</translation>
        </message>
        <message>
            <source>Partner offer</source>
            <translation>Партнерска понуда</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Увоз</translation>
        </message>
        <message>
            <source>Refused call</source>
            <translation>Одбијени позив</translation>
        </message>
        <message>
            <source>Many at once (import or demo)</source>
            <translation>Више одједном (увоз или демонстрација)</translation>
        </message>
        <message>
            <source>Filter: action</source>
            <translation>Филтер: радња</translation>
        </message>
        <message>
            <source>Filter: agent</source>
            <translation>Филтер: агент</translation>
        </message>
        <message>
            <source>Filter: customer no.</source>
            <translation>Филтер: бр. клијента</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <source>Contact changed</source>
            <translation>Промењен контакт</translation>
        </message>
        <message>
            <source>National ids added</source>
            <translation>Додати национални идентификатори</translation>
        </message>
        <message>
            <source>National ids removed</source>
            <translation>Уклоњени национални идентификатори</translation>
        </message>
        <message>
            <source>Identified again</source>
            <translation>Поново идентификован</translation>
        </message>
        <message>
            <source>National ids</source>
            <translation>Национални идентификатори</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Идентификација</translation>
        </message>
        <message>
            <source>Confirmed different from records</source>
            <translation>Потврђено као различит од записа</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Послато на</translation>
        </message>
        <message>
            <source>Membership no.</source>
            <translation>Чланство бр.</translation>
        </message>
        <message>
            <source>Member number</source>
            <translation>Члански број</translation>
        </message>
        <message>
            <source>Terms version</source>
            <translation>Верзија услова</translation>
        </message>
        <message>
            <source>Privacy notice version</source>
            <translation>Верзија обавештења о приватности</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>Потписано</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Дана</translation>
        </message>
        <message>
            <source>Effective on</source>
            <translation>Важи од</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>Примљено</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Број</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Укупно</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валута</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Клаузула</translation>
        </message>
        <message>
            <source>Quote no.</source>
            <translation>Понуда бр.</translation>
        </message>
        <message>
            <source>Customer no.</source>
            <translation>Клијент бр.</translation>
        </message>
        <message>
            <source>Record kept</source>
            <translation>Задржани запис</translation>
        </message>
        <message>
            <source>Record merged away</source>
            <translation>Спојени (угашени) запис</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Корисничко име</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Тржиште</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Вредност</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Важи од</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Покушај</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Покушаји</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Минути</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Намена</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Редови</translation>
        </message>
        <message>
            <source>Print no.</source>
            <translation>Штампа бр.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Грешка</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Важи до</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Бодови</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Дан</translation>
        </message>
        <message>
            <source>Insured persons</source>
            <translation>Осигурана лица</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Одбијено</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Издато</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Неуспешно</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Прескочено</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Записано</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Пре</translation>
        </message>
        <message>
            <source>After</source>
            <translation>После</translation>
        </message>
        <message>
            <source>Other record no.</source>
            <translation>Други запис бр.</translation>
        </message>
        <message>
            <source>Guardian's record no.</source>
            <translation>Запис старатеља бр.</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Однос</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Доказ</translation>
        </message>
        <message>
            <source>Prints</source>
            <translation>Штампања</translation>
        </message>
        <message>
            <source>Coupon number</source>
            <translation>Број купона</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>Члан породице</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Unknown user name</source>
            <translation>Непознато корисничко име</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Чланови</translation>
        </message>
        <message>
            <source>Rows in the file</source>
            <translation>Редови у датотеци</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Датотека</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активно</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Администратор</translation>
        </message>
        <message>
            <source>Already checked</source>
            <translation>Већ проверено</translation>
        </message>
        <message>
            <source>Answer as of</source>
            <translation>Одговор на дан</translation>
        </message>
        <message>
            <source>Limited calls</source>
            <translation>Ограничени позиви</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Величина (бајтови)</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Позивалац</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отказано</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Кандидати</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Проверено</translation>
        </message>
        <message>
            <source>Confirmations removed</source>
            <translation>Уклоњене потврде</translation>
        </message>
        <message>
            <source>With consent</source>
            <translation>Са сагласношћу</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Сагласности</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Duplicates dropped</source>
            <translation>Изостављени дупликати</translation>
        </message>
        <message>
            <source>Earlier merges moved to the record kept</source>
            <translation>Ранија спајања пренесена на задржани запис</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Кодирање</translation>
        </message>
        <message>
            <source>Kinds</source>
            <translation>Врсте</translation>
        </message>
        <message>
            <source>Exits</source>
            <translation>Иступања</translation>
        </message>
        <message>
            <source>Level changes</source>
            <translation>Промене нивоа</translation>
        </message>
        <message>
            <source>Limit per minute</source>
            <translation>Ограничење по минуту</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Пренесено</translation>
        </message>
        <message>
            <source>No longer active</source>
            <translation>Више није активно</translation>
        </message>
        <message>
            <source>Offer no.</source>
            <translation>Понуда бр.</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Помак</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Порекло</translation>
        </message>
        <message>
            <source>Message no.</source>
            <translation>Порука бр.</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Пружалац</translation>
        </message>
        <message>
            <source>Query</source>
            <translation>Упит</translation>
        </message>
        <message>
            <source>Replaced code no.</source>
            <translation>Замењени код бр.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Резултат</translation>
        </message>
        <message>
            <source>Earlier codes revoked</source>
            <translation>Опозвани ранији кодови</translation>
        </message>
        <message>
            <source>Search terms removed</source>
            <translation>Уклоњени појмови за претрагу</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Секунде</translation>
        </message>
        <message>
            <source>Portal code no.</source>
            <translation>Код за портал бр.</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Од</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Извор</translation>
        </message>
        <message>
            <source>Still active</source>
            <translation>Још активно</translation>
        </message>
        <message>
            <source>Terminal reference</source>
            <translation>Референца терминала</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Временска зона</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Наслов</translation>
        </message>
        <message>
            <source>Written to</source>
            <translation>Уписано у</translation>
        </message>
        <message>
            <source>Verification no.</source>
            <translation>Провера бр.</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Повучено</translation>
        </message>
        <message>
            <source>Without consent</source>
            <translation>Без сагласности</translation>
        </message>
        <message>
            <source>Wording version</source>
            <translation>Верзија текста</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Измењено</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Креирано</translation>
        </message>
        <message>
            <source>Ignored columns</source>
            <translation>Занемарене колоне</translation>
        </message>
        <message>
            <source>Refused: another market's records</source>
            <translation>Одбијено: записи другог тржишта</translation>
        </message>
        <message>
            <source>Start event no.</source>
            <translation>Догађај почетка бр.</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Непромењено</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Ажурирано</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Презиме</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Датум рођења</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Улица</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Поштански број</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Држава</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Е-пошта</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Мобилни телефон</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>Жељени језик</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Лични документ</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Број документа</translation>
        </message>
        <message>
            <source>Document valid until</source>
            <translation>Документ важи до</translation>
        </message>
        <message>
            <source>The account is locked</source>
            <translation>Налог је блокиран</translation>
        </message>
        <message>
            <source>The account is deactivated</source>
            <translation>Налог је деактивиран</translation>
        </message>
        <message>
            <source>Wrong password</source>
            <translation>Погрешна лозинка</translation>
        </message>
        <message>
            <source>No account with this user name</source>
            <translation>Нема налога са овим корисничким именом</translation>
        </message>
        <message>
            <source>Signed out by the agent</source>
            <translation>Агент се одјавио</translation>
        </message>
        <message>
            <source>Signed out by the agent from the locked screen</source>
            <translation>Агент се одјавио са закључаног екрана</translation>
        </message>
        <message>
            <source>The window was closed</source>
            <translation>Прозор је затворен</translation>
        </message>
        <message>
            <source>Left without choosing the new password asked for</source>
            <translation>Одјава без избора тражене нове лозинке</translation>
        </message>
        <message>
            <source>Locked out by wrong passwords at the locked screen</source>
            <translation>Блокиран због погрешних лозинки на закључаном екрану</translation>
        </message>
        <message>
            <source>After the idle time</source>
            <translation>После времена неактивности</translation>
        </message>
        <message>
            <source>By the agent (Ctrl+L or the Lock button)</source>
            <translation>Закључао агент (Ctrl+L или дугме Закључај)</translation>
        </message>
        <message>
            <source>The customer may not have a code</source>
            <translation>Клијент не може да добије код</translation>
        </message>
        <message>
            <source>Not the contact of record</source>
            <translation>Није евидентирани контакт</translation>
        </message>
        <message>
            <source>A recent contact change is not confirmed yet</source>
            <translation>Недавна измена контакта још није потврђена</translation>
        </message>
        <message>
            <source>No e-mail of record</source>
            <translation>Нема евидентиране е-адресе</translation>
        </message>
        <message>
            <source>No mobile number of record</source>
            <translation>Нема евидентираног броја мобилног телефона</translation>
        </message>
        <message>
            <source>Too many codes in an hour</source>
            <translation>Превише кодова у једном сату</translation>
        </message>
        <message>
            <source>Too many codes in a day</source>
            <translation>Превише кодова у једном дану</translation>
        </message>
        <message>
            <source>The code is no longer valid</source>
            <translation>Код више не важи</translation>
        </message>
        <message>
            <source>Cancelled by a supervisor</source>
            <translation>Отказао руководилац</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Agent at the desk</source>
            <translation>Агент на шалтеру</translation>
        </message>
        <message>
            <source>In person, ID card</source>
            <translation>Лично, лична карта</translation>
        </message>
        <message>
            <source>In person, passport</source>
            <translation>Лично, пасош</translation>
        </message>
        <message>
            <source>Rekono</source>
            <translation>Реконо</translation>
        </message>
        <message>
            <source>Tax number</source>
            <translation>Порески број</translation>
        </message>
        <message>
            <source>EMŠO</source>
            <translation>ЕМШО</translation>
        </message>
        <message>
            <source>ЕГН</source>
            <translation>ЕГН (ЕГН)</translation>
        </message>
        <message>
            <source>ЛНЧ</source>
            <translation>ЛНЧ (ЛНЧ)</translation>
        </message>
        <message>
            <source>JMBG</source>
            <translation>ЈМБГ</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Пријава</translation>
        </message>
        <message>
            <source>Unlocking the screen</source>
            <translation>Откључавање екрана</translation>
        </message>
        <message>
            <source>Changing the password</source>
            <translation>Промена лозинке</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Не</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Audit trail</source>
            <translation>Ревизорски траг</translation>
        </message>
        <message>
            <source>Who did what, when and where. Times are shown in the time zone of your branch ({zone}).</source>
            <translation>Ко је шта урадио, када и где. Времена су приказана у временској зони ваше филијале ({zone}).</translation>
        </message>
        <message>
            <source>A&amp;gent</source>
            <translation>А&amp;гент</translation>
        </message>
        <message>
            <source>Ac&amp;tion</source>
            <translation>&amp;Радња</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Од</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>&amp;До</translation>
        </message>
        <message>
            <source>Only this &amp;customer</source>
            <translation>Само овај к&amp;лијент</translation>
        </message>
        <message>
            <source>Show only the events about the customer of the selected event</source>
            <translation>Прикажи само догађаје клијента из изабраног догађаја</translation>
        </message>
        <message>
            <source>All agents</source>
            <translation>Сви агенти</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Све радње</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Осв&amp;ежи</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>Извоз у &amp;CSV…</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Агент</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Радња</translation>
        </message>
        <message>
            <source>From day</source>
            <translation>Од датума</translation>
        </message>
        <message>
            <source>To day</source>
            <translation>До датума</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Освежи</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Извоз у CSV</translation>
        </message>
        <message>
            <source>Audit events</source>
            <translation>Ревизорски догађаји</translation>
        </message>
        <message>
            <source>Only the events about this customer's record</source>
            <translation>Само догађаји у вези са записом овог клијента</translation>
        </message>
        <message>
            <source>C&amp;ustomer</source>
            <translation>&amp;Клијент</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Клијент</translation>
        </message>
        <message>
            <source>Only this customer</source>
            <translation>Само овај клијент</translation>
        </message>
        <message>
            <source>The selected event</source>
            <translation>Изабрани догађај</translation>
        </message>
        <message>
            <source>Load the events again (F5)</source>
            <translation>Поново учитај догађаје (F5)</translation>
        </message>
        <message>
            <source>Write every event matching the filter (not only those shown) to a CSV file</source>
            <translation>Упиши све догађаје који одговарају филтеру (не само приказане) у CSV датотеку</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Учитавање…</translation>
        </message>
        <message numerus="yes">
            <source>Showing the latest %n events. Narrow the filter to see older ones; the CSV export contains them all.</source>
            <translation>
                <numerusform>Приказан је последњи %n догађај. Сузите филтер да бисте видели старије; CSV извоз садржи све.</numerusform>
                <numerusform>Приказана су последња %n догађаја. Сузите филтер да бисте видели старије; CSV извоз садржи све.</numerusform>
                <numerusform>Приказано је последњих %n догађаја. Сузите филтер да бисте видели старије; CSV извоз садржи све.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n догађај</numerusform>
                <numerusform>%n догађаја</numerusform>
                <numerusform>%n догађаја</numerusform>
            </translation>
        </message>
        <message>
            <source>Select an event to read it in full.</source>
            <translation>Изаберите догађај да бисте га прочитали у целости.</translation>
        </message>
        <message>
            <source>{when} · {agent} · branch {branch} · workstation {workstation}</source>
            <translation>{when} · {agent} · филијала {branch} · радно место {workstation}</translation>
        </message>
        <message>
            <source>Record: {record}</source>
            <translation>Запис: {record}</translation>
        </message>
        <message>
            <source>Export audit events</source>
            <translation>Извоз ревизорских догађаја</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV датотеке (*.csv)</translation>
        </message>
        <message>
            <source>Exporting the audit trail</source>
            <translation>Извоз ревизорског трага</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Уписивање {file}…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n events to {file}</source>
            <translation>
                <numerusform>Извезен је %n догађај у {file}</numerusform>
                <numerusform>Извезена су %n догађаја у {file}</numerusform>
                <numerusform>Извезено је %n догађаја у {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation>Извоз није успео: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BreakdownDialog</name>
        <message>
            <source>Premium breakdown</source>
            <translation>Структура премије</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Корак</translation>
        </message>
        <message>
            <source>Amount (EUR)</source>
            <translation>Износ (EUR)</translation>
        </message>
        <message>
            <source>Amount (BGN at {rate})</source>
            <translation>Износ (BGN по курсу {rate})</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
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
            <translation>Сторнирање потврде {number}</translation>
        </message>
        <message>
            <source>The certificate stays on record, marked as cancelled, with your reason; the cover does not start.</source>
            <translation>Потврда остаје у евиденцији, означена као сторнирана, са вашим разлогом; покриће не почиње.</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Разлог</translation>
        </message>
        <message>
            <source>Cancel the &amp;certificate</source>
            <translation>Сторнирај &amp;потврду</translation>
        </message>
        <message>
            <source>Cancel certificate {number}? It stays on record as cancelled and its cover never starts; a cancellation cannot be undone.</source>
            <translation>Сторнирати потврду {number}? Остаје у евиденцији као сторнирана и њено покриће никада не почиње; сторнирање се не може опозвати.</translation>
        </message>
    </context>
    <context>
        <name>CertificateDialog</name>
        <message>
            <source>Accident certificate {number}</source>
            <translation>Потврда о осигурању од незгоде {number}</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Број</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Policyholder</source>
            <translation>Уговарач осигурања</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Клаузула</translation>
        </message>
        <message>
            <source>Insured persons</source>
            <translation>Осигурана лица</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Покриће</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Премија</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Плаћање</translation>
        </message>
        <message>
            <source>Prints</source>
            <translation>Штампања</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Сторнирана</translation>
        </message>
        <message>
            <source>&amp;Preview and print…</source>
            <translation>&amp;Преглед и штампа…</translation>
        </message>
        <message>
            <source>&amp;Cancel certificate…</source>
            <translation>&amp;Сторнирај потврду…</translation>
        </message>
        <message>
            <source>A supervisor cancels a certificate, with a reason, before its cover starts</source>
            <translation>Руководилац сторнира потврду, уз навођење разлога, пре почетка покрића</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>A (one person)</source>
            <translation>А (једна особа)</translation>
        </message>
        <message>
            <source>B (group)</source>
            <translation>Б (група)</translation>
        </message>
        <message>
            <source>from {start} to {end} (Sofia time)</source>
            <translation>од {start} до {end} (по времену у Софији)</translation>
        </message>
        <message>
            <source>{net} + tax {tax} = {total}</source>
            <translation>{net} + порез {tax} = {total}</translation>
        </message>
        <message>
            <source>card, terminal reference {reference}, {when}</source>
            <translation>картица, референца терминала {reference}, {when}</translation>
        </message>
        <message>
            <source>not printed yet</source>
            <translation>још није одштампана</translation>
        </message>
        <message>
            <source>once (the original)</source>
            <translation>једном (оригинал)</translation>
        </message>
        <message numerus="yes">
            <source>the original and %n copies</source>
            <translation>
                <numerusform>оригинал и %n копија</numerusform>
                <numerusform>оригинал и %n копије</numerusform>
                <numerusform>оригинал и %n копија</numerusform>
            </translation>
        </message>
        <message>
            <source>{when}: {reason}</source>
            <translation>{when}: {reason}</translation>
        </message>
        <message>
            <source>Preparing the certificate</source>
            <translation>Припрема потврде</translation>
        </message>
        <message>
            <source>Certificate {number} cancelled.</source>
            <translation>Потврда {number} је сторнирана.</translation>
        </message>
    </context>
    <context>
        <name>CertificateList</name>
        <message>
            <source>Certificate number, e.g. SOF-CENTER-2026-000012</source>
            <translation>Број потврде, нпр. SOF-CENTER-2026-000012</translation>
        </message>
        <message>
            <source>Search by certificate number</source>
            <translation>Претрага по броју потврде</translation>
        </message>
        <message>
            <source>&amp;New quote…</source>
            <translation>&amp;Нова понуда…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Отвори</translation>
        </message>
        <message>
            <source>No certificates found.</source>
            <translation>Није пронађена ниједна потврда.</translation>
        </message>
    </context>
    <context>
        <name>CertificatePreviewDialog</name>
        <message>
            <source>Certificate {number}</source>
            <translation>Потврда {number}</translation>
        </message>
        <message>
            <source>Certificate preview</source>
            <translation>Преглед потврде</translation>
        </message>
        <message>
            <source>The original was printed: the next print is a copy (КОПИЕ).</source>
            <translation>Оригинал је одштампан: следећи отисак је копија (КОПИЕ).</translation>
        </message>
        <message>
            <source>Printing the certificate</source>
            <translation>Штампање потврде</translation>
        </message>
        <message>
            <source>The printer could not print. The print was recorded as taken: print again (it will be a copy).</source>
            <translation>Штампач није могао да одштампа. Штампање је ипак евидентирано: одштампајте поново (биће копија).</translation>
        </message>
        <message>
            <source>Preview: the first paper print is the original, every later print is marked as a copy (КОПИЕ). A saved PDF is an electronic copy and does not use up the original.</source>
            <translation>Преглед: прва штампа на папиру је оригинал, свака каснија је означена као копија (КОПИЕ). Сачувани PDF је електронска копија и не троши оригинал.</translation>
        </message>
        <message>
            <source>an electronic copy (the original is the paper print)</source>
            <translation>електронска копија (оригинал је штампа на папиру)</translation>
        </message>
        <message>
            <source>copy no. {number}</source>
            <translation>копија бр. {number}</translation>
        </message>
        <message>
            <source>the original</source>
            <translation>оригинал</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Промена лозинке</translation>
        </message>
        <message>
            <source>Use a password you use nowhere else.</source>
            <translation>Користите лозинку коју не користите нигде другде.</translation>
        </message>
        <message>
            <source>C&amp;urrent password</source>
            <translation>&amp;Тренутна лозинка</translation>
        </message>
        <message>
            <source>&amp;New password</source>
            <translation>&amp;Нова лозинка</translation>
        </message>
        <message>
            <source>New password a&amp;gain</source>
            <translation>Нова лозинка &amp;поново</translation>
        </message>
        <message>
            <source>C&amp;hange password</source>
            <translation>Про&amp;мени лозинку</translation>
        </message>
    </context>
    <context>
        <name>ClaimsModel</name>
        <message>
            <source>Claim number</source>
            <translation>Број штете</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Полиса</translation>
        </message>
        <message>
            <source>Reported on</source>
            <translation>Пријављена</translation>
        </message>
    </context>
    <context>
        <name>CodeHistoryModel</name>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Послат на</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Издат</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Важи до</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Failure</source>
            <translation>Грешка</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Одбаци измене</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несачуване измене</translation>
        </message>
        <message>
            <source>This page has changes that are not saved. Leave it and discard them?</source>
            <translation>Ова страна има несачуване измене. Напустити је и одбацити измене?</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Give or withdraw a consent</source>
            <translation>Давање или повлачење сагласности</translation>
        </message>
        <message>
            <source>Consents are a history: each change is added, none is edited. Leave the wording version empty for the one in force.</source>
            <translation>Сагласности се воде као историја: свака промена се додаје, ниједна се не мења. За важећу верзију текста оставите поље празно.</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Повучена</translation>
        </message>
        <message>
            <source>the version in force</source>
            <translation>важећа верзија</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Унеси</translation>
        </message>
    </context>
    <context>
        <name>ConsentsModel</name>
        <message>
            <source>given</source>
            <translation>дата</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>повучена</translation>
        </message>
    </context>
    <context>
        <name>ContactDialogs</name>
        <message>
            <source>E-mail</source>
            <translation>Е-пошта</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Мобилни телефон</translation>
        </message>
        <message>
            <source>ID card</source>
            <translation>Лична карта</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Пасош</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Родитељ</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Старатељ</translation>
        </message>
    </context>
    <context>
        <name>ContactHistoryModel</name>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>Стари</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Нови</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Основ</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Променио</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Када</translation>
        </message>
        <message>
            <source>at identification</source>
            <translation>при идентификацији</translation>
        </message>
    </context>
    <context>
        <name>CouponDialog</name>
        <message>
            <source>No partner offer is valid today.</source>
            <translation>Данас не важи ниједна партнерска понуда.</translation>
        </message>
        <message>
            <source>Activate a coupon</source>
            <translation>Активирање купона</translation>
        </message>
        <message>
            <source>The coupon is sent to the member's registered e-mail. The terms allow the agent to activate it on the member's behalf.</source>
            <translation>Купон се шаље на регистровану е-адресу члана. Услови дозвољавају агенту да га активира у име члана.</translation>
        </message>
        <message>
            <source>only where the offer allows family members</source>
            <translation>само ако понуда дозвољава чланове породице</translation>
        </message>
        <message>
            <source>&amp;Activate and send</source>
            <translation>&amp;Активирај и пошаљи</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetailView</name>
        <message>
            <source>← &amp;Back to search</source>
            <translation>← &amp;Назад на претрагу</translation>
        </message>
        <message>
            <source>Back to the search results (Esc, Alt+Left)</source>
            <translation>Назад на резултате претраге (Esc, Alt+стрелица лево)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Измени…</translation>
        </message>
        <message>
            <source>Change the record, the contact of record or re-identify the person (Ctrl+E)</source>
            <translation>Измените запис или евидентирани контакт, односно поново идентификујте особу (Ctrl+E)</translation>
        </message>
        <message>
            <source>&amp;Merge with…</source>
            <translation>&amp;Споји са…</translation>
        </message>
        <message>
            <source>This person has a second record: merge the two into one</source>
            <translation>Ова особа има још један запис: спојите их у један</translation>
        </message>
        <message>
            <source>E&amp;xport personal data (JSON)…</source>
            <translation>И&amp;звези личне податке (JSON)…</translation>
        </message>
        <message>
            <source>Everything stored about this person, for a data subject access request</source>
            <translation>Сви сачувани подаци о овој особи, за захтев лица за приступ подацима</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Освежи</translation>
        </message>
        <message>
            <source>Load the record again (F5)</source>
            <translation>Поново учитај запис (F5)</translation>
        </message>
        <message>
            <source>Open the record &amp;kept</source>
            <translation>Отвори за&amp;држани запис</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Идентитет</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Идентификација</translation>
        </message>
        <message>
            <source>Address and contact of record</source>
            <translation>Адреса и евидентирани контакт</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Презиме</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Датум рођења</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>National ids</source>
            <translation>Идентификациони бројеви</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Језик</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Начин</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Број</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Важи до</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Проверио</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Када</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Улица</translation>
        </message>
        <message>
            <source>Postcode, city</source>
            <translation>Поштански број, место</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Држава</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Е-пошта</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Мобилни телефон</translation>
        </message>
        <message>
            <source>Contact &amp;history (codes go only to the contact of record)</source>
            <translation>Историја &amp;контаката (кодови се шаљу само на евидентирани контакт)</translation>
        </message>
        <message>
            <source>Contact history</source>
            <translation>Историја контаката</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Полисе</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Штете</translation>
        </message>
        <message>
            <source>Customer record</source>
            <translation>Запис клијента</translation>
        </message>
        <message>
            <source>No policies on record for this person.</source>
            <translation>За ову особу нема евидентираних полиса.</translation>
        </message>
        <message>
            <source>No claims on record for this person.</source>
            <translation>За ову особу нема евидентираних штета.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Учитавање…</translation>
        </message>
        <message>
            <source>Record no. {id} · {market} · version {version}</source>
            <translation>Запис бр. {id} · {market} · верзија {version}</translation>
        </message>
        <message>
            <source>Born {day}</source>
            <translation>Рођен(а) {day}</translation>
        </message>
        <message>
            <source>Not identified at a desk yet</source>
            <translation>Још није идентификован(а) на шалтеру</translation>
        </message>
        <message>
            <source>{day} (expired)</source>
            <translation>{day} (истекло)</translation>
        </message>
        <message>
            <source>This record was merged into record no. {id}; it is kept for the history only and cannot be changed.</source>
            <translation>Овај запис је спојен са записом бр. {id}; чува се само ради историје и не може се мењати.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Сажетак</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Преглед</translation>
        </message>
        <message>
            <source>&amp;Policies ({count})</source>
            <translation>По&amp;лисе ({count})</translation>
        </message>
        <message>
            <source>&amp;Claims ({count})</source>
            <translation>Ш&amp;тете ({count})</translation>
        </message>
        <message>
            <source>Portal co&amp;de</source>
            <translation>Код за по&amp;ртал</translation>
        </message>
        <message>
            <source>&amp;Accident insurance</source>
            <translation>Оси&amp;гурање од незгоде</translation>
        </message>
        <message>
            <source>&amp;ZAME</source>
            <translation>З&amp;АМЕ</translation>
        </message>
        <message>
            <source>Not identified at a desk yet: identify before enrolling or issuing</source>
            <translation>Још није идентификован на шалтеру: идентификујте пре учлањења или издавања</translation>
        </message>
        <message>
            <source>{how}, {document} {number}, valid until {day}</source>
            <translation>{how}, {document} {number}, важи до {day}</translation>
        </message>
        <message>
            <source>{text} (document expired)</source>
            <translation>{text} (документ је истекао)</translation>
        </message>
        <message>
            <source>checked by {agent} on {when}</source>
            <translation>проверио/ла {agent}, {when}</translation>
        </message>
        <message>
            <source>born {day}</source>
            <translation>рођен(а) {day}</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Последња измена</translation>
        </message>
        <message>
            <source>Contact of record</source>
            <translation>Евидентирани контакт</translation>
        </message>
        <message>
            <source>Policies ({count})</source>
            <translation>Полисе ({count})</translation>
        </message>
        <message>
            <source>Claims ({count})</source>
            <translation>Штете ({count})</translation>
        </message>
        <message>
            <source>{when} · {agent}</source>
            <translation>{when} · {agent}</translation>
        </message>
        <message>
            <source>Recent activity</source>
            <translation>Недавне активности</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Још ништа није забележено.</translation>
        </message>
        <message>
            <source>Loading the summary…</source>
            <translation>Учитавам сажетак…</translation>
        </message>
        <message>
            <source>{action}
{when}, {agent} ({branch})</source>
            <translation>{action}
{when}, {agent} ({branch})</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сачувано.</translation>
        </message>
        <message>
            <source>The record below now shows their version.</source>
            <translation>Испод је сада приказана њихова верзија записа.</translation>
        </message>
        <message>
            <source>The two records are merged; this is the record kept.</source>
            <translation>Записи су спојени; ово је задржани запис.</translation>
        </message>
        <message>
            <source>Export personal data</source>
            <translation>Извоз личних података</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON датотеке (*.json)</translation>
        </message>
        <message>
            <source>Personal data written to {file}. Hand it over securely; it contains everything stored about the person.</source>
            <translation>Лични подаци су уписани у {file}. Предајте их на безбедан начин; датотека садржи све сачуване податке о особи.</translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation>Извоз није успео: {reason}</translation>
        </message>
        <message>
            <source>Exporting personal data</source>
            <translation>Извоз личних података</translation>
        </message>
    </context>
    <context>
        <name>CustomerFormDialog</name>
        <message>
            <source>New customer</source>
            <translation>Нови клијент</translation>
        </message>
        <message>
            <source>Identify the person with an ID card or a passport before you save. Numbers, dates and contacts are checked when you save; whatever needs correcting is marked next to its field.</source>
            <translation>Пре чувања идентификујте особу уз личну карту или пасош. Бројеви, датуми и контакти се проверавају при чувању; оно што треба исправити означено је поред поља.</translation>
        </message>
        <message>
            <source>&amp;Create customer</source>
            <translation>&amp;Креирај клијента</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>Измена клијента</translation>
        </message>
        <message>
            <source>A new e-mail or mobile becomes the contact of record: say on what evidence you change it. The change enters the contact history.</source>
            <translation>Нова е-адреса или број мобилног постаје евидентирани контакт: наведите на основу чега га мењате. Промена се уписује у историју контаката.</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>&amp;Сачувај измене</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Особа</translation>
        </message>
        <message>
            <source>Address and contact</source>
            <translation>Адреса и контакт</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Идентификација</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Име</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Презиме</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Датум рођења</translation>
        </message>
        <message>
            <source>Se&amp;x</source>
            <translation>По&amp;л</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Језик</translation>
        </message>
        <message>
            <source>&amp;Street and number</source>
            <translation>&amp;Улица и број</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>Држ&amp;ава</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;Е-пошта</translation>
        </message>
        <message>
            <source>&amp;Mobile</source>
            <translation>&amp;Мобилни телефон</translation>
        </message>
        <message>
            <source>E&amp;vidence for the change</source>
            <translation>&amp;Основ за промену</translation>
        </message>
        <message>
            <source>&amp;How identified</source>
            <translation>&amp;Начин идентификације</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>Докумен&amp;т</translation>
        </message>
        <message>
            <source>Document &amp;number</source>
            <translation>&amp;Број документа</translation>
        </message>
        <message>
            <source>Valid until (expir&amp;y)</source>
            <translation>&amp;Важи до (истек)</translation>
        </message>
        <message>
            <source>National &amp;ids</source>
            <translation>Иденти&amp;фикациони бројеви</translation>
        </message>
        <message>
            <source>&amp;Postcode, city</source>
            <translation>Поштански б&amp;рој, место</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Поштански број</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>National ids</source>
            <translation>Идентификациони бројеви</translation>
        </message>
        <message>
            <source>&amp;Add identifier</source>
            <translation>Додај идентифика&amp;циони број</translation>
        </message>
        <message>
            <source>Add identifier</source>
            <translation>Додај идентификациони број</translation>
        </message>
        <message>
            <source>&amp;Re-identify the person now</source>
            <translation>И&amp;зврши поновну идентификацију одмах</translation>
        </message>
        <message>
            <source>Re-identify the person now</source>
            <translation>Изврши поновну идентификацију одмах</translation>
        </message>
        <message>
            <source>or a two-letter code, e.g. FR</source>
            <translation>или двословни код, нпр. ФР</translation>
        </message>
        <message>
            <source>e.g. Slovenska cesta 12</source>
            <translation>нпр. Словенска цеста 12</translation>
        </message>
        <message>
            <source>e.g. 041 123 456 or +386 41 123 456</source>
            <translation>нпр. 041 123 456 или +386 41 123 456</translation>
        </message>
        <message>
            <source>e.g. ул. Витоша 15</source>
            <translation>нпр. ул. Витоша 15</translation>
        </message>
        <message>
            <source>e.g. 0888 123 456 or +359 888 123 456</source>
            <translation>нпр. 0888 123 456 или +359 888 123 456</translation>
        </message>
        <message>
            <source>e.g. Knez Mihailova 7</source>
            <translation>нпр. Кнез Михаилова 7</translation>
        </message>
        <message>
            <source>e.g. 064 123 4567 or +381 64 123 4567</source>
            <translation>нпр. 064 123 4567 или +381 64 123 4567</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>ime@example.com</translation>
        </message>
        <message>
            <source>e.g. request signed at the desk, ID card checked</source>
            <translation>нпр. захтев потписан на шалтеру, лична карта проверена</translation>
        </message>
        <message>
            <source>as printed on the document</source>
            <translation>како је одштампан на документу</translation>
        </message>
        <message>
            <source>Identified by {agent} on {moment} ({method}).</source>
            <translation>Идентификација: {agent}, {moment} ({method}).</translation>
        </message>
        <message>
            <source>an agent no longer on record</source>
            <translation>агент који више није у евиденцији</translation>
        </message>
        <message>
            <source>Not identified at a desk yet (e.g. loaded from the core system).</source>
            <translation>Још није идентификован(а) на шалтеру (нпр. учитано из централног система).</translation>
        </message>
        <message>
            <source>Postcode: {problem}</source>
            <translation>Поштански број: {problem}</translation>
        </message>
        <message>
            <source>City: {problem}</source>
            <translation>Место: {problem}</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <source>any customer: type a name or number</source>
            <translation>било који клијент: унесите име или број</translation>
        </message>
        <message>
            <source>Customers found</source>
            <translation>Пронађени клијенти</translation>
        </message>
        <message>
            <source>{name} · no. {id}</source>
            <translation>{name} · бр. {id}</translation>
        </message>
    </context>
    <context>
        <name>CustomerRowsModel</name>
        <message>
            <source>Name</source>
            <translation>Име и презиме</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Датум рођења</translation>
        </message>
        <message>
            <source>National ids</source>
            <translation>Идентификациони бројеви</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Е-пошта</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Мобилни телефон</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchPage</name>
        <message>
            <source>Customers</source>
            <translation>Клијенти</translation>
        </message>
        <message>
            <source>Find a customer by any part of the name, in Latin or Cyrillic, with or without diacritics, or by a national id, mobile number, e-mail or policy number.</source>
            <translation>Пронађите клијента по било ком делу имена, латиницом или ћирилицом, са дијакритицима или без њих, или по идентификационом броју, броју мобилног, е-адреси или броју полисе.</translation>
        </message>
        <message>
            <source>Name, national id, mobile, e-mail or policy number (Ctrl+F)</source>
            <translation>Име, идентификациони број, мобилни, е-пошта или број полисе (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Претрага клијената</translation>
        </message>
        <message>
            <source>&amp;New customer…</source>
            <translation>&amp;Нови клијент…</translation>
        </message>
        <message>
            <source>Identify and record a new customer (Ctrl+N)</source>
            <translation>Идентификујте и евидентирајте новог клијента (Ctrl+N)</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Нови клијент</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Увоз…</translation>
        </message>
        <message>
            <source>Load customers, policies or claims from the core system's CSV extracts</source>
            <translation>Учитајте клијенте, полисе или штете из CSV извода централног система</translation>
        </message>
        <message>
            <source>Import core-system extract</source>
            <translation>Увоз извода из централног система</translation>
        </message>
        <message>
            <source>Customers found</source>
            <translation>Пронађени клијенти</translation>
        </message>
        <message>
            <source>Type at least a few letters of a name, or a whole number, e-mail address or policy number.</source>
            <translation>Унесите бар неколико слова имена или цео број, е-адресу или број полисе.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Претрага…</translation>
        </message>
        <message>
            <source>Loading more…</source>
            <translation>Учитавање још…</translation>
        </message>
        <message>
            <source>No customer found for “{text}”. Check the spelling, try the national id, or create a new customer (Ctrl+N).</source>
            <translation>Није пронађен ниједан клијент за „{text}“. Проверите правопис, покушајте са идентификационим бројем или креирајте новог клијента (Ctrl+N).</translation>
        </message>
        <message numerus="yes">
            <source>The first %n customers are shown; scroll down for more.</source>
            <translation>
                <numerusform>Приказан је први %n клијент; померите се надоле за још.</numerusform>
                <numerusform>Приказана су прва %n клијента; померите се надоле за још.</numerusform>
                <numerusform>Приказано је првих %n клијената; померите се надоле за још.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found. Enter or double-click opens one.</source>
            <translation>
                <numerusform>Пронађен је %n клијент. Отворите га тастером Ентер или двоструким кликом.</numerusform>
                <numerusform>Пронађена су %n клијента. Клијента отварате тастером Ентер или двоструким кликом.</numerusform>
                <numerusform>Пронађено је %n клијената. Клијента отварате тастером Ентер или двоструким кликом.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerTexts</name>
        <message>
            <source>Tax number (davčna številka)</source>
            <translation>Порески број (давчна штевилка)</translation>
        </message>
        <message>
            <source>EMŠO</source>
            <translation>ЕМШО</translation>
        </message>
        <message>
            <source>EGN (ЕГН)</source>
            <translation>ЕГН (ЕГН)</translation>
        </message>
        <message>
            <source>LNCh (ЛНЧ, foreigner)</source>
            <translation>ЛНЦх (ЛНЧ, странац)</translation>
        </message>
        <message>
            <source>JMBG</source>
            <translation>ЈМБГ</translation>
        </message>
        <message>
            <source>Tax no.</source>
            <translation>Порески бр.</translation>
        </message>
        <message>
            <source>EGN</source>
            <translation>ЕГН</translation>
        </message>
        <message>
            <source>LNCh</source>
            <translation>ЛНЦх</translation>
        </message>
        <message>
            <source>In person, with an ID card</source>
            <translation>Лично, уз личну карту</translation>
        </message>
        <message>
            <source>In person, with a passport</source>
            <translation>Лично, уз пасош</translation>
        </message>
        <message>
            <source>Rekono (online, Slovenia only)</source>
            <translation>Реконо (онлајн, само у Словенији)</translation>
        </message>
        <message>
            <source>ID card</source>
            <translation>Лична карта</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Пасош</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Није наведено</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Мушки</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Женски</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <translation>Словенија</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <translation>Бугарска</translation>
        </message>
        <message>
            <source>Serbia</source>
            <translation>Србија</translation>
        </message>
        <message>
            <source>Croatia</source>
            <translation>Хрватска</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <translation>Босна и Херцеговина</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <translation>Црна Гора</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <translation>Северна Македонија</translation>
        </message>
        <message>
            <source>Austria</source>
            <translation>Аустрија</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>Немачка</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>Италија</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Е-пошта</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Мобилни телефон</translation>
        </message>
        <message>
            <source>Policyholder</source>
            <translation>Уговарач осигурања</translation>
        </message>
        <message>
            <source>Insured person</source>
            <translation>Осигураник</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Платилац</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>Оштећени</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Корисник осигурања</translation>
        </message>
        <message>
            <source>Motor liability</source>
            <translation>Аутоодговорност</translation>
        </message>
        <message>
            <source>Motor hull (casco)</source>
            <translation>Каско</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Осигурање домаћинства</translation>
        </message>
        <message>
            <source>Life</source>
            <translation>Животно осигурање</translation>
        </message>
        <message>
            <source>Accident</source>
            <translation>Осигурање од незгоде</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здравствено осигурање</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активна</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Прекинута (неплаћање)</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Сторнирана</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Истекла</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Још није почела</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Отворена</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Пријављена</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>У обради</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Затворена</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Исплаћена</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Одбијена</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Спојен</translation>
        </message>
    </context>
    <context>
        <name>CustomersView</name>
        <message>
            <source>{name} is now on record.</source>
            <translation>{name} је сада у евиденцији.</translation>
        </message>
    </context>
    <context>
        <name>DailyRunPanel</name>
        <message>
            <source>The daily run computes every member's points and level for a day, stores the snapshot and records level changes. The command line runs it each night (agent-app jobs daily); run it here to catch up a day. Running a day again writes nothing twice.</source>
            <translation>Дневни обрачун за одређени дан израчунава бодове и ниво сваког члана, чува снимак стања и бележи промене нивоа. Командна линија га покреће сваке ноћи (агент-апп јобс daily); овде га покрените да бисте надокнадили пропуштени дан. Поновно покретање за исти дан ништа не уписује двапут.</translation>
        </message>
        <message>
            <source>Da&amp;y</source>
            <translation>Д&amp;ан</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Дан</translation>
        </message>
        <message>
            <source>R&amp;un the daily points job</source>
            <translation>Пок&amp;рени дневни обрачун бодова</translation>
        </message>
        <message>
            <source>Cancel the run</source>
            <translation>Откажи обрачун</translation>
        </message>
        <message>
            <source>Progress of the daily run</source>
            <translation>Напредак дневног обрачуна</translation>
        </message>
        <message>
            <source>Last day run: {day}</source>
            <translation>Последњи обрачунати дан: {day}</translation>
        </message>
        <message>
            <source>Not run yet.</source>
            <translation>Још није покренут.</translation>
        </message>
        <message>
            <source>Running the day {day}…</source>
            <translation>Обрачун за дан {day}…</translation>
        </message>
        <message>
            <source>Daily points run</source>
            <translation>Дневни обрачун бодова</translation>
        </message>
        <message>
            <source>Computing the members' points…</source>
            <translation>Израчунавање бодова чланова…</translation>
        </message>
        <message>
            <source>{day}: {members}, {written}, {changes}, {left} ({seconds} s).</source>
            <translation>{day}: {members}, {written}, {changes}, {left} ({seconds} с).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln members</source>
            <translation>
                <numerusform>%Ln члан</numerusform>
                <numerusform>%Ln члана</numerusform>
                <numerusform>%Ln чланова</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln changed figures recorded</source>
            <translation>
                <numerusform>%Ln уписана промена бодова</numerusform>
                <numerusform>%Ln уписане промене бодова</numerusform>
                <numerusform>%Ln уписаних промена бодова</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln level changes</source>
            <translation>
                <numerusform>%Ln промена нивоа</numerusform>
                <numerusform>%Ln промене нивоа</numerusform>
                <numerusform>%Ln промена нивоа</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln exits took effect</source>
            <translation>
                <numerusform>%Ln иступање је ступило на снагу</numerusform>
                <numerusform>%Ln иступања су ступила на снагу</numerusform>
                <numerusform>%Ln иступања је ступило на снагу</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: nothing of the run was kept.</source>
            <translation>Отказано: ништа од обрачуна није сачувано.</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>e.g. {example}</source>
            <translation>нпр. {example}</translation>
        </message>
        <message>
            <source>Pick the day from a calendar (Alt+Down)</source>
            <translation>Изаберите дан у календару (Alt+стрелица надоле)</translation>
        </message>
    </context>
    <context>
        <name>DeploymentTableModel</name>
        <message>
            <source>Setting</source>
            <translation>Подешавање</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Вредност</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Важи од</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Унео</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>Користи се за</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Уписано</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Недостаје</translation>
        </message>
        <message>
            <source>(a table, recorded in its editor)</source>
            <translation>(табела, уписује се у свом уређивачу)</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possibly already on record</source>
            <translation>Можда је већ у евиденцији</translation>
        </message>
        <message>
            <source>Someone with the same name and birth date, or the same e-mail or mobile, is already on record. Open their record instead of creating a second one, or, if you have checked that this is someone else, confirm it: the confirmation is recorded.</source>
            <translation>Особа са истим именом и датумом рођења или са истом е-адресом или бројем мобилног већ је у евиденцији. Отворите њен запис уместо да креирате други или, ако сте проверили да је реч о другој особи, потврдите то: потврда се бележи.</translation>
        </message>
        <message>
            <source>&amp;Open selected record</source>
            <translation>&amp;Отвори изабрани запис</translation>
        </message>
        <message>
            <source>This is a &amp;different person</source>
            <translation>Ово је &amp;друга особа</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>Назад на образац</translation>
        </message>
        <message>
            <source>Likely matches</source>
            <translation>Вероватна подударања</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <source>Enroll {name} in ZAME</source>
            <translation>Учлањење у ZAME: {name}</translation>
        </message>
        <message>
            <source>Record this only after the person has signed the printed enrollment form. The membership starts on the day of signing.</source>
            <translation>Ово унесите тек када особа потпише одштампани образац за учлањење. Чланство почиње на дан потписивања.</translation>
        </message>
        <message>
            <source>Signed the terms {version}</source>
            <translation>Потписани услови {version}</translation>
        </message>
        <message>
            <source>Signed the privacy notice {version}</source>
            <translation>Потписано обавештење о приватности {version}</translation>
        </message>
        <message>
            <source>Agrees to direct marketing</source>
            <translation>Даје сагласност за директни маркетинг</translation>
        </message>
        <message>
            <source>Agrees to Generali Investments notices</source>
            <translation>Даје сагласност за обавештења Generali Investments</translation>
        </message>
        <message>
            <source>Agrees to the monthly check of investor status with Generali Investments</source>
            <translation>Даје сагласност за месечну проверу статуса инвеститора код Generali Investments</translation>
        </message>
        <message>
            <source>&amp;Enroll</source>
            <translation>&amp;Учлани</translation>
        </message>
    </context>
    <context>
        <name>ExcludeDialog</name>
        <message>
            <source>Exclude member {number}</source>
            <translation>Искључење члана {number}</translation>
        </message>
        <message>
            <source>The membership ends today. The person cannot be enrolled again at a branch.</source>
            <translation>Чланство престаје данас. Особа не може поново да се учлани у филијали.</translation>
        </message>
        <message>
            <source>E&amp;xclude</source>
            <translation>&amp;Искључи</translation>
        </message>
        <message>
            <source>Exclude the member today? The membership ends at once with its points; this cannot be undone.</source>
            <translation>Искључити члана данас? Чланство се одмах завршава заједно са бодовима; ово не може да се поништи.</translation>
        </message>
        <message>
            <source>Exclude</source>
            <translation>Искључи</translation>
        </message>
    </context>
    <context>
        <name>ExitDialog</name>
        <message>
            <source>Exit request</source>
            <translation>Захтев за иступање</translation>
        </message>
        <message>
            <source>The exit takes effect on the 5th Slovenian working day, counted from the working day after the request was received. Until then the member is leaving.</source>
            <translation>Иступање ступа на снагу 5. радног дана у Словенији, рачунајући од радног дана након пријема захтева. До тада је члан у статусу „у иступању“.</translation>
        </message>
        <message>
            <source>&amp;Record the request</source>
            <translation>&amp;Унеси захтев</translation>
        </message>
        <message>
            <source>Takes effect on {day}.</source>
            <translation>Ступа на снагу {day}.</translation>
        </message>
        <message>
            <source>Record the exit request? The membership ends on {day}; until then the request can be withdrawn, afterwards the points are lost.</source>
            <translation>Забележити захтев за иступање? Чланство се завршава {day}; до тада захтев може да се повуче, после тога се бодови губе.</translation>
        </message>
        <message>
            <source>Request exit</source>
            <translation>Забележи захтев за иступање</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Branch &amp;code</source>
            <translation>&amp;Ознака филијале</translation>
        </message>
        <message>
            <source>Branch &amp;name</source>
            <translation>&amp;Назив филијале</translation>
        </message>
        <message>
            <source>&amp;Market</source>
            <translation>&amp;Тржиште</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Временска зона</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Корисничко име</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>&amp;Име и презиме</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Лозинка</translation>
        </message>
        <message>
            <source>Password a&amp;gain</source>
            <translation>Лозинка &amp;поново</translation>
        </message>
        <message>
            <source>Agent Desk: first start</source>
            <translation>Agent Desk: прво покретање</translation>
        </message>
        <message>
            <source>Welcome to Agent Desk</source>
            <translation>Добро дошли у Agent Desk</translation>
        </message>
        <message>
            <source>This database is new. Describe the branch this workstation belongs to and create the first administrator, who then creates the agents' accounts.</source>
            <translation>Ова база података је нова. Опишите филијалу којој припада ова радна станица и креирајте првог администратора, који затим креира налоге агената.</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Филијала</translation>
        </message>
        <message>
            <source>First administrator</source>
            <translation>Први администратор</translation>
        </message>
        <message>
            <source>e.g. LJ-CENTER</source>
            <translation>нпр. LJ-CENTER</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>Креирај и пријави се</translation>
        </message>
        <message>
            <source>Creating the branch</source>
            <translation>Креирање филијале</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
    </context>
    <context>
        <name>IdentifierRow</name>
        <message>
            <source>Kind of national number</source>
            <translation>Врста идентификационог броја</translation>
        </message>
        <message>
            <source>National number</source>
            <translation>Идентификациони број</translation>
        </message>
        <message>
            <source>Remove this number</source>
            <translation>Уклони овај број</translation>
        </message>
        <message>
            <source>Open existing record</source>
            <translation>Отвори постојећи запис</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Customers</source>
            <translation>Клијенти</translation>
        </message>
        <message>
            <source>Policies and roles</source>
            <translation>Полисе и улоге</translation>
        </message>
        <message>
            <source>Claims and roles</source>
            <translation>Штете и улоге</translation>
        </message>
        <message>
            <source>Detect automatically</source>
            <translation>Аутоматски препознај</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>Windows-1250 (Latin: Slovenian, Serbian)</source>
            <translation>Windows-1250 (латиница: словеначки, српски)</translation>
        </message>
        <message>
            <source>Windows-1251 (Cyrillic: Bulgarian, Serbian)</source>
            <translation>Windows-1251 (ћирилица: бугарски, српски)</translation>
        </message>
        <message>
            <source>Import from the core system</source>
            <translation>Увоз из централног система</translation>
        </message>
        <message>
            <source>Load a CSV extract of the insurer's core system. Rows already loaded come back unchanged, so a file can be imported again safely. Rows with problems are listed at the end; the other rows load.</source>
            <translation>Учитајте CSV извод из централног система осигуравача. Већ учитани редови остају непромењени, па се датотека може безбедно поново увести. Редови са проблемима наведени су на крају; остали редови се учитавају.</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>Ш&amp;та</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Датотека</translation>
        </message>
        <message>
            <source>&amp;Encoding</source>
            <translation>&amp;Кодирање</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Прегледај…</translation>
        </message>
        <message>
            <source>&amp;Start import</source>
            <translation>&amp;Започни увоз</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>&amp;Откажи увоз</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>customers.csv, policies.csv or claims.csv</source>
            <translation>customers.csv, policies.csv или claims.csv</translation>
        </message>
        <message>
            <source>What to import</source>
            <translation>Шта увести</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Датотека</translation>
        </message>
        <message>
            <source>Browse for the file</source>
            <translation>Пронађите датотеку</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Кодирање</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Напредак увоза</translation>
        </message>
        <message>
            <source>Start import</source>
            <translation>Започни увоз</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Откажи увоз</translation>
        </message>
        <message>
            <source>Rows with problems</source>
            <translation>Редови са проблемима</translation>
        </message>
        <message>
            <source>Stop at the next row. The rows read so far stay imported; import the same file again to load the rest.</source>
            <translation>Заустави код следећег реда. До тада прочитани редови остају увезени; поново увезите исту датотеку да бисте учитали остатак.</translation>
        </message>
        <message>
            <source>Choose the extract to import</source>
            <translation>Изаберите извод за увоз</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV датотеке (*.csv *.txt);;Све датотеке (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Читање {file}…</translation>
        </message>
        <message>
            <source>Cancelling: finishing the rows already read…</source>
            <translation>Отказивање: завршавају се већ прочитани редови…</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %Ln rows</source>
            <translation>
                <numerusform>{done} од %Ln реда</numerusform>
                <numerusform>{done} од %Ln реда</numerusform>
                <numerusform>{done} од %Ln редова</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %Ln rows.</source>
            <translation>
                <numerusform>{file}: %Ln ред.</numerusform>
                <numerusform>{file}: %Ln реда.</numerusform>
                <numerusform>{file}: %Ln редова.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %Ln rows: those rows are imported. Import the same file again to load the rest.</source>
            <translation>
                <numerusform>Отказано после %Ln реда: тај ред је увезен. Поново увезите исту датотеку да бисте учитали остатак.</numerusform>
                <numerusform>Отказано после %Ln реда: ти редови су увезени. Поново увезите исту датотеку да бисте учитали остатак.</numerusform>
                <numerusform>Отказано после %Ln редова: ти редови су увезени. Поново увезите исту датотеку да бисте учитали остатак.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the first %Ln problems are listed ({more} more).</source>
            <translation>
                <numerusform>Наведен је само први %Ln проблем (још {more}).</numerusform>
                <numerusform>Наведена су само прва %Ln проблема (још {more}).</numerusform>
                <numerusform>Наведено је само првих %Ln проблема (још {more}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Created {created}, updated {updated}, unchanged {unchanged}, failed {failed}.</source>
            <translation>Креирано: {created}, ажурирано: {updated}, непромењено: {unchanged}, неуспешно: {failed}.</translation>
        </message>
        <message>
            <source>Ignored columns: {columns}</source>
            <translation>Занемарене колоне: {columns}</translation>
        </message>
    </context>
    <context>
        <name>ImportErrorsModel</name>
        <message>
            <source>Line</source>
            <translation>Ред</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Колона</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблем</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Отвори</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Ништа није пронађено.</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Agent Desk: locked</source>
            <translation>Agent Desk: закључано</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Закључано</translation>
        </message>
        <message>
            <source>{name}, enter your password to continue where you left off.</source>
            <translation>{name}, унесите лозинку да бисте наставили тамо где сте стали.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Лозинка</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Откључај</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Одјава</translation>
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
            <translation>Одељци</translation>
        </message>
        <message>
            <source>Lock (Ctrl+L)</source>
            <translation>Закључај (Ctrl+L)</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Одјава</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>Branch {code}</source>
            <translation>Филијала {code}</translation>
        </message>
        <message>
            <source>Local database: {path}</source>
            <translation>Локална база података: {path}</translation>
        </message>
        <message>
            <source>Central database: {where}</source>
            <translation>Централна база података: {where}</translation>
        </message>
        <message>
            <source>● Connected</source>
            <translation>● Повезано</translation>
        </message>
        <message>
            <source>● Offline: retrying</source>
            <translation>● Без везе: поновни покушај</translation>
        </message>
        <message>
            <source>Your session on the server has expired.</source>
            <translation>Ваша сесија на серверу је истекла.</translation>
        </message>
        <message>
            <source>Your session on the server ended after a long time without use.</source>
            <translation>Ваша сесија на серверу је завршена после дугог времена без коришћења.</translation>
        </message>
        <message>
            <source>Your account has been deactivated.</source>
            <translation>Ваш налог је деактивиран.</translation>
        </message>
        <message>
            <source>An administrator has reset your password.</source>
            <translation>Администратор је поништио вашу лозинку.</translation>
        </message>
        <message>
            <source>The server has ended your session.</source>
            <translation>Сервер је завршио вашу сесију.</translation>
        </message>
        <message>
            <source>What you were saving was not saved. Sign in again, then repeat it: what you typed is still there.</source>
            <translation>Оно што сте чували није сачувано. Поново се пријавите и поновите радњу: оно што сте унели је и даље ту.</translation>
        </message>
    </context>
    <context>
        <name>Markets</name>
        <message>
            <source>Slovenia (ZAME loyalty programme)</source>
            <translation>Словенија (програм лојалности ZAME)</translation>
        </message>
        <message>
            <source>Bulgaria (accident insurance)</source>
            <translation>Бугарска (осигурање од незгоде)</translation>
        </message>
        <message>
            <source>Serbia (client portal codes)</source>
            <translation>Србија (кодови за клијентски портал)</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>ZAME member {number}: {name}</source>
            <translation>Члан програма ZAME {number}: {name}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
    </context>
    <context>
        <name>MemberList</name>
        <message>
            <source>Member number, e.g. 00000012</source>
            <translation>Члански број, нпр. 00000012</translation>
        </message>
        <message>
            <source>Search by member number</source>
            <translation>Претрага по чланском броју</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Отвори</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
        <message>
            <source>ZAME members</source>
            <translation>Чланови програма ZAME</translation>
        </message>
        <message>
            <source>A member number has digits only.</source>
            <translation>Члански број садржи само цифре.</translation>
        </message>
        <message>
            <source>No members found.</source>
            <translation>Није пронађен ниједан члан.</translation>
        </message>
    </context>
    <context>
        <name>MergeCustomersDialog</name>
        <message>
            <source>Merge {name}'s records</source>
            <translation>Спајање записа: {name}</translation>
        </message>
        <message>
            <source>Find the other record of {name} (no. {id}). Open it with Enter or double-click to compare the two before anything is changed.</source>
            <translation>Пронађите други запис особе {name} (бр. {id}). Отворите га тастером Ентер или двоструким кликом да бисте упоредили оба записа пре него што се било шта промени.</translation>
        </message>
        <message>
            <source>&amp;Find the other record</source>
            <translation>&amp;Пронађи други запис</translation>
        </message>
        <message>
            <source>Name, national id, phone, e-mail or policy number</source>
            <translation>Име, идентификациони број, телефон, е-пошта или број полисе</translation>
        </message>
        <message>
            <source>Check that both records are the same person, then choose the record to keep. The other record's national ids, policies, claims and contact history move to the kept record, whose name, address and contacts stay as they are; the other record is closed and points to the kept one.</source>
            <translation>Проверите да ли се оба записа односе на исту особу, а затим изаберите запис који задржавате. Идентификациони бројеви, полисе, штете и историја контаката другог записа прелазе у задржани запис, чије име, адреса и контакти остају непромењени; други запис се затвара и упућује на задржани.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име и презиме</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Датум рођења</translation>
        </message>
        <message>
            <source>National ids</source>
            <translation>Идентификациони бројеви</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Е-пошта</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Мобилни телефон</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Идентификација</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Полисе</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Штете</translation>
        </message>
        <message>
            <source>This record (no. {id})</source>
            <translation>Овај запис (бр. {id})</translation>
        </message>
        <message>
            <source>The other record (no. {id})</source>
            <translation>Други запис (бр. {id})</translation>
        </message>
        <message>
            <source>Keep &amp;this record (no. {id})</source>
            <translation>Задржи &amp;овај запис (бр. {id})</translation>
        </message>
        <message>
            <source>Keep the &amp;other record (no. {id})</source>
            <translation>Задржи &amp;други запис (бр. {id})</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>&amp;Упореди…</translation>
        </message>
        <message>
            <source>&amp;Merge records</source>
            <translation>&amp;Споји записе</translation>
        </message>
        <message>
            <source>Find the other record</source>
            <translation>Пронађи други запис</translation>
        </message>
        <message>
            <source>Records found</source>
            <translation>Пронађени записи</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Претрага…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) found</source>
            <translation>
                <numerusform>Пронађен је %n запис</numerusform>
                <numerusform>Пронађена су %n записа</numerusform>
                <numerusform>Пронађено је %n записа</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First %n records; scroll for more</source>
            <translation>
                <numerusform>Први %n запис; померите се надоле за још</numerusform>
                <numerusform>Прва %n записа; померите се надоле за још</numerusform>
                <numerusform>Првих %n записа; померите се надоле за још</numerusform>
            </translation>
        </message>
        <message>
            <source>Merging records</source>
            <translation>Спајање записа</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Wrong username or password.</source>
            <translation>Погрешно корисничко име или лозинка.</translation>
        </message>
        <message>
            <source>Too many wrong passwords. The account is locked until {until}.</source>
            <translation>Превише погрешних лозинки. Налог је блокиран до {until}.</translation>
        </message>
        <message>
            <source>This account is deactivated. Ask your administrator.</source>
            <translation>Овај налог је деактивиран. Обратите се администратору.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was saved; please try again.</source>
            <translation>Дошло је до грешке. Ништа није сачувано; покушајте поново.</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>Ваша улога не дозвољава ову радњу.</translation>
        </message>
        <message>
            <source>This action belongs to another market than your branch's.</source>
            <translation>Ова радња припада другом тржишту, а не тржишту ваше филијале.</translation>
        </message>
        <message>
            <source>The record no longer exists. Refresh the list.</source>
            <translation>Запис више не постоји. Освежите листу.</translation>
        </message>
        <message>
            <source>Someone else changed this record meanwhile. Nothing was saved: reload it and apply your change again.</source>
            <translation>Неко други је у међувремену изменио овај запис. Ништа није сачувано: поново га учитајте и унесите своју измену још једном.</translation>
        </message>
        <message>
            <source>Connection to the database lost. Nothing was saved; try again.</source>
            <translation>Веза са базом података је прекинута. Ништа није сачувано; покушајте поново.</translation>
        </message>
        <message>
            <source>The connection to the database was lost while saving, and it cannot be told whether the change was saved. Open the record and check before you try again.</source>
            <translation>Веза са базом података је прекинута током чувања и не може се утврдити да ли је измена сачувана. Отворите запис и проверите пре него што покушате поново.</translation>
        </message>
        <message>
            <source>The database's disk is full. Nothing was saved; free some space (or ask your administrator) and try again.</source>
            <translation>Диск базе података је пун. Ништа није сачувано; ослободите простор (или се обратите администратору) и покушајте поново.</translation>
        </message>
        <message>
            <source>Please correct the marked fields.</source>
            <translation>Исправите означена поља.</translation>
        </message>
        <message>
            <source>Your session on the server has ended. Please sign in again.</source>
            <translation>Ваша сесија на серверу је завршена. Пријавите се поново.</translation>
        </message>
        <message>
            <source>Too many searches or opened records in a minute. Wait {retry_after} s.</source>
            <translation>Превише претрага или отворених записа у једном минуту. Сачекајте {retry_after} с.</translation>
        </message>
        <message>
            <source>The file is larger than {limit_mb} MB, the most the server takes.</source>
            <translation>Датотека је већа од {limit_mb} МБ, што је највише што сервер прима.</translation>
        </message>
        <message>
            <source>This is a database address. Agent Desk works through an Agent Desk server (https://…) and never connects to a database directly: ask IT for the server's address.</source>
            <translation>Ово је адреса базе података. Agent Desk ради преко Agent Desk сервера (https://…) и никада се не повезује директно са базом података: адресу сервера тражите од IT службе.</translation>
        </message>
        <message>
            <source>The server address must start with https:// (http only on this computer).</source>
            <translation>Адреса сервера мора почињати са хттпс:// (хттп само на овом рачунару).</translation>
        </message>
        <message>
            <source>This action is not available through the server.</source>
            <translation>Ова радња није доступна преко сервера.</translation>
        </message>
        <message>
            <source>The server refused the request. Nothing was saved; please try again.</source>
            <translation>Сервер је одбио захтев. Ништа није сачувано; покушајте поново.</translation>
        </message>
        <message>
            <source>The server did not understand the request. Update Agent Desk.</source>
            <translation>Сервер није разумео захтев. Ажурирајте Agent Desk.</translation>
        </message>
        <message>
            <source>This database already has an administrator. Sign in instead.</source>
            <translation>Ова база података већ има администратора. Уместо тога се пријавите.</translation>
        </message>
        <message>
            <source>This database was made by a newer Agent Desk. Install the newer version; the database was not changed.</source>
            <translation>Ову базу података је креирала новија верзија програма Agent Desk. Инсталирајте новију верзију; база података није измењена.</translation>
        </message>
        <message>
            <source>Unknown setting.</source>
            <translation>Непознато подешавање.</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>Обавезно.</translation>
        </message>
        <message>
            <source>At most {maximum} characters.</source>
            <translation>Највише {maximum} знакова.</translation>
        </message>
        <message>
            <source>A whole number from {minimum} to {maximum}.</source>
            <translation>Цео број од {minimum} до {maximum}.</translation>
        </message>
        <message>
            <source>Enter a whole number above 0.</source>
            <translation>Унесите цео број већи од 0.</translation>
        </message>
        <message>
            <source>Choose today or a later day.</source>
            <translation>Изаберите данашњи или каснији дан.</translation>
        </message>
        <message>
            <source>A version for this day already exists. Choose another day.</source>
            <translation>Верзија за овај дан већ постоји. Изаберите други дан.</translation>
        </message>
        <message>
            <source>Use at least {minimum} characters.</source>
            <translation>Користите најмање {minimum} знакова.</translation>
        </message>
        <message>
            <source>Use at most {maximum} characters.</source>
            <translation>Користите највише {maximum} знакова.</translation>
        </message>
        <message>
            <source>The password must not be the username.</source>
            <translation>Лозинка не сме бити иста као корисничко име.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Лозинке се не подударају.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>Тренутна лозинка је погрешна.</translation>
        </message>
        <message>
            <source>Choose a password different from the current one.</source>
            <translation>Изаберите лозинку која се разликује од тренутне.</translation>
        </message>
        <message>
            <source>2 to 16 capital letters, digits or dashes, e.g. LJ-CENTER.</source>
            <translation>Од 2 до 16 великих слова, цифара или цртица, нпр. LJ-CENTER.</translation>
        </message>
        <message>
            <source>A branch with this code exists.</source>
            <translation>Филијала са овом ознаком већ постоји.</translation>
        </message>
        <message>
            <source>Choose the market.</source>
            <translation>Изаберите тржиште.</translation>
        </message>
        <message>
            <source>Unknown time zone; use a name such as Europe/Ljubljana.</source>
            <translation>Непозната временска зона; користите назив као што је Еуропе/Белграде.</translation>
        </message>
        <message>
            <source>3 to 64 small letters, digits, dots, dashes or underscores.</source>
            <translation>Од 3 до 64 мала слова, цифре, тачке, цртице или доње црте.</translation>
        </message>
        <message>
            <source>This username is taken.</source>
            <translation>Ово корисничко име је заузето.</translation>
        </message>
        <message>
            <source>Choose a role.</source>
            <translation>Изаберите улогу.</translation>
        </message>
        <message>
            <source>Choose an existing branch.</source>
            <translation>Изаберите постојећу филијалу.</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>Не можете деактивирати сопствени налог.</translation>
        </message>
        <message>
            <source>Not a database address.</source>
            <translation>Ово није адреса базе података.</translation>
        </message>
        <message>
            <source>Remove the password from the address; enter it in the password field.</source>
            <translation>Уклоните лозинку из адресе; унесите је у поље за лозинку.</translation>
        </message>
        <message>
            <source>The gateway address must start with https://.</source>
            <translation>Адреса мрежног пролаза мора почињати са https://.</translation>
        </message>
        <message>
            <source>Choose a language from the list.</source>
            <translation>Изаберите језик са листе.</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535.</source>
            <translation>Порт је број од 1 до 65535.</translation>
        </message>
        <message>
            <source>Choose STARTTLS, TLS or none.</source>
            <translation>Изаберите STARTTLS, TLS или без.</translation>
        </message>
        <message>
            <source>Enter the server's host name.</source>
            <translation>Унесите име хоста сервера.</translation>
        </message>
        <message>
            <source>Not a date. Type it as {example}, or pick it from the calendar (Alt+Down).</source>
            <translation>Ово није датум. Унесите га у облику {example} или га изаберите из календара (Alt+стрелица надоле).</translation>
        </message>
        <message>
            <source>This person may already be on record. Similar records: {count}.</source>
            <translation>Ова особа је можда већ у евиденцији. Слични записи: {count}.</translation>
        </message>
        <message>
            <source>This person may be the same as row {row} of the same list.</source>
            <translation>Ова особа је можда иста као у реду {row} истог списка.</translation>
        </message>
        <message>
            <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
            <translation>Користите само слова (размаци, цртице и апострофи су дозвољени).</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>Датум рођења је у будућности.</translation>
        </message>
        <message>
            <source>A workstation keeps its data in a file on this computer or works through an Agent Desk server, never on a database directly.</source>
            <translation>Радна станица чува податке у датотеци на овом рачунару или ради преко Agent Desk сервера, никада директно на бази података.</translation>
        </message>
        <message>
            <source>Check the year: the person would be older than 130.</source>
            <translation>Проверите годину: особа би била старија од 130 година.</translation>
        </message>
        <message>
            <source>Enter at least one national identification number.</source>
            <translation>Унесите бар један идентификациони број.</translation>
        </message>
        <message>
            <source>This is not a valid e-mail address.</source>
            <translation>Ово није важећа е-адреса.</translation>
        </message>
        <message>
            <source>This is not a valid mobile number. For a foreign number, start with the country code, e.g. +386.</source>
            <translation>Ово није важећи број мобилног телефона. Страни број почните позивним бројем земље, нпр. +381.</translation>
        </message>
        <message>
            <source>Choose a country, or type its two-letter code (e.g. HR).</source>
            <translation>Изаберите државу или унесите њен двословни код (нпр. ХР).</translation>
        </message>
        <message>
            <source>A postcode in this country has {digits} digits.</source>
            <translation>Поштански број у овој земљи је {digits}-цифрен.</translation>
        </message>
        <message>
            <source>Say how you identified the person.</source>
            <translation>Наведите како сте идентификовали особу.</translation>
        </message>
        <message>
            <source>Identification through Rekono is possible in Slovenia only.</source>
            <translation>Идентификација путем сервиса Реконо могућа је само у Словенији.</translation>
        </message>
        <message>
            <source>Choose the type of document you checked.</source>
            <translation>Изаберите врсту документа који сте проверили.</translation>
        </message>
        <message>
            <source>This identity document has expired.</source>
            <translation>Овај лични документ је истекао.</translation>
        </message>
        <message>
            <source>The e-mail or mobile changes: say on what evidence (e.g. the customer's signed request).</source>
            <translation>Е-адреса или број мобилног се мења: наведите основ (нпр. потписан захтев клијента).</translation>
        </message>
        <message>
            <source>This record was merged into another one and can no longer be changed. Open the record that was kept.</source>
            <translation>Овај запис је спојен са другим и више се не може мењати. Отворите задржани запис.</translation>
        </message>
        <message>
            <source>A record cannot be merged with itself: choose the other record.</source>
            <translation>Запис се не може спојити сам са собом: изаберите други запис.</translation>
        </message>
        <message>
            <source>These records belong to different markets ({survivor} and {other}) and cannot be merged.</source>
            <translation>Ови записи припадају различитим тржиштима ({survivor} и {other}) и не могу се спојити.</translation>
        </message>
        <message>
            <source>The two records have different numbers of the same kind ({kind}): either they are two people, or one number is wrong. Correct it first; nothing was merged.</source>
            <translation>Два записа имају различите бројеве исте врсте ({kind}): или је реч о две особе, или је један број погрешан. Најпре га исправите; ништа није спојено.</translation>
        </message>
        <message>
            <source>Both records have data in {table} that cannot be combined; nothing was merged. Ask head office.</source>
            <translation>Оба записа имају податке у {table} који се не могу објединити; ништа није спојено. Обратите се централи.</translation>
        </message>
        <message>
            <source>Choose which kind of number this is.</source>
            <translation>Изаберите које је врсте овај број.</translation>
        </message>
        <message>
            <source>This kind of number is entered twice.</source>
            <translation>Ова врста броја је унета двапут.</translation>
        </message>
        <message>
            <source>The check digit is wrong: please re-read the number.</source>
            <translation>Контролна цифра је погрешна: поново прочитајте број.</translation>
        </message>
        <message>
            <source>The birth date in this number is not a real day: please re-read the number.</source>
            <translation>Датум рођења у овом броју није постојећи дан: поново прочитајте број.</translation>
        </message>
        <message>
            <source>This number encodes the birth date {encoded}, not the one entered.</source>
            <translation>Овај број садржи датум рођења {encoded}, а не унети.</translation>
        </message>
        <message>
            <source>The national number encodes the other sex.</source>
            <translation>Идентификациони број садржи други пол.</translation>
        </message>
        <message>
            <source>Already registered for {name}.</source>
            <translation>Већ је евидентиран за особу {name}.</translation>
        </message>
        <message>
            <source>Line {line} is longer than {maximum} bytes: not an extract of the core system. Nothing was imported.</source>
            <translation>Ред {line} је дужи од {maximum} бајтова: ово није извод из главног система. Ништа није увезено.</translation>
        </message>
        <message>
            <source>This number belongs to another market's record; the row was not imported.</source>
            <translation>Овај број припада запису другог тржишта; ред није увезен.</translation>
        </message>
        <message>
            <source>This number is already on record in another market; ask head office.</source>
            <translation>Овај број је већ евидентиран на другом тржишту; обратите се централи.</translation>
        </message>
        <message>
            <source>A Slovenian tax number (davčna številka) has 8 digits, the first not 0.</source>
            <translation>Словеначки порески број (давчна штевилка) има 8 цифара, а прва није 0.</translation>
        </message>
        <message>
            <source>An EMŠO has 13 digits.</source>
            <translation>ЕМШО има 13 цифара.</translation>
        </message>
        <message>
            <source>An EGN (ЕГН) has 10 digits.</source>
            <translation>ЕГН (ЕГН) има 10 цифара.</translation>
        </message>
        <message>
            <source>An LNCh (ЛНЧ) has 10 digits.</source>
            <translation>ЛНЦх (ЛНЧ) има 10 цифара.</translation>
        </message>
        <message>
            <source>A JMBG has 13 digits.</source>
            <translation>ЈМБГ има 13 цифара.</translation>
        </message>
        <message>
            <source>Connected. The database is up to date.</source>
            <translation>Повезано. База података је ажурна.</translation>
        </message>
        <message>
            <source>Connected. The database needs upgrading; Agent Desk upgrades it when it starts on it.</source>
            <translation>Повезано. Базу података треба надоградити; Agent Desk ће је надоградити када се покрене са њом.</translation>
        </message>
        <message>
            <source>Connected, but the database was made by a newer Agent Desk. Install the newer version first.</source>
            <translation>Повезано, али базу података је креирала новија верзија програма Agent Desk. Најпре инсталирајте новију верзију.</translation>
        </message>
        <message>
            <source>The server refused the user name or password.</source>
            <translation>Сервер је одбио корисничко име или лозинку.</translation>
        </message>
        <message>
            <source>The server asks for a password. Enter it.</source>
            <translation>Сервер тражи лозинку. Унесите је.</translation>
        </message>
        <message>
            <source>No server by this name. Check the host name.</source>
            <translation>Не постоји сервер са овим именом. Проверите име хоста.</translation>
        </message>
        <message>
            <source>The server does not answer. Check the host, the port and the network.</source>
            <translation>Сервер не одговара. Проверите хост, порт и мрежу.</translation>
        </message>
        <message>
            <source>The server has no database by this name.</source>
            <translation>На серверу не постоји база података са овим именом.</translation>
        </message>
        <message>
            <source>The database address is not valid.</source>
            <translation>Адреса базе података није важећа.</translation>
        </message>
        <message>
            <source>Could not connect: {detail}</source>
            <translation>Повезивање није успело: {detail}</translation>
        </message>
        <message>
            <source>The file was refused; nothing was imported.</source>
            <translation>Датотека је одбијена; ништа није увезено.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read. Check that it exists and is not open in another program.</source>
            <translation>Датотека {file} не може да се прочита. Проверите да ли постоји и да није отворена у другом програму.</translation>
        </message>
        <message>
            <source>The file is empty: it needs a header line and data rows.</source>
            <translation>Датотека је празна: потребни су ред заглавља и редови са подацима.</translation>
        </message>
        <message>
            <source>The first line of the file is not a readable CSV header.</source>
            <translation>Први ред датотеке није читљиво CSV заглавље.</translation>
        </message>
        <message>
            <source>Unknown encoding {encoding}. Leave it on automatic, or choose one from the list.</source>
            <translation>Непознато кодирање {encoding}. Оставите аутоматско препознавање или изаберите кодирање са листе.</translation>
        </message>
        <message>
            <source>The file is not in {encoding} (line {line}). Choose another encoding, or leave it on automatic.</source>
            <translation>Датотека није у кодирању {encoding} (ред {line}). Изаберите друго кодирање или оставите аутоматско препознавање.</translation>
        </message>
        <message>
            <source>The header lacks these columns: {columns}. Nothing was imported.</source>
            <translation>У заглављу недостају ове колоне: {columns}. Ништа није увезено.</translation>
        </message>
        <message>
            <source>The header names these columns twice: {columns}. Nothing was imported.</source>
            <translation>Заглавље наводи ове колоне двапут: {columns}. Ништа није увезено.</translation>
        </message>
        <message>
            <source>"{value}" is not a date; write it as yyyy-mm-dd (e.g. 1980-04-25).</source>
            <translation>„{value}“ није датум; напишите га у облику гггг-мм-дд (нпр. 1980-04-25).</translation>
        </message>
        <message>
            <source>"{value}" is not one of: {allowed}.</source>
            <translation>„{value}“ није међу дозвољеним вредностима: {allowed}.</translation>
        </message>
        <message>
            <source>"{value}" holds invisible or control characters; correct the number in the extract.</source>
            <translation>„{value}“ садржи невидљиве или контролне знакове; исправите број у извозу.</translation>
        </message>
        <message>
            <source>Your branch does not serve market {market}; ask head office to import this row.</source>
            <translation>Ваша филијала не опслужује тржиште {market}; замолите централу да увезе овај ред.</translation>
        </message>
        <message>
            <source>This person is a customer of market {market}; an import does not move customers between markets.</source>
            <translation>Ова особа је клијент на тржишту {market}; увоз не премешта клијенте између тржишта.</translation>
        </message>
        <message>
            <source>The two numbers of this row belong to two different customers. Check the row, or merge the two records first.</source>
            <translation>Два броја у овом реду припадају двама различитим клијентима. Проверите ред или најпре спојите та два записа.</translation>
        </message>
        <message>
            <source>The customer found by the other number has a different {kind} on record.</source>
            <translation>Клијент пронађен по другом броју има у евиденцији другачију вредност за: {kind}.</translation>
        </message>
        <message>
            <source>An earlier row of this file has the same record with different data; this row was left out.</source>
            <translation>Ранији ред ове датотеке садржи исти запис са другачијим подацима; овај ред је изостављен.</translation>
        </message>
        <message>
            <source>No customer has this number. Import the customers first.</source>
            <translation>Ниједан клијент нема овај број. Најпре увезите клијенте.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Датум завршетка је пре датума почетка.</translation>
        </message>
        <message>
            <source>The date is in the future.</source>
            <translation>Датум је у будућности.</translation>
        </message>
        <message>
            <source>This row cannot be read as CSV (check its quotes).</source>
            <translation>Овај ред не може да се прочита као CSV (проверите наводнике).</translation>
        </message>
        <message>
            <source>This customer cannot get a portal code.</source>
            <translation>Овај клијент не може да добије код за портал.</translation>
        </message>
        <message>
            <source>There is no e-mail of record. Update the contact first (with evidence).</source>
            <translation>Нема евидентиране е-адресе. Најпре ажурирајте контакт (уз основ).</translation>
        </message>
        <message>
            <source>There is no mobile number of record. Update the contact first (with evidence).</source>
            <translation>Нема евидентираног броја мобилног. Најпре ажурирајте контакт (уз основ).</translation>
        </message>
        <message>
            <source>Choose e-mail or SMS.</source>
            <translation>Изаберите е-пошту или SMS.</translation>
        </message>
        <message>
            <source>The code was refused.</source>
            <translation>Код је одбијен.</translation>
        </message>
        <message>
            <source>This computer has no password keyring, so codes cannot be queued safely. Ask IT to enable the keyring.</source>
            <translation>Овај рачунар нема складиште лозинки, па кодови не могу безбедно да се ставе у ред за слање. Замолите IT службу да омогући складиште лозинки.</translation>
        </message>
        <message>
            <source>The client portal is for customers of the Serbian market.</source>
            <translation>Клијентски портал је намењен клијентима српског тржишта.</translation>
        </message>
        <message>
            <source>This record was merged into another; open that one.</source>
            <translation>Овај запис је спојен са другим; отворите тај запис.</translation>
        </message>
        <message>
            <source>No life, motor hull or household policy as policyholder, no health policy as insured person, and no claim.</source>
            <translation>Клијент није уговарач осигурања на полиси животног осигурања, каска или осигурања домаћинства, није осигураник на полиси здравственог осигурања и нема штету.</translation>
        </message>
        <message>
            <source>The customer is a minor: a parent or guardian registers instead.</source>
            <translation>Клијент је малолетан: уместо њега се региструје родитељ или старатељ.</translation>
        </message>
        <message>
            <source>This e-mail or mobile is not the contact of record: it is on no policy or claim and was not verified at the desk against an identity document.</source>
            <translation>Ова имејл адреса или број мобилног није евидентирани контакт: није наведен ни на једној полиси или штети и није проверен у пословници уз лични документ.</translation>
        </message>
        <message>
            <source>The contact was changed at the desk recently: a supervisor must confirm its verification before a code is sent there.</source>
            <translation>Контакт је недавно промењен у пословници: руководилац мора да потврди проверу пре него што се код пошаље на њега.</translation>
        </message>
        <message>
            <source>A second person confirms: not the agent who verified or changed it.</source>
            <translation>Потврђује друга особа: не агент који је контакт проверио или променио.</translation>
        </message>
        <message>
            <source>No parent or guardian of this minor is recorded under that name.</source>
            <translation>Ова особа није евидентирана као родитељ или старатељ овог малолетника.</translation>
        </message>
        <message>
            <source>The guardian could not be recorded.</source>
            <translation>Старатељ није могао да буде евидентиран.</translation>
        </message>
        <message>
            <source>Say what proves it (a birth certificate, a court decision).</source>
            <translation>Наведите доказ (извод из матичне књиге рођених, судска одлука).</translation>
        </message>
        <message>
            <source>Only a minor (under 18) has a guardian recorded.</source>
            <translation>Старатељ се евидентира само за малолетника (млађег од 18 година).</translation>
        </message>
        <message>
            <source>A parent or guardian must be 18 or older.</source>
            <translation>Родитељ или старатељ мора имати најмање 18 година.</translation>
        </message>
        <message>
            <source>The parent or guardian must be a customer of the same market.</source>
            <translation>Родитељ или старатељ мора бити клијент истог тржишта.</translation>
        </message>
        <message>
            <source>A person cannot be their own guardian.</source>
            <translation>Особа не може бити сама себи старатељ.</translation>
        </message>
        <message>
            <source>The contact could not be verified.</source>
            <translation>Контакт није могао да буде проверен.</translation>
        </message>
        <message>
            <source>Identify the person first: no identity check is recorded.</source>
            <translation>Прво идентификујте особу: провера идентитета није евидентирана.</translation>
        </message>
        <message>
            <source>There is neither an e-mail nor a mobile number of record.</source>
            <translation>Нема ни евидентиране е-адресе ни броја мобилног.</translation>
        </message>
        <message>
            <source>Unknown delivery channel.</source>
            <translation>Непознат канал доставе.</translation>
        </message>
        <message>
            <source>No e-mail server is set up (Settings, gateways).</source>
            <translation>Сервер е-поште није подешен (Подешавања, пролази за е-пошту и SMS).</translation>
        </message>
        <message>
            <source>The e-mail server's password is not in the keyring.</source>
            <translation>Лозинка сервера е-поште није у складишту лозинки.</translation>
        </message>
        <message>
            <source>No SMS gateway is set up (Settings, gateways).</source>
            <translation>SMS пролаз није подешен (Подешавања, пролази за е-пошту и SMS).</translation>
        </message>
        <message>
            <source>The SMS gateway's token is not in the keyring.</source>
            <translation>Токен SMS пролаза није у складишту лозинки.</translation>
        </message>
        <message>
            <source>This computer cannot read the queued message (different outbox key).</source>
            <translation>Овај рачунар не може да прочита поруку у реду за слање (другачији кључ одлазне поште).</translation>
        </message>
        <message>
            <source>Not sent: a newer code replaced this one.</source>
            <translation>Није послато: новији код је заменио овај.</translation>
        </message>
        <message>
            <source>Not sent: the code expired before it could be delivered.</source>
            <translation>Није послато: код је истекао пре него што је могао да буде испоручен.</translation>
        </message>
        <message>
            <source>The message text is gone.</source>
            <translation>Текст поруке више не постоји.</translation>
        </message>
        <message>
            <source>This message cannot be sent as it is; it failed alone, the others go on.</source>
            <translation>Ова порука не може да се пошаље оваква каква је; неуспела је само она, остале се шаљу даље.</translation>
        </message>
        <message>
            <source>The address of record holds characters no message can be sent to.</source>
            <translation>Евидентирана адреса садржи знакове на које ниједна порука не може да се пошаље.</translation>
        </message>
        <message>
            <source>The SMS gateway address is not https:// (Settings, gateways).</source>
            <translation>Адреса SMS пролаза није хттпс:// (Подешавања, пролази).</translation>
        </message>
        <message>
            <source>Unconfirmed: the sender stopped while the e-mail server was receiving it, so it may have arrived. Not sent again; ask the customer, or Retry for a new code.</source>
            <translation>Непотврђено: слање је прекинуто док га је сервер е-поште примао, па је порука можда стигла. Није поново послата; питајте клијента или изаберите Покушај поново за нови код.</translation>
        </message>
        <message>
            <source>Only a message still waiting to be sent, or a failed portal-code message (a new code is issued), can be retried.</source>
            <translation>Поново се може послати само порука која још чека на слање или неуспела порука са кодом за портал (издаје се нови код).</translation>
        </message>
        <message>
            <source>Only a message still waiting to be sent can be cancelled.</source>
            <translation>Може се отказати само порука која још чека на слање.</translation>
        </message>
        <message>
            <source>Cancelled by a supervisor; the code was revoked.</source>
            <translation>Отказао руководилац; код је опозван.</translation>
        </message>
        <message>
            <source>The customer already had a portal code.</source>
            <translation>Клијент је већ имао код за портал.</translation>
        </message>
        <message>
            <source>The customer no longer exists.</source>
            <translation>Клијент више не постоји.</translation>
        </message>
        <message>
            <source>No customer of your market has this JMBG: add the parent or guardian first.</source>
            <translation>Ниједан клијент вашег тржишта нема овај ЈМБГ: прво додајте родитеља или старатеља.</translation>
        </message>
        <message>
            <source>Not done: this store is not a demo, and an administrator has not yet recorded “{setting}” (Settings, Deployment settings). Nothing was sent, printed or saved.</source>
            <translation>Није урађено: ова база није демо, а администратор још није уписао „{setting}“ (Подешавања, Подешавања инсталације). Ништа није послато, одштампано ни сачувано.</translation>
        </message>
        <message>
            <source>Only an empty database can become a demo database.</source>
            <translation>Само празна база може постати демо база.</translation>
        </message>
        <message>
            <source>Enter the full https:// address of the page.</source>
            <translation>Унесите пуну адресу странице са https://.</translation>
        </message>
        <message>
            <source>This is a placeholder (an example address), not the insurer's own.</source>
            <translation>Ово је пример адресе, а не адреса осигуравача.</translation>
        </message>
        <message>
            <source>Portal code e-mails and SMS (RS)</source>
            <translation>Имејл и SMS са кодом за портал (РС)</translation>
        </message>
        <message>
            <source>ZAME enrollment form and enrollment (SI)</source>
            <translation>Приступница ZAME и учлањење (СИ)</translation>
        </message>
        <message>
            <source>ZAME points statement and discounts (SI)</source>
            <translation>Извод поена ZAME и попусти (СИ)</translation>
        </message>
        <message>
            <source>Accident quotes and certificates (BG)</source>
            <translation>Понуде и сертификати осигурања од незгоде (БГ)</translation>
        </message>
        <message>
            <source>Accident certificate (BG)</source>
            <translation>Сертификат осигурања од незгоде (БГ)</translation>
        </message>
        <message numerus="yes">
            <source>This row has %n fields; the header has {expected}.</source>
            <translation>
                <numerusform>Овај ред има %n поље; заглавље их има {expected}.</numerusform>
                <numerusform>Овај ред има %n поља; заглавље их има {expected}.</numerusform>
                <numerusform>Овај ред има %n поља; заглавље их има {expected}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %n codes per customer per hour. Try again later.</source>
            <translation>
                <numerusform>Највише %n код по клијенту на сат. Покушајте поново касније.</numerusform>
                <numerusform>Највише %n кода по клијенту на сат. Покушајте поново касније.</numerusform>
                <numerusform>Највише %n кодова по клијенту на сат. Покушајте поново касније.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %n codes per customer per day. Try again tomorrow.</source>
            <translation>
                <numerusform>Највише %n код по клијенту на дан. Покушајте поново сутра.</numerusform>
                <numerusform>Највише %n кода по клијенту на дан. Покушајте поново сутра.</numerusform>
                <numerusform>Највише %n кодова по клијенту на дан. Покушајте поново сутра.</numerusform>
            </translation>
        </message>
        <message>
            <source>Agent Desk</source>
            <translation>Agent Desk</translation>
        </message>
        <message>
            <source>The accident insurance was refused.</source>
            <translation>Осигурање од незгоде је одбијено.</translation>
        </message>
        <message>
            <source>No usable keyring on this computer to keep the certificate signing key: certificates cannot be issued here.</source>
            <translation>Овај рачунар нема употребљиво складиште лозинки за чување кључа за потписивање потврда: потврде се овде не могу издавати.</translation>
        </message>
        <message>
            <source>Choose clause A or B.</source>
            <translation>Изаберите клаузулу А или Б.</translation>
        </message>
        <message>
            <source>Clause A insures exactly one person.</source>
            <translation>Клаузула А осигурава тачно једну особу.</translation>
        </message>
        <message>
            <source>Clause B (group) needs at least two persons.</source>
            <translation>За клаузулу Б (група) потребне су најмање две особе.</translation>
        </message>
        <message>
            <source>Choose the purpose of the insurance.</source>
            <translation>Изаберите намену осигурања.</translation>
        </message>
        <message>
            <source>Unknown risk.</source>
            <translation>Непознат ризик.</translation>
        </message>
        <message>
            <source>Enter an amount in euro with at most two decimals.</source>
            <translation>Унесите износ у еврима са највише две децимале.</translation>
        </message>
        <message>
            <source>The sum insured must be between {minimum} and {maximum} EUR.</source>
            <translation>Сума осигурања мора бити између {minimum} и {maximum} EUR.</translation>
        </message>
        <message>
            <source>The basic covers are required: enter a sum insured.</source>
            <translation>Основна покрића су обавезна: унесите суму осигурања.</translation>
        </message>
        <message>
            <source>The insurance can start on {earliest} at the earliest.</source>
            <translation>Осигурање може да почне најраније {earliest}.</translation>
        </message>
        <message>
            <source>The term is at most a year: the last possible end date is {latest}.</source>
            <translation>Трајање је највише годину дана: последњи могући датум завршетка је {latest}.</translation>
        </message>
        <message>
            <source>At most 100 characters.</source>
            <translation>Највише 100 знакова.</translation>
        </message>
        <message>
            <source>An insured person needs an ЕГН or a ЛНЧ.</source>
            <translation>Осигурано лице мора имати ЕГН или ЛНЧ.</translation>
        </message>
        <message>
            <source>The ЕГН encodes another birth date ({encoded}).</source>
            <translation>ЕГН садржи други датум рођења ({encoded}).</translation>
        </message>
        <message>
            <source>This person is already on the list.</source>
            <translation>Ова особа је већ на списку.</translation>
        </message>
        <message>
            <source>Choose the policyholder among the customers.</source>
            <translation>Изаберите уговарача осигурања међу клијентима.</translation>
        </message>
        <message>
            <source>The policyholder must be a customer of the Bulgarian market.</source>
            <translation>Уговарач осигурања мора бити клијент бугарског тржишта.</translation>
        </message>
        <message>
            <source>The policyholder must be at least {minimum} years old.</source>
            <translation>Уговарач осигурања мора имати најмање {minimum} година.</translation>
        </message>
        <message>
            <source>Identify the policyholder first: no identity check is recorded.</source>
            <translation>Прво идентификујте уговарача осигурања: провера идентитета није евидентирана.</translation>
        </message>
        <message>
            <source>This customer has no ЕГН or ЛНЧ on record.</source>
            <translation>Овај клијент нема евидентиран ЕГН или ЛНЧ.</translation>
        </message>
        <message>
            <source>Nobody on the list can be insured.</source>
            <translation>Ниједна особа са списка не може да се осигура.</translation>
        </message>
        <message>
            <source>The amount paid must equal the total, {total} EUR.</source>
            <translation>Плаћени износ мора бити једнак укупном износу, {total} EUR.</translation>
        </message>
        <message>
            <source>At most 64 characters.</source>
            <translation>Највише 64 знака.</translation>
        </message>
        <message>
            <source>The payment time is in the future.</source>
            <translation>Време плаћања је у будућности.</translation>
        </message>
        <message>
            <source>A certificate was already issued for this quote.</source>
            <translation>За ову понуду је потврда већ издата.</translation>
        </message>
        <message>
            <source>The quote was valid until {valid_until}: make a new one.</source>
            <translation>Понуда је важила до {valid_until}: направите нову.</translation>
        </message>
        <message>
            <source>Cover starts the day after payment at the earliest ({earliest}): make a new quote.</source>
            <translation>Покриће почиње најраније дан након плаћања ({earliest}): направите нову понуду.</translation>
        </message>
        <message>
            <source>Checked for today, the quote comes out differently (an age, say): make a new quote.</source>
            <translation>Када се провери за данашњи дан, понуда испада другачија (нпр. због старости): направите нову понуду.</translation>
        </message>
        <message>
            <source>The certificate is already cancelled.</source>
            <translation>Потврда је већ сторнирана.</translation>
        </message>
        <message>
            <source>The cover has started: the certificate can no longer be cancelled.</source>
            <translation>Покриће је већ почело: потврда више не може да се сторнира.</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>Датотека не може да се прочита.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Датотека је празна.</translation>
        </message>
        <message>
            <source>Columns missing from the header: {columns}.</source>
            <translation>У заглављу недостају колоне: {columns}.</translation>
        </message>
        <message>
            <source>Write yes or no.</source>
            <translation>Упишите yes или но.</translation>
        </message>
        <message>
            <source>This is not a day: write the day, the month and the four-digit year.</source>
            <translation>Ово није датум: упишите дан, месец и четвороцифрену годину.</translation>
        </message>
        <message>
            <source>The tariff lacks the section “{section}”.</source>
            <translation>У тарифи недостаје одељак „{section}“.</translation>
        </message>
        <message>
            <source>The tariff must price each of the six risks, and nothing else.</source>
            <translation>Тарифа мора да одреди цену за сваки од шест ризика и ни за шта друго.</translation>
        </message>
        <message>
            <source>The risk “{risk}” needs a group (basic or additional).</source>
            <translation>Ризик „{risk}“ мора имати групу (основно или допунско покриће).</translation>
        </message>
        <message>
            <source>Enter a positive number.</source>
            <translation>Унесите позитиван број.</translation>
        </message>
        <message>
            <source>The highest sum is below the lowest.</source>
            <translation>Највиша сума је мања од најниже.</translation>
        </message>
        <message>
            <source>The age bands must cover every eligible age once, without gaps.</source>
            <translation>Старосне групе морају да обухвате сваку дозвољену старост тачно једном, без празнина.</translation>
        </message>
        <message>
            <source>The short-term scale must reach a whole year (366 days).</source>
            <translation>Скала за краткорочна осигурања мора да достигне целу годину (366 дана).</translation>
        </message>
        <message>
            <source>A percentage between 0 and 100.</source>
            <translation>Проценат између 0 и 100.</translation>
        </message>
        <message>
            <source>No ZAME discount: ZAME is a Slovenian loyalty programme and does not apply to Bulgarian accident insurance.</source>
            <translation>Без ZAME попуста: ZAME је словеначки програм лојалности и не примењује се на бугарско осигурање од незгоде.</translation>
        </message>
        <message>
            <source>The minimum premium applies.</source>
            <translation>Примењује се минимална премија.</translation>
        </message>
        <message>
            <source>Insured without the death risk: under 14.</source>
            <translation>Осигуран без ризика смрти: млађи од 14 година.</translation>
        </message>
        <message>
            <source>Insured without the death risk: under full legal interdiction.</source>
            <translation>Осигуран без ризика смрти: потпуно лишен пословне способности.</translation>
        </message>
        <message>
            <source>Cover ends on the last day this person is 68.</source>
            <translation>Покриће престаје последњег дана у којем особа има 68 година.</translation>
        </message>
        <message>
            <source>Refused: only people aged 0 to 68 can be insured.</source>
            <translation>Одбијено: могу се осигурати само особе од 0 до 68 година.</translation>
        </message>
        <message>
            <source>Refused: this person turns 69 before the insurance starts.</source>
            <translation>Одбијено: особа пуни 69 година пре почетка осигурања.</translation>
        </message>
        <message>
            <source>Refused: lost more than 50 % of working capacity.</source>
            <translation>Одбијено: губитак радне способности већи од 50 %.</translation>
        </message>
        <message>
            <source>Refused: a foreigner (ЛНЧ) is insured only when permanently resident in Bulgaria.</source>
            <translation>Одбијено: странац (ЛНЧ) се осигурава само ако је стално настањен у Бугарској.</translation>
        </message>
        <message>
            <source>Genuine and in force: issued by this insurer and not cancelled.</source>
            <translation>Аутентично и на снази: издао га је овај осигуравач и није поништено.</translation>
        </message>
        <message>
            <source>Genuine, but cancelled: this certificate is not in force.</source>
            <translation>Аутентично, али поништено: овај сертификат није на снази.</translation>
        </message>
        <message>
            <source>Not issued by this insurer.</source>
            <translation>Није издао овај осигуравач.</translation>
        </message>
        <message>
            <source>Altered: what is printed is not what was signed.</source>
            <translation>Измењено: одштампано није оно што је потписано.</translation>
        </message>
        <message>
            <source>The cancellation list is damaged or not signed by a trusted publisher.</source>
            <translation>Списак поништених је оштећен или га није потписао поуздан издавач.</translation>
        </message>
        <message>
            <source>This workstation's signing key was retired: no certificate can be issued with it.</source>
            <translation>Кључ за потписивање ове радне станице је повучен: њиме се не може издати ниједан сертификат.</translation>
        </message>
        <message>
            <source>This is not a certificate's QR code.</source>
            <translation>Ово није QR код потврде.</translation>
        </message>
        <message>
            <source>{risk}: {sum} EUR × {rate} ‰ a year</source>
            <translation>{risk}: {sum} EUR × {rate} ‰ годишње</translation>
        </message>
        <message>
            <source>Yearly premium</source>
            <translation>Годишња премија</translation>
        </message>
        <message>
            <source>Age {age}: × {factor}</source>
            <translation>Старост {age}: × {factor}</translation>
        </message>
        <message>
            <source>Purpose {purpose}: × {factor}</source>
            <translation>Намена {purpose}: × {factor}</translation>
        </message>
        <message>
            <source>Raised to the minimum premium, {minimum} EUR</source>
            <translation>Повећано на минималну премију, {minimum} EUR</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Премија</translation>
        </message>
        <message>
            <source>Insurance premium tax {rate} %</source>
            <translation>Порез на премију осигурања {rate} %</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Укупно</translation>
        </message>
        <message>
            <source>This ZAME action is not possible.</source>
            <translation>Ова радња у програму ZAME није могућа.</translation>
        </message>
        <message>
            <source>This person cannot join ZAME yet; the reasons are listed below.</source>
            <translation>Ова особа још не може да се учлани у ZAME; разлози су наведени у наставку.</translation>
        </message>
        <message>
            <source>Unknown channel: {channel}.</source>
            <translation>Непознат канал: {channel}.</translation>
        </message>
        <message>
            <source>The signature time lies in the future.</source>
            <translation>Време потписивања је у будућности.</translation>
        </message>
        <message>
            <source>Unknown kind of consent.</source>
            <translation>Непозната врста сагласности.</translation>
        </message>
        <message>
            <source>Unknown activity.</source>
            <translation>Непозната активност.</translation>
        </message>
        <message>
            <source>Unknown source of the activity.</source>
            <translation>Непознат извор активности.</translation>
        </message>
        <message>
            <source>No ZAME member with this number.</source>
            <translation>Не постоји члан програма ZAME са овим бројем.</translation>
        </message>
        <message>
            <source>Generali Investments' answer is of {as_of}: not this month's re-check of {day}.</source>
            <translation>Одговор Generali Investments је од {as_of}: није одговор за месечну проверу {day}.</translation>
        </message>
        <message>
            <source>The day lies in the future.</source>
            <translation>Дан је у будућности.</translation>
        </message>
        <message>
            <source>The membership {member_number} has ended: nothing can be added to it.</source>
            <translation>Чланство {member_number} је престало: ништа више не може да му се дода.</translation>
        </message>
        <message>
            <source>An exit can only be requested for an active membership.</source>
            <translation>Иступање се може затражити само за активно чланство.</translation>
        </message>
        <message>
            <source>Only an exit request that has not yet taken effect can be withdrawn.</source>
            <translation>Може да се повуче само захтев за иступање који још није ступио на снагу.</translation>
        </message>
        <message>
            <source>The exit request cannot be older than the membership.</source>
            <translation>Захтев за иступање не може бити старији од чланства.</translation>
        </message>
        <message>
            <source>This offer is not valid today (expired, not yet valid, or withdrawn).</source>
            <translation>Ова понуда данас не важи (истекла је, још не важи или је повучена).</translation>
        </message>
        <message>
            <source>The member's level is too low for this offer.</source>
            <translation>Ниво члана је пренизак за ову понуду.</translation>
        </message>
        <message>
            <source>This offer is for the member only: family members may not use it.</source>
            <translation>Ова понуда је само за члана: чланови породице не могу да је користе.</translation>
        </message>
        <message>
            <source>The member has no e-mail address of record for the coupon.</source>
            <translation>Члан нема евидентирану е-адресу на коју би примио купон.</translation>
        </message>
        <message>
            <source>Choose an area.</source>
            <translation>Изаберите област.</translation>
        </message>
        <message>
            <source>Choose a level.</source>
            <translation>Изаберите ниво.</translation>
        </message>
        <message>
            <source>The offer cannot end before it starts.</source>
            <translation>Понуда не може да се заврши пре него што почне.</translation>
        </message>
        <message>
            <source>The person must sign this document before joining.</source>
            <translation>Особа мора да потпише овај документ пре учлањења.</translation>
        </message>
        <message>
            <source>Enter a whole number of points (0 or more).</source>
            <translation>Унесите цео број бодова (0 или више).</translation>
        </message>
        <message>
            <source>This part of the points table is missing.</source>
            <translation>Овај део табеле бодова недостаје.</translation>
        </message>
        <message>
            <source>The points table has no row for {item}.</source>
            <translation>У табели бодова нема реда за {item}.</translation>
        </message>
        <message>
            <source>The points table has an unknown row: {item}.</source>
            <translation>Табела бодова садржи непознат ред: {item}.</translation>
        </message>
        <message>
            <source>Rows counted as alternatives must be activities or consents of the table.</source>
            <translation>Редови који се рачунају као алтернативе морају бити активности или сагласности из табеле.</translation>
        </message>
        <message>
            <source>The four levels need rising thresholds, Osnovni starting at 0.</source>
            <translation>Четири нивоа захтевају растуће прагове, при чему Основни почиње од 0.</translation>
        </message>
        <message>
            <source>The largest discount is at most 100 %.</source>
            <translation>Највећи попуст може бити највише 100 %.</translation>
        </message>
        <message>
            <source>A code of lower-case letters, digits and _ (at most 30), starting with a letter.</source>
            <translation>Шифра од малих слова, цифара и _ (највише 30), која почиње словом.</translation>
        </message>
        <message>
            <source>The code {item} is used by another row.</source>
            <translation>Шифру {item} већ користи други ред.</translation>
        </message>
        <message>
            <source>At most {maximum} other items.</source>
            <translation>Највише {maximum} других ставки.</translation>
        </message>
        <message>
            <source>Only customers of the Slovenian market can join ZAME.</source>
            <translation>Само клијенти словеначког тржишта могу да се учлане у ZAME.</translation>
        </message>
        <message>
            <source>This record was merged into another: enroll that one.</source>
            <translation>Овај запис је спојен са другим: учланите тај запис.</translation>
        </message>
        <message>
            <source>Members must be 18 or older on the day they join.</source>
            <translation>Члан мора имати најмање 18 година на дан учлањења.</translation>
        </message>
        <message>
            <source>A Slovenian tax number (davčna številka) is required.</source>
            <translation>Потребан је словеначки порески број (давчна штевилка).</translation>
        </message>
        <message>
            <source>The tax number (davčna številka) of record is not valid.</source>
            <translation>Евидентирани порески број (давчна штевилка) није важећи.</translation>
        </message>
        <message>
            <source>The terms require data that is missing from the customer's record.</source>
            <translation>Услови захтевају податке који недостају у запису клијента.</translation>
        </message>
        <message>
            <source>This person is already a member.</source>
            <translation>Ова особа је већ члан.</translation>
        </message>
        <message>
            <source>This membership was not excluded; there is nothing to allow.</source>
            <translation>Ово чланство није било искључено; нема шта да се дозволи.</translation>
        </message>
        <message>
            <source>This person was excluded from ZAME and can join again only when a supervisor allows it.</source>
            <translation>Ова особа је била искључена из програма ZAME и може поново да приступи само ако то дозволи руководилац.</translation>
        </message>
        <message>
            <source>No ZAME discount: the customer is not a member on that day.</source>
            <translation>Без ZAME попуста: клијент тог дана није члан.</translation>
        </message>
        <message>
            <source>No ZAME discount: the membership has ended (exit or exclusion).</source>
            <translation>Без ZAME попуста: чланство је престало (иступање или искључење).</translation>
        </message>
        <message>
            <source>No ZAME discount: ZAME is a Slovenian programme and this policy belongs to another market.</source>
            <translation>Без ZAME попуста: ZAME је словеначки програм, а ова полиса припада другом тржишту.</translation>
        </message>
        <message>
            <source>No ZAME discount: it applies to motor, home and accident policies only.</source>
            <translation>Без ZAME попуста: примењује се само на полисе ауто-осигурања, осигурања дома и осигурања од незгоде.</translation>
        </message>
        <message>
            <source>Osnovni (basic)</source>
            <translation>Основни (основни ниво)</translation>
        </message>
        <message>
            <source>Bronasti (bronze)</source>
            <translation>Бронасти (бронзани ниво)</translation>
        </message>
        <message>
            <source>Srebrni (silver)</source>
            <translation>Сребрни (сребрни ниво)</translation>
        </message>
        <message>
            <source>Zlati (gold)</source>
            <translation>Злати (златни ниво)</translation>
        </message>
        <message numerus="yes">
            <source>Term of %n days: {percent} % of the yearly premium</source>
            <translation>
                <numerusform>Трајање %n дан: {percent} % годишње премије</numerusform>
                <numerusform>Трајање %n дана: {percent} % годишње премије</numerusform>
                <numerusform>Трајање %n дана: {percent} % годишње премије</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Premium of %n person(s)</source>
            <translation>
                <numerusform>Премија за %n особу</numerusform>
                <numerusform>Премија за %n особе</numerusform>
                <numerusform>Премија за %n особа</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Group discount {percent} % for %n persons (−{discount} EUR)</source>
            <translation>
                <numerusform>Групни попуст {percent} % за %n особу (−{discount} EUR)</numerusform>
                <numerusform>Групни попуст {percent} % за %n особе (−{discount} EUR)</numerusform>
                <numerusform>Групни попуст {percent} % за %n особа (−{discount} EUR)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewAgentDialog</name>
        <message>
            <source>New agent</source>
            <translation>Нови агент</translation>
        </message>
        <message>
            <source>The agent signs in with this password once and then chooses their own.</source>
            <translation>Агент се овом лозинком пријављује једном, а затим бира сопствену.</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Корисничко име</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>&amp;Име и презиме</translation>
        </message>
        <message>
            <source>&amp;Branch</source>
            <translation>&amp;Филијала</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Улога</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Лозинка</translation>
        </message>
        <message>
            <source>Password a&amp;gain</source>
            <translation>Лозинка &amp;поново</translation>
        </message>
        <message>
            <source>e.g. maja.novak</source>
            <translation>нпр. marija.petrovic</translation>
        </message>
        <message>
            <source>&amp;Create agent</source>
            <translation>Креирај &amp;агента</translation>
        </message>
    </context>
    <context>
        <name>NewBranchDialog</name>
        <message>
            <source>New branch</source>
            <translation>Нова филијала</translation>
        </message>
        <message>
            <source>The market decides which sections the branch's agents see; times are shown in the branch's time zone.</source>
            <translation>Тржиште одређује које одељке виде агенти филијале; времена се приказују у временској зони филијале.</translation>
        </message>
        <message>
            <source>Branch &amp;code</source>
            <translation>&amp;Ознака филијале</translation>
        </message>
        <message>
            <source>Branch &amp;name</source>
            <translation>&amp;Назив филијале</translation>
        </message>
        <message>
            <source>&amp;Market</source>
            <translation>&amp;Тржиште</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Временска зона</translation>
        </message>
        <message>
            <source>e.g. MB-CENTER</source>
            <translation>нпр. BG-CENTAR</translation>
        </message>
        <message>
            <source>C&amp;reate branch</source>
            <translation>&amp;Креирај филијалу</translation>
        </message>
    </context>
    <context>
        <name>OfferDialog</name>
        <message>
            <source>New partner offer</source>
            <translation>Нова партнерска понуда</translation>
        </message>
        <message>
            <source>Partner offer</source>
            <translation>Партнерска понуда</translation>
        </message>
        <message>
            <source>Family members the member names may use it</source>
            <translation>Могу да је користе и чланови породице које члан одреди</translation>
        </message>
        <message>
            <source>No longer offered</source>
            <translation>Више се не нуди</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
    </context>
    <context>
        <name>OffersModel</name>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>не</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>повучена</translation>
        </message>
        <message>
            <source>offered</source>
            <translation>у понуди</translation>
        </message>
    </context>
    <context>
        <name>OffersPanel</name>
        <message>
            <source>&amp;New offer…</source>
            <translation>&amp;Нова понуда…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Измени…</translation>
        </message>
        <message>
            <source>Partner offers</source>
            <translation>Партнерске понуде</translation>
        </message>
    </context>
    <context>
        <name>OpenQuoteList</name>
        <message>
            <source>Continue to pa&amp;yment…</source>
            <translation>На&amp;стави на плаћање…</translation>
        </message>
        <message>
            <source>Continue to payment</source>
            <translation>Настави на плаћање</translation>
        </message>
        <message>
            <source>Saved quotes waiting for payment</source>
            <translation>Сачуване понуде које чекају плаћање</translation>
        </message>
        <message>
            <source>No saved quote waiting for payment.</source>
            <translation>Ниједна сачувана понуда не чека плаћање.</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>Working</source>
            <translation>Обрада</translation>
        </message>
        <message>
            <source>Please wait...</source>
            <translation>Сачекајте...</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Прималац</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Покушаји</translation>
        </message>
        <message>
            <source>Next attempt</source>
            <translation>Следећи покушај</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Креирано</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Послато</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Последња грешка</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>&amp;Outbox: e-mails and SMS with portal codes</source>
            <translation>&amp;Одлазне поруке: е-пошта и SMS са кодовима за портал</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ос&amp;вежи</translation>
        </message>
        <message>
            <source>Re&amp;try</source>
            <translation>&amp;Покушај поново</translation>
        </message>
        <message>
            <source>A waiting message is sent now; a failed portal-code message cannot be sent again (its text is erased), so the customer gets a new code by the same channel</source>
            <translation>Порука која чека шаље се одмах; неуспела порука са кодом за портал не може поново да се пошаље (њен текст је обрисан), па клијент добија нови код истим каналом</translation>
        </message>
        <message>
            <source>&amp;Cancel message</source>
            <translation>От&amp;кажи поруку</translation>
        </message>
        <message>
            <source>Do not send this waiting message; its code is revoked</source>
            <translation>Не шаљи ову поруку која чека; њен код се опозива</translation>
        </message>
        <message>
            <source>Outbox messages</source>
            <translation>Одлазне поруке</translation>
        </message>
        <message>
            <source>The text of a failed message is erased, so a new code was issued and queued to {destination}.</source>
            <translation>Текст неуспеле поруке је обрисан, па је издат нови код и стављен у ред за слање на {destination}.</translation>
        </message>
        <message>
            <source>The message will be sent with the next sending round.</source>
            <translation>Порука ће бити послата у следећем кругу слања.</translation>
        </message>
        <message>
            <source>The message is cancelled and its code revoked.</source>
            <translation>Порука је отказана, а њен код опозван.</translation>
        </message>
    </context>
    <context>
        <name>Parameters</name>
        <message>
            <source>Wrong passwords before an account locks</source>
            <translation>Погрешне лозинке до блокаде налога</translation>
        </message>
        <message>
            <source>Minutes a locked account stays locked</source>
            <translation>Трајање блокаде налога (минути)</translation>
        </message>
        <message>
            <source>Shortest allowed password</source>
            <translation>Најмања дужина лозинке</translation>
        </message>
        <message>
            <source>Idle minutes before the window locks</source>
            <translation>Минути неактивности до закључавања прозора</translation>
        </message>
        <message>
            <source>Minutes a portal code sent by SMS stays valid</source>
            <translation>Важење кода за портал послатог SMS-ом (минути)</translation>
        </message>
        <message>
            <source>Minutes a portal code sent by e-mail stays valid</source>
            <translation>Важење кода за портал послатог е-поштом (минути)</translation>
        </message>
        <message>
            <source>Portal codes per customer per hour</source>
            <translation>Кодови за портал по клијенту на сат</translation>
        </message>
        <message>
            <source>Portal codes per customer per day</source>
            <translation>Кодови за портал по клијенту дневно</translation>
        </message>
        <message>
            <source>Wrong guesses before a portal code locks</source>
            <translation>Погрешни покушаји до закључавања кода за портал</translation>
        </message>
        <message>
            <source>Client portal registration address</source>
            <translation>Адреса за регистрацију на клијентском порталу</translation>
        </message>
        <message>
            <source>Days after a policy ends when its holder still gets a portal code</source>
            <translation>Дани после истека полисе када уговарач још добија код за портал</translation>
        </message>
        <message>
            <source>Days after a desk change of contact when a supervisor must confirm it</source>
            <translation>Дани после промене контакта у пословници када руководилац мора да је потврди</translation>
        </message>
        <message>
            <source>Branches that show leva beside euro on accident quotes</source>
            <translation>Филијале које на понудама за осигурање од незгоде поред евра приказују леве</translation>
        </message>
        <message>
            <source>Days an accident quote can still be paid</source>
            <translation>Дани у којима се понуда за осигурање од незгоде још може платити</translation>
        </message>
        <message>
            <source>Accident insurance tariff</source>
            <translation>Тарифа осигурања од незгоде</translation>
        </message>
        <message>
            <source>ZAME consent wording (version)</source>
            <translation>Текст сагласности ZAME (верзија)</translation>
        </message>
        <message>
            <source>Working days to carry out a ZAME exit</source>
            <translation>Радни дани за спровођење иступања из ZAME</translation>
        </message>
        <message>
            <source>Days an investor check counts for ZAME points</source>
            <translation>Дани у којима се провера инвеститора рачуна за ZAME бодове</translation>
        </message>
        <message>
            <source>ZAME privacy notice (version)</source>
            <translation>Обавештење о приватности ZAME (верзија)</translation>
        </message>
        <message>
            <source>ZAME points table and levels</source>
            <translation>Табела бодова и нивоа ZAME</translation>
        </message>
        <message>
            <source>ZAME general terms (version)</source>
            <translation>Општи услови ZAME (верзија)</translation>
        </message>
        <message>
            <source>Insurer's name on the certificate</source>
            <translation>Назив осигуравача на сертификату</translation>
        </message>
        <message>
            <source>Insurer's registration, seat and address on the certificate</source>
            <translation>Регистрација, седиште и адреса осигуравача на сертификату</translation>
        </message>
        <message>
            <source>Insurer's website for the general terms and the solvency report</source>
            <translation>Веб-сајт осигуравача са општим условима и извештајем о солвентности</translation>
        </message>
        <message>
            <source>Insurer's address for complaints</source>
            <translation>Адреса осигуравача за жалбе</translation>
        </message>
        <message>
            <source>none (euro only)</source>
            <translation>ниједна (само еври)</translation>
        </message>
        <message>
            <source>all branches</source>
            <translation>све филијале</translation>
        </message>
        <message>
            <source>Shipped default</source>
            <translation>Подразумевана вредност</translation>
        </message>
        <message>
            <source>Recorded by an administrator</source>
            <translation>Унео администратор</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Заказано</translation>
        </message>
        <message>
            <source>(a table, see its screen)</source>
            <translation>(табела, погледајте њен екран)</translation>
        </message>
    </context>
    <context>
        <name>ParametersTableModel</name>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Вредност</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Важи од</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Извор</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Payment and issue</source>
            <translation>Плаћање и издавање</translation>
        </message>
        <message>
            <source>Record the card payment as the terminal printed it. The certificate is issued with the payment; its cover starts on {start} at 00:00 (Sofia time).</source>
            <translation>Унесите плаћање картицом онако како га је терминал одштампао. Потврда се издаје уз плаћање; покриће почиње {start} у 00:00 (по времену у Софији).</translation>
        </message>
        <message>
            <source>Total to pay: {total}</source>
            <translation>Укупно за плаћање: {total}</translation>
        </message>
        <message>
            <source>Terminal &amp;reference</source>
            <translation>&amp;Референца терминала</translation>
        </message>
        <message>
            <source>&amp;Amount paid (EUR)</source>
            <translation>&amp;Плаћени износ (EUR)</translation>
        </message>
        <message>
            <source>Paid a&amp;t</source>
            <translation>Плаћено &amp;у</translation>
        </message>
        <message>
            <source>&amp;Issue certificate</source>
            <translation>&amp;Издај потврду</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Print…</source>
            <translation>Од&amp;штампај…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Сачувај као PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>Print: {title}</source>
            <translation>Штампање: {title}</translation>
        </message>
        <message>
            <source>Save the document</source>
            <translation>Чување документа</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF датотеке (*.pdf)</translation>
        </message>
        <message>
            <source>The printer could not print.</source>
            <translation>Штампач није могао да одштампа.</translation>
        </message>
        <message>
            <source>The file could not be written: {path}</source>
            <translation>Датотека није могла да се упише: {path}</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>Сачувано: {path}.</translation>
        </message>
        <message>
            <source>Saved {path}: {what}.</source>
            <translation>Сачувано у {path}: {what}.</translation>
        </message>
        <message numerus="yes">
            <source>Sent to {printer}: {what}, %n page(s).</source>
            <translation>
                <numerusform>Послато на {printer}: {what}, %n страна.</numerusform>
                <numerusform>Послато на {printer}: {what}, %n стране.</numerusform>
                <numerusform>Послато на {printer}: {what}, %n страна.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent to {printer}: %n page(s).</source>
            <translation>
                <numerusform>Послато на {printer}: %n страна.</numerusform>
                <numerusform>Послато на {printer}: %n стране.</numerusform>
                <numerusform>Послато на {printer}: %n страна.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonResultsModel</name>
        <message>
            <source>No.</source>
            <translation>Бр.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име и презиме</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Старост</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Cover until</source>
            <translation>Покриће до</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Премија</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Напомене</translation>
        </message>
    </context>
    <context>
        <name>PointsChart</name>
        <message>
            <source>Daily points history</source>
            <translation>Дневна историја бодова</translation>
        </message>
        <message>
            <source>No points counted yet: the daily run counts them each night.</source>
            <translation>Бодови још нису обрачунати: дневни обрачун их рачуна сваке ноћи.</translation>
        </message>
        <message>
            <source>Points at the close of each day</source>
            <translation>Бодови на крају сваког дана</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Бодови</translation>
        </message>
    </context>
    <context>
        <name>PoliciesModel</name>
        <message>
            <source>Policy number</source>
            <translation>Број полисе</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>Врста осигурања</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Почетак</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Крај</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
    </context>
    <context>
        <name>PortalCodePanel</name>
        <message>
            <source>A one-time security code lets the customer register on the client portal. It goes only to the e-mail or mobile of record; nobody at the desk ever sees it.</source>
            <translation>Једнократни сигурносни код омогућава клијенту да се региструје на клијентском порталу. Шаље се само на евидентирану е-адресу или број мобилног; нико на шалтеру га никада не види.</translation>
        </message>
        <message>
            <source>May get a code</source>
            <translation>Може да добије код</translation>
        </message>
        <message>
            <source>no code issued yet</source>
            <translation>код још није издат</translation>
        </message>
        <message>
            <source>latest: {status}, by {channel} to {to}, {when}</source>
            <translation>последњи: {status}, путем {channel} на {to}, {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s) issued</source>
            <translation>
                <numerusform>издат %n код</numerusform>
                <numerusform>издата %n кода</numerusform>
                <numerusform>издато %n кодова</numerusform>
            </translation>
        </message>
        <message>
            <source>Client portal code</source>
            <translation>Код за портал за клијенте</translation>
        </message>
        <message>
            <source>I&amp;ssue code</source>
            <translation>Изд&amp;ај код</translation>
        </message>
        <message>
            <source>Issue a new code and send it; an earlier unused code stops working</source>
            <translation>Издај нови код и пошаљи га; ранији неискоришћени код престаје да важи</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Ос&amp;вежи</translation>
        </message>
        <message>
            <source>Code histor&amp;y</source>
            <translation>Истори&amp;ја кодова</translation>
        </message>
        <message>
            <source>Portal code history</source>
            <translation>Историја кодова за портал</translation>
        </message>
        <message>
            <source>The second person: confirm a colleague's desk verification</source>
            <translation>Друга особа: потврдите проверу коју је обавио колега</translation>
        </message>
        <message>
            <source>Verify contact at the desk…</source>
            <translation>Провери контакт на шалтеру…</translation>
        </message>
        <message>
            <source>No code</source>
            <translation>Без кода</translation>
        </message>
        <message>
            <source>Confirm verification</source>
            <translation>Одобри проверу</translation>
        </message>
        <message>
            <source>Record parent or guardian…</source>
            <translation>Упиши родитеља или старатеља…</translation>
        </message>
        <message>
            <source>Issue to guardian</source>
            <translation>Издај старатељу</translation>
        </message>
        <message>
            <source>Parent or guardian</source>
            <translation>Родитељ или старатељ</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Провера…</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Е-пошта</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>This customer can get a portal code.</source>
            <translation>Овај клијент може да добије код за портал.</translation>
        </message>
        <message>
            <source>E-mail to {destination}</source>
            <translation>Е-пошта на {destination}</translation>
        </message>
        <message>
            <source>E-mail (none of record)</source>
            <translation>Е-пошта (нема евидентиране адресе)</translation>
        </message>
        <message>
            <source>SMS to {destination}</source>
            <translation>SMS на {destination}</translation>
        </message>
        <message>
            <source>SMS (no mobile of record)</source>
            <translation>SMS (нема евидентираног броја мобилног)</translation>
        </message>
        <message>
            <source>Revoke the earlier code</source>
            <translation>Опозив претходног кода</translation>
        </message>
        <message>
            <source>The code sent by {old_channel} to {old_destination} on {when} has not been used yet. A new code revokes it: it stops working at once. Revoke it and send a new code by {channel} to {destination}?</source>
            <translation>Код послат {when} ({old_channel}, {old_destination}) још није искоришћен. Нови код га опозива: одмах престаје да важи. Опозвати га и послати нови код ({channel}, {destination})?</translation>
        </message>
        <message>
            <source>Revoke and send new code</source>
            <translation>Опозови и пошаљи нови код</translation>
        </message>
        <message>
            <source>Issuing the portal code</source>
            <translation>Издавање кода за портал</translation>
        </message>
        <message>
            <source>Code issued: {channel} to {destination}, valid until {expiry}. It is queued for sending; the history shows when it was sent.</source>
            <translation>Код је издат: {channel} на {destination}, важи до {expiry}. Стављен је у ред за слање; у историји се види када је послат.</translation>
        </message>
        <message>
            <source>confirmed {when}</source>
            <translation>потврђено {when}</translation>
        </message>
        <message>
            <source>awaiting a supervisor's confirmation</source>
            <translation>чека потврду надређеног</translation>
        </message>
        <message>
            <source>{kind} {value} verified at the desk ({document}) {when}, {state}</source>
            <translation>{kind} {value} проверен на шалтеру ({document}) {when}, {state}</translation>
        </message>
        <message>
            <source>Contact of record: as given on a policy or claim; no desk verification recorded.</source>
            <translation>Контакт из евиденције: како је наведен на полиси или одштетном захтеву; провера на шалтеру није уписана.</translation>
        </message>
        <message>
            <source>Parents and guardians: {names}</source>
            <translation>Родитељи и старатељи: {names}</translation>
        </message>
        <message>
            <source>A minor: record a parent or guardian, who then gets the code.</source>
            <translation>Малолетно лице: упишите родитеља или старатеља, који онда добија код.</translation>
        </message>
        <message>
            <source>Verification recorded.</source>
            <translation>Провера је уписана.</translation>
        </message>
        <message>
            <source>Parent or guardian recorded.</source>
            <translation>Родитељ или старатељ је уписан.</translation>
        </message>
        <message>
            <source>Verification confirmed.</source>
            <translation>Провера је потврђена.</translation>
        </message>
    </context>
    <context>
        <name>PortalCodes</name>
        <message>
            <source>Queued</source>
            <translation>У реду за слање</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Слање у току</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Послато</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Неуспешно</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Искоришћено</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Истекло</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Замењено</translation>
        </message>
        <message>
            <source>Locked (wrong guesses)</source>
            <translation>Закључано (погрешни покушаји)</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отказано</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Е-пошта</translation>
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
            <translation>Кодови за портал</translation>
        </message>
        <message>
            <source>Codes are issued from a customer's record: open the customer in Customers, then the "Portal code" tab. The code goes only to the e-mail or mobile of record, and the desk never sees it; each issue, delivery, use and failure is in the audit trail.</source>
            <translation>Кодови се издају из записа клијента: отворите клијента у одељку Клијенти, а затим картицу „Код за портал“. Код се шаље само на евидентирану е-адресу или број мобилног и на шалтеру га нико не види; свако издавање, испорука, коришћење и грешка бележе се у ревизорском трагу.</translation>
        </message>
        <message numerus="yes">
            <source>Codes &amp;issued in the last %n days</source>
            <translation>
                <numerusform>Кодови &amp;издати у последњих %n дан</numerusform>
                <numerusform>Кодови &amp;издати у последња %n дана</numerusform>
                <numerusform>Кодови &amp;издати у последњих %n дана</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Codes &amp;issued in the last %n days, all branches</source>
            <translation>
                <numerusform>Кодови &amp;издати у последњих %n дан, све филијале</numerusform>
                <numerusform>Кодови &amp;издати у последња %n дана, све филијале</numerusform>
                <numerusform>Кодови &amp;издати у последњих %n дана, све филијале</numerusform>
            </translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Осве&amp;жи</translation>
        </message>
        <message>
            <source>Open c&amp;ustomer</source>
            <translation>Отвори к&amp;лијента</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Освежи</translation>
        </message>
        <message>
            <source>Open customer</source>
            <translation>Отвори клијента</translation>
        </message>
        <message>
            <source>Codes issued recently</source>
            <translation>Недавно издати кодови</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Учитавам…</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <translation>
                <numerusform>%n код</numerusform>
                <numerusform>%n кода</numerusform>
                <numerusform>%n кодова</numerusform>
            </translation>
        </message>
        <message>
            <source>No codes issued in these days. Issue one from a customer's record.</source>
            <translation>У овим данима није издат ниједан код. Код се издаје из записа клијента.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Непознато</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Фасцикла</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Тражи у:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Име датотеке:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Врста датотека:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Отвори</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>Иза&amp;бери</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Фасцикла:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Иди назад</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Напред</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Иди напред</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Надређена фасцикла</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Иди у надређену фасциклу</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Направи нову фасциклу</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Направи нову фасциклу</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Приказ листе</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Пређи на приказ листе</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Приказ детаља</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Пређи на приказ детаља</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Бочна трака</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Списак места и обележивача</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Датотеке</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Све датотеке (*)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>П&amp;реименуј</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>О&amp;бриши</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Прикажи &amp;скривене датотеке</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Нова фасцикла</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Прикажи </translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Недавна места</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Фасцикла не може да се обрише.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 већ постоји.
Желите ли да замените постојећу датотеку?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Датотека није пронађена.
Проверите да ли је име датотеке исправно.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Фасцикла није пронађена.
Проверите да ли је име фасцикле исправно.</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>„%1“ је заштићен од уписа.
Желите ли ипак да га обришете?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Да ли сигурно желите да обришете „%1“?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Величина</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Измењено</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Рачунар</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>У реду</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сачувај</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Сачувај све</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Да за &amp;све</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Не</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Н&amp;е за све</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Прекини</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Покушај поново</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Занемари</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Одбаци</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Помоћ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Примени</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ресетуј</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Врати подразумевано</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Опције &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Опције &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Штампај</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Штампање у датотеку (PDF)</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Локална датотека</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Упис PDF датотеке</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Вредност „од“ не може бити већа од вредности „до“.</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Све стране</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Непарне стране</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Парне стране</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Copies</source>
            <translation>Примерци</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Број примерака:</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Сложи по примерцима</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Обрнутим редоследом</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Опсег штампе</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Штампај све</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Стране од</translation>
        </message>
        <message>
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Тренутна страна</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Избор</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Подешавања излаза</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Опције</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Режим боја</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>У боји</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Нијансе сиве</translation>
        </message>
        <message>
            <source>Duplex Printing</source>
            <translation>Двострана штампа</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Без</translation>
        </message>
        <message>
            <source>Long side</source>
            <translation>Дужа страна</translation>
        </message>
        <message>
            <source>Short side</source>
            <translation>Краћа страна</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Скуп страна:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Стране</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>С&amp;куп страна:</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Двострана штампа</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Искључено</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Повез по дужој страни</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Повез по краћој страни</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Printer</source>
            <translation>Штампач</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Назив:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Својства</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Локација:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Тип:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>Излазна &amp;датотека:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Преглед</translation>
        </message>
    </context>
    <context>
        <name>QuoteWizard</name>
        <message>
            <source>New accident insurance quote</source>
            <translation>Нова понуда осигурања од незгоде</translation>
        </message>
        <message>
            <source>Policyholder (18 or older)</source>
            <translation>Уговарач осигурања (најмање 18 година)</translation>
        </message>
        <message>
            <source>Search the customers: name, ЕГН, ЛНЧ…</source>
            <translation>Претрага клијената: име, ЕГН, ЛНЧ…</translation>
        </message>
        <message>
            <source>Policyholder search</source>
            <translation>Претрага уговарача осигурања</translation>
        </message>
        <message>
            <source>Clause &amp;A: one person</source>
            <translation>Клаузула &amp;А: једна особа</translation>
        </message>
        <message>
            <source>Clause &amp;B: a group</source>
            <translation>Клаузула &amp;Б: група</translation>
        </message>
        <message>
            <source>The policyholder is the insured person</source>
            <translation>Уговарач осигурања је осигурано лице</translation>
        </message>
        <message>
            <source>Insured persons</source>
            <translation>Осигурана лица</translation>
        </message>
        <message>
            <source>Add &amp;person</source>
            <translation>Додај &amp;особу</translation>
        </message>
        <message>
            <source>Add the policyholder</source>
            <translation>Додај уговарача осигурања</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Уклони</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>Ув&amp;ези CSV…</translation>
        </message>
        <message>
            <source>Covers and sums insured (EUR)</source>
            <translation>Покрића и суме осигурања (EUR)</translation>
        </message>
        <message>
            <source> (optional)</source>
            <translation> (опционо)</translation>
        </message>
        <message>
            <source>Purpose and period</source>
            <translation>Намена и период</translation>
        </message>
        <message>
            <source>P&amp;urpose</source>
            <translation>&amp;Намена</translation>
        </message>
        <message>
            <source>&amp;Start (00:00)</source>
            <translation>&amp;Почетак (00:00)</translation>
        </message>
        <message>
            <source>&amp;End (24:00)</source>
            <translation>&amp;Крај (24:00)</translation>
        </message>
        <message>
            <source>empty: one year</source>
            <translation>празно: једна година</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Даље &gt;</translation>
        </message>
        <message>
            <source>Sa&amp;ve quote</source>
            <translation>&amp;Сачувај понуду</translation>
        </message>
        <message>
            <source>&amp;Payment and issue…</source>
            <translation>Пла&amp;ћање и издавање…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>&lt; Bac&amp;k</source>
            <translation>&lt; На&amp;зад</translation>
        </message>
        <message>
            <source>Accident insurance quote no. {id}</source>
            <translation>Понуда осигурања од незгоде бр. {id}</translation>
        </message>
        <message>
            <source>Columns first_name, last_name, id_value; optional id_kind, birth_date (yyyy-mm-dd), capacity_loss_over_50, interdicted, resident_in_bulgaria (yes/no; a ЛНЧ holder is insured only when resident in Bulgaria)</source>
            <translation>Колоне фирст_наме, ласт_наме, ид_валуе; необавезне ид_кинд, биртх_дате (гггг-мм-дд), capacity_loss_over_50, интердицтед, ресидент_ин_булгариа (yes/но; ималац ЛНЧ се осигурава само ако је стално настањен у Бугарској)</translation>
        </message>
        <message>
            <source>Premium breakdo&amp;wn…</source>
            <translation>Струк&amp;тура премије…</translation>
        </message>
        <message>
            <source>1 of 3 · Policyholder and insured persons</source>
            <translation>1 од 3 · Уговарач осигурања и осигурана лица</translation>
        </message>
        <message>
            <source>2 of 3 · Covers, purpose and period</source>
            <translation>2 од 3 · Покрића, намена и период</translation>
        </message>
        <message>
            <source>3 of 3 · Quote</source>
            <translation>3 од 3 · Понуда</translation>
        </message>
        <message>
            <source>from {minimum} to {maximum}</source>
            <translation>од {minimum} до {maximum}</translation>
        </message>
        <message>
            <source>No policyholder chosen yet.</source>
            <translation>Уговарач осигурања још није изабран.</translation>
        </message>
        <message>
            <source>Policyholder: {name} (record no. {id})</source>
            <translation>Уговарач осигурања: {name} (запис бр. {id})</translation>
        </message>
        <message>
            <source>Import the group's list</source>
            <translation>Увоз списка групе</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV датотеке (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Reading the list</source>
            <translation>Читање списка</translation>
        </message>
        <message numerus="yes">
            <source>Imported {good} of %Ln row(s).</source>
            <translation>
                <numerusform>Увезено редова: {good} од %Ln.</numerusform>
                <numerusform>Увезено редова: {good} од %Ln.</numerusform>
                <numerusform>Увезено редова: {good} од %Ln.</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {line}, {column}: {message}</source>
            <translation>Ред {line}, {column}: {message}</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Обрачун премије</translation>
        </message>
        <message>
            <source>Close the quote</source>
            <translation>Затвори понуду</translation>
        </message>
        <message>
            <source>This quote is not saved. Close it and lose it, or keep working (Save quote keeps it for payment later)?</source>
            <translation>Ова понуда није сачувана. Да је затворите и изгубите или да наставите рад (Сачувај понуду је чува за касније плаћање)?</translation>
        </message>
        <message>
            <source>The persons and covers you typed are not priced or saved. Close the quote and discard them, or keep working?</source>
            <translation>Особе и покрића које сте унели још нису обрачунати ни сачувани. Да затворите понуду и одбаците их или да наставите рад?</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Затвори без чувања</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Настави рад</translation>
        </message>
        <message>
            <source>Saving the quote</source>
            <translation>Чување понуде</translation>
        </message>
        <message>
            <source>{problem}
Do not take the card payment: the quote can be saved and paid later where certificates can be issued.</source>
            <translation>{problem}
Не примајте плаћање картицом: понуда се може сачувати и платити касније тамо где се потврде могу издавати.</translation>
        </message>
        <message>
            <source>Certificate {number} issued: cover from {start} 00:00 to {end} 24:00.</source>
            <translation>Потврда {number} је издата: покриће од {start} 00:00 до {end} 24:00.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: {message}</source>
            <translation>Ред {row}, {column}: {message}</translation>
        </message>
        <message>
            <source>clause A, one person</source>
            <translation>клаузула А, једна особа</translation>
        </message>
        <message>
            <source>clause B, a group</source>
            <translation>клаузула Б, група</translation>
        </message>
        <message>
            <source>{holder} · {clause} · {purpose} · from {start} to {end} · {insured} insured, {refused} refused</source>
            <translation>{holder} · {clause} · {purpose} · од {start} до {end} · осигурано: {insured}, одбијено: {refused}</translation>
        </message>
        <message>
            <source>Covers: {covers}</source>
            <translation>Покрића: {covers}</translation>
        </message>
        <message>
            <source>Premium {net} + tax {tax} = total {total}</source>
            <translation>Премија {net} + порез {tax} = укупно {total}</translation>
        </message>
        <message>
            <source>Quote no. {id} saved, valid until {day}: take the payment to issue the certificate.</source>
            <translation>Понуда бр. {id} је сачувана и важи до {day}: наплатите премију да бисте издали потврду.</translation>
        </message>
        <message>
            <source>Not saved yet. Save the quote to take the payment.</source>
            <translation>Још није сачувано. Сачувајте понуду да бисте могли да наплатите премију.</translation>
        </message>
    </context>
    <context>
        <name>RecentCodesModel</name>
        <message>
            <source>Issued</source>
            <translation>Издат</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Клијент</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Послат на</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Издао/ла</translation>
        </message>
    </context>
    <context>
        <name>RecordGuardianDialog</name>
        <message>
            <source>Record a parent or guardian</source>
            <translation>Упис родитеља или старатеља</translation>
        </message>
        <message>
            <source>Minors get no portal account of their own: a parent or guardian registers. The parent or guardian must be a customer already; enter their JMBG.</source>
            <translation>Малолетници немају свој налог на порталу: региструје се родитељ или старатељ. Родитељ или старатељ мора већ бити клијент; унесите његов ЈМБГ.</translation>
        </message>
        <message>
            <source>Parent's or guardian's &amp;JMBG</source>
            <translation>&amp;ЈМБГ родитеља или старатеља</translation>
        </message>
        <message>
            <source>R&amp;elation</source>
            <translation>Од&amp;нос</translation>
        </message>
        <message>
            <source>E&amp;vidence seen</source>
            <translation>Прегледан &amp;доказ</translation>
        </message>
        <message>
            <source>e.g. birth certificate no. 123/2015</source>
            <translation>нпр. извод из матичне књиге рођених бр. 123/2015</translation>
        </message>
        <message>
            <source>Record &amp;guardian</source>
            <translation>&amp;Упиши старатеља</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Ресетовање лозинке</translation>
        </message>
        <message>
            <source>New temporary password for {name} ({username}). It also lifts a lock-out; the agent must choose their own password at the next sign-in.</source>
            <translation>Нова привремена лозинка за корисника {name} ({username}). Њоме се уклања и блокада; агент мора да изабере сопствену лозинку при следећој пријави.</translation>
        </message>
        <message>
            <source>New &amp;password</source>
            <translation>Нова &amp;лозинка</translation>
        </message>
        <message>
            <source>Password a&amp;gain</source>
            <translation>Лозинка &amp;поново</translation>
        </message>
        <message>
            <source>&amp;Reset password</source>
            <translation>&amp;Ресетуј лозинку</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Agent</source>
            <translation>Агент</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Руководилац</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Администратор</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <source>Row {row}, {column}: {message}</source>
            <translation>Ред {row}, {column}: {message}</translation>
        </message>
        <message>
            <source>Membership, years, maximum and discount</source>
            <translation>Чланство, године, максимум и попуст</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Активности</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Сагласности</translation>
        </message>
        <message>
            <source>Policies by the member's role</source>
            <translation>Полисе према улози члана</translation>
        </message>
        <message>
            <source>Levels: points from</source>
            <translation>Нивои: бодови од</translation>
        </message>
        <message>
            <source>Other items of Annex 1</source>
            <translation>Остале ставке Прилога 1</translation>
        </message>
        <message>
            <source>Items the insurer's table adds to the ones above, each counted while the member's activity of that name is on (recorded at the desk or imported). The code names the item in those records and cannot change once recorded.</source>
            <translation>Ставке које табела осигуравача додаје горњима; свака се рачуна док је чланова активност тог назива укључена (унета на шалтеру или увезена). Шифра именује ставку у тим записима и не може се променити када је унета.</translation>
        </message>
        <message>
            <source>&amp;Add an item</source>
            <translation>Додај &amp;ставку</translation>
        </message>
        <message>
            <source>Remove the selected item</source>
            <translation>Уклони изабрану ставку</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Customers</source>
            <translation>Клијенти</translation>
        </message>
        <message>
            <source>ZAME</source>
            <translation>ZAME</translation>
        </message>
        <message>
            <source>Portal codes</source>
            <translation>Кодови за портал</translation>
        </message>
        <message>
            <source>Accident insurance</source>
            <translation>Осигурање од незгоде</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Ревизија</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>Агенти</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Подешавања</translation>
        </message>
        <message>
            <source>Identify customers, check national ids, keep contact data and its history, and find anyone in one search box.</source>
            <translation>Идентификујте клијенте, проверавајте идентификационе бројеве, водите контакт податке и њихову историју и пронађите било кога у једном пољу за претрагу.</translation>
        </message>
        <message>
            <source>Enroll Slovenian customers in the ZAME loyalty programme, print the signed form, see points, level and discount.</source>
            <translation>Учланите словеначке клијенте у програм лојалности ZAME, одштампајте образац за потпис, прегледајте бодове, ниво и попуст.</translation>
        </message>
        <message>
            <source>Issue the security code a customer needs to register on the client portal, by e-mail or SMS to the contact of record.</source>
            <translation>Издајте сигурносни код који је клијенту потребан за регистрацију на клијентском порталу, е-поштом или SMS-ом на евидентирани контакт.</translation>
        </message>
        <message>
            <source>Quote accident insurance for one person or a group, take payment, and print the numbered certificate.</source>
            <translation>Направите понуду осигурања од незгоде за једну особу или групу, наплатите премију и одштампајте нумерисану потврду.</translation>
        </message>
        <message>
            <source>Who did what, when and where.</source>
            <translation>Ко је шта урадио, када и где.</translation>
        </message>
        <message>
            <source>Accounts, roles and branches.</source>
            <translation>Налози, улоге и филијале.</translation>
        </message>
        <message>
            <source>This workstation and your account.</source>
            <translation>Ова радна станица и ваш налог.</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (порт 587)</translation>
        </message>
        <message>
            <source>TLS (port 465)</source>
            <translation>TLS (порт 465)</translation>
        </message>
        <message>
            <source>None (internal relay only)</source>
            <translation>Без (само интерни релеј)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Подешавања</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Језик</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Језик</translation>
        </message>
        <message>
            <source>Applies at once, and is remembered for your account and for this workstation.</source>
            <translation>Примењује се одмах и памти се за ваш налог и за ову радну станицу.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Лозинка</translation>
        </message>
        <message>
            <source>The password you sign in with.</source>
            <translation>Лозинка којом се пријављујете.</translation>
        </message>
        <message>
            <source>&amp;Change password…</source>
            <translation>Промени &amp;лозинку…</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Промена лозинке</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База података</translation>
        </message>
        <message>
            <source>This workstation works on the local database on this computer: {where}</source>
            <translation>Ова радна станица ради са локалном базом података на овом рачунару: {where}</translation>
        </message>
        <message>
            <source>This workstation works through the Agent Desk server {where}.</source>
            <translation>Ова радна станица ради преко Agent Desk сервера {where}.</translation>
        </message>
        <message>
            <source>Change &amp;database…</source>
            <translation>Промени &amp;базу података…</translation>
        </message>
        <message>
            <source>Change database</source>
            <translation>Промена базе података</translation>
        </message>
        <message>
            <source>E-mail and SMS gateways</source>
            <translation>Пролази за е-пошту и SMS</translation>
        </message>
        <message>
            <source>E-mail (SMTP server)</source>
            <translation>Е-пошта (SMTP сервер)</translation>
        </message>
        <message>
            <source>SMS gateway</source>
            <translation>SMS пролаз</translation>
        </message>
        <message>
            <source>SMTP &amp;host</source>
            <translation>SMTP &amp;хост</translation>
        </message>
        <message>
            <source>SMTP p&amp;ort</source>
            <translation>SMTP п&amp;орт</translation>
        </message>
        <message>
            <source>Securi&amp;ty</source>
            <translation>&amp;Заштита</translation>
        </message>
        <message>
            <source>SMTP user&amp;name</source>
            <translation>SMTP корисничко &amp;име</translation>
        </message>
        <message>
            <source>SMTP pass&amp;word</source>
            <translation>SMTP лозин&amp;ка</translation>
        </message>
        <message>
            <source>Sender &amp;address</source>
            <translation>&amp;Адреса пошиљаоца</translation>
        </message>
        <message>
            <source>Gateway &amp;URL</source>
            <translation>&amp;URL пролаза</translation>
        </message>
        <message>
            <source>Gateway userna&amp;me</source>
            <translation>Корисничко и&amp;ме за пролаз</translation>
        </message>
        <message>
            <source>Gateway to&amp;ken</source>
            <translation>&amp;Токен пролаза</translation>
        </message>
        <message>
            <source>Sender &amp;ID</source>
            <translation>ID &amp;пошиљаоца</translation>
        </message>
        <message>
            <source>Leave empty to keep the saved one</source>
            <translation>Оставите празно да бисте задржали сачувану вредност</translation>
        </message>
        <message>
            <source>e.g. branch@insurer.example</source>
            <translation>нпр. filijala@insurer.example</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>&amp;Save gateways</source>
            <translation>&amp;Сачувај пролазе</translation>
        </message>
        <message>
            <source>Save gateways</source>
            <translation>Сачувај пролазе</translation>
        </message>
        <message>
            <source>Deployment settings</source>
            <translation>Подешавања инсталације</translation>
        </message>
        <message>
            <source>Record the insurer's own value of a setting and the day it takes effect. The tariff and the ZAME points table are recorded in their own editors.</source>
            <translation>Упишите вредност осигуравача и дан од када важи. Тарифа и табела поена ZAME уписују се у својим уређивачима.</translation>
        </message>
        <message>
            <source>Settin&amp;g</source>
            <translation>Подешавање (&amp;Г)</translation>
        </message>
        <message>
            <source>Te&amp;xt or address</source>
            <translation>Текст или адреса (&amp;X)</translation>
        </message>
        <message>
            <source>A&amp;pplies from</source>
            <translation>Ва&amp;жи од</translation>
        </message>
        <message>
            <source>Text or address</source>
            <translation>Текст или адреса</translation>
        </message>
        <message>
            <source>Record setting</source>
            <translation>Упиши подешавање</translation>
        </message>
        <message>
            <source>This is a demo database: the shipped defaults are used and documents say DEMO.</source>
            <translation>Ово је демо база: користе се подразумеване вредности, а документи су означени са DEMO.</translation>
        </message>
        <message>
            <source>Not a demo database: customer-facing work that needs a missing setting is refused until it is recorded. Missing: {count}.</source>
            <translation>База није демо: рад за клијенте коме треба подешавање које недостаје одбија се док се оно не упише. Недостаје: {count}.</translation>
        </message>
        <message>
            <source>Every deployment setting is the insurer's own.</source>
            <translation>Сва подешавања инсталације су вредности осигуравача.</translation>
        </message>
        <message>
            <source>Security rules</source>
            <translation>Безбедносна правила</translation>
        </message>
        <message>
            <source>The same for every workstation on this database. A rule is never edited in place: record a new value and the day it takes effect.</source>
            <translation>Иста су за све радне станице на овој бази података. Правило се никада не мења директно: унесите нову вредност и дан од када важи.</translation>
        </message>
        <message>
            <source>Record a new version</source>
            <translation>Унеси нову верзију</translation>
        </message>
        <message>
            <source>&amp;Rule</source>
            <translation>П&amp;равило</translation>
        </message>
        <message>
            <source>&amp;Value</source>
            <translation>&amp;Вредност</translation>
        </message>
        <message>
            <source>Valid &amp;from</source>
            <translation>Важи о&amp;д</translation>
        </message>
        <message>
            <source>R&amp;ecord new version</source>
            <translation>У&amp;неси нову верзију</translation>
        </message>
        <message>
            <source>Record new version</source>
            <translation>Унеси нову верзију</translation>
        </message>
        <message>
            <source>Security rules in force</source>
            <translation>Важећа безбедносна правила</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Ваша лозинка је промењена.</translation>
        </message>
        <message>
            <source>Saved. From the next start this workstation works through the Agent Desk server {url}.</source>
            <translation>Сачувано. Од следећег покретања ова радна станица ради преко Agent Desk сервера {url}.</translation>
        </message>
        <message>
            <source>Saved. From the next start this workstation works on the local database.</source>
            <translation>Сачувано. Од следећег покретања ова радна станица ради са локалном базом података.</translation>
        </message>
        <message>
            <source>Gateways saved.</source>
            <translation>Пролази су сачувани.</translation>
        </message>
        <message>
            <source>This computer has no password store: the password and the token were not saved.</source>
            <translation>Овај рачунар нема складиште лозинки: лозинка и токен нису сачувани.</translation>
        </message>
        <message>
            <source>Recorded: “{rule}” is {value} from {day}.</source>
            <translation>Унето: од {day} важи „{rule}“: {value}.</translation>
        </message>
        <message>
            <source>Recorded: “{setting}”, valid from {day}.</source>
            <translation>Уписано: „{setting}“, важи од {day}.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Agent Desk: sign in</source>
            <translation>Agent Desk: пријава</translation>
        </message>
        <message>
            <source>Agent Desk</source>
            <translation>Agent Desk</translation>
        </message>
        <message>
            <source>Sign in to serve your customers</source>
            <translation>Пријавите се да бисте услужили клијенте</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Корисничко име</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Лозинка</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>Је&amp;зик</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Корисничко име</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Лозинка</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Језик</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Пријави се</translation>
        </message>
        <message>
            <source>Database: {store} · workstation {workstation} · version {version}</source>
            <translation>База података: {store} · радна станица {workstation} · верзија {version}</translation>
        </message>
        <message>
            <source>Enter your username.</source>
            <translation>Унесите корисничко име.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Унесите лозинку.</translation>
        </message>
        <message>
            <source>Signing in</source>
            <translation>Пријављивање</translation>
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
            <translation>Agent Desk је наишао на неочекивану грешку. Све што сте сачували је задржано; последња радња можда није сачувана. Детаљи су у датотеци дневника.</translation>
        </message>
        <message>
            <source>Agent Desk cannot open its database.</source>
            <translation>Agent Desk не може да отвори своју базу података.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Покушај поново</translation>
        </message>
        <message>
            <source>Use the local database</source>
            <translation>Користи локалну базу података</translation>
        </message>
        <message>
            <source>This workstation is set to work on the database {url} directly. Agent Desk no longer connects to a database: it works on this computer's own file or through an Agent Desk server, which alone holds the database's password. Ask IT for the server's address and enter it in Settings, Database.</source>
            <translation>Ова радна станица је подешена да ради директно на бази података {url}. Agent Desk се више не повезује са базом података: ради са сопственом датотеком овог рачунара или преко Agent Desk сервера, који једини зна лозинку базе података. Адресу сервера тражите од IT службе и унесите је у Подешавања, База података.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Излаз</translation>
        </message>
        <message>
            <source>Your administrator set a temporary password. Choose your own password to continue.</source>
            <translation>Администратор вам је поставио привремену лозинку. Изаберите сопствену лозинку да бисте наставили.</translation>
        </message>
    </context>
    <context>
        <name>StoreSettingsDialog</name>
        <message>
            <source>Database</source>
            <translation>База података</translation>
        </message>
        <message>
            <source>Where this workstation keeps its data. The change takes effect when Agent Desk starts the next time.</source>
            <translation>Где ова радна станица чува податке. Промена ступа на снагу при следећем покретању програма Agent Desk.</translation>
        </message>
        <message>
            <source>&amp;Local database on this computer</source>
            <translation>&amp;Локална база података на овом рачунару</translation>
        </message>
        <message>
            <source>An Agent Desk ser&amp;ver (recommended for branches)</source>
            <translation>Агент &amp;Деск сервер (препоручено за филијале)</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>&amp;Адреса сервера</translation>
        </message>
        <message>
            <source>CA certificate &amp;file</source>
            <translation>Датотека ЦА серти&amp;фиката</translation>
        </message>
        <message>
            <source>e.g. https://agentdesk.example:8443</source>
            <translation>нпр. https://agentdesk.example:8443</translation>
        </message>
        <message>
            <source>Only for a certificate of the insurer's own authority</source>
            <translation>Само за сертификат сопственог сертификационог тела осигуравача</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Тестирај везу</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
        <message>
            <source>Testing the connection</source>
            <translation>Тестирање везе</translation>
        </message>
        <message>
            <source>Connecting to {host}…</source>
            <translation>Повезивање са сервером {host}…</translation>
        </message>
        <message>
            <source>The Agent Desk server does not answer.</source>
            <translation>Agent Desk сервер не одговара.</translation>
        </message>
        <message>
            <source>Connected to the Agent Desk server (version {version}).</source>
            <translation>Повезано са Agent Desk сервером (верзија {version}).</translation>
        </message>
    </context>
    <context>
        <name>TariffEditor</name>
        <message>
            <source>Risk</source>
            <translation>Ризик</translation>
        </message>
        <message>
            <source>Yearly rate per 1,000 EUR</source>
            <translation>Годишња стопа на 1.000 EUR</translation>
        </message>
        <message>
            <source>Lowest sum</source>
            <translation>Најнижа сума</translation>
        </message>
        <message>
            <source>Highest sum</source>
            <translation>Највиша сума</translation>
        </message>
        <message>
            <source>From age</source>
            <translation>Од старости</translation>
        </message>
        <message>
            <source>To age</source>
            <translation>До старости</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Коефицијент</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Намена</translation>
        </message>
        <message>
            <source>Term up to (days)</source>
            <translation>Трајање до (дана)</translation>
        </message>
        <message>
            <source>% of the yearly premium</source>
            <translation>% годишње премије</translation>
        </message>
        <message>
            <source>From (persons)</source>
            <translation>Од (особа)</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>Попуст %</translation>
        </message>
        <message>
            <source>Minimum premium before tax (EUR)</source>
            <translation>Минимална премија без пореза (EUR)</translation>
        </message>
        <message>
            <source>Premium tax (fraction, 0.02 = 2 %)</source>
            <translation>Порез на премију (удео, 0.02 = 2 %)</translation>
        </message>
        <message>
            <source>Leva per euro (shown beside)</source>
            <translation>Лева за један евро (приказује се поред износа)</translation>
        </message>
        <message>
            <source>Youngest insured age</source>
            <translation>Најнижа старост осигураног лица</translation>
        </message>
        <message>
            <source>Oldest insured age</source>
            <translation>Највиша старост осигураног лица</translation>
        </message>
        <message>
            <source>Death cover from age</source>
            <translation>Покриће за смрт од старости</translation>
        </message>
        <message>
            <source>Policyholder from age</source>
            <translation>Уговарач осигурања од старости</translation>
        </message>
        <message>
            <source>Longest term (months)</source>
            <translation>Најдуже трајање (месеци)</translation>
        </message>
        <message>
            <source>Risks: rates and limits of the sum insured</source>
            <translation>Ризици: стопе и границе суме осигурања</translation>
        </message>
        <message>
            <source>Factors by age band</source>
            <translation>Коефицијенти по старосним групама</translation>
        </message>
        <message>
            <source>Factors by purpose</source>
            <translation>Коефицијенти по намени</translation>
        </message>
        <message>
            <source>Short-term scale</source>
            <translation>Скала за краткорочна осигурања</translation>
        </message>
        <message>
            <source>Group discounts (clause B)</source>
            <translation>Групни попусти (клаузула Б)</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Додај ред</translation>
        </message>
        <message>
            <source>Remove last row</source>
            <translation>Уклони последњи ред</translation>
        </message>
        <message>
            <source>Premium, tax and eligibility</source>
            <translation>Премија, порез и услови за осигурање</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>ред {row}</translation>
        </message>
    </context>
    <context>
        <name>UpcomingView</name>
        <message>
            <source>This section arrives with the next releases of Agent Desk. Your account and branch are already set up for it.</source>
            <translation>Овај одељак стиже у наредним верзијама програма Agent Desk. Ваш налог и филијала су већ подешени за њега.</translation>
        </message>
    </context>
    <context>
        <name>VerifyContactDialog</name>
        <message>
            <source>Verify contact at the desk</source>
            <translation>Провера контакта на шалтеру</translation>
        </message>
        <message>
            <source>Compare the customer's e-mail or mobile of record with what they show you, and note the identity document you checked. A contact changed at the desk recently also needs a supervisor's confirmation.</source>
            <translation>Упоредите имејл или мобилни телефон из евиденције са оним што вам клијент покаже и упишите проверен лични документ. Контакт недавно промењен на шалтеру тражи и потврду надређеног.</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Контакт</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Документ</translation>
        </message>
        <message>
            <source>Document &amp;number</source>
            <translation>&amp;Број документа</translation>
        </message>
        <message>
            <source>&amp;Record verification</source>
            <translation>&amp;Упиши проверу</translation>
        </message>
    </context>
    <context>
        <name>VersionedTableEditor</name>
        <message>
            <source>shipped default</source>
            <translation>подразумевана</translation>
        </message>
        <message>
            <source>recorded by an administrator</source>
            <translation>унео администратор</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>заказана</translation>
        </message>
        <message>
            <source>New version valid &amp;from</source>
            <translation>Нова верзија важи &amp;од</translation>
        </message>
        <message>
            <source>New version valid from</source>
            <translation>Нова верзија важи од</translation>
        </message>
        <message>
            <source>&amp;Record new version</source>
            <translation>&amp;Унеси нову верзију</translation>
        </message>
        <message>
            <source>Start again from the version in force</source>
            <translation>Почни поново од важеће верзије</translation>
        </message>
        <message>
            <source>Loading the versions…</source>
            <translation>Учитавање верзија…</translation>
        </message>
        <message>
            <source>In force: the version valid from {day} ({source}). A change is recorded as a new version from a chosen day; versions are never edited.</source>
            <translation>На снази је верзија која важи од {day} ({source}). Измена се уноси као нова верзија од изабраног дана; верзије се никада не мењају.</translation>
        </message>
        <message>
            <source>Scheduled: {days}.</source>
            <translation>Заказано: {days}.</translation>
        </message>
        <message>
            <source>No version scheduled.</source>
            <translation>Нема заказаних верзија.</translation>
        </message>
        <message>
            <source>The form shows the version valid from {day}.</source>
            <translation>Образац приказује верзију која важи од {day}.</translation>
        </message>
        <message>
            <source>Recording the new version</source>
            <translation>Бележење нове верзије</translation>
        </message>
        <message>
            <source>Recorded: the new version applies from {day}.</source>
            <translation>Забележено: нова верзија важи од {day}.</translation>
        </message>
        <message>
            <source>Record a new version</source>
            <translation>Унеси нову верзију</translation>
        </message>
        <message>
            <source>Record this table as a new version valid from {day}? A recorded version cannot be changed or removed; a later change is another new version.</source>
            <translation>Забележити ову табелу као нову верзију која важи од {day}? Забележена верзија не може да се мења ни уклони; каснија измена је нова верзија.</translation>
        </message>
        <message>
            <source>Record new table</source>
            <translation>Забележи нову табелу</translation>
        </message>
    </context>
    <context>
        <name>Zame</name>
        <message>
            <source>Active</source>
            <translation>Активан</translation>
        </message>
        <message>
            <source>Leaving</source>
            <translation>У иступању</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Иступио</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Искључен</translation>
        </message>
        <message>
            <source>ZAME app downloaded</source>
            <translation>Преузета апликација ZAME</translation>
        </message>
        <message>
            <source>E-notifications on</source>
            <translation>Укључена е-обавештења</translation>
        </message>
        <message>
            <source>E-invoice on</source>
            <translation>Укључен е-рачун</translation>
        </message>
        <message>
            <source>Claim reported online</source>
            <translation>Штета пријављена онлајн</translation>
        </message>
        <message>
            <source>Registered on Moj Generali</source>
            <translation>Регистрација на порталу Moj Generali</translation>
        </message>
        <message>
            <source>Active Generali Investments investor</source>
            <translation>Активни инвеститор у Generali Investments</translation>
        </message>
        <message>
            <source>Direct marketing</source>
            <translation>Директни маркетинг</translation>
        </message>
        <message>
            <source>Generali Investments notices</source>
            <translation>Обавештења Generali Investments</translation>
        </message>
        <message>
            <source>Monthly check of investor status with Generali Investments</source>
            <translation>Месечна провера статуса инвеститора код Generali Investments</translation>
        </message>
        <message>
            <source>At the branch (agent)</source>
            <translation>У филијали (агент)</translation>
        </message>
        <message>
            <source>Web site</source>
            <translation>Веб-сајт</translation>
        </message>
        <message>
            <source>Mobile app</source>
            <translation>Мобилна апликација</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Е-пошта</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Пошта</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Увоз</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Агент</translation>
        </message>
        <message>
            <source>Import from another system</source>
            <translation>Увоз из другог система</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здравље</translation>
        </message>
        <message>
            <source>Sport</source>
            <translation>Спорт</translation>
        </message>
        <message>
            <source>Leisure</source>
            <translation>Слободно време</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>Туризам</translation>
        </message>
        <message>
            <source>Spas</source>
            <translation>Бање и спа</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Дом</translation>
        </message>
        <message>
            <source>Savings</source>
            <translation>Штедња</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>За младе</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Осигурање</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Остало</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Чека на слање</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Слање у току</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Послато</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Неуспешно</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отказано</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>име</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>презиме</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>датум рођења</translation>
        </message>
        <message>
            <source>tax number</source>
            <translation>порески број</translation>
        </message>
        <message>
            <source>street</source>
            <translation>улица</translation>
        </message>
        <message>
            <source>postcode</source>
            <translation>поштански број</translation>
        </message>
        <message>
            <source>city</source>
            <translation>место</translation>
        </message>
        <message>
            <source>country</source>
            <translation>држава</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>е-адреса</translation>
        </message>
        <message>
            <source>mobile number</source>
            <translation>број мобилног телефона</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Чланство</translation>
        </message>
        <message>
            <source>App</source>
            <translation>Апликација</translation>
        </message>
        <message>
            <source>E-notifications</source>
            <translation>Е-обавештења</translation>
        </message>
        <message>
            <source>E-invoice</source>
            <translation>Е-рачун</translation>
        </message>
        <message>
            <source>E-claim</source>
            <translation>Е-пријава штете</translation>
        </message>
        <message>
            <source>Moj Generali</source>
            <translation>Moj Generali</translation>
        </message>
        <message>
            <source>Generali Investments investor</source>
            <translation>Инвеститор у Generali Investments</translation>
        </message>
        <message>
            <source>Direct marketing consent</source>
            <translation>Сагласност за директни маркетинг</translation>
        </message>
        <message>
            <source>Generali Investments notices consent</source>
            <translation>Сагласност за обавештења Generali Investments</translation>
        </message>
        <message>
            <source>Above the maximum</source>
            <translation>Изнад максималног броја бодова</translation>
        </message>
        <message numerus="yes">
            <source>%Ln policies as policyholder</source>
            <translation>
                <numerusform>%Ln полиса као уговарач осигурања</numerusform>
                <numerusform>%Ln полисе као уговарач осигурања</numerusform>
                <numerusform>%Ln полиса као уговарач осигурања</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln policies as insured person</source>
            <translation>
                <numerusform>%Ln полиса као осигураник</numerusform>
                <numerusform>%Ln полисе као осигураник</numerusform>
                <numerusform>%Ln полиса као осигураник</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln policies as payer</source>
            <translation>
                <numerusform>%Ln полиса као платилац</numerusform>
                <numerusform>%Ln полисе као платилац</numerusform>
                <numerusform>%Ln полиса као платилац</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years</source>
            <translation>
                <numerusform>%Ln година сарадње</numerusform>
                <numerusform>%Ln године сарадње</numerusform>
                <numerusform>%Ln година сарадње</numerusform>
            </translation>
        </message>
        <message>
            <source>Total: {points}</source>
            <translation>Укупно: {points}</translation>
        </message>
    </context>
    <context>
        <name>ZameForms</name>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Датум потписивања</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Услови</translation>
        </message>
        <message>
            <source>Privacy notice</source>
            <translation>Обавештење о приватности</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Сагласност</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Активност</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Стање</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датум</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Извор</translation>
        </message>
        <message>
            <source>Given or withdrawn</source>
            <translation>Дата или повучена</translation>
        </message>
        <message>
            <source>Wording version</source>
            <translation>Верзија текста</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Примљено дана</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Време</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Понуда</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>Члан породице</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Пружалац</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Област</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Важи од</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Важи до</translation>
        </message>
        <message>
            <source>Level needed</source>
            <translation>Потребан ниво</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Породица</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Повучена</translation>
        </message>
    </context>
    <context>
        <name>ZameOffers</name>
        <message>
            <source>Provider</source>
            <translation>Пружалац</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Понуда</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Област</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Од</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>До</translation>
        </message>
        <message>
            <source>Level needed</source>
            <translation>Потребан ниво</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Породица</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Стање</translation>
        </message>
    </context>
    <context>
        <name>ZamePanel</name>
        <message>
            <source>Print the enrollment form…</source>
            <translation>Одштампај образац за учлањење…</translation>
        </message>
        <message>
            <source>Enro&amp;ll…</source>
            <translation>&amp;Учлани…</translation>
        </message>
        <message>
            <source>New activity…</source>
            <translation>Нова активност…</translation>
        </message>
        <message>
            <source>&amp;Give or withdraw consent…</source>
            <translation>&amp;Дај или повуци сагласност…</translation>
        </message>
        <message>
            <source>Activate a co&amp;upon…</source>
            <translation>Активирај &amp;купон…</translation>
        </message>
        <message>
            <source>Points s&amp;tatement…</source>
            <translation>Из&amp;вод бодова…</translation>
        </message>
        <message>
            <source>Exit re&amp;quest…</source>
            <translation>Захтев за ист&amp;упање…</translation>
        </message>
        <message>
            <source>Withdraw the exit request</source>
            <translation>Повуци захтев за иступање</translation>
        </message>
        <message>
            <source>Exclude…</source>
            <translation>Искључи…</translation>
        </message>
        <message>
            <source>Allow to &amp;join again…</source>
            <translation>Дозволи поновни &amp;приступ…</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Чланство</translation>
        </message>
        <message>
            <source>How the points add up today</source>
            <translation>Како се данас сабирају бодови</translation>
        </message>
        <message>
            <source>Member number</source>
            <translation>Члански број</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Ниво</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Бодови</translation>
        </message>
        <message>
            <source>Next level</source>
            <translation>Следећи ниво</translation>
        </message>
        <message>
            <source>Discount today</source>
            <translation>Попуст данас</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Члан од</translation>
        </message>
        <message>
            <source>Investor status</source>
            <translation>Статус инвеститора</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Потписано</translation>
        </message>
        <message>
            <source>Progress to the next level</source>
            <translation>Напредак до следећег нивоа</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Активности</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Сагласности</translation>
        </message>
        <message>
            <source>Coupons</source>
            <translation>Купони</translation>
        </message>
        <message>
            <source>Level changes</source>
            <translation>Промене нивоа</translation>
        </message>
        <message>
            <source>Member no. {number} · {status} since {day}</source>
            <translation>Члан бр. {number} · {status} од {day}</translation>
        </message>
        <message>
            <source>Former member no. {number} · {status} on {day}</source>
            <translation>Бивши члан бр. {number} · {status} {day}</translation>
        </message>
        <message>
            <source>Not a member</source>
            <translation>Није члан</translation>
        </message>
        <message numerus="yes">
            <source>{level} · %Ln points · discount {percent} %</source>
            <translation>
                <numerusform>{level} · %Ln бод · попуст {percent} %</numerusform>
                <numerusform>{level} · %Ln бода · попуст {percent} %</numerusform>
                <numerusform>{level} · %Ln бодова · попуст {percent} %</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more points reach {level}</source>
            <translation>
                <numerusform>Још %Ln бод до нивоа {level}</numerusform>
                <numerusform>Још %Ln бода до нивоа {level}</numerusform>
                <numerusform>Још %Ln бодова до нивоа {level}</numerusform>
            </translation>
        </message>
        <message>
            <source>Highest level reached</source>
            <translation>Достигнут је највиши ниво</translation>
        </message>
        <message>
            <source>Leaves the programme on {day}</source>
            <translation>Напушта програм {day}</translation>
        </message>
        <message>
            <source>May join: print the form and enroll</source>
            <translation>Може да се учлани: одштампајте образац и учланите га</translation>
        </message>
        <message>
            <source>May join once the record is complete</source>
            <translation>Може да се учлани када запис буде потпун</translation>
        </message>
        <message>
            <source>Cannot join: {reasons}</source>
            <translation>Не може да се учлани: {reasons}</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Следећи корак</translation>
        </message>
        <message>
            <source>ZAME loyalty programme</source>
            <translation>Програм лојалности ZAME</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Учитавање…</translation>
        </message>
        <message>
            <source>Former member {number}: excluded on {day} ({reason}).</source>
            <translation>Бивши члан {number}: искључен {day} ({reason}).</translation>
        </message>
        <message>
            <source>A supervisor allowed joining again ({reason}).</source>
            <translation>Руководилац је дозволио поновни приступ ({reason}).</translation>
        </message>
        <message>
            <source>Former member {number}: left on {day}. Joining again starts a new membership from the rules, not from the old points.</source>
            <translation>Бивши члан {number}: иступио {day}. Поновно учлањење започиње ново чланство по важећим правилима, а не од старих бодова.</translation>
        </message>
        <message>
            <source>Not a member of ZAME, the Generali loyalty programme.</source>
            <translation>Није члан ZAME, програма лојалности компаније Generali.</translation>
        </message>
        <message>
            <source>Can join today: print the enrollment form, have it signed, then record the signature with Enroll.</source>
            <translation>Може да се учлани данас: одштампајте образац за учлањење, дајте га на потпис, а затим евидентирајте потпис дугметом Учлани.</translation>
        </message>
        <message>
            <source>Cannot join today:</source>
            <translation>Данас не може да се учлани:</translation>
        </message>
        <message>
            <source>(age today: {age})</source>
            <translation>(данашња старост: {age})</translation>
        </message>
        <message>
            <source>Missing: {fields}.</source>
            <translation>Недостаје: {fields}.</translation>
        </message>
        <message>
            <source>Enro&amp;ll again…</source>
            <translation>Поново &amp;учлани…</translation>
        </message>
        <message>
            <source>{status}: the exit takes effect on {day} (requested {when}, {channel})</source>
            <translation>{status}: иступање ступа на снагу {day} (затражено {when}, {channel})</translation>
        </message>
        <message>
            <source>{points} (not counted yet)</source>
            <translation>{points} (још није обрачунато)</translation>
        </message>
        <message>
            <source>{points} (daily count of {day})</source>
            <translation>{points} (дневни обрачун од {day})</translation>
        </message>
        <message>
            <source>· counted in tonight's run: {change}</source>
            <translation>· обрачунава се у ноћном обрачуну: {change}</translation>
        </message>
        <message>
            <source>{missing} points to {level}</source>
            <translation>До следећег нивоа, {level}, недостаје бодова: {missing}</translation>
        </message>
        <message>
            <source>Top level</source>
            <translation>Највиши ниво</translation>
        </message>
        <message>
            <source>{percent} % on motor, home and accident policies concluded today</source>
            <translation>{percent} % на ауто-осигурање, осигурање дома и осигурање од незгоде закључено данас</translation>
        </message>
        <message>
            <source>{day}, {channel}, by {agent}</source>
            <translation>{day}, {channel}, унео: {agent}</translation>
        </message>
        <message>
            <source>checked on {checked}, counts until {until}</source>
            <translation>проверено {checked}, рачуна се до {until}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>није евидентирано</translation>
        </message>
        <message>
            <source>re-checked monthly (consent given)</source>
            <translation>проверава се месечно (сагласност дата)</translation>
        </message>
        <message>
            <source>not re-checked monthly (no consent)</source>
            <translation>не проверава се месечно (нема сагласности)</translation>
        </message>
        <message>
            <source>terms {terms}, privacy notice {privacy}, at {when}</source>
            <translation>услови {terms}, обавештење о приватности {privacy}, {when}</translation>
        </message>
        <message>
            <source>Enrolled: {name} is ZAME member no. {number} from {day}. Give the person their copy of the signed form.</source>
            <translation>Учлањено: {name} је члан ZAME бр. {number} од {day}. Предајте особи њен примерак потписаног обрасца.</translation>
        </message>
        <message>
            <source>The exit request is withdrawn: the membership goes on.</source>
            <translation>Захтев за иступање је повучен: чланство се наставља.</translation>
        </message>
        <message>
            <source>ZAME enrollment form: {name}</source>
            <translation>Образац за учлањење у ZAME: {name}</translation>
        </message>
        <message>
            <source>ZAME points statement: {number}</source>
            <translation>Извод бодова ZAME: {number}</translation>
        </message>
    </context>
    <context>
        <name>ZameRules</name>
        <message>
            <source>Per policy as policyholder</source>
            <translation>По полиси као уговарач осигурања</translation>
        </message>
        <message>
            <source>Per policy as insured person</source>
            <translation>По полиси као осигураник</translation>
        </message>
        <message>
            <source>Per policy as payer</source>
            <translation>По полиси као платилац</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Чланство</translation>
        </message>
        <message>
            <source>Per full year since the first policy</source>
            <translation>За сваку пуну годину од прве полисе</translation>
        </message>
        <message>
            <source>Most points a member can have</source>
            <translation>Највећи број бодова члана</translation>
        </message>
        <message>
            <source>Points for 1 % discount</source>
            <translation>Бодови за 1 % попуста</translation>
        </message>
        <message>
            <source>Largest discount (%)</source>
            <translation>Највећи попуст (%)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Шифра</translation>
        </message>
        <message>
            <source>Name in Annex 1</source>
            <translation>Назив у Прилогу 1</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Бодови</translation>
        </message>
    </context>
    <context>
        <name>ZameTables</name>
        <message>
            <source>Activity</source>
            <translation>Активност</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Стање</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датум</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Извор</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Унео</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Сагласност</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Од</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Coupon</source>
            <translation>Купон</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Понуда</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>Члан породице</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Послат на</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Е-пошта</translation>
        </message>
        <message>
            <source>Activated by</source>
            <translation>Активирао</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Дан</translation>
        </message>
        <message>
            <source>From level</source>
            <translation>Са нивоа</translation>
        </message>
        <message>
            <source>To level</source>
            <translation>На ниво</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Бодови</translation>
        </message>
    </context>
    <context>
        <name>ZameView</name>
        <message>
            <source>Members (active and leaving)</source>
            <translation>Чланови (активни и у иступању)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активни</translation>
        </message>
        <message>
            <source>Leaving</source>
            <translation>У иступању</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Иступили</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Искључени</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Сви</translation>
        </message>
        <message>
            <source>Member number</source>
            <translation>Члански број</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име и презиме</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Члан од</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>До</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Бодови</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Ниво</translation>
        </message>
        <message>
            <source>Daily run of</source>
            <translation>Обрачун за дан</translation>
        </message>
        <message>
            <source>ZAME loyalty programme</source>
            <translation>Програм лојалности ZAME</translation>
        </message>
        <message>
            <source>The members of Generali's ZAME programme (Slovenia). Open a member to see points, level, discount and history; enroll new members from the customer's record (ZAME tab).</source>
            <translation>Чланови програма Generali ZAME (Словенија). Отворите члана да бисте видели бодове, ниво, попуст и историју; нове чланове учланите из записа клијента (картица ZAME).</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>Ч&amp;ланови</translation>
        </message>
        <message>
            <source>&amp;Daily run</source>
            <translation>&amp;Дневни обрачун</translation>
        </message>
        <message>
            <source>&amp;Points table</source>
            <translation>&amp;Табела бодова</translation>
        </message>
        <message>
            <source>Partner offer&amp;s</source>
            <translation>&amp;Партнерске понуде</translation>
        </message>
    </context>
</TS>
