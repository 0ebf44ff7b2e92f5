#!/usr/bin/env bash
# Translations from the command line: strings_test.sh HEARTFLOW_BINARY SOURCE_DIR
# `strings` writes a PO template gettext accepts; `check` reports a translation's missing, stale,
# broken and mismatched entries where they are; `play --tty` and `export --to html` use a
# translation by --lang and by the locale; bad input is refused plainly.
set -u
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8
source "$(dirname "$0")/expect_lib.sh"
# line_of PATTERN FILE: the line number of the first line holding PATTERN.
line_of() { grep -nF -- "$1" "$2" | head -n 1 | cut -d: -f1; }

cp "$src/tests/data/translations/heart-of-the-matter.toml" "$src/tests/data/translations/heart-of-the-matter.el.po" "$work/"
flow="$work/heart-of-the-matter.toml"
po="$work/heart-of-the-matter.el.po"

# --- strings: the template -------------------------------------------------------------------
expect_exit 0 "$bin" help strings; expect_output "Usage: heartflow strings"
expect_exit 0 "$bin" --help; expect_output "  strings "
expect_exit 0 "$bin" strings "$flow" --to po
expect_output 'msgctxt "start.text"'
expect_output 'msgctxt "start.choice.urgent_help"'
expect_output "#: $flow:$(line_of 'text = """' "$flow")"
expect_output "#. C01 (overwhelm"
expect_output 'msgid "I'"'"'m ready to begin"'
expect_exit 0 "$bin" strings "$flow" -o "$work/hotm.pot"; expect_output "wrote $work/hotm.pot"
[ -f "$work/hotm.pot" ] || fail "strings -o wrote no file"
expect_exit 2 "$bin" strings "$flow" --to xliff; expect_output "unknown format 'xliff'"
expect_exit 2 "$bin" strings; expect_output "name exactly one flow file"
printf '[flow]\nid = "x"\ntitle = "X"\nstart = "nowhere"\n\n[[node]]\nid = "a"\nkind = "ending"\ntext = "Hi"\n' >"$work/broken.toml"
expect_exit 1 "$bin" strings "$work/broken.toml"; expect_output "broken.toml:4:9: error:"
if command -v msgfmt >/dev/null; then
    expect_exit 0 msgfmt --check -o /dev/null "$work/hotm.pot"
    expect_exit 0 msgfmt --check -o /dev/null "$po"
    expect_exit 0 msginit -i "$work/hotm.pot" -l ru_RU.UTF-8 --no-translator -o "$work/ru.po"
    expect_exit 0 msgfmt --check -o /dev/null "$work/ru.po"
    # msginit writes Russian's three-form Plural-Forms; heartflow reads it (no HF0801).
    mkdir "$work/ru" && cp "$flow" "$work/ru/" && cp "$work/ru.po" "$work/ru/heart-of-the-matter.ru.po"
    expect_exit 0 "$bin" check "$work/ru/heart-of-the-matter.toml"; expect_no_output "HF0801"
    expect_output "heart-of-the-matter.ru.po: 0 of"
    expect_exit 0 msgmerge -q -o "$work/merged.po" "$po" "$work/hotm.pot"
    cmp -s <(grep -c '^msgctxt' "$work/merged.po") <(grep -c '^msgctxt' "$po") ||
        fail "msgmerge of the sample against a fresh template changed its entries"
else
    echo "note: gettext is not installed; msgfmt checks skipped (bash scripts/deps.sh test)"
fi

# --- play: by --lang and by the locale ---------------------------------------------------------
out=$(printf '\n1\n' | "$bin" play --tty --fresh --lang el "$flow" 2>&1)
expect_output "using the 'el' translation ($po): 14 of"
expect_output "Καλώς ήρθες"
expect_words "1. Είμαι έτοιμος να ξεκινήσω"
expect_output "Μια πρώτη ανάσα"
expect_no_output "ready to begin"
out=$(printf '\n' | LANG=el_GR.UTF-8 "$bin" play --tty --fresh "$flow" 2>&1)
expect_output "Καλώς ήρθες"
out=$(printf '\n' | LANG=de_DE.UTF-8 LANGUAGE=fr:el "$bin" play --tty --fresh "$flow" 2>&1)
expect_output "Καλώς ήρθες"
out=$(printf '\n' | LANG=C.UTF-8 LANGUAGE=el "$bin" play --tty --fresh "$flow" 2>&1)
expect_output "ready to begin"; expect_no_output "translation ("
out=$(printf '\n' | "$bin" play --tty --fresh --lang de "$flow" 2>&1)
expect_output "there is no 'de' translation"; expect_output "ready to begin"
expect_exit 2 "$bin" play --tty --lang ../el "$flow"; expect_output "--lang takes a language"

# --- plural forms: the Polish sample's three forms in the terminal -----------------------------
cp "$src/tests/data/translations/breaths.toml" "$src/tests/data/translations/breaths.pl.po" "$work/"
out=$(yes 1 | head -n 14 | "$bin" play --tty --fresh --lang pl "$work/breaths.toml" 2>&1)
expect_output "Wziąłeś jeden oddech."; expect_output "Wziąłeś 2 oddechy."; expect_output "Wziąłeś 5 oddechów."

# --- check: missing and stale, located ---------------------------------------------------------
expect_exit 0 "$bin" check "$flow"
expect_output "$flow:$(( $(line_of 'id = "steady"' "$flow") - 1 )):1: warning: 'steady.title' is not translated yet in heart-of-the-matter.el.po [HF0803]"
expect_output "$po: 14 of"
expect_output "strings translated"
sed -i "s/I'm ready to begin/I am ready to begin/" "$flow"
expect_exit 0 "$bin" check "$flow"
stale_line=$(( $(line_of 'msgid "I'"'"'m ready to begin"' "$po") - 1 ))
expect_output "$po:$stale_line:1: warning: stale: the flow's words for 'start.choice.arrive' changed"
expect_output "[HF0804]"
out=$(printf '\n' | "$bin" play --tty --fresh --lang el "$flow" 2>&1)
expect_words "1. I am ready to begin" # a stale translation is never shown
expect_output "Καλώς ήρθες"

# --- a small flow: placeholders, broken files, right to left -------------------------------------
mini="$work/mini.toml"
cat >"$mini" <<'TOML'
[flow]
id = "mini"
title = "Mini"
start = "ask"

[vars]
feeling = ""

[[node]]
id = "ask"
kind = "question"
text = "Which feeling?"

  [[node.choice]]
  label = "Anger"
  goto = "end"
  set = { feeling = "'anger'" }

[[node]]
id = "end"
kind = "ending"
text = "Your {feeling} is heard."
TOML
cat >"$work/mini.el.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgctxt "ask.text"
msgid "Which feeling?"
msgstr "Ποιο συναίσθημα;"

msgctxt "end.text"
msgid "Your {feeling} is heard."
msgstr "Ακούστηκε το {feelings} σου."
PO
expect_exit 1 "$bin" check "$mini"
expect_output "mini.el.po:10:1: error: the translation of 'end.text' is not used: unknown variable 'feelings' in text (character 15) [HF0802]"
expect_output "mini.toml:15:11: warning: no translation of 'ask.choice.end' in mini.el.po [HF0803]"
out=$(printf '\n1\n' | "$bin" play --tty --fresh --lang el "$mini" 2>&1)
expect_output "Ποιο συναίσθημα;"; expect_output "Your anger is heard."
expect_output "mini.el.po:10:1: error:"

printf 'msgid ""\nmsgstr ""\n\nmsgctxt "ask.text"\nmsgid "Which feeling?"\nmsgstr "Ποιο\n' >"$work/mini.el.po"
expect_exit 1 "$bin" check "$mini"; expect_output "mini.el.po:6:8: error: this string has no closing quote [HF0801]"
out=$(printf '\n1\n' | "$bin" play --tty --fresh --lang el "$mini" 2>&1)
expect_output "mini.el.po:6:8: error:"; expect_output "cannot be used"; expect_output "Which feeling?"

printf 'msgctxt "ask.text"\nmsgid "Which feeling?"\nmsgstr "أي شعور؟"\n' >"$work/mini.ar.po"
expect_exit 0 "$bin" export "$mini" --to html --lang ar -o "$work/mini-ar.html"
grep -qF '<html lang="ar" dir="rtl">' "$work/mini-ar.html" || fail "the Arabic page is not marked right to left"
grep -qF 'أي شعور؟' "$work/mini-ar.html" || fail "the Arabic page lacks the Arabic words"
expect_exit 0 "$bin" export "$flow" --to html --lang el -o "$work/hotm-el.html"
grep -qF '<html lang="el">' "$work/hotm-el.html" || fail "the Greek page is not marked Greek"
grep -qF 'Νιώθεις υπερφορτωμένος' "$work/hotm-el.html" || fail "the Greek page lacks the Greek words"
expect_exit 1 "$bin" export "$flow" --to html --lang de; expect_output "no 'de' translation"
expect_exit 1 "$bin" export "$mini" --to html --lang el; expect_output "fix the translation first"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "strings: ok"
