#!/usr/bin/env bash
# Configures and builds build-asan/ (or $HEARTFLOW_ASAN_BUILD): the sanitizer build that CI runs
# the whole test suite in and fuzzes with (docs/reliability.md). clang, AddressSanitizer +
# UndefinedBehaviorSanitizer, -O1 with line tables, assertions on, the libFuzzer targets, no
# benchmarks. Usage: scripts/asan-build.sh [TARGET...]   (no target: everything)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${HEARTFLOW_ASAN_BUILD:-$root/build-asan}"
if ! command -v clang++ >/dev/null; then
    echo "heartflow: clang++ is missing: run scripts/deps.sh test (clang, libclang-rt-14-dev)" >&2
    exit 1
fi
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DHEARTFLOW_SANITIZE=ON -DHEARTFLOW_FUZZ=ON -DHEARTFLOW_BUILD_BENCH=OFF >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build" -j"$(nproc)" "${targets[@]}"
