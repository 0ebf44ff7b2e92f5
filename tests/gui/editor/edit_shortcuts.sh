#!/bin/bash
# Ctrl+A, Ctrl+D, Ctrl+S on a commented flow doubles the nodes in the file without deleting or
# changing one original line (no warning: nothing is lost); Ctrl+Z, Ctrl+S gives back the
# original bytes; the result still checks clean; closing with unsaved changes asks.
# Usage (inside xvfb-run): edit_shortcuts.sh HEARTFLOW FLOW WORK
HEARTFLOW=$1 FLOW=$2 WORK=$3
source "$(dirname "$0")/editor_lib.sh"
fresh_work
cp "$FLOW" "$WORK/flow.toml"
cp "$(dirname "$FLOW")"/*.toml "$WORK/" # the flows it detours into, beside the copy
before=$(nodes_in "$WORK/flow.toml")

start_editor "$WORK/flow.toml"
wait_title "flow.toml"
press ctrl+a ctrl+d
wait_title "flow.toml \*"
grep -q '^#' "$FLOW" || fail "the test flow has no comments to keep"
press ctrl+s
wait_saved
[ "$(nodes_in "$WORK/flow.toml")" -eq $((before * 2)) ] || fail "expected $((before * 2)) nodes, found $(nodes_in "$WORK/flow.toml")"
diff "$FLOW" "$WORK/flow.toml" | grep -q '^<' && fail "the save deleted or changed original lines: $(diff "$FLOW" "$WORK/flow.toml" | grep '^<' | head -5)"
press ctrl+z ctrl+s
wait_saved
cmp -s "$FLOW" "$WORK/flow.toml" || fail "undo then save did not give back the original bytes"
"$HEARTFLOW" check "$WORK/flow.toml" >/dev/null || fail "the saved flow does not check clean"

# Closing with unsaved changes asks; Escape cancels, then Save writes and closes.
press Tab Delete
wait_title "flow.toml \*"
press ctrl+q
press Escape
wait_frames 3
kill -0 "$PLAYER_PID" 2>/dev/null || fail "Escape at the unsaved-changes question closed the editor"
press ctrl+q Return
wait_exit
[ "$(nodes_in "$WORK/flow.toml")" -eq $((before - 1)) ] || fail "Save on close did not write the deletion"
echo "edit_shortcuts: ok"
