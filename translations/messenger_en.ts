<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountNotices</name>
    <message numerus="yes">
        <source>%Ln more contact request(s)</source>
        <translation>
            <numerusform>%Ln more contact request</numerusform>
            <numerusform>%Ln more contact requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln unread message</numerusform>
            <numerusform>%Ln unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailSettingsFields</name>
    <message numerus="yes">
        <source>&amp;Forget the %Ln trusted certificate(s)</source>
        <translation>
            <numerusform>&amp;Forget the trusted certificate</numerusform>
            <numerusform>&amp;Forget the %Ln trusted certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln message found</numerusform>
            <numerusform>%Ln messages found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln new message</numerusform>
            <numerusform>%Ln new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages. The latest: %1</source>
        <translation>
            <numerusform>%Ln new message. The latest: %1</numerusform>
            <numerusform>%Ln new messages. The latest: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln unread message</numerusform>
            <numerusform>%Ln unread messages</numerusform>
        </translation>
    </message>
</context>
</TS>
