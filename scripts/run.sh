#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and open the player on the main flow.
# With no display the flow plays in the terminal. Arguments pass through to heartflow:
#   scripts/run.sh                  -> heartflow play flows/heart-of-the-matter.toml
#   scripts/run.sh --tty            -> heartflow play flows/heart-of-the-matter.toml --tty
#   scripts/run.sh check flows/*.toml -> heartflow check flows/*.toml
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/deps.sh" build
bash "$root/scripts/build.sh" >/dev/null
bin="$root/build/cli/heartflow"
if [ $# -eq 0 ] || [ "${1#-}" != "$1" ]; then
    exec "$bin" play "$root/flows/heart-of-the-matter.toml" "$@"
fi
exec "$bin" "$@"
