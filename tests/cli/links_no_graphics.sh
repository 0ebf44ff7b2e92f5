#!/usr/bin/env bash
# links_no_graphics.sh BINARY...: fails when ldd shows any binary loading a graphics library
# (GLFW, GL, EGL, X11, cairo, pango, librsvg, fontconfig). heartflow and the engine's programs
# must run on a machine without them; windows and PNGs live in sibling executables.
set -u
status=0
for bin in "$@"; do
    libs=$(ldd "$bin") || { echo "FAIL: ldd $bin failed"; status=1; continue; }
    found=$(grep -Ei '^\s*lib(glfw|GL|GLX|EGL|OpenGL|X11|xcb|cairo|pango|rsvg|fontconfig)[._-]' <<<"$libs")
    if [ -n "$found" ]; then
        echo "FAIL: $bin loads graphics libraries:"$'\n'"$found"
        status=1
    else
        echo "$(basename "$bin"): $(wc -l <<<"$libs") shared libraries, none of them graphics"
    fi
done
exit $status
