<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>&amp;Direktes TLS (kein STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Server-&amp;Host:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>Server-P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Konto ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>Das Konto %1 aus Messenger entfernen?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>Die Kontakte bleiben auf dem Server erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Auch den lokalen &amp;Verlauf löschen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>%Ln weitere Kontaktanfrage</numerusform>
            <numerusform>%Ln weitere Kontaktanfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Konto bearbeiten…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 bittet um Autorisierung</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Nächste prüfen…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Die Verbindung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Details: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>Der Server hat die Adresse oder das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>Für das Konto ist kein Passwort festgelegt.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>Der Server wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Der Server bietet keine verschlüsselte Verbindung an.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>Dieses Konto existiert bereits oder wird von einem anderen Client verwendet.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Dieses Netzwerk wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>Die Kontodaten sind ungültig.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>Konto behalten?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>Das Konto %1 hat sich noch nicht verbunden.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>Deaktiviert behalten, um es später zu korrigieren, oder entfernen?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>Deaktiviert &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Kontakt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>Derzeit kann kein verbundenes Konto Kontakte hinzufügen.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Die Adresse des Kontakts eingeben.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Dies ist keine gültige Adresse. Im Format name@example.org eingeben.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>Verbindung mit dem Kern nicht möglich</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Dieser Computer ist nicht mit dem Kern unter %1 gekoppelt.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>Auf dem Computer des Kerns Zugangsdaten für diesen Computer ausstellen (%1), dann hier koppeln: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 ist nicht die Adresse eines Kerns.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Die Adresse im Format HOST:PORT eingeben, zum Beispiel home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>Der Kern unter %1 hat nicht mit einer verschlüsselten Verbindung geantwortet.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger verbindet sich mit einem Kern auf einem anderen Computer nur über eine verschlüsselte Verbindung. Bitte Adresse und Port prüfen.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>Das Zertifikat des Kerns unter %1 hat sich geändert.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Möglicherweise wird die Verbindung abgefangen. Falls der Kern neu eingerichtet wurde, erneut mit dem Fingerabdruck koppeln, den er jetzt anzeigt.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>Der Kern unter %1 hat die Zugangsdaten dieses Computers nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>Die Zugangsdaten wurden möglicherweise widerrufen. Auf dem Computer des Kerns neue ausstellen und erneut koppeln.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>Für dieses Profil läuft kein Kern.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Den Kern zuerst mit %1 starten oder Messenger ohne %2 starten, damit der Kern in diesem Fenster läuft.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>Der Kern dieses Profils antwortet nicht.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Möglicherweise wurde er beendet oder ist ausgelastet. In Kürze erneut versuchen.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>Der Kern dieses Profils hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>Der Grund steht in den Details.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>Der Kern dieses Profils funktioniert nicht mit dieser Version von Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Dieselbe Version von Messenger starten, die auch der Kern verwendet.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Messenger konnte sich nicht mit dem Kern dieses Profils verbinden.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>Der Kern unter %1 antwortet nicht.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Bitte prüfen, ob der Kern dort läuft und ob das Netzwerk und dessen Firewall diesem Computer den Zugriff darauf erlauben.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>Der Kern unter %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>Das Programm unter %1 ist kein Kern, mit dem diese Version von Messenger arbeiten kann.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Bitte die Adresse prüfen und auf beiden Computern dieselbe Version von Messenger ausführen.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Messenger konnte sich nicht mit dem Kern unter %1 verbinden.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Blockierte Kontakte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Blockierte Adressen</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Blockierung &amp;aufheben</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Zu blockierende Adresse</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Dies ist keine gültige Adresse. Im Format name@example.org eingeben.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>Der Status konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>Der Status konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Die Einstellung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Keine Konten</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>Der Server von %1 hat ein nicht vertrauenswürdiges Zertifikat vorgelegt. Möglicherweise wird die Verbindung abgehört. Nur vertrauen, wenn sein Fingerabdruck mit dem vom Serverbetreiber veröffentlichten übereinstimmt.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
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
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
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
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Die letzte Nachricht wird bearbeitet. Mit Esc abbrechen.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Sendefehler</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>%1 konnte nicht blockiert werden</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>Die Blockierung von %1 konnte nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>Die Anfrage an %1 konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>Die Anfrage von %1 konnte nicht angenommen werden</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>%1 aus den Kontakten entfernen?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Der Kontakt kann den Status dann nicht mehr sehen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>%1 konnte sich nicht verbinden</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Autorisierung</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Bittet um Autorisierung</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Gruppenchat</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Kontaktadresse</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusnachricht</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabestatus</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Gruppenchat</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 hat aufgehört zu schreiben</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Frei zum Chatten</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
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
        <translation>Kontaktinformationen</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Inaktiv seit</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Verbundene Clients</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Spitzname:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Geburtstag:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
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
        <translation>&amp;Informationen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>In Gruppe &amp;verschieben…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Blockierung &amp;aufheben</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>Autorisierung erneut an&amp;fordern</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>Autorisierungsanfrage a&amp;nnehmen</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Kontaktaktionen</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln ungelesene Nachricht</numerusform>
            <numerusform>%Ln ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1, %2 von %3 online</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Gruppenchat</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Ältere Nachrichten werden durchsucht…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>Keine älteren Treffer</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>Keine neueren Treffer</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Chat-Ordner</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>&amp;Klassische E-Mails von Kontakten anzeigen</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>&amp;Lesebestätigungen senden</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>%Ln vertrauenswürdiges Zertifikat &amp;vergessen</numerusform>
            <numerusform>%Ln vertrauenswürdige Zertifikate &amp;vergessen</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>C&amp;hat-Ordner:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Vertrauenswürdige Zertifikate:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Den Namen des Chat-Ordners eingeben.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>Der Chat-Ordner darf nicht INBOX heißen, und sein Name darf keine *, %, Anführungszeichen, Backslashes oder Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Der Server hat das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>Der Server wurde nicht gefunden. Bitte die Adresse und die Verbindungseinstellungen prüfen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Der Server ist nicht erreichbar. Bitte die Internetverbindung prüfen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig, daher ist die Verbindung möglicherweise nicht privat.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Der Server bietet keine verschlüsselte Verbindung an.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>Das Konto wurde anderswo mit derselben Ressource angemeldet.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Diese Version von Messenger unterstützt diese Kontoart nicht.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>Der Server unterstützt die benötigten Funktionen nicht.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>Das Konto wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>Die Kontoeinstellungen sind ungültig.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>In Messenger ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>Das Konto konnte sich nicht verbinden.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>Der Server des Kontos unterstützt dies nicht.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>Es existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Die Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Es existiert bereits.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Der Server hat es abgelehnt.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>In Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Vorheriger (älterer) Treffer</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Nächster (neuerer) Treffer</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
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
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Nachricht im Kontext</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Keine Nachrichten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln Nachricht gefunden</numerusform>
            <numerusform>%Ln Nachrichten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
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
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Die Adresse</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Eingehende E-Mails (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-Server</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP-Port</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>IMAP-Sicherheit</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>IMAP-Benutzername</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende E-Mails (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-Sicherheit</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Den Server für eingehende E-Mails (IMAP) eingeben.</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Den Server für ausgehende E-Mails (SMTP) eingeben.</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>Der Server für eingehende E-Mails (IMAP) ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>Der Server für ausgehende E-Mails (SMTP) ist kein Hostname und keine Adresse.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Unverschlüsselte Verbindung erlauben (nur für einen Server auf diesem Computer oder im lokalen Netzwerk)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Ohne Verschlüsselung kann jeder auf dem Übertragungsweg Passwort und Nachrichten mitlesen. TLS oder STARTTLS wählen oder die unverschlüsselte Verbindung erlauben, wenn sich der Server auf diesem Computer oder im lokalen Netzwerk befindet.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>Die Server wurden aus der Adresse abgeleitet.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>Eingehend: %1, Port %2, %3. Ausgehend: %4, Port %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 scheint kein Server auf diesem Computer oder im lokalen Netzwerk zu sein: Passwort und Nachrichten würden unverschlüsselt über das Internet übertragen.</translation>
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
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>K&amp;onto bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>&amp;Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>Neuer &amp;Gruppenchat…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>&amp;Blockierte Kontakte…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Offline-Kontakte anzeigen</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>Nach &amp;Status sortieren</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Nach &amp;Name sortieren</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>Kontakt s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>&amp;Über Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Warnung zur Passwortspeicherung</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — verbunden mit %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — verbunden mit dem lokalen Kern</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>Passwörter werden nicht gespeichert. %1 Sie bleiben bis zum Beenden im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>Kern nicht erreichbar, Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>Kern nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>Über Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Ein Desktop-Messenger für XMPP und Chat über E-Mail.
Freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
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
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>Das Konto ist nicht verbunden. Erneut versuchen, sobald es online ist.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>Dieses Konto unterstützt das nicht.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>Die Nachricht oder ihr Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>Die Nachricht ist leer oder zu lang.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>Das hat nicht funktioniert (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>In Gruppe verschieben</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>%1 in folgende Gruppe verschieben:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Kontakte (keine Gruppe)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>Neuer Gruppenchat</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>Gruppenchat &amp;starten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Weitere:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>Derzeit kann kein verbundenes Konto einen Gruppenchat starten.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Kontakte, die der Gruppe hinzugefügt werden</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>name@example.org, andere@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Adressen weiterer Mitglieder</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Adressen von Mitgliedern, die nicht in den Kontakten sind.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 ist keine gültige Adresse. Adressen im Format name@example.org eingeben, getrennt durch Kommas oder Leerzeichen.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Diese Adressen sind ungültig: %1. Adressen im Format name@example.org eingeben, getrennt durch Kommas oder Leerzeichen.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>Mindestens ein Mitglied auswählen oder eine Adresse eingeben.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Einen Namen für die Gruppe eingeben.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln neue Nachricht</numerusform>
            <numerusform>%Ln neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln neue Nachricht: %1</numerusform>
            <numerusform>%Ln neue Nachrichten. Die neueste: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Passwort eingeben</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Das Passwort für %1 eingeben.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Das Passwort eingeben.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Tabs in einem Fenster</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Ein Fenster pro Chat</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>&amp;Chats öffnen in:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>&amp;Offline-Kontakte anzeigen</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Bei Abwesenheit vom Computer</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Minuten bis „Abwesend“</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>&amp;Abwesend nach:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Minuten bis „Länger abwesend“</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>&amp;Länger abwesend nach:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Statusnachricht beibehalten</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Auf „Abwesend“ setzen, wenn kein &amp;Fenster geöffnet ist (sofern Messenger als Hintergrunddienst läuft)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Wenn Messenger als Hintergrunddienst läuft (%1) und alle damit verbundenen Fenster geschlossen sind, wechselt der Status zu „Abwesend“ und wird wiederhergestellt, sobald wieder ein Fenster geöffnet wird. Ohne Hintergrunddienst hat Messenger immer ein Fenster, daher ändert dies nichts.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>Bei neuen Nachrichten &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Nachrichten&amp;text in Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>Nachrichten werden unbegrenzt aufbewahrt.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>Mit der &amp;Desktop-Sitzung starten</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>Abwesenheits&amp;nachricht:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>Der Autostart-Eintrag konnte nicht geändert werden: %1</translation>
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
        <translation>Kontakt umbenennen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Frei zum Chatten</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Eigener Status</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusnachricht</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Statusnachricht: mit Eingabe festlegen</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Automatischer Status</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Automatisch gesetzt wegen Abwesenheit vom Computer.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Kontaktanfrage</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 möchte sehen, wann das Konto %2 online ist.</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Nachricht des Kontakts</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Annehmen und &amp;hinzufügen</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
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
            <numerusform>%Ln ungelesene Nachricht</numerusform>
            <numerusform>%Ln ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>Kontaktliste &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>Kontaktliste &amp;ausblenden</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Frei zum Chatten</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
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
        <translation>Der Chat mit %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger öffnet nur xmpp:- und mailto:-Links.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Der Link ist zu lang.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>Der Link ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>Der Link enthält keine Adresse.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>Der Link enthält keine gültige Adresse (benutzer@host).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>Der Link verweist auf ein einzelnes Gerät eines Kontakts. Nur Adressen der Form benutzer@host können geöffnet werden.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>Der Link verweist auf einen Server, nicht auf einen Kontakt (benutzer@host).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>Der Link enthält mehrere Adressen; ein Chat hat nur eine.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>Der Link lädt zu einem Gruppenchat ein. Messenger unterstützt noch keine Gruppenchats.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Es gibt kein aktiviertes XMPP-Konto, mit dem der Chat geöffnet werden kann. Zuerst eines hinzufügen (Messenger, Konto hinzufügen).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Es gibt kein aktiviertes E-Mail-Konto, mit dem der Chat geöffnet werden kann. Zuerst eines hinzufügen (Messenger, Konto hinzufügen).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>Der Link erfordert das Konto %1, das hier nicht eingerichtet ist.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
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
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Die Adresse im Format name@example.org eingeben.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Das Passwort eingeben.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>E-Mail-Konto</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eigener Name</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eigener &amp;Name:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Die Adresse im Format name@example.org eingeben.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>Welches Netzwerk?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;E-Mail (Chat über IMAP und SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Verbunden. Das Konto ist bereit.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Es wird weiter versucht.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Zurückgehen, um die Angaben zu ändern, oder abbrechen.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Diesen SHA-256-Fingerabdruck vor dem Vertrauen mit dem vom Serverbetreiber veröffentlichten vergleichen:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Willkommen bei Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Ein XMPP- oder E-Mail-Konto hinzufügen, um mit dem Chatten zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>Öffnet einen Dialog zum Hinzufügen eines XMPP- oder E-Mail-Kontos</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>XMPP-Konto</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>Dieses Konto auf dem Server an&amp;legen</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>&amp;Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Automatisch ermittelt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>&amp;Direktes TLS (kein STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
</context>
</TS>
