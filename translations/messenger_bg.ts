<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Редактиране на регистрация</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Запазване</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Показвано име</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Нова парола</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без промяна</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Включена</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Показвано &amp;име:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Нова &amp;парола:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Сървър</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Порт на сървъра</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>&amp;Директен TLS (без STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>&amp;Сървър:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>П&amp;орт на сървъра:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ресурс:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Пре&amp;махване на регистрацията…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Премахване на регистрацията</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>Да се премахне ли регистрацията %1 от Messenger?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>Контактите ѝ остават на сървъра. Действието е необратимо.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Изтриване и на локалната &amp;история</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Премахване</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>Още %Ln заявка за упълномощаване</numerusform>
            <numerusform>Още %Ln заявки за упълномощаване</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Въвеждане на парола…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Преглед на сертификата…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Повторно свързване</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Редактиране на регистрацията…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Свързване…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1: няма връзка</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 иска да вижда статуса ви</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Преглед…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Преглед на следващата…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Неуспешно свързване (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Подробности: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>Сървърът не прие адреса или паролата.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>Регистрацията няма парола.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>Сървърът не е открит.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Сървърът е недостъпен.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Сертификатът на сървъра не е доверен.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Сървърът не предлага шифрирана връзка.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Сървърът отказа заявката.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>Тази регистрация вече съществува или се използва от друг клиент.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сървърът не отговори навреме.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Тази мрежа все още не се поддържа.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>Данните за регистрацията са неправилни.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавяне на регистрация</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>Да се запази ли регистрацията?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>Регистрацията %1 все още не се е свързала.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>Да се запази ли изключена, за да я поправите по-късно, или да се премахне?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>&amp;Запазване като изключена</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Премахване</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Добавяне на контакт</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Добавяне на контакт</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Незадължително</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Без група</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Регистрация:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>В момента никоя свързана регистрация не може да добавя контакти.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Въведете адреса на контакта.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Адресът е неправилен. Въведете го във вида name@example.org.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>Неуспешно свързване с ядрото</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Този компютър не е сдвоен с ядрото на адрес %1.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>На компютъра с ядрото издайте идентификационни данни за този компютър (%1), след което извършете сдвояването тук: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 не е адрес на ядро.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Въведете адреса във вида HOST:PORT, например home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>Ядрото на адрес %1 не отговори чрез шифрирана връзка.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger се свързва с ядро на друг компютър само чрез шифрирана връзка. Проверете адреса и порта.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>Сертификатът на ядрото на адрес %1 е променен.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Възможно е някой да прихваща връзката. Ако ядрото е настроено наново, извършете сдвояването отново с отпечатъка, който то показва сега.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>Ядрото на адрес %1 не прие идентификационните данни на този компютър.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>Възможно е идентификационните данни да са анулирани. Издайте нови на компютъра с ядрото и извършете сдвояването отново.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>За този профил няма стартирано ядро.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Първо го стартирайте с %1 или стартирайте Messenger без %2, за да работи ядрото в този прозорец.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>Ядрото на този профил не отговаря.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Възможно е да е спряло или да е заето. Опитайте отново след малко.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>Ядрото на този профил отказа връзката.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>Причината е посочена в подробностите.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>Ядрото на този профил не може да работи с тази версия на Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Стартирайте същата версия на Messenger като тази на ядрото.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Messenger не успя да се свърже с ядрото на този профил.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>Ядрото на адрес %1 не отговаря.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Проверете дали ядрото работи там и дали мрежата и защитната ѝ стена позволяват на този компютър да се свърже с него.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>Ядрото на адрес %1 отказа връзката.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>Програмата на адрес %1 не е ядро, с което тази версия на Messenger може да работи.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Проверете адреса и стартирайте една и съща версия на Messenger на двата компютъра.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Messenger не успя да се свърже с ядрото на адрес %1.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Блокирани контакти</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Блокирани адреси</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Отблокиране</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Адрес за блокиране</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Блокиране</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Регистрация:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Адресът е неправилен. Въведете го във вида name@example.org.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>Неуспешно задаване на статуса</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>Неуспешно запазване на статуса</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Неуспешно запазване на настройката</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Няма регистрации</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Недоверен сертификат</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Доверяване на сертификата</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>Сървърът на %1 представи недоверен сертификат. Възможно е някой да подслушва връзката. Доверете му се само ако отпечатъкът му съвпада с публикувания от администратора на сървъра ви.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечатък SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечатък SHA-256:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Подробности:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Търсене…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Аз</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Разговори</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Следващ раздел</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Предишен раздел</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Затваряне на раздела</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Редактиране на последното съобщение. Натиснете Esc за отказ.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Редактиране</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Грешка при изпращане</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Напишете съобщение…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Съобщение</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter — изпращане, Shift+Enter — нов ред</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>Неуспешно блокиране на %1</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>Неуспешно отблокиране на %1</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>Неуспешно изпращане на заявката до %1</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>Неуспешно одобряване на заявката от %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>Неуспешно премахване на %1</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>Да се премахне ли %1 от контактите?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Контактът вече няма да вижда статуса ви.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Премахване</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>%1: неуспешно свързване</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Изчаква одобрение</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Иска да вижда статуса ви</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Групов чат</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Име на контакта</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Адрес на контакта</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Съобщение за статуса</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Писане</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Групов чат</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 пише…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 спря да пише</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Свободен за разговор</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Недостъпен</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>На линия</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отсъстващ</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не безпокойте</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Извън линия</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>Информация за контакта</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Нов опит</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Местно време</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Неактивен от</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Свързани клиенти</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Пълно име:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Псевдоним:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Е-поща:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Уеб сайт:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Рожден ден:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Бележка:</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>Отваряне на &amp;чат</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;Информация</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Преименуване…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>Преместване в &amp;група…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Пре&amp;махване…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Блокиране</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Отблокиране</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>Повторна &amp;заявка за упълномощаване</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>О&amp;добряване на заявката за упълномощаване</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Действия с контакта</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln непрочетено съобщение</numerusform>
            <numerusform>%Ln непрочетени съобщения</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1, %2 от %3 на линия</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Групов чат</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Търсене на по-стари съобщения…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>Няма по-стари съвпадения</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Няма съвпадения</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>Няма по-нови съвпадения</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Папка за чатове</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>Показване на &amp;обикновените писма от контактите</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>Изпращане на по&amp;твърждения за прочитане</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Доверени сертификати</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>За&amp;бравяне на %Ln доверен сертификат</numerusform>
            <numerusform>За&amp;бравяне на %Ln доверени сертификата</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>Папка за &amp;чатове:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Доверени сертификати:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Въведете името на папката за чатове.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>Папката за чатове не може да е INBOX, а името ѝ не може да съдържа *, %, кавички, обратни наклонени черти или управляващи знаци.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Сървърът не прие паролата.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>За тази регистрация няма запазена парола.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>Сървърът не е открит. Проверете адреса и настройките за връзка.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Сървърът е недостъпен. Проверете връзката си с интернет.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>Сертификатът на сървъра не е доверен, затова връзката може да не е защитена.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Сървърът не предлага шифрирана връзка.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Сървърът отказа връзката.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>Някой е влязъл в регистрацията от друго място със същия ресурс.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сървърът не отговори навреме.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Сървърът съобщи за грешка.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Тази версия на Messenger не поддържа този вид регистрации.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Връзката прекъсна.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>Сървърът не поддържа необходимото.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>Регистрацията не е открита.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>Настройките на регистрацията са неправилни.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Вътрешна грешка в Messenger.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>Регистрацията не успя да се свърже.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Регистрацията не е свързана.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>Сървърът на регистрацията не поддържа това.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>Вече не съществува.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Въведените данни са неправилни.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Вече съществува.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Сървърът отказа заявката.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Търсене в разговора</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Предишно (по-старо) съвпадение</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Следващо (по-ново) съвпадение</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Резултат от търсенето</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Затваряне на лентата за търсене</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Грешка</translation>
    </message>
</context>
<context>
    <name>HistoryResultsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A search result read aloud or copied: contact, time, message.</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Търсене на съобщения</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Всички регистрации</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Всички контакти</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Резултати от търсенето</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Зареждане на &amp;още</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Съобщение в контекст</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Търсенето е неуспешно.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Не са открити съобщения.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>Намерено е %Ln съобщение</numerusform>
            <numerusform>Намерени са %Ln съобщения</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Аз</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>MailServerFields</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Няма (без шифриране)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Адресът ви</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сървър:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Потребителско име:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Входяща поща (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Сървър за IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Порт за IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Защита за IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Потребителско име за IMAP</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Изходяща поща (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Сървър за SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Порт за SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Защита за SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Потребителско име за SMTP</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Въведете сървъра за входяща поща (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Въведете сървъра за изходяща поща (SMTP).</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>Сървърът за входяща поща (IMAP) трябва да е име на хост или адрес.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>Сървърът за изходяща поща (SMTP) трябва да е име на хост или адрес.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Разрешаване на нешифрирана връзка (само за сървър на този компютър или в локалната ви мрежа)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Настройки на сървъра</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Без шифриране всеки по пътя на данните може да прочете паролата и съобщенията ви. Изберете TLS или STARTTLS или разрешете нешифрираната връзка, ако сървърът е на този компютър или в локалната ви мрежа.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>Сървърите са определени по адреса ви.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>Входяща: %1, порт %2, %3. Изходяща: %4, порт %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 не изглежда като сървър на този компютър или в локалната ви мрежа: паролата и съобщенията ви ще минават през интернет без шифриране.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>&amp;Messenger</source>
        <translation>&amp;Messenger</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавяне на регистрация…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>&amp;Редактиране на регистрация</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакти</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Добавяне на &amp;контакт…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>Нов &amp;групов чат…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>&amp;Блокирани контакти…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Показване на контактите извън линия</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>Подреждане по &amp;статус</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Подреждане по &amp;име</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>&amp;Търсене на контакт</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>По&amp;мощ</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>&amp;Относно Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Предупреждение за съхранението на пароли</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Търсене на контакти</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — свързан с %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — свързан с локалното ядро</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>Паролите не се запазват. %1 Те се пазят в паметта до изхода от програмата.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Няма наличен системен ключодържател.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>Ядрото е недостъпно, повторно свързване…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>Няма връзка с ядрото: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>Относно Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Настолна програма за незабавни съобщения по XMPP и чат по е-поща.
Свободен софтуер под GNU General Public License, версия 3 или по-нова.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Нови съобщения</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>редактирано %1</translation>
    </message>
</context>
<context>
    <name>MessageTexts</name>
    <message>
        <source>* %1 %2</source>
        <translation>* %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Two parts of a list (&quot;Juliet: hi&quot; and &quot;10:02&quot;), joined your language&apos;s way.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Редактирано</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Изпраща се</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Изпратено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочетено</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Неизпратено: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестна грешка</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>Регистрацията не е свързана. Опитайте отново, когато е на линия.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>Тази регистрация не поддържа това действие.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>Съобщението или регистрацията му вече не съществуват.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>Съобщението е празно или твърде дълго.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сървърът не отговори навреме.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>Действието не успя (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Съобщения</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Копиране на текста</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Отваряне на %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копиране на %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Нов опит</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Преместване в група</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Преместване</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>Преместване на %1 в групата:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Контакти (без група)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Група:</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>Нов групов чат</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>&amp;Създаване на групов чат</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Име на групата</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Име на групата</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Регистрация:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Участници:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Други:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>В момента никоя свързана регистрация не може да създаде групов чат.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Търсене на контакти</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Контакти за добавяне в групата</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>name@example.org, other@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Адреси на други участници</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Адреси на участници, които не са в контактите ви.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 не е правилен адрес. Въвеждайте адресите във вида name@example.org, разделени със запетаи или интервали.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Тези адреси са неправилни: %1. Въвеждайте адресите във вида name@example.org, разделени със запетаи или интервали.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>Изберете поне един участник или въведете адрес.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Въведете име за групата.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>Оповестявания</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>Отваряне на чата</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln ново съобщение</numerusform>
            <numerusform>%Ln нови съобщения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln ново съобщение. Последното: %1</numerusform>
            <numerusform>%Ln нови съобщения. Последното: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Въвеждане на парола</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Свързване</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Въведете паролата за %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Въведете паролата.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общи</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Според системата</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Раздели в един прозорец</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Отделен прозорец за всеки чат</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>Отваряне на &amp;чатовете:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Показване на контактите извън линия</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>Стартиране в &amp;минимизиран вид в системния панел</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Когато не съм на компютъра</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Минути до статус „Отсъстващ“</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>Статус „&amp;Отсъстващ“ след:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Минути до статус „Недостъпен“</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>Статус „&amp;Недостъпен“ след:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Без промяна на съобщението за статуса</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Статус „Отсъстващ“, когато всички прозорци са &amp;затворени (ако Messenger работи като фонова услуга)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Когато Messenger работи като фонова услуга (%1) и всички свързани с нея прозорци са затворени, статусът ви става „Отсъстващ“ и се възстановява, когато отново се отвори прозорец. Без фонова услуга Messenger винаги има прозорец, така че тази настройка не променя нищо.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Известия</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>&amp;Известяване за нови съобщения</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Показване на &amp;текста на съобщенията в известията</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>Съобщенията се пазят завинаги.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никога</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> мин</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>Стартиране заедно с &amp;работната сесия</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>&amp;Съобщение при отсъствие:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>Неуспешна промяна на автоматичното стартиране: %1</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;LTR&quot;, or &quot;RTL&quot; for a language written right to left.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RenameContactDialog</name>
    <message>
        <source>Rename contact</source>
        <translation>Преименуване на контакт</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Преименуване</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>На линия</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Свободен за разговор</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отсъстващ</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Недостъпен</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не безпокойте</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Извън линия</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Вашият статус</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Съобщение за статуса</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Съобщение за статуса: натиснете Enter, за да го зададете</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Автоматичен статус</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Зададен автоматично, защото не сте на компютъра.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Заявка за упълномощаване</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 иска да вижда кога сте на линия (регистрация %2).</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Съобщението на контакта</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Одобряване</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Одобряване и &amp;добавяне</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>Отх&amp;върляне</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>По-&amp;късно</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln непрочетено съобщение</numerusform>
            <numerusform>%Ln непрочетени съобщения</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>&amp;Показване на списъка с контакти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>&amp;Скриване на списъка с контакти</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Свободен за разговор</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>На линия</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отсъстващ</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Недостъпен</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не безпокойте</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Извън линия</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>Чатът с %1 не може да се отвори.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger отваря само препратки xmpp: и mailto:.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Препратката е твърде дълга.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>Препратката е неправилна.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>В препратката няма адрес.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>Препратката не съдържа правилен адрес (user@host).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>Препратката сочи към едно от устройствата на контакт. Могат да се отварят само адреси във вида user@host.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>Препратката сочи към сървър, а не към контакт (user@host).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>Препратката съдържа няколко адреса, а чатът има един.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>Препратката ви кани в групов чат. Messenger все още не поддържа групови чатове.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Няма включена регистрация за XMPP, с която да се отвори чатът. Първо добавете такава (Messenger → Добавяне на регистрация).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Няма включена регистрация за е-поща, с която да се отвори чатът. Първо добавете такава (Messenger → Добавяне на регистрация).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>Препратката изисква регистрацията %1, която не е настроена тук.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Препратката не може да се отвори</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ис&amp;тория…</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Въведете адреса във вида name@example.org.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Въведете паролата.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>Вашата регистрация за е-поща</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Незадължително</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Вашето име</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Вашето &amp;име:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Въведете адреса във вида name@example.org.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>Коя мрежа?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;Е-поща (чат чрез IMAP и SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Проверка на връзката</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Състояние на връзката</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Свързване</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Доверяване на сертификата</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Свързване…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Свързано. Регистрацията е готова.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Опитите продължават.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Върнете се назад, за да промените данните, или откажете.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Преди да се доверите, сравнете този отпечатък SHA-256 с публикувания от администратора на сървъра:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Добре дошли в Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Добавете регистрация за XMPP или е-поща, за да започнете да разговаряте.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавяне на регистрация…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавяне на регистрация</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>Отваря прозорец за добавяне на регистрация за XMPP или е-поща</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>Вашата регистрация за XMPP</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>&amp;Създаване на регистрацията на сървъра</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>Показване на раз&amp;ширените настройки</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Открива се автоматично</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>&amp;Директен TLS (без STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Сър&amp;вър:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ресурс:</translation>
    </message>
</context>
</TS>
