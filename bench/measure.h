// Small measuring tools for the benchmarks: medians of repeated runs and peak memory.
#pragma once

#include <chrono>
#include <functional>
#include <vector>

namespace heartflow::bench {

/// The median wall time of `runs` calls of `work`, in milliseconds (runs >= 1).
[[nodiscard]] double median_ms(int runs, const std::function<void()>& work);

/// Peak resident memory of running `work` in a child process, in MiB (the child starts with a
/// copy of this process, so its baseline is included and printed beside it).
[[nodiscard]] double peak_rss_mib_of(const std::function<void()>& work);

/// Peak resident memory of this process so far, in MiB.
[[nodiscard]] double own_peak_rss_mib();

} // namespace heartflow::bench
