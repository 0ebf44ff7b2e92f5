#!/bin/bash
# A therapist builds a small flow from an empty file with the mouse and keyboard alone: add a
# question (it comes with two working choices and an ending) and another ending by pointing at the
# canvas, pressing Insert and a kind's number, type their titles and text, connect the question's
# "+ choice" port to the second ending by dragging, save. The
# saved file checks clean and walks from the question to the ending; opening it again and saving
# gives back exactly the same file; playing it from the question reaches the ending.
# Usage (inside xvfb-run): edit_build_flow.sh HEARTFLOW WORK
HEARTFLOW=$1 WORK=$2
source "$(dirname "$0")/editor_lib.sh"
fresh_work

# add_node_at X Y: opens the add-node menu for the point X Y (the pointer's place).
add_node_at() { xdotool mousemove --window "$WINDOW" "$1" "$2"; wait_frames 2; press Insert; }
file="$WORK/first-flow.toml"
: >"$file"                        # an empty file

start_editor "$file" --size 1280x860
wait_title "first-flow.toml"
# At 100% a new node's header is centred on the point clicked; its ports sit on its right edge,
# 140 px right of that point, 92 px below it and then every 25 px. A new question comes with two
# example choices that lead to a new ending below it, so "+ choice" is the third row, 142 px down.
qx=260 qy=140 ex=740 ey=200
add_node_at $qx $qy
press 1                           # a question
type_text "Welcome"
press Tab
type_text "How are you arriving today?"
press Escape
wait_title "first-flow.toml \*"
add_node_at $ex $ey
press 6                           # an ending
type_text "Goodbye"
press Escape
drag $((qx + 140)) $((qy + 142)) $((ex - 60)) $((ey + 50))
press ctrl+s
wait_saved
[ -s "$file" ] || fail "nothing was saved"
"$HEARTFLOW" check "$file" >"$WORK/check.txt" 2>&1 || { cat "$WORK/check.txt" >&2; fail "the built flow does not check clean"; }
[ "$(nodes_in "$file")" -eq 3 ] || fail "expected 3 nodes (a question, its ending, Goodbye), found $(nodes_in "$file")"
grep -q 'title = "Welcome"' "$file" || fail "the question's title was not saved"
grep -q 'text = "How are you arriving today?"' "$file" || fail "the question's text was not saved"
grep -q 'label = "Goodbye"' "$file" || fail "the new choice was not labelled after its target"
[ "$("$HEARTFLOW" walk "$file" --choose 1 | tr '\n' ' ')" = "question ending " ] ||
    fail "the first example choice walked $("$HEARTFLOW" walk "$file" --choose 1 | tr '\n' ' ')"
[ "$("$HEARTFLOW" walk "$file" --choose 3 | tr '\n' ' ')" = "question ending-2 " ] ||
    fail "the dragged choice walked $("$HEARTFLOW" walk "$file" --choose 3 | tr '\n' ' ')"

# Play it from the question (clicked on), then step to the ending.
click $qx $((qy + 40))
press F5
wait_title "playing at 'question'"
press 1
wait_title "playing at 'ending'"
press shift+F5
wait_title_without playing # Shift+F5 stops playing
press ctrl+q
wait_exit

# Opening it again and saving changes nothing.
cp "$file" "$WORK/built.toml"
start_editor "$file"
wait_title "first-flow.toml"
press ctrl+a Right ctrl+z ctrl+s  # an edit and its undo, then a save
wait_saved
cmp -s "$file" "$WORK/built.toml" || { diff "$WORK/built.toml" "$file" >&2; fail "saving the reopened flow changed it"; }
press ctrl+q
wait_exit
echo "edit_build_flow: ok"
