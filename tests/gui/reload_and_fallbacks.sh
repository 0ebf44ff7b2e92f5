#!/bin/bash
# Hot reload keeps the person's place; a broken edit shows located errors without crashing and a
# fix brings the walk back; a missing shader falls back to a flat colour and says so.
# Usage (inside xvfb-run): reload_and_fallbacks.sh HEARTFLOW PNG_CHECK FLOW WORK
HEARTFLOW=$1 PNG_CHECK=$2 FLOW=$3 WORK=$4
source "$(dirname "$0")/lib.sh"
fresh_work
cp "$FLOW" "$WORK/flow.toml"

start_player "$WORK/flow.toml" --fresh
press 3                                   # start -> write
type_text "kept across reloads"
press Escape
sed -i 's/What is the one thing weighing on you most right now?/What weighs on you most?/' "$WORK/flow.toml"
wait_log "reloaded" 1
printf '\n[[node]]\nid = "write"\nkind = "prompt"\ntext = "duplicate"\nnext = "end"\n' >>"$WORK/flow.toml"
wait_log "flow.toml:[0-9]*:[0-9]*: error: .*\[HF0303\]" 1
kill -0 "$PLAYER_PID" || fail "the player stopped on a broken flow"
cp "$FLOW" "$WORK/flow.toml"
wait_log "reloaded" 2
press ctrl+q
wait_exit
[ "$(saved_node)" = "write" ] || fail "after reloads expected 'write', got '$(saved_node)'"
grep -q 'kept across reloads' "$(saved_file)" || fail "the journal was lost in the reloads"

# No shaders: flat colour, a log line, still a proper picture.
mkdir -p "$WORK/no-shaders"
HEARTFLOW_SHADER_DIR="$WORK/no-shaders" run_heartflow play "$FLOW" --at breathe --screenshot "$WORK/no-shaders.png" ||
    fail "the player failed without shaders"
grep -q "shader failed" "$WORK/err.txt" || fail "no log line about the missing shader"
"$PNG_CHECK" "$WORK/no-shaders.png" 1000 700 || fail "no-shaders: not a proper screenshot"
echo "reload_and_fallbacks: ok"
