#!/usr/bin/env bash
# Usage: check-man-pages.sh MAN_DIR PROJECT_VERSION PORTRAIT PORTRAIT_CLI PORTRAIT_EMULATOR
# Each man page renders without groff warnings, carries the project's version, and documents every
# option its program's --help lists.
set -euo pipefail
dir=$1 version=$2
declare -A programs=([portrait]=$3 [portrait-cli]=$4 [portrait-emulator]=$5)
status=0

if ! command -v groff >/dev/null; then
    echo "SKIP: groff not installed"
    exit 77
fi

for name in "${!programs[@]}"; do
    page=$dir/$name.1
    [ -f "$page" ] || { echo "FAIL: $page missing"; status=1; continue; }
    warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
    [ -z "$warnings" ] || { echo "FAIL: groff warnings in $page:"; echo "$warnings"; status=1; }
    grep -q "^\.TH .* \"Portrait $version\"" "$page" || { echo "FAIL: $page does not say Portrait $version"; status=1; }
    # --version works without a display and names the program and the project's version.
    got=$("${programs[$name]}" --version)
    [ "$got" = "$name $version" ] || { echo "FAIL: $name --version says '$got', expected '$name $version'"; status=1; }
    # The rendered text, with roff's hyphen escapes resolved, mentions every option of --help.
    text=$(groff -man -Tascii -P-cbou "$page" 2>/dev/null)
    help=$("${programs[$name]}" --help)
    options=$(grep -oE -- '(^|[ ,])--?[a-zA-Z][a-zA-Z0-9-]*' <<<"$help" | sed 's/^[ ,]*//' | sort -u)
    [ -n "$options" ] || { echo "FAIL: no options found in $name --help"; status=1; }
    for option in $options; do
        if ! grep -qE -- "(^|[^a-zA-Z0-9-])$option([^a-zA-Z0-9-]|\$)" <<<"$text"; then
            echo "FAIL: $name.1 does not document $option"
            status=1
        fi
    done
done
# The exit codes of docs/CLI.md.
cli_text=$(groff -man -Tascii -P-cbou "$dir/portrait-cli.1" 2>/dev/null)
section=$(sed -n '/^EXIT STATUS/,/^[A-Z]/p' <<<"$cli_text")
for code in 0 1 2 3 4; do
    grep -qE "^ +$code\$|^ +$code +[A-Z]" <<<"$section" || { echo "FAIL: portrait-cli.1 lacks exit code $code"; status=1; }
done
exit $status
