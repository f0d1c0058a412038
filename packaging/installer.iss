; Inno Setup script of the per-user installer for Windows (built by .github/workflows/windows.yml):
;   ISCC.exe /DAppVersion=0.1.0 packaging\installer.iss
; It installs dist\CityDiplomacyDesk\ into the user's own programs folder
; (%LOCALAPPDATA%\Programs\City Diplomacy Desk) without administrator rights, adds a Start-menu
; entry, and replaces only the program's files on upgrade and uninstall: the officer's data
; (%LOCALAPPDATA%\CityDiplomacyDesk: the database, its backups, the log) is never touched.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E0B7C52-3A8F-4D1E-9C44-2F5B8D1A7E63}
AppName=City Diplomacy Desk
AppVersion={#AppVersion}
AppVerName=City Diplomacy Desk {#AppVersion}
AppPublisher=City Diplomacy Desk
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\City Diplomacy Desk
DefaultGroupName=City Diplomacy Desk
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=CityDiplomacyDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icon.ico
UninstallDisplayIcon={app}\CityDiplomacyDesk.exe
UninstallDisplayName=City Diplomacy Desk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[InstallDelete]
; An upgrade starts from a clean program folder, so no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\CityDiplomacyDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\City Diplomacy Desk"; Filename: "{app}\CityDiplomacyDesk.exe"; WorkingDir: "{userdocs}"
Name: "{group}\Third-party licences"; Filename: "{app}\THIRD-PARTY-LICENSES.txt"

[Run]
Filename: "{app}\CityDiplomacyDesk.exe"; Description: "{cm:LaunchProgram,City Diplomacy Desk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: what the program wrote in the user's data folder stays.
