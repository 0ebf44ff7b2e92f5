#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, and run the whole test suite.
# Ends non-zero on any failure. Extra arguments pass to ctest (e.g. -R cli).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/deps.sh" test
bash "$root/scripts/format_check.sh" # every C++ file as clang-format writes it (issue 16)
bash "$root/scripts/build.sh"
ctest --test-dir "$root/build" --output-on-failure -j"$(nproc)" "$@"
# The Debian packages, checked by lintian, desktop-file-validate and appstreamcli (docs/packaging.md).
bash "$root/scripts/package.sh" "$root/build"
# The same suite again under ASan + UBSan, then each fuzz target briefly (docs/reliability.md).
bash "$root/scripts/sanitize.sh" "$@"
bash "$root/scripts/fuzz.sh" 10
