// Medians, peak memory and child processes with a time budget.
#include "measure.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <mutex>
#include <string>
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

double to_ms(const timeval& t) {
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
}

} // namespace

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

namespace {

// Work shorter than kShortestSampleMs is repeated within each sample (one untimed call tells how
// often, and warms it up), so that sub-millisecond figures are not lost in the clock's noise.
constexpr double kShortestSampleMs = 10.0;

int repeats_for(const std::function<void()>& work) {
    const double start = process_cpu_ms();
    work();
    const double once = process_cpu_ms() - start;
    return once >= kShortestSampleMs
               ? 1
               : static_cast<int>(std::min(1000.0, kShortestSampleMs / std::max(once, 1e-3)));
}

// One sample: the time of one call, averaged over `repeats` calls.
Timing sample(const std::function<void()>& work, int repeats) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = process_cpu_ms();
    for (int k = 0; k < repeats; ++k)
        work();
    return {std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count() /
                repeats,
            (process_cpu_ms() - cpu_start) / repeats};
}

} // namespace

Timing median_timing(int runs, const std::function<void()>& work) {
    const int repeats = repeats_for(work);
    std::vector<double> wall, cpu;
    for (int i = 0; i < std::max(1, runs); ++i) {
        const Timing t = sample(work, repeats);
        wall.push_back(t.wall_ms);
        cpu.push_back(t.cpu_ms);
    }
    return {median(wall), median(cpu)};
}

PairedTiming paired_timing(int runs, const std::function<void()>& first,
                           const std::function<void()>& second) {
    const int repeats_first = repeats_for(first), repeats_second = repeats_for(second);
    std::vector<double> wall[2], cpu[2], ratios;
    for (int i = 0; i < std::max(1, runs); ++i) {
        const Timing a = sample(first, repeats_first), b = sample(second, repeats_second);
        wall[0].push_back(a.wall_ms), cpu[0].push_back(a.cpu_ms);
        wall[1].push_back(b.wall_ms), cpu[1].push_back(b.cpu_ms);
        ratios.push_back(b.cpu_ms / a.cpu_ms);
    }
    return {{median(wall[0]), median(cpu[0])}, {median(wall[1]), median(cpu[1])}, median(ratios)};
}

double own_peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

namespace {

// GNU time, when installed: the program's own peak memory. (A child's ru_maxrss keeps the
// resident size this big process had when it forked, exec or not; time's child starts small.)
constexpr const char* kGnuTime = "/usr/bin/time";

} // namespace

ProcessRun run_process(const std::vector<std::string>& argv, const std::string& stdout_path,
                       double budget_s) {
    ProcessRun run;
    const std::string peak_path = stdout_path + ".peak";
    std::vector<std::string> command;
    const bool with_time = access(kGnuTime, X_OK) == 0;
    if (with_time) command = {kGnuTime, "-f", "%M", "-o", peak_path};
    command.insert(command.end(), argv.begin(), argv.end());
    std::vector<char*> args;
    for (const std::string& a : command)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child < 0) return run;
    if (child == 0) {
        setpgid(0, 0); // its own group: the budget ends the program and GNU time together
        const int out = open(stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int null = open("/dev/null", O_WRONLY);
        if (out < 0 || null < 0) _exit(126);
        dup2(out, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execvp(args[0], args.data());
        _exit(127);
    }
    setpgid(child, child);
    std::mutex mutex;
    std::condition_variable done;
    bool reaped = false, killed = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!done.wait_for(lock, std::chrono::duration<double>(budget_s), [&] { return reaped; })) {
            killed = true;
            kill(-child, SIGKILL);
        }
    });
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    run.time.wall_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    {
        std::lock_guard lock(mutex);
        reaped = true;
    }
    done.notify_one();
    watchdog.join();
    run.time.cpu_ms = to_ms(usage.ru_utime) + to_ms(usage.ru_stime);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.started = run.exit_code != 127;
    run.finished = !killed && WIFEXITED(status);
    if (with_time) {
        std::ifstream peak(peak_path); // time writes "Command exited with non-zero status N" first
        for (std::string line; std::getline(peak, line);)
            if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0])))
                run.peak_mib = std::atof(line.c_str()) / 1024.0;
        std::remove(peak_path.c_str());
    }
    return run;
}

} // namespace heartflow::bench
