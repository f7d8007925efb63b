<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activada</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nombre para mostrar:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Contraseña nueva:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>TLS &amp;directo (sin STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>&amp;Puerto del servidor:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>&amp;Eliminar cuenta…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>¿Eliminar la cuenta %1 de Messenger?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>Sus contactos se conservan en el servidor. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Borrar también el &amp;historial local</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>%Ln solicitud de contacto más</numerusform>
            <numerusform>%Ln solicitudes de contacto más</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Introducir contraseña…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Revisar certificado…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Editar cuenta…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>La cuenta %1 no está conectada</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 solicita ver su estado</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Revisar la siguiente…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Falló la conexión (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Detalles: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>El servidor no aceptó la dirección o la contraseña.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>La cuenta no tiene contraseña.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>No se encontró el servidor.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>No se puede acceder al servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>El certificado del servidor no es de confianza.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>El servidor no ofrece una conexión cifrada.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>Esta cuenta ya existe o la está usando otro cliente.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Esta red aún no es compatible.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>Los datos de la cuenta no son válidos.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>¿Conservar la cuenta?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>La cuenta %1 aún no se ha conectado.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>¿Conservarla desactivada para corregirla más tarde, o eliminarla?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>&amp;Conservar desactivada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Añadir contacto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>Ahora mismo ninguna cuenta conectada puede añadir contactos.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Introduzca la dirección del contacto.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Esta dirección no es válida. Introdúzcala como nombre@example.org.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>No se puede conectar con el núcleo</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Este equipo no está vinculado con el núcleo en %1.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>En el equipo del núcleo, emita una credencial para este equipo (%1) y después realice la vinculación aquí: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 no es la dirección de un núcleo.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Introduzca la dirección como SERVIDOR:PUERTO, por ejemplo home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>El núcleo en %1 no respondió con una conexión cifrada.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger solo se conecta a un núcleo de otro equipo mediante una conexión cifrada. Compruebe la dirección y el puerto.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>El certificado del núcleo en %1 ha cambiado.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Alguien podría estar interceptando la conexión. Si el núcleo se ha vuelto a configurar, vuelva a realizar la vinculación con la huella digital que muestra ahora.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>El núcleo en %1 no aceptó la credencial de este equipo.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>Es posible que la credencial se haya revocado. Emita una nueva en el equipo del núcleo y vuelva a realizar la vinculación.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>No hay ningún núcleo en ejecución para este perfil.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Inícielo primero con %1, o inicie Messenger sin %2 para ejecutar el núcleo en esta ventana.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>El núcleo de este perfil no responde.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Puede que se haya detenido o que esté ocupado. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>El núcleo de este perfil rechazó la conexión.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>Los detalles indican el motivo.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>El núcleo de este perfil no puede funcionar con esta versión de Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Inicie la misma versión de Messenger que la del núcleo.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Messenger no pudo conectarse con el núcleo de este perfil.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>El núcleo en %1 no responde.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Compruebe que el núcleo se esté ejecutando allí y que la red y su cortafuegos permitan a este equipo acceder a él.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>El núcleo en %1 rechazó la conexión.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>El programa en %1 no es un núcleo compatible con esta versión de Messenger.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Compruebe la dirección y ejecute la misma versión de Messenger en ambos equipos.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Messenger no pudo conectarse con el núcleo en %1.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Contactos bloqueados</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Direcciones bloqueadas</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Dirección para bloquear</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Esta dirección no es válida. Introdúzcala como nombre@example.org.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>No se pudo establecer su estado</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>No se pudo guardar su estado</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>No se pudo guardar la configuración</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>No hay cuentas</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>El servidor de %1 presentó un certificado que no es de confianza. Alguien podría estar interceptando la conexión. Confíe en él solo si su huella digital es la que publicó el operador de su servidor.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconocida)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
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
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Editando su último mensaje. Pulse Esc para cancelar.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Editando</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Error de envío</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Escriba un mensaje…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Intro envía, Mayús+Intro inicia una línea nueva</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>No se pudo bloquear a %1</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>No se pudo desbloquear a %1</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>No se pudo enviar la solicitud a %1</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>No se pudo aprobar la solicitud de %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>No se pudo eliminar a %1</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>¿Eliminar a %1 de sus contactos?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Ya no podrá ver su estado.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>La cuenta %1 no pudo conectarse</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Esperando aprobación</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Solicita ver su estado</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Chat en grupo</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Dirección del contacto</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Escribiendo</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Chat en grupo</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 ha dejado de escribir</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Libre para chatear</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>Información del contacto</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Inactivo desde</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Clientes conectados</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Apodo:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Cumpleaños:</translation>
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
        <translation>&amp;Chatear</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;Información</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Mover al grupo…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>Volver a solicitar &amp;autorización</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>A&amp;probar solicitud de autorización</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Acciones del contacto</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln mensaje sin leer</numerusform>
            <numerusform>%Ln mensajes sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1, %2 de %3 conectados</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Chat en grupo</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Buscando mensajes anteriores…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>No hay coincidencias anteriores</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No hay coincidencias</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>No hay coincidencias posteriores</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Carpeta de chats</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>Mostrar correos &amp;clásicos de los contactos</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>Enviar confirmaciones de &amp;lectura</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>&amp;Olvidar el certificado de confianza</numerusform>
            <numerusform>&amp;Olvidar los %Ln certificados de confianza</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>Carpeta de c&amp;hats:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Certificados de confianza:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Introduzca el nombre de la carpeta de chats.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>La carpeta de chats no puede ser INBOX y su nombre no puede contener *, %, comillas, barras invertidas ni caracteres de control.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>El servidor no aceptó la contraseña.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>No se encontró el servidor. Compruebe la dirección y la configuración de la conexión.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>No se puede acceder al servidor. Compruebe su conexión a internet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>El certificado del servidor no es de confianza, por lo que la conexión podría no ser privada.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>El servidor no ofrece una conexión cifrada.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>Se inició sesión en la cuenta desde otro lugar con el mismo recurso.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>El servidor informó de un error.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Esta versión de Messenger no admite este tipo de cuenta.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Se perdió la conexión.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>El servidor no admite las funciones necesarias.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>No se encontró la cuenta.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>La configuración de la cuenta no es válida.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Se produjo un error interno en Messenger.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>La cuenta no pudo conectarse.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>El servidor de la cuenta no admite esta función.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>Ya no existe.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Los datos introducidos no son válidos.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Ya existe.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>El servidor rechazó la operación.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Buscar en la conversación</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Coincidencia anterior (más antigua)</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Coincidencia siguiente (más reciente)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
        <translation>Historial</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Mensaje en contexto</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La búsqueda falló.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>No se encontraron mensajes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln mensaje encontrado</numerusform>
            <numerusform>%Ln mensajes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
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
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Correo entrante (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Puerto IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Seguridad IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nombre de usuario IMAP</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Correo saliente (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Seguridad SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nombre de usuario SMTP</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Introduzca el servidor de correo entrante (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Introduzca el servidor de correo saliente (SMTP).</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>El servidor de correo entrante (IMAP) no es un nombre de host ni una dirección.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>El servidor de correo saliente (SMTP) no es un nombre de host ni una dirección.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Permitir la conexión sin cifrar (solo para un servidor en este equipo o en su red local)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Sin cifrado, cualquiera en el camino puede leer su contraseña y sus mensajes. Elija TLS o STARTTLS, o permita la conexión sin cifrar si el servidor está en este equipo o en su red local.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>Los servidores se deducen de su dirección.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>Entrante: %1, puerto %2, %3. Saliente: %4, puerto %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 no parece un servidor de este equipo ni de su red local: su contraseña y sus mensajes cruzarían internet sin cifrar.</translation>
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
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>&amp;Editar cuenta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>&amp;Añadir contacto…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>Nuevo chat en &amp;grupo…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>Contactos &amp;bloqueados…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Mostrar contactos &amp;desconectados</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>Ordenar por &amp;estado</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Ordenar por &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>B&amp;uscar contacto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>&amp;Acerca de Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Aviso sobre el almacenamiento de contraseñas</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — conectado a %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — conectado al núcleo local</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>Las contraseñas no se guardan. %1 Se conservan en memoria hasta que salga.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>No hay ningún anillo de claves del sistema disponible.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>No se puede acceder al núcleo; reconectando…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>No se puede acceder al núcleo: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>Acerca de Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Un cliente de mensajería instantánea de escritorio para XMPP y chat por correo electrónico.
Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editado %1</translation>
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
        <translation>Editado</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>La cuenta no está conectada. Inténtelo de nuevo cuando esté conectada.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>Esta cuenta no puede hacer eso.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>El mensaje o su cuenta ya no existen.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>El mensaje está vacío o es demasiado largo.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>No funcionó (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Mover al grupo</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>Mover %1 al grupo:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Contactos (sin grupo)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>Nuevo chat en grupo</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>&amp;Iniciar chat en grupo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Miembros:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Otros:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>Ahora mismo ninguna cuenta conectada puede iniciar un chat en grupo.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Contactos que añadir al grupo</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>nombre@example.org, otro@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Direcciones de otros miembros</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Direcciones de miembros que no están en sus contactos.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 no es una dirección válida. Introduzca las direcciones como nombre@example.org, separadas por comas o espacios.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Estas direcciones no son válidas: %1. Introduzca las direcciones como nombre@example.org, separadas por comas o espacios.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>Elija al menos un miembro o introduzca una dirección.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Introduzca un nombre para el grupo.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>Abrir chat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln mensaje nuevo</numerusform>
            <numerusform>%Ln mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln mensaje nuevo. El último: %1</numerusform>
            <numerusform>%Ln mensajes nuevos. El último: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Introducir contraseña</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Introduzca la contraseña de %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Introduzca la contraseña.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Pestañas en una ventana</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Una ventana por chat</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>Abrir los &amp;chats en:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Mostrar contactos &amp;desconectados</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>Iniciar minimizado en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Cuando me ausento del equipo</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Minutos antes de pasar a ausente</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>Pasar a &amp;ausente tras:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Minutos antes de pasar a no disponible</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>Pasar a &amp;no disponible tras:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Mantener mi mensaje de estado</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Pasar a ausente cuando no haya ninguna v&amp;entana abierta (si Messenger se ejecuta como servicio en segundo plano)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Cuando Messenger se ejecuta como servicio en segundo plano (%1) y se cierran todas las ventanas conectadas a él, su estado pasa a ausente y se restablece cuando vuelve a abrirse una ventana. Sin servicio en segundo plano, Messenger siempre tiene su ventana, por lo que esta opción no cambia nada.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>A&amp;visarme de los mensajes nuevos</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Mostrar el &amp;texto del mensaje en las notificaciones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>Los mensajes se conservan para siempre.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>Iniciar con la &amp;sesión de escritorio</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>&amp;Mensaje de ausencia:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>No se pudo cambiar el inicio automático: %1</translation>
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
        <translation>Renombrar contacto</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
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
        <translation>Libre para chatear</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Su estado</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Mensaje de estado: pulse Intro para establecerlo</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Estado automático</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Establecido automáticamente porque se ha ausentado del equipo.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Solicitud de contacto</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 solicita ver su estado de conexión en su cuenta %2.</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Mensaje del contacto</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Aprobar y aña&amp;dir</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
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
            <numerusform>%Ln mensaje sin leer</numerusform>
            <numerusform>%Ln mensajes sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>&amp;Mostrar lista de contactos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>&amp;Ocultar lista de contactos</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Libre para chatear</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>No se pudo abrir el chat con %1.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger solo abre enlaces xmpp: y mailto:.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>El enlace es demasiado largo.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>El enlace está mal formado.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>El enlace no indica ninguna dirección.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>El enlace no indica una dirección válida (usuario@servidor).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>El enlace indica un dispositivo concreto de un contacto. Solo se pueden abrir direcciones de la forma usuario@servidor.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>El enlace indica un servidor, no un contacto (usuario@servidor).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>El enlace indica varias direcciones; un chat tiene solo una.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>El enlace le invita a un chat en grupo. Messenger aún no admite chats en grupo.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>No hay ninguna cuenta XMPP activada con la que abrir el chat. Añada una primero (Messenger, Añadir cuenta).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>No hay ninguna cuenta de correo electrónico activada con la que abrir el chat. Añada una primero (Messenger, Añadir cuenta).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>El enlace solicita la cuenta %1, que no está configurada aquí.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>No se puede abrir el enlace</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Introduzca la dirección como nombre@example.org.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Introduzca la contraseña.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>Su cuenta de correo electrónico</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Introduzca la dirección como nombre@example.org.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>¿Qué red?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;Correo electrónico (chat mediante IMAP y SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Conexión establecida. La cuenta está lista.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Se sigue intentando.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Vuelva atrás para cambiar los datos, o cancele.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Compare esta huella digital SHA-256 con la que publica el operador del servidor antes de confiar en el certificado:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Le damos la bienvenida a Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Añada una cuenta XMPP o de correo electrónico para empezar a chatear.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>Abre un diálogo para añadir una cuenta XMPP o de correo electrónico</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>Su cuenta XMPP</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>&amp;Crear esta cuenta en el servidor</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>Mostrar configuración a&amp;vanzada</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Detección automática</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>TLS &amp;directo (sin STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
</context>
</TS>
