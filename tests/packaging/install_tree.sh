#!/usr/bin/env bash
# The installed tree works on its own: `cmake --install --strip` into a temporary prefix (nothing on the
# system is touched), then every command from there, in a folder of its own, with no path of the
# build or source tree compiled into what was installed. Windowed commands run under Xvfb.
# Usage: install_tree.sh BUILD_DIR SOURCE_DIR WORK [--sanitized]
# With --sanitized (the sanitizer build) the compiled-in path check is left out: AddressSanitizer
# writes every source file's path into the program for its reports, so it would always fail.
set -euo pipefail
build=$1 src=$2 work=$3 sanitized=${4:-}
rm -rf "$work"
mkdir -p "$work/home"
prefix="$work/prefix"
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" --strip >"$work/install.log" || fail "cmake --install failed: $(cat "$work/install.log")"
bin="$prefix/bin/heartflow"
[ -x "$bin" ] || fail "no $bin"
if [ "$sanitized" != --sanitized ]; then
    for f in "$prefix"/bin/*; do
        for tree in "$build" "$src"; do
            ! grep -qF "$tree" "$f" || fail "$f has the path $tree compiled in"
        done
    done
fi
for f in share/heartflow/flows/heart-of-the-matter.toml share/heartflow/flows/templates/starter.toml \
         share/man/man1/heartflow.1.gz share/man/man1/heartflow-check.1.gz \
         share/bash-completion/completions/heartflow; do
    [ -f "$prefix/$f" ] || fail "not installed: $f"
done

# Everything runs from an empty folder, with a private home, as a person would after installing.
cd "$work/home"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
flows=("$prefix"/share/heartflow/flows/*.toml)
"$bin" check "${flows[@]}" >"$work/check.txt" || fail "check of the installed flows: $(cat "$work/check.txt")"
grep -q "no errors, no warnings" "$work/check.txt" || fail "unexpected check output: $(cat "$work/check.txt")"
"$bin" test "${flows[@]}" | tail -n 1 | grep -q ", 0 failed" || fail "the installed flows' tests fail"
printf '1\nq\n' | "$bin" play "${flows[0]}" --tty >"$work/tty.txt" || fail "play --tty failed"
"$bin" export "$prefix/share/heartflow/flows/heart-of-the-matter.toml" --to svg -o "$work/chart.svg" || fail "export --to svg failed"
MANPATH="$prefix/share/man" man -w heartflow-check >/dev/null || fail "man cannot find heartflow-check"

if [ -x "$prefix/bin/heartflow-window" ] || [ -d "$prefix/share/applications" ]; then
    flow="$prefix/share/heartflow/flows/heart-of-the-matter.toml"
    "$bin" export "$flow" --to png -o "$work/chart.png" || fail "export --to png failed"
    # One X server of its own (a fixed number, as the gui tests have, so parallel tests never
    # race for one); xvfb-run can return before it answers, so wait for it.
    xvfb-run -n 291 -s "-screen 0 2560x1080x24 -noreset" bash -c '
        set -e
        bin=$0 flow=$1 work=$2
        for _ in $(seq 1 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
        "$bin" play "$flow" --fresh --screenshot "$work/play.png"
        "$bin" edit "$flow" --screenshot "$work/edit.png"
        # Present mode runs until the host ends the show: once both windows show, Ctrl+Q ends it.
        "$bin" present "$flow" --show-notes "$work/notes.md" \
            --screenshot-presenter "$work/presenter.png" --screenshot-audience "$work/audience.png" &
        pid=$!
        window=""
        for _ in $(seq 1 200); do
            window=$(xdotool search --onlyvisible --pid "$pid" --name "^heartflow audience$" 2>/dev/null | head -n 1 || true)
            [ -n "$window" ] && break
            kill -0 "$pid" 2>/dev/null || exit 1
            sleep 0.1
        done
        [ -n "$window" ]
        xdotool windowfocus "$window" key ctrl+q
        wait "$pid"' "$bin" "$flow" "$work" || fail "a windowed command failed from the installed tree"
    for png in chart play edit presenter audience; do
        [ -s "$work/$png.png" ] || fail "no $png.png"
    done
fi
echo "install_tree: ok"
