#!/usr/bin/env bash
# Builds the .deb from the default build, installs it the way an admin would (apt-get resolves its
# dependencies), runs the installed programs from /usr/bin, checks the files a desktop expects, and removes
# the package again. Needs root or sudo; used by .ci/run after scripts/test.sh.
# Usage: scripts/package-check.sh [BUILD_DIR]   (default: build/default)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

if dpkg-query -W -f='${Status}' portrait 2>/dev/null | grep -q 'install ok installed'; then
    echo "package-check: a portrait package is already installed; remove it first (apt-get remove portrait)" >&2
    exit 1
fi

echo "== package: building the .deb"
rm -f "$build"/portrait_*.deb
cmake --build "$build" --target package
debs=("$build"/portrait_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "package-check: expected one portrait_*.deb in $build" >&2; exit 1; }
deb=${debs[0]}
dpkg-deb --field "$deb"

cleanup() { $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq portrait >/dev/null || true; }
trap cleanup EXIT
echo "== package: installing $deb"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb"

failed=0
check() {
    if "$@"; then echo "ok: $*"; else echo "FAIL: $*" >&2; failed=1; fi
}
# Qt's own catalogues are recommended (standard dialogs in the user's language), not required.
check sh -c "dpkg-deb --field '$deb' Recommends | grep -qw qt6-translations-l10n"
echo "== package: running the installed programs"
# Not the build tree's: from /usr/bin, with no Qt platform but the offscreen one (CI has no display).
export QT_QPA_PLATFORM=offscreen
check test "$(command -v portrait-cli)" = /usr/bin/portrait-cli
users=$(cd / && /usr/bin/portrait-cli --demo list users)
echo "portrait-cli --demo list users: $(wc -l <<<"$users") users, the first: $(head -1 <<<"$users")"
check test "$(wc -l <<<"$users")" -ge 250
check test "$(/usr/bin/portrait --version)" = "portrait $(dpkg-query -W -f='${Version}' portrait)"
check /usr/bin/portrait-emulator --version
# The desktop program itself, on a virtual X display (the xcb platform plugin, fonts and icons as a user's desktop
# loads them), opening the demo tenant: still running after 10 s, and it listed the users.
gui=$(mktemp -d)
gui_rc=0
platform=(env QT_QPA_PLATFORM=offscreen)
command -v xvfb-run >/dev/null && platform=(env QT_QPA_PLATFORM=xcb xvfb-run -a)
(cd / && HOME=$gui XDG_CONFIG_HOME=$gui/config XDG_CACHE_HOME=$gui/cache XDG_DATA_HOME=$gui/data \
    "${platform[@]}" timeout 10 /usr/bin/portrait --demo --verbose) >"$gui/portrait.log" 2>&1 || gui_rc=$?
check test "$gui_rc" -eq 124
check grep -q "page arrived" "$gui/portrait.log"
[ "$gui_rc" -eq 124 ] || tail -20 "$gui/portrait.log" >&2
rm -rf "$gui"

echo "== package: the installed files"
for f in /usr/share/applications/io.github.portrait.Portrait.desktop \
         /usr/share/metainfo/io.github.portrait.Portrait.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.portrait.Portrait.svg \
         /usr/share/man/man1/portrait.1.gz /usr/share/man/man1/portrait-cli.1.gz \
         /usr/share/man/man1/portrait-emulator.1.gz /usr/share/doc/portrait/copyright \
         /usr/share/bash-completion/completions/portrait-cli /usr/share/zsh/vendor-completions/_portrait-cli \
         /usr/share/portrait/demo-import/README.txt; do
    check test -s "$f"
done
if command -v desktop-file-validate >/dev/null; then
    check desktop-file-validate /usr/share/applications/io.github.portrait.Portrait.desktop
fi
if command -v appstreamcli >/dev/null; then
    check appstreamcli validate --no-net /usr/share/metainfo/io.github.portrait.Portrait.metainfo.xml
fi
check grep -qx "License: GPL-3+" /usr/share/doc/portrait/copyright
check sh -c 'man -l /usr/share/man/man1/portrait-cli.1.gz 2>/dev/null | grep -q "EXIT STATUS"'

trap - EXIT
cleanup
check test ! -e /usr/bin/portrait
[ $failed -eq 0 ] && echo "== package: OK" || echo "== package: FAILED" >&2
exit $failed
