#!/usr/bin/env bash
# Builds Porthole's Linux installers with jpackage: an app image with a jlink-trimmed runtime (only the JDK modules
# the app uses, see jpackage-app.txt), then from it a .deb, and an .rpm where rpmbuild exists. Each carries the app
# icon, a menu entry (Categories=Development;) and puts a `porthole` command on the PATH (/usr/bin/porthole), which
# opens the window without arguments and runs the command line with them (porthole doctor, porthole lint FILE).
#   packaging/package-linux.sh                   build the jars, then the image and the packages
#   packaging/package-linux.sh --skip-build      reuse ui/target (after ./mvnw package)
#   packaging/package-linux.sh --check-modules   also compare jpackage-app.txt's modules with what jdeps finds
#   packaging/package-linux.sh --fast            quick gzip -1 compression (checks, CI), not the smaller xz
#   packaging/package-linux.sh --no-rpm          skip the .rpm even where rpmbuild exists
# Output in packaging/target: Porthole/ (app image), porthole_VERSION_amd64.deb, porthole-VERSION-1.x86_64.rpm.
# Options shared with package-windows.ps1 and package-macos.sh: jpackage-common.txt, jpackage-app.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jdk_bin=$JAVA_HOME/bin
[ -x "$jdk_bin/jpackage" ] || { echo "jpackage not found under JAVA_HOME=$JAVA_HOME (a JDK 25 is needed)" >&2; exit 1; }
build=yes check_modules= rpm=yes
for arg in "$@"; do
  case $arg in
    --skip-build) build= ;;
    --check-modules) check_modules=yes ;;
    --fast) export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 ;;
    --no-rpm) rpm= ;;
    *) echo "unknown option $arg (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
log() { echo "[package $SECONDS s] $*"; }

cd "$root"
if [ -n "$build" ]; then
  log "building the jars"
  ./mvnw -B -q -DskipTests package
fi
[ -f ui/target/porthole-ui.jar ] || { echo "ui/target/porthole-ui.jar is missing: run without --skip-build" >&2; exit 1; }
version=$(sed -n 's/^version=//p' app/target/classes/porthole-version.properties)
icon=$root/icons/src/main/resources/dev/porthole/icons/porthole-512.png

out=$here/target
input=$out/input
rm -rf "$out" && mkdir -p "$input"
cp ui/target/porthole-ui.jar ui/target/lib/*.jar "$input/"

if [ -n "$check_modules" ]; then
  found=$("$jdk_bin/jdeps" --ignore-missing-deps --multi-release 25 -q --print-module-deps \
    --class-path "$input/*" "$input/porthole-ui.jar")
  listed=$(sed -n 's/^--add-modules //p' "$here/jpackage-app.txt")
  missing=$(comm -23 <(tr , '\n' <<<"$found" | sort) <(tr , '\n' <<<"$listed" | sort))
  [ -z "$missing" ] || { echo "jpackage-app.txt's --add-modules lacks: $missing" >&2; exit 1; }
  log "modules: jdeps finds nothing beyond jpackage-app.txt's list"
fi

log "app image"
"$jdk_bin/jpackage" @"$here/jpackage-common.txt" @"$here/jpackage-app.txt" --type app-image \
  --input "$input" --dest "$out" --app-version "$version" --icon "$icon"
log "app image: $out/Porthole ($(du -sm "$out/Porthole" | cut -f1) MB)"

# the installers wrap that image; the resource dir adds the /usr/bin/porthole link to jpackage's scripts and
# the menu icon (given an app image, jpackage takes the icon from there, not from --icon)
resources=$out/resources
mkdir -p "$resources" && cp "$here"/linux/* "$resources/" && cp "$icon" "$resources/Porthole.png"
linux=(--app-image "$out/Porthole" --dest "$out" --app-version "$version"
  --resource-dir "$resources" --linux-package-name porthole --linux-shortcut
  --linux-menu-group "Development;" --linux-app-category devel)
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  "$jdk_bin/jpackage" @"$here/jpackage-common.txt" --type deb "${linux[@]}" --linux-package-deps libgtk-3-0
  deb=$(ls "$out"/*.deb)
  log "deb: $deb ($(du -k "$deb" | awk '{printf "%.1f", $1 / 1024}') MB)"
else
  echo "dpkg-deb or fakeroot missing: no .deb built" >&2
fi
if [ -z "$rpm" ]; then
  log "no .rpm asked for"
elif command -v rpmbuild >/dev/null; then
  "$jdk_bin/jpackage" @"$here/jpackage-common.txt" --type rpm "${linux[@]}" --linux-package-deps gtk3
  rpm=$(ls "$out"/*.rpm)
  log "rpm: $rpm ($(du -k "$rpm" | awk '{printf "%.1f", $1 / 1024}') MB)"
else
  log "rpmbuild missing: no .rpm built (Debian: apt-get install rpm)"
fi
