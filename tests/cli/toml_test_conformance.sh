#!/usr/bin/env bash
# toml-test conformance: every invalid file gives a located TOML error (HF01xx) and every valid
# file parses and is then refused as "not a flow" (HF0201). Skips (exit 77) when the suite is absent.
set -u
bin=$1 suite=$2
if [ ! -d "$suite/invalid" ] || [ ! -d "$suite/valid" ]; then
    echo "skipped: toml-test not found at $suite"
    exit 77
fi
bad=0 invalid=0 valid=0
while IFS= read -r -d '' f; do
    invalid=$((invalid + 1))
    out=$(timeout 10 "$bin" check "$f" 2>&1 | head -n1)
    grep -qE ':[0-9]+:[0-9]+: error: .*\[HF01[0-9][0-9]\]$' <<<"$out" || { echo "invalid file not refused with a located TOML error: $f: $out"; bad=$((bad + 1)); }
done < <(find "$suite/invalid" -name '*.toml' -print0)
while IFS= read -r -d '' f; do
    valid=$((valid + 1))
    out=$(timeout 10 "$bin" check "$f" 2>&1 | head -n1)
    grep -qF '[HF0201]' <<<"$out" || { echo "valid file not parsed as TOML: $f: $out"; bad=$((bad + 1)); }
done < <(find "$suite/valid" -name '*.toml' -print0)
echo "toml-test: $invalid invalid and $valid valid files, $bad problem(s)"
[ "$invalid" -gt 0 ] && [ "$valid" -gt 0 ] && [ "$bad" -eq 0 ]
