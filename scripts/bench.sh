#!/usr/bin/env bash
# Runs the benchmarks and prints a Markdown table: bash scripts/bench.sh [RUNS]
# Not part of the test command; figures depend on the machine (see docs/performance.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/deps.sh" build
bash "$root/scripts/build.sh" >/dev/null
"$root/build/bench/heartflow-bench" "$root" "${1:-5}"
