#!/usr/bin/env bash
# Builds the Debian packages (docs/packaging.md) and checks them: the expected files in each,
# lintian with no errors, desktop-file-validate and appstreamcli on what they install.
# Usage: scripts/package.sh [BUILD_DIR]   (default build/; CI passes its own)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
bash "$root/scripts/deps.sh" test
[ -f "$build/CMakeCache.txt" ] || bash "$root/scripts/build.sh"
cmake --build "$build" -j"$(nproc)" >/dev/null
rm -f "$build"/heartflow*.deb
(cd "$build" && cpack -G DEB >/dev/null)
fail() { echo "package: FAIL: $*" >&2; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
cli="$build/heartflow-cli_${version}_$(dpkg --print-architecture).deb"
desktop="$build/heartflow_${version}_$(dpkg --print-architecture).deb"
[ -f "$cli" ] && [ -f "$desktop" ] || fail "cpack made no packages"

# contains DEB PATH...: each PATH is in the package.
contains() {
    local deb=$1 listing
    shift
    listing=$(dpkg-deb --contents "$deb" | awk '{ print $6 }')
    for path in "$@"; do grep -qx "./$path" <<<"$listing" || fail "$(basename "$deb") lacks $path"; done
}
contains "$cli" usr/bin/heartflow usr/share/heartflow/flows/heart-of-the-matter.toml \
    usr/share/heartflow/flows/templates/starter.toml usr/share/man/man1/heartflow.1.gz \
    usr/share/man/man1/heartflow-check.1.gz usr/share/bash-completion/completions/heartflow \
    usr/share/doc/heartflow-cli/copyright usr/share/doc/heartflow-cli/changelog.gz
contains "$desktop" usr/bin/heartflow-window usr/bin/heartflow-png \
    usr/share/applications/org.heartflow.Heartflow.desktop \
    usr/share/applications/org.heartflow.HeartflowEditor.desktop \
    usr/share/metainfo/org.heartflow.Heartflow.metainfo.xml usr/share/mime/packages/heartflow.xml \
    usr/share/icons/hicolor/scalable/apps/org.heartflow.Heartflow.svg \
    usr/share/icons/hicolor/48x48/apps/org.heartflow.Heartflow.png usr/share/doc/heartflow/copyright
for graphics in libglfw libGL libX11 libcairo libpango librsvg; do
    dpkg-deb -f "$cli" Depends | grep -q "$graphics" && fail "heartflow-cli depends on $graphics"
done

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$desktop" "$unpacked"
desktop-file-validate "$unpacked"/usr/share/applications/*.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net "$unpacked"/usr/share/metainfo/*.xml || fail "appstreamcli validate"

echo "lintian:"
report=$(lintian --tag-display-limit 0 "$cli" "$desktop" 2>&1 | grep -v "running with root privileges" || true)
echo "${report:-  (nothing to report)}"
grep -q '^E: ' <<<"$report" && fail "lintian reports errors"
echo "package: ok ($(basename "$cli"), $(basename "$desktop"))"
