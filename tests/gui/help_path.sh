#!/bin/bash
# The help path in the real window, read back from the screen with OCR (tesseract):
# - with no help lines set up, the help step shows the default help first (the emergency number,
#   how to find a crisis line) and a way to set up local lines;
# - a person sets up two lines from the player (F1, "Set up local help lines", type, Ctrl+Enter):
#   the file is written owner-only and the player says so;
# - the help-path ending then shows those lines above its own words, with no 0-10 rating and no
#   recap of the way you came; Enter there goes back to where the person left the flow;
# - at the largest text size the way back stays on screen under the help, and the footer says
#   what Enter does there.
# Usage (inside xvfb-run): help_path.sh HEARTFLOW FLOW WORK
HEARTFLOW=$1 FLOW=$2 WORK=$3
source "$(dirname "$0")/lib.sh"
fresh_work
command -v tesseract >/dev/null || fail "tesseract is not installed (scripts/deps.sh test installs it)"

# screen_text NAME ARGS...: plays with ARGS, saves the first screen as NAME.png, prints its text.
screen_text() {
    local name=$1; shift
    run_heartflow play "$FLOW" --size 1200x820 "$@" --screenshot "$WORK/$name.png" || fail "$name: the player failed"
    screen_words "$WORK/$name.png"
}

# offset_of TEXT PATTERN: the byte offset of PATTERN in TEXT (fails when it is not there).
offset_of() {
    local at
    at=$(grep -ob -- "$2" <<<"$1" | head -n 1 | cut -d: -f1)
    [ -n "$at" ] || fail "the screen does not show '$2': $1"
    echo "$at"
}

text=$(screen_text help-default --fresh --at get_help)
[ "$(offset_of "$text" "emergency number")" -lt "$(offset_of "$text" "Your safety comes first")" ] ||
    fail "the default help is not shown before the step's own words: $text"
offset_of "$text" "crisis line where you live" >/dev/null
offset_of "$text" "Set up local help lines" >/dev/null

start_player "$FLOW" --fresh --size 1200x820
press F1
click 330 412 # "Set up local help lines", under the default help
type_text "Harbour Crisis Line call 0800 111 222"
hold Return # a new line in the box
type_text "Neighbour Sam 0400 333 444"
press ctrl+Return
wait_output '^heartflow: saved 2 help lines$'
lines="$XDG_CONFIG_HOME/heartflow/crisis-resources.txt"
[ "$(mode_of "$lines")" = 600 ] || fail "the help lines file is $(mode_of "$lines"), not 600"
[ "$(mode_of "$XDG_CONFIG_HOME/heartflow")" = 700 ] || fail "the config folder is not 700"
[ "$(grep -v '^#' "$lines")" = $'Harbour Crisis Line call 0800 111 222\nNeighbour Sam 0400 333 444' ] ||
    fail "unexpected help lines file: $(cat "$lines")"
press 2 Return ctrl+q # the help-path ending, then back to where the walk left the flow
wait_exit
[ "$(saved_node)" = start ] || fail "Enter on the help-path ending did not go back to the start, but to '$(saved_node)'"

text=$(screen_text help-ending --fresh --at reach_out)
[ "$(offset_of "$text" "Harbour Crisis Line")" -lt "$(offset_of "$text" "Thank you for reaching out")" ] ||
    fail "the help lines are not shown before the ending's words: $text"
offset_of "$text" "Neighbour Sam" >/dev/null
for gone in "The way you came" "How big does it feel" "transcript"; do
    grep -q -- "$gone" <<<"$text" && fail "the help-path ending shows '$gone': $text"
done
text=$(screen_text help-ending-largest --fresh --at reach_out --text-size 2.0)
[ "$(offset_of "$text" "Harbour Crisis Line")" -lt "$(offset_of "$text" "Begin the flow")" ] ||
    fail "the way back is not under the help lines at the largest text size: $text"
offset_of "$text" "Enter begin the flow" >/dev/null
echo "help_path: ok"
