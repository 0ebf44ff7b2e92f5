#!/usr/bin/env bash
# Command-line tests: cli_test.sh HEARTFLOW_BINARY SOURCE_DIR CASE
# Each case runs the real binary and checks its output and exit code.
set -u
bin=$1 src=$2 case=$3
data="$src/tests/data/flows"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private home for what the players keep (sessions, help lines), never the person's own.
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
source "$(dirname "$0")/expect_lib.sh"

case_help() {
    expect_exit 0 "$bin" --help
    for cmd in play check walk test fmt help; do expect_output "  $cmd "; done
    for cmd in play check walk test fmt; do expect_exit 0 "$bin" help $cmd; expect_output "Usage: heartflow $cmd"; done
    expect_exit 0 "$bin" help codes; expect_output "HF0302"; expect_output "unknown-target"
    expect_exit 0 "$bin" check --help; expect_output "Usage: heartflow check"
    expect_exit 0 "$bin" --version; expect_output "heartflow 0."
    expect_exit 2 "$bin"; expect_output "Usage"
    expect_exit 2 "$bin" frobnicate; expect_output "unknown command 'frobnicate'"
    expect_exit 2 "$bin" help frobnicate
}

case_check() {
    expect_exit 0 "$bin" check "$data/every-field.toml"; expect_output "checked 1 file: no errors, no warnings"
    (cd "$src/tests" && "$bin" check data/flows/broken.toml > "$work/broken.out"); [ $? -eq 1 ] || fail "broken flow did not exit 1"
    diff -u "$data/broken.expected" "$work/broken.out" || fail "diagnostics of broken.toml differ from broken.expected"
    expect_exit 1 "$bin" check "$data/trap.toml"
    expect_output "trap.toml:19:1: error: no ending can be reached from node 'b'"
    expect_output "trap.toml:25:1: error: no ending can be reached from node 'c'"
    expect_output "trap.toml:36:1: warning: node 'island' cannot be reached from the start [HF0308]"
    expect_exit 1 "$bin" check "$data/every-field.toml" "$work/missing.toml"
    expect_output "missing.toml: error: cannot open the file"; expect_output "checked 2 files: 1 error"
    expect_exit 2 "$bin" check
    expect_exit 2 "$bin" check --bogus "$data/every-field.toml"
}

case_walk() {
    expect_exit 0 "$bin" walk "$data/every-field.toml" --choose 1,1,1,1
    [ "$out" = $'arrive\nname\nbody\nwords\nend' ] || fail "walk printed: $out"
    expect_exit 0 "$bin" walk "$data/every-field.toml" --choose=
    [ "$out" = "arrive" ] || fail "empty walk printed: $out"
    expect_exit 1 "$bin" walk "$data/every-field.toml" --choose 1,3
    expect_output "step 2 (choice 3) is not available at 'name'"
    expect_exit 1 "$bin" walk "$data/every-field.toml" --choose 1,1,1,1,1
    expect_output "goes past the ending 'end'"
    expect_exit 2 "$bin" walk "$data/every-field.toml" --choose 1,x
    expect_exit 2 "$bin" walk "$data/every-field.toml" --choose
    expect_exit 1 "$bin" walk "$data/broken.toml" --choose 1
    # Ratings and picks: a scale or pick step is a Continue, answered by --rate and --pick.
    expect_exit 0 "$bin" walk "$data/scale-and-pick.toml" --choose 1,1 --rate how_big=7 --pick which=1+3
    [ "$out" = $'how_big\nwhich\ndecide\nmany' ] || fail "walk with picks printed: $out"
    expect_exit 0 "$bin" walk "$data/scale-and-pick.toml" --choose 1,1 --pick which=
    [ "$out" = $'how_big\nwhich\ndecide\nfew' ] || fail "walk with no picks printed: $out"
    expect_exit 2 "$bin" walk "$data/scale-and-pick.toml" --choose 1 --rate how_big=11
    expect_output "'11' is not a rating from 0 to 10 at 'how_big'"
    expect_exit 2 "$bin" walk "$data/scale-and-pick.toml" --choose 1 --pick how_big=1
    expect_output "'how_big' is not a pick step"
    expect_exit 2 "$bin" walk "$data/scale-and-pick.toml" --choose 1 --pick which=1,which=2
    expect_output "a step is named twice"
}

case_test() {
    expect_exit 0 "$bin" test "$data/every-field.toml"
    [ "$(tail -n1 <<<"$out")" = "1 passed, 0 failed" ] || fail "summary line: $out"
    expect_output "every-field.toml:70:1: warning: no passing test reaches the ending 'urgent_help'"
    cat > "$work/failing.toml" <<'TOML'
[flow]
id = "f"
title = "F"
start = "a"
[[node]]
id = "a"
kind = "question"
text = "q"
  [[node.choice]]
  label = "One"
  goto = "b"
[[node]]
id = "b"
kind = "ending"
text = "b"
[[test]]
name = "good"
choose = [1]
reach = "b"
[[test]]
name = "bad"
choose = [1]
reach = "a"
TOML
    expect_exit 1 "$bin" test "$data/every-field.toml" "$work/failing.toml"
    expect_output "failing.toml:23:9: error: test 'bad' failed: expected to reach 'a', but the walk ended at 'b'"
    [ "$(tail -n1 <<<"$out")" = "2 passed, 1 failed" ] || fail "summary line: $out"
    expect_exit 1 "$bin" test "$data/broken.toml"; expect_output "0 passed, 1 failed"
}

case_fmt() {
    cp "$data/messy.toml" "$work/messy.toml"
    expect_exit 1 "$bin" fmt --check "$work/messy.toml"; expect_output "not in canonical form"
    cmp -s "$data/messy.toml" "$work/messy.toml" || fail "fmt --check changed the file"
    expect_exit 0 "$bin" fmt "$work/messy.toml"; expect_output "formatted"
    expect_exit 0 "$bin" fmt --check "$work/messy.toml"
    cp "$work/messy.toml" "$work/once.toml"
    expect_exit 0 "$bin" fmt "$work/messy.toml"; expect_no_output "formatted"
    cmp -s "$work/once.toml" "$work/messy.toml" || fail "fmt is not idempotent"
    expect_exit 0 "$bin" walk "$work/messy.toml" --choose 1; [ "$out" = $'a\nend' ] || fail "formatted flow walks differently: $out"
    head -c 7 "$work/messy.toml" | grep -q '\[flow\]' || fail "canonical form does not start with [flow]"
    cp "$data/comments-everywhere.toml" "$work/commented.toml"
    expect_exit 0 "$bin" fmt "$work/commented.toml"; expect_output "formatted"
    diff <(grep -o '#.*' "$data/comments-everywhere.toml" | sed 's/ *$//' | sort) \
         <(grep -o '#.*' "$work/commented.toml" | sed 's/ *$//' | sort) >/dev/null || fail "fmt lost or changed a comment"
    expect_exit 0 "$bin" fmt --check "$work/commented.toml"
    expect_exit 0 "$bin" test "$work/commented.toml"
    expect_exit 2 "$bin" fmt --drop-comments "$work/commented.toml"
    cp "$data/broken.toml" "$work/broken.toml"
    expect_exit 1 "$bin" fmt "$work/broken.toml"; expect_output "not formatted"
    cmp -s "$data/broken.toml" "$work/broken.toml" || fail "fmt changed a file with errors"
    ls -a "$work" | grep -q heartflow-tmp && fail "fmt left a temporary file"
    return 0
}

case_export_import() {
    local flow="$src/flows/heart-of-the-matter.toml" f
    for f in dot mermaid svg markdown ink canvas html; do
        expect_exit 0 "$bin" export "$flow" --to "$f" -o "$work/heart.$f"
        [ -s "$work/heart.$f" ] || fail "export --to $f wrote nothing"
    done
    if [ "${HEARTFLOW_HAS_PNG:-1}" = 1 ]; then # drawn by heartflow-png, beside heartflow
        expect_exit 0 "$bin" export "$flow" --to png -o "$work/heart.png"
        [ "$(head -c 8 "$work/heart.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "export --to png did not write a PNG"
        expect_exit 0 "$bin" export "$flow" --to png --page a4 --tiles -o "$work/tiles.png"
        [ "$(head -c 8 "$work/tiles-1.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "png --tiles wrote no first sheet"
        # One question with 120 endings: a chart too wide for one PNG; heartflow-png's reason shows.
        { printf '[flow]\nid = "wide"\ntitle = "Wide"\nstart = "s"\nformat = 1\n[[node]]\nid = "s"\nkind = "question"\ntext = "Pick"\n'
          for i in $(seq 120); do printf '[[node.choice]]\nlabel = "c%d"\ngoto = "e%d"\n' $i $i; done
          for i in $(seq 120); do printf '[[node]]\nid = "e%d"\nkind = "ending"\ntext = "End"\n' $i; done; } > "$work/wide.toml"
        expect_exit 1 "$bin" export "$work/wide.toml" --to png -o "$work/huge.png"
        expect_output "heartflow export: the chart is too large for one PNG ("
        [ ! -e "$work/huge.png" ] || fail "a failed PNG export left a file"
    else
        expect_exit 1 "$bin" export "$flow" --to png -o "$work/heart.png"
        expect_output "this build cannot draw PNGs"
    fi
    expect_exit 2 "$bin" export "$flow" --to png; expect_output "a PNG needs an output file"
    expect_exit 0 "$bin" export "$flow" --to svg --page a4 --tiles -o "$work/tiles.svg"
    [ -s "$work/tiles-1.svg" ] || fail "--tiles wrote no first sheet"
    expect_exit 0 "$bin" export "$flow" --to mermaid; expect_output "flowchart"
    expect_exit 2 "$bin" export "$flow" --to frobnicate
    expect_exit 1 "$bin" export "$data/broken.toml" --to dot -o "$work/broken.dot"
    [ -e "$work/broken.dot" ] && fail "a flow with errors was exported"
    # Each import format (the exports above coming back, and a Twine story); each flow checks.
    expect_exit 0 "$bin" import "$work/heart.mermaid" --from mermaid -o "$work/from-mermaid.toml"
    expect_exit 0 "$bin" import "$work/heart.canvas" --from canvas -o "$work/from-canvas.toml"
    expect_exit 0 "$bin" import "$src/tests/interop/data/lighthouse.twee" -o "$work/from-twee.toml"
    for f in from-mermaid from-canvas from-twee; do expect_exit 0 "$bin" check "$work/$f.toml"; done
    expect_exit 2 "$bin" import "$src/tests/interop/data/lighthouse.twee" -o "$work/from-twee.toml"
    expect_output "already exists; pass --force"
    expect_exit 1 "$bin" import "$src/tests/interop/data/broken.mmd" -o "$work/broken.toml"
    expect_output "broken.mmd:3:7: error:"
    [ -e "$work/broken.toml" ] && fail "an import with errors wrote a file"
    ls -a "$work" | grep -q heartflow-tmp && fail "export or import left a temporary file"
    return 0
}

# export --to html --resources FILE: the file's lines come first in the page, then the flow's,
# each once; a file that cannot be read, or --resources with another format, writes nothing.
case_export_resources() {
    local flow="$src/tests/interop/data/help-path.toml" lines="$work/crisis-resources.txt"
    printf '# from my therapist\nDr. Rivera after hours: 555 0142\n\n  Shared line: the clinic front desk, 555 0199  \nClose </script><b>x</b> & more\n' > "$lines"
    expect_exit 0 "$bin" export "$flow" --to html --resources "$lines" -o "$work/help.html"
    grep -qF '"helpLines":["Dr. Rivera after hours: 555 0142","Shared line: the clinic front desk, 555 0199","Close \u003c/script\u003e\u003cb\u003ex\u003c/b\u003e \u0026 more","Practice after-hours line: 555 0100",' "$work/help.html" \
        || fail "the page's help lines are not the file's then the flow's, each once"
    grep -qF 'from my therapist' "$work/help.html" && fail "a comment line of the resources file reached the page"
    expect_exit 0 "$bin" export "$flow" --to html --resources="$lines"; expect_output '"helpLines":["Dr. Rivera'
    expect_exit 1 "$bin" export "$flow" --to html --resources "$work/missing.txt" -o "$work/missing.html"
    expect_output "cannot read the help lines file '$work/missing.txt'"
    [ -e "$work/missing.html" ] && fail "a page was written with a missing resources file"
    expect_exit 1 "$bin" export "$flow" --to html --resources "$work/missing.txt"; expect_no_output "<!DOCTYPE"
    expect_exit 1 "$bin" export "$flow" --to html --resources "$work" -o "$work/folder.html"
    expect_output "cannot read the help lines file '$work'"
    [ -e "$work/folder.html" ] && fail "a page was written with a folder as the resources file"
    expect_exit 2 "$bin" export "$flow" --to markdown --resources "$lines" -o "$work/help.md"
    expect_output "--resources applies to html only"
    [ -e "$work/help.md" ] && fail "--resources with markdown wrote a file"
    expect_exit 2 "$bin" export "$flow" --to html --resources; expect_no_output "<!DOCTYPE"
    expect_exit 0 "$bin" help export; expect_output "--resources FILE"
    return 0
}

case_play_tty() {
    # The first line answers the 0-10 check-in (empty: skipped); at the end, the check-in again
    # and the offer of a transcript.
    out=$(printf '\n1\n1\nb\n1\n1\nNo more Sundays\n\n\n' | "$bin" play "$data/every-field.toml" --tty 2>&1); [ $? -eq 0 ] || fail "play exited non-zero"
    expect_output "Every field"
    expect_words "how big does this feel right now, from 0 to 10?"
    expect_output "Round 1 of 2"
    expect_output "Breathe in: 1 2 3 4"
    expect_output "  1. Resentment"
    expect_output "Where do you feel resentment?"
    expect_output "You wrote: No more Sundays."
    expect_output "Your words:"
    expect_output "- words: No more Sundays"
    expect_words "Your path: Arrive, then Name the feeling, then body, then words, then end."
    expect_no_output ">  "
    out=$(printf '\n1\nh\n' | "$bin" play "$data/every-field.toml" --tty --fresh 2>&1)
    expect_output "If you might be in danger"
    out=$(printf '\n1\n7\nzzz\nq\n' | "$bin" play "$data/every-field.toml" --tty --fresh 2>&1)
    expect_output "Please type a number from 1 to 2"
    expect_words "Stopped here, and your place is saved."
    out=$(printf '\n1\n' | "$bin" play "$data/every-field.toml" --tty --fresh 2>&1)
    expect_words "(The input ended. Your place is saved.)"
    out=$(printf '' | "$bin" play "$data/broken.toml" --tty 2>&1); expect_output "broken.toml:4:9: error"
    out=$(printf '\n1\nResentment\n' | DISPLAY= WAYLAND_DISPLAY= "$bin" play "$data/every-field.toml" --fresh 2>&1)
    expect_output "plays here in the terminal"
    expect_output "Where do you feel resentment?"
    # The window's look flags do not stop the terminal player; a screenshot does, with a reason.
    out=$(printf '\n1\nResentment\n' | DISPLAY= WAYLAND_DISPLAY= "$bin" play "$data/every-field.toml" --fresh --text-size 1.5 --theme=dark 2>&1)
    expect_output "text-size, --theme only change the window"
    expect_output "Where do you feel resentment?"
    out=$(DISPLAY= WAYLAND_DISPLAY= "$bin" play "$data/every-field.toml" --screenshot "$work/shot.png" 2>&1); [ $? -eq 2 ] || fail "a screenshot with no display did not exit 2"
    expect_output "--screenshot needs a window"
}

# Scale and pick steps in the terminal: a rating in range (forgiving, re-asked in plain words),
# the options numbered and taken as "1 3"; the flow's own check-in replaces the player's before;
# back shows the answer given, and Enter keeps it.
case_play_tty_answers() {
    local flow="$data/scale-and-pick.toml"
    out=$(printf '12\nseven\n7/10\n1 9\n1,3\n\n\n' | "$bin" play "$flow" --tty --fresh 2>&1); [ $? -eq 0 ] || fail "play exited non-zero"
    expect_no_output "how big does this feel right now"
    expect_words "Type a number from 0 (calm) to 10 (overwhelmed), or press Enter to skip."
    expect_words "Please type a whole number from 0 (calm) to 10 (overwhelmed), or press Enter to skip."
    expect_output "Which of these fit, at 7?"
    expect_output "  3. scared"
    expect_words "Please type the numbers of the ones that fit, from 1 to 3"
    expect_output "You picked tired and scared: 2 things."
    expect_words "How big does it feel now, from 0 to 10?"
    out=$(printf '4\nnone\n' | "$bin" play "$flow" --tty --fresh 2>&1)
    expect_output "You picked nothing."
    out=$(printf '4\nb\n\nscared\n' | "$bin" play "$flow" --tty --fresh 2>&1)
    expect_words "You said 4 before; Enter keeps it."
    expect_output "Which of these fit, at 4?"
    expect_output "You picked scared."
}

# The terminal player keeps sessions as the window does: q saves the place (0600 in 0700), the
# next run offers to continue, the check-ins are kept, t writes a transcript that a Markdown
# renderer (cmark) shows as intended, and labels are matched in any case.
case_play_tty_sessions() {
    local flow="$data/every-field.toml"
    out=$(printf '6\n1\nRESENTMENT\nq\n' | "$bin" play "$flow" --tty 2>&1)
    expect_output "Where do you feel resentment?"
    expect_output "your place is saved"
    local session
    session=$(ls "$XDG_DATA_HOME"/heartflow/sessions/*.session 2>/dev/null | head -n 1)
    [ -f "$session" ] || fail "q saved no session"
    [ "$(stat -c %a "$session")" = 600 ] || fail "the session file is $(stat -c %a "$session"), not 600"
    [ "$(stat -c %a "$XDG_DATA_HOME/heartflow/sessions")" = 700 ] || fail "the sessions folder is not 700"
    out=$(printf '1\n1\nNo more Sundays\n3\nt\n' | "$bin" play "$flow" --tty 2>&1)
    expect_output "You paused this flow at \"body\""
    expect_output "Welcome back. This is where you paused."
    expect_words "At the start it felt like 6. Now: 3."
    expect_output "Saved a transcript to"
    local transcript
    transcript=$(ls "$XDG_DATA_HOME"/heartflow/transcripts/*.md 2>/dev/null | head -n 1)
    [ -f "$transcript" ] || fail "t saved no transcript"
    [ "$(stat -c %a "$transcript")" = 600 ] || fail "the transcript is $(stat -c %a "$transcript"), not 600"
    command -v cmark >/dev/null || { fail "cmark is not installed (scripts/deps.sh test installs it)"; return; }
    local html
    html=$(cmark "$transcript")
    grep -q "<blockquote>" <<<"$html" || fail "the person's words are not a quotation: $html"
    grep -q "No more Sundays" <<<"$html" || fail "the transcript lacks the journal: $html"
    grep -q "How big it felt at the start: 6/10" <<<"$html" || fail "the transcript lacks the check-in: $html"
    sed 's/<[^>]*>//g' <<<"$html" | grep -qE '[*{}]' && fail "raw Markdown or placeholders show: $html"
}

# `heartflow play` with no flow named offers the installed ones (here, the build tree's).
case_play_chooser() {
    out=$(printf 'zzz\ngetting to the heart of the matter\n\nq\n' | "$bin" play --tty 2>&1)
    expect_output "Which flow would you like to walk through?"
    expect_words "2. Getting to the Heart of the Matter. From overwhelm"
    expect_words "5 to 20 minutes."
    expect_output "Please type a number from 1 to 6."
    expect_output "Feeling overwhelmed? Let's slow down together."
    out=$(printf 'q\n' | "$bin" play --tty 2>&1); [ $? -eq 0 ] || fail "q in the chooser is not a clean exit"
}

# The terminal player's help path (h), with and without the person's own help lines.
case_play_tty_help() {
    local flow="$src/flows/heart-of-the-matter.toml"
    out=$(printf '\n1\nh\n1\nb\nq\n' | "$bin" play "$flow" --tty --fresh 2>&1)
    [ "$(grep -n 'call your local' <<<"$out" | head -n 1 | cut -d: -f1)" -lt "$(grep -n '^Get help now$' <<<"$out" | cut -d: -f1)" ] ||
        fail "the default help is not shown before the help step. Output:"$'\n'"$out"
    expect_output "If you might not be safe:"
    expect_output "You did something brave by reaching out."
    expect_output "Type b to go back to where you were"
    expect_no_output "Your path:"
    expect_no_output "Your words:"
    [ "$(grep -c '^A first breath$' <<<"$out")" -eq 2 ] || fail "b at the help ending did not return to the step before help"

    # At the first question, the check-in before the walk, h already gets help and q quits.
    out=$(printf 'h\n1\nq\n' | "$bin" play "$flow" --tty --fresh 2>&1)
    expect_output "If you might not be safe:"
    expect_output "You did something brave by reaching out."
    expect_no_output "Please type a number from 0 to 10"
    out=$(printf 'q\n' | "$bin" play "$flow" --tty --fresh 2>&1)
    expect_output "Stopped here"
    expect_no_output "Please type a number from 0 to 10"
    expect_no_output "Welcome"

    mkdir -p "$XDG_CONFIG_HOME/heartflow"
    printf '# mine\nHarbour Crisis Line: 0800 111 222\n' >"$XDG_CONFIG_HOME/heartflow/crisis-resources.txt"
    out=$(printf '\n1\nh\nzzz\nq\n' | "$bin" play "$flow" --tty --fresh 2>&1)
    expect_output "People you can reach now:"
    expect_output "Harbour Crisis Line: 0800 111 222"
    expect_words "q to save and quit, h to get help now."
    expect_no_output "If you might not be safe:"
    expect_no_output "type s and press Enter"

    rm -r "$XDG_CONFIG_HOME/heartflow"
    out=$(printf '\n1\nh\n1\ns\nNeighbour Sam: 0400 333 444\n\nq\n' | "$bin" play "$flow" --tty --fresh 2>&1)
    expect_output "Saved. These lines show first"
    local file="$XDG_CONFIG_HOME/heartflow/crisis-resources.txt"
    [ "$(stat -c %a "$file")" = 600 ] || fail "the help lines file is $(stat -c %a "$file"), not 600"
    [ "$(stat -c %a "$XDG_CONFIG_HOME/heartflow")" = 700 ] || fail "the config folder is not 700"
    grep -qx "Neighbour Sam: 0400 333 444" "$file" || fail "the line set up in the terminal was not saved: $(cat "$file")"

    printf '[flow]\nid = "n"\ntitle = "No help step"\nstart = "a"\n\n[[node]]\nid = "a"\nkind = "prompt"\ntext = "Hello"\nnext = "b"\n\n[[node]]\nid = "b"\nkind = "ending"\ntext = "Bye"\n' >"$work/nohelp.toml"
    out=$(printf '\nh\n\n1\n' | "$bin" play "$work/nohelp.toml" --tty 2>&1)
    expect_output "Neighbour Sam: 0400 333 444"
    expect_output "Press Enter to go back to where you were."
    expect_output "Bye"
}

case_hostile() {
    for f in "$src"/tests/data/hostile/*.toml; do
        expect_exit 1 timeout 10 "$bin" check "$f"
        grep -qE "^$f(:[0-9]+:[0-9]+)?: error: " <<<"$out" || fail "no located error for $f: $out"
    done
}

case_docs() {
    local doc="$src/docs/flow-format.md"
    awk '/^```toml$/ {on=1; next} /^```$/ && on {exit} on' "$doc" > "$work/example.toml"
    expect_exit 0 "$bin" check "$work/example.toml"; expect_output "no errors, no warnings"
    expect_exit 0 "$bin" test "$work/example.toml"; expect_output "1 passed, 0 failed"
    expect_no_output "no passing test reaches the ending 'end'"
    expect_exit 0 "$bin" help codes
    for code in $(grep -oE 'HF[0-9]{4}' <<<"$out"); do
        grep -q "^| $code |" "$doc" || fail "docs/flow-format.md does not list $code"
    done
}

case_shipped_flows() {
    local flows=("$src"/flows/*.toml "$src"/flows/templates/*.toml)
    [ ${#flows[@]} -ge 7 ] || fail "expected six flows and a template, found ${#flows[@]}"
    expect_exit 0 "$bin" check "${flows[@]}"
    expect_output "checked ${#flows[@]} files: no errors, no warnings"
    expect_exit 0 "$bin" test "${flows[@]}"
    grep -qE '^[1-9][0-9]* passed, 0 failed$' <<<"$out" || fail "flow tests: $out"
    expect_no_output "has no [[test]] tables"
    expect_no_output "no passing test reaches the ending"
}

# heartflow present without windows: help, flags, the key bindings file, bad flows, no display.
case_present() {
    export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
    expect_exit 0 "$bin" --help; expect_output "  present FILE"
    expect_exit 0 "$bin" help present; expect_output "Usage: heartflow present"
    expect_output "--show-notes FILE"; expect_output "Backspace / PageUp / Left"
    expect_output "show or hide the help lines in the audience window"; expect_output "crisis-resources.txt"
    expect_exit 2 "$bin" present; expect_output "present needs a flow file"
    expect_exit 2 "$bin" present "$data/every-field.toml" --bogus; expect_output "unknown option '--bogus'"
    expect_exit 2 "$bin" present "$data/every-field.toml" --tour=yes; expect_output "unknown option '--tour=yes'"
    expect_exit 2 "$bin" present "$data/every-field.toml" --audience-size; expect_output "--audience-size needs a value"
    expect_exit 2 "$bin" present "$data/every-field.toml" "$data/broken.toml"; expect_output "'$data/broken.toml' is a second one"
    expect_exit 2 "$bin" present "$data/every-field.toml" --audience-size 10x10; expect_output "--audience-size takes WIDTHxHEIGHT"
    expect_exit 2 "$bin" present "$data/every-field.toml" --chroma-key pink; expect_output "--chroma-key takes green"
    expect_exit 0 "$bin" present --print-keys; expect_output 'next = "Enter KP_Enter PageDown Right Space"'
    expect_output 'help = "F1"'; expect_output 'help_on_air = "H"'
    mkdir -p "$work/config/heartflow"
    printf 'next = "PageDwn"\nblank = "Tab"\n' > "$work/config/heartflow/present-keys.toml"
    expect_exit 0 "$bin" present --print-keys
    expect_output "present-keys.toml:1:1: warning: unknown key name 'PageDwn'"; expect_output 'blank = "Tab"'; expect_output 'highlight_next = "Down"'
    expect_exit 1 "$bin" present --keys "$work/missing.toml" --print-keys; expect_output "cannot read the key bindings file"
    expect_exit 1 "$bin" present --keys="$work/missing.toml" --print-keys; expect_output "cannot read the key bindings file"
    expect_exit 1 "$bin" present "$data/broken.toml"; expect_output "broken.toml:4:9: error"; expect_output "nothing was opened"
    out=$(DISPLAY= WAYLAND_DISPLAY= "$bin" present "$data/every-field.toml" 2>&1); [ $? -eq 1 ] || fail "present with no display did not exit 1"
    expect_output "no display found"
}

"case_$case"
[ "$failures" -eq 0 ] && echo "cli $case: ok" || { echo "cli $case: $failures failure(s)"; exit 1; }
