# Helpers for the windowed tests (player, editor, present mode): run inside xvfb-run; drive the
# windows with xdotool.
# Source it; it expects HEARTFLOW (the binary) and WORK (a scratch folder) to be set.
set -euo pipefail

fail() { echo "FAIL: $*" >&2; echo "--- stdout" >&2; cat "$WORK/out.txt" >&2 || true; echo "--- stderr" >&2; cat "$WORK/err.txt" >&2 || true; exit 1; }

# Waits (at most 10 s) until the X server answers; xvfb-run can return before it does.
wait_for_display() {
    for _ in $(seq 1 100); do
        xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "FAIL: the X server $DISPLAY never answered" >&2
    exit 1
}

# A fresh scratch folder with its own XDG data and config homes, once the display is up.
fresh_work() {
    wait_for_display
    rm -rf "$WORK"
    mkdir -p "$WORK/data" "$WORK/config"
    export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
    # The app reports there what input it has taken and how many frames it drew
    # (editor/app/input_report.h), so the helpers below wait for that, never for a fixed time.
    export HEARTFLOW_INPUT_REPORT="$WORK/input-report.txt"
}

# handled KIND: how many KIND (keys, chars, buttons, frames) the running app reports it has taken.
handled() {
    local count
    count=$(awk -v k="$1" '{ for (i = 1; i < NF; i += 2) if ($i == k) print $(i + 1) }' \
        "$HEARTFLOW_INPUT_REPORT" 2>/dev/null)
    echo "${count:-0}"
}

# settle KIND COUNT [FRAMES]: waits until the app has taken COUNT of KIND (keys, chars, buttons)
# and drawn FRAMES frames more (default 3: a click is fed in over two frames), or has ended
# (Ctrl+Q). Fails after 30 s, whatever the load.
settle() {
    local kind=$1 want=$2 after=${3:-3} frames=""
    for _ in $(seq 1 600); do
        kill -0 "$PLAYER_PID" 2>/dev/null || return 0
        if [ -z "$frames" ] && [ "$(handled "$kind")" -ge "$want" ]; then frames=$(( $(handled frames) + after )); fi
        [ -n "$frames" ] && [ "$(handled frames)" -ge "$frames" ] && return 0
        sleep 0.05
    done
    fail "the app did not take the $kind sent to it (it took $(handled "$kind") of $want, drew $(handled frames) frames)"
}

# wait_frames N: waits until the app has drawn N frames more (or has ended).
wait_frames() {
    local want=$(( $(handled frames) + $1 ))
    for _ in $(seq 1 600); do
        kill -0 "$PLAYER_PID" 2>/dev/null || return 0
        [ "$(handled frames)" -ge "$want" ] && return 0
        sleep 0.05
    done
    fail "the app drew no new frame"
}

# True when the last run could not reach the X server (a start-up race, worth one retry).
display_refused() { grep -q "Failed to open display" "$WORK/err.txt" 2>/dev/null; }

# run_heartflow ARGS...: runs heartflow to completion (stdout/stderr to WORK), retrying once if
# the X server refused the connection.
run_heartflow() {
    "$HEARTFLOW" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" && return 0
    display_refused || return 1
    sleep 0.5
    wait_for_display
    "$HEARTFLOW" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt"
}

# try_start_command COMMAND ARGS...: starts `heartflow COMMAND ARGS` in the background; true once
# its window is mapped.
try_start_command() {
    rm -f "$HEARTFLOW_INPUT_REPORT"
    "$HEARTFLOW" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" &
    PLAYER_PID=$!
    WINDOW=""
    for _ in $(seq 1 100); do
        WINDOW=$(xdotool search --onlyvisible --pid "$PLAYER_PID" 2>/dev/null | head -n 1 || true)
        [ -n "$WINDOW" ] && return 0
        kill -0 "$PLAYER_PID" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# start_or_retry TRY_FUNCTION FAILURE ARGS...: runs TRY_FUNCTION ARGS (which starts heartflow in
# the background as PLAYER_PID and is true once its windows show); if the X server refused the
# connection, once more; otherwise fails with FAILURE.
start_or_retry() {
    local try=$1 failure=$2
    shift 2
    if ! "$try" "$@"; then
        display_refused || fail "$failure"
        wait "$PLAYER_PID" 2>/dev/null || true
        sleep 0.5
        wait_for_display
        "$try" "$@" || fail "$failure"
    fi
}

# start_player FLOW [flags...]: starts the window (retrying once if the X server refused it)
# and gives it the keyboard.
start_player() {
    start_or_retry try_start_command "the player window did not open" play "$@"
    xdotool windowfocus "$WINDOW" 2>/dev/null || true
    xdotool mousemove --window "$WINDOW" 5 5
    wait_frames 3
}

# try_present ARGS...: starts present mode in the background (PLAYER_PID, for wait_exit);
# true once both its windows show (PRESENTER and AUDIENCE).
try_present() {
    "$HEARTFLOW" present "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" &
    PLAYER_PID=$!
    PRESENTER="" AUDIENCE=""
    for _ in $(seq 1 100); do
        PRESENTER=$(xdotool search --all --onlyvisible --pid "$PLAYER_PID" --name '^heartflow presenter' 2>/dev/null | head -n 1 || true)
        AUDIENCE=$(xdotool search --all --onlyvisible --pid "$PLAYER_PID" --name '^heartflow audience$' 2>/dev/null | head -n 1 || true)
        [ -n "$PRESENTER" ] && [ -n "$AUDIENCE" ] && return 0
        kill -0 "$PLAYER_PID" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# start_present ARGS...: starts present mode and gives the console the keyboard.
start_present() {
    start_or_retry try_present "the two present-mode windows did not open" "$@"
    focus "$PRESENTER"
}

# focus WINDOW: gives it the keyboard.
focus() {
    xdotool windowfocus "$1" 2>/dev/null || true
    xdotool mousemove --window "$1" 5 5
    wait_frames 3
}

# press KEY...: each key (a chord such as ctrl+q counts each of its keys), then waits until the
# app has taken it and drawn the frames after.
press() {
    local k parts n
    for k in "$@"; do
        parts=$(tr '+' '\n' <<<"$k" | wc -l)
        n=$(handled keys)
        xdotool key "$k"
        settle keys $((n + parts))
    done
}

# hold KEY: presses KEY and keeps it down until the app has drawn a frame with it down, for a
# key only ImGui reads (Return in a text box makes a new line): ImGui 1.86 reads keys as held,
# so a press and release within one slow frame would be lost.
hold() {
    local n
    n=$(handled keys)
    xdotool keydown "$1"
    settle keys $((n + 1)) 1
    xdotool keyup "$1"
    wait_frames 2
}

# type_text TEXT: types into the focused box, then waits until the app has taken every character.
type_text() {
    local n
    wait_frames 2 # the box that takes the keyboard is drawn
    n=$(handled chars)
    xdotool type --delay 30 "$1"
    settle chars $((n + ${#1}))
}

# click X Y: a mouse click at window coordinates, then waits until the app has taken it.
click() {
    local n
    n=$(handled buttons)
    xdotool mousemove --window "$WINDOW" "$1" "$2" click 1
    settle buttons $((n + 1))
}

# wait_exit: waits (at most 10 s) for the player to close; fails on a non-zero exit.
wait_exit() {
    for _ in $(seq 1 100); do
        kill -0 "$PLAYER_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$PLAYER_PID" 2>/dev/null && { kill "$PLAYER_PID"; fail "the player did not close"; }
    wait "$PLAYER_PID" || fail "the player exited with an error"
}

# wait_output PATTERN: waits (at most 10 s) until the player's stdout has a line matching the
# grep PATTERN (a condition the player reports, so a loaded machine only makes it slower).
wait_output() {
    for _ in $(seq 1 100); do
        grep -q "$1" "$WORK/out.txt" 2>/dev/null && return 0
        kill -0 "$PLAYER_PID" 2>/dev/null || break
        sleep 0.1
    done
    grep -q "$1" "$WORK/out.txt" 2>/dev/null || fail "the player never said: $1"
}

# screen_words PNG: the words tesseract reads in a screenshot, on one line.
screen_words() { tesseract "$1" - 2>/dev/null | tr -s ' \n' ' '; }

# wait_log PATTERN COUNT: waits (at most 30 s) until the player's stderr has COUNT lines
# matching the grep PATTERN (a reload, a located error...).
wait_log() {
    for _ in $(seq 1 300); do
        [ "$(grep -c -- "$1" "$WORK/err.txt" 2>/dev/null || true)" -ge "$2" ] && return 0
        sleep 0.1
    done
    fail "the player never logged '$1' ($2 times)"
}

# saved_file: the session file named by the player's "saved your session" line.
saved_file() {
    sed -n "s/^heartflow: saved your session at '[^']*' in //p" "$WORK/out.txt" | tail -n 1
}

# saved_node: the node named by that line.
saved_node() {
    sed -n "s/^heartflow: saved your session at '\([^']*\)' in .*/\1/p" "$WORK/out.txt" | tail -n 1
}

# mode_of PATH: its permission bits in octal.
mode_of() { stat -c '%a' "$1"; }
