#!/usr/bin/env bash
# Installs the Debian packages heartflow needs that are not installed yet.
# Usage: scripts/deps.sh build|test|optional   (test also installs what the windowed tests, the
# sanitizer build and the fuzz targets need; optional, what neither needs but people may want)
set -euo pipefail
packages=(cmake g++ make pkg-config libglfw3-dev libimgui-dev python3-glad libtomlplusplus-dev
          doctest-dev libstb-dev libfontconfig-dev fonts-inter fonts-noto-core librsvg2-dev libcairo2-dev
          librsvg2-bin) # rsvg-convert draws the icon's PNG sizes
if [ "${1:-build}" = test ]; then
    packages+=(xvfb xauth xdotool tesseract-ocr tesseract-ocr-eng) # windows, read back by OCR
    packages+=(tesseract-ocr-ell) # a translated flow, read back in Greek
    packages+=(gettext) # msgfmt checks the PO files heartflow writes and reads
    packages+=(cmark) # renders transcripts as a Markdown viewer would
    packages+=(lintian desktop-file-utils appstream) # check the Debian packages (scripts/package.sh)
    # The real consumers of the exports (tests/interop): Graphviz, an XML parser, librsvg,
    # Chromium and Node.js (whose npm installs inkjs, mermaid and playwright-core in the build tree).
    packages+=(graphviz libxml2-utils librsvg2-bin chromium nodejs)
    packages+=(clang libclang-rt-14-dev) # the sanitizer build and the fuzz targets
fi
if [ "${1:-build}" = optional ]; then
    # Chinese, Japanese and Korean in the windows (docs/translations.md), and tesseract reading
    # them back in gui_translation_cjk, which without them checks only the window's notice.
    packages=(fonts-noto-cjk tesseract-ocr-jpn)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "heartflow: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "heartflow: please install as root: apt-get install ${missing[*]}" >&2
    exit 1
fi
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
