#!/usr/bin/env bash
# The chart and text exports checked by their real consumers, on every shipped flow and on a
# large generated flow: Graphviz renders the DOT without a warning, the SVG (natural size, one
# sheet, tiles) is well-formed XML and librsvg renders it, the PNG is a PNG of the right size,
# JSON Canvas and Mermaid exports import back with every node, choice and label, a hand-written
# Twee 3 story imports and checks, and unmappable input gets located errors.
# Usage: charts.sh HEARTFLOW SOURCE_DIR GENERATED_FLOW GENERATED_FLOW_FOR_DOT
set -u
bin=$1 src=$2 generated=$3 generated_for_dot=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0 checks=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { checks=$((checks + 1)); }

export_to() { # FLOW FORMAT OUT [options...]
    local flow=$1 format=$2 out=$3; shift 3
    "$bin" export "$flow" --to "$format" -o "$out" "$@" > /dev/null 2> "$work/export.err" ||
        { fail "export $format of $flow: $(cat "$work/export.err")"; return 1; }
}

# How many nodes, choices and next links a flow file has (engine_tests compare round trips in
# full; here the real files go through the command line).
counts_of() { # FLOW
    printf '%s nodes, %s choices, %s next\n' "$(grep -c '^\[\[node\]\]' "$1")" \
        "$(grep -c '^ *\[\[node.choice\]\]' "$1")" "$(grep -c '^next = ' "$1")"
}

check_dot() {
    local flow=$1 name; name=$(basename "$flow" .toml)
    if export_to "$flow" dot "$work/$name.dot"; then
        dot -Tsvg "$work/$name.dot" -o "$work/$name.dot.svg" 2> "$work/dot.err"
        if [ $? -ne 0 ] || [ -s "$work/dot.err" ]; then fail "dot -Tsvg on $name: $(head -5 "$work/dot.err")"; else pass; fi
    fi
}

check_flow() { # FLOW [notiles]: the 2000-node chart would print on about two thousand sheets
    local flow=$1 name; name=$(basename "$flow" .toml)
    # SVG: XML parser and librsvg, at natural size, on one A4 sheet and as Letter tiles.
    export_to "$flow" svg "$work/$name.svg" && export_to "$flow" svg "$work/$name-a4.svg" --page a4
    [ "${2:-}" = notiles ] || export_to "$flow" svg "$work/$name-tile.svg" --page letter --tiles
    local tiles=(); [ "${2:-}" = notiles ] || tiles=("$work/$name"-tile*.svg)
    [ "${2:-}" = notiles ] || [ ${#tiles[@]} -gt 1 ] || fail "$name was not split into tiles"
    for svg in "$work/$name.svg" "$work/$name-a4.svg" "${tiles[@]}"; do
        [ -f "$svg" ] || { fail "missing $svg"; continue; }
        xmllint --noout "$svg" 2> "$work/xml.err" || fail "xmllint $svg: $(head -3 "$work/xml.err")"
        # librsvg draws the chart, its sheet and the first tile (tiles differ only in their window;
        # the big flow's sheet is drawn by librsvg in its PNG export below).
        [ "${2:-}" = notiles ] && continue
        [[ "$svg" == *-tile-* && "$svg" != *-tile-1.svg ]] && continue
        rsvg-convert -a -w 1200 -o "$work/rsvg.png" "$svg" 2> "$work/rsvg.err" && [ ! -s "$work/rsvg.err" ] ||
            fail "rsvg-convert $svg: $(head -3 "$work/rsvg.err")"
        pass
    done
    grep -q 'width="210mm" height="297mm"\|width="297mm" height="210mm"' "$work/$name-a4.svg" || fail "$name-a4.svg is not an A4 sheet"
    # PNG: the SVG on one sheet at 150 dpi is an A4 page's pixels.
    if export_to "$flow" png "$work/$name.png" --page a4; then
        [ "$(head -c 8 "$work/$name.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$name.png is not a PNG"
        pass
    fi
    # Round trips through the command line: every node, choice and next link comes back.
    for format in mermaid canvas; do
        export_to "$flow" "$format" "$work/$name.$format" || continue
        "$bin" import "$work/$name.$format" --from "$format" -o "$work/$name.$format.toml" > /dev/null 2> "$work/import.err" ||
            { fail "import of the $format export of $name: $(head -5 "$work/import.err")"; continue; }
        "$bin" check "$work/$name.$format.toml" > /dev/null 2>&1 || fail "the $format round trip of $name does not check"
        [ "$(counts_of "$flow")" = "$(counts_of "$work/$name.$format.toml")" ] ||
            fail "the $format round trip of $name: $(counts_of "$flow") became $(counts_of "$work/$name.$format.toml")"
        pass
    done
    for format in markdown; do export_to "$flow" "$format" "$work/$name.md" && pass; done
}

awkward="$src/tests/interop/data/awkward.toml"
for flow in "$src"/flows/*.toml "$awkward" "$generated_for_dot"; do check_dot "$flow"; done
for flow in "$src"/flows/*.toml "$awkward" "$generated_for_dot"; do check_flow "$flow"; done
check_flow "$generated" notiles

# Twee 3: a hand-written story imports, checks, and walks where its links lead.
"$bin" import "$src/tests/interop/data/lighthouse.twee" -o "$work/lighthouse.toml" > /dev/null 2> "$work/twee.err" ||
    fail "twee import: $(cat "$work/twee.err")"
"$bin" check "$work/lighthouse.toml" > /dev/null 2>&1 || fail "the imported Twee story does not check"
walked=$("$bin" walk "$work/lighthouse.toml" --choose 2,1 2>&1 | tr '\n' ' ')
[ "$walked" = "Start Harbour Home " ] || fail "the Twee story walked: $walked"
grep -q 'kind = "reflection"' "$work/lighthouse.toml" || fail "the Twee tag 'reflection' did not set the kind"
grep -q "twee:.*warning: story-format code ('<<set \$lamp to true>>')" "$work/twee.err" ||
    fail "the SugarCube macro was not reported: $(cat "$work/twee.err")"
pass

# Unmappable input: located errors, and nothing written.
expect_error() { # FILE FORMAT EXPECTED...
    local file=$1 format=$2; shift 2
    "$bin" import "$file" --from "$format" -o "$work/out.toml" > /dev/null 2> "$work/err"
    [ $? -eq 1 ] || fail "importing $(basename "$file") did not fail"
    [ ! -e "$work/out.toml" ] || fail "importing $(basename "$file") wrote a file"
    for expected in "$@"; do grep -qF -- "$expected" "$work/err" || fail "$(basename "$file"): no '$expected' in: $(cat "$work/err")"; done
    pass
}
data="$src/tests/interop/data"
expect_error "$data/sequence.mmd" mermaid "sequence.mmd:2:1: error: 'sequenceDiagram' is not a Mermaid flowchart"
expect_error "$data/broken.mmd" mermaid "broken.mmd:3:7: error: this node's shape is not closed" "broken.mmd:5:5: warning: a subgraph has no place"
expect_error "$data/loop.mmd" mermaid "loop.mmd:2:18: error: no ending can be reached from node 'B'"
expect_error "$data/missing.twee" twee "missing.twee:5:9: error: this link leads to 'Nowhere', but no passage has that name"
expect_error "$data/broken.canvas" canvas "broken.canvas:4:5: error: this edge names the node 'ghost', which does not exist"

# The commands explain themselves.
for cmd in export import; do
    "$bin" help "$cmd" | grep -q "Usage: heartflow $cmd" || fail "heartflow help $cmd"
    "$bin" --help | grep -q "  $cmd " || fail "heartflow --help does not list $cmd"
done
"$bin" export "$src/flows/heart-of-the-matter.toml" --to pdf > /dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown format is not a usage error"
pass

echo "interop charts: $checks checks"
[ "$failures" -eq 0 ] && echo "$checks passed, 0 failed" || { echo "$checks passed, $failures failed"; exit 1; }
