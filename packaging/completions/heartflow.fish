# fish completion for heartflow: subcommands from `heartflow --help`, options from
# `heartflow help CMD`, and flow files.
function __heartflow_commands
    heartflow --help 2>/dev/null | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { name = $1; sub(/^ +[^ ]+( [^ ]+)?  +/, ""); print name "\t" $0 } /^$/ { on = 0 }'
end
function __heartflow_options
    set -l words (commandline -opc)
    heartflow help $words[2] 2>/dev/null | string match -ar -- '--[a-z][a-z-]*' | sort -u
end
complete -c heartflow -f
complete -c heartflow -n __fish_use_subcommand -a '(__heartflow_commands)'
complete -c heartflow -n 'not __fish_use_subcommand' -F -a '(__fish_complete_suffix .toml)'
complete -c heartflow -n 'not __fish_use_subcommand; and string match -q -- "-*" (commandline -ct)' -a '(__heartflow_options)'
