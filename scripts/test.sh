#!/usr/bin/env bash
# Builds Portrait and runs its whole test suite (unit, emulator, integration, model and GUI tests).
# Usage: scripts/test.sh [preset]   (default: default; asan: AddressSanitizer + UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
scripts/install-deps.sh test
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"
