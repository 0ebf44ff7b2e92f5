# Helpers for the editor's windowed tests, on top of the player's (tests/gui/lib.sh): start the
# editor, read its title, wait for a title, count nodes in a file.
# Source it; it expects HEARTFLOW (the binary) and WORK (a scratch folder) to be set.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

# start_editor ARGS...: starts the editor (retrying once if the X server refused it), gives it
# the keyboard and waits a moment for the flow to open.
start_editor() {
    start_or_retry try_start_command "the editor window did not open" edit "$@"
    xdotool windowfocus "$WINDOW" 2>/dev/null || true
    xdotool mousemove --window "$WINDOW" 600 300
    wait_title_without "please wait" # the file is open (it is read on a worker)
    wait_frames 3
}

# title: the window's title now.
title() { xdotool getwindowname "$WINDOW" 2>/dev/null || true; }

# wait_title PATTERN: waits (at most 10 s) until the title matches the grep pattern.
wait_title() {
    for _ in $(seq 1 100); do
        title | grep -q -- "$1" && return 0
        sleep 0.1
    done
    fail "the title never matched '$1' (it is '$(title)')"
}

# wait_saved: waits (at most 30 s) until the title no longer marks unsaved changes ("*"): the
# background save has written the file.
wait_saved() {
    for _ in $(seq 1 300); do
        title | grep -q '\*' || return 0
        sleep 0.1
    done
    fail "the save never finished (the title is '$(title)')"
}

# wait_title_without PATTERN: waits (at most 10 s) until the title no longer matches PATTERN.
wait_title_without() {
    for _ in $(seq 1 100); do
        title | grep -q -- "$1" || return 0
        sleep 0.1
    done
    fail "the title still matches '$1' (it is '$(title)')"
}

# nodes_in FILE: how many [[node]] tables the file has.
nodes_in() { grep -c '^\[\[node\]\]' "$1" || true; }

# drag X1 Y1 X2 Y2: presses at the first point, moves in steps (a frame drawn after each),
# releases at the second.
drag() {
    local n
    xdotool mousemove --window "$WINDOW" "$1" "$2"
    wait_frames 2
    n=$(handled buttons)
    xdotool mousedown 1
    settle buttons $((n + 1))
    for t in 1 2 3 4 5; do
        xdotool mousemove --window "$WINDOW" $(( $1 + ($3 - $1) * t / 5 )) $(( $2 + ($4 - $2) * t / 5 ))
        wait_frames 2
    done
    xdotool mouseup 1
    wait_frames 3
}

# kill_editor: kill -9, as a crash would.
kill_editor() { kill -9 "$PLAYER_PID" 2>/dev/null; wait "$PLAYER_PID" 2>/dev/null || true; }
