#!/usr/bin/env bash
# Flows are data and nothing leaves the machine: no network code in heartflow's sources or in
# the symbols its executable imports, the expression language includes no I/O at all, and no
# ImGui call uses text that is not a literal as a printf format (format_string_rule.pl).
# Usage: source_rules.sh SOURCE_DIR HEARTFLOW
set -euo pipefail
src="$1"; heartflow="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }
folders=()
for d in engine cli editor raster fuzz; do [ -d "$src/$d" ] && folders+=("$src/$d"); done

network='#include *<(sys/socket\.h|netdb\.h|netinet/[a-z_]+\.h|arpa/inet\.h|curl/curl\.h|asio\.hpp|httplib\.h)>|(^|[^.>_[:alnum:]])(socket|getaddrinfo|gethostbyname|curl_easy_init)\('
if grep -rnE "$network" --include='*.h' --include='*.hpp' --include='*.c' --include='*.cpp' "${folders[@]}"; then
    fail "network code in the sources (above)"
fi

imports="$(nm -D --undefined-only "$heartflow" | awk '{print $NF}' | sed 's/@.*//')"
for symbol in socket connect getaddrinfo gethostbyname bind listen accept sendto recvfrom; do
    grep -qx "$symbol" <<<"$imports" && fail "the heartflow executable imports $symbol"
done

# The expression language: no files, processes, environment or clocks.
io='#include *<(cstdio|stdio\.h|fstream|iostream|filesystem|cstdlib|stdlib\.h|unistd\.h|fcntl\.h|sys/[a-z]+\.h|dlfcn\.h|spawn\.h|ctime|chrono|thread)>'
if grep -nE "$io" "$src/engine/src/expression.cpp" "$src/engine/include/heartflow/expression.h"; then
    fail "the expression language includes an I/O header (above)"
fi
# Flows are data: no ImGui call takes text that may come from a flow as a printf format.
sources=()
while IFS= read -r -d '' f; do sources+=("$f"); done < <(find "${folders[@]}" \( -name '*.cpp' -o -name '*.h' \) -print0)
perl "$(dirname "$0")/format_string_rule.pl" "${sources[@]}" || fail "ImGui format strings that are not literals (above)"

echo "ok: no network code in ${folders[*]##*/}, no network imports, expression language has no I/O," \
     "no ImGui format strings from variables"
