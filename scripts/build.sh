#!/usr/bin/env bash
# Configures and builds heartflow into build/ (an optimised build with debug symbols).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
