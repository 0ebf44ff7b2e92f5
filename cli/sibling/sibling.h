// heartflow's sibling executables (heartflow-window, heartflow-png): found only in the folder of
// the running binary (never on PATH or in the current folder), and run in place of this process
// or as a child. No engine and no graphics, so every executable of heartflow can use it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::cli {

/// The executable `name` in the running binary's folder; nullopt when there is none.
[[nodiscard]] std::optional<std::filesystem::path> sibling_executable(std::string_view name);

/// The shipped flows beside the running binary: `<its folder>/../share/heartflow/flows` (the
/// installed tree; the build tree has a link there to the source's flows/). Empty when unknown.
[[nodiscard]] std::filesystem::path installed_flows_dir();

/// Replaces this process with `program` run with `args` (its argv[0] is `program`), keeping the
/// process id, the standard streams, the environment and the resource limits. Returns only when
/// that failed, with the reason.
[[nodiscard]] std::string exec_program(const std::filesystem::path& program,
                                       const std::vector<std::string>& args);

/// How a child process ended and what it printed.
struct ChildResult {
    int exit_code = -1; ///< Its exit status; -1 when it did not start or was killed.
    std::string out;    ///< Everything it wrote to standard output.
    std::string err;    ///< Everything it wrote to standard error, or why it did not start.
};

/// Runs `program` with `args`, writing `input` to its standard input and collecting its standard
/// output and error until it ends.
[[nodiscard]] ChildResult run_program(const std::filesystem::path& program,
                                      const std::vector<std::string>& args, std::string_view input);

} // namespace heartflow::cli
