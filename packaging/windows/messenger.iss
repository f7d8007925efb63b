; SPDX-License-Identifier: GPL-3.0-or-later
; SPDX-FileCopyrightText: The messenger developers
;
; Inno Setup 6 script for the Windows installer of the PyInstaller bundle.
; Written from the Inno Setup documentation; not built on the Linux CI (see
; docs/packaging.md). Build with packaging/windows/build-installer.sh, or:
;
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\build\pyinstaller\dist\messenger messenger.iss
;
; Installs per user by default (no administrator needed; the user may choose
; all users), adds a start-menu entry, an uninstaller (Settings, Apps) and
; registers messenger as the handler of xmpp: links (RFC 5122): Windows then
; starts `messenger.exe "xmpp:..."`, which hands the link to a running
; instance like any second start does.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\pyinstaller\dist\messenger"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\pyinstaller\icons\messenger.ico"
#endif

[Setup]
AppId=org.messenger.Messenger
AppName=Messenger
AppVersion={#AppVersion}
AppPublisher=The messenger developers
DefaultDirName={autopf}\Messenger
DefaultGroupName=Messenger
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\windows
OutputBaseFilename=messenger-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\messenger.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The xmpp: handler changes an association: tell Explorer.
ChangesAssociations=yes
; A running messenger holds its files: offer to close it.
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "xmpplinks"; Description: "Open xmpp: links with Messenger"; GroupDescription: "Links:"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Messenger"; Filename: "{app}\messenger.exe"; AppUserModelID: "org.messenger.Messenger"
Name: "{group}\Uninstall Messenger"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Messenger"; Filename: "{app}\messenger.exe"; Tasks: desktopicon

[Registry]
; HKA: HKLM for an all-users install, HKCU for a per-user one.
Root: HKA; Subkey: "Software\Classes\xmpp"; ValueType: string; ValueName: ""; ValueData: "URL:XMPP link"; Flags: uninsdeletekey; Tasks: xmpplinks
Root: HKA; Subkey: "Software\Classes\xmpp"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Tasks: xmpplinks
Root: HKA; Subkey: "Software\Classes\xmpp\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\messenger.exe"",0"; Tasks: xmpplinks
Root: HKA; Subkey: "Software\Classes\xmpp\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\messenger.exe"" ""%1"""; Tasks: xmpplinks

[Run]
Filename: "{app}\messenger.exe"; Description: "{cm:LaunchProgram,Messenger}"; Flags: nowait postinstall skipifsilent
