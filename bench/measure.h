// Small measuring tools for the benchmarks: medians of repeated runs (wall and CPU time), peak
// memory, and other programs run to completion or to a time budget.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace heartflow::bench {

/// Wall and CPU time of some work, in milliseconds. CPU time is user + system time of this
/// process (or of the child that ran): on a machine shared with other work it is the steadier.
struct Timing {
    double wall_ms = 0; ///< Elapsed time.
    double cpu_ms = 0;  ///< Processor time.
};

/// The medians of `runs` timed samples of `work` (runs >= 1), wall and CPU time each, per call;
/// work that takes under 10 ms is called several times within each sample (after one untimed
/// call that also warms it up).
[[nodiscard]] Timing median_timing(int runs, const std::function<void()>& work);

/// Two pieces of work timed in alternation, so that both meet the same load on the machine.
struct PairedTiming {
    Timing first;  ///< Medians of the first.
    Timing second; ///< Medians of the second.
    double ratio;  ///< Median of the per-pair ratios second / first (CPU time).
};

/// `runs` pairs of samples (as median_timing takes them) of `first`, then `second`.
[[nodiscard]] PairedTiming paired_timing(int runs, const std::function<void()>& first,
                                         const std::function<void()>& second);

/// The median of `values` (not empty).
[[nodiscard]] double median(std::vector<double> values);

/// Peak resident memory of this process so far, in MiB.
[[nodiscard]] double own_peak_rss_mib();

/// How another program's run ended.
struct ProcessRun {
    bool started = false;  ///< The program could be started.
    bool finished = false; ///< It ended by itself within the time budget.
    int exit_code = -1;    ///< Its exit status when it finished.
    Timing time;           ///< Its wall time and its CPU time (user + system, with children).
    double peak_mib = 0;   ///< Its peak resident memory (0 without GNU time, /usr/bin/time).
};

/// Runs `argv` (argv[0] found on PATH) under GNU time, with stdout to `stdout_path` and
/// stderr discarded, killing it after `budget_s` seconds.
[[nodiscard]] ProcessRun run_process(const std::vector<std::string>& argv,
                                     const std::string& stdout_path, double budget_s);

} // namespace heartflow::bench
