# Builds Porthole's Windows installer with jpackage: an app image with a jlink-trimmed runtime, then from it an .msi
# with a Start-menu entry, a per-user install (no administrator needed), an upgrade code so a newer .msi replaces an
# older one, and a console launcher porthole-cli.exe for the command line.
#   powershell -ExecutionPolicy Bypass -File packaging\package-windows.ps1 [-SkipBuild]
# Needs a JDK 25 in JAVA_HOME and the WiX Toolset (3.x or 4+/5) on the PATH: jpackage makes .msi files only on
# Windows. Output in packaging\target: Porthole\ (app image) and Porthole-VERSION.msi.
# Options shared with package-linux.sh and package-macos.sh: jpackage-common.txt, jpackage-app.txt.
param([switch]$SkipBuild)
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot
$root = Split-Path $here -Parent
if (-not $env:JAVA_HOME) { throw 'Set JAVA_HOME to a JDK 25 (jpackage comes with it).' }
$jpackage = Join-Path $env:JAVA_HOME 'bin\jpackage.exe'
if (-not (Test-Path $jpackage)) { throw "jpackage not found under JAVA_HOME=$env:JAVA_HOME (a JDK 25 is needed)." }

Set-Location $root
if (-not $SkipBuild) {
    & .\mvnw.cmd -B -q -DskipTests package
    if ($LASTEXITCODE -ne 0) { throw 'The Maven build failed; see the messages above.' }
}
$version = ((Get-Content app\target\classes\porthole-version.properties) -match '^version=' -replace '^version=', '')
$icon = Join-Path $root 'icons\src\main\platform\porthole.ico'
$out = Join-Path $here 'target'
$jars = Join-Path $out 'input'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Path $jars | Out-Null
Copy-Item ui\target\porthole-ui.jar, ui\target\lib\*.jar $jars

& $jpackage "@$here\jpackage-common.txt" "@$here\jpackage-app.txt" --type app-image `
    --input $jars --dest $out --app-version $version --icon $icon `
    --add-launcher "porthole-cli=$here\windows\porthole-cli.properties"
if ($LASTEXITCODE -ne 0) { throw 'jpackage could not make the app image.' }

# the upgrade code never changes: Windows Installer uses it to find and replace an installed older version
& $jpackage "@$here\jpackage-common.txt" --type msi --app-image (Join-Path $out 'Porthole') `
    --dest $out --app-version $version --icon $icon `
    --win-menu --win-menu-group Porthole --win-shortcut --win-shortcut-prompt `
    --win-per-user-install --win-dir-chooser `
    --win-upgrade-uuid 101638b1-a895-4382-9a0b-a44548bd2cce
if ($LASTEXITCODE -ne 0) { throw 'jpackage could not make the .msi (is WiX on the PATH?).' }
Get-ChildItem $out -Filter *.msi | ForEach-Object { "msi: $($_.FullName) ($([math]::Round($_.Length / 1MB, 1)) MB)" }
