<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Изменить учётную запись</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
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
        <translation>Отображаемое &amp;имя:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
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
        <translation>Пр&amp;ямой TLS (без STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>С&amp;ервер:</translation>
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
        <translation>&amp;Удалить учётную запись…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>Удалить учётную запись %1 из Messenger?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>Её контакты останутся на сервере. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Также удалить локальную &amp;историю</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>Ещё %Ln запрос авторизации</numerusform>
            <numerusform>Ещё %Ln запроса авторизации</numerusform>
            <numerusform>Ещё %Ln запросов авторизации</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Ввести пароль…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Проверить сертификат…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Переподключиться</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Изменить учётную запись…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1: нет подключения</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 запрашивает доступ к вашему статусу</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Просмотреть…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Просмотреть следующий…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Не удалось подключиться (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Подробности: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>Сервер не принял адрес или пароль.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>Для учётной записи не задан пароль.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>Сервер не найден.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Сервер недоступен.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Сертификат сервера не является доверенным.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Сервер не поддерживает зашифрованное соединение.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Сервер отклонил запрос.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>Эта учётная запись уже существует или используется другим клиентом.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Эта сеть пока не поддерживается.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>Неверные данные учётной записи.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>Сохранить учётную запись?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>Учётная запись %1 ещё не подключалась.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>Сохранить её отключённой, чтобы исправить позже, или удалить?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>&amp;Сохранить отключённой</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
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
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Без группы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>Сейчас ни одна подключённая учётная запись не может добавлять контакты.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Введите адрес контакта.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Это недопустимый адрес. Введите его в виде name@example.org.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>Не удаётся подключиться к ядру</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Этот компьютер не сопряжён с ядром по адресу %1.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>На компьютере с ядром выдайте учётные данные для этого компьютера (%1), затем выполните сопряжение здесь: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 — не адрес ядра.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Укажите адрес в виде HOST:PORT, например home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>Ядро по адресу %1 не ответило по зашифрованному соединению.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger подключается к ядру на другом компьютере только по зашифрованному соединению. Проверьте адрес и порт.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>Сертификат ядра по адресу %1 изменился.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Возможно, соединение перехватывают. Если ядро было настроено заново, выполните сопряжение повторно с отпечатком, который оно показывает сейчас.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>Ядро по адресу %1 не приняло учётные данные этого компьютера.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>Возможно, учётные данные были отозваны. Выдайте новые на компьютере с ядром и выполните сопряжение повторно.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>Для этого профиля не запущено ядро.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Сначала запустите его командой %1 или запустите Messenger без %2, чтобы ядро работало в этом окне.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>Ядро этого профиля не отвечает.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Возможно, оно остановлено или занято. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>Ядро этого профиля отклонило подключение.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>Причина указана в подробностях.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>Ядро этого профиля несовместимо с этой версией Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Запустите ту же версию Messenger, что и у ядра.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Не удалось подключить Messenger к ядру этого профиля.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>Ядро по адресу %1 не отвечает.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Убедитесь, что ядро там запущено, а сеть и её брандмауэр позволяют этому компьютеру связаться с ним.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>Ядро по адресу %1 отклонило подключение.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>Программа по адресу %1 не является ядром, с которым может работать эта версия Messenger.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Проверьте адрес и запустите одну и ту же версию Messenger на обоих компьютерах.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Не удалось подключить Messenger к ядру по адресу %1.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Заблокированные контакты</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Заблокированные адреса</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Адрес для блокировки</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Это недопустимый адрес. Введите его в виде name@example.org.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>Не удалось установить ваш статус</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>Не удалось сохранить ваш статус</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Не удалось сохранить параметр</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Нет учётных записей</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Доверять этому сертификату</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>Сервер учётной записи %1 предъявил недоверенный сертификат. Возможно, соединение прослушивается. Доверяйте ему, только если его отпечаток совпадает с опубликованным администратором вашего сервера.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечаток SHA-256:</translation>
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
        <translation>&amp;Найти…</translation>
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
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Следующая вкладка</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Предыдущая вкладка</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Закрыть вкладку</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Редактирование последнего сообщения. Нажмите Esc для отмены.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Ошибка отправки</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Напишите сообщение…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter — отправить, Shift+Enter — новая строка</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>Не удалось заблокировать %1</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>Не удалось разблокировать %1</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>Не удалось отправить запрос авторизации для %1</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>Не удалось одобрить запрос от %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>Не удалось удалить %1</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>Удалить %1 из контактов?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Этот контакт больше не будет видеть ваш статус.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>%1: не удалось подключиться</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Ожидает авторизации</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Запрашивает доступ к вашему статусу</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Групповой чат</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Имя контакта</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Адрес контакта</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Сообщение о статусе</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Набор текста</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Групповой чат</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 больше не печатает</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Готов поболтать</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>Сведения о контакте</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
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
        <translation>Местное время</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Неактивен с</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Подключённые клиенты</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное имя:</translation>
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
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Веб-сайт:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>День рождения:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>Открыть &amp;чат</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>Пере&amp;местить в группу…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>Повторно запросить &amp;авторизацию</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>&amp;Одобрить запрос авторизации</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Действия с контактом</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln непрочитанное сообщение</numerusform>
            <numerusform>%Ln непрочитанных сообщения</numerusform>
            <numerusform>%Ln непрочитанных сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1, в сети %2 из %3</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Групповой чат</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Поиск более старых сообщений…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>Более старых совпадений нет</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>Более новых совпадений нет</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Папка для чатов</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>Показывать о&amp;бычные письма от контактов</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>Отправлять &amp;отчёты о прочтении</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Доверенные сертификаты</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>&amp;Забыть %Ln доверенный сертификат</numerusform>
            <numerusform>&amp;Забыть %Ln доверенных сертификата</numerusform>
            <numerusform>&amp;Забыть %Ln доверенных сертификатов</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>Папка для &amp;чатов:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Доверенные сертификаты:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Введите имя папки для чатов.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>Папка для чатов не может быть INBOX, а её имя не может содержать *, %, кавычки, обратные косые черты и управляющие символы.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Сервер не принял пароль.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Для этой учётной записи не сохранён пароль.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>Сервер не найден. Проверьте адрес и параметры подключения.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Сервер недоступен. Проверьте подключение к интернету.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>Сертификат сервера не является доверенным, поэтому соединение может быть незащищённым.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Сервер не поддерживает зашифрованное соединение.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Сервер отклонил подключение.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>В эту учётную запись выполнен вход из другого места с тем же ресурсом.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Сервер сообщил об ошибке.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Эта версия Messenger не поддерживает такой тип учётных записей.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Соединение потеряно.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>Сервер не поддерживает необходимые функции.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>Учётная запись не найдена.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>Неверные параметры учётной записи.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Внутренняя ошибка Messenger.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>Не удалось подключить учётную запись.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Учётная запись не подключена.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>Сервер учётной записи не поддерживает эту функцию.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>Больше не существует.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Недопустимые входные данные.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Уже существует.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Сервер отклонил запрос.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Поиск в разговоре</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Предыдущее (более старое) совпадение</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Следующее (более новое) совпадение</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Результат поиска</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
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
        <translation>Поиск сообщений</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все учётные записи</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Все контакты</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Загрузить &amp;ещё</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Сообщение в контексте</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Ошибка поиска.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Сообщения не найдены.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>Найдено %Ln сообщение</numerusform>
            <numerusform>Найдено %Ln сообщения</numerusform>
            <numerusform>Найдено %Ln сообщений</numerusform>
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
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Ваш адрес</translation>
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
        <translation>Защита:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Входящая почта (IMAP)</translation>
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
        <translation>Защита IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Имя пользователя IMAP</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Исходящая почта (SMTP)</translation>
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
        <translation>Защита SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Имя пользователя SMTP</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Введите сервер входящей почты (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Введите сервер исходящей почты (SMTP).</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>Сервер входящей почты (IMAP) должен быть именем хоста или адресом.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>Сервер исходящей почты (SMTP) должен быть именем хоста или адресом.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Разрешить соединение без шифрования (только для сервера на этом компьютере или в вашей локальной сети)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Параметры сервера</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Без шифрования любой, через кого идут данные, может прочитать ваш пароль и сообщения. Выберите TLS или STARTTLS либо разрешите соединение без шифрования, если сервер находится на этом компьютере или в вашей локальной сети.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>Серверы подобраны по вашему адресу.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>Входящая: %1, порт %2, %3. Исходящая: %4, порт %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 не похож на сервер на этом компьютере или в вашей локальной сети: ваш пароль и сообщения передавались бы через интернет без шифрования.</translation>
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
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>&amp;Изменить учётную запись</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Добавить &amp;контакт…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>Новый &amp;групповой чат…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>&amp;Заблокированные контакты…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Показывать контакты не в сети</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>Сортировать по &amp;статусу</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Сортировать по &amp;имени</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>&amp;Найти контакт</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>&amp;О программе Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Предупреждение о хранении паролей</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — подключён к %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — подключён к локальному ядру</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>Пароли не сохраняются. %1 Они хранятся в памяти до выхода из программы.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Системное хранилище паролей недоступно.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>Нет связи с ядром, переподключение…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>Не удаётся связаться с ядром: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>О программе Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Настольный мессенджер для XMPP и чата по электронной почте.
Свободная программа под лицензией GNU General Public License версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Новые сообщения</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>изменено %1</translation>
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
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
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
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>Учётная запись не подключена. Повторите попытку, когда она будет в сети.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>Эта учётная запись не поддерживает такое действие.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>Сообщение или его учётная запись больше не существуют.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>Сообщение пустое или слишком длинное.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>Не удалось выполнить действие (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Копировать текст</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Переместить в группу</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Переместить</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>Переместить %1 в группу:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Контакты (без группы)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>Новый групповой чат</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>&amp;Создать групповой чат</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>У&amp;частники:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Другие:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>Сейчас ни одна подключённая учётная запись не может создать групповой чат.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Контакты для добавления в группу</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>name@example.org, other@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Адреса других участников</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Адреса участников, которых нет в ваших контактах.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 — недопустимый адрес. Вводите адреса в виде name@example.org через запятую или пробел.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Недопустимые адреса: %1. Вводите адреса в виде name@example.org через запятую или пробел.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>Выберите хотя бы одного участника или введите адрес.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Введите название группы.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>Оповещения</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>Открыть чат</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln новое сообщение</numerusform>
            <numerusform>%Ln новых сообщения</numerusform>
            <numerusform>%Ln новых сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln новое сообщение. Последнее: %1</numerusform>
            <numerusform>%Ln новых сообщения. Последнее: %1</numerusform>
            <numerusform>%Ln новых сообщений. Последнее: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Ввод пароля</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Введите пароль для %1.</translation>
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
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Вкладки в одном окне</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Отдельное окно для каждого чата</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>Открытие &amp;чатов:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Показывать контакты не в сети</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>Запускать свёрнутым в системный &amp;лоток</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Когда меня нет за компьютером</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Минут до статуса «Отошёл»</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>Статус «&amp;Отошёл» через:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Минут до статуса «Недоступен»</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>Статус «&amp;Недоступен» через:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Не менять сообщение о статусе</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Ставить статус «Отошёл», когда все окна &amp;закрыты (если Messenger работает как фоновая служба)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Если Messenger работает как фоновая служба (%1) и все подключённые к ней окна закрыты, ваш статус меняется на «Отошёл» и возвращается, когда окно снова открывается. Без фоновой службы у Messenger всегда есть окно, поэтому этот параметр ни на что не влияет.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>&amp;Уведомлять о новых сообщениях</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Показывать &amp;текст сообщения в уведомлениях</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>Сообщения хранятся бессрочно.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> мин</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>Запускать &amp;вместе с сеансом рабочего стола</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>&amp;Сообщение при отсутствии:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>Не удалось изменить параметр автозапуска: %1</translation>
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
        <translation>Переименовать контакт</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Готов поболтать</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Ваш статус</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Сообщение о статусе</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Сообщение о статусе: нажмите Enter, чтобы установить его</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Автоматический статус</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Установлен автоматически, так как вас нет за компьютером.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Запрос авторизации</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 хочет видеть, когда вы в сети (учётная запись %2).</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Сообщение от контакта</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Одобрить и &amp;добавить</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>Отк&amp;лонить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
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
            <numerusform>%Ln непрочитанное сообщение</numerusform>
            <numerusform>%Ln непрочитанных сообщения</numerusform>
            <numerusform>%Ln непрочитанных сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>&amp;Показать список контактов</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>&amp;Скрыть список контактов</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Готов поболтать</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>Не удалось открыть чат с %1.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger открывает только ссылки xmpp: и mailto:.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Ссылка слишком длинная.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>Неверный формат ссылки.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>В ссылке не указан адрес.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>В ссылке указан недопустимый адрес (нужен вид user@host).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>Ссылка указывает на одно из устройств контакта. Открыть можно только адреса вида user@host.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>Ссылка указывает на сервер, а не на контакт (user@host).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>В ссылке указано несколько адресов, а у чата адрес один.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>Ссылка приглашает вас в групповой чат. Messenger пока не поддерживает групповые чаты.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Нет включённой учётной записи XMPP, чтобы открыть чат. Сначала добавьте её (Messenger → Добавить учётную запись).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Нет включённой учётной записи электронной почты, чтобы открыть чат. Сначала добавьте её (Messenger → Добавить учётную запись).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>Ссылка требует учётную запись %1, которая здесь не настроена.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Не удаётся открыть ссылку</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
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
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Введите адрес в виде name@example.org.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>Ваша учётная запись электронной почты</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Введите адрес в виде name@example.org.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>Какая сеть?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;Электронная почта (чат через IMAP и SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Д&amp;оверять этому сертификату</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Подключено. Учётная запись готова.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Попытки подключения продолжаются.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Вернитесь назад, чтобы изменить данные, или отмените.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Перед тем как доверять сертификату, сравните этот отпечаток SHA-256 с тем, который публикует администратор сервера:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Добро пожаловать в Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Добавьте учётную запись XMPP или электронной почты, чтобы начать общение.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>Открывает диалог добавления учётной записи XMPP или электронной почты</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>Ваша учётная запись XMPP</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>&amp;Создать эту учётную запись на сервере</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>Показать дополнительные пара&amp;метры</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Определяется автоматически</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>Пр&amp;ямой TLS (без STARTTLS)</translation>
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
