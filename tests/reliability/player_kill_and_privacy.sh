#!/bin/bash
# The player under kill -9, with the umask wide open (000) and usual (022): a journal typed is
# saved within moments, with no Pause or quit, and survives kill -9; opening the flow again offers to continue, and continuing
# keeps the words. Sessions are 0600 in 0700 folders; core dumps are off while playing; the words
# appear in no output, log or crash report, nor in any file but the session itself.
# Usage (inside xvfb-run): player_kill_and_privacy.sh HEARTFLOW FLOW WORK
HEARTFLOW=$1 FLOW=$2 WORK=$3
source "$(dirname "$0")/../gui/lib.sh"
marker="hf-private-words-$$-$RANDOM$RANDOM"
outputs=()

# Keeps this run's stdout and stderr, to search for the marker at the end.
keep_output() {
    local n=${#outputs[@]}
    cp "$WORK/out.txt" "$WORK/../out-$n.txt"; cp "$WORK/err.txt" "$WORK/../err-$n.txt"
    outputs+=("$WORK/../out-$n.txt" "$WORK/../err-$n.txt")
}

for mask in 000 022; do
    fresh_work
    export TMPDIR="$WORK/tmp"; mkdir -p "$TMPDIR"
    umask "$mask"
    start_player "$FLOW" --fresh
    grep -qE '^Max core file size +0 +0 ' "/proc/$PLAYER_PID/limits" || fail "core dumps are on while playing"
    press 3                      # start -> write: the journal box takes the keyboard
    type_text "$marker, written before the kill"
    # The player saves typing about a second after it; on a busy machine allow up to 8 s (a
    # player that saved only on Pause or quit would never get there).
    for _ in $(seq 1 80); do
        grep -qs "$marker, written before the kill" "$XDG_DATA_HOME"/heartflow/sessions/*.session && break
        sleep 0.1
    done
    kill -9 "$PLAYER_PID"
    wait "$PLAYER_PID" 2>/dev/null || true
    keep_output
    file=$(ls "$XDG_DATA_HOME"/heartflow/sessions/*.session 2>/dev/null | head -n 1)
    [ -f "$file" ] || fail "umask $mask: no session was saved before the kill"
    grep -q "$marker, written before the kill" "$file" || fail "umask $mask: the journal was lost on kill -9"
    [ "$(mode_of "$file")" = 600 ] || fail "umask $mask: the session file is $(mode_of "$file"), not 600"
    for d in "$XDG_DATA_HOME/heartflow" "$XDG_DATA_HOME/heartflow/sessions"; do
        [ "$(mode_of "$d")" = 700 ] || fail "umask $mask: $d is $(mode_of "$d"), not 700"
    done

    # Opening again offers to continue (1); from the start, 1 would go to 'body' instead.
    start_player "$FLOW"
    press 1 Escape ctrl+q
    wait_exit
    keep_output
    [ "$(saved_node)" = write ] || fail "umask $mask: continuing went to '$(saved_node)', not back to 'write'"
    [ "$(saved_file)" = "$file" ] || fail "umask $mask: continuing wrote another session file"
    grep -q "$marker, written before the kill" "$file" || fail "umask $mask: the words were lost on continuing"

    if [ "$mask" = 000 ]; then   # a crash with the words on screen: its report must not hold them
        start_player "$FLOW"
        press 1
        kill -SEGV "$PLAYER_PID"
        wait "$PLAYER_PID" 2>/dev/null || true
        keep_output
    fi
    # A crash in the middle of a save leaves that save's temporary copy beside the session: it is
    # the session, owner-only like it, and the next start removes it (session_store_test.cpp).
    for t in "$XDG_DATA_HOME"/heartflow/sessions/.heartflow-tmp-*; do
        [ -e "$t" ] && { [ "$(mode_of "$t")" = 600 ] || fail "umask $mask: a temporary copy of the session is $(mode_of "$t"), not 600"; }
    done
    grep -rl --exclude='*.session' --exclude='.heartflow-tmp-*.session.*' --exclude=out.txt --exclude=err.txt \
        "$marker" "$WORK" && fail "umask $mask: the words are in a file other than the session"
done
umask 022
for f in "${outputs[@]}"; do
    grep -q "$marker" "$f" && { cat "$f" >&2; fail "the journal's words appear in the output ($f)"; }
done
rm -f "${outputs[@]}"
echo "player_kill_and_privacy: ok (${#outputs[@]} outputs searched)"
