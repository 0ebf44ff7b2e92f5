#!/bin/bash
# A detour's inspector opens the other flow in the editor window, and "< Back to" comes back:
# select the detour (Tab), click "Open this flow in the editor", the title names the other file;
# click "< Back to first.toml", the title names the first file again.
# Usage (inside xvfb-run): edit_detour.sh HEARTFLOW WORK
HEARTFLOW=$1 WORK=$2
source "$(dirname "$0")/editor_lib.sh"
fresh_work
cat >"$WORK/first.toml" <<'TOML'
[flow]
id = "first"
title = "A Small Boundary Check"
start = "welcome"
format = 2

[[node]]
id = "prepare"
kind = "detour"
title = "Preparing the talk"
flow = "talk.toml"
next = "close"

[[node]]
id = "welcome"
kind = "question"
text = "Shall we get ready for the talk?"

  [[node.choice]]
  label = "Help me get ready"
  goto = "prepare"

[[node]]
id = "close"
kind = "ending"
text = "Thank you."
TOML
cat >"$WORK/talk.toml" <<'TOML'
[flow]
id = "talk"
title = "Preparing a Mutual Support Conversation"
start = "ready"

[[node]]
id = "ready"
kind = "ending"
text = "You are ready."
TOML

start_editor "$WORK/first.toml" --size 1360x860
wait_title "first.toml"
press Tab # the first step, the detour
click 1100 416 # Open this flow in the editor
wait_title "talk.toml"
wait_title_without "please wait"
wait_frames 3
click 1030 50 # < Back to first.toml
wait_title "first.toml"
wait_title_without "please wait"
press ctrl+q
wait_exit
echo "edit_detour: ok"
