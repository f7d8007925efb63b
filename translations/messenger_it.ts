<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Modifica account</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariata</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Abilitato</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nome visualizzato:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nuova &amp;password:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Porta del server</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>TLS &amp;diretto (senza STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>P&amp;orta del server:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Risorsa:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Rim&amp;uovi account…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>Rimuovere l&apos;account %1 da Messenger?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>I suoi contatti restano sul server. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Elimina anche la &amp;cronologia locale</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>%Ln altra richiesta di contatto</numerusform>
            <numerusform>%Ln altre richieste di contatto</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Inserisci la password…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Esamina il certificato…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Riconnetti</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Modifica account…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>L&apos;account %1 non è connesso</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 chiede di vedere il tuo stato</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Esamina…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Esamina la successiva…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>La connessione non è riuscita (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Dettagli: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>Il server non ha accettato l&apos;indirizzo o la password.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>L&apos;account non ha una password.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>Il server non è stato trovato.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Il server non è raggiungibile.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Il certificato del server non è attendibile.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Il server non offre una connessione cifrata.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Il server ha rifiutato la richiesta.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>Questo account esiste già, oppure lo usa un altro client.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Questa rete non è ancora supportata.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>I dati dell&apos;account non sono validi.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>Mantenere l&apos;account?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>L&apos;account %1 non si è ancora connesso.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>Mantenerlo disabilitato per sistemarlo in seguito, oppure rimuoverlo?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>&amp;Mantieni disabilitato</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Aggiungi contatto</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Aggiungi contatto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Nessun gruppo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppo:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>Al momento nessun account connesso può aggiungere contatti.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Inserisci l&apos;indirizzo del contatto.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Questo indirizzo non è valido. Inseriscilo nella forma nome@example.org.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>Impossibile collegarsi al nucleo</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Questo computer non è associato al nucleo all&apos;indirizzo %1.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>Sul computer del nucleo, emetti una credenziale per questo computer (%1), poi esegui l&apos;associazione qui: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 non è l&apos;indirizzo di un nucleo.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Inserisci l&apos;indirizzo nella forma HOST:PORTA, ad esempio home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>Il nucleo all&apos;indirizzo %1 non ha risposto con una connessione cifrata.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger si collega a un nucleo su un altro computer solo tramite una connessione cifrata. Controlla l&apos;indirizzo e la porta.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>Il certificato del nucleo all&apos;indirizzo %1 è cambiato.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Qualcuno potrebbe intercettare la connessione. Se il nucleo è stato configurato di nuovo, ripeti l&apos;associazione con l&apos;impronta digitale che mostra ora.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>Il nucleo all&apos;indirizzo %1 non ha accettato la credenziale di questo computer.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>La credenziale potrebbe essere stata revocata. Emettine una nuova sul computer del nucleo e ripeti l&apos;associazione.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>Nessun nucleo in esecuzione per questo profilo.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Avvialo prima con %1, oppure avvia Messenger senza %2 per eseguire il nucleo in questa finestra.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>Il nucleo di questo profilo non risponde.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Potrebbe essersi arrestato o essere occupato. Riprova tra un momento.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>Il nucleo di questo profilo ha rifiutato la connessione.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>I dettagli ne indicano il motivo.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>Il nucleo di questo profilo non può funzionare con questa versione di Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Avvia la stessa versione di Messenger del nucleo.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Messenger non è riuscito a collegarsi al nucleo di questo profilo.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>Il nucleo all&apos;indirizzo %1 non risponde.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Controlla che il nucleo sia in esecuzione su quel computer e che la rete e il suo firewall consentano a questo computer di raggiungerlo.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>Il nucleo all&apos;indirizzo %1 ha rifiutato la connessione.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>Il programma all&apos;indirizzo %1 non è un nucleo con cui questa versione di Messenger possa funzionare.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Controlla l&apos;indirizzo ed esegui la stessa versione di Messenger su entrambi i computer.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Messenger non è riuscito a collegarsi al nucleo all&apos;indirizzo %1.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Contatti bloccati</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Indirizzi bloccati</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Indirizzo da bloccare</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Questo indirizzo non è valido. Inseriscilo nella forma nome@example.org.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>Impossibile impostare il tuo stato</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>Impossibile salvare il tuo stato</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Impossibile salvare l&apos;impostazione</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Nessun account</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificato non attendibile</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Fidati di questo certificato</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>Il server di %1 ha presentato un certificato non attendibile. Qualcuno potrebbe intercettare la connessione. Fidati solo se la sua impronta digitale è quella pubblicata dal gestore del tuo server.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(sconosciuta)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impronta digitale SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Impronta digitale SHA-256:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Dettagli:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Io</translation>
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
        <translation>Conversazioni</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Scheda &amp;successiva</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Scheda &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Chiudi scheda</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Stai modificando il tuo ultimo messaggio. Premi Esc per annullare.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Modifica in corso</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Errore di invio</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Scrivi un messaggio…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Invio invia, Maiusc+Invio va a capo</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>Impossibile bloccare %1</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>Impossibile sbloccare %1</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>Impossibile inviare la richiesta a %1</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>Impossibile approvare la richiesta di %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>Impossibile rimuovere %1</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>Rimuovere %1 dai tuoi contatti?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Non vedrà più il tuo stato.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>L&apos;account %1 non è riuscito a connettersi</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>In attesa di approvazione</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Chiede di vedere il tuo stato</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Chat di gruppo</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Nome del contatto</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Indirizzo del contatto</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Messaggio di stato</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Sta scrivendo</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Chat di gruppo</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 sta scrivendo…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 ha smesso di scrivere</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Disponibile per chattare</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Non disturbare</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>Informazioni sul contatto</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ora locale</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Inattivo da</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Client connessi</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nome completo:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Soprannome:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Sito web:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organizzazione:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Compleanno:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rinomina…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Sposta nel gruppo…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Rim&amp;uovi…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>S&amp;blocca</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>Richiedi di nuovo l&apos;&amp;autorizzazione</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>A&amp;pprova la richiesta di autorizzazione</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Azioni sul contatto</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln messaggio non letto</numerusform>
            <numerusform>%Ln messaggi non letti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1, %2 di %3 in linea</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Chat di gruppo</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Ricerca nei messaggi precedenti…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>Nessuna corrispondenza precedente</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nessuna corrispondenza</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>Nessuna corrispondenza successiva</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Cartella delle chat</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>Mostra le e-mail &amp;classiche dei contatti</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>Invia conferme di l&amp;ettura</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificati attendibili</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>&amp;Dimentica il certificato attendibile</numerusform>
            <numerusform>&amp;Dimentica i %Ln certificati attendibili</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>Cartella delle c&amp;hat:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Certificati attendibili:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Inserisci il nome della cartella delle chat.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>La cartella delle chat non può essere INBOX e il suo nome non può contenere *, %, virgolette, barre rovesciate o caratteri di controllo.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Il server non ha accettato la password.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Nessuna password salvata per questo account.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>Impossibile trovare il server. Controlla l&apos;indirizzo e le impostazioni di connessione.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Il server non è raggiungibile. Controlla la connessione a Internet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>Il certificato del server non è attendibile, quindi la connessione potrebbe non essere privata.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Il server non offre una connessione cifrata.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Il server ha rifiutato la connessione.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>È stato effettuato l&apos;accesso all&apos;account da un&apos;altra postazione con la stessa risorsa.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Il server ha segnalato un errore.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Questa versione di Messenger non supporta questo tipo di account.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>La connessione è stata persa.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>Il server non supporta le funzioni necessarie.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>Impossibile trovare l&apos;account.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>Le impostazioni dell&apos;account non sono valide.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Si è verificato un errore interno in Messenger.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>Impossibile connettere l&apos;account.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>L&apos;account non è connesso.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>Il server dell&apos;account non supporta questa funzione.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>Non esiste più.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>I dati inseriti non sono validi.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Esiste già.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Il server ha rifiutato l&apos;operazione.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Trova nella conversazione</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Corrispondenza precedente (più vecchia)</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Corrispondenza successiva (più recente)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Risultato della ricerca</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Chiudi la barra di ricerca</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
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
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Cerca nei messaggi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tutti gli account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tutti i contatti</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Carica &amp;altri</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Messaggio nel contesto</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La ricerca non è riuscita.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Nessun messaggio trovato.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln messaggio trovato</numerusform>
            <numerusform>%Ln messaggi trovati</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Io</translation>
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
        <translation>Nessuna (non cifrata)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L&apos;indirizzo</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicurezza:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Posta in arrivo (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Server IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Porta IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Sicurezza IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nome utente IMAP</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Posta in uscita (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Porta SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Sicurezza SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nome utente SMTP</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Inserisci il server della posta in arrivo (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Inserisci il server della posta in uscita (SMTP).</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>Il server della posta in arrivo (IMAP) non è un nome host né un indirizzo.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>Il server della posta in uscita (SMTP) non è un nome host né un indirizzo.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Consenti la connessione non cifrata (solo per un server su questo computer o sulla tua rete locale)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Impostazioni del server</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Senza cifratura, chiunque lungo il percorso può leggere la tua password e i tuoi messaggi. Scegli TLS o STARTTLS, oppure consenti la connessione non cifrata se il server si trova su questo computer o sulla tua rete locale.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>I server vengono dedotti dal tuo indirizzo.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>In arrivo: %1, porta %2, %3. In uscita: %4, porta %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 non sembra un server su questo computer o sulla tua rete locale: la tua password e i tuoi messaggi attraverserebbero Internet senza cifratura.</translation>
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
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>&amp;Modifica account</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contatti</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Aggiungi &amp;contatto…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>Nuova chat di &amp;gruppo…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>Contatti &amp;bloccati…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Mostra contatti &amp;non in linea</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>Ordina per &amp;stato</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Ordina per n&amp;ome</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>&amp;Trova contatto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>&amp;Informazioni su Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Avviso sull&apos;archiviazione delle password</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Cerca contatti</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — collegato a %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — collegato al nucleo locale</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>Le password non vengono salvate. %1 Restano in memoria fino alla chiusura del programma.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Nessun portachiavi di sistema disponibile.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>Nucleo non raggiungibile, riconnessione in corso…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>Impossibile raggiungere il nucleo: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>Informazioni su Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Un programma desktop di messaggistica istantanea per XMPP e chat via e-mail.
Software libero distribuito secondo i termini della GNU General Public License, versione 3 o successiva.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Nuovi messaggi</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modificato %1</translation>
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
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Letto</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>L&apos;account non è connesso. Riprova quando sarà in linea.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>Questo account non può eseguire questa operazione.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>Il messaggio o il suo account non esistono più.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>Il messaggio è vuoto o troppo lungo.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>Operazione non riuscita (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copia testo</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copia %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Sposta nel gruppo</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Sposta</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>Sposta %1 nel gruppo:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Contatti (nessun gruppo)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppo:</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>Nuova chat di gruppo</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>&amp;Avvia chat di gruppo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nome del gruppo</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome del gruppo</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membri:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>A&amp;ltri:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>Al momento nessun account connesso può avviare una chat di gruppo.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Cerca contatti</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Contatti da aggiungere al gruppo</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>nome@example.org, altro@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Indirizzi degli altri membri</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Indirizzi dei membri che non sono tra i tuoi contatti.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 non è un indirizzo valido. Inserisci gli indirizzi nella forma nome@example.org, separati da virgole o spazi.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Questi indirizzi non sono validi: %1. Inserisci gli indirizzi nella forma nome@example.org, separati da virgole o spazi.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>Scegli almeno un membro o inserisci un indirizzo.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Inserisci un nome per il gruppo.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>Avvisi</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>Apri chat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln nuovo messaggio</numerusform>
            <numerusform>%Ln nuovi messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln nuovo messaggio. L&apos;ultimo: %1</numerusform>
            <numerusform>%Ln nuovi messaggi. L&apos;ultimo: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Inserisci la password</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Inserisci la password di %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Inserisci la password.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Schede in un&apos;unica finestra</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Una finestra per ogni chat</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>Apri le &amp;chat in:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Mostra contatti &amp;non in linea</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>Avvia &amp;ridotto a icona nell&apos;area di notifica</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Quando non sono al computer</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Minuti prima di passare ad assente</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>Imposta &amp;assente dopo:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Minuti prima di passare a non disponibile</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>Imposta non &amp;disponibile dopo:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Mantieni il mio messaggio di stato</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Imposta assente quando nessuna &amp;finestra è aperta (se Messenger è in esecuzione come servizio in background)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Quando Messenger è in esecuzione come servizio in background (%1) e tutte le finestre collegate sono chiuse, il tuo stato diventa assente e viene ripristinato quando si riapre una finestra. Senza servizio in background Messenger ha sempre la sua finestra, quindi questa opzione non cambia nulla.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>Notifica i nuo&amp;vi messaggi</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Mostra il &amp;testo del messaggio nelle notifiche</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>I messaggi vengono conservati per sempre.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>Avvia con la &amp;sessione del desktop</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>&amp;Messaggio di assenza:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>Impossibile modificare l&apos;avvio automatico: %1</translation>
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
        <translation>Rinomina contatto</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Disponibile per chattare</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Non disturbare</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Il tuo stato</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Messaggio di stato</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Messaggio di stato: premi Invio per impostarlo</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Stato automatico</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Impostato automaticamente perché non sei al computer.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Richiesta di contatto</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 chiede di vedere quando sei in linea con il tuo account %2.</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Messaggio del contatto</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Approva e a&amp;ggiungi</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>&amp;Rifiuta</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
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
            <numerusform>%Ln messaggio non letto</numerusform>
            <numerusform>%Ln messaggi non letti</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>&amp;Mostra l&apos;elenco dei contatti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>&amp;Nascondi l&apos;elenco dei contatti</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Disponibile per chattare</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Non disturbare</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>Impossibile aprire la chat con %1.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger apre solo i link xmpp: e mailto:.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Il link è troppo lungo.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>Il link non è formato correttamente.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>Il link non indica alcun indirizzo.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>Il link non indica un indirizzo valido (utente@server).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>Il link indica un singolo dispositivo di un contatto. Si possono aprire solo indirizzi nella forma utente@server.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>Il link indica un server, non un contatto (utente@server).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>Il link indica più indirizzi; una chat ne ha uno solo.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>Il link ti invita a una chat di gruppo. Messenger non supporta ancora le chat di gruppo.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Non c&apos;è nessun account XMPP abilitato con cui aprire la chat. Aggiungine prima uno (Messenger, Aggiungi account).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Non c&apos;è nessun account e-mail abilitato con cui aprire la chat. Aggiungine prima uno (Messenger, Aggiungi account).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>Il link richiede l&apos;account %1, che non è configurato qui.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Impossibile aprire il link</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Cronologia…</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Inserisci l&apos;indirizzo nella forma nome@example.org.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Inserisci la password.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>Il tuo account e-mail</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Inserisci l&apos;indirizzo nella forma nome@example.org.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>Quale rete?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;E-mail (chat tramite IMAP e SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Test di connessione</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Stato della connessione</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connessione in corso</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Fidati di questo certificato</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Connessione riuscita. L&apos;account è pronto.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Nuovo tentativo in corso.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Torna indietro per modificare i dati, oppure annulla.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Prima di fidarti, confronta questa impronta digitale SHA-256 con quella pubblicata dal gestore del server:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Ti diamo il benvenuto in Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Aggiungi un account XMPP o e-mail per iniziare a chattare.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>Apre una finestra per aggiungere un account XMPP o e-mail</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>Il tuo account XMPP</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>&amp;Crea questo account sul server</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>Mostra impostazioni a&amp;vanzate</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Rilevato automaticamente</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>TLS &amp;diretto (senza STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Risorsa:</translation>
    </message>
</context>
</TS>
