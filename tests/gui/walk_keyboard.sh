#!/bin/bash
# A walk with the keyboard alone: choose, go back, choose again, write in the journal, continue,
# go back from the ending, Enter there (it continues, adding no line), back again, change the text size, then Ctrl+Q. The saved session must be at the
# expected node with the journal text, private (0600 file, 0700 folders), and the comfort file
# must remember the text size.
# Usage (inside xvfb-run): walk_keyboard.sh HEARTFLOW FLOW WORK
HEARTFLOW=$1 FLOW=$2 WORK=$3
source "$(dirname "$0")/lib.sh"
fresh_work

start_player "$FLOW" --fresh
press 1          # start -> body
press BackSpace  # body -> start: Backspace undoes a step
press 3          # start -> write (the journal box takes the keyboard)
type_text "Too much at once: 3 deadlines, and I need rest."
press Escape     # leave the box; the words stay
press Return     # write -> end
press ctrl+e     # a Markdown transcript of the session
press BackSpace  # end -> write: the box does not take the keyboard when Back returns to it,
press Return     # so Enter continues (write -> end) and adds no blank line to the journal
press BackSpace  # end -> write
press ctrl+plus ctrl+plus ctrl+plus
press ctrl+q
wait_exit

[ "$(saved_node)" = "write" ] || fail "expected the session saved at 'write', got '$(saved_node)'"
file=$(saved_file)
[ -f "$file" ] || fail "no saved session file '$file'"
grep -q 'Too much at once: 3 deadlines, and I need rest.' "$file" || fail "the journal text was not kept"
grep -q 'I need rest\.\\n' "$file" && fail "Back then Enter added a blank line to the journal: $(cat "$file")"
[ "$(grep -c '^node = ' "$file")" = 2 ] || fail "expected the path start -> write, got: $(grep '^node = ' "$file" | tr '\n' ' ')"
grep -q '^node = "body"' "$file" && fail "the step Backspace undid is still in the path"
[ "$(mode_of "$file")" = 600 ] || fail "session file mode is $(mode_of "$file"), not 600"
[ "$(mode_of "$XDG_DATA_HOME/heartflow")" = 700 ] || fail "data folder is not 0700"
[ "$(mode_of "$(dirname "$file")")" = 700 ] || fail "sessions folder is not 0700"
transcript=$(ls "$XDG_DATA_HOME"/heartflow/transcripts/*.md 2>/dev/null | head -n 1)
[ -f "$transcript" ] || fail "Ctrl+E saved no transcript"
grep -q '^> Too much at once: 3 deadlines, and I need rest.' "$transcript" || fail "the transcript lacks the journal"
[ "$(mode_of "$transcript")" = 600 ] || fail "transcript mode is $(mode_of "$transcript"), not 600"
grep -q '^text_scale = 1.30' "$XDG_CONFIG_HOME/heartflow/comfort.toml" || fail "text size not remembered"

# Opening the same flow again offers to continue; 1 continues where it was.
start_player "$FLOW"
press 1
press ctrl+q
wait_exit
[ "$(saved_node)" = "write" ] || fail "resume: expected 'write', got '$(saved_node)'"
[ "$(saved_file)" = "$file" ] || fail "resume wrote a different session file"
echo "walk_keyboard: ok"
