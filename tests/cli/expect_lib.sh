# The checks every command-line test script shares. Source it; each check runs or reads $out
# and counts a failure in $failures instead of stopping, so one run reports every failure.
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# expect_exit CODE CMD...: runs CMD, keeps its output in $out, checks the exit code.
expect_exit() {
    local want=$1; shift
    out=$("$@" 2>&1); local got=$?
    [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want. Output:"$'\n'"$out"
}
expect_output() { grep -qF -- "$1" <<<"$out" || fail "output lacks '$1'. Output:"$'\n'"$out"; }
# expect_words TEXT: like expect_output, across the terminal player's line wrapping.
expect_words() { tr -s ' \n' '  ' <<<"$out" | grep -qF -- "$1" || fail "output lacks '$1'. Output:"$'\n'"$out"; }
expect_no_output() { ! grep -qF -- "$1" <<<"$out" || fail "output has '$1'. Output:"$'\n'"$out"; }
