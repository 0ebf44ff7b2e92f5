#!/bin/bash
# The window player in Japanese: a small flow with its sample Japanese file beside it, played with
# --lang ja, and offered in the chooser (`heartflow play` with no flow named) of an installed tree
# of the test's own. With Debian's Noto Sans CJK installed, tesseract reads the Japanese words
# back from the screenshots (missing glyphs would read as nothing); with fontconfig shown no CJK
# font, the window says once, plainly, that fonts-noto-cjk is needed (the chooser too: its
# Japanese title needs it), and so does the log.
# Usage (inside xvfb-run): translation_cjk.sh HEARTFLOW PNG_CHECK SOURCE_DIR WORK
HEARTFLOW=$1 PNG_CHECK=$2 SRC=$3 WORK=$4
source "$(dirname "$0")/lib.sh"
fresh_work
cp "$SRC/tests/data/translations/breaths.toml" "$SRC/tests/data/translations/breaths.ja.po" "$WORK/"
FLOW="$WORK/breaths.toml"

# shot NAME: a screenshot of the first step in Japanese, checked to be a proper one.
shot() {
    run_heartflow play "$FLOW" --fresh --lang ja --screenshot "$WORK/$1.png" || fail "$1: the player failed"
    "$PNG_CHECK" "$WORK/$1.png" 1000 700 || fail "$1: not a proper screenshot"
    grep -qF "using the 'ja' translation" "$WORK/err.txt" || fail "$1: the log does not say it plays in Japanese"
}

# An installed tree (bin/ beside share/heartflow/flows, where heartflow finds the flows it offers)
# with the Japanese sample as its one flow; the executables linked in, else copied.
TREE="$WORK/tree"
mkdir -p "$TREE/bin" "$TREE/share/heartflow/flows"
for exe in heartflow heartflow-window; do
    ln -f "$(dirname "$HEARTFLOW")/$exe" "$TREE/bin/" 2>/dev/null || cp "$(dirname "$HEARTFLOW")/$exe" "$TREE/bin/"
done
cp "$WORK/breaths.toml" "$WORK/breaths.ja.po" "$TREE/share/heartflow/flows/"

# chooser_shot NAME: a screenshot of the tree's chooser in Japanese, checked to be a proper one.
chooser_shot() {
    HEARTFLOW="$TREE/bin/heartflow" run_heartflow play --lang ja --screenshot "$WORK/$1.png" ||
        fail "$1: the chooser failed"
    "$PNG_CHECK" "$WORK/$1.png" 1000 700 || fail "$1: not a proper screenshot"
}

# Without a CJK font (fontconfig shown only Inter and the truetype fonts): said in the window.
mkdir -p "$WORK/fc-cache"
cat >"$WORK/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/opentype/inter</dir>
  <dir>/usr/share/fonts/truetype</dir>
  <cachedir>$WORK/fc-cache</cachedir>
</fontconfig>
CONF
FONTCONFIG_FILE="$WORK/fonts.conf" shot no-cjk-font
grep -qF "install fonts-noto-cjk" "$WORK/err.txt" || fail "no-cjk-font: the log does not say what to install"
words=$(screen_words "$WORK/no-cjk-font.png")
grep -qF "fonts-noto-cjk" <<<"$words" || fail "no-cjk-font: the window does not say what to install; it reads: $words"
FONTCONFIG_FILE="$WORK/fonts.conf" chooser_shot no-cjk-font-chooser
grep -qF "install fonts-noto-cjk" "$WORK/err.txt" || fail "no-cjk-font-chooser: the log does not say what to install"
words=$(screen_words "$WORK/no-cjk-font-chooser.png")
grep -qF "fonts-noto-cjk" <<<"$words" || fail "no-cjk-font-chooser: the chooser does not say what to install; it reads: $words"

# With Noto Sans CJK: the Japanese words themselves.
fc-list ':family=Noto Sans CJK JP' | grep -q . ||
    { echo "translation_cjk: the Japanese words skipped: fonts-noto-cjk is not installed"; exit 77; }
tesseract --list-langs 2>/dev/null | grep -qx jpn ||
    { echo "translation_cjk: the Japanese words skipped: install tesseract-ocr-jpn"; exit 77; }
shot japanese
! grep -qF "fonts-noto-cjk" "$WORK/err.txt" || fail "japanese: the log asks for fonts that are installed"
words=$(tesseract "$WORK/japanese.png" - -l jpn+eng 2>/dev/null | tr -d ' \n')
for japanese in "ゆっくり" "吸って" "できました"; do
    grep -qF "$japanese" <<<"$words" || fail "japanese: '$japanese' is not on screen; it reads: $words"
done
chooser_shot chooser
! grep -qF "fonts-noto-cjk" "$WORK/err.txt" || fail "chooser: the log asks for fonts that are installed"
words=$(tesseract "$WORK/chooser.png" - -l jpn+eng 2>/dev/null | tr -d ' \n')
grep -qF "数回の呼吸" <<<"$words" || fail "chooser: the Japanese title is not on screen; it reads: $words"
echo "translation_cjk: ok"
