<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>服务器主机</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>服务器端口</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>直接 TLS（不使用 STARTTLS）(&amp;D)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>服务器主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>服务器端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>删除账户(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>要从 Messenger 中删除账户 %1 吗？</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>其联系人仍保留在服务器上。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>同时删除本地历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>另有 %Ln 个联系人请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>输入密码…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>查看证书…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>编辑账户…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 未连接</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 请求查看您的状态</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>查看下一个…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>连接失败（%1）。</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 详细信息：%2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>服务器不接受该地址或密码。</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>该账户没有密码。</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>找不到服务器。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>服务器的证书不受信任。</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>服务器不提供加密连接。</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>服务器拒绝了该请求。</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>该账户已存在，或正被另一个客户端使用。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>暂不支持此网络。</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>账户信息无效。</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>保留该账户吗？</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>账户 %1 尚未连接。</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>要将其停用并保留以便稍后修复，还是删除它？</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>停用并保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>无分组</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>目前没有可以添加联系人的已连接账户。</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>请输入联系人的地址。</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>这不是有效的地址。请按 name@example.org 的格式输入。</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>无法连接到核心</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>本机尚未与 %1 上的核心配对。</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>请在核心所在的电脑上为本机签发凭据（%1），然后在此处与其配对：%2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 不是核心的地址。</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>请按 HOST:PORT 的格式输入地址，例如 home.example.org:5299。</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>%1 上的核心未通过加密连接响应。</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger 只通过加密连接来连接另一台电脑上的核心。请检查地址和端口。</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>%1 上的核心的证书已更改。</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>可能有人正在拦截连接。如果核心已重新设置，请使用它现在显示的指纹重新配对。</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>%1 上的核心不接受本机的凭据。</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>凭据可能已被吊销。请在核心所在的电脑上签发新的凭据，然后重新配对。</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>此配置文件没有正在运行的核心。</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>请先使用 %1 启动核心，或者不带 %2 启动 Messenger，以便在此窗口中运行核心。</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>此配置文件的核心没有响应。</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>核心可能已停止或正忙。请稍后重试。</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>此配置文件的核心拒绝了连接。</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>原因请参见详情。</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>此配置文件的核心无法与此版本的 Messenger 配合使用。</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>请启动与核心相同版本的 Messenger。</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Messenger 无法连接到此配置文件的核心。</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>%1 上的核心没有响应。</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>请检查核心是否正在那台电脑上运行，以及网络及其防火墙是否允许本机访问它。</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>%1 上的核心拒绝了连接。</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>%1 上的程序不是此版本的 Messenger 可以配合使用的核心。</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>请检查地址，并在两台电脑上运行相同版本的 Messenger。</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Messenger 无法连接到 %1 上的核心。</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>已屏蔽的联系人</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>已屏蔽的地址</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>取消屏蔽(&amp;U)</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>要屏蔽的地址</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>屏蔽(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>这不是有效的地址。请按 name@example.org 的格式输入。</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>无法设置您的状态</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>无法保存您的状态</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>无法保存该设置</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>无账户</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>信任此证书(&amp;T)</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>%1 的服务器出示了不受信任的证书。可能有人正在窃听。仅当其指纹与您的服务器运营者公布的指纹一致时，才信任此证书。</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详细信息：</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>正在编辑您的上一条消息。按 Esc 取消。</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>正在编辑</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>发送错误</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>输入消息…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>按 Enter 发送，按 Shift+Enter 换行</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>无法屏蔽 %1</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>无法取消屏蔽 %1</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>无法向 %1 发送请求</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>无法同意 %1 的请求</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>要将 %1 从联系人中删除吗？</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>对方将无法再看到您的状态。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>%1 无法连接</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>等待授权</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>请求查看您的状态</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>群聊</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>联系人名称</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>联系人地址</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>状态消息</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>正在输入</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>群聊</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 已停止输入</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>自由聊天</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>长时间离开</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>请勿打扰</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>联系人信息</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>加载状态</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>空闲开始时间</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>已连接的客户端</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>昵称：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>查看信息(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>移动到分组(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>屏蔽(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>取消屏蔽(&amp;U)</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>再次请求授权(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>同意授权请求(&amp;P)</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>联系人操作</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln 条未读消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1，在线 %2/%3</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>群聊</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>正在搜索更早的消息…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>没有更早的匹配项</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配项</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>没有更晚的匹配项</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>聊天文件夹</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>显示联系人发来的传统电子邮件(&amp;C)</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>发送已读回执(&amp;E)</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>受信任的证书</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>忘记 %Ln 个受信任的证书(&amp;F)</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>聊天文件夹(&amp;H)：</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>受信任的证书：</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>请输入聊天文件夹的名称。</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>聊天文件夹不能是 INBOX，其名称也不能包含 *、%、引号、反斜杠或控制字符。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>服务器不接受该密码。</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>此账户未保存密码。</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>找不到服务器。请检查地址和连接设置。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>无法连接到服务器。请检查您的互联网连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>服务器的证书不受信任，因此连接可能不是私密的。</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>服务器不提供加密连接。</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>该账户已在其他地方使用相同的资源登录。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>服务器报告了一个错误。</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>此版本的 Messenger 不支持此类账户。</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>连接已断开。</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>服务器不支持所需的功能。</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>找不到该账户。</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>账户设置无效。</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Messenger 内部出现错误。</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>账户无法连接。</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>账户未连接。</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>账户的服务器不支持此功能。</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>该项已不存在。</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>输入无效。</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>该项已存在。</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>服务器拒绝了此操作。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>在对话中查找</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>上一个（更早的）匹配项</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>下一个（更晚的）匹配项</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>HistoryResultsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A search result read aloud or copied: contact, time, message.</extracomment>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有账户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>所有联系人</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>消息上下文</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>搜索失败。</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>未找到消息。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>找到 %Ln 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
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
        <translation>无（不加密）</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>与地址相同</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>安全性：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>接收邮件（IMAP）</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP 服务器</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP 端口</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>IMAP 安全性</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>IMAP 用户名</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>发送邮件（SMTP）</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP 端口</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP 安全性</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP 用户名</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>请输入接收邮件（IMAP）服务器。</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>请输入发送邮件（SMTP）服务器。</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>接收邮件（IMAP）服务器不是有效的主机名或地址。</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>发送邮件（SMTP）服务器不是有效的主机名或地址。</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>允许不加密的连接（仅适用于本机或本地网络中的服务器）</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>服务器设置</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>不加密时，传输途中的任何人都能读取您的密码和消息。请选择 TLS 或 STARTTLS；如果服务器位于本机或本地网络中，也可以允许不加密的连接。</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>服务器是根据您的地址推测的。</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>接收：%1，端口 %2，%3。发送：%4，端口 %5，%6。</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 似乎不是本机或本地网络中的服务器：您的密码和消息将以不加密的形式在互联网上传输。</translation>
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
        <translation>Messenger(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>编辑账户(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>添加联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>新建群聊(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>已屏蔽的联系人(&amp;B)…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>显示离线联系人(&amp;O)</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>按状态排序(&amp;S)</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>按名称排序(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>查找联系人(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>关于 Messenger(&amp;A)</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>密码存储警告</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — 已连接到 %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — 已连接到本地核心</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>密码不会被保存。%1 在您退出之前，密码仅保留在内存中。</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>没有可用的系统密钥环。</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>无法连接到核心，正在重新连接…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>无法连接到核心：%1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>关于 Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>一款支持 XMPP 和电子邮件聊天的桌面即时通讯软件。
依据 GNU 通用公共许可证第 3 版或更高版本发布的自由软件。</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>%1（已编辑）</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Two parts of a list (&quot;Juliet: hi&quot; and &quot;10:02&quot;), joined your language&apos;s way.</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>账户未连接。请在账户上线后重试。</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>此账户无法执行该操作。</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>该消息或其账户已不存在。</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>消息为空或过长。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>操作未成功（%1）。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>移动到分组</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>将 %1 移动到分组：</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>联系人（无分组）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>新建群聊</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>开始群聊(&amp;S)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>群聊名称</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群聊名称</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>其他成员(&amp;O)：</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>目前没有可以发起群聊的已连接账户。</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系人</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>要添加到群聊的联系人</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>name@example.org, other@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>其他成员的地址</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>不在您联系人中的成员的地址。</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 不是有效的地址。请按 name@example.org 的格式输入地址，并用逗号或空格分隔。</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>以下地址无效：%1。请按 name@example.org 的格式输入地址，并用逗号或空格分隔。</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>请至少选择一名成员，或输入一个地址。</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>请输入群聊名称。</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>打开聊天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln 条新消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln 条新消息。最新一条：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>输入密码</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>请输入 %1 的密码。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>同一窗口中的标签页</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>每个聊天一个窗口</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>聊天打开方式(&amp;C)：</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>显示离线联系人(&amp;O)</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>启动时最小化到系统托盘(&amp;M)</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>当我离开电脑时</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>自动设为离开前的分钟数</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>自动设为离开(&amp;A)：</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>自动设为长时间离开前的分钟数</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>自动设为长时间离开(&amp;E)：</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>保留当前状态消息</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>没有打开的窗口时将我设为离开（当 Messenger 作为后台服务运行时）(&amp;W)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>当 Messenger 作为后台服务运行（%1）且连接到它的所有窗口都已关闭时，您的状态会变为离开，并在再次打开窗口时恢复。如果没有后台服务，Messenger 始终有自己的窗口，因此此选项不起作用。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>有新消息时通知我(&amp;N)</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>在通知中显示消息内容(&amp;T)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>消息将永久保留。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>登录桌面时自动启动(&amp;D)</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>离开消息(&amp;G)：</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>无法更改自动启动项：%1</translation>
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
        <translation>重命名联系人</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>自由聊天</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>长时间离开</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>请勿打扰</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>您的状态</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>状态消息</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>状态消息：按 Enter 进行设置</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>自动状态</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>由于您已离开电脑，状态已自动设置。</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>联系人请求</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 请求查看您的账户 %2 何时在线。</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>对方的留言</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>同意(&amp;A)</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>同意并添加(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>拒绝(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
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
            <numerusform>%Ln 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>显示联系人列表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger：%1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>隐藏联系人列表(&amp;H)</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>自由聊天</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>长时间离开</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>请勿打扰</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>无法打开与 %1 的聊天。</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger 只能打开 xmpp: 和 mailto: 链接。</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>链接过长。</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>链接格式错误。</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>链接中没有地址。</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>链接中的地址无效（应为 user@host）。</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>该链接指向联系人的某一台设备。只能打开 user@host 格式的地址。</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>该链接指向服务器，而不是联系人（user@host）。</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>该链接包含多个地址，而一个聊天只能有一个地址。</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>该链接邀请您加入群聊。Messenger 暂不支持群聊。</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>没有可用于打开此聊天的已启用 XMPP 账户。请先添加一个（Messenger &gt; 添加账户）。</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>没有可用于打开此聊天的已启用电子邮件账户。请先添加一个（Messenger &gt; 添加账户）。</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>该链接要求使用账户 %1，但此处尚未设置该账户。</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>无法打开链接</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
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
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>请按 name@example.org 的格式输入地址。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>您的电子邮件账户</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>请按 name@example.org 的格式输入地址。</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>使用哪种网络？</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>电子邮件（通过 IMAP 和 SMTP 聊天）(&amp;E)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>信任此证书(&amp;T)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>已连接。账户已就绪。</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 仍在重试。</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
请返回修改信息，或者取消。</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>在信任之前，请将此 SHA-256 指纹与服务器运营者公布的指纹进行比对：
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>欢迎使用 Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>添加 XMPP 或电子邮件账户即可开始聊天。</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>打开对话框以添加 XMPP 或电子邮件账户</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>您的 XMPP 账户</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>在服务器上创建此账户(&amp;C)</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>显示高级设置(&amp;V)</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>直接 TLS（不使用 STARTTLS）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
</context>
</TS>
