#!/bin/bash
# Screenshots of the player's screens (kept in WORK for people to look at), each checked to be
# a real, non-blank picture: the first node at the default and the largest text size, the
# journal, the breathing pacer (and with reduced motion), the help node with local crisis lines,
# the dark and high-contrast themes, the ending, the offer to continue, a flow with errors, and the
# chooser of the installed flows (read back with tesseract when it is installed: at the default
# size every flow's card is on screen at once).
# Usage (inside xvfb-run): screenshots.sh HEARTFLOW PNG_CHECK FLOW WORK
HEARTFLOW=$1 PNG_CHECK=$2 FLOW=$3 WORK=$4
source "$(dirname "$0")/lib.sh"
fresh_work
mkdir -p "$XDG_CONFIG_HOME/heartflow"
printf '# Local crisis lines (example data for the test)\nExample crisis line: 000 000 000 (any time)\nText EXAMPLE to 00000\n' \
    >"$XDG_CONFIG_HOME/heartflow/crisis-resources.txt"

shot() {
    local name=$1; shift
    run_heartflow play "$@" --screenshot "$WORK/$name.png" || fail "$name: the player failed"
    "$PNG_CHECK" "$WORK/$name.png" 1000 700 || fail "$name: not a proper screenshot"
}

shot first "$FLOW" --fresh
shot first-largest "$FLOW" --fresh --text-size 2.0
shot journal "$FLOW" --at write --theme dark
shot breathing "$FLOW" --at breathe
shot breathing-still "$FLOW" --at breathe --reduced-motion --theme high-contrast
shot help "$FLOW" --at get_help
shot help-largest "$FLOW" --at get_help --text-size 2.0
shot ending "$FLOW" --at end --theme dark

# The offer to continue: save a session first, then open the flow again.
start_player "$FLOW" --fresh
press 3 Escape Return BackSpace ctrl+q
wait_exit
shot resume "$FLOW"

# A flow with errors shows them, located, and does not crash.
printf '[flow]\nid = "broken"\ntitle = "Broken"\nstart = "nowhere"\n\n[[node]]\nid = "a"\nkind = "prompt"\ntext = "Hi"\nnext = "missing"\n' \
    >"$WORK/broken.toml"
shot errors "$WORK/broken.toml"
grep -q "broken.toml:[0-9]*:[0-9]*: error: .*\[HF0" "$WORK/err.txt" || fail "errors: no located diagnostics in the log"
# With no flow named: the chooser, every installed flow's title on screen without scrolling.
shot chooser --size 1200x820
if command -v tesseract >/dev/null; then
    words=$(screen_words "$WORK/chooser.png")
    for flow in "$(dirname "$0")"/../../flows/*.toml; do
        title=$(sed -n 's/^title = "\(.*\)"$/\1/p' "$flow" | head -n 1)
        grep -qF -- "$title" <<<"$words" || fail "chooser: '$title' is not on screen: $words"
    done
else
    echo "screenshots: tesseract is not installed; the chooser's titles are not read back"
fi
echo "screenshots: ok"
