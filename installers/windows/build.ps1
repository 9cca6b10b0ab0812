# Builds Patchbay's .msi on Windows (PowerShell, from the repository root):
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
# Needs: JDK 17 (jlink, jpackage) on the PATH, Maven, Git Bash (for jlink/build-runtime) and
# WiX Toolset 3.x (candle.exe, light.exe) on the PATH. Output: target\installers\Patchbay-VERSION.msi
$ErrorActionPreference = "Stop"
mvn -B -ntp -q -DskipTests package
$lib = "target\patchbay\lib"
$mainJar = (Get-ChildItem "$lib\patchbay-*.jar").Name
$version = $mainJar -replace '^patchbay-', '' -replace '\.jar$', ''
$work = "target\installers-work"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $work, "target\installers"
New-Item -ItemType Directory -Force "$work\app", "target\installers" | Out-Null
# The runtime image: same script as on Linux (JAVAFX_PLATFORM=win picks the javafx-*-win.jar
# module jars and puts their .dll files in the image's bin folder).
$env:JAVAFX_PLATFORM = "win"
bash jlink/build-runtime $lib "$work\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink/build-runtime failed" }
Get-ChildItem "$lib\*.jar" | Where-Object { $_.Name -notlike "javafx-*" } | Copy-Item -Destination "$work\app"
# CDS archive with JavaFX: needs the desktop session (the console opens and closes once).
bash jlink/build-cds "$work\runtime" "$work\app"
if ($LASTEXITCODE -ne 0) { throw "jlink/build-cds failed" }
jpackage "@installers/windows/jpackage-msi.args" --app-version $version --input "$work\app" `
    --main-jar $mainJar --runtime-image "$work\runtime" --dest target\installers
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
