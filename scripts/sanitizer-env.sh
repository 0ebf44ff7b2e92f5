# Sourced by the scripts that run sanitizer builds: what ASan, UBSan and LeakSanitizer do on a
# finding (stop, with a stack). The one leak suppressed is fontconfig's process-long cache
# (scripts/lsan.supp says why); the windowed tests turn leak checking off for their own processes
# (tests/CMakeLists.txt says why).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:check_initialization_order=1"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"
