#!/bin/bash
# Screenshots of the editor (kept in WORK for people to look at), each a real, non-blank
# picture: the shipped flagship flow, a new empty flow, and a big generated flow.
# Usage (inside xvfb-run): edit_screenshot.sh HEARTFLOW PNG_CHECK FLOW WORK
HEARTFLOW=$1 PNG_CHECK=$2 FLOW=$3 WORK=$4
source "$(dirname "$0")/editor_lib.sh"
fresh_work

shot() {
    local name=$1; shift
    run_heartflow edit "$@" --screenshot "$WORK/$name.png" || fail "$name: the editor failed"
    "$PNG_CHECK" "$WORK/$name.png" 1000 700 || fail "$name: not a proper screenshot"
}
shot flow "$FLOW" --size 1360x860
shot empty "$WORK/new.toml" --size 1360x860
[ -e "$WORK/new.toml" ] && fail "a screenshot of a new flow wrote the file"
echo "edit_screenshot: ok"
