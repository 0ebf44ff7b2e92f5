// `load_bounded MAX_MB FILE`: loads one hostile file and checks it loads or gives a located
// error, with the process's peak memory at most MAX_MB. Prints the outcome, time and peak.
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

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: load_bounded MAX_MB FILE\n");
        return 2;
    }
    long max_mb = std::atol(argv[1]);
    auto begin = std::chrono::steady_clock::now();
    heartflow::LoadedFlow loaded = heartflow::load_flow_file(argv[2]);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - begin).count();
    long peak = peak_rss_mb();
    bool located = !loaded.diagnostics.empty() && loaded.diagnostics.front().range.begin.line >= 1 &&
                   loaded.diagnostics.front().severity == heartflow::Severity::error;
    std::string outcome = loaded.ok() ? "loaded"
                          : loaded.diagnostics.empty()
                              ? "refused without a diagnostic"
                              : heartflow::format_diagnostic(argv[2], loaded.diagnostics.front());
    std::printf("%s\n%lld ms, peak %ld MiB (bound %ld MiB)\n", outcome.c_str(), static_cast<long long>(ms), peak, max_mb);
    if (!loaded.ok() && !located) {
        std::fprintf(stderr, "FAIL: refused without a located error\n");
        return 1;
    }
    if (peak > max_mb) {
        std::fprintf(stderr, "FAIL: peak memory %ld MiB is over %ld MiB\n", peak, max_mb);
        return 1;
    }
    return 0;
}
