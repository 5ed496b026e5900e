#!/usr/bin/env bash
# Builds Porthole's macOS installer with jpackage: Porthole.app (jlink-trimmed runtime, the .icns icon, bundle
# identifier dev.porthole.app, category Developer Tools), then a .dmg to drag it into Applications.
#   packaging/package-macos.sh [--skip-build]
# Runs on macOS only (jpackage makes .dmg files only there), with a JDK 25 in JAVA_HOME. The app is not signed:
# pass --mac-sign and its options through PORTHOLE_MAC_SIGN (e.g. "--mac-sign --mac-signing-key-user-name NAME").
# The command line: /Applications/Porthole.app/Contents/MacOS/Porthole doctor (link it onto the PATH as porthole).
# Output in packaging/target: Porthole.app and Porthole-VERSION.dmg.
# Options shared with package-linux.sh and package-windows.ps1: jpackage-common.txt, jpackage-app.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
[ "$(uname -s)" = Darwin ] || { echo "package-macos.sh runs on macOS only (jpackage cannot make a .dmg elsewhere)" >&2; exit 1; }
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ] || { echo "set JAVA_HOME to a JDK 25" >&2; exit 1; }
build=yes
[ "${1:-}" = --skip-build ] && build=

cd "$root"
[ -z "$build" ] || ./mvnw -B -q -DskipTests package
version=$(sed -n 's/^version=//p' app/target/classes/porthole-version.properties)
# a bundle version must start at 1 for jpackage (CFBundleVersion): 0.x builds are stamped 1.0.0 inside the
# bundle, and the .dmg keeps the real version in its name
bundle_version=$version
case $version in 0.*) bundle_version=1.0.0 ;; esac
icon=$root/icons/src/main/platform/porthole.icns
out=$here/target
rm -rf "$out" && mkdir -p "$out/input"
cp ui/target/porthole-ui.jar ui/target/lib/*.jar "$out/input/"
mac=(--mac-package-identifier dev.porthole.app --mac-package-name Porthole)

"$JAVA_HOME/bin/jpackage" @"$here/jpackage-common.txt" @"$here/jpackage-app.txt" --type app-image \
  --input "$out/input" --dest "$out" --app-version "$bundle_version" --icon "$icon" "${mac[@]}" \
  --mac-app-category public.app-category.developer-tools ${PORTHOLE_MAC_SIGN:-}
"$JAVA_HOME/bin/jpackage" @"$here/jpackage-common.txt" --type dmg --app-image "$out/Porthole.app" \
  --dest "$out" --app-version "$bundle_version" --icon "$icon" "${mac[@]}" ${PORTHOLE_MAC_SIGN:-}
dmg=$(ls "$out"/*.dmg)
[ "$bundle_version" = "$version" ] || { mv "$dmg" "$out/Porthole-$version.dmg"; dmg=$out/Porthole-$version.dmg; }
echo "dmg: $dmg ($(du -m "$dmg" | cut -f1) MB)"
