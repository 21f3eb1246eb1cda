#!/usr/bin/env bash
# Builds Portrait and opens it on the built-in demo tenant (no account needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
cmake --preset default >/dev/null
cmake --build --preset default --target portrait
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting Portrait under xvfb-run (invisible). Run this from a desktop session to see it." >&2
    exec xvfb-run -a -s '-screen 0 1280x800x24' build/default/app/portrait/portrait --demo "$@"
fi
exec build/default/app/portrait/portrait --demo "$@"
