#!/usr/bin/env bash
# Regenerates Porthole's app icon files from the SVG sources; the results are committed, so builds need none of
# these tools. Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert (for the .ico) and png2icns
# (Debian: icnsutils). Run from anywhere: icons/generate.sh
#   src/main/svg/porthole.svg         the icon, drawn for 48 px and up
#   src/main/svg/porthole-small.svg   the same picture simplified for 16-32 px (no glare, four bolts)
# Output: src/main/resources/dev/porthole/icons/porthole-<size>.png for 16 24 32 48 64 128 256 512 1024 (class path:
#   window icons; packaging/ uses the 512 one for Linux), and src/main/platform/porthole.ico (16-256, Windows
#   installer) and porthole.icns (16-1024, macOS bundle), kept off the class path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg=$here/src/main/svg
out=$here/src/main/resources/dev/porthole/icons
platform=$here/src/main/platform
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (see the comment at the top of $0)" >&2; exit 1; }
done
mkdir -p "$out" "$platform"
for size in 16 24 32 48 64 128 256 512 1024; do
  source=$svg/porthole.svg
  [ "$size" -le 32 ] && source=$svg/porthole-small.svg
  rsvg-convert --width "$size" --height "$size" "$source" --output "$out/porthole-$size.png"
done
(cd "$out" && convert porthole-16.png porthole-24.png porthole-32.png porthole-48.png porthole-64.png \
  porthole-128.png porthole-256.png "$platform/porthole.ico")
# png2icns picks each image's slot from its size (16, 32, 48, 128, 256, 512, 1024)
(cd "$out" && png2icns "$platform/porthole.icns" porthole-16.png porthole-32.png porthole-48.png porthole-128.png \
  porthole-256.png porthole-512.png porthole-1024.png >/dev/null)
ls -l "$out" "$platform"
