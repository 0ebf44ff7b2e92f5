#!/bin/bash
# Present mode end to end: `heartflow present` opens its two windows at 1280x720 with the timer
# running from the first step; the host restarts it to match the recording (Shift+S) and walks the
# flow from the keyboard and a clicker's keys (PageDown, Right, period,
# Left), pressed in either window, including a step undone at once (a slip, left out of the
# notes); F11 takes the audience window full screen and back; Ctrl+Q ends the show. The show
# notes must hold one line per step with non-decreasing times and the node titles, and a
# screenshot of each window must be a real picture; the walk has its heading, saying how it ended.
# Then a tour at 1920x1080 with a chroma key, ended into a second walk: each has its heading.
# Usage (inside xvfb-run): present_show.sh HEARTFLOW PNG_CHECK FLOW WORK
HEARTFLOW=$1 PNG_CHECK=$2 FLOW=$3 WORK=$4
source "$(dirname "$0")/lib.sh"
fresh_work

# geometry WINDOW: "WIDTHxHEIGHT".
geometry() { xdotool getwindowgeometry "$1" | sed -n 's/^ *Geometry: //p'; }

# wait_geometry WINDOW SIZE: true once the window is SIZE ("WIDTHxHEIGHT"), waiting at most 5 s.
wait_geometry() {
    for _ in $(seq 1 50); do
        [ "$(geometry "$1")" = "$2" ] && return 0
        sleep 0.1
    done
    return 1
}

# step_lines FILE: the notes' step lines ("- mm:ss Title").
step_lines() { grep -E '^- [0-9]+(:[0-9]{2}){1,2} ' "$1"; }

# check_times FILE: fails unless the step lines' times never decrease.
check_times() {
    step_lines "$1" | awk '{ n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i];
                            if (s < last) exit 1; last = s }' || fail "show-notes times decrease: $(step_lines "$1")"
}

# --- A walk at 1280x720 -------------------------------------------------------------------------
notes="$WORK/notes.md"
start_present "$FLOW" --show-notes "$notes" --presenter-size 1280x720 --audience-size 1280x720 \
    --presenter-position 0,0 --audience-position 1280,0 \
    --screenshot-presenter "$WORK/presenter.png" --screenshot-audience "$WORK/audience.png"
[ "$(geometry "$PRESENTER")" = 1280x720 ] || fail "presenter window is $(geometry "$PRESENTER"), not 1280x720"
[ "$(geometry "$AUDIENCE")" = 1280x720 ] || fail "audience window is $(geometry "$AUDIENCE"), not 1280x720"

press shift+s       # the recording starts: the timer (running since the first step) restarts
sleep 1.1           # the host talks for a second (time on the show's clock, not a wait for the app)
press 1             # Start -> Body (a digit)
press Next          # PageDown, a clicker's next: highlight the first choice
press Down          # highlight the second
press Return        # take it: Body -> Breathe
press Left          # a clicker's previous, at once: back to Body (a slip, left out of the notes)
sleep 1.1           # a second on Body
press Next Next     # highlight the first choice, take it: Body -> Breathe
focus "$AUDIENCE"   # keys pressed in the audience window drive the same show
press Right         # continue: Breathe -> What is on your mind
press period        # blank the audience window, and show it again
press period
press F11           # the audience window full screen, on its own
screen=$(xdotool getdisplaygeometry | tr ' ' x)
wait_geometry "$AUDIENCE" "$screen" || fail "F11 did not make the audience window full screen ($(geometry "$AUDIENCE"))"
[ "$(geometry "$PRESENTER")" = 1280x720 ] || fail "F11 in the audience window changed the console"
press F11
wait_geometry "$AUDIENCE" 1280x720 || fail "F11 again did not give the audience window back its size"
focus "$PRESENTER"
press Return        # What is on your mind -> The end
press ctrl+q
wait_exit

grep -q "^heartflow: show notes written to $notes\$" "$WORK/out.txt" || fail "no word of where the show notes went"
[ -f "$notes" ] || fail "no show notes at $notes"
expected=$'Start\nBody\nBreathe\nWhat is on your mind\nThe end'
titles=$(step_lines "$notes" | sed -E 's/^- [0-9:]+ //')
[ "$titles" = "$expected" ] || fail "show notes steps are:
$titles
expected:
$expected"
check_times "$notes"
step_lines "$notes" | head -n 1 | grep -q '^- 00:00 Start$' || fail "the notes do not begin at 00:00 with the start"
step_lines "$notes" | sed -n 2p | grep -q '^- 00:0[1-9] Body$' || fail "the second step is not a second or more in"
grep -q '^# Show notes: A gentle check-in$' "$notes" || fail "the notes have no title"
grep -q 'Times count from when the timer was restarted to match the recording' "$notes" ||
    fail "the notes do not say the timer was restarted: $(cat "$notes")"
grep -qx '## 00:00 Walk 1 — reached the ending “The end”' "$notes" ||
    fail "the walk's heading is missing or wrong: $(grep '^## ' "$notes")"
"$PNG_CHECK" "$WORK/presenter.png" 1280 720 || fail "the presenter screenshot looks wrong"
"$PNG_CHECK" "$WORK/audience.png" 1280 720 || fail "the audience screenshot looks wrong"

# --- A tour at 1920x1080 with a chroma key ------------------------------------------------------
tour_notes="$WORK/tour.md"
start_present "$FLOW" --tour --chroma-key green --show-notes "$tour_notes" \
    --presenter-size 1920x1080 --audience-size 1920x1080 --presenter-position 0,0 --audience-position 0,0 \
    --screenshot-presenter "$WORK/tour-presenter.png" --screenshot-audience "$WORK/tour-audience.png"
press Escape F5     # a clicker's slideshow button: pause the timer, then resume it
press Next Next Next
press Prior         # PageUp, a clicker's previous
press Next
press t             # end the tour: a walk from the start
press ctrl+q
wait_exit
grep -qx '## 00:00 A tour of the flowchart — ended at “What is on your mind”' "$tour_notes" ||
    fail "the tour heading is missing or wrong: $(grep '^## ' "$tour_notes")"
grep -qxE '## [0-9]{2}:[0-9]{2} Walk 1 — the show ended at “Start”' "$tour_notes" ||
    fail "the walk after the tour has no heading: $(grep '^## ' "$tour_notes")"
[ "$(step_lines "$tour_notes" | wc -l)" -ge 4 ] || fail "the tour notes lack steps: $(cat "$tour_notes")"
check_times "$tour_notes"
"$PNG_CHECK" "$WORK/tour-presenter.png" 1920 1080 || fail "the tour's presenter screenshot looks wrong"
"$PNG_CHECK" "$WORK/tour-audience.png" 1920 1080 || fail "the tour's audience screenshot looks wrong"
echo "present_show: ok"
