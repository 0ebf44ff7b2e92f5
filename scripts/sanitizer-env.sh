# Sourced by the scripts that run sanitizer builds: what ASan, UBSan and LeakSanitizer do on a
# finding (stop, with a stack). No leak is suppressed; the windowed tests turn leak checking off
# for their own processes (tests/gui/CMakeLists.txt says why).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:check_initialization_order=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"
