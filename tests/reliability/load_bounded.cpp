// `load_bounded MAX_MB MAX_CPU_MS FILE`: loads one hostile file and checks it loads or gives a
// located error, with the process's peak memory at most MAX_MB and the load's processor time at
// most MAX_CPU_MS (processor time, not the wall clock, so a busy machine does not fail it).
// Prints the outcome, both times and the peak.
#include <heartflow/loader.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

namespace {

// The process's peak resident memory so far, in MiB.
long peak_rss_mb() {
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // Linux reports KiB
}

// Processor time (user + system) this process has used so far, in ms.
long cpu_ms() {
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval& t) { return t.tv_sec * 1000L + t.tv_usec / 1000L; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: load_bounded MAX_MB MAX_CPU_MS FILE\n");
        return 2;
    }
    const long max_mb = std::atol(argv[1]), max_cpu_ms = std::atol(argv[2]);
    const char* file = argv[3];
    const long cpu_before = cpu_ms();
    auto begin = std::chrono::steady_clock::now();
    heartflow::LoadedFlow loaded = heartflow::load_flow_file(file);
    auto wall = std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::steady_clock::now() - begin)
                    .count();
    const long cpu = cpu_ms() - cpu_before, peak = peak_rss_mb();
    bool located = !loaded.diagnostics.empty() &&
                   loaded.diagnostics.front().range.begin.line >= 1 &&
                   loaded.diagnostics.front().severity == heartflow::Severity::error;
    std::string outcome = loaded.ok() ? "loaded"
                          : loaded.diagnostics.empty()
                              ? "refused without a diagnostic"
                              : heartflow::format_diagnostic(file, loaded.diagnostics.front());
    std::printf("%s\n%ld ms of processor time (bound %ld ms), %lld ms on the clock, peak %ld MiB "
                "(bound %ld MiB)\n",
                outcome.c_str(), cpu, max_cpu_ms, static_cast<long long>(wall), peak, max_mb);
    if (!loaded.ok() && !located) {
        std::fprintf(stderr, "FAIL: refused without a located error\n");
        return 1;
    }
    if (peak > max_mb) {
        std::fprintf(stderr, "FAIL: peak memory %ld MiB is over %ld MiB\n", peak, max_mb);
        return 1;
    }
    if (cpu > max_cpu_ms) {
        std::fprintf(stderr, "FAIL: the load took %ld ms of processor time, over %ld ms\n", cpu,
                     max_cpu_ms);
        return 1;
    }
    return 0;
}
