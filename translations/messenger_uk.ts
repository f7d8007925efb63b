<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Редагувати обліковий запис</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Ім’я для показу</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новий пароль</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без змін</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Увімкнено</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Ім’я для &amp;показу:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Порт сервера</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>Пр&amp;ямий TLS (без STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>П&amp;орт сервера:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ресурс:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>&amp;Видалити обліковий запис…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Видалити обліковий запис</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>Видалити обліковий запис %1 з Messenger?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>Його контакти залишаться на сервері. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Також видалити локальну &amp;історію</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>Ще %Ln запит авторизації</numerusform>
            <numerusform>Ще %Ln запити авторизації</numerusform>
            <numerusform>Ще %Ln запитів авторизації</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Ввести пароль…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Переглянути сертифікат…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Перепідключитися</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Редагувати обліковий запис…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1: немає з’єднання</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 просить дозволу бачити ваш статус</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Переглянути…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Переглянути наступний…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Не вдалося підключитися (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Подробиці: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>Сервер не прийняв адресу або пароль.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>Для облікового запису не задано пароль.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>Сервер не знайдено.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Сервер недоступний.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Сертифікат сервера не є довіреним.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Сервер не пропонує зашифрованого з’єднання.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Сервер відхилив запит.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>Цей обліковий запис уже існує або використовується іншим клієнтом.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не відповів вчасно.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Ця мережа ще не підтримується.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>Неправильні дані облікового запису.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Додати обліковий запис</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>Зберегти обліковий запис?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>Обліковий запис %1 ще не підключався.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>Зберегти його вимкненим, щоб виправити пізніше, чи видалити?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>&amp;Зберегти вимкненим</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Додати контакт</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Додати контакт</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Без групи</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Обліковий запис:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>Зараз жоден підключений обліковий запис не може додавати контакти.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Введіть адресу контакту.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Це неправильна адреса. Введіть її у вигляді name@example.org.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>Не вдається підключитися до ядра</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Для цього комп’ютера не створено пару з ядром за адресою %1.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>На комп’ютері з ядром видайте облікові дані для цього комп’ютера (%1), потім створіть пару з ядром тут: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 — не адреса ядра.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Вкажіть адресу у вигляді HOST:PORT, наприклад home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>Ядро за адресою %1 не відповіло через зашифроване з’єднання.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger підключається до ядра на іншому комп’ютері лише через зашифроване з’єднання. Перевірте адресу та порт.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>Сертифікат ядра за адресою %1 змінився.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Можливо, хтось перехоплює з’єднання. Якщо ядро було налаштовано заново, створіть пару ще раз із відбитком, який воно показує тепер.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>Ядро за адресою %1 не прийняло облікові дані цього комп’ютера.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>Можливо, облікові дані було відкликано. Видайте нові на комп’ютері з ядром і створіть пару ще раз.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>Для цього профілю не запущено ядро.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Спершу запустіть його командою %1 або запустіть Messenger без %2, щоб ядро працювало в цьому вікні.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>Ядро цього профілю не відповідає.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Можливо, воно зупинилося або зайняте. Спробуйте ще раз трохи згодом.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>Ядро цього профілю відхилило з’єднання.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>Причину вказано в деталях.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>Ядро цього профілю несумісне з цією версією Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Запустіть ту саму версію Messenger, що й у ядра.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Не вдалося підключити Messenger до ядра цього профілю.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>Ядро за адресою %1 не відповідає.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Переконайтеся, що ядро там запущено, а мережа та її брандмауер дозволяють цьому комп’ютеру з’єднатися з ним.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>Ядро за адресою %1 відхилило з’єднання.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>Програма за адресою %1 не є ядром, з яким може працювати ця версія Messenger.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Перевірте адресу та запустіть ту саму версію Messenger на обох комп’ютерах.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Не вдалося підключити Messenger до ядра за адресою %1.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Заблоковані контакти</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Заблоковані адреси</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Адреса для блокування</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Обліковий запис:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Це неправильна адреса. Введіть її у вигляді name@example.org.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>Не вдалося встановити ваш статус</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>Не вдалося зберегти ваш статус</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Не вдалося зберегти налаштування</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Немає облікових записів</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Недовірений сертифікат</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Довіряти цьому сертифікату</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>Сервер облікового запису %1 надав недовірений сертифікат. Можливо, хтось перехоплює з’єднання. Довіряйте йому, лише якщо його відбиток збігається з тим, що опублікував адміністратор вашого сервера.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Відбиток SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Відбиток SHA-256:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Подробиці:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
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
        <translation>Розмови</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Наступна вкладка</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Попередня вкладка</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Закрити вкладку</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Редагування останнього повідомлення. Натисніть Esc, щоб скасувати.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Редагування</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Помилка надсилання</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Напишіть повідомлення…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter — надіслати, Shift+Enter — новий рядок</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>Не вдалося заблокувати %1</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>Не вдалося розблокувати %1</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>Не вдалося надіслати запит авторизації для %1</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>Не вдалося схвалити запит від %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>Не вдалося видалити %1</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>Видалити %1 зі списку контактів?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Цей контакт більше не бачитиме ваш статус.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>%1: не вдалося підключитися</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Очікує на авторизацію</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Просить дозволу бачити ваш статус</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Груповий чат</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Ім’я контакту</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Адреса контакту</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Повідомлення статусу</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Набір тексту</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Груповий чат</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 друкує…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 більше не друкує</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Готовий поспілкуватися</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Недоступний</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>У мережі</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Відійшов</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не турбувати</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Поза мережею</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>Відомості про контакт</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Місцевий час</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Неактивний з</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Підключені клієнти</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Повне ім’я:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Псевдонім:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Вебсайт:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Організація:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>День народження:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>Відкрити &amp;чат</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;Відомості</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Перейменувати…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>Перемістити до &amp;групи…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>В&amp;идалити…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>Повторно запитати &amp;авторизацію</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>С&amp;хвалити запит авторизації</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Дії з контактом</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln непрочитане повідомлення</numerusform>
            <numerusform>%Ln непрочитані повідомлення</numerusform>
            <numerusform>%Ln непрочитаних повідомлень</numerusform>
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
        <translation>%1, у мережі %2 з %3</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Груповий чат</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Пошук давніших повідомлень…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>Давніших збігів немає</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Збігів немає</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>Новіших збігів немає</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Тека для чатів</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>Показувати звичайні &amp;листи від контактів</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>Надсилати звіти про прочи&amp;тання</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Довірені сертифікати</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>За&amp;бути %Ln довірений сертифікат</numerusform>
            <numerusform>За&amp;бути %Ln довірені сертифікати</numerusform>
            <numerusform>За&amp;бути %Ln довірених сертифікатів</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>Тека для &amp;чатів:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Довірені сертифікати:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Введіть назву теки для чатів.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>Тека для чатів не може бути INBOX, а її назва не може містити *, %, лапки, зворотні похилі риски або керівні символи.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Сервер не прийняв пароль.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Для цього облікового запису не збережено пароль.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>Сервер не знайдено. Перевірте адресу та налаштування з’єднання.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Сервер недоступний. Перевірте з’єднання з інтернетом.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>Сертифікат сервера не є довіреним, тому з’єднання може бути незахищеним.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Сервер не пропонує зашифрованого з’єднання.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Сервер відхилив з’єднання.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>У цей обліковий запис увійшли з іншого місця з тим самим ресурсом.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не відповів вчасно.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Сервер повідомив про помилку.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Ця версія Messenger не підтримує такий тип облікових записів.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>З’єднання втрачено.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>Сервер не підтримує потрібних функцій.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>Обліковий запис не знайдено.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>Неправильні налаштування облікового запису.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Внутрішня помилка Messenger.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>Не вдалося підключити обліковий запис.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Обліковий запис не підключено.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>Сервер облікового запису не підтримує цієї функції.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>Більше не існує.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Неправильні вхідні дані.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Уже існує.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Сервер відхилив запит.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Пошук у розмові</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Попередній (давніший) збіг</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Наступний (новіший) збіг</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Результат пошуку</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Закрити панель пошуку</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
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
        <translation>Історія</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Пошук повідомлень</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Усі облікові записи</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Усі контакти</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Завантажити &amp;ще</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Повідомлення в контексті</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Помилка пошуку.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Повідомлень не знайдено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>Знайдено %Ln повідомлення</numerusform>
            <numerusform>Знайдено %Ln повідомлення</numerusform>
            <numerusform>Знайдено %Ln повідомлень</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
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
        <translation>Немає (без шифрування)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Ваша адреса</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Захист:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Ім’я користувача:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Вхідна пошта (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Сервер IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Порт IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Захист IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Ім’я користувача IMAP</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Вихідна пошта (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Сервер SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Порт SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Захист SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Ім’я користувача SMTP</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Введіть сервер вхідної пошти (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Введіть сервер вихідної пошти (SMTP).</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>Сервер вхідної пошти (IMAP) має бути назвою вузла або адресою.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>Сервер вихідної пошти (SMTP) має бути назвою вузла або адресою.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Дозволити з’єднання без шифрування (лише для сервера на цьому комп’ютері або у вашій локальній мережі)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Налаштування сервера</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Без шифрування будь-хто, через кого проходять дані, може прочитати ваш пароль і повідомлення. Виберіть TLS або STARTTLS чи дозвольте з’єднання без шифрування, якщо сервер розташований на цьому комп’ютері або у вашій локальній мережі.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>Сервери визначено за вашою адресою.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>Вхідна: %1, порт %2, %3. Вихідна: %4, порт %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 не схожий на сервер на цьому комп’ютері чи у вашій локальній мережі: ваш пароль і повідомлення передавалися б інтернетом без шифрування.</translation>
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
        <translation>&amp;Додати обліковий запис…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>&amp;Редагувати обліковий запис</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакти</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Додати &amp;контакт…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>Новий &amp;груповий чат…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>&amp;Заблоковані контакти…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Показувати контакти поза мережею</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>Сортувати за &amp;статусом</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Сортувати за &amp;ім’ям</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>З&amp;найти контакт</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>&amp;Про Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Попередження щодо зберігання паролів</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Пошук контактів</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — підключено до %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — підключено до локального ядра</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>Паролі не зберігаються. %1 Вони залишаються в пам’яті, доки ви не вийдете з програми.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Системне сховище паролів недоступне.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>Немає зв’язку з ядром, повторне підключення…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>Не вдається зв’язатися з ядром: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>Про Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Настільний месенджер для XMPP і чату через електронну пошту.
Вільне програмне забезпечення за ліцензією GNU General Public License версії 3 або новішої.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Нові повідомлення</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>змінено %1</translation>
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
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Надсилається</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не надіслано: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Учора</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>Обліковий запис не підключено. Спробуйте ще раз, коли він буде в мережі.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>Цей обліковий запис не підтримує такої дії.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>Повідомлення або його обліковий запис більше не існує.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>Повідомлення порожнє або задовге.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не відповів вчасно.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>Не вдалося виконати дію (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Копіювати текст</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Відкрити %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копіювати %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторити</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Перемістити до групи</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Перемістити</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>Перемістити %1 до групи:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Контакти (без групи)</translation>
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
        <translation>Новий груповий чат</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>&amp;Створити груповий чат</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Назва групи</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Назва групи</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Обліковий запис:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Учасники:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Інші:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>Зараз жоден підключений обліковий запис не може створити груповий чат.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Пошук контактів</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Контакти для додавання до групи</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>name@example.org, other@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Адреси інших учасників</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Адреси учасників, яких немає у ваших контактах.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 — неправильна адреса. Вводьте адреси у вигляді name@example.org через кому або пробіл.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Неправильні адреси: %1. Вводьте адреси у вигляді name@example.org через кому або пробіл.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>Виберіть принаймні одного учасника або введіть адресу.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Введіть назву групи.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>Оповіщення</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>Відкрити чат</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln нове повідомлення</numerusform>
            <numerusform>%Ln нові повідомлення</numerusform>
            <numerusform>%Ln нових повідомлень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln нове повідомлення. Останнє: %1</numerusform>
            <numerusform>%Ln нові повідомлення. Останнє: %1</numerusform>
            <numerusform>%Ln нових повідомлень. Останнє: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Введення пароля</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Під&amp;ключитися</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Введіть пароль для %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Введіть пароль.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Вкладки в одному вікні</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Окреме вікно для кожного чату</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>Відкриття &amp;чатів:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Показувати контакти поза мережею</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>Запускати згорнутим у системний &amp;лоток</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Коли мене немає за комп’ютером</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Хвилин до статусу «Відійшов»</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>Статус «&amp;Відійшов» через:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Хвилин до статусу «Недоступний»</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>Статус «&amp;Недоступний» через:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Не змінювати повідомлення статусу</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Ставити статус «Відійшов», коли всі вікна &amp;закрито (якщо Messenger працює як фонова служба)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Якщо Messenger працює як фонова служба (%1) і всі підключені до неї вікна закрито, ваш статус змінюється на «Відійшов» і повертається, коли вікно знову відкривається. Без фонової служби Messenger завжди має вікно, тому цей параметр нічого не змінює.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>&amp;Сповіщати про нові повідомлення</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Показувати &amp;текст повідомлення у сповіщеннях</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>Повідомлення зберігаються безстроково.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> хв</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>Запускати &amp;разом із сеансом стільниці</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>Повідомлення за в&amp;ідсутності:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>Не вдалося змінити запис автозапуску: %1</translation>
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
        <translation>Перейменувати контакт</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Перейменувати</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>У мережі</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Готовий поспілкуватися</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Відійшов</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Недоступний</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не турбувати</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Поза мережею</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Ваш статус</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Повідомлення статусу</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Повідомлення статусу: натисніть Enter, щоб установити його</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Автоматичний статус</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Встановлено автоматично, бо вас немає за комп’ютером.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Запит авторизації</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 хоче бачити, коли ви в мережі (обліковий запис %2).</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Повідомлення від контакту</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Схвалити</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Схвалити й &amp;додати</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>&amp;Відхилити</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
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
            <numerusform>%Ln непрочитане повідомлення</numerusform>
            <numerusform>%Ln непрочитані повідомлення</numerusform>
            <numerusform>%Ln непрочитаних повідомлень</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>&amp;Показати список контактів</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>&amp;Сховати список контактів</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Готовий поспілкуватися</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>У мережі</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Відійшов</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Недоступний</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не турбувати</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Поза мережею</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>Не вдалося відкрити чат із %1.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger відкриває лише посилання xmpp: і mailto:.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Посилання задовге.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>Посилання має неправильний формат.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>У посиланні не вказано адреси.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>У посиланні вказано неправильну адресу (потрібно user@host).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>Посилання вказує на один із пристроїв контакту. Відкрити можна лише адреси вигляду user@host.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>Посилання вказує на сервер, а не на контакт (user@host).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>У посиланні вказано кілька адрес, а в чаті адреса лише одна.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>Посилання запрошує вас до групового чату. Messenger поки не підтримує групові чати.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Немає увімкненого облікового запису XMPP, щоб відкрити чат. Спочатку додайте його (Messenger → Додати обліковий запис).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Немає увімкненого облікового запису електронної пошти, щоб відкрити чат. Спочатку додайте його (Messenger → Додати обліковий запис).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>Посилання вимагає обліковий запис %1, який тут не налаштовано.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Не вдається відкрити посилання</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Історія…</translation>
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
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Введіть адресу у вигляді name@example.org.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Введіть пароль.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>Ваш обліковий запис електронної пошти</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Введіть адресу у вигляді name@example.org.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>Яка мережа?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;Електронна пошта (чат через IMAP і SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Перевірка з’єднання</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Стан з’єднання</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Підключення</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Д&amp;овіряти цьому сертифікату</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Підключено. Обліковий запис готовий.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Спроби підключення тривають.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Поверніться назад, щоб змінити дані, або скасуйте.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Перш ніж довіряти сертифікату, порівняйте цей відбиток SHA-256 із тим, який публікує адміністратор сервера:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Ласкаво просимо до Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Додайте обліковий запис XMPP або електронної пошти, щоб почати спілкування.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Додати обліковий запис…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Додати обліковий запис</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>Відкриває діалог додавання облікового запису XMPP або електронної пошти</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>Ваш обліковий запис XMPP</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>&amp;Створити цей обліковий запис на сервері</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>Показати додаткові нала&amp;штування</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Визначається автоматично</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>Пр&amp;ямий TLS (без STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>С&amp;ервер:</translation>
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
