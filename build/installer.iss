; Inno Setup 6 script: the Windows installer over the one-folder build (dist\pengaduan).
;
;   python build/make.py --installer
;
; passes /DAppVersion (from pyproject.toml), /DBundleDir, /DOutputDir and
; /DIndonesianMessages (Inno Setup's Indonesian.isl, an "Unofficial" translation its own
; installer does not install: see build/make.py) to ISCC; with a code-signing certificate
; (PENGADUAN_SIGN_CERT) also /DSignToolName and the /S sign tool that runs SignTool.
; Per-machine install under Program Files, a Start-menu entry, upgrade in place, uninstall.
; The wizard speaks Indonesian and shows the third-party notices (the bundle's
; notices\PEMBERITAHUAN.txt, made by build/notices.py) as its licence page.
; User data (database, settings, logs) lives in the user's profile (%LOCALAPPDATA%\Pengaduan,
; %APPDATA%\Pengaduan, or the office's PostgreSQL server), outside {app}: neither an upgrade
; nor an uninstall touches it.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (python build/make.py --installer does)
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\pengaduan"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif
#ifndef IndonesianMessages
  #define IndonesianMessages "..\build\work\Indonesian.isl"
#endif

[Setup]
; Never change AppId: it is how a newer installer finds the installed program to upgrade.
AppId={{6F3B2C1E-8D4A-4E27-9B61-2C5A7D0E4F93}
AppName=Pengaduan
AppVersion={#AppVersion}
AppVerName=Pengaduan {#AppVersion}
AppPublisher=Kantor Wilayah Kementerian Hukum
AppComments=Layanan Pengaduan Masyarakat
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Pengaduan
DefaultGroupName=Pengaduan
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
; per machine: every official at this PC uses the same program
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Pengaduan-{#AppVersion}-setup
SetupIconFile=..\resources\icons\pengaduan.ico
UninstallDisplayIcon={app}\Pengaduan.exe
UninstallDisplayName=Pengaduan {#AppVersion}
; a running Pengaduan is asked to close before its files are replaced
CloseApplications=yes
RestartApplications=no
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; the third-party notices: every component's licence, the full texts in {app}\notices
LicenseFile={#BundleDir}\notices\PEMBERITAHUAN.txt
ShowLanguageDialog=no
#ifdef SignToolName
; setup.exe and unins000.exe signed by SignTool (the bundle's .exe files are signed by
; build/make.py before they are packed)
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "id"; MessagesFile: "{#IndonesianMessages}"

[InstallDelete]
; An upgrade replaces the program's files whole, so no module of the older version lingers
; next to the new ones. Only {app}: user data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{app}\notices"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Pengaduan"; Filename: "{app}\Pengaduan.exe"; Comment: "Layanan Pengaduan Masyarakat"

[Run]
Filename: "{app}\Pengaduan.exe"; Description: "Jalankan Pengaduan"; Flags: nowait postinstall skipifsilent
