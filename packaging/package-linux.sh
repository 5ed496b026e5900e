#!/usr/bin/env bash
# Builds Porthole's Linux installers with jpackage: an app-image and a .deb, each with a jlink-trimmed runtime
# (only the JDK modules the app uses). Run from anywhere: packaging/package-linux.sh
# Output: packaging/target/porthole (app-image) and packaging/target/porthole_VERSION_amd64.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jdk_bin=$JAVA_HOME/bin
[ -x "$jdk_bin/jpackage" ] || { echo "jpackage not found under JAVA_HOME=$JAVA_HOME (a JDK 25 is needed)" >&2; exit 1; }

cd "$root"
./mvnw -B -q -DskipTests package
version=$(sed -n 's/^version=//p' app/target/classes/porthole-version.properties)

out=$root/packaging/target
input=$out/input
rm -rf "$out" && mkdir -p "$input"
cp ui/target/porthole-ui.jar ui/target/lib/*.jar "$input/"

# the JDK modules the jars need, plus what is reached by reflection or service lookup at run time
modules=$("$jdk_bin/jdeps" --ignore-missing-deps --multi-release 25 -q --print-module-deps \
  --class-path "$input/*" "$input/porthole-ui.jar" 2>/dev/null || true)
modules="${modules:+$modules,}jdk.crypto.ec,jdk.unsupported,jdk.net,jdk.zipfs,java.naming,java.management,jdk.management"

common=(--name porthole --app-version "$version" --vendor "Porthole"
  --description "See and drive your container engine"
  --input "$input" --main-jar porthole-ui.jar --main-class dev.porthole.ui.Launcher
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
  --java-options "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow")

"$jdk_bin/jpackage" --type app-image --dest "$out" "${common[@]}"
echo "app-image: $out/porthole ($(du -sm "$out/porthole" | cut -f1) MB)"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  "$jdk_bin/jpackage" --type deb --dest "$out" "${common[@]}" \
    --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group "Development;System" \
    --linux-app-category devel
  echo "deb: $(ls "$out"/*.deb) ($(du -m "$out"/*.deb | cut -f1) MB)"
else
  echo "dpkg-deb or fakeroot missing: no .deb built" >&2
fi
