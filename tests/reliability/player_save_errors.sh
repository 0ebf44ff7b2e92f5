#!/bin/bash
# The player's session save under injected write errors (LD_PRELOAD fault_shim): the saved
# session is untouched, no temporary file is left, the error names the file and the reason, and
# the first Ctrl+Q stays open (the window says what failed) while a second one closes.
# Usage (inside xvfb-run): player_save_errors.sh HEARTFLOW FAULT_SHIM FLOW WORK
HEARTFLOW=$1 SHIM=$2 FLOW=$3 WORK=$4
source "$(dirname "$0")/../gui/lib.sh"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
fresh_work
start_player "$FLOW" --fresh
press 3
type_text "kept words"
press Escape ctrl+q
wait_exit
file=$(saved_file)
[ -f "$file" ] || fail "no session saved to start from"
cp "$file" "$WORK/before.session"

for case in "write|ENOSPC|writing|No space left on device" "rename|EIO|replacing the file|Input/output error"; do
    IFS='|' read -r fault errno_name step reason <<<"$case"
    HEARTFLOW_FAULT=$fault HEARTFLOW_FAULT_ERRNO=$errno_name LD_PRELOAD=$SHIM start_player "$FLOW"
    press 1                      # continue where it was, at the journal
    type_text " and more"
    sleep 1.5                    # the save of the typing fails
    press ctrl+q
    sleep 0.5
    kill -0 "$PLAYER_PID" 2>/dev/null || fail "$fault: the first Ctrl+Q closed although nothing could be saved"
    press ctrl+q
    wait_exit
    grep -qxF "heartflow: could not save $file: $step failed: $reason; the file on disk is unchanged" "$WORK/err.txt" ||
        fail "$fault: no clear message saying what failed"
    grep -q "saved your session" "$WORK/out.txt" && fail "$fault: the player said it saved"
    cmp -s "$file" "$WORK/before.session" || fail "$fault: the saved session was changed"
    ls -A "$(dirname "$file")" | grep '^\.heartflow-tmp-' && fail "$fault: a temporary file was left"
    echo "ok: $fault $errno_name -> $(grep -m1 'could not save' "$WORK/err.txt")"
done
echo "player_save_errors: ok"
