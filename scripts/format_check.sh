#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format (the repository's .clang-format) writes.
# CI runs it on every change; `git clang-format` formats just the lines a change touches, and
# `scripts/format_check.sh --fix` formats every file.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.cpp.in')
if [ "${1:-}" = --fix ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
clang-format --dry-run -Werror "${files[@]}" 2>/tmp/heartflow-format.$$ || {
    grep -o '^[^:]*' /tmp/heartflow-format.$$ | sort -u | sed 's/^/format_check: not clang-format clean: /' >&2
    rm -f /tmp/heartflow-format.$$
    exit 1
}
rm -f /tmp/heartflow-format.$$
echo "format_check: ${#files[@]} files are clang-format clean"
