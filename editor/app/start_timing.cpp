// Reading the process's start time and CPU time.
#include "app/start_timing.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace heartflow::app {

double ms_since_process_start() {
    std::ifstream in("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto close = stat.rfind(')');
    if (close == std::string::npos) return -1.0;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
    }
    timespec boot{};
    if (field.empty() || clock_gettime(CLOCK_BOOTTIME, &boot) != 0) return -1.0;
    double started = std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
    return (boot.tv_sec + boot.tv_nsec * 1e-9 - started) * 1000.0;
}

double cpu_ms_so_far() {
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0) return -1.0;
    auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

void log_start_timing(const char* what) {
    if (!std::getenv("HEARTFLOW_LOG_TIMING")) return;
    std::fprintf(stderr, "heartflow: %s %.0f ms after start, %.0f ms of CPU\n", what,
                 ms_since_process_start(), cpu_ms_so_far());
}

} // namespace heartflow::app
