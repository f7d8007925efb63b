<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Edytuj konto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Wyświetlana nazwa</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Włączone</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Wyświetlana &amp;nazwa:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nowe &amp;hasło:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Host serwera</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port serwera</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>&amp;Bezpośredni TLS (bez STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Zasób</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Hos&amp;t serwera:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>P&amp;ort serwera:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>Za&amp;sób:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>&amp;Usuń konto…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>Usunąć konto %1 z aplikacji Messenger?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>Kontakty tego konta pozostaną na serwerze. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Usuń także lokalną &amp;historię</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>%Ln kolejna prośba o autoryzację</numerusform>
            <numerusform>%Ln kolejne prośby o autoryzację</numerusform>
            <numerusform>%Ln kolejnych próśb o autoryzację</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Wpisz hasło…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Sprawdź certyfikat…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Połącz ponownie</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Edytuj konto…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>Konto %1 nie jest połączone</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 chce widzieć twój status</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Sprawdź…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Sprawdź następną…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Połączenie nie powiodło się (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Szczegóły: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>Serwer nie zaakceptował adresu lub hasła.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>Konto nie ma hasła.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>Nie znaleziono serwera.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Serwer jest nieosiągalny.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Certyfikat serwera nie jest zaufany.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Serwer nie oferuje szyfrowanego połączenia.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Serwer odrzucił żądanie.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>To konto już istnieje lub używa go inny klient.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serwer nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Ta sieć nie jest jeszcze obsługiwana.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>Dane konta są nieprawidłowe.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>Zachować konto?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>Konto %1 jeszcze się nie połączyło.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>Zachować je jako wyłączone, aby poprawić je później, czy usunąć?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>&amp;Zachowaj wyłączone</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Dodaj kontakt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nazwa@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Bez grupy</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>Żadne połączone konto nie może teraz dodawać kontaktów.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Wpisz adres kontaktu.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>To nie jest prawidłowy adres. Wpisz go w postaci nazwa@example.org.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>Nie można podłączyć się do rdzenia</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Ten komputer nie jest sparowany z rdzeniem pod adresem %1.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>Na komputerze rdzenia wystaw poświadczenie dla tego komputera (%1), a następnie wykonaj parowanie tutaj: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 nie jest adresem rdzenia.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Wpisz adres w postaci HOST:PORT, na przykład home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>Rdzeń pod adresem %1 nie odpowiedział przez szyfrowane połączenie.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger łączy się z rdzeniem na innym komputerze tylko przez szyfrowane połączenie. Sprawdź adres i port.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>Certyfikat rdzenia pod adresem %1 uległ zmianie.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Ktoś może przechwytywać połączenie. Jeśli rdzeń został ponownie skonfigurowany, sparuj go ponownie, używając odcisku, który teraz wyświetla.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>Rdzeń pod adresem %1 nie zaakceptował poświadczenia tego komputera.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>Poświadczenie mogło zostać unieważnione. Wystaw nowe na komputerze rdzenia i ponownie wykonaj parowanie.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>Dla tego profilu nie działa żaden rdzeń.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Najpierw uruchom go poleceniem %1 albo uruchom Messenger bez %2, aby rdzeń działał w tym oknie.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>Rdzeń tego profilu nie odpowiada.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Mógł się zatrzymać lub być zajęty. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>Rdzeń tego profilu odrzucił połączenie.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>Przyczyna jest podana w szczegółach.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>Rdzeń tego profilu nie może współpracować z tą wersją aplikacji Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Uruchom tę samą wersję aplikacji Messenger co rdzeń.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Messenger nie mógł podłączyć się do rdzenia tego profilu.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>Rdzeń pod adresem %1 nie odpowiada.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Sprawdź, czy rdzeń tam działa oraz czy sieć i jej zapora pozwalają temu komputerowi się z nim połączyć.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>Rdzeń pod adresem %1 odrzucił połączenie.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>Program pod adresem %1 nie jest rdzeniem, z którym ta wersja aplikacji Messenger może współpracować.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Sprawdź adres i uruchom tę samą wersję aplikacji Messenger na obu komputerach.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Messenger nie mógł podłączyć się do rdzenia pod adresem %1.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Zablokowane kontakty</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Zablokowane adresy</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nazwa@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Adres do zablokowania</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>To nie jest prawidłowy adres. Wpisz go w postaci nazwa@example.org.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>Nie udało się ustawić statusu</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>Nie udało się zapisać statusu</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Nie udało się zapisać ustawienia</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Brak kont</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Niezaufany certyfikat</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Zaufaj temu certyfikatowi</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>Serwer konta %1 przedstawił certyfikat, który nie jest zaufany. Ktoś może podsłuchiwać połączenie. Zaufaj mu tylko wtedy, gdy jego odcisk jest taki sam jak ten opublikowany przez administratora serwera.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nieznany)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Odcisk SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Odcisk SHA-256:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Szczegóły:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Następna karta</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Poprzednia karta</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Zamknij kartę</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Edytujesz ostatnią wiadomość. Naciśnij Esc, aby anulować.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Błąd wysyłania</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Napisz wiadomość…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter wysyła, Shift+Enter zaczyna nowy wiersz</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>Nie udało się zablokować %1</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>Nie udało się odblokować %1</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>Nie udało się wysłać prośby do %1</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>Nie udało się zaakceptować prośby od %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>Nie udało się usunąć %1</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>Usunąć %1 z kontaktów?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Ten kontakt nie będzie już widzieć twojego statusu.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>Nie udało się połączyć konta %1</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Oczekuje na akceptację</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Chce widzieć twój status</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Czat grupowy</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Nazwa kontaktu</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Adres kontaktu</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Opis statusu</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Pisanie</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Czat grupowy</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 pisze…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 przestał(a) pisać</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Chętny do rozmowy</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Nieobecny</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Dostępny</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Zaraz wracam</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nie przeszkadzać</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Rozłączony</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>Informacje o kontakcie</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Awatar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan wczytywania</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Zasób</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Czas lokalny</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Bezczynny od</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Połączeni klienci</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Pseudonim:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Strona WWW:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organizacja:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Urodziny:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Rozmowa</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;Informacje</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Przenieś do grupy…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>Poproś ponownie o &amp;autoryzację</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>Zaak&amp;ceptuj prośbę o autoryzację</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Działania na kontakcie</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln nieprzeczytana wiadomość</numerusform>
            <numerusform>%Ln nieprzeczytane wiadomości</numerusform>
            <numerusform>%Ln nieprzeczytanych wiadomości</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1, połączonych: %2 z %3</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Czat grupowy</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Wyszukiwanie starszych wiadomości…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>Brak starszych wyników</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Brak wyników</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>Brak nowszych wyników</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Folder czatu</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>Pokazuj &amp;klasyczne e-maile od kontaktów</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>Wysyłaj &amp;potwierdzenia odczytu</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Zaufane certyfikaty</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>&amp;Zapomnij %Ln zaufany certyfikat</numerusform>
            <numerusform>&amp;Zapomnij %Ln zaufane certyfikaty</numerusform>
            <numerusform>&amp;Zapomnij %Ln zaufanych certyfikatów</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>&amp;Folder czatu:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Zaufane certyfikaty:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Wpisz nazwę folderu czatu.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>Folderem czatu nie może być INBOX, a jego nazwa nie może zawierać znaków *, %, cudzysłowów, ukośników wstecznych ani znaków sterujących.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Serwer nie zaakceptował hasła.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Dla tego konta nie zapisano hasła.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>Nie znaleziono serwera. Sprawdź adres i ustawienia połączenia.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Serwer jest nieosiągalny. Sprawdź połączenie z internetem.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>Certyfikat serwera nie jest zaufany, więc połączenie może nie być prywatne.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Serwer nie oferuje szyfrowanego połączenia.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Serwer odrzucił połączenie.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>Na konto zalogowano się z innego miejsca przy użyciu tego samego zasobu.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serwer nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Serwer zgłosił błąd.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Ta wersja aplikacji Messenger nie obsługuje tego typu kont.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Utracono połączenie.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>Serwer nie obsługuje wymaganych funkcji.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>Nie znaleziono konta.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>Ustawienia konta są nieprawidłowe.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Wystąpił błąd wewnętrzny aplikacji Messenger.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>Nie udało się połączyć konta.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Konto nie jest połączone.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>Serwer konta tego nie obsługuje.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>To już nie istnieje.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Wprowadzone dane są nieprawidłowe.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>To już istnieje.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Serwer odmówił.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Znajdź w rozmowie</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Poprzedni (starszy) wynik</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Następny (nowszy) wynik</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Wynik wyszukiwania</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Zamknij pasek wyszukiwania</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
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
        <translation>Historia</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Szukaj w wiadomościach</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Wszystkie kontakty</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Wczytaj &amp;więcej</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Wiadomość w kontekście</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Wyszukiwanie nie powiodło się.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Nie znaleziono wiadomości.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>Znaleziono %Ln wiadomość</numerusform>
            <numerusform>Znaleziono %Ln wiadomości</numerusform>
            <numerusform>Znaleziono %Ln wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ja</translation>
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
        <translation>Brak (bez szyfrowania)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Zabezpieczenia:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Poczta przychodząca (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serwer IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Zabezpieczenia IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nazwa użytkownika IMAP</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Poczta wychodząca (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serwer SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Zabezpieczenia SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nazwa użytkownika SMTP</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Wpisz serwer poczty przychodzącej (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Wpisz serwer poczty wychodzącej (SMTP).</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>Serwer poczty przychodzącej (IMAP) nie jest nazwą hosta ani adresem.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>Serwer poczty wychodzącej (SMTP) nie jest nazwą hosta ani adresem.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Zezwól na połączenie nieszyfrowane (tylko z serwerem na tym komputerze lub w sieci lokalnej)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Ustawienia serwera</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Bez szyfrowania każdy po drodze może odczytać twoje hasło i wiadomości. Wybierz TLS lub STARTTLS albo zezwól na połączenie nieszyfrowane, jeśli serwer jest na tym komputerze lub w sieci lokalnej.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>Serwery ustalono na podstawie adresu.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>Przychodząca: %1, port %2, %3. Wychodząca: %4, port %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 nie wygląda na serwer na tym komputerze ani w sieci lokalnej: hasło i wiadomości byłyby przesyłane przez internet bez szyfrowania.</translation>
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
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>&amp;Edytuj konto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakty</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Dodaj &amp;kontakt…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>Nowy czat &amp;grupowy…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>Za&amp;blokowane kontakty…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Pokazuj &amp;rozłączone kontakty</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>Sortuj według &amp;statusu</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Sortuj według &amp;nazwy</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>&amp;Znajdź kontakt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>&amp;O aplikacji Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Ostrzeżenie o przechowywaniu haseł</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Szukaj kontaktów</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — podłączony do %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — podłączony do lokalnego rdzenia</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>Hasła nie są zapisywane. %1 Są przechowywane w pamięci do zamknięcia aplikacji.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Systemowa baza kluczy jest niedostępna.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>Rdzeń jest nieosiągalny, ponowne łączenie…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>Nie można połączyć się z rdzeniem: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>O aplikacji Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Komunikator internetowy na komputery stacjonarne obsługujący XMPP i czat przez e-mail.
Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub późniejszej.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Nowe wiadomości</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>edytowano %1</translation>
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
        <translation>Edytowano</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczono</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Przeczytano</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>nieznany błąd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>Konto nie jest połączone. Spróbuj ponownie, gdy się połączy.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>To konto tego nie obsługuje.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>Wiadomość lub jej konto już nie istnieje.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>Wiadomość jest pusta lub za długa.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serwer nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>Nie udało się (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Kopiuj tekst</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiuj %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Przenieś do grupy</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Przenieś</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>Przenieś %1 do grupy:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Kontakty (bez grupy)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>Nowy czat grupowy</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>&amp;Rozpocznij czat grupowy</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nazwa grupy</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nazwa grupy</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Członkowie:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Inni:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>Żadne połączone konto nie może teraz rozpocząć czatu grupowego.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Szukaj kontaktów</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Kontakty do dodania do grupy</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>nazwa@example.org, inny@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Adresy pozostałych członków</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Adresy członków, których nie ma w kontaktach.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 nie jest prawidłowym adresem. Wpisz adresy w postaci nazwa@example.org, oddzielone przecinkami lub spacjami.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Te adresy są nieprawidłowe: %1. Wpisz adresy w postaci nazwa@example.org, oddzielone przecinkami lub spacjami.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>Wybierz co najmniej jednego członka lub wpisz adres.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Wpisz nazwę grupy.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>Komunikaty</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>Otwórz rozmowę</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln nowa wiadomość</numerusform>
            <numerusform>%Ln nowe wiadomości</numerusform>
            <numerusform>%Ln nowych wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln nowa wiadomość. Najnowsza: %1</numerusform>
            <numerusform>%Ln nowe wiadomości. Najnowsza: %1</numerusform>
            <numerusform>%Ln nowych wiadomości. Najnowsza: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Wpisz hasło</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Wpisz hasło do konta %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Domyślny systemowy</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Karty w jednym oknie</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Osobne okno dla każdej rozmowy</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>&amp;Otwieranie rozmów:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Pokazuj &amp;rozłączone kontakty</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>Uruchamiaj &amp;w zasobniku systemowym</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Gdy nie ma mnie przy komputerze</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Minuty do statusu „Zaraz wracam”</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>Ustaw „&amp;Zaraz wracam” po:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Minuty do statusu „Nieobecny”</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>Ustaw „&amp;Nieobecny” po:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Zachowaj bieżący opis</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Ustawiaj „Zaraz wracam”, gdy nie jest otwarte żadne o&amp;kno (jeśli Messenger działa jako usługa w tle)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Gdy Messenger działa jako usługa w tle (%1) i wszystkie podłączone do niego okna zostaną zamknięte, twój status zmienia się na „Zaraz wracam”, a po ponownym otwarciu okna wraca do poprzedniego. Bez usługi w tle Messenger zawsze ma swoje okno, więc ta opcja niczego nie zmienia.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>&amp;Powiadamiaj o nowych wiadomościach</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Pokazuj &amp;treść wiadomości w powiadomieniach</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>Wiadomości są przechowywane bezterminowo.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>Uruchamiaj razem z &amp;sesją pulpitu</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>Op&amp;is nieobecności:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>Nie udało się zmienić wpisu autostartu: %1</translation>
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
        <translation>Zmień nazwę kontaktu</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>Dostępny</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Chętny do rozmowy</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Zaraz wracam</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Nieobecny</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nie przeszkadzać</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Rozłączony</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Twój status</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Opis statusu</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Opis statusu: naciśnij Enter, aby go ustawić</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Status automatyczny</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Ustawiony automatycznie, ponieważ nie ma cię przy komputerze.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Prośba o autoryzację</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 chce widzieć twój status na koncie %2.</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Dołączona wiadomość</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Zaakceptuj</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Zaakceptuj i &amp;dodaj</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Później</translation>
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
            <numerusform>%Ln nieprzeczytana wiadomość</numerusform>
            <numerusform>%Ln nieprzeczytane wiadomości</numerusform>
            <numerusform>%Ln nieprzeczytanych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>&amp;Pokaż listę kontaktów</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>&amp;Ukryj listę kontaktów</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Chętny do rozmowy</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Dostępny</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Zaraz wracam</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Nieobecny</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nie przeszkadzać</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Rozłączony</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>Nie udało się otworzyć rozmowy z %1.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger otwiera tylko odnośniki xmpp: i mailto:.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Odnośnik jest za długi.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>Odnośnik ma nieprawidłowy format.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>Odnośnik nie zawiera adresu.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>Odnośnik nie zawiera prawidłowego adresu (użytkownik@host).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>Odnośnik wskazuje jedno urządzenie kontaktu. Można otwierać tylko adresy w postaci użytkownik@host.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>Odnośnik wskazuje serwer, a nie kontakt (użytkownik@host).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>Odnośnik zawiera kilka adresów, a rozmowa ma tylko jeden.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>Odnośnik zaprasza do czatu grupowego. Messenger nie obsługuje jeszcze czatów grupowych.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Brak włączonego konta XMPP, na którym można otworzyć rozmowę. Najpierw dodaj konto (Messenger, Dodaj konto).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Brak włączonego konta e-mail, na którym można otworzyć rozmowę. Najpierw dodaj konto (Messenger, Dodaj konto).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>Odnośnik wymaga konta %1, które nie jest tu skonfigurowane.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Nie można otworzyć odnośnika</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>name@example.org</source>
        <translation>nazwa@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Wpisz adres w postaci nazwa@example.org.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>Twoje konto e-mail</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Wpisz adres w postaci nazwa@example.org.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>Która sieć?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;E-mail (czat przez IMAP i SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Test połączenia</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Stan połączenia</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Łączenie</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Zaufaj temu certyfikatowi</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Połączono. Konto jest gotowe.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Trwają dalsze próby.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Wróć, aby zmienić dane, lub anuluj.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Zanim zaufasz, porównaj ten odcisk SHA-256 z odciskiem publikowanym przez administratora serwera:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Witamy w aplikacji Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Dodaj konto XMPP lub e-mail, aby zacząć rozmawiać.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>Otwiera okno dodawania konta XMPP lub e-mail</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>Twoje konto XMPP</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>&amp;Utwórz to konto na serwerze</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>Pokaż ustawienia &amp;zaawansowane</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Wykrywany automatycznie</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>&amp;Bezpośredni TLS (bez STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rwer:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>Za&amp;sób:</translation>
    </message>
</context>
</TS>
