#!/usr/bin/env bash
# Writes a man page from heartflow's own help text, so `man` and `heartflow help` never differ.
# Usage: man_page.sh HEARTFLOW COMMAND|heartflow DATE OUT.1
#   COMMAND is a subcommand (play, check, ...): the page heartflow-COMMAND(1) from
#   `heartflow help COMMAND`; "heartflow" is the page heartflow(1) from `heartflow --help`.
set -euo pipefail
bin=$1 command=$2 date=$3 out=$4
mkdir -p "$(dirname "$out")"
version=$("$bin" --version | sed -n 's/^heartflow //p')

# roff TEXT: the lines of TEXT as roff: backslashes and hyphens escaped, control characters at
# a line's start neutralised.
roff() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

if [ "$command" = heartflow ]; then
    name=heartflow summary="walk through decision flowcharts that help people"
    text=$("$bin" --help | tail -n +5)
    usage="COMMAND [ARGS...]"
    see="heartflow-check(1), heartflow-play(1), heartflow-edit(1)"
else
    name="heartflow-$command"
    summary=$("$bin" --help | awk -v c="$command" '$1 == c { sub(/^ +[^ ]+( [^ ]+)?  +/, ""); print; exit }')
    [ -n "$summary" ] || { echo "man_page.sh: '$command' is not in heartflow --help" >&2; exit 1; }
    summary="$(tr '[:upper:]' '[:lower:]' <<<"${summary:0:1}")${summary:1}"
    help=$("$bin" help "$command")
    usage=$(sed -n "1s/^Usage: heartflow $command //p" <<<"$help")
    text=$(tail -n +2 <<<"$help" | sed '1{/^$/d}')
    see="heartflow(1)"
fi

{
    echo ".TH $(tr '[:lower:]' '[:upper:]' <<<"$name") 1 \"$date\" \"heartflow $version\" \"User Commands\""
    echo ".SH NAME"
    echo "$name \\- $(roff <<<"$summary")"
    echo ".SH SYNOPSIS"
    if [ "$command" = heartflow ]; then echo ".B heartflow"; else echo ".B heartflow $command"; fi
    roff <<<"$usage"
    echo ".SH DESCRIPTION"
    echo ".nf"
    roff <<<"$text"
    echo ".fi"
    echo ".SH SEE ALSO"
    echo "$see"
} >"$out"
