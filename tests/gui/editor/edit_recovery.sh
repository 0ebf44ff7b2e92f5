#!/bin/bash
# kill -9 after an unsaved edit: the recovery copy is owner-only (0600 in a 0700 folder, under a
# permissive umask), and opening the flow again offers it back; restoring and saving keeps the edit.
# Usage (inside xvfb-run): edit_recovery.sh HEARTFLOW FLOW WORK
HEARTFLOW=$1 FLOW=$2 WORK=$3
source "$(dirname "$0")/editor_lib.sh"
fresh_work
cp "$FLOW" "$WORK/flow.toml"
before=$(nodes_in "$WORK/flow.toml")
umask 000

start_editor "$WORK/flow.toml"
wait_title "flow.toml"
press Tab Delete                 # select the first node and delete it
wait_title "flow.toml \*"
copy=""
for _ in $(seq 1 80); do         # the copy is written within kAutosaveSeconds
    copy=$(find "$XDG_DATA_HOME/heartflow/recovery" -name 'flow-*.toml' 2>/dev/null | head -n 1)
    [ -n "$copy" ] && break
    sleep 0.1
done
[ -n "$copy" ] || fail "no recovery copy was written"
kill_editor
[ "$(mode_of "$copy")" = 600 ] || fail "the recovery copy is mode $(mode_of "$copy"), not 600"
[ "$(mode_of "$(dirname "$copy")")" = 700 ] || fail "the recovery folder is mode $(mode_of "$(dirname "$copy")"), not 700"
[ "$(nodes_in "$WORK/flow.toml")" -eq "$before" ] || fail "the flow file changed without a save"

start_editor "$WORK/flow.toml"
wait_title "flow.toml"
wait_frames 3
press Return                     # "Restore my changes"
wait_title "flow.toml \*"
press ctrl+s                     # save
wait_saved
[ "$(nodes_in "$WORK/flow.toml")" -eq $((before - 1)) ] || fail "the restored edit was not saved"
[ -e "$copy" ] && fail "the recovery copy was kept after saving"
press ctrl+q
wait_exit
echo "edit_recovery: ok"
