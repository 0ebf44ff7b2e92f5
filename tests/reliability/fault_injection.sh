#!/usr/bin/env bash
# Injected write, fsync and rename errors (ENOSPC, EIO) during `heartflow fmt`: the original is
# untouched, no temporary file remains, and the person is told what failed and why.
# Usage: fault_injection.sh HEARTFLOW FAULT_SHIM SOURCE_DIR
set -euo pipefail
heartflow="$1"; shim="$2"; src="$3"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
messy="$src/tests/data/flows/messy.toml"
fail() { echo "FAIL: $*" >&2; exit 1; }
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

# Runs fmt under fault $1 with errno $2 and checks it failed cleanly, saying $3 and $4.
expect_clean_failure() {
    local fault="$1" errno_name="$2" step="$3" reason="$4"
    cp "$messy" "$work/flow.toml"
    if HEARTFLOW_FAULT="$fault" HEARTFLOW_FAULT_ERRNO="$errno_name" LD_PRELOAD="$shim" \
        "$heartflow" fmt "$work/flow.toml" >"$work/out" 2>"$work/err"; then
        fail "$fault/$errno_name: fmt reported success"
    fi
    cmp -s "$messy" "$work/flow.toml" || fail "$fault/$errno_name: the original was changed"
    ls -A "$work" | grep '^\.heartflow-tmp-' && fail "$fault/$errno_name: a temporary file was left"
    grep -qF "$work/flow.toml: could not save $work/flow.toml: $step failed: $reason; the file on disk is unchanged" "$work/err" ||
        { cat "$work/err" >&2; fail "$fault/$errno_name: unclear message"; }
    echo "ok: $fault $errno_name -> $(cat "$work/err")"
}

for errno_name in ENOSPC EIO; do
    [ "$errno_name" = ENOSPC ] && reason="No space left on device" || reason="Input/output error"
    expect_clean_failure write "$errno_name" writing "$reason"
    expect_clean_failure short-write "$errno_name" writing "$reason"
    expect_clean_failure fsync "$errno_name" "flushing to disk" "$reason"
    expect_clean_failure rename "$errno_name" "replacing the file" "$reason"
done

# Without a fault the same command saves (so the failures above are the shim's doing).
cp "$messy" "$work/flow.toml"
LD_PRELOAD="$shim" "$heartflow" fmt "$work/flow.toml" >/dev/null || fail "fmt failed with no fault injected"
cmp -s "$messy" "$work/flow.toml" && fail "fmt with no fault did not save"
echo "ok: no fault, saved"
