#!/usr/bin/env bash
# Configures and builds heartflow into build/: optimised (-O2), assertions off, and line tables
# with function names (-g1), enough for a readable backtrace. Full debug info (-g) would make the
# build a third slower and CI runs it on every change.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
cmake --build build -j"$(nproc)"
