<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>تحرير الحساب</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>بدون تغيير</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;مفعّل</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>ال&amp;اسم المعروض:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>مضيف الخادم</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>منفذ الخادم</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>TLS م&amp;باشر (بدون STARTTLS)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>م&amp;ضيف الخادم:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>م&amp;نفذ الخادم:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>الم&amp;ورد:</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>إ&amp;زالة الحساب…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>إزالة الحساب</translation>
    </message>
    <message>
        <source>Remove the account %1 from Messenger?</source>
        <translation>هل تريد إزالة الحساب %1 من Messenger؟</translation>
    </message>
    <message>
        <source>Its contacts stay on the server. This cannot be undone.</source>
        <translation>تبقى جهات اتصاله على الخادم. لا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message>
        <source>Also delete the local &amp;history</source>
        <translation>حذف ال&amp;سجل المحلي أيضًا</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
</context>
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>%Ln طلب تخويل إضافي</numerusform>
            <numerusform>%Ln طلب تخويل إضافي</numerusform>
            <numerusform>%Ln طلبا تخويل إضافيان</numerusform>
            <numerusform>%Ln طلبات تخويل إضافية</numerusform>
            <numerusform>%Ln طلب تخويل إضافيًا</numerusform>
            <numerusform>%Ln طلب تخويل إضافي</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>إدخال كلمة المرور…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>مراجعة الشهادة…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>تحرير الحساب…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>الحساب %1 غير متصل</translation>
    </message>
    <message>
        <source>%1 asks to see your status</source>
        <translation>يطلب %1 رؤية حالتك</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>مراجعة…</translation>
    </message>
    <message>
        <source>Review next…</source>
        <translation>مراجعة التالي…</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>The connection failed (%1).</source>
        <translation>فشل الاتصال (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 التفاصيل: %2</translation>
    </message>
    <message>
        <source>The server did not accept the address or the password.</source>
        <translation>لم يقبل الخادم العنوان أو كلمة المرور.</translation>
    </message>
    <message>
        <source>The account has no password.</source>
        <translation>لا توجد كلمة مرور للحساب.</translation>
    </message>
    <message>
        <source>The server was not found.</source>
        <translation>لم يُعثر على الخادم.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>يتعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>شهادة الخادم غير موثوقة.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>لا يوفّر الخادم اتصالًا مشفّرًا.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>رفض الخادم الطلب.</translation>
    </message>
    <message>
        <source>This account exists already, or another client uses it.</source>
        <translation>هذا الحساب موجود مسبقًا، أو يستخدمه عميل آخر.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>لم يستجب الخادم في الوقت المحدد.</translation>
    </message>
    <message>
        <source>This network is not supported yet.</source>
        <translation>هذه الشبكة غير مدعومة بعد.</translation>
    </message>
    <message>
        <source>The account details are not valid.</source>
        <translation>تفاصيل الحساب غير صالحة.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Keep the account?</source>
        <translation>هل تريد الاحتفاظ بالحساب؟</translation>
    </message>
    <message>
        <source>The account %1 has not connected yet.</source>
        <translation>لم يتصل الحساب %1 بعد.</translation>
    </message>
    <message>
        <source>Keep it, disabled, to fix it later, or remove it?</source>
        <translation>هل تريد الاحتفاظ به معطّلًا لإصلاحه لاحقًا، أم إزالته؟</translation>
    </message>
    <message>
        <source>&amp;Keep, disabled</source>
        <translation>الا&amp;حتفاظ به معطّلًا</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>إ&amp;ضافة جهة اتصال</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بلا مجموعة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>الم&amp;جموعة:</translation>
    </message>
    <message>
        <source>No connected account can add contacts now.</source>
        <translation>لا يوجد حساب متصل يمكنه إضافة جهات اتصال الآن.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s address.</source>
        <translation>أدخل عنوان جهة الاتصال.</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>هذا العنوان غير صالح. أدخله بالصيغة name@example.org.</translation>
    </message>
</context>
<context>
    <name>AttachErrorDialog</name>
    <message>
        <source>Cannot attach to the core</source>
        <translation>تعذّر الاتصال بالنواة</translation>
    </message>
    <message>
        <source>This computer is not paired with the core at %1.</source>
        <translation>هذا الحاسوب غير مقترن بالنواة على %1.</translation>
    </message>
    <message>
        <source>On the core&apos;s computer, issue a credential for this one (%1), then pair with it here: %2</source>
        <extracomment>%1 and %2 are commands, shown as they are.</extracomment>
        <translation>على حاسوب النواة، أصدِر بيانات اعتماد لهذا الحاسوب (%1)، ثم أجرِ الإقران هنا: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a core.</source>
        <translation>ليس %1 عنوانًا لنواة.</translation>
    </message>
    <message>
        <source>Give the address as HOST:PORT, for example home.example.org:5299.</source>
        <translation>أدخل العنوان بالصيغة HOST:PORT، مثلًا home.example.org:5299.</translation>
    </message>
    <message>
        <source>The core at %1 did not answer with an encrypted connection.</source>
        <translation>لم تستجب النواة على %1 باتصال مشفّر.</translation>
    </message>
    <message>
        <source>Messenger attaches to a core on another computer only over an encrypted connection. Check the address and the port.</source>
        <translation>لا يتصل Messenger بنواة على حاسوب آخر إلا عبر اتصال مشفّر. تحقّق من العنوان والمنفذ.</translation>
    </message>
    <message>
        <source>The certificate of the core at %1 has changed.</source>
        <translation>تغيّرت شهادة النواة على %1.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. If the core was set up again, pair again with the fingerprint it shows now.</source>
        <translation>قد يكون هناك من يعترض الاتصال. إذا أُعيد إعداد النواة، فأعِد الإقران بالبصمة التي تعرضها الآن.</translation>
    </message>
    <message>
        <source>The core at %1 did not accept this computer&apos;s credential.</source>
        <translation>لم تقبل النواة على %1 بيانات اعتماد هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The credential may have been revoked. Issue a new one on the core&apos;s computer and pair again.</source>
        <translation>ربما أُلغيت بيانات الاعتماد. أصدِر بيانات جديدة على حاسوب النواة وأعِد الإقران.</translation>
    </message>
    <message>
        <source>No core is running for this profile.</source>
        <translation>لا تعمل أي نواة لهذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>Start it with %1 first, or start Messenger without %2 to run the core in this window.</source>
        <extracomment>%1 is a command, %2 a command line option.</extracomment>
        <translation>شغّلها أولًا باستخدام %1، أو شغّل Messenger دون %2 لتشغيل النواة في هذه النافذة.</translation>
    </message>
    <message>
        <source>The core of this profile does not answer.</source>
        <translation>لا تستجيب نواة هذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>It may have stopped or be busy. Try again in a moment.</source>
        <translation>ربما توقّفت أو أنها مشغولة. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>The core of this profile refused the connection.</source>
        <translation>رفضت نواة هذا الملف الشخصي الاتصال.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>ستجد السبب في التفاصيل.</translation>
    </message>
    <message>
        <source>The core of this profile cannot work with this version of Messenger.</source>
        <translation>لا يمكن لنواة هذا الملف الشخصي العمل مع هذا الإصدار من Messenger.</translation>
    </message>
    <message>
        <source>Start the same version of Messenger as the core.</source>
        <translation>شغّل الإصدار نفسه من Messenger الذي تستخدمه النواة.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core of this profile.</source>
        <translation>تعذّر على Messenger الاتصال بنواة هذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>The core at %1 does not answer.</source>
        <translation>لا تستجيب النواة على %1.</translation>
    </message>
    <message>
        <source>Check that the core is running there and that the network and its firewall let this computer reach it.</source>
        <translation>تحقّق من أن النواة تعمل هناك ومن أن الشبكة وجدار الحماية فيها يسمحان لهذا الحاسوب بالوصول إليها.</translation>
    </message>
    <message>
        <source>The core at %1 refused the connection.</source>
        <translation>رفضت النواة على %1 الاتصال.</translation>
    </message>
    <message>
        <source>The program at %1 is not a core this version of Messenger can work with.</source>
        <translation>البرنامج على %1 ليس نواة يمكن لهذا الإصدار من Messenger العمل معها.</translation>
    </message>
    <message>
        <source>Check the address, and run the same version of Messenger on both computers.</source>
        <translation>تحقّق من العنوان، وشغّل الإصدار نفسه من Messenger على الحاسوبين كليهما.</translation>
    </message>
    <message>
        <source>Messenger could not attach to the core at %1.</source>
        <translation>تعذّر على Messenger الاتصال بالنواة على %1.</translation>
    </message>
</context>
<context>
    <name>BlockListDialog</name>
    <message>
        <source>Blocked contacts</source>
        <translation>جهات الاتصال المحظورة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>العناوين المحظورة</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>إ&amp;لغاء الحظر</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Address to block</source>
        <translation>العنوان المراد حظره</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>ح&amp;ظر</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>This is not a valid address. Enter it as name@example.org.</source>
        <translation>هذا العنوان غير صالح. أدخله بالصيغة name@example.org.</translation>
    </message>
</context>
<context>
    <name>BuddyActions</name>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Your status could not be set</source>
        <translation>تعذّر تعيين حالتك</translation>
    </message>
    <message>
        <source>Your status could not be saved</source>
        <translation>تعذّر حفظ حالتك</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>تعذّر حفظ الإعداد</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>لا توجد حسابات</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>شهادة غير موثوقة</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>ال&amp;ثقة بهذه الشهادة</translation>
    </message>
    <message>
        <source>The server of %1 presented a certificate that is not trusted. Someone may be listening in. Trust it only if its fingerprint is the one your server&apos;s operator published.</source>
        <translation>قدّم خادم الحساب %1 شهادة غير موثوقة. قد يكون هناك من يتنصّت على الاتصال. لا تثق بها إلا إذا كانت بصمتها هي البصمة التي نشرها مشغّل خادمك.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(غير معروفة)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>بصمة SHA-256:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>التفاصيل:</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat</source>
        <translation>محادثة</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>علامة التبويب ال&amp;تالية</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>علامة التبويب ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>إ&amp;غلاق علامة التبويب</translation>
    </message>
</context>
<context>
    <name>ComposeArea</name>
    <message>
        <source>Editing your last message. Press Esc to cancel.</source>
        <translation>أنت تحرّر رسالتك الأخيرة. اضغط Esc للإلغاء.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>خطأ في الإرسال</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>اكتب رسالة…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter للإرسال، وShift+Enter لبدء سطر جديد</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>%1 could not be blocked</source>
        <translation>تعذّر حظر %1</translation>
    </message>
    <message>
        <source>%1 could not be unblocked</source>
        <translation>تعذّر إلغاء حظر %1</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent</source>
        <translation>تعذّر إرسال الطلب إلى %1</translation>
    </message>
    <message>
        <source>The request of %1 could not be approved</source>
        <translation>تعذّرت الموافقة على طلب %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>تعذّرت إزالة %1</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts?</source>
        <translation>هل تريد إزالة %1 من جهات اتصالك؟</translation>
    </message>
    <message>
        <source>They will no longer see your status.</source>
        <translation>لن تتمكن جهة الاتصال بعد الآن من رؤية حالتك.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>%1 could not connect</source>
        <translation>تعذّر اتصال الحساب %1</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <source>Waiting for approval</source>
        <translation>في انتظار الموافقة</translation>
    </message>
    <message>
        <source>Asks to see your status</source>
        <translation>يطلب رؤية حالتك</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>محادثة جماعية</translation>
    </message>
</context>
<context>
    <name>ContactHeader</name>
    <message>
        <source>Contact name</source>
        <translation>اسم جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>عنوان جهة الاتصال</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>رسالة الحالة</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>محادثة جماعية</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 يكتب…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>توقف %1 عن الكتابة</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>متفرغ للمحادثة</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>بعيد لفترة طويلة</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>بعيد</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>عدم الإزعاج</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
</context>
<context>
    <name>ContactInfoDialog</name>
    <message>
        <source>Contact info</source>
        <translation>معلومات جهة الاتصال</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالة التحميل</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>الوقت المحلي</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>خامل منذ</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>العملاء المتصلون</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>اللقب:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>موقع الويب:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;محادثة</translation>
    </message>
    <message>
        <source>Get &amp;info</source>
        <translation>&amp;عرض المعلومات</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ال&amp;تسمية…</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;نقل إلى مجموعة…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>ح&amp;ظر</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>إ&amp;لغاء الحظر</translation>
    </message>
    <message>
        <source>Request &amp;authorization again</source>
        <translation>&amp;طلب التخويل مجددًا</translation>
    </message>
    <message>
        <source>A&amp;pprove authorization request</source>
        <translation>الموا&amp;فقة على طلب التخويل</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>إجراءات جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln رسالة غير مقروءة</numerusform>
            <numerusform>%Ln رسالة غير مقروءة</numerusform>
            <numerusform>%Ln رسالتان غير مقروءتين</numerusform>
            <numerusform>%Ln رسائل غير مقروءة</numerusform>
            <numerusform>%Ln رسالة غير مقروءة</numerusform>
            <numerusform>%Ln رسالة غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>%1, %2 of %3 online</source>
        <translation>%1، %2 من %3 متصل</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>محادثة جماعية</translation>
    </message>
</context>
<context>
    <name>ConversationFinder</name>
    <message>
        <source>Searching older messages…</source>
        <translation>جارٍ البحث في الرسائل الأقدم…</translation>
    </message>
    <message>
        <source>No older matches</source>
        <translation>لا توجد نتائج أقدم</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <source>No newer matches</source>
        <translation>لا توجد نتائج أحدث</translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message>
        <source>Chat folder</source>
        <translation>مجلد المحادثات</translation>
    </message>
    <message>
        <source>Show &amp;classic e-mails from contacts</source>
        <translation>إظهار رسائل البريد الإلكتروني ال&amp;تقليدية من جهات الاتصال</translation>
    </message>
    <message>
        <source>Send r&amp;ead receipts</source>
        <translation>إرسال إي&amp;صالات القراءة</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>الشهادات الموثوقة</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>&amp;نسيان %Ln شهادة موثوقة</numerusform>
            <numerusform>&amp;نسيان %Ln شهادة موثوقة</numerusform>
            <numerusform>&amp;نسيان %Ln شهادتين موثوقتين</numerusform>
            <numerusform>&amp;نسيان %Ln شهادات موثوقة</numerusform>
            <numerusform>&amp;نسيان %Ln شهادة موثوقة</numerusform>
            <numerusform>&amp;نسيان %Ln شهادة موثوقة</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hat folder:</source>
        <translation>م&amp;جلد المحادثات:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>الشهادات الموثوقة:</translation>
    </message>
    <message>
        <source>Enter the name of the chat folder.</source>
        <translation>أدخل اسم مجلد المحادثات.</translation>
    </message>
    <message>
        <source>The chat folder cannot be INBOX, and its name cannot contain *, %, quotes, backslashes or control characters.</source>
        <translation>لا يمكن أن يكون مجلد المحادثات INBOX، ولا يمكن أن يحتوي اسمه على * أو % أو علامات اقتباس أو شرطات مائلة عكسية أو أحرف تحكم.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not accept the password.</source>
        <translation>لم يقبل الخادم كلمة المرور.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>لا توجد كلمة مرور محفوظة لهذا الحساب.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and the connection settings.</source>
        <translation>تعذّر العثور على الخادم. تحقّق من العنوان ومن إعدادات الاتصال.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>يتعذّر الوصول إلى الخادم. تحقّق من اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection may not be private.</source>
        <translation>شهادة الخادم غير موثوقة، لذا قد لا يكون الاتصال خاصًا.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection.</source>
        <translation>لا يوفّر الخادم اتصالًا مشفّرًا.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>رفض الخادم الاتصال.</translation>
    </message>
    <message>
        <source>The account was signed in from somewhere else with the same resource.</source>
        <translation>سُجّل الدخول إلى الحساب من مكان آخر بالمورد نفسه.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>لم يستجب الخادم في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>أبلغ الخادم عن خطأ.</translation>
    </message>
    <message>
        <source>This version of Messenger does not support this type of account.</source>
        <translation>لا يدعم هذا الإصدار من Messenger هذا النوع من الحسابات.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>انقطع الاتصال.</translation>
    </message>
    <message>
        <source>The server does not support what is needed.</source>
        <translation>لا يدعم الخادم ما هو مطلوب.</translation>
    </message>
    <message>
        <source>The account could not be found.</source>
        <translation>تعذّر العثور على الحساب.</translation>
    </message>
    <message>
        <source>The account settings are not valid.</source>
        <translation>إعدادات الحساب غير صالحة.</translation>
    </message>
    <message>
        <source>Something went wrong inside Messenger.</source>
        <translation>حدث خطأ داخلي في Messenger.</translation>
    </message>
    <message>
        <source>The account could not connect.</source>
        <translation>تعذّر اتصال الحساب.</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>الحساب غير متصل.</translation>
    </message>
    <message>
        <source>The account&apos;s server does not support this.</source>
        <translation>لا يدعم خادم الحساب هذا الأمر.</translation>
    </message>
    <message>
        <source>It does not exist any more.</source>
        <translation>لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>الإدخال غير صالح.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>موجود مسبقًا.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>رفضه الخادم.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>البحث في المحادثة</translation>
    </message>
    <message>
        <source>Previous (older) match</source>
        <translation>النتيجة السابقة (الأقدم)</translation>
    </message>
    <message>
        <source>Next (newer) match</source>
        <translation>النتيجة التالية (الأحدث)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>HistoryResultsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A search result read aloud or copied: contact, time, message.</extracomment>
        <translation>%1، %2: %3</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>البحث في الرسائل</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>كل الحسابات</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>كل جهات الاتصال</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>تحميل ال&amp;مزيد</translation>
    </message>
    <message>
        <source>Message in context</source>
        <translation>الرسالة في سياقها</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>فشل البحث.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>لم يُعثر على رسائل.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>تم العثور على %Ln رسالة</numerusform>
            <numerusform>تم العثور على %Ln رسالة</numerusform>
            <numerusform>تم العثور على %Ln رسالتين</numerusform>
            <numerusform>تم العثور على %Ln رسائل</numerusform>
            <numerusform>تم العثور على %Ln رسالة</numerusform>
            <numerusform>تم العثور على %Ln رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
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
        <translation>بلا (غير مشفّر)</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>الأمان:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>البريد الوارد (IMAP)</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>خادم IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>منفذ IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>أمان IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>اسم مستخدم IMAP</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>البريد الصادر (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>خادم SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>منفذ SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>أمان SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>اسم مستخدم SMTP</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>أدخل خادم البريد الوارد (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>أدخل خادم البريد الصادر (SMTP).</translation>
    </message>
    <message>
        <source>The incoming mail (IMAP) server is not a host name or an address.</source>
        <translation>خادم البريد الوارد (IMAP) ليس اسم مضيف ولا عنوانًا.</translation>
    </message>
    <message>
        <source>The outgoing mail (SMTP) server is not a host name or an address.</source>
        <translation>خادم البريد الصادر (SMTP) ليس اسم مضيف ولا عنوانًا.</translation>
    </message>
</context>
<context>
    <name>MailServerSection</name>
    <message>
        <source>Allow unencrypted connection (only for a server on this computer or your local network)</source>
        <translation>السماح بالاتصال غير المشفّر (فقط لخادم على هذا الحاسوب أو على شبكتك المحلية)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>إعدادات الخادم</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the way can read your password and messages. Choose TLS or STARTTLS, or allow the unencrypted connection if the server is on this computer or your local network.</source>
        <translation>من دون تشفير، يمكن لأي أحد على الطريق قراءة كلمة مرورك ورسائلك. اختر TLS أو STARTTLS، أو اسمح بالاتصال غير المشفّر إذا كان الخادم على هذا الحاسوب أو على شبكتك المحلية.</translation>
    </message>
    <message>
        <source>The servers are guessed from your address.</source>
        <translation>استُنتجت الخوادم من عنوانك.</translation>
    </message>
    <message>
        <source>Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6.</source>
        <translation>الوارد: %1، المنفذ %2، %3. الصادر: %4، المنفذ %5، %6.</translation>
    </message>
    <message>
        <source>%1 does not look like a server on this computer or your local network: your password and messages would cross the internet unencrypted.</source>
        <translation>لا يبدو أن %1 خادم على هذا الحاسوب أو على شبكتك المحلية: ستعبر كلمة مرورك ورسائلك الإنترنت دون تشفير.</translation>
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
        <translation>إ&amp;ضافة حساب…</translation>
    </message>
    <message>
        <source>&amp;Edit account</source>
        <translation>&amp;تحرير الحساب</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;جهات الاتصال</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>إ&amp;ضافة جهة اتصال…</translation>
    </message>
    <message>
        <source>New &amp;group chat…</source>
        <translation>محادثة جماعية ج&amp;ديدة…</translation>
    </message>
    <message>
        <source>&amp;Blocked contacts…</source>
        <translation>جهات الاتصال ال&amp;محظورة…</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>إظهار جهات الاتصال &amp;غير المتصلة</translation>
    </message>
    <message>
        <source>Sort by &amp;status</source>
        <translation>الفرز حسب ال&amp;حالة</translation>
    </message>
    <message>
        <source>Sort by &amp;name</source>
        <translation>الفرز حسب الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>ال&amp;بحث عن جهة اتصال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Messenger</source>
        <translation>&amp;حول Messenger</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>تحذير بشأن تخزين كلمات المرور</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Messenger — attached to %1</source>
        <translation>Messenger — متّصل بالنواة على %1</translation>
    </message>
    <message>
        <source>Messenger — attached to the local core</source>
        <translation>Messenger — متّصل بالنواة المحلية</translation>
    </message>
    <message>
        <source>Passwords are not saved. %1 They are kept in memory until you quit.</source>
        <translation>لا تُحفظ كلمات المرور. %1 تبقى في الذاكرة إلى أن تُنهي البرنامج.</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>لا تتوفر سلسلة مفاتيح في النظام.</translation>
    </message>
    <message>
        <source>Core unreachable, reconnecting…</source>
        <translation>يتعذّر الوصول إلى النواة، جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Cannot reach the core: %1</source>
        <translation>يتعذّر الوصول إلى النواة: %1</translation>
    </message>
    <message>
        <source>About Messenger</source>
        <translation>حول Messenger</translation>
    </message>
    <message>
        <source>Messenger %1</source>
        <translation>Messenger %1</translation>
    </message>
    <message>
        <source>A desktop instant messenger for XMPP and chat over e-mail.
Free software under the GNU General Public License, version 3 or later.</source>
        <translation>برنامج مراسلة فورية لسطح المكتب عبر XMPP والمحادثة عبر البريد الإلكتروني.
برنامج حر مرخّص بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أحدث.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>رسائل جديدة</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>عُدّلت %1</translation>
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
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>سُلّمت</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قُرئت</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>لم تُرسل: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>The account is not connected. Try again once it is online.</source>
        <translation>الحساب غير متصل. حاول مجددًا عندما يتصل.</translation>
    </message>
    <message>
        <source>This account cannot do that.</source>
        <translation>لا يستطيع هذا الحساب فعل ذلك.</translation>
    </message>
    <message>
        <source>The message or its account is gone.</source>
        <translation>الرسالة أو حسابها لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>الرسالة فارغة أو طويلة جدًا.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>لم يستجب الخادم في الوقت المحدد.</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>لم تنجح العملية (%1).</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;نسخ النص</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
</context>
<context>
    <name>MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation>نقل إلى مجموعة</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;نقل</translation>
    </message>
    <message>
        <source>Move %1 to the group:</source>
        <translation>نقل %1 إلى المجموعة:</translation>
    </message>
    <message>
        <source>Contacts (no group)</source>
        <translation>جهات الاتصال (بلا مجموعة)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>الم&amp;جموعة:</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group chat</source>
        <translation>محادثة جماعية جديدة</translation>
    </message>
    <message>
        <source>&amp;Start group chat</source>
        <translation>&amp;بدء المحادثة الجماعية</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>الأ&amp;عضاء:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>آ&amp;خرون:</translation>
    </message>
    <message>
        <source>No connected account can start a group chat now.</source>
        <translation>لا يوجد حساب متصل يمكنه بدء محادثة جماعية الآن.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Contacts to add to the group</source>
        <translation>جهات الاتصال المراد إضافتها إلى المجموعة</translation>
    </message>
    <message>
        <source>name@example.org, other@example.org</source>
        <translation>name@example.org, other@example.org</translation>
    </message>
    <message>
        <source>Other members&apos; addresses</source>
        <translation>عناوين الأعضاء الآخرين</translation>
    </message>
    <message>
        <source>Addresses of members who are not in your contacts.</source>
        <translation>عناوين الأعضاء غير الموجودين في جهات اتصالك.</translation>
    </message>
    <message>
        <source>%1 is not a valid address. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>%1 ليس عنوانًا صالحًا. أدخل العناوين بالصيغة name@example.org، مفصولة بفواصل أو مسافات.</translation>
    </message>
    <message>
        <source>These are not valid addresses: %1. Enter addresses as name@example.org, separated by commas or spaces.</source>
        <translation>هذه العناوين غير صالحة: %1. أدخل العناوين بالصيغة name@example.org، مفصولة بفواصل أو مسافات.</translation>
    </message>
    <message>
        <source>Choose at least one member, or enter an address.</source>
        <translation>اختر عضوًا واحدًا على الأقل، أو أدخل عنوانًا.</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>أدخل اسمًا للمجموعة.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <translation>التنبيهات</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open chat</source>
        <translation>فتح المحادثة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln رسالة جديدة</numerusform>
            <numerusform>%Ln رسالة جديدة</numerusform>
            <numerusform>%Ln رسالتان جديدتان</numerusform>
            <numerusform>%Ln رسائل جديدة</numerusform>
            <numerusform>%Ln رسالة جديدة</numerusform>
            <numerusform>%Ln رسالة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln رسالة جديدة. الأحدث: %1</numerusform>
            <numerusform>%Ln رسالة جديدة. الأحدث: %1</numerusform>
            <numerusform>%Ln رسالتان جديدتان. الأحدث: %1</numerusform>
            <numerusform>%Ln رسائل جديدة. الأحدث: %1</numerusform>
            <numerusform>%Ln رسالة جديدة. الأحدث: %1</numerusform>
            <numerusform>%Ln رسالة جديدة. الأحدث: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter password</source>
        <translation>إدخال كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>أدخل كلمة مرور الحساب %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>افتراضي النظام</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Tabs in one window</source>
        <translation>علامات تبويب في نافذة واحدة</translation>
    </message>
    <message>
        <source>A window for each chat</source>
        <translation>نافذة لكل محادثة</translation>
    </message>
    <message>
        <source>&amp;Chats open in:</source>
        <translation>&amp;فتح المحادثات في:</translation>
    </message>
    <message>
        <source>Show &amp;offline contacts</source>
        <translation>إظهار جهات الاتصال &amp;غير المتصلة</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the system tray</source>
        <translation>البدء م&amp;صغّرًا في علبة النظام</translation>
    </message>
    <message>
        <source>When I am away from the computer</source>
        <translation>عندما أكون بعيدًا عن الحاسوب</translation>
    </message>
    <message>
        <source>Minutes until away</source>
        <translation>الدقائق حتى حالة «بعيد»</translation>
    </message>
    <message>
        <source>Set &amp;away after:</source>
        <translation>التعيين إلى «&amp;بعيد» بعد:</translation>
    </message>
    <message>
        <source>Minutes until extended away</source>
        <translation>الدقائق حتى حالة «بعيد لفترة طويلة»</translation>
    </message>
    <message>
        <source>Set &amp;extended away after:</source>
        <translation>التعيين إلى «بعيد لفترة &amp;طويلة» بعد:</translation>
    </message>
    <message>
        <source>Keep my status message</source>
        <translation>الاحتفاظ برسالة حالتي</translation>
    </message>
    <message>
        <source>Set me away when no &amp;window is open (when Messenger runs as a background service)</source>
        <translation>التعيين إلى «بعيد» عند عدم وجود أي نافذة &amp;مفتوحة (عندما يعمل Messenger كخدمة في الخلفية)</translation>
    </message>
    <message>
        <source>When Messenger runs as a background service (%1) and every window attached to it is closed, your status becomes away, and comes back when a window opens again. Without a background service Messenger always has its window, so this changes nothing.</source>
        <extracomment>%1 is a command, shown as it is.</extracomment>
        <translation>عندما يعمل Messenger كخدمة في الخلفية (%1) وتُغلق كل النوافذ المتصلة به، تصبح حالتك «بعيد»، وتعود كما كانت عندما تُفتح نافذة من جديد. من دون خدمة في الخلفية يبقى لدى Messenger نافذة دائمًا، لذا لا يغيّر هذا الخيار شيئًا.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>إ&amp;علامي بالرسائل الجديدة</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>إظهار &amp;نص الرسالة في الإشعارات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Messages are kept forever.</source>
        <translation>تُحفظ الرسائل إلى الأبد.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (&quot;5 min&quot;), with its space.</extracomment>
        <translation> د</translation>
    </message>
    <message>
        <source>Start with the &amp;desktop session</source>
        <translation>البدء مع &amp;جلسة سطح المكتب</translation>
    </message>
    <message>
        <source>Away messa&amp;ge:</source>
        <translation>&amp;رسالة الغياب:</translation>
    </message>
    <message>
        <source>Could not change the autostart entry: %1</source>
        <translation>تعذّر تغيير مُدخل التشغيل التلقائي: %1</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;LTR&quot;, or &quot;RTL&quot; for a language written right to left.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RenameContactDialog</name>
    <message>
        <source>Rename contact</source>
        <translation>إعادة تسمية جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ال&amp;تسمية</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>متفرغ للمحادثة</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>بعيد</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>بعيد لفترة طويلة</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>عدم الإزعاج</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>حالتك</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>رسالة الحالة</translation>
    </message>
    <message>
        <source>Status message: press Enter to set it</source>
        <translation>رسالة الحالة: اضغط Enter لتعيينها</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>حالة تلقائية</translation>
    </message>
    <message>
        <source>Set automatically because you are away from the computer.</source>
        <translation>عُيّنت تلقائيًا لأنك بعيد عن الحاسوب.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDialog</name>
    <message>
        <source>Contact request</source>
        <translation>طلب تخويل</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online on your account %2.</source>
        <translation>يطلب %1 رؤية متى تكون متصلًا على حسابك %2.</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>رسالة مقدّم الطلب</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>ال&amp;موافقة</translation>
    </message>
    <message>
        <source>Approve and a&amp;dd</source>
        <translation>الموافقة وال&amp;إضافة</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>ال&amp;رفض</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
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
            <numerusform>%Ln رسالة غير مقروءة</numerusform>
            <numerusform>%Ln رسالة غير مقروءة</numerusform>
            <numerusform>%Ln رسالتان غير مقروءتين</numerusform>
            <numerusform>%Ln رسائل غير مقروءة</numerusform>
            <numerusform>%Ln رسالة غير مقروءة</numerusform>
            <numerusform>%Ln رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show buddy list</source>
        <translation>إ&amp;ظهار قائمة جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Messenger: %1</source>
        <translation>Messenger: %1</translation>
    </message>
    <message>
        <source>&amp;Hide buddy list</source>
        <translation>إ&amp;خفاء قائمة جهات الاتصال</translation>
    </message>
    <message>
        <source>Free for chat</source>
        <translation>متفرغ للمحادثة</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>بعيد</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>بعيد لفترة طويلة</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>عدم الإزعاج</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
</context>
<context>
    <name>UriOpener</name>
    <message>
        <source>The chat with %1 could not be opened.</source>
        <translation>تعذّر فتح المحادثة مع %1.</translation>
    </message>
    <message>
        <source>Messenger opens only xmpp: and mailto: links.</source>
        <translation>لا يفتح Messenger إلا روابط xmpp: و mailto:.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>الرابط طويل جدًا.</translation>
    </message>
    <message>
        <source>The link is malformed.</source>
        <translation>صيغة الرابط غير صحيحة.</translation>
    </message>
    <message>
        <source>The link names no address.</source>
        <translation>لا يحدد الرابط أي عنوان.</translation>
    </message>
    <message>
        <source>The link does not name a valid address (user@host).</source>
        <translation>لا يحدد الرابط عنوانًا صالحًا (user@host).</translation>
    </message>
    <message>
        <source>The link names one device of a contact. Only addresses of the form user@host can be opened.</source>
        <translation>يشير الرابط إلى جهاز واحد لجهة اتصال. لا يمكن فتح إلا العناوين بالصيغة user@host.</translation>
    </message>
    <message>
        <source>The link names a server, not a contact (user@host).</source>
        <translation>يشير الرابط إلى خادم، لا إلى جهة اتصال (user@host).</translation>
    </message>
    <message>
        <source>The link names several addresses; a chat has one.</source>
        <translation>يحدد الرابط عدة عناوين، والمحادثة لها عنوان واحد.</translation>
    </message>
    <message>
        <source>The link invites you to a group chat. Messenger does not support group chats yet.</source>
        <translation>يدعوك الرابط إلى محادثة جماعية. لا يدعم Messenger المحادثات الجماعية بعد.</translation>
    </message>
    <message>
        <source>There is no enabled XMPP account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>لا يوجد حساب XMPP مفعّل لفتح المحادثة به. أضف حسابًا أولًا (Messenger، إضافة حساب).</translation>
    </message>
    <message>
        <source>There is no enabled e-mail account to open the chat with. Add one first (Messenger, Add Account).</source>
        <translation>لا يوجد حساب بريد إلكتروني مفعّل لفتح المحادثة به. أضف حسابًا أولًا (Messenger، إضافة حساب).</translation>
    </message>
    <message>
        <source>The link asks for the account %1, which is not set up here.</source>
        <translation>يطلب الرابط الحساب %1، وهو غير مُعدّ هنا.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>يتعذّر فتح الرابط</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
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
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>أدخل العنوان بالصيغة name@example.org.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>_EmailPage</name>
    <message>
        <source>Your e-mail account</source>
        <translation>حساب بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>Enter the address as name@example.org.</source>
        <translation>أدخل العنوان بالصيغة name@example.org.</translation>
    </message>
</context>
<context>
    <name>_ProtocolPage</name>
    <message>
        <source>Which network?</source>
        <translation>أي شبكة؟</translation>
    </message>
    <message>
        <source>&amp;XMPP (Jabber)</source>
        <translation>&amp;XMPP (Jabber)</translation>
    </message>
    <message>
        <source>&amp;E-mail (chat over IMAP and SMTP)</source>
        <translation>&amp;البريد الإلكتروني (المحادثة عبر IMAP و SMTP)</translation>
    </message>
</context>
<context>
    <name>_TestPage</name>
    <message>
        <source>Connection test</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>ال&amp;ثقة بهذه الشهادة</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connected. The account is ready.</source>
        <translation>تم الاتصال. الحساب جاهز.</translation>
    </message>
    <message>
        <source>%1 Still trying.</source>
        <translation>%1 ما زالت المحاولة جارية.</translation>
    </message>
    <message>
        <source>%1
Go back to change the details, or cancel.</source>
        <translation>%1
ارجع لتغيير التفاصيل، أو ألغِ.</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s operator publishes before you trust it:
%1</source>
        <translation>قبل أن تثق بها، قارن بصمة SHA-256 هذه بالبصمة التي ينشرها مشغّل الخادم:
%1</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Messenger</source>
        <translation>مرحبًا بك في Messenger</translation>
    </message>
    <message>
        <source>Add an XMPP or e-mail account to start chatting.</source>
        <translation>أضف حساب XMPP أو بريد إلكتروني لتبدأ المحادثة.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>إ&amp;ضافة حساب…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Opens a dialog to add an XMPP or e-mail account</source>
        <translation>يفتح نافذة لإضافة حساب XMPP أو بريد إلكتروني</translation>
    </message>
</context>
<context>
    <name>_XmppPage</name>
    <message>
        <source>Your XMPP account</source>
        <translation>حساب XMPP الخاص بك</translation>
    </message>
    <message>
        <source>&amp;Create this account on the server</source>
        <translation>إ&amp;نشاء هذا الحساب على الخادم</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>إظهار الإعدادات الم&amp;تقدمة</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>يُكتشف تلقائيًا</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>&amp;Direct TLS (no STARTTLS)</source>
        <translation>TLS م&amp;باشر (بدون STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>الم&amp;ورد:</translation>
    </message>
</context>
</TS>
