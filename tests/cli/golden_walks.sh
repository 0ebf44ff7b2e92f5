#!/usr/bin/env bash
# Golden walks of the shipped flows: golden_walks.sh HEARTFLOW_BINARY SOURCE_DIR [--update]
# Compare mode (default): replays every walk in tests/golden/*.walks and diffs the nodes entered.
# Collect mode (--update): explores each flow breadth-first and writes, for every node it can
# reach, the shortest choice list that reaches it and the nodes that walk enters; a node of the
# flow reached again after a detour into another flow ("file.toml:step" lines) counts anew, so the
# walks come back from each detour.
set -u
bin=$1 src=$2 mode=${3:-compare}
golden="$src/tests/golden"

# Writes the golden walks of one flow to stdout.
collect() {
    local flow=$1 queue=("") seen=" " prefix choice list out last
    local start; start=$("$bin" walk "$flow" --choose "" | tail -n1)
    seen+="$start "
    echo "# Golden walks of flows/$(basename "$flow"): '\$ LIST' is heartflow walk --choose LIST."
    echo "# Regenerate with: bash tests/cli/golden_walks.sh build/cli/heartflow . --update"
    printf '\n$ \n%s\n' "$start"
    while [ ${#queue[@]} -gt 0 ]; do
        prefix=${queue[0]}; queue=("${queue[@]:1}")
        for choice in 1 2 3 4 5 6 7 8 9; do
            list=${prefix:+$prefix,}$choice
            out=$("$bin" walk "$flow" --choose "$list" 2>/dev/null) || break
            last=$(tail -n1 <<<"$out")
            case "$last" in *:*) ;; *) grep -q ':' <<<"$out" && last+="@back" ;; esac
            case "$seen" in *" $last "*) continue ;; esac
            seen+="$last "
            queue+=("$list")
            printf '\n$ %s\n%s\n' "$list" "$out"
        done
    done
}

# Replays the walks of one golden file; prints differences and returns non-zero on any.
compare() {
    local flow=$1 file=$2 list="" expected="" bad=0 actual line
    check_block() {
        [ -z "${list+x}" ] && return
        actual=$("$bin" walk "$flow" --choose "$list" 2>&1)
        if [ "$actual" != "${expected%$'\n'}" ]; then
            echo "golden walk differs for $(basename "$flow") --choose '$list':"
            diff <(echo "${expected%$'\n'}") <(echo "$actual")
            bad=1
        fi
    }
    unset list
    while IFS= read -r line; do
        case "$line" in
            '#'*) ;;
            '$ '*|'$') check_block; list=${line#\$}; list=${list# }; expected="" ;;
            '') ;;
            *) expected+="$line"$'\n' ;;
        esac
    done < "$file"
    check_block
    return $bad
}

status=0 walks=0
for flow in "$src"/flows/*.toml; do
    file="$golden/$(basename "$flow" .toml).walks"
    if [ "$mode" = --update ]; then
        collect "$flow" > "$file"
        echo "wrote $file"
    elif [ ! -f "$file" ]; then
        echo "no golden walks for $flow: run with --update"; status=1
    else
        compare "$flow" "$file" || status=1
        walks=$((walks + $(grep -c '^\$' "$file")))
    fi
done
[ "$mode" = --update ] || echo "golden walks: $walks replayed, $([ $status -eq 0 ] && echo 'all match' || echo 'some differ')"
exit $status
