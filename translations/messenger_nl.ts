<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Account bewerken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Ingeschakeld</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Weergave&amp;naam:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nieuw &amp;wachtwoord:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Serverhost</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Serverpoort</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>&amp;Direct TLS (geen STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Server&amp;host:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>Server&amp;poort:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Account &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>Het account %1 uit Messenger verwijderen?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>De contacten blijven op de server bewaard. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Ook de lokale &amp;geschiedenis verwijderen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>Nog %Ln contactverzoek</numerusform>
            <numerusform>Nog %Ln contactverzoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Wachtwoord invoeren…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Certificaat controleren…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Opnieuw verbinden</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Account bewerken…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 is niet verbonden</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 vraagt om je status te zien</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Bekijken…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Volgende bekijken…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>De verbinding is mislukt (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Details: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>De server heeft het adres of het wachtwoord niet geaccepteerd.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>Het account heeft geen wachtwoord.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>De server is niet gevonden.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>De server is niet bereikbaar.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>De server biedt geen versleutelde verbinding aan.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>De server heeft het verzoek geweigerd.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>Dit account bestaat al, of een andere client gebruikt het.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>De server heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Dit netwerk wordt nog niet ondersteund.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>De accountgegevens zijn ongeldig.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>Account behouden?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>Het account %1 heeft nog geen verbinding gemaakt.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>Uitgeschakeld behouden om het later te herstellen, of verwijderen?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>Uitgeschakeld &amp;behouden</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Contact toevoegen</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Contact &amp;toevoegen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>naam@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Geen groep</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>Er is nu geen verbonden account dat contacten kan toevoegen.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Voer het adres van het contact in.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Dit is geen geldig adres. Voer het in als naam@example.org.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>Kan geen verbinding maken met de kern</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Deze computer is niet gekoppeld aan de kern op %1.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>Maak op de computer van de kern toegangsgegevens aan voor deze computer (%1) en koppel daarna hier: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 is geen adres van een kern.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Voer het adres in als HOST:POORT, bijvoorbeeld home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>De kern op %1 heeft niet geantwoord met een versleutelde verbinding.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger maakt alleen via een versleutelde verbinding contact met een kern op een andere computer. Controleer het adres en de poort.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>Het certificaat van de kern op %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Mogelijk onderschept iemand de verbinding. Als de kern opnieuw is ingesteld, koppel dan opnieuw met de vingerafdruk die hij nu toont.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>De kern op %1 heeft de toegangsgegevens van deze computer niet geaccepteerd.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>De toegangsgegevens zijn mogelijk ingetrokken. Maak nieuwe aan op de computer van de kern en koppel opnieuw.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>Er draait geen kern voor dit profiel.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Start de kern eerst met %1, of start Messenger zonder %2 om de kern in dit venster uit te voeren.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>De kern van dit profiel antwoordt niet.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Mogelijk is hij gestopt of bezet. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>De kern van dit profiel heeft de verbinding geweigerd.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>De details vermelden de reden.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>De kern van dit profiel werkt niet met deze versie van Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Start dezelfde versie van Messenger als die van de kern.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Messenger kon geen verbinding maken met de kern van dit profiel.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>De kern op %1 antwoordt niet.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Controleer of de kern daar draait en of het netwerk en de firewall ervan deze computer toegang geven.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>De kern op %1 heeft de verbinding geweigerd.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>Het programma op %1 is geen kern waarmee deze versie van Messenger kan werken.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Controleer het adres en gebruik op beide computers dezelfde versie van Messenger.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Messenger kon geen verbinding maken met de kern op %1.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Geblokkeerde contacten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Geblokkeerde adressen</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Deblokkeren</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>naam@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Te blokkeren adres</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blokkeren</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Dit is geen geldig adres. Voer het in als naam@example.org.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>Je status kon niet worden ingesteld</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>Je status kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>De instelling kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Geen accounts</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Niet-vertrouwd certificaat</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Dit &amp;certificaat vertrouwen</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>De server van %1 heeft een certificaat aangeboden dat niet wordt vertrouwd. Mogelijk luistert iemand mee. Vertrouw het alleen als de vingerafdruk overeenkomt met die welke de beheerder van je server heeft gepubliceerd.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-vingerafdruk:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Volgend tabblad</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>V&amp;orig tabblad</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Je laatste bericht wordt bewerkt. Druk op Esc om te annuleren.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Verzendfout</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Typ een bericht…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter verstuurt, Shift+Enter begint een nieuwe regel</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>%1 kon niet worden geblokkeerd</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>%1 kon niet worden gedeblokkeerd</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>Het verzoek aan %1 kon niet worden verzonden</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>Het verzoek van %1 kon niet worden goedgekeurd</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 kon niet worden verwijderd</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>%1 uit je contacten verwijderen?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Dit contact ziet je status dan niet meer.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>%1 kon geen verbinding maken</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Vraagt om je status te zien</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Groepschat</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Contactnaam</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Contactadres</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typindicator</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Groepschat</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 is aan het typen…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 is gestopt met typen</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Vrij om te chatten</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Langdurig afwezig</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Niet storen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>Contactinformatie</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Lokale tijd</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Inactief sinds</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Verbonden clients</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Volledige naam:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Bijnaam:</translation>
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
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Geboortedatum:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chatten</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;Informatie</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>Naar &amp;groep verplaatsen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blokkeren</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Deblokkeren</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>Opnieuw om &amp;autorisatie vragen</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>Autorisatieverzoek goed&amp;keuren</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Contactacties</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln ongelezen bericht</numerusform>
            <numerusform>%Ln ongelezen berichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1, %2 van %3 online</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Groepschat</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Oudere berichten worden doorzocht…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>Geen oudere resultaten</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Geen resultaten</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>Geen nieuwere resultaten</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Chatmap</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>&amp;Klassieke e-mails van contacten tonen</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>&amp;Leesbevestigingen versturen</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrouwde certificaten</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>%Ln vertrouwd certificaat ver&amp;geten</numerusform>
            <numerusform>%Ln vertrouwde certificaten ver&amp;geten</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>C&amp;hatmap:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Vertrouwde certificaten:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Voer de naam van de chatmap in.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>De chatmap mag niet INBOX zijn, en de naam mag geen *, %, aanhalingstekens, backslashes of stuurtekens bevatten.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>De server heeft het wachtwoord niet geaccepteerd.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Er is geen wachtwoord opgeslagen voor dit account.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>De server is niet gevonden. Controleer het adres en de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>De server is niet bereikbaar. Controleer je internetverbinding.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd, dus de verbinding is mogelijk niet privé.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>De server biedt geen versleutelde verbinding aan.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>De server heeft de verbinding geweigerd.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>Het account is elders aangemeld met dezelfde resource.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>De server heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>De server heeft een fout gemeld.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Deze versie van Messenger ondersteunt dit type account niet.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>De verbinding is verbroken.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>De server ondersteunt de benodigde functies niet.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>Het account is niet gevonden.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>De accountinstellingen zijn ongeldig.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Er is iets misgegaan in Messenger.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>Het account kon geen verbinding maken.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Het account is niet verbonden.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>De server van het account ondersteunt dit niet.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>Het bestaat niet meer.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>De invoer is ongeldig.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Het bestaat al.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>De server heeft het geweigerd.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Zoeken in gesprek</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Vorig (ouder) resultaat</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Volgend (nieuwer) resultaat</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Zoekresultaat</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
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
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Berichten doorzoeken</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle accounts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle contacten</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Meer laden</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Bericht in context</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Het zoeken is mislukt.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Geen berichten gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln bericht gevonden</numerusform>
            <numerusform>%Ln berichten gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ik</translation>
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
        <translation>Geen (onversleuteld)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Het adres</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Beveiliging:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Inkomende e-mail (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-server</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP-poort</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>IMAP-beveiliging</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>IMAP-gebruikersnaam</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Uitgaande e-mail (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-poort</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-beveiliging</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP-gebruikersnaam</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Voer de server voor inkomende e-mail (IMAP) in.</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Voer de server voor uitgaande e-mail (SMTP) in.</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>De server voor inkomende e-mail (IMAP) is geen hostnaam of adres.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>De server voor uitgaande e-mail (SMTP) is geen hostnaam of adres.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Onversleutelde verbinding toestaan (alleen voor een server op deze computer of in je lokale netwerk)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Serverinstellingen</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Zonder versleuteling kan iedereen onderweg je wachtwoord en berichten lezen. Kies TLS of STARTTLS, of sta de onversleutelde verbinding toe als de server op deze computer of in je lokale netwerk staat.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>De servers zijn afgeleid van je adres.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>Inkomend: %1, poort %2, %3. Uitgaand: %4, poort %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 lijkt geen server op deze computer of in je lokale netwerk te zijn: je wachtwoord en berichten zouden onversleuteld over het internet gaan.</translation>
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
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>Account &amp;bewerken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>&amp;Contact toevoegen…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>Nieuwe g&amp;roepschat…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>&amp;Geblokkeerde contacten…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Offline contacten tonen</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>Sorteren op &amp;status</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Sorteren op &amp;naam</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>Contact &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>&amp;Over Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Waarschuwing over wachtwoordopslag</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Contacten zoeken</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — verbonden met %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — verbonden met de lokale kern</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>Wachtwoorden worden niet opgeslagen. %1 Ze blijven in het geheugen tot je Messenger afsluit.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Er is geen systeemsleutelbos beschikbaar.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>Kern onbereikbaar, opnieuw verbinden…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>Kan de kern niet bereiken: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>Over Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Een desktop-chatprogramma voor XMPP en chatten via e-mail.
Vrije software onder de GNU General Public License, versie 3 of later.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Nieuwe berichten</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bewerkt %1</translation>
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
        <translation>Bewerkt</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wordt verzonden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verzonden: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>Het account is niet verbonden. Probeer het opnieuw zodra het online is.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>Dit account kan dat niet.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>Het bericht of het bijbehorende account bestaat niet meer.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>Het bericht is leeg of te lang.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>De server heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>Dat is niet gelukt (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Naar groep verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>%1 naar de groep verplaatsen:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Contacten (geen groep)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>Nieuwe groepschat</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>Groepschat &amp;starten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Groepsnaam</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Leden:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Overige:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>Er is nu geen verbonden account dat een groepschat kan starten.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Contacten zoeken</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Contacten om aan de groep toe te voegen</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>naam@example.org, ander@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Adressen van overige leden</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Adressen van leden die niet in je contacten staan.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 is geen geldig adres. Voer adressen in als naam@example.org, gescheiden door komma&apos;s of spaties.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Dit zijn geen geldige adressen: %1. Voer adressen in als naam@example.org, gescheiden door komma&apos;s of spaties.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>Kies ten minste één lid, of voer een adres in.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Voer een naam voor de groep in.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>Mededelingen</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>Chat openen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln nieuw bericht</numerusform>
            <numerusform>%Ln nieuwe berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln nieuw bericht: %1</numerusform>
            <numerusform>%Ln nieuwe berichten. Het nieuwste: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Wachtwoord invoeren</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Voer het wachtwoord van %1 in.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Voer het wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Tabbladen in één venster</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Een venster per chat</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>&amp;Chats openen in:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Offline contacten tonen</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>&amp;Geminimaliseerd in het systeemvak starten</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Als ik niet achter de computer zit</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Minuten tot afwezig</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>Op &amp;afwezig zetten na:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Minuten tot langdurig afwezig</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>Op &amp;langdurig afwezig zetten na:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Mijn statusbericht behouden</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Op afwezig zetten wanneer geen &amp;venster open is (als Messenger als achtergronddienst draait)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Wanneer Messenger als achtergronddienst draait (%1) en alle vensters die ermee verbonden zijn, gesloten zijn, krijg je de status afwezig; zodra er weer een venster opent, wordt je vorige status hersteld. Zonder achtergronddienst heeft Messenger altijd een venster, dus dan verandert deze optie niets.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>&amp;Melding geven bij nieuwe berichten</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Berichte&amp;ntekst in meldingen tonen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>Berichten worden voor altijd bewaard.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>Met de &amp;desktopsessie starten</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>Afwezigheids&amp;bericht:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>Kan de autostartvermelding niet wijzigen: %1</translation>
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
        <translation>Contact hernoemen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Hernoemen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Vrij om te chatten</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Langdurig afwezig</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Niet storen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Je status</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Statusbericht: druk op Enter om het in te stellen</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Automatische status</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Automatisch ingesteld omdat je niet achter de computer zit.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Contactverzoek</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 wil zien wanneer je online bent met je account %2.</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Bericht van het contact</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Goedkeuren en &amp;toevoegen</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>&amp;Weigeren</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
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
            <numerusform>%Ln ongelezen bericht</numerusform>
            <numerusform>%Ln ongelezen berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>Contactenlijst &amp;tonen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>Contactenlijst &amp;verbergen</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Vrij om te chatten</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Langdurig afwezig</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Niet storen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>De chat met %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger opent alleen xmpp:- en mailto:-links.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>De link is te lang.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>De link is ongeldig.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>De link bevat geen adres.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>De link bevat geen geldig adres (gebruiker@host).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>De link verwijst naar één apparaat van een contact. Alleen adressen in de vorm gebruiker@host kunnen worden geopend.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>De link verwijst naar een server, niet naar een contact (gebruiker@host).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>De link bevat meerdere adressen; een chat heeft er maar één.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>De link nodigt je uit voor een groepschat. Messenger ondersteunt nog geen groepschats.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Er is geen ingeschakeld XMPP-account om de chat mee te openen. Voeg er eerst een toe (Messenger, Account toevoegen).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Er is geen ingeschakeld e-mailaccount om de chat mee te openen. Voeg er eerst een toe (Messenger, Account toevoegen).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>De link vraagt om het account %1, dat hier niet is ingesteld.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Kan de link niet openen</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>name@example.org</source>
        <translation>naam@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Voer het adres in als naam@example.org.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Voer het wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>Je e-mailaccount</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Voer het adres in als naam@example.org.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>Welk netwerk?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;E-mail (chatten via IMAP en SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Verbindingstest</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindingsstatus</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Dit &amp;certificaat vertrouwen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Verbonden. Het account is klaar voor gebruik.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Er wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Ga terug om de gegevens te wijzigen, of annuleer.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Vergelijk deze SHA-256-vingerafdruk met die welke de beheerder van de server publiceert, voordat je hem vertrouwt:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Welkom bij Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Voeg een XMPP- of e-mailaccount toe om te beginnen met chatten.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>Opent een dialoogvenster om een XMPP- of e-mailaccount toe te voegen</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>Je XMPP-account</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>Dit account op de server &amp;aanmaken</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>&amp;Geavanceerde instellingen tonen</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Automatisch gevonden</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>&amp;Direct TLS (geen STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Resource:</translation>
    </message>
</context>
</TS>
