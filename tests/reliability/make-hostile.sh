#!/usr/bin/env bash
# Writes the hostile inputs of issue 9 point 3 into folder $1: make-large.sh's cases, a copy of
# every hostile file, and the encoding and size cases (BOM, CRLF, invalid UTF-8, NUL in a string,
# a 10 MB label, 100,000 choices on one node, a million nodes).
set -euo pipefail
out="$1"; source_dir="$2"
hostile="$source_dir/../shared/hostile-toml"
[ -d "$hostile" ] || hostile="$source_dir/tests/data/hostile"
rm -rf "$out"; mkdir -p "$out"
bash "$hostile/make-large.sh" "$out" >/dev/null
cp "$hostile"/*.toml "$out/"
python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
head = '[flow]\nid = "t"\ntitle = "T"\nstart = "a"\n'
def node(i, kind, text, extra=''):
    return f'[[node]]\nid = "{i}"\nkind = "{kind}"\ntext = "{text}"\n{extra}'
ending = node('e', 'ending', 'bye')
flow = head + node('a', 'question', 'hi') + '[[node.choice]]\nlabel = "go"\ngoto = "e"\n' + ending
def write(name, data):
    with open(f'{out}/{name}', 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())
write('bom.toml', b'\xef\xbb\xbf' + flow.encode())
write('crlf.toml', flow.replace('\n', '\r\n'))
write('invalid-utf8.toml', flow.replace('"hi"', '"h\xc3\x28i"').encode('latin-1'))
write('nul-in-string.toml', flow.replace('"hi"', '"h\0i"'))
write('label-10MB.toml', flow.replace('label = "go"', 'label = "' + 'x' * (10 * 1024 * 1024) + '"'))
write('choices-100k.toml', head + node('a', 'question', 'hi') +
      ''.join(f'[[node.choice]]\nlabel = "c{i}"\ngoto = "e"\n' for i in range(100000)) + ending)
write('nodes-1M.toml', head + ''.join(node(f'n{i}', 'ending', 't') for i in range(1000000)))
PY
