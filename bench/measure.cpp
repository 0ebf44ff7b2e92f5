// Medians, peak memory and child processes with a time budget.
#include "measure.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <mutex>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace heartflow::bench {

namespace {

double process_cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double to_ms(const timeval& t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; }

} // namespace

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Timing median_timing(int runs, const std::function<void()>& work) {
    // Work shorter than kShortestSampleMs is repeated within each sample (the first call tells
    // how often), so that sub-millisecond figures are not lost in the clock's noise.
    constexpr double kShortestSampleMs = 10.0;
    const double first_cpu = process_cpu_ms();
    work();
    const double once = process_cpu_ms() - first_cpu;
    const int repeats = once >= kShortestSampleMs ? 1 : static_cast<int>(std::min(1000.0, kShortestSampleMs / std::max(once, 1e-3)));
    std::vector<double> wall, cpu;
    for (int i = 0; i < std::max(1, runs); ++i) {
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = process_cpu_ms();
        for (int k = 0; k < repeats; ++k) work();
        cpu.push_back((process_cpu_ms() - cpu_start) / repeats);
        wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / repeats);
    }
    return {median(wall), median(cpu)};
}

double own_peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

ProcessRun run_process(const std::vector<std::string>& argv, const std::string& stdout_path, double budget_s) {
    ProcessRun run;
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child < 0) return run;
    if (child == 0) {
        const int out = open(stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int null = open("/dev/null", O_WRONLY);
        if (out < 0 || null < 0) _exit(126);
        dup2(out, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execvp(args[0], args.data());
        _exit(127);
    }
    std::mutex mutex;
    std::condition_variable done;
    bool reaped = false, killed = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!done.wait_for(lock, std::chrono::duration<double>(budget_s), [&] { return reaped; })) {
            killed = true;
            kill(child, SIGKILL);
        }
    });
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    run.time.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    {
        std::lock_guard lock(mutex);
        reaped = true;
    }
    done.notify_one();
    watchdog.join();
    run.time.cpu_ms = to_ms(usage.ru_utime) + to_ms(usage.ru_stime);
    run.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.started = run.exit_code != 127;
    run.finished = !killed && WIFEXITED(status);
    return run;
}

} // namespace heartflow::bench
