; The Windows installer of Gloss, built by `make package-windows` when
; makensis (NSIS 3) is installed:
;
;   makensis -DEXE=path/to/gloss.exe -DVERSION=1.2.3.4 -DDISPLAY_VERSION=1.2.3 \
;            -DOUTFILE=path/to/setup.exe build/windows/installer/gloss.nsi
;
; It installs for the current user, without administrator rights, into
; %LocalAppData%\Programs\Gloss, adds a Start menu entry, offers Gloss in
; "Open with" for the formats it reads, and handles gloss:// links. The
; uninstaller removes exactly that; the library in %AppData%\Gloss stays.

Unicode true
!include "MUI2.nsh"

!ifndef EXE
  !error "define EXE, the gloss.exe to install"
!endif
!ifndef VERSION
  !error "define VERSION, four numbers such as 1.2.3.4"
!endif
!ifndef OUTFILE
  !error "define OUTFILE, the installer to write"
!endif
!ifndef DISPLAY_VERSION
  !define DISPLAY_VERSION "${VERSION}"
!endif

!define APP "Gloss"
!define PROGID "Gloss.Article"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Gloss"
!define WEBVIEW2_CLIENT "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
ManifestDPIAware true
SetCompressor /SOLID lzma

VIProductVersion "${VERSION}"
VIFileVersion "${VERSION}"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${DISPLAY_VERSION}"
VIAddVersionKey "FileVersion" "${DISPLAY_VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "CompanyName" "${APP}"
VIAddVersionKey "LegalCopyright" ""

!define MUI_ICON "../icon.ico"
!define MUI_UNICON "../icon.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\gloss.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

; The window is WebView2, part of Windows 11 and of current Windows 10;
; the installer cannot bring it (Gloss never goes online), so it says so.
Function .onInit
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WEBVIEW2_CLIENT}" "pv"
  StrCmp $0 "" 0 done
  ReadRegStr $0 HKCU "Software\${WEBVIEW2_CLIENT}" "pv"
  StrCmp $0 "" 0 done
  MessageBox MB_OK|MB_ICONINFORMATION "Gloss needs the Microsoft Edge WebView2 Runtime, which this computer does not seem to have. Install it from Microsoft (search for $\"WebView2 Runtime$\"), then start Gloss."
  done:
FunctionEnd

; Offers Gloss in "Open with" for one extension, without taking it over.
!macro OpenWith EXT
  WriteRegStr HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\gloss.exe\SupportedTypes" "${EXT}" ""
!macroend
!macro NoOpenWith EXT
  DeleteRegValue HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}"
!macroend

Section "Gloss"
  SetOutPath "$INSTDIR"
  File "/oname=gloss.exe" "${EXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\gloss.exe"

  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "News article"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\gloss.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\gloss.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\gloss.exe" "FriendlyAppName" "${APP}"
  WriteRegStr HKCU "Software\Classes\Applications\gloss.exe\shell\open\command" "" '"$INSTDIR\gloss.exe" "%1"'
  !insertmacro OpenWith ".txt"
  !insertmacro OpenWith ".md"
  !insertmacro OpenWith ".html"
  !insertmacro OpenWith ".htm"
  !insertmacro OpenWith ".xhtml"
  !insertmacro OpenWith ".epub"
  !insertmacro OpenWith ".json"
  !insertmacro OpenWith ".csv"

  ; gloss://article/ID links, as exported by Gloss.
  WriteRegStr HKCU "Software\Classes\gloss" "" "URL:Gloss link"
  WriteRegStr HKCU "Software\Classes\gloss" "URL Protocol" ""
  WriteRegStr HKCU "Software\Classes\gloss\DefaultIcon" "" "$INSTDIR\gloss.exe,0"
  WriteRegStr HKCU "Software\Classes\gloss\shell\open\command" "" '"$INSTDIR\gloss.exe" "%1"'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${DISPLAY_VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\gloss.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; Tell Explorer that the associations changed.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

; The library and its backups in %AppData%\Gloss are the user's: they stay.
Section "Uninstall"
  Delete "$INSTDIR\gloss.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"

  !insertmacro NoOpenWith ".txt"
  !insertmacro NoOpenWith ".md"
  !insertmacro NoOpenWith ".html"
  !insertmacro NoOpenWith ".htm"
  !insertmacro NoOpenWith ".xhtml"
  !insertmacro NoOpenWith ".epub"
  !insertmacro NoOpenWith ".json"
  !insertmacro NoOpenWith ".csv"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\gloss.exe"
  DeleteRegKey HKCU "Software\Classes\gloss"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
