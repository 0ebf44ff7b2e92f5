#!/usr/bin/env bash
# kill -9 at random moments during saves (the writer's, `heartflow fmt`'s and the session
# store's): the file always holds the old or the new content, byte for byte (never torn, empty
# or unparsable), and stale temporary files go at the next save or start.
# Usage: kill_saves.sh SAVE_LOOP HEARTFLOW SOURCE_DIR [ROUNDS]   (ROUNDS default 60)
set -euo pipefail
save_loop="$1"; heartflow="$2"; src="$3"; rounds="${4:-${HEARTFLOW_KILL_ROUNDS:-60}}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
a="$src/flows/heart-of-the-matter.toml"; b="$src/flows/relational-care-check-in.toml"
fail() { echo "FAIL: $*" >&2; exit 1; }
cp "$src"/flows/*.toml "$work/" # the flows the flagship detours into, beside the saved copy

# Returns 0 when $1 is byte-identical to one of the other arguments.
one_of() {
    local f="$1"; shift
    for want in "$@"; do cmp -s "$f" "$want" && return 0; done
    return 1
}

# A random delay of 0 to $1 milliseconds.
nap() { sleep "$(printf '0.%03d' $((RANDOM % $1)))"; }

# kill_during NAME FILE OLD NEW COMMAND...: runs COMMAND (a loop of 1,000 saves) $rounds times,
# each killed after a random moment; after each kill FILE must be OLD or NEW byte for byte.
# Sets `killed` to how many runs the kill caught mid-loop.
kill_during() {
    local name="$1" file="$2" old="$3" new="$4"
    shift 4
    killed=0
    for ((i = 0; i < rounds; i++)); do
        "$@" & pid=$!
        nap 400
        kill -9 "$pid" 2>/dev/null && killed=$((killed + 1))
        wait "$pid" 2>/dev/null || true
        one_of "$file" "$old" "$new" ||
            { head -c 300 "$file" >&2; fail "$name round $i: the file is neither the old nor the new content"; }
    done
    [ "$killed" -gt $((rounds / 2)) ] || fail "$name: only $killed of $rounds runs were killed mid-loop"
}

# 1. The writer's save (the editor's and fmt's), A and B alternately, 1,000 saves per run.
"$save_loop" flow "$work/f.toml" "$a" "$b" 1 && cp "$work/f.toml" "$work/expect_a"
"$save_loop" flow "$work/f.toml" "$a" "$b" 2 && cp "$work/f.toml" "$work/expect_b"
cmp -s "$work/expect_a" "$work/expect_b" && fail "the two flows must differ"
kill_during writer "$work/f.toml" "$work/expect_a" "$work/expect_b" "$save_loop" flow "$work/f.toml" "$a" "$b" 1000
flow_killed=$killed
"$heartflow" check "$work/f.toml" >/dev/null || fail "the file left by the last kill does not load"

# Stale temporary files from the kills are removed by the next save (fresh ones are kept).
ls -A "$work" | grep -q '^\.heartflow-tmp-' || echo "note: no kill landed while a temporary file existed"
find "$work" -name '.heartflow-tmp-*' -exec touch -d '1 minute ago' {} +
"$save_loop" flow "$work/f.toml" "$a" "$b" 1
ls -A "$work" | grep '^\.heartflow-tmp-' && fail "stale temporary files were left after the next save"

# 2. `heartflow fmt`: each run replaces a messy file by its canonical form, killed at random.
cp "$src/tests/data/flows/messy.toml" "$work/messy.toml"
"$heartflow" fmt "$work/messy.toml" >/dev/null && cp "$work/messy.toml" "$work/canonical"
for ((i = 0; i < rounds * 4; i++)); do
    cp "$src/tests/data/flows/messy.toml" "$work/messy.toml"
    "$heartflow" fmt "$work/messy.toml" >/dev/null & pid=$!
    nap 8
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    one_of "$work/messy.toml" "$src/tests/data/flows/messy.toml" "$work/canonical" ||
        fail "fmt round $i: the file is neither the old nor the new content"
done

# 3. The session store (the player's save): one session file, journal A and B alternately.
store="$work/store"; session="$store/sessions/heart-of-the-matter-1700000000000.session"
"$save_loop" session "$store" 1 && cp "$session" "$work/session_a"
"$save_loop" session "$store" 2 && cp "$session" "$work/session_b"
cmp -s "$work/session_a" "$work/session_b" && fail "the two sessions must differ"
kill_during session "$session" "$work/session_a" "$work/session_b" "$save_loop" session "$store" 1000
[ "$(stat -c %a "$session")" = 600 ] || fail "the session file is not 0600 after the kills"
ls -A "$store/sessions" | grep -q '^\.heartflow-tmp-' || echo "note: no session kill landed while a temporary file existed"
find "$store" -name '.heartflow-tmp-*' -exec touch -d '1 minute ago' {} +
"$save_loop" session "$store" 0
ls -A "$store/sessions" | grep '^\.heartflow-tmp-' && fail "stale session temporary files were left after the next start"
echo "ok: $rounds save loops ($flow_killed killed mid-loop), $((rounds * 4)) fmt runs killed at random," \
     "$rounds session save loops ($killed killed mid-loop)"
