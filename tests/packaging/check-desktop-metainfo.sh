#!/usr/bin/env bash
# Usage: check-desktop-metainfo.sh DESKTOP_FILE METAINFO_FILE PROJECT_VERSION SCREENSHOT_DIR
# desktop-file-validate and appstreamcli validate (--no-net: CI has no network, and the homepage and
# screenshot URLs are not checked for reachability), then the facts the two validators cannot know.
set -euo pipefail
desktop=$1 metainfo=$2 version=$3 screenshots=$4
status=0

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || { echo "FAIL: desktop-file-validate $desktop"; status=1; }
    [ -z "$(desktop-file-validate "$desktop" 2>&1)" ] || { echo "FAIL: desktop-file-validate has remarks"; status=1; }
else
    echo "SKIP: desktop-file-validate not installed (desktop-file-utils)"; skipped=1
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$metainfo" || { echo "FAIL: appstreamcli validate $metainfo"; status=1; }
else
    echo "SKIP: appstreamcli not installed (appstream)"; skipped=1
fi

# The metainfo names the desktop file and the icon the package installs.
app_id=$(basename "$desktop" .desktop)
grep -q "<id>$app_id</id>" "$metainfo" || { echo "FAIL: metainfo id is not $app_id"; status=1; }
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || { echo "FAIL: metainfo launchable is not $app_id.desktop"; status=1; }
grep -qx "Icon=$app_id" "$desktop" || { echo "FAIL: desktop Icon is not $app_id"; status=1; }
# Every version has a release entry: the newest (first) one is this version.
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | sed 's/.*"\(.*\)"/\1/')
[ "$newest" = "$version" ] || { echo "FAIL: newest metainfo release is '$newest', the project is $version"; status=1; }
# Screenshots are the project's own.
for shot in $(grep -o '<image[^>]*>[^<]*' "$metainfo" | sed 's/.*>//'); do
    file=$(basename "$shot")
    [ -f "$screenshots/$file" ] || { echo "FAIL: screenshot $file is not in $screenshots"; status=1; }
done

[ $status -eq 0 ] && [ "${skipped:-0}" -eq 1 ] && exit 77
exit $status
