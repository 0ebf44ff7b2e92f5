# bash completion for heartflow: subcommands, each one's options and flow files. The words come
# from heartflow's own help (`heartflow --help`, `heartflow help CMD`), so they never go stale.
_heartflow() {
    local cur prev words cword
    _init_completion || return
    if [ "$cword" -eq 1 ]; then
        local commands
        commands=$("$1" --help 2>/dev/null | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } /^$/ { on = 0 }')
        mapfile -t COMPREPLY < <(compgen -W "$commands --help --version" -- "$cur")
        return
    fi
    local command=${words[1]}
    case $prev in
        -o | --output | --show-notes | --screenshot* | --resources)
            _filedir
            return ;;
        --to)
            mapfile -t COMPREPLY < <(compgen -W "dot mermaid svg png markdown ink canvas html" -- "$cur")
            return ;;
        --theme)
            mapfile -t COMPREPLY < <(compgen -W "light dark high-contrast" -- "$cur")
            return ;;
        --page)
            mapfile -t COMPREPLY < <(compgen -W "a4 letter" -- "$cur")
            return ;;
    esac
    if [[ $cur == -* ]]; then
        local options
        options=$("$1" help "$command" 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi
    case $command in
        help) mapfile -t COMPREPLY < <(compgen -W "$("$1" --help 2>/dev/null | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }') codes" -- "$cur") ;;
        import) _filedir '@(mmd|mermaid|twee|tw|canvas|json)' ;;
        *) _filedir toml ;;
    esac
}
complete -F _heartflow heartflow
