<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Hesabı düzenle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Görünen ad</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Değiştirilmeyecek</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Etkin</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Görünen &amp;ad:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Yeni &amp;parola:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Sunucu ana makinesi</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Sunucu portu</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>&amp;Doğrudan TLS (STARTTLS olmadan)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Sunucu ana &amp;makinesi:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>Sunucu p&amp;ortu:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>Ka&amp;ynak:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Hesabı ka&amp;ldır…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hesabı kaldır</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>%1 hesabı Messenger&apos;dan kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>Hesabın kişileri sunucuda kalır. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>Yerel &amp;geçmişi de sil</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>%Ln yetkilendirme isteği daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Parolayı gir…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Sertifikayı incele…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Yeniden bağlan</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Hesabı düzenle…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanıyor…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 hesabı bağlı değil</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>%1 durumunuzu görmek istiyor</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>İncele…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>Sonrakini incele…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Bağlantı başarısız oldu (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Ayrıntılar: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>Sunucu adresi veya parolayı kabul etmedi.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>Hesabın parolası yok.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>Sunucu bulunamadı.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Sunucuya ulaşılamıyor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Sunucunun sertifikası güvenilir değil.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Sunucu şifreli bağlantı sunmuyor.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Sunucu isteği reddetti.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>Bu hesap zaten var veya başka bir istemci tarafından kullanılıyor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Sunucu zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>Bu ağ henüz desteklenmiyor.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>Hesap bilgileri geçerli değil.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Hesap ekle</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>Hesap korunsun mu?</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>%1 hesabı henüz bağlanmadı.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>Daha sonra düzeltmek için devre dışı olarak korunsun mu, yoksa kaldırılsın mı?</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>&amp;Devre dışı olarak koru</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Kişi ekle</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Kişi &amp;ekle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>ad@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>İsteğe bağlı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Grup yok</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Hesap:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>A&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grup:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>Şu anda kişi ekleyebilecek bağlı bir hesap yok.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>Kişinin adresini girin.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Bu geçerli bir adres değil. Adresi ad@example.org biçiminde girin.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>Çekirdeğe bağlanılamıyor</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>Bu bilgisayar %1 adresindeki çekirdekle eşleştirilmemiş.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>Çekirdeğin bulunduğu bilgisayarda bu bilgisayar için bir kimlik bilgisi oluşturun (%1), ardından burada eşleştirin: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>%1 bir çekirdek adresi değil.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>Adresi SUNUCU:PORT biçiminde girin, örneğin home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>%1 adresindeki çekirdek şifreli bir bağlantıyla yanıt vermedi.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>Messenger başka bir bilgisayardaki çekirdeğe yalnızca şifreli bağlantı üzerinden bağlanır. Adresi ve portu denetleyin.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>%1 adresindeki çekirdeğin sertifikası değişti.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>Birisi bağlantıya müdahale ediyor olabilir. Çekirdek yeniden kurulduysa, şimdi gösterdiği parmak iziyle yeniden eşleştirin.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>%1 adresindeki çekirdek bu bilgisayarın kimlik bilgisini kabul etmedi.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>Kimlik bilgisi iptal edilmiş olabilir. Çekirdeğin bulunduğu bilgisayarda yeni bir kimlik bilgisi oluşturun ve yeniden eşleştirin.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>Bu profil için çalışan bir çekirdek yok.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>Önce onu %1 ile başlatın veya çekirdeği bu pencerede çalıştırmak için Messenger&apos;ı %2 olmadan başlatın.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>Bu profilin çekirdeği yanıt vermiyor.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>Durmuş ya da meşgul olabilir. Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>Bu profilin çekirdeği bağlantıyı reddetti.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>Nedenini ayrıntılarda bulabilirsiniz.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>Bu profilin çekirdeği Messenger&apos;ın bu sürümüyle çalışamıyor.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>Messenger&apos;ın çekirdekle aynı sürümünü başlatın.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>Messenger bu profilin çekirdeğine bağlanamadı.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>%1 adresindeki çekirdek yanıt vermiyor.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>Çekirdeğin orada çalıştığını, ağın ve güvenlik duvarının bu bilgisayarın ona ulaşmasına izin verdiğini denetleyin.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>%1 adresindeki çekirdek bağlantıyı reddetti.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>%1 adresindeki program, Messenger&apos;ın bu sürümünün birlikte çalışabileceği bir çekirdek değil.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>Adresi denetleyin ve her iki bilgisayarda da Messenger&apos;ın aynı sürümünü çalıştırın.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>Messenger, %1 adresindeki çekirdeğe bağlanamadı.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>Engellenen kişiler</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Engellenen adresler</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Engeli &amp;kaldır</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>ad@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>Engellenecek adres</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Engelle</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Hesap:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>Bu geçerli bir adres değil. Adresi ad@example.org biçiminde girin.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>Durumunuz ayarlanamadı</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>Durumunuz kaydedilemedi</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Ayar kaydedilemedi</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Hesap yok</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Güvenilmeyen sertifika</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Bu sertifikaya &amp;güven</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>%1 hesabının sunucusu güvenilir olmayan bir sertifika sundu. Birisi bağlantıyı dinliyor olabilir. Yalnızca parmak izi, sunucu yöneticinizin yayımladığıyla aynıysa güvenin.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(bilinmiyor)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 parmak izi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 parmak izi:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Ayrıntılar:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ben</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Sohbetler</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Sonraki sekme</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Ö&amp;nceki sekme</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Sekmeyi &amp;kapat</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>Son iletinizi düzenliyorsunuz. İptal etmek için Esc tuşuna basın.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Düzenleniyor</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Gönderme hatası</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Bir ileti yazın…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter gönderir, Shift+Enter yeni satır başlatır</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>%1 engellenemedi</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>%1 kişisinin engeli kaldırılamadı</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>%1 kişisine istek gönderilemedi</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>%1 kişisinin isteği onaylanamadı</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 kaldırılamadı</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>%1 kişilerinizden kaldırılsın mı?</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>Bu kişi artık durumunuzu göremeyecek.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>%1 hesabı bağlanamadı</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Onay bekleniyor</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>Durumunuzu görmek istiyor</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Grup sohbeti</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Kişi adı</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Kişi adresi</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Durum iletisi</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Yazıyor</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Grup sohbeti</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 yazıyor…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 yazmayı bıraktı</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Sohbete açık</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Uzun süre uzakta</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Müsait</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Uzakta</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Rahatsız etmeyin</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>Kişi bilgileri</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Profil resmi</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Yükleme durumu</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>İstemci</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Yerel saat</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>Boşta kalma başlangıcı</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Bağlı istemciler</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Tam ad:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Takma ad:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-posta:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Web sitesi:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Kuruluş:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Doğum günü:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Sohbet et</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;Bilgileri göster</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Yeniden adlandır…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Gruba taşı…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Engelle</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Engeli k&amp;aldır</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>Yetkilendirmeyi yeniden &amp;iste</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>Yetkilendirme isteğini &amp;onayla</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Kişi eylemleri</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln okunmamış ileti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1, %3 kişiden %2 çevrimiçi</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Grup sohbeti</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>Daha eski iletiler aranıyor…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>Daha eski eşleşme yok</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Eşleşme yok</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>Daha yeni eşleşme yok</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>Sohbet klasörü</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>Kişilerden gelen &amp;klasik e-postaları göster</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>&amp;Okundu bilgisi gönder</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Güvenilen sertifikalar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>%Ln güvenilen sertifikayı &amp;unut</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>Sohbet k&amp;lasörü:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Güvenilen sertifikalar:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>Sohbet klasörünün adını girin.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>Sohbet klasörü INBOX olamaz ve adı *, %, tırnak işareti, ters eğik çizgi veya denetim karakteri içeremez.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Sunucu parolayı kabul etmedi.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Bu hesap için kayıtlı parola yok.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>Sunucu bulunamadı. Adresi ve bağlantı ayarlarını denetleyin.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Sunucuya ulaşılamıyor. İnternet bağlantınızı denetleyin.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>Sunucunun sertifikası güvenilir değil, bu nedenle bağlantı gizli olmayabilir.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>Sunucu şifreli bağlantı sunmuyor.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Sunucu bağlantıyı reddetti.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>Hesaba başka bir yerden aynı kaynakla oturum açıldı.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Sunucu zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Sunucu bir hata bildirdi.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>Messenger&apos;ın bu sürümü bu hesap türünü desteklemiyor.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Bağlantı koptu.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>Sunucu gereken özellikleri desteklemiyor.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>Hesap bulunamadı.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>Hesap ayarları geçerli değil.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>Messenger içinde bir şeyler ters gitti.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>Hesap bağlanamadı.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Hesap bağlı değil.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>Hesabın sunucusu bunu desteklemiyor.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>Artık mevcut değil.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Girdi geçerli değil.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Zaten mevcut.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Sunucu reddetti.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Sohbette bul</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>Önceki (daha eski) eşleşme</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>Sonraki (daha yeni) eşleşme</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Arama sonucu</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Arama çubuğunu kapat</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
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
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>İletilerde ara</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tüm hesaplar</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tüm kişiler</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Daha fazla yükle</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>Bağlamındaki ileti</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Arama başarısız oldu.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>İleti bulunamadı.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln ileti bulundu</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ben</translation>
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
        <translation>Yok (şifrelenmemiş)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Sunucu:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Güvenlik:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Gelen posta (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP sunucusu</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP portu</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>IMAP güvenliği</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>IMAP kullanıcı adı</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Giden posta (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP sunucusu</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP portu</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP güvenliği</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP kullanıcı adı</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Gelen posta (IMAP) sunucusunu girin.</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Giden posta (SMTP) sunucusunu girin.</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>Gelen posta (IMAP) sunucusu bir ana makine adı veya adres değil.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>Giden posta (SMTP) sunucusu bir ana makine adı veya adres değil.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>Şifrelenmemiş bağlantıya izin ver (yalnızca bu bilgisayardaki veya yerel ağınızdaki bir sunucu için)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Sunucu ayarları</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>Şifreleme olmadan, yoldaki herkes parolanızı ve iletilerinizi okuyabilir. TLS ya da STARTTLS seçin veya sunucu bu bilgisayardaysa ya da yerel ağınızdaysa şifrelenmemiş bağlantıya izin verin.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>Sunucular adresinizden tahmin edildi.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>Gelen: %1, port %2, %3. Giden: %4, port %5, %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>%1 bu bilgisayardaki veya yerel ağınızdaki bir sunucuya benzemiyor: parolanız ve iletileriniz internet üzerinden şifrelenmeden iletilirdi.</translation>
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
        <translation>&amp;Hesap ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>Hesabı &amp;düzenle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kişiler</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>&amp;Kişi ekle…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>&amp;Yeni grup sohbeti…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>&amp;Engellenen kişiler…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Çevrimdışı kişileri &amp;göster</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>&amp;Duruma göre sırala</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>&amp;Ada göre sırala</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>Kişi &amp;bul</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>Messenger &amp;hakkında</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>Parola saklama uyarısı</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kişilerde ara</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — %1 adresindeki çekirdeğe bağlı</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — yerel çekirdeğe bağlı</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>Parolalar kaydedilmiyor. %1 Çıkana kadar bellekte tutulurlar.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Kullanılabilir sistem anahtarlığı yok.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>Çekirdeğe ulaşılamıyor, yeniden bağlanılıyor…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>Çekirdeğe ulaşılamıyor: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>Messenger hakkında</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>XMPP ve e-posta üzerinden sohbet için bir masaüstü anlık ileti istemcisi.
GNU Genel Kamu Lisansı sürüm 3 veya sonrası altında özgür yazılım.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Yeni iletiler</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>düzenlendi %1</translation>
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
        <translation>Düzenlendi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>İletildi</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Okundu</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Gönderilmedi: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>bilinmeyen hata</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Dün</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>Hesap bağlı değil. Çevrimiçi olduğunda yeniden deneyin.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>Bu hesap bunu yapamaz.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>İleti veya hesabı artık yok.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>İleti boş veya çok uzun.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Sunucu zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>İşlem başarısız oldu (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>İletiler</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Metni &amp;kopyala</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Aç: %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopyala: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Gruba taşı</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Taşı</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>%1 kişisini şu gruba taşı:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>Kişiler (grupsuz)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grup:</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>Yeni grup sohbeti</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>Grup sohbetini &amp;başlat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Grubun adı</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Grup adı</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Hesap:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Üyeler:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Diğerleri:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>Şu anda grup sohbeti başlatabilecek bağlı bir hesap yok.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kişilerde ara</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>Gruba eklenecek kişiler</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>ad@example.org, diger@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>Diğer üyelerin adresleri</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>Kişileriniz arasında olmayan üyelerin adresleri.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 geçerli bir adres değil. Adresleri virgül veya boşlukla ayırarak ad@example.org biçiminde girin.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>Şu adresler geçerli değil: %1. Adresleri virgül veya boşlukla ayırarak ad@example.org biçiminde girin.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>En az bir üye seçin veya bir adres girin.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Grup için bir ad girin.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>Uyarılar</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>Sohbeti aç</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln yeni ileti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln yeni ileti. Sonuncusu: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>Parolayı girin</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Bağlan</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>%1 hesabının parolasını girin.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Parolayı girin.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>Tek pencerede sekmeler</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>Her sohbet için bir pencere</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>&amp;Sohbetlerin açılacağı yer:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>Çevrimdışı kişileri &amp;göster</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>Sistem tepsisine &amp;küçültülmüş olarak başlat</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>Bilgisayardan uzaktayken</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>Uzakta durumu için dakika</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>&amp;Uzakta durumuna geç:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>Uzun süre uzakta durumu için dakika</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>U&amp;zun süre uzakta durumuna geç:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>Durum iletimi koru</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>Hiçbir &amp;pencere açık değilken Uzakta durumuna geç (Messenger arka plan hizmeti olarak çalışırken)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>Messenger arka plan hizmeti olarak çalışırken (%1) ona bağlı tüm pencereler kapatıldığında durumunuz Uzakta olur ve bir pencere yeniden açıldığında eski hâline döner. Arka plan hizmeti olmadan Messenger&apos;ın her zaman bir penceresi vardır, bu yüzden bu ayar hiçbir şeyi değiştirmez.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>Yeni iletileri &amp;bildir</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Bildirimlerde ileti me&amp;tnini göster</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>İletiler süresiz olarak saklanır.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> dk</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>&amp;Masaüstü oturumuyla başlat</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>Uzakta &amp;iletisi:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>Otomatik başlatma girdisi değiştirilemedi: %1</translation>
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
        <translation>Kişiyi yeniden adlandır</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Yeniden adlandır</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>Müsait</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Sohbete açık</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Uzakta</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Uzun süre uzakta</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Rahatsız etmeyin</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Durumunuz</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Durum iletisi</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>Durum iletisi: ayarlamak için Enter&apos;a basın</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Otomatik durum</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>Bilgisayardan uzakta olduğunuz için otomatik olarak ayarlandı.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>Yetkilendirme isteği</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>%1, %2 hesabınızda ne zaman çevrimiçi olduğunuzu görmek istiyor.</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Kişinin iletisi</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Onayla</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>Onayla ve &amp;ekle</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>&amp;Reddet</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Daha &amp;sonra</translation>
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
            <numerusform>%Ln okunmamış ileti</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>Kişi listesini &amp;göster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>Kişi listesini &amp;gizle</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>Sohbete açık</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Müsait</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Uzakta</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Uzun süre uzakta</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Rahatsız etmeyin</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>%1 ile sohbet açılamadı.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>Messenger yalnızca xmpp: ve mailto: bağlantılarını açar.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Bağlantı çok uzun.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>Bağlantı hatalı biçimlendirilmiş.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>Bağlantıda adres yok.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>Bağlantı geçerli bir adres içermiyor (kullanıcı@sunucu).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>Bağlantı, bir kişinin tek bir cihazını gösteriyor. Yalnızca kullanıcı@sunucu biçimindeki adresler açılabilir.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>Bağlantı bir kişiyi değil, bir sunucuyu gösteriyor (kullanıcı@sunucu).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>Bağlantı birden çok adres içeriyor; bir sohbetin tek adresi olur.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>Bağlantı sizi bir grup sohbetine davet ediyor. Messenger henüz grup sohbetlerini desteklemiyor.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Sohbeti açmak için etkin bir XMPP hesabı yok. Önce bir hesap ekleyin (Messenger, Hesap ekle).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>Sohbeti açmak için etkin bir e-posta hesabı yok. Önce bir hesap ekleyin (Messenger, Hesap ekle).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>Bağlantı, burada kurulu olmayan %1 hesabını istiyor.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Bağlantı açılamıyor</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geçmiş…</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>name@example.org</source>
        <translation>ad@example.org</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Adresi ad@example.org biçiminde girin.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Parolayı girin.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>E-posta hesabınız</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>İsteğe bağlı</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>A&amp;dınız:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>Adresi ad@example.org biçiminde girin.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>Hangi ağ?</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;E-posta (IMAP ve SMTP üzerinden sohbet)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Bağlantı testi</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Bağlantı durumu</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Bağlanıyor</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Bu sertifikaya &amp;güven</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanıyor…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>Bağlandı. Hesap hazır.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 Hâlâ deneniyor.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
Ayrıntıları değiştirmek için geri dönün veya iptal edin.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>Güvenmeden önce bu SHA-256 parmak izini sunucu yöneticisinin yayımladığıyla karşılaştırın:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>Messenger&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>Sohbete başlamak için bir XMPP veya e-posta hesabı ekleyin.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Hesap ekle…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Hesap ekle</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>XMPP veya e-posta hesabı eklemek için bir pencere açar</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>XMPP hesabınız</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>Bu hesabı sunucuda oluş&amp;tur</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>&amp;Gelişmiş ayarları göster</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Otomatik olarak bulunur</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>&amp;Doğrudan TLS (STARTTLS olmadan)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Sunucu:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Kaynak:</translation>
    </message>
</context>
</TS>
