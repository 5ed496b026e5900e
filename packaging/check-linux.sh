#!/usr/bin/env bash
# Checks Porthole's Linux packages end to end, as a user would meet them:
#   1. the app image starts and maps its window under Xvfb (xdotool finds "Porthole"; the screen is not blank),
#   2. the .deb installs with dpkg -i: /usr/bin/porthole answers --version, `porthole doctor` and `porthole lint`
#      run from a terminal, the menu entry (/usr/share/applications, Categories=Development;) and its icon are
#      there, and the installed app opens its window too,
#   3. dpkg -r removes it all again (and the .rpm, when built, carries the same files and the PATH link).
#   packaging/check-linux.sh              build the packages first (packaging/package-linux.sh --fast --no-rpm)
#   packaging/check-linux.sh --no-build   check what packaging/target holds
# Needs root (dpkg -i), Xvfb and xdotool; runs its own Xvfb on :97 (PORTHOLE_CHECK_DISPLAY=NN for another); prints one "name value unit" line per timing and size.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$here/target
log() { echo "[check $SECONDS s] $*"; }
fail() { echo "check-linux: FAILED: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root: it installs and removes the .deb"
for tool in Xvfb xdotool import dpkg; do command -v "$tool" >/dev/null || fail "$tool is missing"; done

[ "${1:-}" = --no-build ] || "$here/package-linux.sh" --fast --no-rpm
deb=$(ls "$out"/porthole_*.deb 2>/dev/null | head -n 1)
[ -x "$out/Porthole/bin/Porthole" ] && [ -n "$deb" ] || fail "no app image or .deb in $out: run packaging/package-linux.sh"
version=$(sed -n 's/^version=//p' "$here/../app/target/classes/porthole-version.properties" 2>/dev/null || true)

work=$(mktemp -d /tmp/porthole-check.XXXXXX)
display=:${PORTHOLE_CHECK_DISPLAY:-97}
app=
cleanup() {
  [ -z "$app" ] || kill "$app" 2>/dev/null || true
  [ -z "${xvfb:-}" ] || kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
# a display someone else already runs would mix their windows into ours
kill -0 "$xvfb" 2>/dev/null || fail "Xvfb could not start on $display (in use? set PORTHOLE_CHECK_DISPLAY to a free number)"

# starts $1 with its own settings folder and waits for its window; sets app (its pid) and ms (the time it took)
start_app() {
  local start=$(date +%s%N)
  XDG_CONFIG_HOME=$work/config DISPLAY=$display "$1" >"$work/app.log" 2>&1 &
  app=$!
  until DISPLAY=$display xdotool search --onlyvisible --name '^Porthole$' >/dev/null 2>&1; do
    kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; fail "$1 exited before showing a window"; }
    [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 180000 ] || fail "$1 showed no window within 180 s"
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
# the window shows more than one colour: the page drew, not just an empty frame (it may paint a moment after mapping)
not_blank() {
  local colours=0
  for _ in $(seq 60); do
    DISPLAY=$display import -window root "$work/$1.png"
    colours=$(convert "$work/$1.png" -format '%k' info:)
    [ "$colours" -le 50 ] || { echo "$colours"; return 0; }
    sleep 0.5
  done
  fail "the screen under Xvfb stayed blank ($colours colours) for 30 s after $2 started"
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; app=; }

log "app image: start under Xvfb $display"
start_app "$out/Porthole/bin/Porthole"
colours=$(not_blank image "the app image")
stop_app
echo "app_image_window_ms $ms ms"
log "app image: window mapped, screen drawn ($colours colours)"
"$out/Porthole/bin/Porthole" --version | grep -q "${version:-.}" || fail "the app image's --version did not answer"

log "install $deb"
missing=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/ //g; /^$/d' \
  | while read -r p; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || echo "$p"; done)
if [ -n "$missing" ]; then
  log "installing what the .deb depends on: $missing"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null
fi
start=$(date +%s%N)
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i failed"; }
echo "deb_install_ms $(( ($(date +%s%N) - start) / 1000000 )) ms"

[ "$(command -v porthole)" = /usr/bin/porthole ] || fail "porthole is not on the PATH as /usr/bin/porthole"
start=$(date +%s%N)
porthole --version | tee "$work/version.txt" | grep -q "${version:-.}" || fail "porthole --version: $(cat "$work/version.txt")"
echo "installed_version_ms $(( ($(date +%s%N) - start) / 1000000 )) ms"
log "porthole --version: $(cat "$work/version.txt")"
doctor_exit=0
porthole doctor >"$work/doctor.txt" 2>&1 || doctor_exit=$?
# 0 when an engine answers, 1 when none does: either way the command ran and said what it tried
[ "$doctor_exit" -le 1 ] && [ -s "$work/doctor.txt" ] || { cat "$work/doctor.txt" >&2; fail "porthole doctor exited $doctor_exit"; }
log "porthole doctor (exit $doctor_exit): $(head -n 1 "$work/doctor.txt")"
printf 'FROM debian:12\nRUN apt-get install -y curl\n' >"$work/Dockerfile"
lint_exit=0
porthole lint "$work/Dockerfile" >"$work/lint.txt" 2>&1 || lint_exit=$?
grep -qi "apt-get" "$work/lint.txt" || { cat "$work/lint.txt" >&2; fail "porthole lint found nothing in a Dockerfile with a bare apt-get install"; }
log "porthole lint (exit $lint_exit): $(head -n 1 "$work/lint.txt")"

entry=$(ls /usr/share/applications/*orthole*.desktop 2>/dev/null | head -n 1)
[ -n "$entry" ] || fail "no menu entry in /usr/share/applications"
grep -q '^Categories=Development;' "$entry" || fail "$entry lacks Categories=Development;"
icon=$(sed -n 's/^Icon=//p' "$entry")
[ -f "$icon" ] && [ "$(identify -format '%w' "$icon")" -ge 256 ] || fail "the menu icon $icon is missing or smaller than 256 px"
exec_line=$(sed -n 's/^Exec=//p' "$entry")
log "menu entry $entry: Exec=$exec_line Icon=$icon ($(identify -format '%wx%h' "$icon"))"

start_app "$exec_line"
not_blank installed "the installed app" >/dev/null
cp "$work/installed.png" "$out/check-window.png"
stop_app
echo "packaged_startup_ms $ms ms"
log "installed app: window in $ms ms (screenshot: $out/check-window.png)"

log "remove"
dpkg -r porthole >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -r failed"; }
dpkg --purge porthole >>"$work/dpkg.log" 2>&1 || true # no leftover "config-files" record
[ ! -e /usr/bin/porthole ] || fail "/usr/bin/porthole is still there after dpkg -r"
[ ! -e "$entry" ] || fail "$entry is still there after dpkg -r"
[ ! -e /opt/porthole ] || fail "/opt/porthole is still there after dpkg -r"

rpm_file=$(ls "$out"/porthole-*.rpm 2>/dev/null | head -n 1 || true)
if [ -n "$rpm_file" ] && command -v rpm >/dev/null; then
  rpm -qpl "$rpm_file" 2>/dev/null | grep -qx /opt/porthole/bin/Porthole || fail "the .rpm lacks /opt/porthole/bin/Porthole"
  rpm -qp --scripts "$rpm_file" 2>/dev/null | grep -q 'ln -sf /opt/porthole/bin/Porthole /usr/bin/porthole' \
    || fail "the .rpm does not link /usr/bin/porthole"
  log "rpm $rpm_file: files and PATH link present (not installed here: this is Debian)"
fi
echo "package_deb_mb $(du -k "$deb" | awk '{printf "%.1f", $1 / 1024}') MB"
log "all checks passed"
