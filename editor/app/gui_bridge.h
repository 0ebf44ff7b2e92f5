// The windowed commands and their help texts, for heartflow-window (editor/window_main.cpp),
// which heartflow runs for `play` in a window, `edit`, `present` and their help.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace heartflow::gui {

/// True when a window can be opened here (a display is set and GLFW can start).
[[nodiscard]] bool display_available();

/// Runs `heartflow play` in a window; `args` are the subcommand's arguments (flow file first,
/// then flags). With no flow file it offers the flows of `flows_dir`. Returns the exit code.
int run_player(const std::vector<std::string>& args, const std::filesystem::path& flows_dir);

/// The flags `heartflow play` accepts in a window, one per line, for `heartflow help play`.
[[nodiscard]] std::string player_usage();

/// Runs `heartflow edit` in a window; `args` are the subcommand's arguments (an optional flow
/// file, then flags). Returns the process exit code.
int run_editor(const std::vector<std::string>& args);

/// The flags `heartflow edit` accepts, one per line, for `heartflow help edit`.
[[nodiscard]] std::string editor_usage();
/// Runs `heartflow present`: a presenter console and an audience window over one session;
/// `args` are the subcommand's arguments. Returns the process exit code.
int run_presenter(const std::vector<std::string>& args);

/// The flags and default keys of `heartflow present`, for `heartflow help present`.
[[nodiscard]] std::string presenter_usage();

} // namespace heartflow::gui
