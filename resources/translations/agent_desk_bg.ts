<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg" sourcelanguage="en">
<context>
    <name>Accident</name>
    <message>
        <source>Issued</source>
        <translation>Издаден</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Анулиран</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Застрахован</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказан</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Изготвена оферта</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Застраховащ</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>Застраховано лице</translation>
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
        <translation>Смърт вследствие на злополука</translation>
    </message>
    <message>
        <source>Permanent loss or reduction of working capacity</source>
        <translation>Трайно загубена или намалена работоспособност</translation>
    </message>
    <message>
        <source>Temporary incapacity</source>
        <translation>Временна неработоспособност</translation>
    </message>
    <message>
        <source>Medical transport and/or repatriation (Bulgaria)</source>
        <translation>Медицински транспорт и/или репатриране (България)</translation>
    </message>
    <message>
        <source>Medical expenses (Bulgaria)</source>
        <translation>Медицински разходи (България)</translation>
    </message>
    <message>
        <source>Hospital daily cash from the fourth day (per day)</source>
        <translation>Дневни пари за болничен престой от четвъртия ден (на ден)</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>Ежедневие</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>School or kindergarten</source>
        <translation>Училище или детска градина</translation>
    </message>
    <message>
        <source>Amateur sport</source>
        <translation>Любителски спорт</translation>
    </message>
</context>
<context>
    <name>AccidentCertificatesModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Застраховащ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Застраховани лица</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Издаден на</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
</context>
<context>
    <name>AccidentOpenQuotesModel</name>
    <message>
        <source>Quote no.</source>
        <translation>Оферта №</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Застраховащ</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Клауза</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Застраховани</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Изготвена оферта</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Payable until</source>
        <translation>Платима до</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
</context>
<context>
    <name>AccidentPanel</name>
    <message>
        <source>Accident insurance certificates where this customer is the policyholder or an insured person.</source>
        <translation>Сертификати по застраховка „Злополука“, в които този клиент е застраховащ или застраховано лице.</translation>
    </message>
    <message>
        <source>No accident insurance certificates.</source>
        <translation>Няма сертификати по застраховка „Злополука“.</translation>
    </message>
    <message>
        <source>Ne&amp;w quote…</source>
        <translation>Нова о&amp;ферта…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Пре&amp;глед</translation>
    </message>
    <message>
        <source>Continue to pa&amp;yment…</source>
        <translation>Про&amp;дължи към плащане…</translation>
    </message>
    <message>
        <source>Accident insurance certificates</source>
        <translation>Сертификати по застраховка „Злополука“</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment</source>
        <translation>Запазени оферти, чакащи плащане</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment ({count})</source>
        <translation>Запазени оферти, чакащи плащане ({count})</translation>
    </message>
    <message>
        <source>{role} · clause {clause} · {start} – {end} · {total} · {status}</source>
        <translation>{role} · клауза {clause} · {start} – {end} · {total} · {status}</translation>
    </message>
    <message>
        <source>Quote no. {id}</source>
        <translation>Оферта № {id}</translation>
    </message>
    <message>
        <source>clause {clause} · quoted {day} · from {start} · {total} · can be paid until {until}</source>
        <translation>клауза {clause} · изчислена на {day} · от {start} · {total} · може да се плати до {until}</translation>
    </message>
    <message>
        <source>Accident insurance certificates ({count})</source>
        <translation>Удостоверения за застраховка „Злополука“ ({count})</translation>
    </message>
    <message>
        <source>Open quotes ({count})</source>
        <translation>Неплатени оферти ({count})</translation>
    </message>
    <message>
        <source>No saved quote waiting for payment.</source>
        <translation>Няма запазена оферта, която чака плащане.</translation>
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
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Вид номер</translation>
    </message>
    <message>
        <source>ЕГН / ЛНЧ</source>
        <translation>ЕГН / ЛНЧ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата на раждане</translation>
    </message>
    <message>
        <source>Lost &gt; 50 % working capacity</source>
        <translation>Загубена работоспособност &gt; 50 %</translation>
    </message>
    <message>
        <source>Under interdiction</source>
        <translation>Под пълно запрещение</translation>
    </message>
    <message>
        <source>ЛНЧ: permanent resident in Bulgaria</source>
        <translation>ЛНЧ: постоянно пребиваващ в България</translation>
    </message>
</context>
<context>
    <name>AccidentView</name>
    <message>
        <source>All</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Издадени</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Анулирани</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>Застраховка „Злополука“</translation>
    </message>
    <message>
        <source>Quote accident insurance for one person (clause A) or a group (clause B), take the card payment and issue the numbered certificate, then preview and print it. Open a certificate to print it again (as a copy) or, as a supervisor, to cancel it before its cover starts.</source>
        <translation>Изгответе оферта за застраховка „Злополука“ за едно лице (клауза А) или група (клауза Б), приемете плащането с карта и издайте номерирания сертификат, след което го прегледайте и отпечатайте. Отворете сертификат, за да го отпечатате отново (като копие) или, като ръководител, да го анулирате преди началото на покритието.</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Сертификати</translation>
    </message>
    <message>
        <source>Saved &amp;quotes</source>
        <translation>За&amp;пазени оферти</translation>
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
        <translation>включено</translation>
    </message>
    <message>
        <source>off</source>
        <translation>изключено</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record an activity</source>
        <translation>Въвеждане на активност</translation>
    </message>
    <message>
        <source>An investor&apos;s status counts from the day it was checked with Generali Investments and lapses when it is not checked again within a month: record each check.</source>
        <translation>Статусът на инвеститор се зачита от деня, в който е проверен в Generali Investments, и отпада, ако не бъде проверен отново в рамките на един месец: въвеждайте всяка проверка.</translation>
    </message>
    <message>
        <source>The activity counts from the day it was turned on.</source>
        <translation>Активността се зачита от деня, в който е включена.</translation>
    </message>
    <message>
        <source>Checked: an active investor</source>
        <translation>Проверено: активен инвеститор</translation>
    </message>
    <message>
        <source>Turned on (clear it to record that it was turned off)</source>
        <translation>Включено (махнете отметката, за да въведете изключване)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Въведи</translation>
    </message>
</context>
<context>
    <name>AgentsTableModel</name>
    <message>
        <source>Username</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Име и фамилия</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Клон</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
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
        <translation>Акаунти, роли и клонове. Изберете агент, за да нулирате паролата му, да премахнете блокирането или да (де)активирате акаунта.</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;Нов агент…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Нулирай &amp;паролата…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Отключи</translation>
    </message>
    <message>
        <source>New &amp;branch…</source>
        <translation>Нов &amp;клон…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бнови</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Зареди списъка отново (F5)</translation>
    </message>
    <message>
        <source>Lift the lock-out after too many wrong passwords</source>
        <translation>Премахни блокирането след твърде много грешни пароли</translation>
    </message>
    <message>
        <source>{accounts}, {active}, {branches}</source>
        <translation>{accounts}, {active}, {branches}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln акаунт</numerusform>
            <numerusform>%Ln акаунта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln активен</numerusform>
            <numerusform>%Ln активни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln branches</source>
        <translation>
            <numerusform>в %Ln клон</numerusform>
            <numerusform>в %Ln клона</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Активирай</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивирай</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} може да влезе отново.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is active again.</source>
        <translation>Акаунтът на {name} е отново активен.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is deactivated; they cannot sign in.</source>
        <translation>Акаунтът на {name} е деактивиран; влизането вече не е възможно.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Деактивирай профила</translation>
    </message>
    <message>
        <source>Deactivate the account of {name} ({username}, {branch})? They are signed out at once on every computer, anything they have not saved is lost, and they cannot sign in until an administrator activates the account again.</source>
        <translation>Да се деактивира ли профилът на {name} ({username}, {branch})? Лицето излиза веднага от системата на всички компютри, всичко незаписано се губи и не може да влезе, докато администратор не активира профила отново.</translation>
    </message>
    <message>
        <source>{name} ({username}) can now sign in with the password you chose and will be asked to change it.</source>
        <translation>{name} ({username}) вече може да влезе с избраната от Вас парола и ще бъде помолен(а) да я смени.</translation>
    </message>
    <message>
        <source>{name}&apos;s password was reset. Give it to them in person; they choose a new one at the next sign-in.</source>
        <translation>Паролата на {name} е нулирана. Предайте я лично; при следващото влизане потребителят ще избере нова.</translation>
    </message>
    <message>
        <source>Branch {code} ({name}) created. Choose it when creating its agents.</source>
        <translation>Клон {code} ({name}) е създаден. Изберете го, когато създавате агентите му.</translation>
    </message>
</context>
<context>
    <name>AllowRejoinDialog</name>
    <message>
        <source>Allow former member {number} to join again</source>
        <translation>Разрешаване на повторно присъединяване на бивш член {number}</translation>
    </message>
    <message>
        <source>The person was excluded. With your decision they may enroll again: a new membership, from the rules, not from the old points.</source>
        <translation>Лицето е било изключено. С вашето решение то може да се присъедини отново: ново членство по правилата, а не със старите точки.</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Разреши</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Клон</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Работна станция</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>№ {id}</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Refused: no right to do this</source>
        <translation>Отказано: няма право за това действие</translation>
    </message>
    <message>
        <source>Refused: too many requests</source>
        <translation>Отказано: твърде много заявки</translation>
    </message>
    <message>
        <source>Customers searched</source>
        <translation>Търсене на клиенти</translation>
    </message>
    <message>
        <source>Portal code checked by the portal</source>
        <translation>Кодът за портала е проверен от портала</translation>
    </message>
    <message>
        <source>Certificate cancelled</source>
        <translation>Удостоверението е анулирано</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Удостоверението е издадено</translation>
    </message>
    <message>
        <source>Certificate printed</source>
        <translation>Удостоверението е отпечатано</translation>
    </message>
    <message>
        <source>Certificate printed again (copy)</source>
        <translation>Удостоверението е отпечатано отново (копие)</translation>
    </message>
    <message>
        <source>Certificate opened</source>
        <translation>Удостоверението е отворено</translation>
    </message>
    <message>
        <source>Certificate saved as PDF (electronic copy)</source>
        <translation>Удостоверението е запазено като PDF (електронно копие)</translation>
    </message>
    <message>
        <source>Certificate signing key retired</source>
        <translation>Ключът за подписване на удостоверения е изведен от употреба</translation>
    </message>
    <message>
        <source>Accident insurance quoted</source>
        <translation>Изчислена оферта за застраховка „Злополука“</translation>
    </message>
    <message>
        <source>Accident insurance data read</source>
        <translation>Преглед на данни за застраховка „Злополука“</translation>
    </message>
    <message>
        <source>Import started</source>
        <translation>Импортът е започнат</translation>
    </message>
    <message>
        <source>Portal code history read</source>
        <translation>Преглед на историята на кодовете за портала</translation>
    </message>
    <message>
        <source>ZAME data read</source>
        <translation>Преглед на данни по ZAME</translation>
    </message>
    <message>
        <source>ZAME exit request withdrawn</source>
        <translation>Искането за напускане на ZAME е оттеглено</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Акаунтът е активиран</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Акаунтът е създаден</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Акаунтът е деактивиран</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>Паролата е нулирана от администратор</translation>
    </message>
    <message>
        <source>Account unlocked by an administrator</source>
        <translation>Акаунтът е отключен от администратор</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Одитната следа е експортирана</translation>
    </message>
    <message>
        <source>Screen locked after idle time</source>
        <translation>Екранът е заключен след бездействие</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Екранът е заключен</translation>
    </message>
    <message>
        <source>Locked out after wrong passwords</source>
        <translation>Заключен след грешни пароли</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Собствената парола е сменена</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Неуспешно влизане</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Влизането е отказано</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Влизане</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Излизане</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Екранът е отключен</translation>
    </message>
    <message>
        <source>Branch created</source>
        <translation>Клонът е създаден</translation>
    </message>
    <message>
        <source>Confirmed as a different person</source>
        <translation>Потвърдено като различно лице</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>Клиентът е създаден</translation>
    </message>
    <message>
        <source>Contact change confirmed by a supervisor</source>
        <translation>Промяната на контакта е потвърдена от ръководител</translation>
    </message>
    <message>
        <source>Contact verified at the desk</source>
        <translation>Контактът е проверен на гишето</translation>
    </message>
    <message>
        <source>Guardian recorded</source>
        <translation>Записан е настойник</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Личните данни са експортирани</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Записите са обединени</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Клиентът е променен</translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation>Записът е отворен</translation>
    </message>
    <message>
        <source>Claims imported</source>
        <translation>Щетите са импортирани</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>Клиентите са импортирани</translation>
    </message>
    <message>
        <source>Policies imported</source>
        <translation>Полиците са импортирани</translation>
    </message>
    <message>
        <source>Message cancelled</source>
        <translation>Съобщението е отменено</translation>
    </message>
    <message>
        <source>Message could not be delivered</source>
        <translation>Съобщението не можа да бъде доставено</translation>
    </message>
    <message>
        <source>Sent again with a new code</source>
        <translation>Изпратено отново с нов код</translation>
    </message>
    <message>
        <source>Message retry requested</source>
        <translation>Поискан е нов опит за изпращане</translation>
    </message>
    <message>
        <source>Message retry scheduled</source>
        <translation>Насрочен е нов опит за изпращане</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Съобщението е изпратено</translation>
    </message>
    <message>
        <source>Rule value recorded</source>
        <translation>Записана е стойност на правило</translation>
    </message>
    <message>
        <source>Portal codes issued in bulk</source>
        <translation>Кодове за портала, издадени масово</translation>
    </message>
    <message>
        <source>Portal code issued</source>
        <translation>Издаден код за портала</translation>
    </message>
    <message>
        <source>Portal code refused</source>
        <translation>Отказан код за портала</translation>
    </message>
    <message>
        <source>Portal code used</source>
        <translation>Кодът за портала е използван</translation>
    </message>
    <message>
        <source>Portal code refused: already used</source>
        <translation>Кодът за портала е отказан: вече използван</translation>
    </message>
    <message>
        <source>Portal code locked after wrong guesses</source>
        <translation>Кодът за портала е заключен след грешни опити</translation>
    </message>
    <message>
        <source>Wrong portal code typed</source>
        <translation>Въведен е грешен код за портала</translation>
    </message>
    <message>
        <source>Portal code refused: replaced by a newer one</source>
        <translation>Кодът за портала е отказан: заменен с по-нов</translation>
    </message>
    <message>
        <source>First start: store set up</source>
        <translation>Първо стартиране: хранилището е настроено</translation>
    </message>
    <message>
        <source>Store marked as a demo store</source>
        <translation>Хранилището е отбелязано като демонстрационно</translation>
    </message>
    <message>
        <source>ZAME activities imported</source>
        <translation>Дейностите по ZAME са импортирани</translation>
    </message>
    <message>
        <source>ZAME activity recorded</source>
        <translation>Записана е дейност по ZAME</translation>
    </message>
    <message>
        <source>ZAME consent given</source>
        <translation>Дадено е съгласие по ZAME</translation>
    </message>
    <message>
        <source>ZAME consent withdrawn</source>
        <translation>Оттеглено е съгласие по ZAME</translation>
    </message>
    <message>
        <source>ZAME coupon activated</source>
        <translation>Активиран е купон по ZAME</translation>
    </message>
    <message>
        <source>ZAME daily points run</source>
        <translation>Дневно изчисление на точките по ZAME</translation>
    </message>
    <message>
        <source>Enrolled in ZAME</source>
        <translation>Включен в ZAME</translation>
    </message>
    <message>
        <source>ZAME form printed</source>
        <translation>Формулярът за ZAME е отпечатан</translation>
    </message>
    <message>
        <source>Excluded from ZAME</source>
        <translation>Изключен от ZAME</translation>
    </message>
    <message>
        <source>ZAME investor status re-checked</source>
        <translation>Повторно проверен статус на инвеститор по ZAME</translation>
    </message>
    <message>
        <source>ZAME monthly investor re-check run</source>
        <translation>Месечна повторна проверка на инвеститорите по ZAME</translation>
    </message>
    <message>
        <source>Allowed to join ZAME again</source>
        <translation>Разрешено повторно присъединяване към ZAME</translation>
    </message>
    <message>
        <source>ZAME exit requested</source>
        <translation>Поискано е напускане на ZAME</translation>
    </message>
    <message>
        <source>Partner offer changed</source>
        <translation>Партньорската оферта е променена</translation>
    </message>
    <message>
        <source>Partner offer created</source>
        <translation>Партньорската оферта е създадена</translation>
    </message>
    <message>
        <source>ZAME points statement printed</source>
        <translation>Справката за точките по ZAME е отпечатана</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Акаунт</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Клон</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Удостоверение</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Оферта</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Съобщение</translation>
    </message>
    <message>
        <source>Portal code</source>
        <translation>Код за портала</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>ZAME day</source>
        <translation>Ден по ZAME</translation>
    </message>
    <message>
        <source>ZAME membership</source>
        <translation>Членство в ZAME</translation>
    </message>
    <message>
        <source>Partner offer</source>
        <translation>Партньорска оферта</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Refused call</source>
        <translation>Отказано извикване</translation>
    </message>
    <message>
        <source>Many at once (import or demo)</source>
        <translation>Много наведнъж (импорт или демонстрация)</translation>
    </message>
    <message>
        <source>Filter: action</source>
        <translation>Филтър: действие</translation>
    </message>
    <message>
        <source>Filter: agent</source>
        <translation>Филтър: агент</translation>
    </message>
    <message>
        <source>Filter: customer no.</source>
        <translation>Филтър: № на клиент</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Променен контакт</translation>
    </message>
    <message>
        <source>National ids added</source>
        <translation>Добавени национални идентификатори</translation>
    </message>
    <message>
        <source>National ids removed</source>
        <translation>Премахнати национални идентификатори</translation>
    </message>
    <message>
        <source>Identified again</source>
        <translation>Идентифициран отново</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Национални идентификатори</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Идентифициране</translation>
    </message>
    <message>
        <source>Confirmed different from records</source>
        <translation>Потвърдено като различен от записите</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Изпратено до</translation>
    </message>
    <message>
        <source>Membership no.</source>
        <translation>Членство №</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Членски номер</translation>
    </message>
    <message>
        <source>Terms version</source>
        <translation>Версия на условията</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Версия на уведомлението за поверителност</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Подписано на</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>On</source>
        <translation>На</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>В сила от</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Получено на</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Клауза</translation>
    </message>
    <message>
        <source>Quote no.</source>
        <translation>Оферта №</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Клиент №</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Запазен запис</translation>
    </message>
    <message>
        <source>Record merged away</source>
        <translation>Обединен (закрит) запис</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Пазар</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Валидно от</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Опит</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Опити</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минути</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Редове</translation>
    </message>
    <message>
        <source>Print no.</source>
        <translation>Отпечатване №</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Грешка</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Валидно до</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Застраховани лица</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказани</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Издадени</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Неуспешни</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропуснати</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записани</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Преди</translation>
    </message>
    <message>
        <source>After</source>
        <translation>След</translation>
    </message>
    <message>
        <source>Other record no.</source>
        <translation>Друг запис №</translation>
    </message>
    <message>
        <source>Guardian&apos;s record no.</source>
        <translation>Запис на настойника №</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказателство</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Отпечатвания</translation>
    </message>
    <message>
        <source>Coupon number</source>
        <translation>Номер на купона</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Член на семейството</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Unknown user name</source>
        <translation>Непознато потребителско име</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Редове във файла</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
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
        <translation>Вече проверени</translation>
    </message>
    <message>
        <source>Answer as of</source>
        <translation>Отговор към</translation>
    </message>
    <message>
        <source>Limited calls</source>
        <translation>Ограничени заявки</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Размер (байтове)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Извикващ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменени</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидати</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверени</translation>
    </message>
    <message>
        <source>Confirmations removed</source>
        <translation>Премахнати потвърждения</translation>
    </message>
    <message>
        <source>With consent</source>
        <translation>Със съгласие</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Съгласия</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Duplicates dropped</source>
        <translation>Пропуснати дубликати</translation>
    </message>
    <message>
        <source>Earlier merges moved to the record kept</source>
        <translation>Предишни обединявания, прехвърлени към запазения запис</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Видове</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Напускания</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Промени в нивото</translation>
    </message>
    <message>
        <source>Limit per minute</source>
        <translation>Ограничение на минута</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Преместени</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>Вече неактивни</translation>
    </message>
    <message>
        <source>Offer no.</source>
        <translation>Оферта №</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Отместване</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Произход</translation>
    </message>
    <message>
        <source>Message no.</source>
        <translation>Съобщение №</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Доставчик</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Replaced code no.</source>
        <translation>Заменен код №</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>Earlier codes revoked</source>
        <translation>Отменени предишни кодове</translation>
    </message>
    <message>
        <source>Search terms removed</source>
        <translation>Премахнати думи за търсене</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунди</translation>
    </message>
    <message>
        <source>Portal code no.</source>
        <translation>Код за портала №</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Все още активни</translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation>Референция на терминала</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часова зона</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Записано в</translation>
    </message>
    <message>
        <source>Verification no.</source>
        <translation>Проверка №</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Оттеглена</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Без съгласие</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Версия на текста</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Променени</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадени</translation>
    </message>
    <message>
        <source>Ignored columns</source>
        <translation>Пропуснати колони</translation>
    </message>
    <message>
        <source>Refused: another market&apos;s records</source>
        <translation>Отказани: записи на друг пазар</translation>
    </message>
    <message>
        <source>Start event no.</source>
        <translation>Събитие за начало №</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Непроменени</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновени</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата на раждане</translation>
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
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобилен телефон</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочитан език</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ за самоличност</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер на документа</translation>
    </message>
    <message>
        <source>Document valid until</source>
        <translation>Документът е валиден до</translation>
    </message>
    <message>
        <source>The account is locked</source>
        <translation>Акаунтът е заключен</translation>
    </message>
    <message>
        <source>The account is deactivated</source>
        <translation>Акаунтът е деактивиран</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Грешна парола</translation>
    </message>
    <message>
        <source>No account with this user name</source>
        <translation>Няма акаунт с това потребителско име</translation>
    </message>
    <message>
        <source>Signed out by the agent</source>
        <translation>Агентът е излязъл от системата</translation>
    </message>
    <message>
        <source>Signed out by the agent from the locked screen</source>
        <translation>Агентът е излязъл от заключения екран</translation>
    </message>
    <message>
        <source>The window was closed</source>
        <translation>Прозорецът беше затворен</translation>
    </message>
    <message>
        <source>Left without choosing the new password asked for</source>
        <translation>Излизане, без да е избрана изисканата нова парола</translation>
    </message>
    <message>
        <source>Locked out by wrong passwords at the locked screen</source>
        <translation>Блокиран заради грешни пароли на заключения екран</translation>
    </message>
    <message>
        <source>After the idle time</source>
        <translation>След времето на бездействие</translation>
    </message>
    <message>
        <source>By the agent (Ctrl+L or the Lock button)</source>
        <translation>От агента (Ctrl+L или бутона „Заключи“)</translation>
    </message>
    <message>
        <source>The customer may not have a code</source>
        <translation>Клиентът не може да получи код</translation>
    </message>
    <message>
        <source>Not the contact of record</source>
        <translation>Не е регистрираният контакт</translation>
    </message>
    <message>
        <source>A recent contact change is not confirmed yet</source>
        <translation>Скорошна промяна на контакта още не е потвърдена</translation>
    </message>
    <message>
        <source>No e-mail of record</source>
        <translation>Няма регистриран имейл</translation>
    </message>
    <message>
        <source>No mobile number of record</source>
        <translation>Няма регистриран мобилен номер</translation>
    </message>
    <message>
        <source>Too many codes in an hour</source>
        <translation>Твърде много кодове за един час</translation>
    </message>
    <message>
        <source>Too many codes in a day</source>
        <translation>Твърде много кодове за един ден</translation>
    </message>
    <message>
        <source>The code is no longer valid</source>
        <translation>Кодът вече не е валиден</translation>
    </message>
    <message>
        <source>Cancelled by a supervisor</source>
        <translation>Отменено от ръководител</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Agent at the desk</source>
        <translation>Агент на гишето</translation>
    </message>
    <message>
        <source>In person, ID card</source>
        <translation>Лично, лична карта</translation>
    </message>
    <message>
        <source>In person, passport</source>
        <translation>Лично, паспорт</translation>
    </message>
    <message>
        <source>Rekono</source>
        <translation>Rekono</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Данъчен номер</translation>
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
        <translation>ЕГН (JMBG)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Unlocking the screen</source>
        <translation>Отключване на екрана</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Смяна на паролата</translation>
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
        <translation>Одитна следа</translation>
    </message>
    <message>
        <source>Who did what, when and where. Times are shown in the time zone of your branch ({zone}).</source>
        <translation>Кой какво е направил, кога и къде. Часовете са показани в часовата зона на Вашия клон ({zone}).</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Агент</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Дей&amp;ствие</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>Only this &amp;customer</source>
        <translation>Само &amp;този клиент</translation>
    </message>
    <message>
        <source>Show only the events about the customer of the selected event</source>
        <translation>Покажи само събитията за клиента от избраното събитие</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Всички агенти</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Всички действия</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бнови</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Експорт в CSV…</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>От дата</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>До дата</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обнови</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Експорт в CSV</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Одитни събития</translation>
    </message>
    <message>
        <source>Only the events about this customer&apos;s record</source>
        <translation>Само събитията за записа на този клиент</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Only this customer</source>
        <translation>Само този клиент</translation>
    </message>
    <message>
        <source>The selected event</source>
        <translation>Избраното събитие</translation>
    </message>
    <message>
        <source>Load the events again (F5)</source>
        <translation>Зареди събитията отново (F5)</translation>
    </message>
    <message>
        <source>Write every event matching the filter (not only those shown) to a CSV file</source>
        <translation>Запиши всички събития, отговарящи на филтъра (не само показаните), във файл CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %n events. Narrow the filter to see older ones; the CSV export contains them all.</source>
        <translation>
            <numerusform>Показано е последното %n събитие. Стеснете филтъра, за да видите по-старите; експортът в CSV съдържа всички.</numerusform>
            <numerusform>Показани са последните %n събития. Стеснете филтъра, за да видите по-старите; експортът в CSV съдържа всички.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n събитие</numerusform>
            <numerusform>%n събития</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an event to read it in full.</source>
        <translation>Изберете събитие, за да го прочетете изцяло.</translation>
    </message>
    <message>
        <source>{when} · {agent} · branch {branch} · workstation {workstation}</source>
        <translation>{when} · {agent} · клон {branch} · работно място {workstation}</translation>
    </message>
    <message>
        <source>Record: {record}</source>
        <translation>Запис: {record}</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Експорт на одитни събития</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлове CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>Експортиране на одитната следа</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Записване на {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {file}</source>
        <translation>
            <numerusform>Експортирано е %n събитие в {file}</numerusform>
            <numerusform>Експортирани са %n събития в {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Експортът не бе успешен: {reason}</translation>
    </message>
</context>
<context>
    <name>BreakdownDialog</name>
    <message>
        <source>Premium breakdown</source>
        <translation>Разбивка на премията</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Стъпка</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Сума (EUR)</translation>
    </message>
    <message>
        <source>Amount (BGN at {rate})</source>
        <translation>Сума (BGN по курс {rate})</translation>
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
        <translation>Анулиране на сертификат {number}</translation>
    </message>
    <message>
        <source>The certificate stays on record, marked as cancelled, with your reason; the cover does not start.</source>
        <translation>Сертификатът остава в регистъра, отбелязан като анулиран, заедно с посочената от Вас причина; покритието не започва.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Cancel the &amp;certificate</source>
        <translation>&amp;Анулирай сертификата</translation>
    </message>
    <message>
        <source>Cancel certificate {number}? It stays on record as cancelled and its cover never starts; a cancellation cannot be undone.</source>
        <translation>Да се анулира ли сертификат {number}? Той остава в регистъра като анулиран и покритието му не започва; анулирането не може да бъде отменено.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Accident certificate {number}</source>
        <translation>Сертификат по застраховка „Злополука“ {number}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Застраховащ</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Клауза</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Застраховани лица</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Покритие</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Премия</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Плащане</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Отпечатвания</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Анулиран</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Преглед и печат…</translation>
    </message>
    <message>
        <source>&amp;Cancel certificate…</source>
        <translation>&amp;Анулирай сертификата…</translation>
    </message>
    <message>
        <source>A supervisor cancels a certificate, with a reason, before its cover starts</source>
        <translation>Ръководител анулира сертификата, като посочва причина, преди началото на покритието</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>A (one person)</source>
        <translation>А (едно лице)</translation>
    </message>
    <message>
        <source>B (group)</source>
        <translation>Б (група)</translation>
    </message>
    <message>
        <source>from {start} to {end} (Sofia time)</source>
        <translation>от {start} до {end} (софийско време)</translation>
    </message>
    <message>
        <source>{net} + tax {tax} = {total}</source>
        <translation>{net} + данък {tax} = {total}</translation>
    </message>
    <message>
        <source>card, terminal reference {reference}, {when}</source>
        <translation>карта, референция от терминала {reference}, {when}</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>все още не е отпечатан</translation>
    </message>
    <message>
        <source>once (the original)</source>
        <translation>веднъж (оригиналът)</translation>
    </message>
    <message numerus="yes">
        <source>the original and %n copies</source>
        <translation>
            <numerusform>оригиналът и %n копие</numerusform>
            <numerusform>оригиналът и %n копия</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: {reason}</source>
        <translation>{when}: {reason}</translation>
    </message>
    <message>
        <source>Preparing the certificate</source>
        <translation>Подготовка на сертификата</translation>
    </message>
    <message>
        <source>Certificate {number} cancelled.</source>
        <translation>Сертификат {number} е анулиран.</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>Certificate number, e.g. SOF-CENTER-2026-000012</source>
        <translation>Номер на сертификат, напр. SOF-CENTER-2026-000012</translation>
    </message>
    <message>
        <source>Search by certificate number</source>
        <translation>Търсене по номер на сертификат</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>&amp;Нова оферта…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>No certificates found.</source>
        <translation>Няма намерени сертификати.</translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message>
        <source>Certificate {number}</source>
        <translation>Сертификат {number}</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Преглед на сертификата</translation>
    </message>
    <message>
        <source>The original was printed: the next print is a copy (КОПИЕ).</source>
        <translation>Оригиналът е отпечатан: следващото отпечатване е копие (КОПИЕ).</translation>
    </message>
    <message>
        <source>Printing the certificate</source>
        <translation>Отпечатване на сертификата</translation>
    </message>
    <message>
        <source>The printer could not print. The print was recorded as taken: print again (it will be a copy).</source>
        <translation>Принтерът не успя да отпечата. Отпечатването е отчетено като направено: отпечатайте отново (ще бъде копие).</translation>
    </message>
    <message>
        <source>Preview: the first paper print is the original, every later print is marked as a copy (КОПИЕ). A saved PDF is an electronic copy and does not use up the original.</source>
        <translation>Преглед: първият отпечатък на хартия е оригиналът, всеки следващ е означен като копие (КОПИЕ). Записаният PDF е електронно копие и не изразходва оригинала.</translation>
    </message>
    <message>
        <source>an electronic copy (the original is the paper print)</source>
        <translation>електронно копие (оригиналът е отпечатъкът на хартия)</translation>
    </message>
    <message>
        <source>copy no. {number}</source>
        <translation>копие № {number}</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>оригиналът</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смяна на паролата</translation>
    </message>
    <message>
        <source>Use a password you use nowhere else.</source>
        <translation>Използвайте парола, която не ползвате никъде другаде.</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>&amp;Текуща парола</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Нова парола</translation>
    </message>
    <message>
        <source>New password a&amp;gain</source>
        <translation>Нова парола &amp;отново</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Смени паролата</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim number</source>
        <translation>Номер на щета</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Полица</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Заявена на</translation>
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
        <translation>Изпратен до</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Издаден</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Валиден до</translation>
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
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отхвърли промените</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незапазени промени</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Leave it and discard them?</source>
        <translation>Тази страница има незапазени промени. Да я напусна ли и да отхвърля промените?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Give or withdraw a consent</source>
        <translation>Даване или оттегляне на съгласие</translation>
    </message>
    <message>
        <source>Consents are a history: each change is added, none is edited. Leave the wording version empty for the one in force.</source>
        <translation>Съгласията се водят като история: всяка промяна се добавя, никоя не се редактира. Оставете версията на текста празна за действащата.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дадено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Оттеглено</translation>
    </message>
    <message>
        <source>the version in force</source>
        <translation>действащата версия</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Въведи</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>given</source>
        <translation>дадено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>оттеглено</translation>
    </message>
</context>
<context>
    <name>ContactDialogs</name>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобилен телефон</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Лична карта</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родител</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Настойник</translation>
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
        <translation>Стар</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нов</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Променен от</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>at identification</source>
        <translation>при идентифициране</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <source>No partner offer is valid today.</source>
        <translation>Днес няма валидна партньорска оферта.</translation>
    </message>
    <message>
        <source>Activate a coupon</source>
        <translation>Активиране на купон</translation>
    </message>
    <message>
        <source>The coupon is sent to the member&apos;s registered e-mail. The terms allow the agent to activate it on the member&apos;s behalf.</source>
        <translation>Купонът се изпраща на регистрирания имейл на члена. Условията позволяват агентът да го активира от името на члена.</translation>
    </message>
    <message>
        <source>only where the offer allows family members</source>
        <translation>само ако офертата допуска членове на семейството</translation>
    </message>
    <message>
        <source>&amp;Activate and send</source>
        <translation>&amp;Активирай и изпрати</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>← &amp;Back to search</source>
        <translation>← &amp;Назад към търсенето</translation>
    </message>
    <message>
        <source>Back to the search results (Esc, Alt+Left)</source>
        <translation>Назад към резултатите от търсенето (Esc, Alt+стрелка наляво)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактирай…</translation>
    </message>
    <message>
        <source>Change the record, the contact of record or re-identify the person (Ctrl+E)</source>
        <translation>Променете записа или регистрирания контакт или идентифицирайте лицето отново (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>О&amp;бедини с…</translation>
    </message>
    <message>
        <source>This person has a second record: merge the two into one</source>
        <translation>Това лице има втори запис: обединете двата в един</translation>
    </message>
    <message>
        <source>E&amp;xport personal data (JSON)…</source>
        <translation>&amp;Експорт на лични данни (JSON)…</translation>
    </message>
    <message>
        <source>Everything stored about this person, for a data subject access request</source>
        <translation>Всички съхранявани данни за това лице, за искане за достъп от субекта на данните</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обнови</translation>
    </message>
    <message>
        <source>Load the record again (F5)</source>
        <translation>Зареди записа отново (F5)</translation>
    </message>
    <message>
        <source>Open the record &amp;kept</source>
        <translation>Отвори &amp;запазения запис</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Самоличност</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Идентифициране</translation>
    </message>
    <message>
        <source>Address and contact of record</source>
        <translation>Адрес и регистриран контакт</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата на раждане</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Идентификационни номера</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Валиден до</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Проверил</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postcode, city</source>
        <translation>Пощенски код, населено място</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобилен телефон</translation>
    </message>
    <message>
        <source>Contact &amp;history (codes go only to the contact of record)</source>
        <translation>&amp;История на контактите (кодовете се изпращат само до регистрирания контакт)</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>История на контактите</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Полици</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Щети</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>Запис на клиента</translation>
    </message>
    <message>
        <source>No policies on record for this person.</source>
        <translation>За това лице няма регистрирани полици.</translation>
    </message>
    <message>
        <source>No claims on record for this person.</source>
        <translation>За това лице няма регистрирани щети.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>Record no. {id} · {market} · version {version}</source>
        <translation>Запис № {id} · {market} · версия {version}</translation>
    </message>
    <message>
        <source>Born {day}</source>
        <translation>Роден(а) на {day}</translation>
    </message>
    <message>
        <source>Not identified at a desk yet</source>
        <translation>Все още не е идентифициран(а) в офис</translation>
    </message>
    <message>
        <source>{day} (expired)</source>
        <translation>{day} (изтекъл)</translation>
    </message>
    <message>
        <source>This record was merged into record no. {id}; it is kept for the history only and cannot be changed.</source>
        <translation>Този запис е обединен в запис № {id}; пази се само за историята и не може да се променя.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Преглед</translation>
    </message>
    <message>
        <source>&amp;Policies ({count})</source>
        <translation>По&amp;лици ({count})</translation>
    </message>
    <message>
        <source>&amp;Claims ({count})</source>
        <translation>&amp;Щети ({count})</translation>
    </message>
    <message>
        <source>Portal co&amp;de</source>
        <translation>&amp;Код за портала</translation>
    </message>
    <message>
        <source>&amp;Accident insurance</source>
        <translation>За&amp;страховка „Злополука“</translation>
    </message>
    <message>
        <source>&amp;ZAME</source>
        <translation>&amp;ZAME</translation>
    </message>
    <message>
        <source>Not identified at a desk yet: identify before enrolling or issuing</source>
        <translation>Все още не е идентифициран на гише: идентифицирайте преди включване или издаване</translation>
    </message>
    <message>
        <source>{how}, {document} {number}, valid until {day}</source>
        <translation>{how}, {document} {number}, валиден до {day}</translation>
    </message>
    <message>
        <source>{text} (document expired)</source>
        <translation>{text} (документът е изтекъл)</translation>
    </message>
    <message>
        <source>checked by {agent} on {when}</source>
        <translation>проверил(а) {agent} на {when}</translation>
    </message>
    <message>
        <source>born {day}</source>
        <translation>роден(а) на {day}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последна промяна</translation>
    </message>
    <message>
        <source>Contact of record</source>
        <translation>Регистриран контакт</translation>
    </message>
    <message>
        <source>Policies ({count})</source>
        <translation>Полици ({count})</translation>
    </message>
    <message>
        <source>Claims ({count})</source>
        <translation>Щети ({count})</translation>
    </message>
    <message>
        <source>{when} · {agent}</source>
        <translation>{when} · {agent}</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Последни действия</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Все още няма записани действия.</translation>
    </message>
    <message>
        <source>Loading the summary…</source>
        <translation>Резюмето се зарежда…</translation>
    </message>
    <message>
        <source>{action}
{when}, {agent} ({branch})</source>
        <translation>{action}
{when}, {agent} ({branch})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Запазено.</translation>
    </message>
    <message>
        <source>The record below now shows their version.</source>
        <translation>По-долу вече е показана тяхната версия на записа.</translation>
    </message>
    <message>
        <source>The two records are merged; this is the record kept.</source>
        <translation>Двата записа са обединени; това е запазеният запис.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Експорт на лични данни</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлове JSON (*.json)</translation>
    </message>
    <message>
        <source>Personal data written to {file}. Hand it over securely; it contains everything stored about the person.</source>
        <translation>Личните данни са записани в {file}. Предайте файла по сигурен начин; той съдържа всички съхранявани данни за лицето.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Експортът не бе успешен: {reason}</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Експортиране на лични данни</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>New customer</source>
        <translation>Нов клиент</translation>
    </message>
    <message>
        <source>Identify the person with an ID card or a passport before you save. Numbers, dates and contacts are checked when you save; whatever needs correcting is marked next to its field.</source>
        <translation>Преди да запазите, идентифицирайте лицето с лична карта или паспорт. Номерата, датите и контактите се проверяват при запазване; каквото трябва да се коригира, е отбелязано до съответното поле.</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>&amp;Създай клиент</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Редактиране на клиент</translation>
    </message>
    <message>
        <source>A new e-mail or mobile becomes the contact of record: say on what evidence you change it. The change enters the contact history.</source>
        <translation>Новият имейл или мобилен номер става регистриран контакт: посочете на какво основание го променяте. Промяната се вписва в историята на контактите.</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>&amp;Запази промените</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Адрес и контакт</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Идентифициране</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Име</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Дата на раждане</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>По&amp;л</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Език</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Улица и номер</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Дър&amp;жава</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>И&amp;мейл</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>Мо&amp;билен телефон</translation>
    </message>
    <message>
        <source>E&amp;vidence for the change</source>
        <translation>&amp;Основание за промяната</translation>
    </message>
    <message>
        <source>&amp;How identified</source>
        <translation>&amp;Начин на идентифициране</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>До&amp;кумент</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>Номе&amp;р на документа</translation>
    </message>
    <message>
        <source>Valid until (expir&amp;y)</source>
        <translation>&amp;Валиден до (изтичане)</translation>
    </message>
    <message>
        <source>National &amp;ids</source>
        <translation>Иден&amp;тификационни номера</translation>
    </message>
    <message>
        <source>&amp;Postcode, city</source>
        <translation>&amp;Пощенски код, населено място</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Идентификационни номера</translation>
    </message>
    <message>
        <source>&amp;Add identifier</source>
        <translation>Доб&amp;ави идентификационен номер</translation>
    </message>
    <message>
        <source>Add identifier</source>
        <translation>Добави идентификационен номер</translation>
    </message>
    <message>
        <source>&amp;Re-identify the person now</source>
        <translation>Идентифи&amp;цирай лицето отново сега</translation>
    </message>
    <message>
        <source>Re-identify the person now</source>
        <translation>Идентифицирай лицето отново сега</translation>
    </message>
    <message>
        <source>or a two-letter code, e.g. FR</source>
        <translation>или двубуквен код, напр. FR</translation>
    </message>
    <message>
        <source>e.g. Slovenska cesta 12</source>
        <translation>напр. Slovenska cesta 12</translation>
    </message>
    <message>
        <source>e.g. 041 123 456 or +386 41 123 456</source>
        <translation>напр. 041 123 456 или +386 41 123 456</translation>
    </message>
    <message>
        <source>e.g. ул. Витоша 15</source>
        <translation>напр. ул. Витоша 15</translation>
    </message>
    <message>
        <source>e.g. 0888 123 456 or +359 888 123 456</source>
        <translation>напр. 0888 123 456 или +359 888 123 456</translation>
    </message>
    <message>
        <source>e.g. Knez Mihailova 7</source>
        <translation>напр. Knez Mihailova 7</translation>
    </message>
    <message>
        <source>e.g. 064 123 4567 or +381 64 123 4567</source>
        <translation>напр. 064 123 4567 или +381 64 123 4567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ime@example.com</translation>
    </message>
    <message>
        <source>e.g. request signed at the desk, ID card checked</source>
        <translation>напр. искане, подписано в офиса, проверена лична карта</translation>
    </message>
    <message>
        <source>as printed on the document</source>
        <translation>както е отпечатан в документа</translation>
    </message>
    <message>
        <source>Identified by {agent} on {moment} ({method}).</source>
        <translation>Идентифициране: {agent}, {moment} ({method}).</translation>
    </message>
    <message>
        <source>an agent no longer on record</source>
        <translation>агент, който вече не е в системата</translation>
    </message>
    <message>
        <source>Not identified at a desk yet (e.g. loaded from the core system).</source>
        <translation>Все още не е идентифициран(а) в офис (напр. зареден(а) от основната система).</translation>
    </message>
    <message>
        <source>Postcode: {problem}</source>
        <translation>Пощенски код: {problem}</translation>
    </message>
    <message>
        <source>City: {problem}</source>
        <translation>Населено място: {problem}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>any customer: type a name or number</source>
        <translation>всеки клиент: въведете име или номер</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Намерени клиенти</translation>
    </message>
    <message>
        <source>{name} · no. {id}</source>
        <translation>{name} · № {id}</translation>
    </message>
</context>
<context>
    <name>CustomerRowsModel</name>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата на раждане</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Идентификационни номера</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобилен телефон</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message>
        <source>Customers</source>
        <translation>Клиенти</translation>
    </message>
    <message>
        <source>Find a customer by any part of the name, in Latin or Cyrillic, with or without diacritics, or by a national id, mobile number, e-mail or policy number.</source>
        <translation>Търсете клиент по която и да е част от името, на латиница или кирилица, с или без диакритични знаци, или по идентификационен номер, мобилен номер, имейл или номер на полица.</translation>
    </message>
    <message>
        <source>Name, national id, mobile, e-mail or policy number (Ctrl+F)</source>
        <translation>Име, идентификационен номер, мобилен телефон, имейл или номер на полица (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Търсене на клиенти</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Нов клиент…</translation>
    </message>
    <message>
        <source>Identify and record a new customer (Ctrl+N)</source>
        <translation>Идентифицирайте и регистрирайте нов клиент (Ctrl+N)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Нов клиент</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Load customers, policies or claims from the core system&apos;s CSV extracts</source>
        <translation>Заредете клиенти, полици или щети от CSV извлеченията на основната система</translation>
    </message>
    <message>
        <source>Import core-system extract</source>
        <translation>Импорт на извлечение от основната система</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Намерени клиенти</translation>
    </message>
    <message>
        <source>Type at least a few letters of a name, or a whole number, e-mail address or policy number.</source>
        <translation>Въведете поне няколко букви от името или целия номер, имейл адрес или номер на полица.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Търсене…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Зареждане на още…</translation>
    </message>
    <message>
        <source>No customer found for “{text}”. Check the spelling, try the national id, or create a new customer (Ctrl+N).</source>
        <translation>Няма намерен клиент за „{text}“. Проверете изписването, опитайте с идентификационния номер или създайте нов клиент (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>The first %n customers are shown; scroll down for more.</source>
        <translation>
            <numerusform>Показан е първият %n клиент; превъртете надолу за още.</numerusform>
            <numerusform>Показани са първите %n клиенти; превъртете надолу за още.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Enter or double-click opens one.</source>
        <translation>
            <numerusform>Намерен е %n клиент. Отворете го с Enter или двойно щракване.</numerusform>
            <numerusform>Намерени са %n клиенти. Отворете клиент с Enter или двойно щракване.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message>
        <source>Tax number (davčna številka)</source>
        <translation>Данъчен номер (davčna številka)</translation>
    </message>
    <message>
        <source>EMŠO</source>
        <translation>EMŠO</translation>
    </message>
    <message>
        <source>EGN (ЕГН)</source>
        <translation>ЕГН</translation>
    </message>
    <message>
        <source>LNCh (ЛНЧ, foreigner)</source>
        <translation>ЛНЧ (чужденец)</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>Дан. №</translation>
    </message>
    <message>
        <source>EGN</source>
        <translation>ЕГН</translation>
    </message>
    <message>
        <source>LNCh</source>
        <translation>ЛНЧ</translation>
    </message>
    <message>
        <source>In person, with an ID card</source>
        <translation>Лично, с лична карта</translation>
    </message>
    <message>
        <source>In person, with a passport</source>
        <translation>Лично, с паспорт</translation>
    </message>
    <message>
        <source>Rekono (online, Slovenia only)</source>
        <translation>Rekono (онлайн, само в Словения)</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Лична карта</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не е посочен</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мъж</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жена</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Словения</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>България</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сърбия</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Хърватия</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Босна и Херцеговина</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Черна гора</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Северна Македония</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобилен телефон</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Застраховащ</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>Застрахован</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Платец</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Увредено лице</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Ползващо се лице</translation>
    </message>
    <message>
        <source>Motor liability</source>
        <translation>Гражданска отговорност</translation>
    </message>
    <message>
        <source>Motor hull (casco)</source>
        <translation>Автокаско</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Имущество на домакинството</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Живот</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Злополука</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здраве</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Прекратена (неплащане)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Анулирана</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Изтекла</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Още не е започнала</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отворена</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Заявена</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В обработка</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Приключена</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Изплатена</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отхвърлена</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Обединен</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>{name} is now on record.</source>
        <translation>{name} вече е регистриран(а).</translation>
    </message>
</context>
<context>
    <name>DailyRunPanel</name>
    <message>
        <source>The daily run computes every member&apos;s points and level for a day, stores the snapshot and records level changes. The command line runs it each night (agent-app jobs daily); run it here to catch up a day. Running a day again writes nothing twice.</source>
        <translation>Ежедневното изчисление определя точките и нивото на всеки член за даден ден, съхранява моментното състояние и записва промените в нивата. Командният ред го стартира всяка нощ (agent-app jobs daily); стартирайте го тук, за да наваксате пропуснат ден. Повторното изпълнение за същия ден не записва нищо два пъти.</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Ден</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <source>R&amp;un the daily points job</source>
        <translation>&amp;Стартирай ежедневното изчисление на точките</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Откажи изчислението</translation>
    </message>
    <message>
        <source>Progress of the daily run</source>
        <translation>Напредък на ежедневното изчисление</translation>
    </message>
    <message>
        <source>Last day run: {day}</source>
        <translation>Последен изчислен ден: {day}</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Все още не е стартирано.</translation>
    </message>
    <message>
        <source>Running the day {day}…</source>
        <translation>Изчисляване за {day}…</translation>
    </message>
    <message>
        <source>Daily points run</source>
        <translation>Ежедневно изчисление на точките</translation>
    </message>
    <message>
        <source>Computing the members&apos; points…</source>
        <translation>Изчисляване на точките на членовете…</translation>
    </message>
    <message>
        <source>{day}: {members}, {written}, {changes}, {left} ({seconds} s).</source>
        <translation>{day}: {members}, {written}, {changes}, {left} ({seconds} с).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln член</numerusform>
            <numerusform>%Ln членове</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed figures recorded</source>
        <translation>
            <numerusform>%Ln записана промяна в точките</numerusform>
            <numerusform>%Ln записани промени в точките</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln level changes</source>
        <translation>
            <numerusform>%Ln промяна в нивото</numerusform>
            <numerusform>%Ln промени в нивото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exits took effect</source>
        <translation>
            <numerusform>%Ln напускане влезе в сила</numerusform>
            <numerusform>%Ln напускания влязоха в сила</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing of the run was kept.</source>
        <translation>Отказано: нищо от изчислението не е запазено.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>e.g. {example}</source>
        <translation>напр. {example}</translation>
    </message>
    <message>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation>Изберете деня от календар (Alt+стрелка надолу)</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Валидно от</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Въведено от</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Използва се за</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Зададено</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Липсва</translation>
    </message>
    <message>
        <source>(a table, recorded in its editor)</source>
        <translation>(таблица, записва се в своя редактор)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possibly already on record</source>
        <translation>Вероятно вече е регистриран</translation>
    </message>
    <message>
        <source>Someone with the same name and birth date, or the same e-mail or mobile, is already on record. Open their record instead of creating a second one, or, if you have checked that this is someone else, confirm it: the confirmation is recorded.</source>
        <translation>Лице със същото име и дата на раждане или със същия имейл или мобилен номер вече е регистрирано. Отворете неговия запис, вместо да създавате втори, или, ако сте проверили, че става дума за друго лице, потвърдете това: потвърждението се записва.</translation>
    </message>
    <message>
        <source>&amp;Open selected record</source>
        <translation>&amp;Отвори избрания запис</translation>
    </message>
    <message>
        <source>This is a &amp;different person</source>
        <translation>Това е &amp;друго лице</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Назад към формуляра</translation>
    </message>
    <message>
        <source>Likely matches</source>
        <translation>Вероятни съвпадения</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll {name} in ZAME</source>
        <translation>Включване в ZAME: {name}</translation>
    </message>
    <message>
        <source>Record this only after the person has signed the printed enrollment form. The membership starts on the day of signing.</source>
        <translation>Въведете това едва след като лицето е подписало отпечатания формуляр за включване. Членството започва от деня на подписването.</translation>
    </message>
    <message>
        <source>Signed the terms {version}</source>
        <translation>Подписани условия {version}</translation>
    </message>
    <message>
        <source>Signed the privacy notice {version}</source>
        <translation>Подписано уведомление за поверителност {version}</translation>
    </message>
    <message>
        <source>Agrees to direct marketing</source>
        <translation>Дава съгласие за директен маркетинг</translation>
    </message>
    <message>
        <source>Agrees to Generali Investments notices</source>
        <translation>Дава съгласие за известия от Generali Investments</translation>
    </message>
    <message>
        <source>Agrees to the monthly check of investor status with Generali Investments</source>
        <translation>Дава съгласие за ежемесечна проверка на статуса на инвеститор в Generali Investments</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Включи</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude member {number}</source>
        <translation>Изключване на член {number}</translation>
    </message>
    <message>
        <source>The membership ends today. The person cannot be enrolled again at a branch.</source>
        <translation>Членството се прекратява днес. Лицето не може да бъде включено отново в клон.</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>&amp;Изключи</translation>
    </message>
    <message>
        <source>Exclude the member today? The membership ends at once with its points; this cannot be undone.</source>
        <translation>Да изключа ли члена днес? Членството приключва веднага заедно с точките; това не може да се отмени.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Изключи</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit request</source>
        <translation>Искане за напускане</translation>
    </message>
    <message>
        <source>The exit takes effect on the 5th Slovenian working day, counted from the working day after the request was received. Until then the member is leaving.</source>
        <translation>Напускането влиза в сила на 5-ия работен ден в Словения, считано от работния ден след получаване на искането. Дотогава членът е със статус „напускащ“.</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>&amp;Въведи искането</translation>
    </message>
    <message>
        <source>Takes effect on {day}.</source>
        <translation>Влиза в сила на {day}.</translation>
    </message>
    <message>
        <source>Record the exit request? The membership ends on {day}; until then the request can be withdrawn, afterwards the points are lost.</source>
        <translation>Да запиша ли искането за напускане? Членството приключва на {day}; дотогава искането може да се оттегли, след това точките се губят.</translation>
    </message>
    <message>
        <source>Request exit</source>
        <translation>Запиши искането за напускане</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Branch &amp;code</source>
        <translation>&amp;Код на клона</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>&amp;Наименование на клона</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>П&amp;азар</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Часова зона</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Потребителско име</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Име и фамилия</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Па&amp;рола</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Парола &amp;отново</translation>
    </message>
    <message>
        <source>Agent Desk: first start</source>
        <translation>Agent Desk: първо стартиране</translation>
    </message>
    <message>
        <source>Welcome to Agent Desk</source>
        <translation>Добре дошли в Agent Desk</translation>
    </message>
    <message>
        <source>This database is new. Describe the branch this workstation belongs to and create the first administrator, who then creates the agents&apos; accounts.</source>
        <translation>Тази база данни е нова. Опишете клона, към който принадлежи тази работна станция, и създайте първия администратор, който след това създава акаунтите на агентите.</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Клон</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Първи администратор</translation>
    </message>
    <message>
        <source>e.g. LJ-CENTER</source>
        <translation>напр. LJ-CENTER</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Създай и влез</translation>
    </message>
    <message>
        <source>Creating the branch</source>
        <translation>Създаване на клона</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>IdentifierRow</name>
    <message>
        <source>Kind of national number</source>
        <translation>Вид идентификационен номер</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Идентификационен номер</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Премахни този номер</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>Отвори съществуващия запис</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Customers</source>
        <translation>Клиенти</translation>
    </message>
    <message>
        <source>Policies and roles</source>
        <translation>Полици и роли</translation>
    </message>
    <message>
        <source>Claims and roles</source>
        <translation>Щети и роли</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Автоматично разпознаване</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1250 (Latin: Slovenian, Serbian)</source>
        <translation>Windows-1250 (латиница: словенски, сръбски)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic: Bulgarian, Serbian)</source>
        <translation>Windows-1251 (кирилица: български, сръбски)</translation>
    </message>
    <message>
        <source>Import from the core system</source>
        <translation>Импорт от основната система</translation>
    </message>
    <message>
        <source>Load a CSV extract of the insurer&apos;s core system. Rows already loaded come back unchanged, so a file can be imported again safely. Rows with problems are listed at the end; the other rows load.</source>
        <translation>Заредете CSV извлечение от основната система на застрахователя. Вече заредените редове остават непроменени, така че файлът може безопасно да се импортира отново. Редовете с проблеми са изброени накрая; останалите редове се зареждат.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Какво</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>К&amp;одиране</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Преглед…</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Стартирай импорта</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Отка&amp;жи импорта</translation>
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
        <translation>Какво да се импортира</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Изберете файла</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодиране</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Напредък на импорта</translation>
    </message>
    <message>
        <source>Start import</source>
        <translation>Стартирай импорта</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Откажи импорта</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Редове с проблеми</translation>
    </message>
    <message>
        <source>Stop at the next row. The rows read so far stay imported; import the same file again to load the rest.</source>
        <translation>Спиране на следващия ред. Прочетените дотук редове остават импортирани; импортирайте същия файл отново, за да заредите останалите.</translation>
    </message>
    <message>
        <source>Choose the extract to import</source>
        <translation>Изберете извлечение за импорт</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлове CSV (*.csv *.txt);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Четене на {file}…</translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows already read…</source>
        <translation>Отказване: обработват се вече прочетените редове…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln rows</source>
        <translation>
            <numerusform>{done} от %Ln ред</numerusform>
            <numerusform>{done} от %Ln реда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln rows.</source>
        <translation>
            <numerusform>{file}: %Ln ред.</numerusform>
            <numerusform>{file}: %Ln реда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln rows: those rows are imported. Import the same file again to load the rest.</source>
        <translation>
            <numerusform>Отказано след %Ln ред: този ред е импортиран. Импортирайте същия файл отново, за да заредите останалите.</numerusform>
            <numerusform>Отказано след %Ln реда: тези редове са импортирани. Импортирайте същия файл отново, за да заредите останалите.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln problems are listed ({more} more).</source>
        <translation>
            <numerusform>Изброен е само първият %Ln проблем (още {more}).</numerusform>
            <numerusform>Изброени са само първите %Ln проблема (още {more}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Created {created}, updated {updated}, unchanged {unchanged}, failed {failed}.</source>
        <translation>Създадени: {created}, обновени: {updated}, непроменени: {unchanged}, неуспешни: {failed}.</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>Пропуснати колони: {columns}</translation>
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
        <translation>Нищо не е намерено.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Agent Desk: locked</source>
        <translation>Agent Desk: заключено</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заключено</translation>
    </message>
    <message>
        <source>{name}, enter your password to continue where you left off.</source>
        <translation>{name}, въведете паролата си, за да продължите оттам, където спряхте.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Отключи</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Изход</translation>
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
        <translation>Раздели</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Заключи (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Branch {code}</source>
        <translation>Клон {code}</translation>
    </message>
    <message>
        <source>Local database: {path}</source>
        <translation>Локална база данни: {path}</translation>
    </message>
    <message>
        <source>Central database: {where}</source>
        <translation>Централна база данни: {where}</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Свързано</translation>
    </message>
    <message>
        <source>● Offline: retrying</source>
        <translation>● Няма връзка: нов опит</translation>
    </message>
    <message>
        <source>Your session on the server has expired.</source>
        <translation>Сесията ви на сървъра е изтекла.</translation>
    </message>
    <message>
        <source>Your session on the server ended after a long time without use.</source>
        <translation>Сесията ви на сървъра приключи след дълго време без използване.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Акаунтът ви е деактивиран.</translation>
    </message>
    <message>
        <source>An administrator has reset your password.</source>
        <translation>Администратор нулира паролата ви.</translation>
    </message>
    <message>
        <source>The server has ended your session.</source>
        <translation>Сървърът прекрати сесията ви.</translation>
    </message>
    <message>
        <source>What you were saving was not saved. Sign in again, then repeat it: what you typed is still there.</source>
        <translation>Това, което записвахте, не беше записано. Влезте отново и го повторете: въведеното от вас е все още там.</translation>
    </message>
</context>
<context>
    <name>Markets</name>
    <message>
        <source>Slovenia (ZAME loyalty programme)</source>
        <translation>Словения (програма за лоялност ZAME)</translation>
    </message>
    <message>
        <source>Bulgaria (accident insurance)</source>
        <translation>България (застраховка „Злополука“)</translation>
    </message>
    <message>
        <source>Serbia (client portal codes)</source>
        <translation>Сърбия (кодове за клиентския портал)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>ZAME member {number}: {name}</source>
        <translation>Член на ZAME {number}: {name}</translation>
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
        <translation>Членски номер, напр. 00000012</translation>
    </message>
    <message>
        <source>Search by member number</source>
        <translation>Търсене по членски номер</translation>
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
        <translation>Членове на ZAME</translation>
    </message>
    <message>
        <source>A member number has digits only.</source>
        <translation>Членският номер съдържа само цифри.</translation>
    </message>
    <message>
        <source>No members found.</source>
        <translation>Няма намерени членове.</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge {name}&apos;s records</source>
        <translation>Обединяване на записите на {name}</translation>
    </message>
    <message>
        <source>Find the other record of {name} (no. {id}). Open it with Enter or double-click to compare the two before anything is changed.</source>
        <translation>Намерете другия запис на {name} (№ {id}). Отворете го с Enter или двойно щракване, за да сравните двата, преди нещо да бъде променено.</translation>
    </message>
    <message>
        <source>&amp;Find the other record</source>
        <translation>&amp;Намери другия запис</translation>
    </message>
    <message>
        <source>Name, national id, phone, e-mail or policy number</source>
        <translation>Име, идентификационен номер, телефон, имейл или номер на полица</translation>
    </message>
    <message>
        <source>Check that both records are the same person, then choose the record to keep. The other record&apos;s national ids, policies, claims and contact history move to the kept record, whose name, address and contacts stay as they are; the other record is closed and points to the kept one.</source>
        <translation>Проверете дали двата записа са на едно и също лице, след това изберете кой запис да се запази. Идентификационните номера, полиците, щетите и историята на контактите от другия запис се прехвърлят към запазения запис, чиито име, адрес и контакти остават непроменени; другият запис се закрива и сочи към запазения.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата на раждане</translation>
    </message>
    <message>
        <source>National ids</source>
        <translation>Идентификационни номера</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобилен телефон</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Идентифициране</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Полици</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Щети</translation>
    </message>
    <message>
        <source>This record (no. {id})</source>
        <translation>Този запис (№ {id})</translation>
    </message>
    <message>
        <source>The other record (no. {id})</source>
        <translation>Другият запис (№ {id})</translation>
    </message>
    <message>
        <source>Keep &amp;this record (no. {id})</source>
        <translation>Запази &amp;този запис (№ {id})</translation>
    </message>
    <message>
        <source>Keep the &amp;other record (no. {id})</source>
        <translation>Запази &amp;другия запис (№ {id})</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Сравни…</translation>
    </message>
    <message>
        <source>&amp;Merge records</source>
        <translation>&amp;Обедини записите</translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation>Намери другия запис</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Намерени записи</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Търсене…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>Намерен е %n запис</numerusform>
            <numerusform>Намерени са %n записа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n records; scroll for more</source>
        <translation>
            <numerusform>Първият %n запис; превъртете за още</numerusform>
            <numerusform>Първите %n записа; превъртете за още</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging records</source>
        <translation>Обединяване на записи</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Грешно потребителско име или парола.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation>Твърде много грешни пароли. Акаунтът е блокиран до {until}.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask your administrator.</source>
        <translation>Този акаунт е деактивиран. Обърнете се към администратора.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved; please try again.</source>
        <translation>Възникна грешка. Нищо не е запазено; моля, опитайте отново.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Вашата роля не позволява това действие.</translation>
    </message>
    <message>
        <source>This action belongs to another market than your branch&apos;s.</source>
        <translation>Това действие се отнася за друг пазар, а не за този на Вашия клон.</translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh the list.</source>
        <translation>Записът вече не съществува. Обновете списъка.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Nothing was saved: reload it and apply your change again.</source>
        <translation>Междувременно някой друг е променил този запис. Нищо не е запазено: заредете го отново и нанесете промяната си пак.</translation>
    </message>
    <message>
        <source>Connection to the database lost. Nothing was saved; try again.</source>
        <translation>Връзката с базата данни е прекъсната. Нищо не е запазено; опитайте отново.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, and it cannot be told whether the change was saved. Open the record and check before you try again.</source>
        <translation>Връзката с базата данни прекъсна по време на запазването и не може да се установи дали промяната е запазена. Отворете записа и проверете, преди да опитате отново.</translation>
    </message>
    <message>
        <source>The database&apos;s disk is full. Nothing was saved; free some space (or ask your administrator) and try again.</source>
        <translation>Дискът на базата данни е пълен. Нищо не е запазено; освободете място (или се обърнете към администратора) и опитайте отново.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Моля, коригирайте отбелязаните полета.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Please sign in again.</source>
        <translation>Сесията ви на сървъра е приключила. Моля, влезте отново.</translation>
    </message>
    <message>
        <source>Too many searches or opened records in a minute. Wait {retry_after} s.</source>
        <translation>Твърде много търсения или отворени записи за една минута. Изчакайте {retry_after} s.</translation>
    </message>
    <message>
        <source>The file is larger than {limit_mb} MB, the most the server takes.</source>
        <translation>Файлът е по-голям от {limit_mb} MB – най-много, колкото сървърът приема.</translation>
    </message>
    <message>
        <source>This is a database address. Agent Desk works through an Agent Desk server (https://…) and never connects to a database directly: ask IT for the server&apos;s address.</source>
        <translation>Това е адрес на база данни. Agent Desk работи през сървър Agent Desk (https://…) и никога не се свързва пряко с база данни: поискайте адреса на сървъра от ИТ.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (http only on this computer).</source>
        <translation>Адресът на сървъра трябва да започва с https:// (http само на този компютър).</translation>
    </message>
    <message>
        <source>This action is not available through the server.</source>
        <translation>Това действие не е достъпно през сървъра.</translation>
    </message>
    <message>
        <source>The server refused the request. Nothing was saved; please try again.</source>
        <translation>Сървърът отказа заявката. Нищо не е записано; опитайте отново.</translation>
    </message>
    <message>
        <source>The server did not understand the request. Update Agent Desk.</source>
        <translation>Сървърът не разбра заявката. Обновете Agent Desk.</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation>Тази база данни вече има администратор. Вместо това влезте в системата.</translation>
    </message>
    <message>
        <source>This database was made by a newer Agent Desk. Install the newer version; the database was not changed.</source>
        <translation>Тази база данни е създадена от по-нова версия на Agent Desk. Инсталирайте по-новата версия; базата данни не е променена.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Непозната настройка.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Задължително.</translation>
    </message>
    <message>
        <source>At most {maximum} characters.</source>
        <translation>Най-много {maximum} знака.</translation>
    </message>
    <message>
        <source>A whole number from {minimum} to {maximum}.</source>
        <translation>Цяло число от {minimum} до {maximum}.</translation>
    </message>
    <message>
        <source>Enter a whole number above 0.</source>
        <translation>Въведете цяло число, по-голямо от 0.</translation>
    </message>
    <message>
        <source>Choose today or a later day.</source>
        <translation>Изберете днешна или по-късна дата.</translation>
    </message>
    <message>
        <source>A version for this day already exists. Choose another day.</source>
        <translation>Вече има версия за тази дата. Изберете друга дата.</translation>
    </message>
    <message>
        <source>Use at least {minimum} characters.</source>
        <translation>Използвайте поне {minimum} знака.</translation>
    </message>
    <message>
        <source>Use at most {maximum} characters.</source>
        <translation>Използвайте най-много {maximum} знака.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Паролата не може да съвпада с потребителското име.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Двете пароли се различават.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущата парола е грешна.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Изберете парола, различна от текущата.</translation>
    </message>
    <message>
        <source>2 to 16 capital letters, digits or dashes, e.g. LJ-CENTER.</source>
        <translation>От 2 до 16 главни латински букви, цифри или тирета, напр. LJ-CENTER.</translation>
    </message>
    <message>
        <source>A branch with this code exists.</source>
        <translation>Вече има клон с този код.</translation>
    </message>
    <message>
        <source>Choose the market.</source>
        <translation>Изберете пазар.</translation>
    </message>
    <message>
        <source>Unknown time zone; use a name such as Europe/Ljubljana.</source>
        <translation>Непозната часова зона; използвайте име като Europe/Sofia.</translation>
    </message>
    <message>
        <source>3 to 64 small letters, digits, dots, dashes or underscores.</source>
        <translation>От 3 до 64 малки латински букви, цифри, точки, тирета или долни черти.</translation>
    </message>
    <message>
        <source>This username is taken.</source>
        <translation>Това потребителско име е заето.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Изберете роля.</translation>
    </message>
    <message>
        <source>Choose an existing branch.</source>
        <translation>Изберете съществуващ клон.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Не можете да деактивирате собствения си акаунт.</translation>
    </message>
    <message>
        <source>Not a database address.</source>
        <translation>Това не е адрес на база данни.</translation>
    </message>
    <message>
        <source>Remove the password from the address; enter it in the password field.</source>
        <translation>Премахнете паролата от адреса; въведете я в полето за парола.</translation>
    </message>
    <message>
        <source>The gateway address must start with https://.</source>
        <translation>Адресът на шлюза трябва да започва с https://.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Изберете език от списъка.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Портът е число от 1 до 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation>Изберете STARTTLS, TLS или без.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Въведете името на хоста на сървъра.</translation>
    </message>
    <message>
        <source>Not a date. Type it as {example}, or pick it from the calendar (Alt+Down).</source>
        <translation>Това не е дата. Въведете я във вида {example} или я изберете от календара (Alt+стрелка надолу).</translation>
    </message>
    <message>
        <source>This person may already be on record. Similar records: {count}.</source>
        <translation>Това лице може би вече е регистрирано. Подобни записи: {count}.</translation>
    </message>
    <message>
        <source>This person may be the same as row {row} of the same list.</source>
        <translation>Това лице може да е същото като на ред {row} от същия списък.</translation>
    </message>
    <message>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Използвайте само букви (интервали, тирета и апострофи са позволени).</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Датата на раждане е в бъдещето.</translation>
    </message>
    <message>
        <source>A workstation keeps its data in a file on this computer or works through an Agent Desk server, never on a database directly.</source>
        <translation>Работната станция пази данните си във файл на този компютър или работи през сървър Agent Desk, никога пряко с база данни.</translation>
    </message>
    <message>
        <source>Check the year: the person would be older than 130.</source>
        <translation>Проверете годината: лицето би било на повече от 130 години.</translation>
    </message>
    <message>
        <source>Enter at least one national identification number.</source>
        <translation>Въведете поне един идентификационен номер.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Това не е валиден имейл адрес.</translation>
    </message>
    <message>
        <source>This is not a valid mobile number. For a foreign number, start with the country code, e.g. +386.</source>
        <translation>Това не е валиден мобилен номер. За чуждестранен номер започнете с кода на държавата, напр. +359.</translation>
    </message>
    <message>
        <source>Choose a country, or type its two-letter code (e.g. HR).</source>
        <translation>Изберете държава или въведете двубуквения ѝ код (напр. HR).</translation>
    </message>
    <message>
        <source>A postcode in this country has {digits} digits.</source>
        <translation>Пощенският код в тази държава има {digits} цифри.</translation>
    </message>
    <message>
        <source>Say how you identified the person.</source>
        <translation>Посочете как сте идентифицирали лицето.</translation>
    </message>
    <message>
        <source>Identification through Rekono is possible in Slovenia only.</source>
        <translation>Идентифициране чрез Rekono е възможно само в Словения.</translation>
    </message>
    <message>
        <source>Choose the type of document you checked.</source>
        <translation>Изберете вида на документа, който сте проверили.</translation>
    </message>
    <message>
        <source>This identity document has expired.</source>
        <translation>Срокът на валидност на този документ за самоличност е изтекъл.</translation>
    </message>
    <message>
        <source>The e-mail or mobile changes: say on what evidence (e.g. the customer&apos;s signed request).</source>
        <translation>Имейлът или мобилният номер се променя: посочете основанието (напр. подписано искане на клиента).</translation>
    </message>
    <message>
        <source>This record was merged into another one and can no longer be changed. Open the record that was kept.</source>
        <translation>Този запис е обединен с друг и вече не може да се променя. Отворете запазения запис.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself: choose the other record.</source>
        <translation>Запис не може да се обедини със самия себе си: изберете другия запис.</translation>
    </message>
    <message>
        <source>These records belong to different markets ({survivor} and {other}) and cannot be merged.</source>
        <translation>Тези записи принадлежат към различни пазари ({survivor} и {other}) и не могат да бъдат обединени.</translation>
    </message>
    <message>
        <source>The two records have different numbers of the same kind ({kind}): either they are two people, or one number is wrong. Correct it first; nothing was merged.</source>
        <translation>Двата записа имат различни номера от един и същи вид ({kind}): или са на две различни лица, или единият номер е грешен. Първо го коригирайте; нищо не е обединено.</translation>
    </message>
    <message>
        <source>Both records have data in {table} that cannot be combined; nothing was merged. Ask head office.</source>
        <translation>И двата записа имат данни в {table}, които не могат да бъдат обединени; нищо не е обединено. Обърнете се към централата.</translation>
    </message>
    <message>
        <source>Choose which kind of number this is.</source>
        <translation>Изберете какъв вид е този номер.</translation>
    </message>
    <message>
        <source>This kind of number is entered twice.</source>
        <translation>Този вид номер е въведен два пъти.</translation>
    </message>
    <message>
        <source>The check digit is wrong: please re-read the number.</source>
        <translation>Контролната цифра е грешна: моля, прочетете номера отново.</translation>
    </message>
    <message>
        <source>The birth date in this number is not a real day: please re-read the number.</source>
        <translation>Датата на раждане в този номер не е действителна дата: моля, прочетете номера отново.</translation>
    </message>
    <message>
        <source>This number encodes the birth date {encoded}, not the one entered.</source>
        <translation>Този номер съдържа дата на раждане {encoded}, а не въведената.</translation>
    </message>
    <message>
        <source>The national number encodes the other sex.</source>
        <translation>Идентификационният номер съдържа другия пол.</translation>
    </message>
    <message>
        <source>Already registered for {name}.</source>
        <translation>Вече е регистриран за {name}.</translation>
    </message>
    <message>
        <source>Line {line} is longer than {maximum} bytes: not an extract of the core system. Nothing was imported.</source>
        <translation>Ред {line} е по-дълъг от {maximum} байта: това не е извлечение от основната система. Нищо не е импортирано.</translation>
    </message>
    <message>
        <source>This number belongs to another market&apos;s record; the row was not imported.</source>
        <translation>Този номер принадлежи на запис от друг пазар; редът не е импортиран.</translation>
    </message>
    <message>
        <source>This number is already on record in another market; ask head office.</source>
        <translation>Този номер вече е регистриран на друг пазар; обърнете се към централата.</translation>
    </message>
    <message>
        <source>A Slovenian tax number (davčna številka) has 8 digits, the first not 0.</source>
        <translation>Словенският данъчен номер (davčna številka) има 8 цифри, като първата не е 0.</translation>
    </message>
    <message>
        <source>An EMŠO has 13 digits.</source>
        <translation>EMŠO има 13 цифри.</translation>
    </message>
    <message>
        <source>An EGN (ЕГН) has 10 digits.</source>
        <translation>ЕГН има 10 цифри.</translation>
    </message>
    <message>
        <source>An LNCh (ЛНЧ) has 10 digits.</source>
        <translation>ЛНЧ има 10 цифри.</translation>
    </message>
    <message>
        <source>A JMBG has 13 digits.</source>
        <translation>JMBG има 13 цифри.</translation>
    </message>
    <message>
        <source>Connected. The database is up to date.</source>
        <translation>Свързано. Базата данни е актуална.</translation>
    </message>
    <message>
        <source>Connected. The database needs upgrading; Agent Desk upgrades it when it starts on it.</source>
        <translation>Свързано. Базата данни трябва да бъде надградена; Agent Desk ще я надгради, когато стартира с нея.</translation>
    </message>
    <message>
        <source>Connected, but the database was made by a newer Agent Desk. Install the newer version first.</source>
        <translation>Свързано, но базата данни е създадена от по-нова версия на Agent Desk. Първо инсталирайте по-новата версия.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Сървърът отхвърли потребителското име или паролата.</translation>
    </message>
    <message>
        <source>The server asks for a password. Enter it.</source>
        <translation>Сървърът изисква парола. Въведете я.</translation>
    </message>
    <message>
        <source>No server by this name. Check the host name.</source>
        <translation>Няма сървър с това име. Проверете името на хоста.</translation>
    </message>
    <message>
        <source>The server does not answer. Check the host, the port and the network.</source>
        <translation>Сървърът не отговаря. Проверете хоста, порта и мрежата.</translation>
    </message>
    <message>
        <source>The server has no database by this name.</source>
        <translation>На сървъра няма база данни с това име.</translation>
    </message>
    <message>
        <source>The database address is not valid.</source>
        <translation>Адресът на базата данни не е валиден.</translation>
    </message>
    <message>
        <source>Could not connect: {detail}</source>
        <translation>Неуспешно свързване: {detail}</translation>
    </message>
    <message>
        <source>The file was refused; nothing was imported.</source>
        <translation>Файлът е отхвърлен; нищо не е импортирано.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Check that it exists and is not open in another program.</source>
        <translation>Файлът {file} не може да бъде прочетен. Проверете дали съществува и дали не е отворен в друга програма.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and data rows.</source>
        <translation>Файлът е празен: нужни са заглавен ред и редове с данни.</translation>
    </message>
    <message>
        <source>The first line of the file is not a readable CSV header.</source>
        <translation>Първият ред на файла не е четим CSV заглавен ред.</translation>
    </message>
    <message>
        <source>Unknown encoding {encoding}. Leave it on automatic, or choose one from the list.</source>
        <translation>Непознато кодиране {encoding}. Оставете автоматичното разпознаване или изберете кодиране от списъка.</translation>
    </message>
    <message>
        <source>The file is not in {encoding} (line {line}). Choose another encoding, or leave it on automatic.</source>
        <translation>Файлът не е в кодиране {encoding} (ред {line}). Изберете друго кодиране или оставете автоматичното разпознаване.</translation>
    </message>
    <message>
        <source>The header lacks these columns: {columns}. Nothing was imported.</source>
        <translation>В заглавния ред липсват тези колони: {columns}. Нищо не е импортирано.</translation>
    </message>
    <message>
        <source>The header names these columns twice: {columns}. Nothing was imported.</source>
        <translation>Заглавният ред съдържа тези колони два пъти: {columns}. Нищо не е импортирано.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as yyyy-mm-dd (e.g. 1980-04-25).</source>
        <translation>„{value}“ не е дата; запишете я във вида гггг-мм-дд (напр. 1980-04-25).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of: {allowed}.</source>
        <translation>„{value}“ не е сред позволените стойности: {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; holds invisible or control characters; correct the number in the extract.</source>
        <translation>„{value}“ съдържа невидими или управляващи знаци; поправете номера в извлечението.</translation>
    </message>
    <message>
        <source>Your branch does not serve market {market}; ask head office to import this row.</source>
        <translation>Вашият клон не обслужва пазар {market}; помолете централата да импортира този ред.</translation>
    </message>
    <message>
        <source>This person is a customer of market {market}; an import does not move customers between markets.</source>
        <translation>Това лице е клиент на пазар {market}; импортът не премества клиенти между пазарите.</translation>
    </message>
    <message>
        <source>The two numbers of this row belong to two different customers. Check the row, or merge the two records first.</source>
        <translation>Двата номера на този ред принадлежат на двама различни клиенти. Проверете реда или първо обединете двата записа.</translation>
    </message>
    <message>
        <source>The customer found by the other number has a different {kind} on record.</source>
        <translation>Клиентът, намерен по другия номер, има регистрирана различна стойност за: {kind}.</translation>
    </message>
    <message>
        <source>An earlier row of this file has the same record with different data; this row was left out.</source>
        <translation>По-ранен ред от този файл съдържа същия запис с различни данни; този ред е пропуснат.</translation>
    </message>
    <message>
        <source>No customer has this number. Import the customers first.</source>
        <translation>Няма клиент с този номер. Първо импортирайте клиентите.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Крайната дата е преди началната.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Датата е в бъдещето.</translation>
    </message>
    <message>
        <source>This row cannot be read as CSV (check its quotes).</source>
        <translation>Този ред не може да бъде прочетен като CSV (проверете кавичките).</translation>
    </message>
    <message>
        <source>This customer cannot get a portal code.</source>
        <translation>Този клиент не може да получи код за портала.</translation>
    </message>
    <message>
        <source>There is no e-mail of record. Update the contact first (with evidence).</source>
        <translation>Няма регистриран имейл. Първо актуализирайте контакта (с основание).</translation>
    </message>
    <message>
        <source>There is no mobile number of record. Update the contact first (with evidence).</source>
        <translation>Няма регистриран мобилен номер. Първо актуализирайте контакта (с основание).</translation>
    </message>
    <message>
        <source>Choose e-mail or SMS.</source>
        <translation>Изберете имейл или SMS.</translation>
    </message>
    <message>
        <source>The code was refused.</source>
        <translation>Кодът е отхвърлен.</translation>
    </message>
    <message>
        <source>This computer has no password keyring, so codes cannot be queued safely. Ask IT to enable the keyring.</source>
        <translation>Този компютър няма хранилище за пароли, затова кодовете не могат да бъдат поставени на опашка безопасно. Помолете ИТ отдела да активира хранилището.</translation>
    </message>
    <message>
        <source>The client portal is for customers of the Serbian market.</source>
        <translation>Клиентският портал е за клиенти от сръбския пазар.</translation>
    </message>
    <message>
        <source>This record was merged into another; open that one.</source>
        <translation>Този запис е обединен с друг; отворете него.</translation>
    </message>
    <message>
        <source>No life, motor hull or household policy as policyholder, no health policy as insured person, and no claim.</source>
        <translation>Клиентът няма полица „Живот“, „Автокаско“ или „Имущество“ като застраховащ, няма здравна полица като застрахован и няма щета.</translation>
    </message>
    <message>
        <source>The customer is a minor: a parent or guardian registers instead.</source>
        <translation>Клиентът е непълнолетен: вместо него се регистрира родител или настойник.</translation>
    </message>
    <message>
        <source>This e-mail or mobile is not the contact of record: it is on no policy or claim and was not verified at the desk against an identity document.</source>
        <translation>Този имейл или мобилен номер не е записаният контакт: не е посочен в полица или щета и не е проверен в офиса срещу документ за самоличност.</translation>
    </message>
    <message>
        <source>The contact was changed at the desk recently: a supervisor must confirm its verification before a code is sent there.</source>
        <translation>Контактът е променен наскоро в офиса: ръководител трябва да потвърди проверката, преди там да се изпрати код.</translation>
    </message>
    <message>
        <source>A second person confirms: not the agent who verified or changed it.</source>
        <translation>Потвърждава второ лице: не служителят, който го е проверил или променил.</translation>
    </message>
    <message>
        <source>No parent or guardian of this minor is recorded under that name.</source>
        <translation>Това лице не е записано като родител или настойник на този непълнолетен.</translation>
    </message>
    <message>
        <source>The guardian could not be recorded.</source>
        <translation>Настойникът не можа да бъде записан.</translation>
    </message>
    <message>
        <source>Say what proves it (a birth certificate, a court decision).</source>
        <translation>Посочете доказателството (удостоверение за раждане, съдебно решение).</translation>
    </message>
    <message>
        <source>Only a minor (under 18) has a guardian recorded.</source>
        <translation>Настойник се записва само на непълнолетен (под 18 години).</translation>
    </message>
    <message>
        <source>A parent or guardian must be 18 or older.</source>
        <translation>Родителят или настойникът трябва да е навършил 18 години.</translation>
    </message>
    <message>
        <source>The parent or guardian must be a customer of the same market.</source>
        <translation>Родителят или настойникът трябва да е клиент от същия пазар.</translation>
    </message>
    <message>
        <source>A person cannot be their own guardian.</source>
        <translation>Лицето не може да бъде свой собствен настойник.</translation>
    </message>
    <message>
        <source>The contact could not be verified.</source>
        <translation>Контактът не можа да бъде проверен.</translation>
    </message>
    <message>
        <source>Identify the person first: no identity check is recorded.</source>
        <translation>Първо идентифицирайте лицето: няма записана проверка на самоличността.</translation>
    </message>
    <message>
        <source>There is neither an e-mail nor a mobile number of record.</source>
        <translation>Няма нито регистриран имейл, нито мобилен номер.</translation>
    </message>
    <message>
        <source>Unknown delivery channel.</source>
        <translation>Непознат канал за доставка.</translation>
    </message>
    <message>
        <source>No e-mail server is set up (Settings, gateways).</source>
        <translation>Не е настроен имейл сървър (Настройки, шлюзове).</translation>
    </message>
    <message>
        <source>The e-mail server&apos;s password is not in the keyring.</source>
        <translation>Паролата на имейл сървъра не е в хранилището за пароли.</translation>
    </message>
    <message>
        <source>No SMS gateway is set up (Settings, gateways).</source>
        <translation>Не е настроен SMS шлюз (Настройки, шлюзове).</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s token is not in the keyring.</source>
        <translation>Токенът на SMS шлюза не е в хранилището за пароли.</translation>
    </message>
    <message>
        <source>This computer cannot read the queued message (different outbox key).</source>
        <translation>Този компютър не може да прочете съобщението на опашката (различен ключ за изходящите).</translation>
    </message>
    <message>
        <source>Not sent: a newer code replaced this one.</source>
        <translation>Не е изпратено: по-нов код замени този.</translation>
    </message>
    <message>
        <source>Not sent: the code expired before it could be delivered.</source>
        <translation>Не е изпратено: кодът изтече, преди да бъде доставен.</translation>
    </message>
    <message>
        <source>The message text is gone.</source>
        <translation>Текстът на съобщението вече не съществува.</translation>
    </message>
    <message>
        <source>This message cannot be sent as it is; it failed alone, the others go on.</source>
        <translation>Това съобщение не може да бъде изпратено такова, каквото е; неуспешно е само то, останалите продължават.</translation>
    </message>
    <message>
        <source>The address of record holds characters no message can be sent to.</source>
        <translation>Регистрираният адрес съдържа знаци, до които не може да се изпрати съобщение.</translation>
    </message>
    <message>
        <source>The SMS gateway address is not https:// (Settings, gateways).</source>
        <translation>Адресът на SMS шлюза не е https:// (Настройки, шлюзове).</translation>
    </message>
    <message>
        <source>Unconfirmed: the sender stopped while the e-mail server was receiving it, so it may have arrived. Not sent again; ask the customer, or Retry for a new code.</source>
        <translation>Непотвърдено: изпращането спря, докато имейл сървърът го получаваше, така че съобщението може да е пристигнало. Не е изпратено повторно; попитайте клиента или изберете „Опитай отново“ за нов код.</translation>
    </message>
    <message>
        <source>Only a message still waiting to be sent, or a failed portal-code message (a new code is issued), can be retried.</source>
        <translation>Повторно може да се изпрати само съобщение, което все още чака изпращане, или неуспешно съобщение с код за портала (издава се нов код).</translation>
    </message>
    <message>
        <source>Only a message still waiting to be sent can be cancelled.</source>
        <translation>Може да се откаже само съобщение, което все още чака изпращане.</translation>
    </message>
    <message>
        <source>Cancelled by a supervisor; the code was revoked.</source>
        <translation>Отказано от ръководител; кодът е анулиран.</translation>
    </message>
    <message>
        <source>The customer already had a portal code.</source>
        <translation>Клиентът вече е имал код за портала.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Клиентът вече не съществува.</translation>
    </message>
    <message>
        <source>No customer of your market has this JMBG: add the parent or guardian first.</source>
        <translation>Никой клиент от вашия пазар няма този JMBG: първо добавете родителя или настойника.</translation>
    </message>
    <message>
        <source>Not done: this store is not a demo, and an administrator has not yet recorded “{setting}” (Settings, Deployment settings). Nothing was sent, printed or saved.</source>
        <translation>Не е изпълнено: тази база данни не е демонстрационна, а администратор още не е записал „{setting}“ (Настройки, Настройки на внедряването). Нищо не е изпратено, отпечатано или записано.</translation>
    </message>
    <message>
        <source>Only an empty database can become a demo database.</source>
        <translation>Само празна база данни може да стане демонстрационна.</translation>
    </message>
    <message>
        <source>Enter the full https:// address of the page.</source>
        <translation>Въведете пълния адрес на страницата с https://.</translation>
    </message>
    <message>
        <source>This is a placeholder (an example address), not the insurer&apos;s own.</source>
        <translation>Това е примерен адрес, а не адресът на застрахователя.</translation>
    </message>
    <message>
        <source>Portal code e-mails and SMS (RS)</source>
        <translation>Имейли и SMS с код за портала (RS)</translation>
    </message>
    <message>
        <source>ZAME enrollment form and enrollment (SI)</source>
        <translation>Формуляр и записване в ZAME (SI)</translation>
    </message>
    <message>
        <source>ZAME points statement and discounts (SI)</source>
        <translation>Извлечение на точките ZAME и отстъпки (SI)</translation>
    </message>
    <message>
        <source>Accident quotes and certificates (BG)</source>
        <translation>Оферти и сертификати „Злополука“ (BG)</translation>
    </message>
    <message>
        <source>Accident certificate (BG)</source>
        <translation>Сертификат „Злополука“ (BG)</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n fields; the header has {expected}.</source>
        <translation>
            <numerusform>Този ред има %n поле; заглавният ред има {expected}.</numerusform>
            <numerusform>Този ред има %n полета; заглавният ред има {expected}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n codes per customer per hour. Try again later.</source>
        <translation>
            <numerusform>Най-много %n код на клиент на час. Опитайте отново по-късно.</numerusform>
            <numerusform>Най-много %n кода на клиент на час. Опитайте отново по-късно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n codes per customer per day. Try again tomorrow.</source>
        <translation>
            <numerusform>Най-много %n код на клиент на ден. Опитайте отново утре.</numerusform>
            <numerusform>Най-много %n кода на клиент на ден. Опитайте отново утре.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>The accident insurance was refused.</source>
        <translation>Застраховката „Злополука“ е отказана.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer to keep the certificate signing key: certificates cannot be issued here.</source>
        <translation>На този компютър няма използваемо хранилище за пароли, в което да се пази ключът за подписване на сертификатите: тук не могат да се издават сертификати.</translation>
    </message>
    <message>
        <source>Choose clause A or B.</source>
        <translation>Изберете клауза А или Б.</translation>
    </message>
    <message>
        <source>Clause A insures exactly one person.</source>
        <translation>Клауза А застрахова точно едно лице.</translation>
    </message>
    <message>
        <source>Clause B (group) needs at least two persons.</source>
        <translation>Клауза Б (група) изисква поне две лица.</translation>
    </message>
    <message>
        <source>Choose the purpose of the insurance.</source>
        <translation>Изберете предназначението на застраховката.</translation>
    </message>
    <message>
        <source>Unknown risk.</source>
        <translation>Непознат риск.</translation>
    </message>
    <message>
        <source>Enter an amount in euro with at most two decimals.</source>
        <translation>Въведете сума в евро с най-много два знака след десетичната запетая.</translation>
    </message>
    <message>
        <source>The sum insured must be between {minimum} and {maximum} EUR.</source>
        <translation>Застрахователната сума трябва да е между {minimum} и {maximum} EUR.</translation>
    </message>
    <message>
        <source>The basic covers are required: enter a sum insured.</source>
        <translation>Основните покрития са задължителни: въведете застрахователна сума.</translation>
    </message>
    <message>
        <source>The insurance can start on {earliest} at the earliest.</source>
        <translation>Застраховката може да започне най-рано на {earliest}.</translation>
    </message>
    <message>
        <source>The term is at most a year: the last possible end date is {latest}.</source>
        <translation>Срокът е най-много една година: последната възможна крайна дата е {latest}.</translation>
    </message>
    <message>
        <source>At most 100 characters.</source>
        <translation>Най-много 100 знака.</translation>
    </message>
    <message>
        <source>An insured person needs an ЕГН or a ЛНЧ.</source>
        <translation>Застрахованото лице трябва да има ЕГН или ЛНЧ.</translation>
    </message>
    <message>
        <source>The ЕГН encodes another birth date ({encoded}).</source>
        <translation>ЕГН съдържа друга дата на раждане ({encoded}).</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>Това лице вече е в списъка.</translation>
    </message>
    <message>
        <source>Choose the policyholder among the customers.</source>
        <translation>Изберете застраховащия измежду клиентите.</translation>
    </message>
    <message>
        <source>The policyholder must be a customer of the Bulgarian market.</source>
        <translation>Застраховащият трябва да е клиент от българския пазар.</translation>
    </message>
    <message>
        <source>The policyholder must be at least {minimum} years old.</source>
        <translation>Застраховащият трябва да е навършил най-малко {minimum} години.</translation>
    </message>
    <message>
        <source>Identify the policyholder first: no identity check is recorded.</source>
        <translation>Първо идентифицирайте застраховащия: няма записана проверка на самоличността.</translation>
    </message>
    <message>
        <source>This customer has no ЕГН or ЛНЧ on record.</source>
        <translation>Този клиент няма регистрирани ЕГН или ЛНЧ.</translation>
    </message>
    <message>
        <source>Nobody on the list can be insured.</source>
        <translation>Никое от лицата в списъка не може да бъде застраховано.</translation>
    </message>
    <message>
        <source>The amount paid must equal the total, {total} EUR.</source>
        <translation>Платената сума трябва да е равна на общата сума, {total} EUR.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>Най-много 64 знака.</translation>
    </message>
    <message>
        <source>The payment time is in the future.</source>
        <translation>Часът на плащането е в бъдещето.</translation>
    </message>
    <message>
        <source>A certificate was already issued for this quote.</source>
        <translation>За тази оферта вече е издаден сертификат.</translation>
    </message>
    <message>
        <source>The quote was valid until {valid_until}: make a new one.</source>
        <translation>Офертата беше валидна до {valid_until}: изгответе нова.</translation>
    </message>
    <message>
        <source>Cover starts the day after payment at the earliest ({earliest}): make a new quote.</source>
        <translation>Покритието започва най-рано в деня след плащането ({earliest}): изгответе нова оферта.</translation>
    </message>
    <message>
        <source>Checked for today, the quote comes out differently (an age, say): make a new quote.</source>
        <translation>При проверка към днешна дата офертата излиза различна (напр. заради възрастта): изгответе нова оферта.</translation>
    </message>
    <message>
        <source>The certificate is already cancelled.</source>
        <translation>Сертификатът вече е анулиран.</translation>
    </message>
    <message>
        <source>The cover has started: the certificate can no longer be cancelled.</source>
        <translation>Покритието вече е започнало: сертификатът не може да бъде анулиран.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файлът не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файлът е празен.</translation>
    </message>
    <message>
        <source>Columns missing from the header: {columns}.</source>
        <translation>В заглавния ред липсват колони: {columns}.</translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation>Напишете да или не.</translation>
    </message>
    <message>
        <source>This is not a day: write the day, the month and the four-digit year.</source>
        <translation>Това не е дата: напишете деня, месеца и годината с четири цифри.</translation>
    </message>
    <message>
        <source>The tariff lacks the section “{section}”.</source>
        <translation>В тарифата липсва разделът „{section}“.</translation>
    </message>
    <message>
        <source>The tariff must price each of the six risks, and nothing else.</source>
        <translation>Тарифата трябва да определя цена за всеки от шестте риска и за нищо друго.</translation>
    </message>
    <message>
        <source>The risk “{risk}” needs a group (basic or additional).</source>
        <translation>Рискът „{risk}“ трябва да има група (основно или допълнително покритие).</translation>
    </message>
    <message>
        <source>Enter a positive number.</source>
        <translation>Въведете положително число.</translation>
    </message>
    <message>
        <source>The highest sum is below the lowest.</source>
        <translation>Максималната сума е по-малка от минималната.</translation>
    </message>
    <message>
        <source>The age bands must cover every eligible age once, without gaps.</source>
        <translation>Възрастовите групи трябва да обхващат всяка допустима възраст точно веднъж, без пропуски.</translation>
    </message>
    <message>
        <source>The short-term scale must reach a whole year (366 days).</source>
        <translation>Скалата за краткосрочни застраховки трябва да достига цяла година (366 дни).</translation>
    </message>
    <message>
        <source>A percentage between 0 and 100.</source>
        <translation>Процент между 0 и 100.</translation>
    </message>
    <message>
        <source>No ZAME discount: ZAME is a Slovenian loyalty programme and does not apply to Bulgarian accident insurance.</source>
        <translation>Без отстъпка ZAME: ZAME е словенска програма за лоялност и не се прилага за българската застраховка „Злополука“.</translation>
    </message>
    <message>
        <source>The minimum premium applies.</source>
        <translation>Прилага се минималната премия.</translation>
    </message>
    <message>
        <source>Insured without the death risk: under 14.</source>
        <translation>Застрахован без риска „смърт“: под 14 години.</translation>
    </message>
    <message>
        <source>Insured without the death risk: under full legal interdiction.</source>
        <translation>Застрахован без риска „смърт“: поставен под пълно запрещение.</translation>
    </message>
    <message>
        <source>Cover ends on the last day this person is 68.</source>
        <translation>Покритието приключва в последния ден, в който лицето е на 68 години.</translation>
    </message>
    <message>
        <source>Refused: only people aged 0 to 68 can be insured.</source>
        <translation>Отказано: могат да се застраховат само лица на възраст от 0 до 68 години.</translation>
    </message>
    <message>
        <source>Refused: this person turns 69 before the insurance starts.</source>
        <translation>Отказано: лицето навършва 69 години преди началото на застраховката.</translation>
    </message>
    <message>
        <source>Refused: lost more than 50 % of working capacity.</source>
        <translation>Отказано: загубена работоспособност над 50 %.</translation>
    </message>
    <message>
        <source>Refused: a foreigner (ЛНЧ) is insured only when permanently resident in Bulgaria.</source>
        <translation>Отказ: чужденец (ЛНЧ) се застрахова само ако пребивава постоянно в България.</translation>
    </message>
    <message>
        <source>Genuine and in force: issued by this insurer and not cancelled.</source>
        <translation>Истински и в сила: издаден от този застраховател и не е анулиран.</translation>
    </message>
    <message>
        <source>Genuine, but cancelled: this certificate is not in force.</source>
        <translation>Истински, но анулиран: този сертификат не е в сила.</translation>
    </message>
    <message>
        <source>Not issued by this insurer.</source>
        <translation>Не е издаден от този застраховател.</translation>
    </message>
    <message>
        <source>Altered: what is printed is not what was signed.</source>
        <translation>Променен: отпечатаното не е това, което е подписано.</translation>
    </message>
    <message>
        <source>The cancellation list is damaged or not signed by a trusted publisher.</source>
        <translation>Списъкът с анулирани е повреден или не е подписан от доверен издател.</translation>
    </message>
    <message>
        <source>This workstation&apos;s signing key was retired: no certificate can be issued with it.</source>
        <translation>Ключът за подписване на тази работна станция е изведен от употреба: с него не може да се издаде сертификат.</translation>
    </message>
    <message>
        <source>This is not a certificate&apos;s QR code.</source>
        <translation>Това не е QR код на сертификат.</translation>
    </message>
    <message>
        <source>{risk}: {sum} EUR × {rate} ‰ a year</source>
        <translation>{risk}: {sum} EUR × {rate} ‰ годишно</translation>
    </message>
    <message>
        <source>Yearly premium</source>
        <translation>Годишна премия</translation>
    </message>
    <message>
        <source>Age {age}: × {factor}</source>
        <translation>Възраст {age}: × {factor}</translation>
    </message>
    <message>
        <source>Purpose {purpose}: × {factor}</source>
        <translation>Предназначение {purpose}: × {factor}</translation>
    </message>
    <message>
        <source>Raised to the minimum premium, {minimum} EUR</source>
        <translation>Увеличена до минималната премия, {minimum} EUR</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Премия</translation>
    </message>
    <message>
        <source>Insurance premium tax {rate} %</source>
        <translation>Данък върху застрахователните премии {rate} %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>This ZAME action is not possible.</source>
        <translation>Това действие в ZAME не е възможно.</translation>
    </message>
    <message>
        <source>This person cannot join ZAME yet; the reasons are listed below.</source>
        <translation>Това лице все още не може да се включи в ZAME; причините са посочени по-долу.</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Непознат канал: {channel}.</translation>
    </message>
    <message>
        <source>The signature time lies in the future.</source>
        <translation>Часът на подписване е в бъдещето.</translation>
    </message>
    <message>
        <source>Unknown kind of consent.</source>
        <translation>Непознат вид съгласие.</translation>
    </message>
    <message>
        <source>Unknown activity.</source>
        <translation>Непозната активност.</translation>
    </message>
    <message>
        <source>Unknown source of the activity.</source>
        <translation>Непознат източник на активността.</translation>
    </message>
    <message>
        <source>No ZAME member with this number.</source>
        <translation>Няма член на ZAME с този номер.</translation>
    </message>
    <message>
        <source>Generali Investments&apos; answer is of {as_of}: not this month&apos;s re-check of {day}.</source>
        <translation>Отговорът на Generali Investments е от {as_of}: не е за месечната проверка от {day}.</translation>
    </message>
    <message>
        <source>The day lies in the future.</source>
        <translation>Датата е в бъдещето.</translation>
    </message>
    <message>
        <source>The membership {member_number} has ended: nothing can be added to it.</source>
        <translation>Членството {member_number} е прекратено: към него не може да се добавя нищо.</translation>
    </message>
    <message>
        <source>An exit can only be requested for an active membership.</source>
        <translation>Напускане може да се заяви само за активно членство.</translation>
    </message>
    <message>
        <source>Only an exit request that has not yet taken effect can be withdrawn.</source>
        <translation>Може да се оттегли само искане за напускане, което още не е влязло в сила.</translation>
    </message>
    <message>
        <source>The exit request cannot be older than the membership.</source>
        <translation>Искането за напускане не може да е по-старо от членството.</translation>
    </message>
    <message>
        <source>This offer is not valid today (expired, not yet valid, or withdrawn).</source>
        <translation>Тази оферта не е валидна днес (изтекла е, все още не е валидна или е оттеглена).</translation>
    </message>
    <message>
        <source>The member&apos;s level is too low for this offer.</source>
        <translation>Нивото на члена е твърде ниско за тази оферта.</translation>
    </message>
    <message>
        <source>This offer is for the member only: family members may not use it.</source>
        <translation>Тази оферта е само за члена: членовете на семейството не могат да я използват.</translation>
    </message>
    <message>
        <source>The member has no e-mail address of record for the coupon.</source>
        <translation>Членът няма регистриран имейл адрес, на който да получи купона.</translation>
    </message>
    <message>
        <source>Choose an area.</source>
        <translation>Изберете област.</translation>
    </message>
    <message>
        <source>Choose a level.</source>
        <translation>Изберете ниво.</translation>
    </message>
    <message>
        <source>The offer cannot end before it starts.</source>
        <translation>Офертата не може да приключи, преди да е започнала.</translation>
    </message>
    <message>
        <source>The person must sign this document before joining.</source>
        <translation>Лицето трябва да подпише този документ, преди да се включи.</translation>
    </message>
    <message>
        <source>Enter a whole number of points (0 or more).</source>
        <translation>Въведете цяло число точки (0 или повече).</translation>
    </message>
    <message>
        <source>This part of the points table is missing.</source>
        <translation>Тази част от таблицата с точки липсва.</translation>
    </message>
    <message>
        <source>The points table has no row for {item}.</source>
        <translation>В таблицата с точки няма ред за {item}.</translation>
    </message>
    <message>
        <source>The points table has an unknown row: {item}.</source>
        <translation>Таблицата с точки съдържа непознат ред: {item}.</translation>
    </message>
    <message>
        <source>Rows counted as alternatives must be activities or consents of the table.</source>
        <translation>Редовете, които се броят като алтернативи, трябва да са активности или съгласия от таблицата.</translation>
    </message>
    <message>
        <source>The four levels need rising thresholds, Osnovni starting at 0.</source>
        <translation>Четирите нива изискват нарастващи прагове, като Osnovni започва от 0.</translation>
    </message>
    <message>
        <source>The largest discount is at most 100 %.</source>
        <translation>Максималната отстъпка е най-много 100 %.</translation>
    </message>
    <message>
        <source>A code of lower-case letters, digits and _ (at most 30), starting with a letter.</source>
        <translation>Код от малки латински букви, цифри и _ (най-много 30), започващ с буква.</translation>
    </message>
    <message>
        <source>The code {item} is used by another row.</source>
        <translation>Кодът {item} вече се използва в друг ред.</translation>
    </message>
    <message>
        <source>At most {maximum} other items.</source>
        <translation>Най-много {maximum} други позиции.</translation>
    </message>
    <message>
        <source>Only customers of the Slovenian market can join ZAME.</source>
        <translation>Само клиенти от словенския пазар могат да се включат в ZAME.</translation>
    </message>
    <message>
        <source>This record was merged into another: enroll that one.</source>
        <translation>Този запис е обединен с друг: включете него.</translation>
    </message>
    <message>
        <source>Members must be 18 or older on the day they join.</source>
        <translation>Членовете трябва да са навършили 18 години в деня на включването.</translation>
    </message>
    <message>
        <source>A Slovenian tax number (davčna številka) is required.</source>
        <translation>Необходим е словенски данъчен номер (davčna številka).</translation>
    </message>
    <message>
        <source>The tax number (davčna številka) of record is not valid.</source>
        <translation>Регистрираният данъчен номер (davčna številka) не е валиден.</translation>
    </message>
    <message>
        <source>The terms require data that is missing from the customer&apos;s record.</source>
        <translation>Условията изискват данни, които липсват в записа на клиента.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>Това лице вече е член.</translation>
    </message>
    <message>
        <source>This membership was not excluded; there is nothing to allow.</source>
        <translation>Това членство не е било изключено; няма какво да се разрешава.</translation>
    </message>
    <message>
        <source>This person was excluded from ZAME and can join again only when a supervisor allows it.</source>
        <translation>Това лице е било изключено от ZAME и може да се присъедини отново само с разрешение на ръководител.</translation>
    </message>
    <message>
        <source>No ZAME discount: the customer is not a member on that day.</source>
        <translation>Без отстъпка ZAME: клиентът не е член на тази дата.</translation>
    </message>
    <message>
        <source>No ZAME discount: the membership has ended (exit or exclusion).</source>
        <translation>Без отстъпка ZAME: членството е прекратено (напускане или изключване).</translation>
    </message>
    <message>
        <source>No ZAME discount: ZAME is a Slovenian programme and this policy belongs to another market.</source>
        <translation>Без отстъпка ZAME: ZAME е словенска програма, а тази полица е от друг пазар.</translation>
    </message>
    <message>
        <source>No ZAME discount: it applies to motor, home and accident policies only.</source>
        <translation>Без отстъпка ZAME: прилага се само за автомобилни, имуществени застраховки за дома и застраховки „Злополука“.</translation>
    </message>
    <message>
        <source>Osnovni (basic)</source>
        <translation>Osnovni (основно ниво)</translation>
    </message>
    <message>
        <source>Bronasti (bronze)</source>
        <translation>Bronasti (бронзово ниво)</translation>
    </message>
    <message>
        <source>Srebrni (silver)</source>
        <translation>Srebrni (сребърно ниво)</translation>
    </message>
    <message>
        <source>Zlati (gold)</source>
        <translation>Zlati (златно ниво)</translation>
    </message>
    <message numerus="yes">
        <source>Term of %n days: {percent} % of the yearly premium</source>
        <translation>
            <numerusform>Срок %n ден: {percent} % от годишната премия</numerusform>
            <numerusform>Срок %n дни: {percent} % от годишната премия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Premium of %n person(s)</source>
        <translation>
            <numerusform>Премия за %n лице</numerusform>
            <numerusform>Премия за %n лица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group discount {percent} % for %n persons (−{discount} EUR)</source>
        <translation>
            <numerusform>Групова отстъпка {percent} % за %n лице (−{discount} EUR)</numerusform>
            <numerusform>Групова отстъпка {percent} % за %n лица (−{discount} EUR)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAgentDialog</name>
    <message>
        <source>New agent</source>
        <translation>Нов агент</translation>
    </message>
    <message>
        <source>The agent signs in with this password once and then chooses their own.</source>
        <translation>Агентът влиза с тази парола веднъж и след това избира своя.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Потребителско име</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Име и фамилия</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Клон</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роля</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>П&amp;арола</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Парола &amp;отново</translation>
    </message>
    <message>
        <source>e.g. maja.novak</source>
        <translation>напр. maria.petrova</translation>
    </message>
    <message>
        <source>&amp;Create agent</source>
        <translation>&amp;Създай агент</translation>
    </message>
</context>
<context>
    <name>NewBranchDialog</name>
    <message>
        <source>New branch</source>
        <translation>Нов клон</translation>
    </message>
    <message>
        <source>The market decides which sections the branch&apos;s agents see; times are shown in the branch&apos;s time zone.</source>
        <translation>Пазарът определя кои раздели виждат агентите на клона; часовете се показват в часовата зона на клона.</translation>
    </message>
    <message>
        <source>Branch &amp;code</source>
        <translation>&amp;Код на клона</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>&amp;Наименование на клона</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>П&amp;азар</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Часова зона</translation>
    </message>
    <message>
        <source>e.g. MB-CENTER</source>
        <translation>напр. SF-CENTER</translation>
    </message>
    <message>
        <source>C&amp;reate branch</source>
        <translation>&amp;Създай клон</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>New partner offer</source>
        <translation>Нова партньорска оферта</translation>
    </message>
    <message>
        <source>Partner offer</source>
        <translation>Партньорска оферта</translation>
    </message>
    <message>
        <source>Family members the member names may use it</source>
        <translation>Може да се използва и от членове на семейството, посочени от члена</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>Вече не се предлага</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Запази</translation>
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
        <translation>оттеглена</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>предлага се</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>&amp;New offer…</source>
        <translation>&amp;Нова оферта…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Промени…</translation>
    </message>
    <message>
        <source>Partner offers</source>
        <translation>Партньорски оферти</translation>
    </message>
</context>
<context>
    <name>OpenQuoteList</name>
    <message>
        <source>Continue to pa&amp;yment…</source>
        <translation>Про&amp;дължи към плащане…</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>Продължи към плащане</translation>
    </message>
    <message>
        <source>Saved quotes waiting for payment</source>
        <translation>Запазени оферти, чакащи плащане</translation>
    </message>
    <message>
        <source>No saved quote waiting for payment.</source>
        <translation>Няма запазена оферта, чакаща плащане.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Working</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <source>Please wait...</source>
        <translation>Моля, изчакайте...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
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
        <translation>До</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Опити</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Следващ опит</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Изпратено</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последна грешка</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Outbox: e-mails and SMS with portal codes</source>
        <translation>&amp;Изходящи: имейли и SMS съобщения с кодове за портала</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бнови</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Опитай &amp;отново</translation>
    </message>
    <message>
        <source>A waiting message is sent now; a failed portal-code message cannot be sent again (its text is erased), so the customer gets a new code by the same channel</source>
        <translation>Чакащо съобщение се изпраща веднага; неуспешно съобщение с код за портала не може да се изпрати отново (текстът му е изтрит), затова клиентът получава нов код по същия канал</translation>
    </message>
    <message>
        <source>&amp;Cancel message</source>
        <translation>Отка&amp;жи съобщението</translation>
    </message>
    <message>
        <source>Do not send this waiting message; its code is revoked</source>
        <translation>Не изпращай това чакащо съобщение; кодът му се анулира</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Изходящи съобщения</translation>
    </message>
    <message>
        <source>The text of a failed message is erased, so a new code was issued and queued to {destination}.</source>
        <translation>Текстът на неуспешното съобщение е изтрит, затова е издаден нов код и е поставен на опашка за {destination}.</translation>
    </message>
    <message>
        <source>The message will be sent with the next sending round.</source>
        <translation>Съобщението ще бъде изпратено при следващото изпращане.</translation>
    </message>
    <message>
        <source>The message is cancelled and its code revoked.</source>
        <translation>Съобщението е отказано и кодът му е анулиран.</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>Wrong passwords before an account locks</source>
        <translation>Грешни пароли до блокиране на акаунта</translation>
    </message>
    <message>
        <source>Minutes a locked account stays locked</source>
        <translation>Времетраене на блокирането на акаунта (минути)</translation>
    </message>
    <message>
        <source>Shortest allowed password</source>
        <translation>Минимална дължина на паролата</translation>
    </message>
    <message>
        <source>Idle minutes before the window locks</source>
        <translation>Минути бездействие до заключване на прозореца</translation>
    </message>
    <message>
        <source>Minutes a portal code sent by SMS stays valid</source>
        <translation>Валидност на код за портала, изпратен по SMS (минути)</translation>
    </message>
    <message>
        <source>Minutes a portal code sent by e-mail stays valid</source>
        <translation>Валидност на код за портала, изпратен по имейл (минути)</translation>
    </message>
    <message>
        <source>Portal codes per customer per hour</source>
        <translation>Кодове за портала на клиент на час</translation>
    </message>
    <message>
        <source>Portal codes per customer per day</source>
        <translation>Кодове за портала на клиент на ден</translation>
    </message>
    <message>
        <source>Wrong guesses before a portal code locks</source>
        <translation>Грешни опити до заключване на кода за портала</translation>
    </message>
    <message>
        <source>Client portal registration address</source>
        <translation>Адрес за регистрация в клиентския портал</translation>
    </message>
    <message>
        <source>Days after a policy ends when its holder still gets a portal code</source>
        <translation>Дни след края на полица, в които притежателят ѝ още получава код за портала</translation>
    </message>
    <message>
        <source>Days after a desk change of contact when a supervisor must confirm it</source>
        <translation>Дни след промяна на контакт в офиса, през които ръководител трябва да я потвърди</translation>
    </message>
    <message>
        <source>Branches that show leva beside euro on accident quotes</source>
        <translation>Клонове, които показват левове до евро в офертите за „Злополука“</translation>
    </message>
    <message>
        <source>Days an accident quote can still be paid</source>
        <translation>Дни, в които офертата за „Злополука“ още може да се плати</translation>
    </message>
    <message>
        <source>Accident insurance tariff</source>
        <translation>Тарифа за застраховка „Злополука“</translation>
    </message>
    <message>
        <source>ZAME consent wording (version)</source>
        <translation>Текст на съгласията по ZAME (версия)</translation>
    </message>
    <message>
        <source>Working days to carry out a ZAME exit</source>
        <translation>Работни дни за изпълнение на напускане на ZAME</translation>
    </message>
    <message>
        <source>Days an investor check counts for ZAME points</source>
        <translation>Дни, през които проверката за инвеститор се зачита за точки по ZAME</translation>
    </message>
    <message>
        <source>ZAME privacy notice (version)</source>
        <translation>Уведомление за поверителност по ZAME (версия)</translation>
    </message>
    <message>
        <source>ZAME points table and levels</source>
        <translation>Таблица с точки и нива по ZAME</translation>
    </message>
    <message>
        <source>ZAME general terms (version)</source>
        <translation>Общи условия на ZAME (версия)</translation>
    </message>
    <message>
        <source>Insurer&apos;s name on the certificate</source>
        <translation>Наименование на застрахователя в сертификата</translation>
    </message>
    <message>
        <source>Insurer&apos;s registration, seat and address on the certificate</source>
        <translation>Регистрация, седалище и адрес на застрахователя в сертификата</translation>
    </message>
    <message>
        <source>Insurer&apos;s website for the general terms and the solvency report</source>
        <translation>Уебсайт на застрахователя с общите условия и доклада за платежоспособност</translation>
    </message>
    <message>
        <source>Insurer&apos;s address for complaints</source>
        <translation>Адрес на застрахователя за жалби</translation>
    </message>
    <message>
        <source>none (euro only)</source>
        <translation>няма (само евро)</translation>
    </message>
    <message>
        <source>all branches</source>
        <translation>всички клонове</translation>
    </message>
    <message>
        <source>Shipped default</source>
        <translation>Стойност по подразбиране</translation>
    </message>
    <message>
        <source>Recorded by an administrator</source>
        <translation>Въведено от администратор</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Планирано</translation>
    </message>
    <message>
        <source>(a table, see its screen)</source>
        <translation>(таблица, вижте съответния екран)</translation>
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
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Валидно от</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment and issue</source>
        <translation>Плащане и издаване</translation>
    </message>
    <message>
        <source>Record the card payment as the terminal printed it. The certificate is issued with the payment; its cover starts on {start} at 00:00 (Sofia time).</source>
        <translation>Въведете плащането с карта така, както е отпечатано от терминала. Сертификатът се издава с плащането; покритието започва на {start} в 00:00 ч. (софийско време).</translation>
    </message>
    <message>
        <source>Total to pay: {total}</source>
        <translation>Общо за плащане: {total}</translation>
    </message>
    <message>
        <source>Terminal &amp;reference</source>
        <translation>&amp;Референция от терминала</translation>
    </message>
    <message>
        <source>&amp;Amount paid (EUR)</source>
        <translation>Платена &amp;сума (EUR)</translation>
    </message>
    <message>
        <source>Paid a&amp;t</source>
        <translation>Платено &amp;на</translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation>&amp;Издай сертификат</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печат…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Запази като PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Печат: {title}</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Запазване на документа</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлове PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not print.</source>
        <translation>Принтерът не успя да отпечата.</translation>
    </message>
    <message>
        <source>The file could not be written: {path}</source>
        <translation>Файлът не можа да бъде записан: {path}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Запазено: {path}.</translation>
    </message>
    <message>
        <source>Saved {path}: {what}.</source>
        <translation>Запазено в {path}: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to {printer}: {what}, %n page(s).</source>
        <translation>
            <numerusform>Изпратено към {printer}: {what}, %n страница.</numerusform>
            <numerusform>Изпратено към {printer}: {what}, %n страници.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to {printer}: %n page(s).</source>
        <translation>
            <numerusform>Изпратено към {printer}: %n страница.</numerusform>
            <numerusform>Изпратено към {printer}: %n страници.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonResultsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Възраст</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Cover until</source>
        <translation>Покритие до</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Премия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
</context>
<context>
    <name>PointsChart</name>
    <message>
        <source>Daily points history</source>
        <translation>Дневна история на точките</translation>
    </message>
    <message>
        <source>No points counted yet: the daily run counts them each night.</source>
        <translation>Все още няма отчетени точки: ежедневното изчисление ги отчита всяка нощ.</translation>
    </message>
    <message>
        <source>Points at the close of each day</source>
        <translation>Точки в края на всеки ден</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
</context>
<context>
    <name>PoliciesModel</name>
    <message>
        <source>Policy number</source>
        <translation>Номер на полица</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Вид застраховка</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Край</translation>
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
        <translation>Еднократният код за сигурност позволява на клиента да се регистрира в клиентския портал. Изпраща се само до регистрирания имейл или мобилен номер; никой в офиса не го вижда.</translation>
    </message>
    <message>
        <source>May get a code</source>
        <translation>Може да получи код</translation>
    </message>
    <message>
        <source>no code issued yet</source>
        <translation>все още няма издаден код</translation>
    </message>
    <message>
        <source>latest: {status}, by {channel} to {to}, {when}</source>
        <translation>последен: {status}, по {channel} до {to}, {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) issued</source>
        <translation>
            <numerusform>%n издаден код</numerusform>
            <numerusform>%n издадени кода</numerusform>
        </translation>
    </message>
    <message>
        <source>Client portal code</source>
        <translation>Код за клиентския портал</translation>
    </message>
    <message>
        <source>I&amp;ssue code</source>
        <translation>Из&amp;дай код</translation>
    </message>
    <message>
        <source>Issue a new code and send it; an earlier unused code stops working</source>
        <translation>Издай нов код и го изпрати; предишен неизползван код престава да важи</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Обно&amp;ви</translation>
    </message>
    <message>
        <source>Code histor&amp;y</source>
        <translation>Ис&amp;тория на кодовете</translation>
    </message>
    <message>
        <source>Portal code history</source>
        <translation>История на кодовете за портала</translation>
    </message>
    <message>
        <source>The second person: confirm a colleague&apos;s desk verification</source>
        <translation>Второ лице: потвърдете проверката, направена от колега</translation>
    </message>
    <message>
        <source>Verify contact at the desk…</source>
        <translation>Проверка на контакта на гише…</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Без код</translation>
    </message>
    <message>
        <source>Confirm verification</source>
        <translation>Потвърди проверката</translation>
    </message>
    <message>
        <source>Record parent or guardian…</source>
        <translation>Запиши родител или настойник…</translation>
    </message>
    <message>
        <source>Issue to guardian</source>
        <translation>Издай на настойника</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Родител или настойник</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>This customer can get a portal code.</source>
        <translation>Този клиент може да получи код за портала.</translation>
    </message>
    <message>
        <source>E-mail to {destination}</source>
        <translation>Имейл до {destination}</translation>
    </message>
    <message>
        <source>E-mail (none of record)</source>
        <translation>Имейл (няма регистриран)</translation>
    </message>
    <message>
        <source>SMS to {destination}</source>
        <translation>SMS до {destination}</translation>
    </message>
    <message>
        <source>SMS (no mobile of record)</source>
        <translation>SMS (няма регистриран мобилен номер)</translation>
    </message>
    <message>
        <source>Revoke the earlier code</source>
        <translation>Отмяна на предишния код</translation>
    </message>
    <message>
        <source>The code sent by {old_channel} to {old_destination} on {when} has not been used yet. A new code revokes it: it stops working at once. Revoke it and send a new code by {channel} to {destination}?</source>
        <translation>Кодът, изпратен на {when} ({old_channel}, {old_destination}), още не е използван. Новият код го отменя: той спира да действа веднага. Да се отмени ли и да се изпрати нов код ({channel}, {destination})?</translation>
    </message>
    <message>
        <source>Revoke and send new code</source>
        <translation>Отмени и изпрати нов код</translation>
    </message>
    <message>
        <source>Issuing the portal code</source>
        <translation>Издаване на кода за портала</translation>
    </message>
    <message>
        <source>Code issued: {channel} to {destination}, valid until {expiry}. It is queued for sending; the history shows when it was sent.</source>
        <translation>Кодът е издаден: {channel} до {destination}, валиден до {expiry}. Поставен е на опашка за изпращане; в историята се вижда кога е изпратен.</translation>
    </message>
    <message>
        <source>confirmed {when}</source>
        <translation>потвърдено {when}</translation>
    </message>
    <message>
        <source>awaiting a supervisor&apos;s confirmation</source>
        <translation>очаква потвърждение от ръководител</translation>
    </message>
    <message>
        <source>{kind} {value} verified at the desk ({document}) {when}, {state}</source>
        <translation>{kind} {value} проверен на гише ({document}) {when}, {state}</translation>
    </message>
    <message>
        <source>Contact of record: as given on a policy or claim; no desk verification recorded.</source>
        <translation>Контакт по досие: както е даден в полица или щета; няма записана проверка на гише.</translation>
    </message>
    <message>
        <source>Parents and guardians: {names}</source>
        <translation>Родители и настойници: {names}</translation>
    </message>
    <message>
        <source>A minor: record a parent or guardian, who then gets the code.</source>
        <translation>Непълнолетен: запишете родител или настойник, който след това получава кода.</translation>
    </message>
    <message>
        <source>Verification recorded.</source>
        <translation>Проверката е записана.</translation>
    </message>
    <message>
        <source>Parent or guardian recorded.</source>
        <translation>Родителят или настойникът е записан.</translation>
    </message>
    <message>
        <source>Verification confirmed.</source>
        <translation>Проверката е потвърдена.</translation>
    </message>
</context>
<context>
    <name>PortalCodes</name>
    <message>
        <source>Queued</source>
        <translation>На опашка</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Изпращане</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Изпратено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Неуспешно</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Използвано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Изтекло</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Заменено</translation>
    </message>
    <message>
        <source>Locked (wrong guesses)</source>
        <translation>Заключено (грешни опити)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
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
        <translation>Кодове за портала</translation>
    </message>
    <message>
        <source>Codes are issued from a customer&apos;s record: open the customer in Customers, then the &quot;Portal code&quot; tab. The code goes only to the e-mail or mobile of record, and the desk never sees it; each issue, delivery, use and failure is in the audit trail.</source>
        <translation>Кодовете се издават от записа на клиента: отворете клиента в „Клиенти“, след това раздела „Код за портала“. Кодът се изпраща само до регистрирания имейл или мобилен номер и в офиса никой не го вижда; всяко издаване, доставка, използване и грешка се записват в одитната следа.</translation>
    </message>
    <message numerus="yes">
        <source>Codes &amp;issued in the last %n days</source>
        <translation>
            <numerusform>Кодове, из&amp;дадени през последния %n ден</numerusform>
            <numerusform>Кодове, из&amp;дадени през последните %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Codes &amp;issued in the last %n days, all branches</source>
        <translation>
            <numerusform>Кодове, из&amp;дадени през последния %n ден, всички клонове</numerusform>
            <numerusform>Кодове, из&amp;дадени през последните %n дни, всички клонове</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Опре&amp;сни</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Отвори &amp;клиента</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Опресни</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Отвори клиента</translation>
    </message>
    <message>
        <source>Codes issued recently</source>
        <translation>Наскоро издадени кодове</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n код</numerusform>
            <numerusform>%n кода</numerusform>
        </translation>
    </message>
    <message>
        <source>No codes issued in these days. Issue one from a customer&apos;s record.</source>
        <translation>През тези дни не са издавани кодове. Издайте код от записа на клиента.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Търси в:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Име на &amp;файла:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Вид на файловете:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Запази</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Из&amp;бери</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Върни се назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Отиди напред</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родителска папка</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Отиди в родителската папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Създай нова папка</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Създай нова папка</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Списък</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Превключи към изглед списък</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробен списък</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Превключи към подробен изглед</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Странична лента</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Списък с места и отметки</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлове</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Преименувай</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Покажи &amp;скритите файлове</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Нова папка</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Покажи </translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Скорошни места</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Папката не може да бъде изтрита.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 вече съществува.
Искате ли да замените съществуващия файл?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файлът не е намерен.
Проверете дали името на файла е правилно.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папката не е намерена.
Проверете дали името на папката е правилно.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ е защитен срещу запис.
Искате ли все пак да го изтриете?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Наистина ли искате да изтриете „%1“?</translation>
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
        <translation>Размер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата на промяна</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компютър</translation>
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
        <translation>Добре</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Запазване на всичко</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да за &amp;всички</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за всички</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прекъсване</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторен опит</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пренебрегване</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отхвърляне</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Прилагане</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Нулиране</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По подразбиране</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Настройки &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Настройки &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печат</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Печат във файл (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локален файл</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Записване на файл PDF</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Стойността „от“ не може да бъде по-голяма от „до“.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Всички страници</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Само нечетните</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Само четните</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Брой копия:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Подреждане</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Обратен ред</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Обхват</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Всички страници</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Страниците от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Текуща страница</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Избраното</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Настройки за извеждане</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Цветови режим</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Цвят</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Черно-бяло</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>Двустранен печат</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Дълга страна</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Къса страна</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Набор от страници:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страници</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Набор от &amp;страници:</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Двустранен печат</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Изключен</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Подвързване по дългата страна</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Подвързване по късата страна</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Местоположение:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Изходен &amp;файл:</translation>
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
        <translation>Нова оферта за застраховка „Злополука“</translation>
    </message>
    <message>
        <source>Policyholder (18 or older)</source>
        <translation>Застраховащ (навършили 18 години)</translation>
    </message>
    <message>
        <source>Search the customers: name, ЕГН, ЛНЧ…</source>
        <translation>Търсене на клиенти: име, ЕГН, ЛНЧ…</translation>
    </message>
    <message>
        <source>Policyholder search</source>
        <translation>Търсене на застраховащ</translation>
    </message>
    <message>
        <source>Clause &amp;A: one person</source>
        <translation>Клауза &amp;А: едно лице</translation>
    </message>
    <message>
        <source>Clause &amp;B: a group</source>
        <translation>Клауза &amp;Б: група</translation>
    </message>
    <message>
        <source>The policyholder is the insured person</source>
        <translation>Застраховащият е застрахованото лице</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Застраховани лица</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Добави &amp;лице</translation>
    </message>
    <message>
        <source>Add the policyholder</source>
        <translation>Добави застраховащия</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Пре&amp;махни</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт от CSV…</translation>
    </message>
    <message>
        <source>Covers and sums insured (EUR)</source>
        <translation>Покрития и застрахователни суми (EUR)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (по избор)</translation>
    </message>
    <message>
        <source>Purpose and period</source>
        <translation>Предназначение и срок</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>Пр&amp;едназначение</translation>
    </message>
    <message>
        <source>&amp;Start (00:00)</source>
        <translation>&amp;Начало (00:00)</translation>
    </message>
    <message>
        <source>&amp;End (24:00)</source>
        <translation>&amp;Край (24:00)</translation>
    </message>
    <message>
        <source>empty: one year</source>
        <translation>празно: една година</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Напре&amp;д &gt;</translation>
    </message>
    <message>
        <source>Sa&amp;ve quote</source>
        <translation>Запази &amp;офертата</translation>
    </message>
    <message>
        <source>&amp;Payment and issue…</source>
        <translation>&amp;Плащане и издаване…</translation>
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
        <translation>Оферта за застраховка „Злополука“ № {id}</translation>
    </message>
    <message>
        <source>Columns first_name, last_name, id_value; optional id_kind, birth_date (yyyy-mm-dd), capacity_loss_over_50, interdicted, resident_in_bulgaria (yes/no; a ЛНЧ holder is insured only when resident in Bulgaria)</source>
        <translation>Колони first_name, last_name, id_value; незадължителни id_kind, birth_date (гггг-мм-дд), capacity_loss_over_50, interdicted, resident_in_bulgaria (yes/no; притежател на ЛНЧ се застрахова само ако пребивава постоянно в България)</translation>
    </message>
    <message>
        <source>Premium breakdo&amp;wn…</source>
        <translation>Разбивка на премия&amp;та…</translation>
    </message>
    <message>
        <source>1 of 3 · Policyholder and insured persons</source>
        <translation>1 от 3 · Застраховащ и застраховани лица</translation>
    </message>
    <message>
        <source>2 of 3 · Covers, purpose and period</source>
        <translation>2 от 3 · Покрития, предназначение и срок</translation>
    </message>
    <message>
        <source>3 of 3 · Quote</source>
        <translation>3 от 3 · Оферта</translation>
    </message>
    <message>
        <source>from {minimum} to {maximum}</source>
        <translation>от {minimum} до {maximum}</translation>
    </message>
    <message>
        <source>No policyholder chosen yet.</source>
        <translation>Все още не е избран застраховащ.</translation>
    </message>
    <message>
        <source>Policyholder: {name} (record no. {id})</source>
        <translation>Застраховащ: {name} (запис № {id})</translation>
    </message>
    <message>
        <source>Import the group&apos;s list</source>
        <translation>Импорт на списъка на групата</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлове CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>Четене на списъка</translation>
    </message>
    <message numerus="yes">
        <source>Imported {good} of %Ln row(s).</source>
        <translation>
            <numerusform>Импортирани редове: {good} от %Ln.</numerusform>
            <numerusform>Импортирани редове: {good} от %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}, {column}: {message}</source>
        <translation>Ред {line}, {column}: {message}</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Изчисляване на премията</translation>
    </message>
    <message>
        <source>Close the quote</source>
        <translation>Затваряне на офертата</translation>
    </message>
    <message>
        <source>This quote is not saved. Close it and lose it, or keep working (Save quote keeps it for payment later)?</source>
        <translation>Тази оферта не е запазена. Да я затворите и загубите ли, или да продължите работа („Запази офертата“ я пази за плащане по-късно)?</translation>
    </message>
    <message>
        <source>The persons and covers you typed are not priced or saved. Close the quote and discard them, or keep working?</source>
        <translation>Въведените лица и покрития още не са изчислени, нито запазени. Да затворите ли офертата и да се откажете от тях, или да продължите работа?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Затвори без запазване</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Продължи работа</translation>
    </message>
    <message>
        <source>Saving the quote</source>
        <translation>Запазване на офертата</translation>
    </message>
    <message>
        <source>{problem}
Do not take the card payment: the quote can be saved and paid later where certificates can be issued.</source>
        <translation>{problem}
Не приемайте плащане с карта: офертата може да се запази и да се плати по-късно там, където могат да се издават сертификати.</translation>
    </message>
    <message>
        <source>Certificate {number} issued: cover from {start} 00:00 to {end} 24:00.</source>
        <translation>Сертификат {number} е издаден: покритие от {start} 00:00 ч. до {end} 24:00 ч.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Ред {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>clause A, one person</source>
        <translation>клауза А, едно лице</translation>
    </message>
    <message>
        <source>clause B, a group</source>
        <translation>клауза Б, група</translation>
    </message>
    <message>
        <source>{holder} · {clause} · {purpose} · from {start} to {end} · {insured} insured, {refused} refused</source>
        <translation>{holder} · {clause} · {purpose} · от {start} до {end} · застраховани: {insured}, отказани: {refused}</translation>
    </message>
    <message>
        <source>Covers: {covers}</source>
        <translation>Покрития: {covers}</translation>
    </message>
    <message>
        <source>Premium {net} + tax {tax} = total {total}</source>
        <translation>Премия {net} + данък {tax} = общо {total}</translation>
    </message>
    <message>
        <source>Quote no. {id} saved, valid until {day}: take the payment to issue the certificate.</source>
        <translation>Оферта № {id} е запазена и е валидна до {day}: приемете плащането, за да издадете сертификата.</translation>
    </message>
    <message>
        <source>Not saved yet. Save the quote to take the payment.</source>
        <translation>Все още не е запазена. Запазете офертата, за да приемете плащането.</translation>
    </message>
</context>
<context>
    <name>RecentCodesModel</name>
    <message>
        <source>Issued</source>
        <translation>Издаден</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Изпратен до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Издал(а)</translation>
    </message>
</context>
<context>
    <name>RecordGuardianDialog</name>
    <message>
        <source>Record a parent or guardian</source>
        <translation>Запис на родител или настойник</translation>
    </message>
    <message>
        <source>Minors get no portal account of their own: a parent or guardian registers. The parent or guardian must be a customer already; enter their JMBG.</source>
        <translation>Непълнолетните нямат собствен профил в портала: регистрира се родител или настойник. Той трябва вече да е клиент; въведете неговия JMBG.</translation>
    </message>
    <message>
        <source>Parent&apos;s or guardian&apos;s &amp;JMBG</source>
        <translation>&amp;JMBG на родителя или настойника</translation>
    </message>
    <message>
        <source>R&amp;elation</source>
        <translation>Вр&amp;ъзка</translation>
    </message>
    <message>
        <source>E&amp;vidence seen</source>
        <translation>Прегледано &amp;доказателство</translation>
    </message>
    <message>
        <source>e.g. birth certificate no. 123/2015</source>
        <translation>напр. акт за раждане № 123/2015</translation>
    </message>
    <message>
        <source>Record &amp;guardian</source>
        <translation>&amp;Запиши настойника</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Нулиране на паролата</translation>
    </message>
    <message>
        <source>New temporary password for {name} ({username}). It also lifts a lock-out; the agent must choose their own password at the next sign-in.</source>
        <translation>Нова временна парола за {name} ({username}). Тя премахва и блокирането; агентът трябва да избере своя парола при следващото влизане.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Нова &amp;парола</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Парола &amp;отново</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Нулирай паролата</translation>
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
        <translation>Ръководител</translation>
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
        <translation>Членство, години, максимум и отстъпка</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Съгласия</translation>
    </message>
    <message>
        <source>Policies by the member&apos;s role</source>
        <translation>Полици според ролята на члена</translation>
    </message>
    <message>
        <source>Levels: points from</source>
        <translation>Нива: точки от</translation>
    </message>
    <message>
        <source>Other items of Annex 1</source>
        <translation>Други позиции от Приложение 1</translation>
    </message>
    <message>
        <source>Items the insurer&apos;s table adds to the ones above, each counted while the member&apos;s activity of that name is on (recorded at the desk or imported). The code names the item in those records and cannot change once recorded.</source>
        <translation>Позиции, които таблицата на застрахователя добавя към горните; всяка се отчита, докато дейността на члена с това име е включена (въведена на гише или внесена). Кодът назовава позицията в тези записи и не може да се променя, след като е въведен.</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>До&amp;бави позиция</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Премахни избраната позиция</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Customers</source>
        <translation>Клиенти</translation>
    </message>
    <message>
        <source>ZAME</source>
        <translation>ZAME</translation>
    </message>
    <message>
        <source>Portal codes</source>
        <translation>Кодове за портала</translation>
    </message>
    <message>
        <source>Accident insurance</source>
        <translation>Застраховка „Злополука“</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Одит</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Агенти</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Identify customers, check national ids, keep contact data and its history, and find anyone in one search box.</source>
        <translation>Идентифицирайте клиенти, проверявайте идентификационни номера, поддържайте контактните данни и историята им и намирайте всекиго с едно поле за търсене.</translation>
    </message>
    <message>
        <source>Enroll Slovenian customers in the ZAME loyalty programme, print the signed form, see points, level and discount.</source>
        <translation>Записвайте словенски клиенти в програмата за лоялност ZAME, отпечатвайте формуляра за подпис, преглеждайте точки, ниво и отстъпка.</translation>
    </message>
    <message>
        <source>Issue the security code a customer needs to register on the client portal, by e-mail or SMS to the contact of record.</source>
        <translation>Издайте кода за сигурност, необходим на клиента за регистрация в клиентския портал, по имейл или SMS до регистрирания контакт.</translation>
    </message>
    <message>
        <source>Quote accident insurance for one person or a group, take payment, and print the numbered certificate.</source>
        <translation>Изгответе оферта за застраховка „Злополука“ за едно лице или група, приемете плащането и отпечатайте номерирания сертификат.</translation>
    </message>
    <message>
        <source>Who did what, when and where.</source>
        <translation>Кой какво е направил, кога и къде.</translation>
    </message>
    <message>
        <source>Accounts, roles and branches.</source>
        <translation>Акаунти, роли и клонове.</translation>
    </message>
    <message>
        <source>This workstation and your account.</source>
        <translation>Тази работна станция и Вашият акаунт.</translation>
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
        <translation>Без (само вътрешен релей)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Език</translation>
    </message>
    <message>
        <source>Applies at once, and is remembered for your account and for this workstation.</source>
        <translation>Прилага се веднага и се запомня за Вашия акаунт и за тази работна станция.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>The password you sign in with.</source>
        <translation>Паролата, с която влизате.</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Смени &amp;паролата…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Смяна на паролата</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данни</translation>
    </message>
    <message>
        <source>This workstation works on the local database on this computer: {where}</source>
        <translation>Тази работна станция работи с локалната база данни на този компютър: {where}</translation>
    </message>
    <message>
        <source>This workstation works through the Agent Desk server {where}.</source>
        <translation>Тази работна станция работи през сървъра Agent Desk {where}.</translation>
    </message>
    <message>
        <source>Change &amp;database…</source>
        <translation>Смени &amp;базата данни…</translation>
    </message>
    <message>
        <source>Change database</source>
        <translation>Смяна на базата данни</translation>
    </message>
    <message>
        <source>E-mail and SMS gateways</source>
        <translation>Шлюзове за имейл и SMS</translation>
    </message>
    <message>
        <source>E-mail (SMTP server)</source>
        <translation>Имейл (SMTP сървър)</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>SMS шлюз</translation>
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
        <translation>&amp;Защита</translation>
    </message>
    <message>
        <source>SMTP user&amp;name</source>
        <translation>SMTP потребителско &amp;име</translation>
    </message>
    <message>
        <source>SMTP pass&amp;word</source>
        <translation>SMTP па&amp;рола</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>&amp;Адрес на подателя</translation>
    </message>
    <message>
        <source>Gateway &amp;URL</source>
        <translation>URL на &amp;шлюза</translation>
    </message>
    <message>
        <source>Gateway userna&amp;me</source>
        <translation>По&amp;требителско име за шлюза</translation>
    </message>
    <message>
        <source>Gateway to&amp;ken</source>
        <translation>То&amp;кен на шлюза</translation>
    </message>
    <message>
        <source>Sender &amp;ID</source>
        <translation>ID на подател&amp;я</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation>Оставете празно, за да запазите съхранената стойност</translation>
    </message>
    <message>
        <source>e.g. branch@insurer.example</source>
        <translation>напр. klon@insurer.example</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Save gateways</source>
        <translation>Запази шлюзо&amp;вете</translation>
    </message>
    <message>
        <source>Save gateways</source>
        <translation>Запази шлюзовете</translation>
    </message>
    <message>
        <source>Deployment settings</source>
        <translation>Настройки на внедряването</translation>
    </message>
    <message>
        <source>Record the insurer&apos;s own value of a setting and the day it takes effect. The tariff and the ZAME points table are recorded in their own editors.</source>
        <translation>Запишете стойността на застрахователя и деня, от който влиза в сила. Тарифата и таблицата с точки ZAME се записват в собствените им редактори.</translation>
    </message>
    <message>
        <source>Settin&amp;g</source>
        <translation>Настройка (&amp;G)</translation>
    </message>
    <message>
        <source>Te&amp;xt or address</source>
        <translation>Текст или адрес (&amp;X)</translation>
    </message>
    <message>
        <source>A&amp;pplies from</source>
        <translation>В сила от (&amp;P)</translation>
    </message>
    <message>
        <source>Text or address</source>
        <translation>Текст или адрес</translation>
    </message>
    <message>
        <source>Record setting</source>
        <translation>Запиши настройката</translation>
    </message>
    <message>
        <source>This is a demo database: the shipped defaults are used and documents say DEMO.</source>
        <translation>Това е демонстрационна база данни: използват се стойностите по подразбиране, а документите са отбелязани с DEMO.</translation>
    </message>
    <message>
        <source>Not a demo database: customer-facing work that needs a missing setting is refused until it is recorded. Missing: {count}.</source>
        <translation>Базата данни не е демонстрационна: действия за клиенти, които изискват липсваща настройка, се отказват, докато тя не бъде записана. Липсват: {count}.</translation>
    </message>
    <message>
        <source>Every deployment setting is the insurer&apos;s own.</source>
        <translation>Всички настройки на внедряването са на застрахователя.</translation>
    </message>
    <message>
        <source>Security rules</source>
        <translation>Правила за сигурност</translation>
    </message>
    <message>
        <source>The same for every workstation on this database. A rule is never edited in place: record a new value and the day it takes effect.</source>
        <translation>Еднакви за всички работни станции с тази база данни. Правило никога не се редактира директно: въведете нова стойност и датата, от която влиза в сила.</translation>
    </message>
    <message>
        <source>Record a new version</source>
        <translation>Въведи нова версия</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>Прави&amp;ло</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Стойност</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Вали&amp;дно от</translation>
    </message>
    <message>
        <source>R&amp;ecord new version</source>
        <translation>Въведи &amp;нова версия</translation>
    </message>
    <message>
        <source>Record new version</source>
        <translation>Въведи нова версия</translation>
    </message>
    <message>
        <source>Security rules in force</source>
        <translation>Действащи правила за сигурност</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Паролата Ви е сменена.</translation>
    </message>
    <message>
        <source>Saved. From the next start this workstation works through the Agent Desk server {url}.</source>
        <translation>Запазено. От следващото стартиране тази работна станция работи през сървъра Agent Desk {url}.</translation>
    </message>
    <message>
        <source>Saved. From the next start this workstation works on the local database.</source>
        <translation>Запазено. От следващото стартиране тази работна станция ще работи с локалната база данни.</translation>
    </message>
    <message>
        <source>Gateways saved.</source>
        <translation>Шлюзовете са запазени.</translation>
    </message>
    <message>
        <source>This computer has no password store: the password and the token were not saved.</source>
        <translation>Този компютър няма хранилище за пароли: паролата и токенът не са запазени.</translation>
    </message>
    <message>
        <source>Recorded: “{rule}” is {value} from {day}.</source>
        <translation>Въведено: от {day} „{rule}“: {value}.</translation>
    </message>
    <message>
        <source>Recorded: “{setting}”, valid from {day}.</source>
        <translation>Записано: „{setting}“, в сила от {day}.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Agent Desk: sign in</source>
        <translation>Agent Desk: вход</translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>Sign in to serve your customers</source>
        <translation>Влезте, за да обслужвате клиентите си</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Потребителско име</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>П&amp;арола</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Език</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Database: {store} · workstation {workstation} · version {version}</source>
        <translation>База данни: {store} · работна станция {workstation} · версия {version}</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Въведете потребителското си име.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Въведете паролата си.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Влизане</translation>
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
        <translation>В Agent Desk възникна неочаквана грешка. Всичко, което сте запазили, е съхранено; последното действие може да не е запазено. Подробности има в лог файла.</translation>
    </message>
    <message>
        <source>Agent Desk cannot open its database.</source>
        <translation>Agent Desk не може да отвори своята база данни.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитай отново</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>Използвай локалната база данни</translation>
    </message>
    <message>
        <source>This workstation is set to work on the database {url} directly. Agent Desk no longer connects to a database: it works on this computer&apos;s own file or through an Agent Desk server, which alone holds the database&apos;s password. Ask IT for the server&apos;s address and enter it in Settings, Database.</source>
        <translation>Тази работна станция е настроена да работи пряко с базата данни {url}. Agent Desk вече не се свързва с база данни: работи със собствения файл на този компютър или през сървър Agent Desk, който единствен знае паролата на базата данни. Поискайте адреса на сървъра от ИТ и го въведете в Настройки, База данни.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Your administrator set a temporary password. Choose your own password to continue.</source>
        <translation>Администраторът Ви е задал временна парола. Изберете своя парола, за да продължите.</translation>
    </message>
</context>
<context>
    <name>StoreSettingsDialog</name>
    <message>
        <source>Database</source>
        <translation>База данни</translation>
    </message>
    <message>
        <source>Where this workstation keeps its data. The change takes effect when Agent Desk starts the next time.</source>
        <translation>Къде тази работна станция съхранява данните си. Промяната влиза в сила при следващото стартиране на Agent Desk.</translation>
    </message>
    <message>
        <source>&amp;Local database on this computer</source>
        <translation>&amp;Локална база данни на този компютър</translation>
    </message>
    <message>
        <source>An Agent Desk ser&amp;ver (recommended for branches)</source>
        <translation>Сървър Agent &amp;Desk (препоръчва се за клоновете)</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>А&amp;дрес на сървъра</translation>
    </message>
    <message>
        <source>CA certificate &amp;file</source>
        <translation>Файл на &amp;удостоверението на CA</translation>
    </message>
    <message>
        <source>e.g. https://agentdesk.example:8443</source>
        <translation>напр. https://agentdesk.example:8443</translation>
    </message>
    <message>
        <source>Only for a certificate of the insurer&apos;s own authority</source>
        <translation>Само за удостоверение от собствения удостоверител на застрахователя</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Провери връзката</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Запази</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Проверка на връзката</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Свързване с {host}…</translation>
    </message>
    <message>
        <source>The Agent Desk server does not answer.</source>
        <translation>Сървърът Agent Desk не отговаря.</translation>
    </message>
    <message>
        <source>Connected to the Agent Desk server (version {version}).</source>
        <translation>Връзката със сървъра Agent Desk е установена (версия {version}).</translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Yearly rate per 1,000 EUR</source>
        <translation>Годишна ставка на 1000 EUR</translation>
    </message>
    <message>
        <source>Lowest sum</source>
        <translation>Минимална сума</translation>
    </message>
    <message>
        <source>Highest sum</source>
        <translation>Максимална сума</translation>
    </message>
    <message>
        <source>From age</source>
        <translation>От възраст</translation>
    </message>
    <message>
        <source>To age</source>
        <translation>До възраст</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Коефициент</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Предназначение</translation>
    </message>
    <message>
        <source>Term up to (days)</source>
        <translation>Срок до (дни)</translation>
    </message>
    <message>
        <source>% of the yearly premium</source>
        <translation>% от годишната премия</translation>
    </message>
    <message>
        <source>From (persons)</source>
        <translation>От (лица)</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Отстъпка %</translation>
    </message>
    <message>
        <source>Minimum premium before tax (EUR)</source>
        <translation>Минимална премия без данък (EUR)</translation>
    </message>
    <message>
        <source>Premium tax (fraction, 0.02 = 2 %)</source>
        <translation>Данък върху премията (дял, 0.02 = 2 %)</translation>
    </message>
    <message>
        <source>Leva per euro (shown beside)</source>
        <translation>Лева за едно евро (показва се до сумите)</translation>
    </message>
    <message>
        <source>Youngest insured age</source>
        <translation>Минимална възраст на застрахованото лице</translation>
    </message>
    <message>
        <source>Oldest insured age</source>
        <translation>Максимална възраст на застрахованото лице</translation>
    </message>
    <message>
        <source>Death cover from age</source>
        <translation>Покритие за смърт от възраст</translation>
    </message>
    <message>
        <source>Policyholder from age</source>
        <translation>Застраховащ от възраст</translation>
    </message>
    <message>
        <source>Longest term (months)</source>
        <translation>Максимален срок (месеци)</translation>
    </message>
    <message>
        <source>Risks: rates and limits of the sum insured</source>
        <translation>Рискове: ставки и граници на застрахователната сума</translation>
    </message>
    <message>
        <source>Factors by age band</source>
        <translation>Коефициенти по възрастови групи</translation>
    </message>
    <message>
        <source>Factors by purpose</source>
        <translation>Коефициенти по предназначение</translation>
    </message>
    <message>
        <source>Short-term scale</source>
        <translation>Скала за краткосрочни застраховки</translation>
    </message>
    <message>
        <source>Group discounts (clause B)</source>
        <translation>Групови отстъпки (клауза Б)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Добави ред</translation>
    </message>
    <message>
        <source>Remove last row</source>
        <translation>Премахни последния ред</translation>
    </message>
    <message>
        <source>Premium, tax and eligibility</source>
        <translation>Премия, данък и условия за застраховане</translation>
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
        <translation>Този раздел ще бъде наличен в следващите версии на Agent Desk. Вашият акаунт и клон вече са настроени за него.</translation>
    </message>
</context>
<context>
    <name>VerifyContactDialog</name>
    <message>
        <source>Verify contact at the desk</source>
        <translation>Проверка на контакта на гише</translation>
    </message>
    <message>
        <source>Compare the customer&apos;s e-mail or mobile of record with what they show you, and note the identity document you checked. A contact changed at the desk recently also needs a supervisor&apos;s confirmation.</source>
        <translation>Сравнете имейла или мобилния телефон по досие с това, което клиентът ви показва, и запишете проверения документ за самоличност. Контакт, сменен наскоро на гише, изисква и потвърждение от ръководител.</translation>
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
        <translation>&amp;Номер на документа</translation>
    </message>
    <message>
        <source>&amp;Record verification</source>
        <translation>&amp;Запиши проверката</translation>
    </message>
</context>
<context>
    <name>VersionedTableEditor</name>
    <message>
        <source>shipped default</source>
        <translation>по подразбиране</translation>
    </message>
    <message>
        <source>recorded by an administrator</source>
        <translation>въведена от администратор</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>планирана</translation>
    </message>
    <message>
        <source>New version valid &amp;from</source>
        <translation>Новата версия е валидна &amp;от</translation>
    </message>
    <message>
        <source>New version valid from</source>
        <translation>Новата версия е валидна от</translation>
    </message>
    <message>
        <source>&amp;Record new version</source>
        <translation>&amp;Въведи нова версия</translation>
    </message>
    <message>
        <source>Start again from the version in force</source>
        <translation>Започни отново от действащата версия</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Зареждане на версиите…</translation>
    </message>
    <message>
        <source>In force: the version valid from {day} ({source}). A change is recorded as a new version from a chosen day; versions are never edited.</source>
        <translation>В сила е версията, валидна от {day} ({source}). Промяната се въвежда като нова версия от избрана дата; версиите никога не се редактират.</translation>
    </message>
    <message>
        <source>Scheduled: {days}.</source>
        <translation>Планирани: {days}.</translation>
    </message>
    <message>
        <source>No version scheduled.</source>
        <translation>Няма планирани версии.</translation>
    </message>
    <message>
        <source>The form shows the version valid from {day}.</source>
        <translation>Формулярът показва версията, валидна от {day}.</translation>
    </message>
    <message>
        <source>Recording the new version</source>
        <translation>Записване на новата версия</translation>
    </message>
    <message>
        <source>Recorded: the new version applies from {day}.</source>
        <translation>Записано: новата версия се прилага от {day}.</translation>
    </message>
    <message>
        <source>Record a new version</source>
        <translation>Въведи нова версия</translation>
    </message>
    <message>
        <source>Record this table as a new version valid from {day}? A recorded version cannot be changed or removed; a later change is another new version.</source>
        <translation>Да запиша ли тази таблица като нова версия, валидна от {day}? Записаната версия не може да се промени или премахне; по-късна промяна е нова версия.</translation>
    </message>
    <message>
        <source>Record new table</source>
        <translation>Запиши новата таблица</translation>
    </message>
</context>
<context>
    <name>Zame</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Напускащ</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Напуснал</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Изключен</translation>
    </message>
    <message>
        <source>ZAME app downloaded</source>
        <translation>Изтеглено приложение ZAME</translation>
    </message>
    <message>
        <source>E-notifications on</source>
        <translation>Включени е-известия</translation>
    </message>
    <message>
        <source>E-invoice on</source>
        <translation>Включена е-фактура</translation>
    </message>
    <message>
        <source>Claim reported online</source>
        <translation>Щета, заявена онлайн</translation>
    </message>
    <message>
        <source>Registered on Moj Generali</source>
        <translation>Регистрация в Moj Generali</translation>
    </message>
    <message>
        <source>Active Generali Investments investor</source>
        <translation>Активен инвеститор в Generali Investments</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Директен маркетинг</translation>
    </message>
    <message>
        <source>Generali Investments notices</source>
        <translation>Известия от Generali Investments</translation>
    </message>
    <message>
        <source>Monthly check of investor status with Generali Investments</source>
        <translation>Ежемесечна проверка на статуса на инвеститор в Generali Investments</translation>
    </message>
    <message>
        <source>At the branch (agent)</source>
        <translation>В клона (агент)</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Мобилно приложение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Поща</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Import from another system</source>
        <translation>Импорт от друга система</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здраве</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Спорт</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Свободно време</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Туризъм</translation>
    </message>
    <message>
        <source>Spas</source>
        <translation>Спа и балнеология</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Дом</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Спестявания</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>За младежи</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Застраховки</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Чака изпращане</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Изпращане</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Изпратено</translation>
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
        <translation>фамилия</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата на раждане</translation>
    </message>
    <message>
        <source>tax number</source>
        <translation>данъчен номер</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>пощенски код</translation>
    </message>
    <message>
        <source>city</source>
        <translation>населено място</translation>
    </message>
    <message>
        <source>country</source>
        <translation>държава</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>имейл</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>мобилен номер</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Членство</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>E-notifications</source>
        <translation>Е-известия</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Е-фактура</translation>
    </message>
    <message>
        <source>E-claim</source>
        <translation>Онлайн заявена щета</translation>
    </message>
    <message>
        <source>Moj Generali</source>
        <translation>Moj Generali</translation>
    </message>
    <message>
        <source>Generali Investments investor</source>
        <translation>Инвеститор в Generali Investments</translation>
    </message>
    <message>
        <source>Direct marketing consent</source>
        <translation>Съгласие за директен маркетинг</translation>
    </message>
    <message>
        <source>Generali Investments notices consent</source>
        <translation>Съгласие за известия от Generali Investments</translation>
    </message>
    <message>
        <source>Above the maximum</source>
        <translation>Над максималния брой точки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as policyholder</source>
        <translation>
            <numerusform>%Ln полица като застраховащ</numerusform>
            <numerusform>%Ln полици като застраховащ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as insured person</source>
        <translation>
            <numerusform>%Ln полица като застраховано лице</numerusform>
            <numerusform>%Ln полици като застраховано лице</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies as payer</source>
        <translation>
            <numerusform>%Ln полица като платец</numerusform>
            <numerusform>%Ln полици като платец</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln година сътрудничество</numerusform>
            <numerusform>%Ln години сътрудничество</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: {points}</source>
        <translation>Общо: {points}</translation>
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
        <translation>Дата на подписване</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Уведомление за поверителност</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Съгласие</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активност</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Given or withdrawn</source>
        <translation>Дадено или оттеглено</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Версия на текста</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Получено на</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Оферта</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Член на семейството</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Доставчик</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Валидна от</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Валидна до</translation>
    </message>
    <message>
        <source>Level needed</source>
        <translation>Необходимо ниво</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейство</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Оттеглена</translation>
    </message>
</context>
<context>
    <name>ZameOffers</name>
    <message>
        <source>Provider</source>
        <translation>Доставчик</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Оферта</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Level needed</source>
        <translation>Необходимо ниво</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейство</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
</context>
<context>
    <name>ZamePanel</name>
    <message>
        <source>Print the enrollment form…</source>
        <translation>Отпечатай формуляра за включване…</translation>
    </message>
    <message>
        <source>Enro&amp;ll…</source>
        <translation>&amp;Включи…</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Нова активност…</translation>
    </message>
    <message>
        <source>&amp;Give or withdraw consent…</source>
        <translation>Дай или отте&amp;гли съгласие…</translation>
    </message>
    <message>
        <source>Activate a co&amp;upon…</source>
        <translation>Активирай &amp;купон…</translation>
    </message>
    <message>
        <source>Points s&amp;tatement…</source>
        <translation>Справка за &amp;точките…</translation>
    </message>
    <message>
        <source>Exit re&amp;quest…</source>
        <translation>Искане за нап&amp;ускане…</translation>
    </message>
    <message>
        <source>Withdraw the exit request</source>
        <translation>Оттегли искането за напускане</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>Изключи…</translation>
    </message>
    <message>
        <source>Allow to &amp;join again…</source>
        <translation>Разреши повторно &amp;присъединяване…</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Членство</translation>
    </message>
    <message>
        <source>How the points add up today</source>
        <translation>Как се формират точките днес</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Членски номер</translation>
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
        <translation>Точки</translation>
    </message>
    <message>
        <source>Next level</source>
        <translation>Следващо ниво</translation>
    </message>
    <message>
        <source>Discount today</source>
        <translation>Отстъпка днес</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Член от</translation>
    </message>
    <message>
        <source>Investor status</source>
        <translation>Статус на инвеститор</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписани</translation>
    </message>
    <message>
        <source>Progress to the next level</source>
        <translation>Напредък до следващото ниво</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Съгласия</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Купони</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Промени в нивото</translation>
    </message>
    <message>
        <source>Member no. {number} · {status} since {day}</source>
        <translation>Член № {number} · {status} от {day}</translation>
    </message>
    <message>
        <source>Former member no. {number} · {status} on {day}</source>
        <translation>Бивш член № {number} · {status} на {day}</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Не е член</translation>
    </message>
    <message numerus="yes">
        <source>{level} · %Ln points · discount {percent} %</source>
        <translation>
            <numerusform>{level} · %Ln точка · отстъпка {percent} %</numerusform>
            <numerusform>{level} · %Ln точки · отстъпка {percent} %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more points reach {level}</source>
        <translation>
            <numerusform>Още %Ln точка до ниво {level}</numerusform>
            <numerusform>Още %Ln точки до ниво {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest level reached</source>
        <translation>Достигнато е най-високото ниво</translation>
    </message>
    <message>
        <source>Leaves the programme on {day}</source>
        <translation>Напуска програмата на {day}</translation>
    </message>
    <message>
        <source>May join: print the form and enroll</source>
        <translation>Може да се включи: отпечатайте формуляра и го включете</translation>
    </message>
    <message>
        <source>May join once the record is complete</source>
        <translation>Може да се включи, след като записът бъде попълнен</translation>
    </message>
    <message>
        <source>Cannot join: {reasons}</source>
        <translation>Не може да се включи: {reasons}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следваща стъпка</translation>
    </message>
    <message>
        <source>ZAME loyalty programme</source>
        <translation>Програма за лоялност ZAME</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>Former member {number}: excluded on {day} ({reason}).</source>
        <translation>Бивш член {number}: изключен на {day} ({reason}).</translation>
    </message>
    <message>
        <source>A supervisor allowed joining again ({reason}).</source>
        <translation>Ръководител е разрешил повторно присъединяване ({reason}).</translation>
    </message>
    <message>
        <source>Former member {number}: left on {day}. Joining again starts a new membership from the rules, not from the old points.</source>
        <translation>Бивш член {number}: напуснал на {day}. Повторното включване започва ново членство по действащите правила, а не със старите точки.</translation>
    </message>
    <message>
        <source>Not a member of ZAME, the Generali loyalty programme.</source>
        <translation>Не е член на ZAME, програмата за лоялност на Generali.</translation>
    </message>
    <message>
        <source>Can join today: print the enrollment form, have it signed, then record the signature with Enroll.</source>
        <translation>Може да се включи днес: отпечатайте формуляра за включване, дайте го за подпис, след което въведете подписа с бутона „Включи“.</translation>
    </message>
    <message>
        <source>Cannot join today:</source>
        <translation>Не може да се включи днес:</translation>
    </message>
    <message>
        <source>(age today: {age})</source>
        <translation>(възраст днес: {age})</translation>
    </message>
    <message>
        <source>Missing: {fields}.</source>
        <translation>Липсват: {fields}.</translation>
    </message>
    <message>
        <source>Enro&amp;ll again…</source>
        <translation>&amp;Включи отново…</translation>
    </message>
    <message>
        <source>{status}: the exit takes effect on {day} (requested {when}, {channel})</source>
        <translation>{status}: напускането влиза в сила на {day} (заявено на {when}, {channel})</translation>
    </message>
    <message>
        <source>{points} (not counted yet)</source>
        <translation>{points} (още не е изчислено)</translation>
    </message>
    <message>
        <source>{points} (daily count of {day})</source>
        <translation>{points} (дневно изчисление от {day})</translation>
    </message>
    <message>
        <source>· counted in tonight&apos;s run: {change}</source>
        <translation>· ще се изчисли при нощното изчисление: {change}</translation>
    </message>
    <message>
        <source>{missing} points to {level}</source>
        <translation>До следващото ниво, {level}, остават точки: {missing}</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Най-високо ниво</translation>
    </message>
    <message>
        <source>{percent} % on motor, home and accident policies concluded today</source>
        <translation>{percent} % за застраховки на автомобил, дом и „Злополука“, сключени днес</translation>
    </message>
    <message>
        <source>{day}, {channel}, by {agent}</source>
        <translation>{day}, {channel}, въведено от {agent}</translation>
    </message>
    <message>
        <source>checked on {checked}, counts until {until}</source>
        <translation>проверен на {checked}, зачита се до {until}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не е въведен</translation>
    </message>
    <message>
        <source>re-checked monthly (consent given)</source>
        <translation>проверява се ежемесечно (дадено съгласие)</translation>
    </message>
    <message>
        <source>not re-checked monthly (no consent)</source>
        <translation>не се проверява ежемесечно (няма съгласие)</translation>
    </message>
    <message>
        <source>terms {terms}, privacy notice {privacy}, at {when}</source>
        <translation>условия {terms}, уведомление за поверителност {privacy}, на {when}</translation>
    </message>
    <message>
        <source>Enrolled: {name} is ZAME member no. {number} from {day}. Give the person their copy of the signed form.</source>
        <translation>Включване: {name} е член на ZAME № {number} от {day}. Дайте на лицето неговото копие от подписания формуляр.</translation>
    </message>
    <message>
        <source>The exit request is withdrawn: the membership goes on.</source>
        <translation>Искането за напускане е оттеглено: членството продължава.</translation>
    </message>
    <message>
        <source>ZAME enrollment form: {name}</source>
        <translation>Формуляр за включване в ZAME: {name}</translation>
    </message>
    <message>
        <source>ZAME points statement: {number}</source>
        <translation>Справка за точките в ZAME: {number}</translation>
    </message>
</context>
<context>
    <name>ZameRules</name>
    <message>
        <source>Per policy as policyholder</source>
        <translation>За полица като застраховащ</translation>
    </message>
    <message>
        <source>Per policy as insured person</source>
        <translation>За полица като застраховано лице</translation>
    </message>
    <message>
        <source>Per policy as payer</source>
        <translation>За полица като платец</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Членство</translation>
    </message>
    <message>
        <source>Per full year since the first policy</source>
        <translation>За всяка пълна година от първата полица</translation>
    </message>
    <message>
        <source>Most points a member can have</source>
        <translation>Максимален брой точки на член</translation>
    </message>
    <message>
        <source>Points for 1 % discount</source>
        <translation>Точки за 1 % отстъпка</translation>
    </message>
    <message>
        <source>Largest discount (%)</source>
        <translation>Максимална отстъпка (%)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name in Annex 1</source>
        <translation>Наименование в Приложение 1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
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
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Въведено от</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Съгласие</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дадено</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
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
        <translation>Оферта</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Член на семейството</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Изпратен до</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Activated by</source>
        <translation>Активиран от</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <source>From level</source>
        <translation>От ниво</translation>
    </message>
    <message>
        <source>To level</source>
        <translation>До ниво</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
</context>
<context>
    <name>ZameView</name>
    <message>
        <source>Members (active and leaving)</source>
        <translation>Членове (активни и напускащи)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активни</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Напускащи</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Напуснали</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Изключени</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Членски номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Член от</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <source>Daily run of</source>
        <translation>Изчисление към</translation>
    </message>
    <message>
        <source>ZAME loyalty programme</source>
        <translation>Програма за лоялност ZAME</translation>
    </message>
    <message>
        <source>The members of Generali&apos;s ZAME programme (Slovenia). Open a member to see points, level, discount and history; enroll new members from the customer&apos;s record (ZAME tab).</source>
        <translation>Членовете на програмата ZAME на Generali (Словения). Отворете член, за да видите точки, ниво, отстъпка и история; включвайте нови членове от записа на клиента (раздел ZAME).</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Членове</translation>
    </message>
    <message>
        <source>&amp;Daily run</source>
        <translation>&amp;Ежедневно изчисление</translation>
    </message>
    <message>
        <source>&amp;Points table</source>
        <translation>&amp;Таблица с точки</translation>
    </message>
    <message>
        <source>Partner offer&amp;s</source>
        <translation>Партньорски о&amp;ферти</translation>
    </message>
</context>
</TS>
