#!/bin/bash
# Present mode on the help path, end to end: with the host's own help line in
# $XDG_CONFIG_HOME/heartflow/crisis-resources.txt, F1 takes the show to the flow's help step and
# both windows show the line (read back from their screenshots with tesseract); after H the
# audience window no longer shows it, and the console still does and says it is hidden from air.
# Usage (inside xvfb-run): present_help.sh HEARTFLOW PNG_CHECK FLOW WORK
HEARTFLOW=$1 PNG_CHECK=$2 FLOW=$3 WORK=$4
source "$(dirname "$0")/lib.sh"
command -v tesseract >/dev/null ||
    { echo "present_help: skipped: tesseract is not installed (scripts/deps.sh test installs it)"; exit 77; }
fresh_work
mkdir -p "$XDG_CONFIG_HOME/heartflow"
printf '# The host'"'"'s own line\nMarigold Zephyr helpline: call 555 0142\n' \
    >"$XDG_CONFIG_HOME/heartflow/crisis-resources.txt"


# expect_words PNG WORDS...: fails unless tesseract reads every word in the screenshot.
expect_words() {
    local png=$1 words
    shift
    words=$(screen_words "$png")
    for w in "$@"; do
        grep -qiF -- "$w" <<<"$words" || fail "$(basename "$png") does not show '$w'; it reads: $words"
    done
}

# help_show NAME KEYS...: a show at 1280x720 that goes to the help step with F1, presses KEYS and
# ends, leaving both windows' last frames in NAME-presenter.png and NAME-audience.png.
help_show() {
    local name=$1
    shift
    start_present "$FLOW" --show-notes "$WORK/$name.md" --presenter-size 1280x720 \
        --audience-size 1280x720 --presenter-position 0,0 --audience-position 1280,0 \
        --screenshot-presenter "$WORK/$name-presenter.png" --screenshot-audience "$WORK/$name-audience.png"
    press F1 "$@" ctrl+q
    wait_exit
    "$PNG_CHECK" "$WORK/$name-presenter.png" 1280 720 || fail "the $name presenter screenshot looks wrong"
    "$PNG_CHECK" "$WORK/$name-audience.png" 1280 720 || fail "the $name audience screenshot looks wrong"
}

help_show on-air
expect_words "$WORK/on-air-presenter.png" Marigold Zephyr "Get help now" "shown on air"
expect_words "$WORK/on-air-audience.png" Marigold Zephyr "Get help now"
grep -q ' Get help now$' "$WORK/on-air.md" || fail "the show notes lack the help step: $(cat "$WORK/on-air.md")"

help_show hidden h
expect_words "$WORK/hidden-presenter.png" Marigold Zephyr "hidden from air"
expect_words "$WORK/hidden-audience.png" "Get help now"
audience=$(screen_words "$WORK/hidden-audience.png")
! grep -qiE 'marigold|zephyr' <<<"$audience" || fail "the audience window still shows the hidden line: $audience"
echo "present_help: ok"
