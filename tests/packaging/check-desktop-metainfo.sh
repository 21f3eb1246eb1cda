#!/usr/bin/env bash
# Usage: check-desktop-metainfo.sh DESKTOP_FILE METAINFO_FILE PROJECT_VERSION SCREENSHOT_DIR LICENSE_SPDX LICENSE_FILE
#        DEBIAN_COPYRIGHT_FILE SCREENSHOTS_TEMPLATE
# desktop-file-validate and appstreamcli validate (--no-net: CI has no network, and the homepage and
# screenshot URLs are not checked for reachability), then the facts the two validators cannot know.
set -euo pipefail
desktop=$1 metainfo=$2 version=$3 screenshots=$4 spdx=$5 license_file=$6 copyright=$7 screenshots_template=$8
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
# One licence everywhere: the metainfo's project_license, LICENSE's text and the package's copyright file.
grep -q "<project_license>$spdx</project_license>" "$metainfo" \
    || { echo "FAIL: metainfo project_license is not $spdx"; status=1; }
case $spdx in
    GPL-3.0-or-later)
        grep -q "GNU GENERAL PUBLIC LICENSE" "$license_file" && grep -q "Version 3, 29 June 2007" "$license_file" \
            || { echo "FAIL: $license_file is not the GNU GPL version 3"; status=1; }
        grep -qx "License: GPL-3+" "$copyright" && grep -q "either version 3 of the License, or" "$copyright" \
            || { echo "FAIL: $copyright does not state GPL-3+"; status=1; }
        ;;
    *) echo "FAIL: no check of LICENSE and the copyright file for $spdx"; status=1 ;;
esac
grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" "$copyright" \
    || { echo "FAIL: $copyright is not machine-readable (DEP-5)"; status=1; }

# Every version has a release entry: the newest (first) one is this version.
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | sed 's/.*"\(.*\)"/\1/')
[ "$newest" = "$version" ] || { echo "FAIL: newest metainfo release is '$newest', the project is $version"; status=1; }
# No address that leads nowhere: a stand-in homepage in the reserved .invalid domain is left out, not published.
if grep -n '\.invalid\b' "$metainfo" "$copyright"; then
    echo "FAIL: an address in the reserved .invalid domain is in the metainfo or the copyright file"; status=1
fi
# Screenshots are the project's own, and as large as the metainfo says (a software centre lays them out by it):
# those it lists, and those it lists once the project publishes them (the template).
while read -r image; do
    file=$(basename "$(sed 's/.*>//' <<<"$image")")
    width=$(sed -n 's/.*width="\([0-9]*\)".*/\1/p' <<<"$image")
    height=$(sed -n 's/.*height="\([0-9]*\)".*/\1/p' <<<"$image")
    if [ ! -f "$screenshots/$file" ]; then
        echo "FAIL: screenshot $file is not in $screenshots"; status=1; continue
    fi
    # A PNG's IHDR: width and height, big-endian, at bytes 16-23.
    read -r w3 w2 w1 w0 h3 h2 h1 h0 < <(od -An -tu1 -j16 -N8 "$screenshots/$file")
    actual_w=$(( (w3 << 24) | (w2 << 16) | (w1 << 8) | w0 )) actual_h=$(( (h3 << 24) | (h2 << 16) | (h1 << 8) | h0 ))
    [ "$actual_w" = "$width" ] && [ "$actual_h" = "$height" ] \
        || { echo "FAIL: $file is ${actual_w}x${actual_h}, the metainfo says ${width}x${height}"; status=1; }
done < <(grep -ho '<image[^>]*>[^<]*' "$metainfo" "$screenshots_template" | sort -u)
# German and French users see the menu entry and the software centre's page in their language.
for lang in de fr; do
    for key in GenericName Comment Keywords; do
        grep -q "^$key\[$lang\]=" "$desktop" || { echo "FAIL: $desktop has no $key[$lang]"; status=1; }
    done
    grep -q "<summary xml:lang=\"$lang\">" "$metainfo" || { echo "FAIL: metainfo has no $lang summary"; status=1; }
    [ "$(grep -c "<li xml:lang=\"$lang\">" "$metainfo")" = "$(grep -c '<li>' "$metainfo")" ] \
        || { echo "FAIL: not every feature of the metainfo is in $lang"; status=1; }
done

[ $status -eq 0 ] && [ "${skipped:-0}" -eq 1 ] && exit 77
exit $status
