#!/bin/bash
# The before/after check-in and "delete all my data", with the mouse at the default window size:
# rate 2 on the first step and 7 at the ending, see them in the history, then delete everything.
# Nothing of the person's may be left, and closing afterwards saves nothing.
# Usage (inside xvfb-run): delete_all.sh HEARTFLOW FLOW WORK
HEARTFLOW=$1 FLOW=$2 WORK=$3
source "$(dirname "$0")/lib.sh"
fresh_work


start_player "$FLOW" --fresh --size 1200x820
click 361 298                 # "how big does this feel": 2
press 3                       # start -> write
type_text "words to delete"
press Escape Return           # write -> end
click 636 283                 # at the ending: 7
press ctrl+e                  # a transcript, so there is more to delete
press ctrl+h                  # the history panel
file=$(ls "$XDG_DATA_HOME"/heartflow/sessions/*.session)
grep -q '^check_in_before = 2' "$file" || fail "the before rating was not kept"
grep -q '^check_in_after = 7' "$file" || fail "the after rating was not kept"
ls "$XDG_DATA_HOME"/heartflow/transcripts/*.md >/dev/null || fail "no transcript to delete"
click 314 568                 # "Delete all my data"
click 333 638                 # "Yes, delete everything"
[ -e "$XDG_DATA_HOME/heartflow" ] && fail "the data folder is still there after delete all"
press ctrl+q
wait_exit
grep -q "saved your session" "$WORK/out.txt" && fail "a session was saved after delete all"
[ -e "$XDG_DATA_HOME/heartflow" ] && fail "closing wrote data again after delete all"
echo "delete_all: ok"
