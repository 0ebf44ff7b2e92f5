#!/usr/bin/env bash
# The windowed tests under load: runs every test labelled gui RUNS times in a row with
# `stress-ng --cpu 2` busy beside them, and stops at the first failure. Not part of CI's time;
# run it after changing a windowed test or the app's frame loop (docs/reliability.md).
# Usage: scripts/stress_gui.sh [BUILD_DIR] [RUNS]   (defaults: build/, 5)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
runs="${2:-5}"
command -v stress-ng >/dev/null || { echo "stress_gui: install stress-ng (apt-get install stress-ng)" >&2; exit 1; }
stress-ng --cpu 2 --quiet &
stress=$!
trap 'kill "$stress" 2>/dev/null || true' EXIT
for run in $(seq 1 "$runs"); do
    echo "stress_gui: run $run of $runs, with stress-ng --cpu 2 beside it"
    ctest --test-dir "$build" -L gui --output-on-failure
done
echo "stress_gui: $runs runs in a row passed under load"
