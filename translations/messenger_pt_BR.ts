<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free to chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryResultsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A search result read aloud or copied: contact, time, message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailServerFields</name>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTexts</name>
    <message>
        <source>* %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Two parts of a list (&quot;Juliet: hi&quot; and &quot;10:02&quot;), joined your language&apos;s way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
