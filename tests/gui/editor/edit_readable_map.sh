#!/bin/bash
# The flagship opened at the default window size shows all of itself with every title readable:
# a screenshot of the canvas, read back with tesseract, holds the titles (issue 15).
# Usage (inside xvfb-run): edit_readable_map.sh HEARTFLOW OCR_PREP FLOW WORK
HEARTFLOW=$1 OCR_PREP=$2 FLOW=$3 WORK=$4
source "$(dirname "$0")/editor_lib.sh"
fresh_work
command -v tesseract >/dev/null || { echo "edit_readable_map: tesseract is not installed"; exit 77; }

# found TITLE: the title is in the text read, allowing one letter misread (an arrow may cross
# a title; the words themselves are what is checked).
found() {
    awk -v want="$1" '
        function distance(a, b,    i, j, la, lb, d, cost) {
            la = length(a); lb = length(b)
            for (i = 0; i <= la; i++) d[i, 0] = i
            for (j = 0; j <= lb; j++) d[0, j] = j
            for (i = 1; i <= la; i++)
                for (j = 1; j <= lb; j++) {
                    cost = substr(a, i, 1) == substr(b, j, 1) ? 0 : 1
                    d[i, j] = d[i - 1, j] + 1
                    if (d[i, j - 1] + 1 < d[i, j]) d[i, j] = d[i, j - 1] + 1
                    if (d[i - 1, j - 1] + cost < d[i, j]) d[i, j] = d[i - 1, j - 1] + cost
                }
            return d[la, lb]
        }
        {
            n = length(want)
            for (s = 1; s <= length($0); s++)
                for (len = n - 1; len <= n + 1; len++)
                    if (distance(substr($0, s, len), want) <= 1) { hit = 1; exit }
        }
        END { exit hit ? 0 : 1 }' "$WORK/map.txt"
}

run_heartflow edit "$FLOW" --size 1360x860 --screenshot "$WORK/map.png" || fail "the editor failed"
# The canvas is the left 950 x 740 pixels under the menu bar; titles are 12 px, so scale by 3.
"$OCR_PREP" "$WORK/map.png" 0 28 950 740 3 "$WORK/map.pgm" || fail "cannot prepare the screenshot"
tesseract "$WORK/map.pgm" - --psm 11 2>/dev/null | tr '\n' ' ' >"$WORK/map.txt"
for title in "Name the feeling" "Red lights" "Get help now" "Closing reflection" "A first breath" \
    "Feeling bad is not being bad"; do
    found "$title" || fail "the title '$title' cannot be read on the fitted canvas (read: $(cat "$WORK/map.txt"))"
done
echo "edit_readable_map: ok"
