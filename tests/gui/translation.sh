#!/bin/bash
# The window player in a translation: the flagship with its sample Greek file beside it, played
# with --lang el and then by a Greek locale, each screenshot read back by tesseract in Greek; the
# English words must be gone from the screen and the log must say which file is played.
# Usage (inside xvfb-run): translation.sh HEARTFLOW PNG_CHECK SOURCE_DIR WORK
HEARTFLOW=$1 PNG_CHECK=$2 SRC=$3 WORK=$4
source "$(dirname "$0")/lib.sh"
fresh_work
tesseract --list-langs 2>/dev/null | grep -qx ell ||
    fail "tesseract cannot read Greek: install tesseract-ocr-ell (bash scripts/deps.sh test)"
cp "$SRC/tests/data/translations/heart-of-the-matter.toml" "$SRC/tests/data/translations/heart-of-the-matter.el.po" "$WORK/"
FLOW="$WORK/heart-of-the-matter.toml"

# greek_shot NAME ARGS...: a screenshot of the first step, checked to show the Greek words.
greek_shot() {
    local name=$1; shift
    run_heartflow play "$FLOW" --fresh "$@" --screenshot "$WORK/$name.png" || fail "$name: the player failed"
    "$PNG_CHECK" "$WORK/$name.png" 1000 700 || fail "$name: not a proper screenshot"
    words=$(tesseract "$WORK/$name.png" - -l ell+eng 2>/dev/null | tr -s ' \n' ' ')
    for greek in "Φτάνοντας" "ξεκινήσω" "ασφαλής"; do
        grep -qF "$greek" <<<"$words" || fail "$name: '$greek' is not on screen; it reads: $words"
    done
    ! grep -qF "ready to begin" <<<"$words" || fail "$name: the English choice is still on screen"
    grep -qF "using the 'el' translation" "$WORK/err.txt" || fail "$name: the log does not say it plays in Greek"
}

greek_shot lang-el --lang el
LANG=el_GR.UTF-8 LC_ALL= LC_MESSAGES= LANGUAGE= greek_shot locale-el
# A language with no file plays the flow's own words and says so.
run_heartflow play "$FLOW" --fresh --lang de --screenshot "$WORK/lang-de.png" || fail "de: the player failed"
grep -qF "no 'de' translation" "$WORK/err.txt" || fail "de: the log does not say there is no German file"
echo "translation: ok"
