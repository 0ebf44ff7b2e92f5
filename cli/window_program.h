// The windowed commands (play in a window, edit, present) live in the sibling executable
// heartflow-window, so that heartflow itself links no graphics library.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace heartflow::cli {

/// heartflow-window beside this binary; nullopt in a build without windows.
[[nodiscard]] std::optional<std::filesystem::path> window_program();

/// Runs `heartflow-window COMMAND ARGS...` in place of this process (same process id, streams
/// and exit code). Returns only when it could not start, after saying why, with kExitFailure.
int exec_window(const std::filesystem::path& program, const std::string& command,
                const std::vector<std::string>& args);

/// The window's part of `heartflow help COMMAND` (its flags and keys); "" without windows.
[[nodiscard]] std::string window_help(const std::string& command);

} // namespace heartflow::cli
