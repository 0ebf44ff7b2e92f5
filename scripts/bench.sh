#!/usr/bin/env bash
# Runs the benchmarks and prints Markdown tables (see docs/performance.md):
#   bash scripts/bench.sh [--runs N] [--sizes 1000,10000,50000] [--budget SECONDS] [--no-peers]
# Installs what only the benchmark needs (Graphviz from Debian; dagre and elkjs, pinned in
# bench/package-lock.json, from the npm registry into build/bench/peers), builds, and runs
# build/bench/heartflow-bench. Not part of the test command; figures depend on the machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/deps.sh" build
if ! command -v dot >/dev/null; then
    echo "heartflow: installing graphviz (for the benchmark's peers)" >&2
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends graphviz >/dev/null
fi
bash "$root/scripts/build.sh" >/dev/null
peers="$root/build/bench/peers"
node_modules=()
if command -v npm >/dev/null && command -v node >/dev/null; then
    mkdir -p "$peers"
    if ! cmp -s "$root/bench/package-lock.json" "$peers/package-lock.json" || [ ! -d "$peers/node_modules" ]; then
        cp "$root/bench/package.json" "$root/bench/package-lock.json" "$peers/"
        (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    fi
    node_modules=(--node-modules "$peers/node_modules")
else
    echo "heartflow: node and npm not found: dagre and elkjs are left out" >&2
fi
"$root/build/bench/heartflow-bench" --source "$root" --work "$root/build/bench/work" \
    --heartflow "$root/build/cli/heartflow" "${node_modules[@]}" "$@"

# The windowed player's first frame, as it logs it (HEARTFLOW_LOG_TIMING): time from the
# process start to the first frame shown, and the CPU time used by then (every thread), on the
# flagship flow, under Xvfb; medians of 5.
player_first_frame() {
    local flow="$root/flows/heart-of-the-matter.toml" work times=() cpus=() line
    if ! command -v xvfb-run >/dev/null; then
        echo "Player first frame: not measured (xvfb-run is not installed; scripts/deps.sh test installs it)"
        return
    fi
    work="$(mktemp -d)"
    for _ in 1 2 3 4 5; do
        XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" HEARTFLOW_LOG_TIMING=1 \
            xvfb-run -a "$root/build/cli/heartflow" play "$flow" --fresh --screenshot "$work/first.png" \
            >/dev/null 2>"$work/err.txt" || true
        line="$(sed -n 's/^heartflow: first frame \([0-9]*\) ms after start, \([0-9]*\) ms of CPU$/\1 \2/p' "$work/err.txt")"
        if [ -n "$line" ]; then
            times+=("${line% *}")
            cpus+=("${line#* }")
        fi
    done
    rm -rf "$work"
    if [ ${#times[@]} -eq 0 ]; then
        echo "Player first frame: not measured (the windowed player did not start)"
        return
    fi
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    sorted_cpu=($(printf '%s\n' "${cpus[@]}" | sort -n))
    local mid=$(( ${#sorted[@]} / 2 ))
    echo "Player first frame (heart-of-the-matter.toml, Xvfb + Mesa llvmpipe): median ${sorted[$mid]} ms wall of ${#sorted[@]} runs (${sorted[*]} ms), ${sorted_cpu[$mid]} ms of CPU (${sorted_cpu[*]} ms); target 200 ms."
}
echo
player_first_frame
