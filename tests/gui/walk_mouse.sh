#!/bin/bash
# A walk with the mouse alone at the default window size: click a choice, click Back, click
# another choice, click "Get help now", click "Pause" (a calm "Paused" screen), and "Pause" again
# to close. The session must be saved at the help node with the path start -> write -> get_help.
# Usage (inside xvfb-run): walk_mouse.sh HEARTFLOW FLOW WORK
HEARTFLOW=$1 FLOW=$2 WORK=$3
source "$(dirname "$0")/lib.sh"
fresh_work


start_player "$FLOW" --fresh --size 1200x820
click 600 391    # "With my body"
click 60 733     # "Back"
click 600 569    # "With writing"
click 1018 38    # "Get help now"
click 1141 38    # "Pause"
wait_output '^heartflow: paused'
kill -0 "$PLAYER_PID" 2>/dev/null || fail "Pause closed the window instead of showing that the place is saved"
click 1141 38    # "Pause" again closes
wait_exit

grep -q '^heartflow: paused' "$WORK/out.txt" || fail "Pause did not say it paused"
[ "$(saved_node)" = "get_help" ] || fail "expected the session saved at 'get_help', got '$(saved_node)'"
file=$(saved_file)
[ "$(grep '^node = ' "$file" | tr '\n' ' ')" = 'node = "start" node = "write" node = "get_help" ' ] ||
    fail "unexpected path: $(grep '^node = ' "$file" | tr '\n' ' ')"
echo "walk_mouse: ok"
