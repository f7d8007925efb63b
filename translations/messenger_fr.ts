<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>TLS &amp;direct (sans STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>&amp;Hôte du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>P&amp;ort du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>Supprimer le compte %1 de Messenger&#xa0;?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>Ses contacts restent sur le serveur. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Supprimer aussi l&apos;&amp;historique local</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>%Ln autre demande de contact</numerusform>
            <numerusform>%Ln autres demandes de contact</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Examiner le certificat…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Modifier le compte…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 demande à voir votre statut</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Examiner la suivante…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>La connexion a échoué (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Détails&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>Le serveur n&apos;a pas accepté l&apos;adresse ou le mot de passe.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>Le compte n&apos;a pas de mot de passe.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>Le serveur est introuvable.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Le serveur ne propose pas de connexion chiffrée.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la requête.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>Ce compte existe déjà, ou un autre client l&apos;utilise.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Ce réseau n&apos;est pas encore pris en charge.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>Les informations du compte ne sont pas valides.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>Conserver le compte&#xa0;?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>Le compte %1 ne s&apos;est pas encore connecté.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>Le conserver, désactivé, pour le corriger plus tard, ou le supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>&amp;Conserver, désactivé</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Ajouter le contact</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>Aucun compte connecté ne peut ajouter de contacts pour le moment.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du contact.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Cette adresse n&apos;est pas valide. Saisissez-la sous la forme nom@example.org.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>Impossible de se connecter au noyau</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Cet ordinateur n&apos;est pas associé au noyau à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>Sur l&apos;ordinateur du noyau, délivrez des identifiants pour cet ordinateur (%1), puis effectuez l&apos;association ici&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 n&apos;est pas l&apos;adresse d&apos;un noyau.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Saisissez l&apos;adresse sous la forme HÔTE:PORT, par exemple home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>Le noyau à l&apos;adresse %1 n&apos;a pas répondu par une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger ne se connecte à un noyau situé sur un autre ordinateur que par une connexion chiffrée. Vérifiez l&apos;adresse et le port.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>Le certificat du noyau à l&apos;adresse %1 a changé.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Quelqu&apos;un intercepte peut-être la connexion. Si le noyau a été reconfiguré, effectuez à nouveau l&apos;association avec l&apos;empreinte qu&apos;il affiche maintenant.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>Le noyau à l&apos;adresse %1 n&apos;a pas accepté les identifiants de cet ordinateur.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>Les identifiants ont peut-être été révoqués. Délivrez-en de nouveaux sur l&apos;ordinateur du noyau, puis effectuez à nouveau l&apos;association.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>Aucun noyau n&apos;est en cours d&apos;exécution pour ce profil.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Démarrez-le d&apos;abord avec %1, ou lancez Messenger sans %2 pour exécuter le noyau dans cette fenêtre.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>Le noyau de ce profil ne répond pas.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Il est peut-être arrêté ou occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>Le noyau de ce profil a refusé la connexion.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>Les détails en indiquent la raison.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>Le noyau de ce profil ne peut pas fonctionner avec cette version de Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Lancez la même version de Messenger que celle du noyau.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Messenger n&apos;a pas pu se connecter au noyau de ce profil.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>Le noyau à l&apos;adresse %1 ne répond pas.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Vérifiez que le noyau y est en cours d&apos;exécution et que le réseau et son pare-feu permettent à cet ordinateur de le joindre.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>Le noyau à l&apos;adresse %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>Le programme à l&apos;adresse %1 n&apos;est pas un noyau avec lequel cette version de Messenger peut fonctionner.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Vérifiez l&apos;adresse et utilisez la même version de Messenger sur les deux ordinateurs.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Messenger n&apos;a pas pu se connecter au noyau à l&apos;adresse %1.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Contacts bloqués</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Adresses bloquées</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Adresse à bloquer</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Cette adresse n&apos;est pas valide. Saisissez-la sous la forme nom@example.org.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>Votre statut n&apos;a pas pu être défini</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>Votre statut n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Le paramètre n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Aucun compte</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>Le serveur de %1 a présenté un certificat non approuvé. Quelqu&apos;un est peut-être à l&apos;écoute. Ne lui faites confiance que si son empreinte correspond à celle publiée par l&apos;administrateur de votre serveur.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Modification de votre dernier message. Appuyez sur Échap pour annuler.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Erreur d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Entrée pour envoyer, Maj+Entrée pour aller à la ligne</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>%1 n&apos;a pas pu être bloqué</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>%1 n&apos;a pas pu être débloqué</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>La demande à %1 n&apos;a pas pu être envoyée</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>La demande de %1 n&apos;a pas pu être acceptée</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>Supprimer %1 de vos contacts&#xa0;?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Ce contact ne verra plus votre statut.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>%1 n&apos;a pas pu se connecter</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;autorisation</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Demande à voir votre statut</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Discussion de groupe</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Adresse du contact</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Message de statut</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Indicateur de saisie</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Discussion de groupe</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 est en train d&apos;écrire…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 a arrêté d&apos;écrire</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Libre pour discuter</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Absence prolongée</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>Informations sur le contact</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
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
        <translation>Système</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Inactif depuis</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Clients connectés</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Pseudo&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Site web&#xa0;:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discuter</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;Informations</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>Déplacer vers un &amp;groupe…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Dé&amp;bloquer</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>Redemander l&apos;&amp;autorisation</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>A&amp;ccepter la demande d&apos;autorisation</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Actions du contact</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln message non lu</numerusform>
            <numerusform>%Ln messages non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1, %2 sur %3 en ligne</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Discussion de groupe</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Recherche de messages plus anciens…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>Aucun résultat plus ancien</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>Aucun résultat plus récent</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Dossier de discussion</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>Afficher les &amp;courriels classiques des contacts</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>Envoyer des accusés de &amp;lecture</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats approuvés</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>&amp;Oublier le %Ln certificat approuvé</numerusform>
            <numerusform>&amp;Oublier les %Ln certificats approuvés</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>&amp;Dossier de discussion&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Certificats approuvés&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Saisissez le nom du dossier de discussion.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>Le dossier de discussion ne peut pas être INBOX, et son nom ne peut contenir ni *, ni %, ni guillemets, ni barres obliques inverses, ni caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Le serveur n&apos;a pas accepté le mot de passe.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>Le serveur est introuvable. Vérifiez l&apos;adresse et les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé&#xa0;: la connexion n&apos;est donc peut-être pas privée.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Le serveur ne propose pas de connexion chiffrée.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>Une autre connexion au compte a été établie ailleurs avec la même ressource.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Le serveur a signalé une erreur.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Cette version de Messenger ne prend pas en charge ce type de compte.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>La connexion a été perdue.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>Le serveur ne prend pas en charge les fonctions nécessaires.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>Le compte est introuvable.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>Les paramètres du compte ne sont pas valides.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Une erreur interne s&apos;est produite dans Messenger.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>Le compte n&apos;a pas pu se connecter.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>Le serveur du compte ne prend pas cela en charge.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>Cela n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>La saisie n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Cela existe déjà.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Le serveur l&apos;a refusé.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Rechercher dans la conversation</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Résultat précédent (plus ancien)</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Résultat suivant (plus récent)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>HistoryResultsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A search result read aloud or copied: contact, time, message.</extracomment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Message dans son contexte</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Aucun message trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln message trouvé</numerusform>
            <numerusform>%Ln messages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
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
        <translation>Aucune (non chiffrée)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L&apos;adresse</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Sécurité IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nom d&apos;utilisateur IMAP</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Sécurité SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nom d&apos;utilisateur SMTP</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Saisissez le serveur de courrier entrant (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Saisissez le serveur de courrier sortant (SMTP).</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>Le serveur de courrier entrant (IMAP) n&apos;est ni un nom d&apos;hôte ni une adresse.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>Le serveur de courrier sortant (SMTP) n&apos;est ni un nom d&apos;hôte ni une adresse.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Autoriser la connexion non chiffrée (uniquement pour un serveur sur cet ordinateur ou votre réseau local)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Sans chiffrement, n&apos;importe qui sur le trajet peut lire votre mot de passe et vos messages. Choisissez TLS ou STARTTLS, ou autorisez la connexion non chiffrée si le serveur se trouve sur cet ordinateur ou votre réseau local.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>Les serveurs sont déduits de votre adresse.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>Entrant&#xa0;: %1, port %2, %3. Sortant&#xa0;: %4, port %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 ne semble pas être un serveur sur cet ordinateur ou votre réseau local&#xa0;: votre mot de passe et vos messages traverseraient Internet sans chiffrement.</translation>
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
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>&amp;Modifier le compte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Ajouter un &amp;contact…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>Nouvelle discussion de &amp;groupe…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>Contacts &amp;bloqués…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Afficher les contacts &amp;hors ligne</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>Trier par &amp;statut</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Trier par &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>&amp;Rechercher un contact</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>À &amp;propos de Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Avertissement sur le stockage des mots de passe</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — connecté à %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — connecté au noyau local</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>Les mots de passe ne sont pas enregistrés. %1 Ils sont conservés en mémoire jusqu&apos;à ce que vous quittiez l&apos;application.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Aucun trousseau de clés système n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>Noyau injoignable, reconnexion…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>Impossible de joindre le noyau&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>À propos de Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Une messagerie instantanée de bureau pour XMPP et la discussion par courriel.
Logiciel libre sous licence GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modifié %1</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Two parts of a list (&quot;Juliet: hi&quot; and &quot;10:02&quot;), joined your language&apos;s way.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>Le compte n&apos;est pas connecté. Réessayez une fois qu&apos;il sera en ligne.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>Ce compte ne peut pas faire cela.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>Le message ou son compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>Le message est vide ou trop long.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>Cela n&apos;a pas fonctionné (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Déplacer vers un groupe</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>Déplacer %1 vers le groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Contacts (aucun groupe)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>Nouvelle discussion de groupe</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>&amp;Démarrer la discussion</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Autres&#xa0;:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>Aucun compte connecté ne peut démarrer de discussion de groupe pour le moment.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Contacts à ajouter au groupe</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>nom@example.org, autre@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Adresses des autres membres</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Adresses des membres qui ne font pas partie de vos contacts.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 n&apos;est pas une adresse valide. Saisissez les adresses sous la forme nom@example.org, séparées par des virgules ou des espaces.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Ces adresses ne sont pas valides&#xa0;: %1. Saisissez les adresses sous la forme nom@example.org, séparées par des virgules ou des espaces.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>Choisissez au moins un membre, ou saisissez une adresse.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Saisissez un nom pour le groupe.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>Ouvrir la discussion</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln nouveau message</numerusform>
            <numerusform>%Ln nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln nouveau message&#xa0;: %1</numerusform>
            <numerusform>%Ln nouveaux messages. Le plus récent&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Saisir le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Onglets dans une seule fenêtre</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Une fenêtre par discussion</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>Ouvrir les &amp;discussions dans&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Afficher les contacts &amp;hors ligne</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Lorsque je m&apos;éloigne de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Minutes avant l&apos;absence</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>Passer en «&#xa0;&amp;Absent&#xa0;» après&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Minutes avant l&apos;absence prolongée</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>Passer en «&#xa0;Absence &amp;prolongée&#xa0;» après&#xa0;:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Conserver mon message de statut</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Passer en «&#xa0;Absent&#xa0;» quand aucune &amp;fenêtre n&apos;est ouverte (si Messenger s&apos;exécute en service d&apos;arrière-plan)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Lorsque Messenger s&apos;exécute en service d&apos;arrière-plan (%1) et que toutes les fenêtres qui y sont connectées sont fermées, votre statut passe à «&#xa0;Absent&#xa0;», puis est rétabli dès qu&apos;une fenêtre s&apos;ouvre à nouveau. Sans service d&apos;arrière-plan, Messenger a toujours sa fenêtre&#xa0;: ce réglage ne change donc rien.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>M&apos;avertir des &amp;nouveaux messages</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Afficher le &amp;texte des messages dans les notifications</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>Les messages sont conservés indéfiniment.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>Démarrer avec la session de &amp;bureau</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>&amp;Message d&apos;absence&#xa0;:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>Impossible de modifier l&apos;entrée de démarrage automatique&#xa0;: %1</translation>
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
        <translation>Renommer le contact</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Libre pour discuter</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Absence prolongée</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Votre statut</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Message de statut</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Message de statut&#xa0;: appuyez sur Entrée pour le définir</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Statut automatique</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Défini automatiquement, car vous vous êtes éloigné de l&apos;ordinateur.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Demande de contact</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 demande à voir quand vous êtes en ligne sur votre compte %2.</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Son message</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Accepter et a&amp;jouter</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
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
            <numerusform>%Ln message non lu</numerusform>
            <numerusform>%Ln messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>&amp;Afficher la liste de contacts</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>&amp;Masquer la liste de contacts</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Libre pour discuter</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Absence prolongée</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>La discussion avec %1 n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger n&apos;ouvre que les liens xmpp: et mailto:.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Le lien est trop long.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>Le lien est mal formé.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>Le lien n&apos;indique aucune adresse.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>Le lien n&apos;indique pas d&apos;adresse valide (utilisateur@hôte).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>Le lien désigne un appareil précis d&apos;un contact. Seules les adresses de la forme utilisateur@hôte peuvent être ouvertes.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>Le lien désigne un serveur, pas un contact (utilisateur@hôte).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>Le lien indique plusieurs adresses&#xa0;; une discussion n&apos;en a qu&apos;une.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>Le lien vous invite à une discussion de groupe. Messenger ne prend pas encore en charge les discussions de groupe.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Aucun compte XMPP activé ne permet d&apos;ouvrir la discussion. Ajoutez-en d&apos;abord un (Messenger, Ajouter un compte).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Aucun compte de courriel activé ne permet d&apos;ouvrir la discussion. Ajoutez-en d&apos;abord un (Messenger, Ajouter un compte).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>Le lien demande le compte %1, qui n&apos;est pas configuré ici.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Impossible d&apos;ouvrir le lien</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Saisissez l&apos;adresse sous la forme nom@example.org.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>Votre compte de courriel</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Saisissez l&apos;adresse sous la forme nom@example.org.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>Quel réseau&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;Courriel (discussion via IMAP et SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Connecté. Le compte est prêt.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Nouvelle tentative en cours.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Revenez en arrière pour modifier les informations, ou annulez.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Avant de lui faire confiance, comparez cette empreinte SHA-256 avec celle que publie l&apos;administrateur du serveur&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Bienvenue dans Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Ajoutez un compte XMPP ou de courriel pour commencer à discuter.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>Ouvre une boîte de dialogue pour ajouter un compte XMPP ou de courriel</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>Votre compte XMPP</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>&amp;Créer ce compte sur le serveur</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>Afficher les paramètres &amp;avancés</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Détecté automatiquement</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>TLS &amp;direct (sans STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource&#xa0;:</translation>
    </message>
</context>
</TS>
