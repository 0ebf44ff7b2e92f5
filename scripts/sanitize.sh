#!/usr/bin/env bash
# Builds build-asan/ (scripts/asan-build.sh) and runs the test suite in it under
# AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer. Any report fails the test that
# caused it. Every test runs but those labelled interop: they check that outside programs
# (Graphviz, inkjs, Mermaid, Chromium) read the exports, take two minutes, and sanitize none of
# heartflow's code that engine_tests and cli_export_import do not already run sanitized.
# Extra arguments pass to ctest (e.g. -R engine).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/asan-build.sh"
source "$root/scripts/sanitizer-env.sh"
# Twice as many tests as cores: sanitized, many of them spend their time waiting (on a window, a
# child process, a kill and restart) rather than computing, and every test waits on what it
# checks, never on a clock, so a busier machine makes them slower, not wrong.
ctest --test-dir "${HEARTFLOW_ASAN_BUILD:-$root/build-asan}" --output-on-failure \
    -j"$((2 * $(nproc)))" --label-exclude interop "$@"
