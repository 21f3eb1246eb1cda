#!/usr/bin/env bash
# Installs the Debian 12 packages Portrait needs to build, test and run, and nothing that is already there.
# Usage: scripts/install-deps.sh [build|test|ci]   (default: build)
set -euo pipefail

profile=${1:-build}

packages=(
    cmake ninja-build g++ pkg-config
    libssl-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev qt6-image-formats-plugins qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libgl-dev
    qt6-qpa-plugins fonts-dejavu-core fonts-wqy-microhei
)
case "$profile" in
    build) packages+=(xvfb xauth) ;;
    test) packages+=(gnome-keyring dbus-x11) ;;
    ci) packages+=(clang clang-format libclang-rt-14-dev xvfb xauth gnome-keyring dbus-x11 libsecret-tools
                   dpkg-dev file desktop-file-utils appstream groff-base bash-completion zsh) ;;
    *) echo "usage: $0 [build|test|ci]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
