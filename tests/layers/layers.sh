#!/usr/bin/env bash
# The layers of the windowed half, checked in the sources (docs/architecture.md): only editor/app
# includes GLFW, glad, ImGui's platform backends or app/ headers, each folder includes only
# the folders below it, and the shared leaves (cli/args, cli/sibling) include nothing of ours. The build enforces the same with per-folder include roots and link
# interfaces (editor/CMakeLists.txt); this keeps the rule from breaking silently, e.g. through a
# relative include. Usage: layers.sh SOURCE_DIR
set -euo pipefail
cd "$1"
failed=0

# sources FOLDER...: the C++ files under the folders.
sources() { find "$@" \( -name '*.h' -o -name '*.cpp' \) -print 2>/dev/null; }

# forbid PATTERN WHY FILE...: fails for every include line of the files that matches PATTERN.
forbid() {
    local pattern=$1 why=$2
    shift 2
    [ $# -gt 0 ] || return 0
    local hits
    if hits=$(grep -HnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($pattern)" "$@"); then
        printf '%s\n' "$hits" | sed "s|\$|    <- $why|" >&2
        failed=1
    fi
}

# editor/window_main.cpp is heartflow-window's main: the one file above the app.
mapfile -t outside_app < <(sources engine cli editor tests bench fuzz | grep -v '^editor/app/' |
                           grep -vx 'editor/window_main.cpp')
forbid 'GLFW/|glad/|backends/imgui_impl|app/|(\.\./)+app/' "only editor/app talks to the window system" \
    "${outside_app[@]}"

# Each folder and the folders it may not include (those beside or above it).
declare -A above=(
    [editor/kit]='player/|present/|document/|canvas/|edit/'
    [editor/player]='present/|document/|canvas/|edit/'
    [editor/present]='player/|document/|canvas/|edit/'
    [editor/document]='kit/|player/|present/|canvas/|edit/|imgui'
    [editor/canvas]='kit/|player/|present/|edit/'
    [editor/edit]='present/'
)
for folder in "${!above[@]}"; do
    mapfile -t files < <(sources "$folder")
    forbid "${above[$folder]}" "$folder may not include this layer" "${files[@]}"
done

# cli/args (the one argument parser) and cli/sibling are leaves shared by heartflow, its sibling
# executables and the windowed layers: the system's headers and their own, nothing of heartflow's.
for folder in cli/args cli/sibling; do
    mapfile -t files < <(sources "$folder")
    forbid 'heartflow/|imgui|toml|GLFW/|glad/|rsvg|cairo' "$folder is a leaf" "${files[@]}"
    while IFS=: read -r file line header; do
        [ -e "$folder/$header" ] && continue
        echo "$file:$line: #include \"$header\"    <- $folder is a leaf: only its own headers" >&2
        failed=1
    done < <(grep -HnoE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"]+"' "${files[@]}" |
             sed -E 's/:[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]+)"$/:\1/')
done

if [ "$failed" -ne 0 ]; then
    echo "layers: a file reaches a layer it may not (see docs/architecture.md)" >&2
    exit 1
fi
echo "layers: every folder includes only the layers below it; the leaves include nothing of ours"
