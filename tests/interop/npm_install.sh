#!/usr/bin/env bash
# Installs the interop tests' npm tooling (inkjs, mermaid, playwright-core, axe-core) into the
# build tree from the committed package-lock.json; skips the install when the lock has not changed.
# Usage: npm_install.sh SOURCE_DIR WORK_DIR
set -euo pipefail
src=$1 work=$2
mkdir -p "$work"
if [ -d "$work/node_modules" ] && cmp -s "$src/package-lock.json" "$work/package-lock.json"; then
    echo "interop npm tooling is up to date"
    exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$work/"
cd "$work"
npm ci --no-audit --no-fund --loglevel=error
echo "interop npm tooling installed"
