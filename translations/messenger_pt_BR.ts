<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Editar conta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Ativada</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nome de exibição:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nova s&amp;enha:</translation>
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
        <translation>Porta do servidor</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>TLS &amp;direto (sem STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>P&amp;orta do servidor:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Re&amp;mover conta…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>Remover a conta %1 do Messenger?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>Os contatos da conta continuam no servidor. Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Excluir também o &amp;histórico local</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>Mais %Ln solicitação de contato</numerusform>
            <numerusform>Mais %Ln solicitações de contato</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Digitar senha…</translation>
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
        <translation>Editar conta…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>A conta %1 não está conectada</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 pede para ver seu status</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Revisar a próxima…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>A conexão falhou (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Detalhes: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>O servidor não aceitou o endereço ou a senha.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>A conta não tem senha.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>O servidor não foi encontrado.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Não é possível acessar o servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>O certificado do servidor não é confiável.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>O servidor não oferece uma conexão criptografada.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>O servidor recusou a solicitação.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>Esta conta já existe ou está sendo usada por outro cliente.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Esta rede ainda não é suportada.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>Os dados da conta não são válidos.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>Manter a conta?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>A conta %1 ainda não se conectou.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>Mantê-la desativada para corrigir depois ou removê-la?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>&amp;Manter desativada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Adicionar contato</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Adicionar contato</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>No momento, nenhuma conta conectada pode adicionar contatos.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Digite o endereço do contato.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Este endereço não é válido. Digite-o no formato nome@example.org.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>Não é possível conectar ao núcleo</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Este computador não está pareado com o núcleo em %1.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>No computador do núcleo, emita uma credencial para este computador (%1) e depois faça o pareamento aqui: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 não é o endereço de um núcleo.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Digite o endereço no formato SERVIDOR:PORTA, por exemplo home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>O núcleo em %1 não respondeu com uma conexão criptografada.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>O Messenger só se conecta a um núcleo em outro computador por meio de uma conexão criptografada. Verifique o endereço e a porta.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>O certificado do núcleo em %1 mudou.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Alguém pode estar interceptando a conexão. Se o núcleo foi configurado novamente, faça o pareamento de novo com a impressão digital que ele mostra agora.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>O núcleo em %1 não aceitou a credencial deste computador.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>A credencial pode ter sido revogada. Emita uma nova no computador do núcleo e faça o pareamento de novo.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>Nenhum núcleo está em execução para este perfil.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Inicie-o primeiro com %1 ou inicie o Messenger sem %2 para executar o núcleo nesta janela.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>O núcleo deste perfil não responde.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Ele pode ter parado ou estar ocupado. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>O núcleo deste perfil recusou a conexão.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>Os detalhes indicam o motivo.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>O núcleo deste perfil não funciona com esta versão do Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Inicie a mesma versão do Messenger que a do núcleo.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>O Messenger não conseguiu se conectar ao núcleo deste perfil.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>O núcleo em %1 não responde.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Verifique se o núcleo está em execução lá e se a rede e o firewall dela permitem que este computador o acesse.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>O núcleo em %1 recusou a conexão.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>O programa em %1 não é um núcleo com o qual esta versão do Messenger possa funcionar.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Verifique o endereço e execute a mesma versão do Messenger nos dois computadores.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>O Messenger não conseguiu se conectar ao núcleo em %1.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Contatos bloqueados</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Endereços bloqueados</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Endereço a bloquear</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Este endereço não é válido. Digite-o no formato nome@example.org.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>Não foi possível definir seu status</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>Não foi possível salvar seu status</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Não foi possível salvar a configuração</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Nenhuma conta</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado não confiável</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar neste certificado</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>O servidor de %1 apresentou um certificado que não é confiável. Alguém pode estar interceptando a conexão. Confie nele somente se a impressão digital for a publicada pelo administrador do seu servidor.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconhecida)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Impressão digital SHA-256:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalhes:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Próxima aba</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Aba &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fechar aba</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Editando sua última mensagem. Pressione Esc para cancelar.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Editando</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Erro de envio</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Escreva uma mensagem…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter envia, Shift+Enter inicia uma nova linha</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>Não foi possível bloquear %1</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>Não foi possível desbloquear %1</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>Não foi possível enviar a solicitação para %1</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>Não foi possível aprovar a solicitação de %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>Não foi possível remover %1</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>Remover %1 dos seus contatos?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Essa pessoa não verá mais seu status.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>A conta %1 não conseguiu se conectar</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Aguardando aprovação</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Pede para ver seu status</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Conversa em grupo</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Nome do contato</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Endereço do contato</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Mensagem de status</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Digitando</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Conversa em grupo</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 parou de digitar</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Livre para conversar</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Não disponível</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não incomodar</translation>
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
        <translation>Informações do contato</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
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
        <translation>Versão</translation>
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
        <translation>Inativo desde</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Clientes conectados</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nome completo:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Apelido:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organização:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Aniversário:</translation>
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
        <translation>&amp;Conversar</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;Informações</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Mover para o grupo…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>R&amp;emover…</translation>
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
        <translation>Solicitar &amp;autorização novamente</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>A&amp;provar solicitação de autorização</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Ações do contato</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln mensagem não lida</numerusform>
            <numerusform>%Ln mensagens não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1, %2 de %3 conectados</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Conversa em grupo</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Buscando mensagens mais antigas…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>Nenhum resultado mais antigo</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>Nenhum resultado mais recente</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Pasta de conversas</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>Mostrar e-mails &amp;clássicos dos contatos</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>Enviar confirmações de &amp;leitura</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados confiáveis</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>&amp;Esquecer o certificado confiável</numerusform>
            <numerusform>&amp;Esquecer os %Ln certificados confiáveis</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>Pasta de con&amp;versas:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Certificados confiáveis:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Digite o nome da pasta de conversas.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>A pasta de conversas não pode ser INBOX, e o nome dela não pode conter *, %, aspas, barras invertidas nem caracteres de controle.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>O servidor não aceitou a senha.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Nenhuma senha está salva para esta conta.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>O servidor não foi encontrado. Verifique o endereço e as configurações de conexão.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Não é possível acessar o servidor. Verifique sua conexão com a internet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>O certificado do servidor não é confiável, portanto a conexão pode não ser privada.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>O servidor não oferece uma conexão criptografada.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>O servidor recusou a conexão.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>A conta foi conectada em outro lugar com o mesmo recurso.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>O servidor informou um erro.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Esta versão do Messenger não oferece suporte a este tipo de conta.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>A conexão foi perdida.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>O servidor não oferece suporte às funções necessárias.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>A conta não foi encontrada.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>As configurações da conta não são válidas.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Ocorreu um erro interno no Messenger.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>A conta não conseguiu se conectar.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>A conta não está conectada.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>O servidor da conta não oferece suporte a essa função.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>Isso não existe mais.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Os dados informados não são válidos.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Isso já existe.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>O servidor recusou a operação.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Localizar na conversa</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Resultado anterior (mais antigo)</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Próximo resultado (mais recente)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado da busca</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fechar a barra de busca</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensagens</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos os contatos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Carregar &amp;mais</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Mensagem no contexto</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>A busca falhou.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Nenhuma mensagem encontrada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln mensagem encontrada</numerusform>
            <numerusform>%Ln mensagens encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
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
        <translation>Nenhuma (sem criptografia)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>O endereço</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Segurança:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome de usuário:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Recebimento de e-mails (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Porta IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Segurança IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nome de usuário IMAP</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Envio de e-mails (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Porta SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Segurança SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nome de usuário SMTP</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Digite o servidor de recebimento de e-mails (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Digite o servidor de envio de e-mails (SMTP).</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>O servidor de recebimento de e-mails (IMAP) não é um nome de host nem um endereço.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>O servidor de envio de e-mails (SMTP) não é um nome de host nem um endereço.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Permitir conexão sem criptografia (somente para um servidor neste computador ou na sua rede local)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Configurações do servidor</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Sem criptografia, qualquer pessoa no caminho pode ler sua senha e suas mensagens. Escolha TLS ou STARTTLS, ou permita a conexão sem criptografia se o servidor estiver neste computador ou na sua rede local.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>Os servidores são deduzidos a partir do seu endereço.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>Recebimento: %1, porta %2, %3. Envio: %4, porta %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 não parece ser um servidor neste computador ou na sua rede local: sua senha e suas mensagens atravessariam a internet sem criptografia.</translation>
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
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>&amp;Editar conta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contatos</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Adicionar &amp;contato…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>Nova conversa em &amp;grupo…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>Contatos &amp;bloqueados…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Mostrar contatos &amp;desconectados</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>Ordenar por &amp;status</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>Ordenar por &amp;nome</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>&amp;Localizar contato</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>&amp;Sobre o Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Aviso sobre o armazenamento de senhas</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contatos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — conectado a %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — conectado ao núcleo local</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>As senhas não são salvas. %1 Elas ficam na memória até você sair.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Nenhum chaveiro do sistema está disponível.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>Núcleo inacessível, reconectando…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>Não é possível acessar o núcleo: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>Sobre o Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Um aplicativo de mensagens instantâneas para desktop, com XMPP e conversas por e-mail.
Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Novas mensagens</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editada %1</translation>
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
        <translation>Editada</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>A conta não está conectada. Tente novamente quando ela estiver conectada.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>Esta conta não pode fazer isso.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>A mensagem ou a conta dela não existe mais.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>A mensagem está vazia ou é longa demais.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>Não funcionou (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
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
        <translation>&amp;Tentar novamente</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Mover para o grupo</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>Mover %1 para o grupo:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Contatos (sem grupo)</translation>
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
        <translation>Nova conversa em grupo</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>&amp;Iniciar conversa em grupo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membros:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Outros:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>No momento, nenhuma conta conectada pode iniciar uma conversa em grupo.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contatos</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Contatos a adicionar ao grupo</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>nome@example.org, outro@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Endereços de outros membros</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Endereços de membros que não estão nos seus contatos.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 não é um endereço válido. Digite os endereços no formato nome@example.org, separados por vírgulas ou espaços.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Estes endereços não são válidos: %1. Digite os endereços no formato nome@example.org, separados por vírgulas ou espaços.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>Escolha pelo menos um membro ou digite um endereço.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Digite um nome para o grupo.</translation>
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
        <translation>Abrir conversa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln nova mensagem</numerusform>
            <numerusform>%Ln novas mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln nova mensagem. A mais recente: %1</numerusform>
            <numerusform>%Ln novas mensagens. A mais recente: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Digitar senha</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Digite a senha de %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Digite a senha.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Abas em uma janela</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Uma janela para cada conversa</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>Abrir &amp;conversas em:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Mostrar contatos &amp;desconectados</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>Iniciar minimizado na &amp;bandeja do sistema</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Quando eu estiver longe do computador</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Minutos até mudar para ausente</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>Mudar para &amp;ausente após:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Minutos até mudar para não disponível</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>Mudar para &amp;não disponível após:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Manter minha mensagem de status</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Mudar para ausente quando nenhuma &amp;janela estiver aberta (se o Messenger for executado como serviço em segundo plano)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Quando o Messenger é executado como serviço em segundo plano (%1) e todas as janelas conectadas a ele são fechadas, seu status muda para ausente e é restaurado quando uma janela é aberta novamente. Sem serviço em segundo plano, o Messenger sempre tem sua janela, portanto esta opção não muda nada.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>Notificar no&amp;vas mensagens</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Mostrar o &amp;texto da mensagem nas notificações</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>As mensagens são mantidas para sempre.</translation>
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
        <translation>Iniciar com a &amp;sessão da área de trabalho</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>&amp;Mensagem de ausência:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>Não foi possível alterar a inicialização automática: %1</translation>
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
        <translation>Renomear contato</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
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
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Livre para conversar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Não disponível</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não incomodar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Seu status</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Mensagem de status</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Mensagem de status: pressione Enter para defini-la</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Status automático</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Definido automaticamente porque você está longe do computador.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Solicitação de contato</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 pede para ver seu status de conexão na conta %2.</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Mensagem do contato</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Aprovar e a&amp;dicionar</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mais &amp;tarde</translation>
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
            <numerusform>%Ln mensagem não lida</numerusform>
            <numerusform>%Ln mensagens não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>&amp;Mostrar lista de contatos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>&amp;Ocultar lista de contatos</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Livre para conversar</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Não disponível</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não incomodar</translation>
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
        <translation>Não foi possível abrir a conversa com %1.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>O Messenger abre somente links xmpp: e mailto:.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>O link é longo demais.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>O link está malformado.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>O link não indica nenhum endereço.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>O link não indica um endereço válido (usuário@servidor).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>O link indica um dispositivo específico de um contato. Somente endereços no formato usuário@servidor podem ser abertos.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>O link indica um servidor, não um contato (usuário@servidor).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>O link indica vários endereços; uma conversa tem apenas um.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>O link convida você para uma conversa em grupo. O Messenger ainda não oferece suporte a conversas em grupo.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Não há nenhuma conta XMPP ativada para abrir a conversa. Adicione uma primeiro (Messenger, Adicionar conta).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Não há nenhuma conta de e-mail ativada para abrir a conversa. Adicione uma primeiro (Messenger, Adicionar conta).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>O link solicita a conta %1, que não está configurada aqui.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Não é possível abrir o link</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
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
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Digite o endereço no formato nome@example.org.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Digite a senha.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>Sua conta de e-mail</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Digite o endereço no formato nome@example.org.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>Qual rede?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;E-mail (conversa por IMAP e SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Teste de conexão</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado da conexão</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar neste certificado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Conexão estabelecida. A conta está pronta.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Tentando novamente.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Volte para alterar os dados ou cancele.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Antes de confiar no certificado, compare esta impressão digital SHA-256 com a publicada pelo administrador do servidor:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Boas-vindas ao Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Adicione uma conta XMPP ou de e-mail para começar a conversar.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>Abre uma janela para adicionar uma conta XMPP ou de e-mail</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>Sua conta XMPP</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>&amp;Criar esta conta no servidor</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>Mostrar configurações a&amp;vançadas</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Detectado automaticamente</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>TLS &amp;direto (sem STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
</context>
</TS>
