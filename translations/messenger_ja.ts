<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>アカウントの編集</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>有効(&amp;E)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>表示名(&amp;N):</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新しいパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>サーバーホスト</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>サーバーポート</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>直接 TLS (STARTTLS なし)(&amp;D)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>サーバーホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>サーバーポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>リソース(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>アカウントを削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>Messenger からアカウント %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>連絡先はサーバー上に残ります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>ローカルの履歴も削除する(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>ほかに %Ln 件の連絡先リクエスト</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>パスワードを入力…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>証明書を確認…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>アカウントを編集…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 は接続されていません</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 がステータスの閲覧を求めています</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>確認…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>次を確認…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>接続に失敗しました (%1)。</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 詳細: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>サーバーがアドレスまたはパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>このアカウントにはパスワードがありません。</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>サーバーが見つかりませんでした。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>サーバーに接続できません。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>サーバーの証明書は信頼されていません。</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>サーバーは暗号化された接続を提供していません。</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>サーバーが要求を拒否しました。</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>このアカウントは既に存在するか、別のクライアントが使用しています。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>このネットワークにはまだ対応していません。</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>アカウント情報が正しくありません。</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>アカウントを残しますか?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>アカウント %1 はまだ接続されていません。</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>無効にして残し、後で修正しますか? それとも削除しますか?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>無効にして残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>連絡先の追加</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>連絡先を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>グループなし</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>アドレス(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>連絡先を追加できる接続中のアカウントが現在ありません。</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>連絡先のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>有効なアドレスではありません。name@example.org の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>コアに接続できません</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>このコンピューターは %1 のコアとペアリングされていません。</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>コアのあるコンピューターでこのコンピューター用の資格情報を発行し (%1)、ここでペアリングしてください: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 はコアのアドレスではありません。</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>アドレスは HOST:PORT の形式で入力してください (例: home.example.org:5299)。</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>%1 のコアが暗号化された接続で応答しませんでした。</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger は、別のコンピューター上のコアには暗号化された接続でのみ接続します。アドレスとポートを確認してください。</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>%1 のコアの証明書が変更されています。</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>通信が傍受されている可能性があります。コアを設定し直した場合は、コアに現在表示されているフィンガープリントで再度ペアリングしてください。</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>%1 のコアがこのコンピューターの資格情報を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>資格情報が取り消された可能性があります。コアのあるコンピューターで新しい資格情報を発行し、再度ペアリングしてください。</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>このプロファイルのコアが実行されていません。</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>先に %1 でコアを起動するか、%2 を付けずに Messenger を起動してこのウィンドウでコアを実行してください。</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>このプロファイルのコアが応答しません。</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>コアが停止しているか、処理中の可能性があります。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>このプロファイルのコアが接続を拒否しました。</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>理由については詳細を参照してください。</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>このプロファイルのコアは、このバージョンの Messenger では使用できません。</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>コアと同じバージョンの Messenger を起動してください。</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Messenger がこのプロファイルのコアに接続できませんでした。</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>%1 のコアが応答しません。</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>そのコンピューターでコアが実行されていること、およびネットワークとそのファイアウォールがこのコンピューターからの接続を許可していることを確認してください。</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>%1 のコアが接続を拒否しました。</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>%1 のプログラムは、このバージョンの Messenger で使用できるコアではありません。</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>アドレスを確認し、両方のコンピューターで同じバージョンの Messenger を実行してください。</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Messenger が %1 のコアに接続できませんでした。</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>ブロックした連絡先</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>ブロックしたアドレス</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>ブロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>ブロックするアドレス</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>ブロック(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>有効なアドレスではありません。name@example.org の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>ステータスを設定できませんでした</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>ステータスを保存できませんでした</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>設定を保存できませんでした</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>アカウントなし</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>この証明書を信頼する(&amp;T)</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>%1 のサーバーが信頼されていない証明書を提示しました。通信が盗聴されている可能性があります。フィンガープリントがサーバー運営者の公開しているものと一致する場合にのみ信頼してください。</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>詳細:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>自分</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話一覧</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>次のタブ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>前のタブ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>タブを閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>最後のメッセージを編集中です。Esc キーでキャンセルします。</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>編集中</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>送信エラー</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>メッセージを入力…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter で送信、Shift+Enter で改行</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>%1 をブロックできませんでした</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>%1 のブロックを解除できませんでした</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>%1 へのリクエストを送信できませんでした</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>%1 のリクエストを許可できませんでした</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>%1 を連絡先から削除しますか?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>相手からあなたのステータスが見えなくなります。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>%1 は接続できませんでした</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>ステータスの閲覧を求めています</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>グループチャット</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>連絡先の名前</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>連絡先のアドレス</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>ステータスメッセージ</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>入力中</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>グループチャット</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 が入力中…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 が入力をやめました</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>チャット可能</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>長時間離席中</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>離席中</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>連絡先の情報</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>プロフィール画像</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>読み込み状態</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>現地時刻</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>アイドル開始時刻</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>接続中のクライアント</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>ニックネーム:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>ウェブサイト:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>誕生日:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>情報を表示(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>グループへ移動(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>ブロック(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>ブロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>承認を再リクエスト(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>承認リクエストを許可(&amp;P)</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>連絡先の操作</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>未読メッセージ %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1、オンライン %2/%3</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>グループチャット</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>以前のメッセージを検索中…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>これより古い一致はありません</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致するものはありません</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>これより新しい一致はありません</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>チャットフォルダー</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>連絡先からの従来のメールを表示する(&amp;C)</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>既読通知を送信する(&amp;E)</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>信頼済みの証明書</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>信頼済みの証明書 %Ln 件を消去(&amp;F)</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>チャットフォルダー(&amp;H):</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>信頼済みの証明書:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>チャットフォルダーの名前を入力してください。</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>チャットフォルダーに INBOX は使えません。また、名前に *、%、引用符、バックスラッシュ、制御文字は使えません。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>サーバーがパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>このアカウントのパスワードは保存されていません。</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>サーバーが見つかりませんでした。アドレスと接続設定を確認してください。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>サーバーに接続できません。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>サーバーの証明書が信頼されていないため、接続が保護されていない可能性があります。</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>サーバーは暗号化された接続を提供していません。</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>サーバーが接続を拒否しました。</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>このアカウントは同じリソースで別の場所からログインされました。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>サーバーがエラーを報告しました。</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>このバージョンの Messenger はこの種類のアカウントに対応していません。</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>接続が切断されました。</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>サーバーが必要な機能に対応していません。</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>アカウントが見つかりませんでした。</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>アカウント設定が正しくありません。</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Messenger の内部でエラーが発生しました。</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>アカウントを接続できませんでした。</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>アカウントは接続されていません。</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>アカウントのサーバーはこの機能に対応していません。</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>もう存在しません。</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>入力が正しくありません。</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>既に存在します。</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>サーバーに拒否されました。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>会話内を検索</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>前の一致 (古い方)</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>次の一致 (新しい方)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>HistoryResultsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A search result read aloud or copied: contact, time, message.</extracomment>
        <translation>%1、%2: %3</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>メッセージを検索</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>すべての連絡先</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>さらに読み込む(&amp;M)</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>前後のメッセージ</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>検索に失敗しました。</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>メッセージが見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln 件のメッセージが見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>自分</translation>
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
        <translation>なし (暗号化しない)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>アドレスと同じ</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>セキュリティ:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>受信メール (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP サーバー</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP ポート</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>IMAP セキュリティ</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>IMAP ユーザー名</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>送信メール (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP サーバー</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP ポート</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP セキュリティ</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP ユーザー名</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>受信メール (IMAP) サーバーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>送信メール (SMTP) サーバーを入力してください。</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>受信メール (IMAP) サーバーがホスト名またはアドレスになっていません。</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>送信メール (SMTP) サーバーがホスト名またはアドレスになっていません。</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>暗号化されていない接続を許可する (このコンピューターまたはローカルネットワーク上のサーバーのみ)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>サーバー設定</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>暗号化しないと、通信経路上の誰もがパスワードとメッセージを読み取れます。TLS または STARTTLS を選択するか、サーバーがこのコンピューターまたはローカルネットワーク上にある場合は暗号化されていない接続を許可してください。</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>サーバーはアドレスから推測されています。</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>受信: %1、ポート %2、%3。送信: %4、ポート %5、%6。</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 はこのコンピューターまたはローカルネットワーク上のサーバーではないようです。パスワードとメッセージが暗号化されずにインターネット上を流れることになります。</translation>
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
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>アカウントを編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>連絡先(&amp;C)</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>連絡先を追加(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>新しいグループチャット(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>ブロックした連絡先(&amp;B)…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>オフラインの連絡先を表示(&amp;O)</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>ステータス順に並べ替え(&amp;S)</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>名前順に並べ替え(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>連絡先を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>Messenger について(&amp;A)</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>パスワード保存に関する警告</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>連絡先を検索</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — %1 に接続済み</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — ローカルのコアに接続済み</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>パスワードは保存されません。%1 終了するまではメモリ内に保持されます。</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>利用できるシステムキーリングがありません。</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>コアに接続できません。再接続中…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>コアに接続できません: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>Messenger について</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>XMPP とメールでチャットできるデスクトップ用インスタントメッセンジャーです。
GNU General Public License バージョン 3 以降のもとで公開されているフリーソフトウェアです。</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>新着メッセージ</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>%1 (編集済み)</translation>
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
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>既読</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未送信: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>アカウントが接続されていません。オンラインになってから再試行してください。</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>このアカウントではその操作はできません。</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>メッセージまたはそのアカウントはもう存在しません。</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>メッセージが空か、長すぎます。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>操作に失敗しました (%1)。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>テキストをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>グループへ移動</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移動(&amp;M)</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>%1 の移動先グループ:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>連絡先 (グループなし)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>新しいグループチャット</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>グループチャットを開始(&amp;S)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>グループチャットの名前</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>グループチャット名</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>メンバー(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>その他のメンバー(&amp;O):</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>グループチャットを開始できる接続中のアカウントが現在ありません。</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>連絡先を検索</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>グループチャットに追加する連絡先</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>name@example.org, other@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>その他のメンバーのアドレス</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>連絡先に登録されていないメンバーのアドレスです。</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 は有効なアドレスではありません。アドレスは name@example.org の形式で、カンマまたはスペースで区切って入力してください。</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>次のアドレスは有効ではありません: %1。アドレスは name@example.org の形式で、カンマまたはスペースで区切って入力してください。</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>メンバーを 1 人以上選択するか、アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>グループチャットの名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>お知らせ</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>チャットを開く</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>新着メッセージ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>新着メッセージ %Ln 件。最新: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>パスワードの入力</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>%1 のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>1 つのウィンドウ内のタブ</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>チャットごとに別ウィンドウ</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>チャットを開く場所(&amp;C):</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>オフラインの連絡先を表示する(&amp;O)</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>起動時にシステムトレイに最小化する(&amp;M)</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>コンピューターから離れているとき</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>離席中にするまでの時間 (分)</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>離席中にするまでの時間(&amp;A):</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>長時間離席中にするまでの時間 (分)</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>長時間離席中にするまでの時間(&amp;E):</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>現在のステータスメッセージを維持</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>ウィンドウが開いていないときは離席中にする (Messenger をバックグラウンドサービスとして実行している場合)(&amp;W)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Messenger をバックグラウンドサービスとして実行していて (%1)、接続しているウィンドウがすべて閉じられると、ステータスが離席中になり、ウィンドウを再び開くと元に戻ります。バックグラウンドサービスがない場合、Messenger には常にウィンドウがあるため、この設定は効果がありません。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>新着メッセージを通知する(&amp;N)</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>通知にメッセージ本文を表示する(&amp;T)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>メッセージは無期限に保存されます。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> 分</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>デスクトップへのログイン時に起動する(&amp;D)</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>離席中メッセージ(&amp;G):</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>自動起動の設定を変更できませんでした: %1</translation>
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
        <translation>連絡先の名前を変更</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>チャット可能</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>離席中</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>長時間離席中</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>自分のステータス</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>ステータスメッセージ</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>ステータスメッセージ: Enter キーで設定</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>自動ステータス</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>コンピューターから離れているため、自動的に設定されました。</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>連絡先リクエスト</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1 が、アカウント %2 のオンライン状態の閲覧を求めています。</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>相手からのメッセージ</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>許可(&amp;A)</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>許可して追加(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>拒否(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
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
            <numerusform>未読メッセージ %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>連絡先リストを表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>連絡先リストを隠す(&amp;H)</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>チャット可能</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>離席中</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>長時間離席中</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>%1 とのチャットを開けませんでした。</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger で開けるのは xmpp: と mailto: のリンクだけです。</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>リンクが長すぎます。</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>リンクの形式が正しくありません。</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>リンクにアドレスが含まれていません。</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>リンクのアドレスが正しくありません (user@host)。</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>このリンクは連絡先の特定のデバイスを指しています。開けるのは user@host 形式のアドレスだけです。</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>このリンクは連絡先 (user@host) ではなくサーバーを指しています。</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>このリンクには複数のアドレスが含まれていますが、チャットの相手は 1 つだけです。</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>このリンクはグループチャットへの招待です。Messenger はまだグループチャットに対応していません。</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>チャットを開くための有効な XMPP アカウントがありません。先に追加してください (Messenger &gt; アカウントを追加)。</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>チャットを開くための有効なメールアカウントがありません。先に追加してください (Messenger &gt; アカウントを追加)。</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>このリンクはアカウント %1 を指定していますが、このアカウントは設定されていません。</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>リンクを開けません</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
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
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>アドレスを name@example.org の形式で入力してください。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>メールアカウント</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>アドレスを name@example.org の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>どのネットワークを使いますか?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>メール (IMAP と SMTP でチャット)(&amp;E)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>この証明書を信頼する(&amp;T)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>接続しました。アカウントの準備ができました。</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 再試行しています。</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
戻って情報を変更するか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>信頼する前に、この SHA-256 フィンガープリントをサーバー運営者が公開しているものと照合してください:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Messenger へようこそ</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>XMPP またはメールのアカウントを追加して、チャットを始めましょう。</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>XMPP またはメールのアカウントを追加するダイアログを開きます</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>XMPP アカウント</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>このアカウントをサーバー上に作成する(&amp;C)</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>詳細設定を表示する(&amp;V)</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>直接 TLS (STARTTLS なし)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>リソース(&amp;R):</translation>
    </message>
</context>
</TS>
