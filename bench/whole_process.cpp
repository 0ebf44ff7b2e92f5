// Short processes timed by the kernel's own accounting of the child (wait4), not by GNU time,
// whose 10 ms resolution is coarser than the processes themselves.
#include "whole_process.h"

#include "measure.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

namespace heartflow::bench {

namespace {

// One run of `argv` with its output discarded; nullopt when it could not start or failed.
std::optional<Timing> run_once(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t child = 0;
    const int spawned = posix_spawn(&child, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return std::nullopt;
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    const double wall =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
    auto ms = [](const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    return Timing{wall, ms(usage.ru_utime) + ms(usage.ru_stime)};
}

struct Row {
    Timing check, bare;
    double ratio = 0;
};

// Paired runs, alternating, so both meet the same load; nullopt when either fails.
std::optional<Row> measure(const std::filesystem::path& file, const std::string& heartflow,
                           const std::string& bare_parse, int runs) {
    std::vector<double> wall[2], cpu[2], ratios;
    for (int i = 0; i < runs; ++i) {
        const auto check = run_once({heartflow, "check", file.string()});
        const auto bare = run_once({bare_parse, file.string()});
        if (!check || !bare) return std::nullopt;
        wall[0].push_back(check->wall_ms), cpu[0].push_back(check->cpu_ms);
        wall[1].push_back(bare->wall_ms), cpu[1].push_back(bare->cpu_ms);
        ratios.push_back(check->cpu_ms / std::max(bare->cpu_ms, 1e-3));
    }
    return Row{
        {median(wall[0]), median(cpu[0])}, {median(wall[1]), median(cpu[1])}, median(ratios)};
}

} // namespace

void print_check_against_bare_parse(const std::vector<std::filesystem::path>& files,
                                    const std::string& heartflow, const std::string& bare_parse,
                                    int runs) {
    std::printf("\n### heartflow check against a bare toml++ parse, whole processes\n\n"
                "Medians of %d paired runs (process start included; CPU is user + system).\n\n"
                "| flow | check: CPU | wall | bare parse: CPU | wall | check / bare parse (CPU) |\n"
                "| --- | ---: | ---: | ---: | ---: | ---: |\n",
                runs);
    for (const std::filesystem::path& file : files) {
        const std::optional<Row> row = measure(file, heartflow, bare_parse, runs);
        if (!row) {
            std::printf("| %s | did not run | | | | |\n", file.filename().c_str());
            continue;
        }
        std::printf("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2fx |\n",
                    file.filename().c_str(), row->check.cpu_ms, row->check.wall_ms,
                    row->bare.cpu_ms, row->bare.wall_ms, row->ratio);
    }
}

} // namespace heartflow::bench
