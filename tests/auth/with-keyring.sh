#!/bin/sh
# Runs "$@" against the real Secret Service: a private D-Bus session with an unlocked gnome-keyring, in a
# throwaway HOME so no test ever touches a real keyring (docs/ARCHITECTURE.md#testing).
# Needs dbus-run-session (dbus-x11 / dbus-daemon) and gnome-keyring-daemon.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (scripts/install-deps.sh ci installs it)" >&2
        exit 1
    fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" \
XDG_RUNTIME_DIR="$tmp/runtime" \
    dbus-run-session -- sh -c 'printf %s portrait-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "$@"' \
    sh "$@"
