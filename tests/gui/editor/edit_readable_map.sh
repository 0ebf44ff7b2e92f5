#!/bin/bash
# The flagship opened at the default window size shows all of itself with every title readable:
# a screenshot of the canvas, read back with tesseract, holds the titles (issue 15).
# Usage (inside xvfb-run): edit_readable_map.sh HEARTFLOW OCR_PREP FLOW WORK
HEARTFLOW=$1 OCR_PREP=$2 FLOW=$3 WORK=$4
source "$(dirname "$0")/editor_lib.sh"
fresh_work
command -v tesseract >/dev/null || { echo "edit_readable_map: tesseract is not installed"; exit 77; }

run_heartflow edit "$FLOW" --size 1360x860 --screenshot "$WORK/map.png" || fail "the editor failed"
# The canvas is the left 950 x 740 pixels under the menu bar; titles are 12 px, so scale by 3.
"$OCR_PREP" "$WORK/map.png" 0 28 950 740 3 "$WORK/map.pgm" || fail "cannot prepare the screenshot"
tesseract "$WORK/map.pgm" - --psm 11 2>/dev/null | tr '\n' ' ' >"$WORK/map.txt"
for title in "Name the feeling" "Red lights" "Get help now" "Closing reflection" "A first breath"; do
    grep -qF "$title" "$WORK/map.txt" || fail "the title '$title' cannot be read on the fitted canvas (read: $(cat "$WORK/map.txt"))"
done
echo "edit_readable_map: ok"
