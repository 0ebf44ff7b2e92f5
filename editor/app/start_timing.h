// Start-up timing for the benchmark: how long after the process started a window showed its
// first frame, logged when HEARTFLOW_LOG_TIMING is set (see docs/performance.md).
#pragma once

namespace heartflow::app {

/// Milliseconds since this process started (Linux: /proc/self/stat against the boot clock, to
/// 10 ms), so start-up time includes loading the program; -1 when unknown.
[[nodiscard]] double ms_since_process_start();

/// Milliseconds of CPU (user and system, every thread) this process has used so far.
[[nodiscard]] double cpu_ms_so_far();

/// With HEARTFLOW_LOG_TIMING set, prints "heartflow: `what` N ms after start, M ms of CPU".
void log_start_timing(const char* what);

} // namespace heartflow::app
