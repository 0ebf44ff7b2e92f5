#!/usr/bin/env bash
# Runs each libFuzzer target (fuzz/) for SECONDS (default 20) under ASan + UBSan.
# CI runs `scripts/fuzz.sh 10` (from scripts/test.sh); the long run of docs/reliability.md is
# `scripts/fuzz.sh 600` (ten minutes each).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   TARGET: loader expression writer flow_edit session
#        po (the PO reader, Plural-Forms and applying a translation)
# Builds the targets in the sanitizer build (scripts/asan-build.sh; build-asan/, or
# $HEARTFLOW_ASAN_BUILD). The seed corpus is gathered at run time from flows/, tests/data/,
# fuzz/seeds/, fuzz/regressions/ (every past finding, so each run replays them) and, when
# present, ../shared/toml-test/ and ../shared/hostile-toml/; what the fuzzer learns is kept in
# <build>/corpus/ for the next run. A finding is saved under <build>/findings/ and the script
# ends non-zero.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-20}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(loader expression writer flow_edit session)
build="${HEARTFLOW_ASAN_BUILD:-$root/build-asan}"
shared="$root/../shared"
# With no target named, the translations' PO target runs too.
[ $# -eq 0 ] && targets+=(po)

bash "$root/scripts/asan-build.sh" "${targets[@]/#/fuzz_}"
source "$root/scripts/sanitizer-env.sh"

# Copies every file named like $2 under folder $1 (if it exists) into seed folder $3.
gather() {
    [ -d "$1" ] || return 0
    find "$1" -type f -name "$2" -size -256k -print0 |
        while IFS= read -r -d '' f; do cp "$f" "$3/$(echo "$f" | md5sum | cut -c1-16)"; done
}

# Writes every quoted `when` and `set` expression of the shipped flows into seed folder $1.
gather_expressions() {
    grep -rhoE '(when = |= )"[^"]{1,200}"' "$root/flows" "$root/tests/data/flows" 2>/dev/null |
        sed -E 's/^(when = |= )"(.*)"$/\2/' | sort -u | while IFS= read -r e; do
            printf '%s' "$e" > "$1/$(printf '%s' "$e" | md5sum | cut -c1-16)"
        done
}

failed=()
for t in "${targets[@]}"; do
    seeds="$build/seeds/$t"
    rm -rf "$seeds"
    mkdir -p "$seeds" "$build/corpus/$t" "$build/findings"
    case "$t" in
    loader|writer|flow_edit)
        gather "$root/flows" '*.toml' "$seeds"
        gather "$root/fuzz/seeds/flow_edit" '*' "$seeds"
        gather "$root/tests/data" '*.toml' "$seeds"
        gather "$shared/toml-test" '*.toml' "$seeds"
        gather "$shared/hostile-toml" '*.toml' "$seeds"
        gather "$root/fuzz/regressions" '*' "$seeds"
        dict="$root/fuzz/toml.dict"; max_len=65536 ;;
    expression)
        gather "$root/fuzz/seeds/expression" '*' "$seeds"
        gather_expressions "$seeds"
        dict="$root/fuzz/expression.dict"; max_len=2048 ;;
    po)
        gather "$root/fuzz/seeds/po" '*' "$seeds"
        gather "$root/tests/data/translations" '*.po' "$seeds"
        gather "$root/fuzz/regressions" '*.po' "$seeds"
        dict="$root/fuzz/po.dict"; max_len=16384 ;;
    session)
        gather "$root/fuzz/seeds/session" '*' "$seeds"
        gather "$root/fuzz/regressions" '*' "$seeds"
        dict="$root/fuzz/toml.dict"; max_len=16384 ;;
    *) echo "heartflow fuzz: unknown target $t" >&2; exit 2 ;;
    esac
    echo "== fuzz_$t: ${seconds}s, $(ls "$seeds" | wc -l) seeds, $(ls "$build/corpus/$t" | wc -l) in corpus"
    if ! "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -max_len="$max_len" -dict="$dict" -print_final_stats=1 \
            -artifact_prefix="$build/findings/$t-" "$build/corpus/$t" "$seeds" \
            >"$build/fuzz_$t.log" 2>&1; then
        tail -n 40 "$build/fuzz_$t.log" >&2
        failed+=("$t")
        continue
    fi
    grep -E '^stat::number_of_executed_units|^Done' "$build/fuzz_$t.log" || true
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "heartflow fuzz: findings in: ${failed[*]} (inputs in $build/findings/; replay with" \
         "$build/fuzz/fuzz_<target> <file>)" >&2
    exit 1
fi
echo "heartflow fuzz: no findings"
