; Inno Setup 6.3+ script: the Windows installer of jinchang-desktop (installer/README.md says how to build it).
;
;   iscc /DAppVersion=0.1.0 installer\jinchang_desktop.iss       (from the repository root, after PyInstaller)
;
; - Per user, without administrator rights: installs under %LOCALAPPDATA%\Programs\jinchang-desktop.
; - A Start-menu shortcut (and, if ticked, one on the desktop) to the windowed executable.
; - Chinese installer text (ChineseSimplified.isl, see README), English as the second choice.
; - Windows 10 or newer only: Qt 6 does not run on Windows 7 or 8.1.
; - The workspace (database, signing key, backups) lives in %LOCALAPPDATA%\jinchang-desktop\workspace, outside the
;   program folder: uninstalling removes the program only and never deletes the workspace.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "金昌义务教育优质均衡评估"
#define AppExe "jinchang-desktop-gui.exe"

[Setup]
; A fixed AppId: a later version installs over this one instead of beside it.
AppId={{6C3E4F2A-9B1D-4C57-8E2F-3A1B7D9C0E64}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=金昌市教育局
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\jinchang-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=jinchang-desktop-{#AppVersion}-setup
SetupIconFile=app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
zh.WelcomeLabel2=将在本机安装 [name/ver]。%n%n本程序需要 Windows 10 或更高版本（64 位）；Windows 7 和 8.1 无法运行。%n%n无需管理员权限，只为当前用户安装。程序完全离线运行，不连接网络。
en.WelcomeLabel2=This will install [name/ver] on your computer.%n%nIt needs Windows 10 or newer (64-bit); it does not run on Windows 7 or 8.1.%n%nNo administrator rights are needed: it is installed for the current user only. The program works offline and never connects to a network.
zh.WindowsVersionNotSupported=本程序需要 Windows 10 或更高版本（Qt 6 不支持 Windows 7 和 8.1）。
en.WindowsVersionNotSupported=This program needs Windows 10 or newer (Qt 6 does not support Windows 7 or 8.1).

[CustomMessages]
zh.DesktopIcon=在桌面上创建快捷方式
en.DesktopIcon=Create a desktop shortcut
zh.SelfCheck=安装自检（检查本机安装是否完好）
en.SelfCheck=Installation self-check
zh.RunNow=立即启动程序
en.RunNow=Start the program now
zh.UninstallKeepsData=卸载只删除程序，不会删除工作区（数据、签名密钥和备份）：%1
en.UninstallKeepsData=Uninstalling removes the program only, never the workspace (data, signing key, backups): %1

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir bundle: dist\jinchang-desktop (both executables and _internal\).
Source: "..\dist\jinchang-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's libraries must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\{#AppName}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{userprograms}\{#AppName}\{cm:SelfCheck}"; Filename: "{cmd}"; Parameters: "/k ""{app}\jinchang-desktop.exe"" --self-check"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:RunNow}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave inside its own folder; the workspace is elsewhere and is kept.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('UninstallKeepsData'), [ExpandConstant('{localappdata}\jinchang-desktop\workspace')]),
           mbInformation, MB_OK);
end;
