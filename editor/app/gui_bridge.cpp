// The windowed commands and their help texts (app/gui_bridge.h).
#include "gui_bridge.h"

#include "app/editor_app.h"
#include "app/player_app.h"
#include "app/present_app.h"
#include "app/window.h"
#include "player/key_commands.h"
#include "player/player_options.h"
#include "present/present_flow.h"

#include "arguments.h"
#include "exit_codes.h"
#include "heartflow/config_dir.h"
#include "heartflow/loader.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

namespace heartflow::gui {

bool display_available() {
    return app::can_open_window();
}

int run_player(const std::vector<std::string>& args, const std::filesystem::path& flows_dir) {
    auto parsed = player::parse_player_options(args);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        return cli::usage_error("play", *error);
    }
    player::PlayerOptions& options = std::get<player::PlayerOptions>(parsed);
    options.flows_dir = flows_dir;
    std::error_code ec;
    if (!options.flow_file.empty() && !std::filesystem::is_regular_file(options.flow_file, ec)) {
        std::fprintf(stderr, "heartflow play: cannot open %s: no such file\n",
                     options.flow_file.c_str());
        return cli::kExitFailure;
    }
    return app::run_player_window(options);
}

std::string player_usage() {
    return "\nIn the window (all options also work as --name=value):\n" +
           player::player_flags_help() + "\n" + player::player_keys_help() +
           "Sessions are kept in $XDG_DATA_HOME/heartflow,\n"
           "comfort settings and your help lines (crisis-resources.txt, set up from Comfort)\n"
           "in $XDG_CONFIG_HOME/heartflow.\n";
}

int run_editor(const std::vector<std::string>& args) {
    auto parsed = editor::parse_editor_options(args);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        return cli::usage_error("edit", *error);
    }
    return app::run_editor_window(std::get<editor::EditorOptions>(parsed));
}

std::string editor_usage() {
    return "\nOptions (all also work as --name=value):\n" + editor::editor_flags_help();
}
namespace {

// The key bindings: the defaults, changed by the bindings file when there is one. A file named
// with --keys must exist; problems in a file are printed and their lines skipped.
std::optional<present::PresentKeys> load_present_keys(const present::PresentOptions& options) {
    const std::filesystem::path file = options.keys_file.empty()
                                           ? default_config_dir() / "present-keys.toml"
                                           : std::filesystem::path(options.keys_file);
    std::vector<std::string> problems;
    std::optional<present::PresentKeys> keys = present::load_present_keys(file, problems);
    for (const std::string& p : problems)
        std::fprintf(stderr, "%s\n", p.c_str());
    if (!keys) {
        if (options.keys_file.empty()) return present::default_present_keys();
        std::fprintf(stderr, "heartflow present: cannot read the key bindings file %s\n",
                     file.c_str());
    }
    return keys;
}

} // namespace

int run_presenter(const std::vector<std::string>& args) {
    auto parsed = present::parse_present_options(args);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        return cli::usage_error("present", *error);
    }
    const present::PresentOptions& options = std::get<present::PresentOptions>(parsed);
    std::optional<present::PresentKeys> keys = load_present_keys(options);
    if (!keys) return cli::kExitFailure;
    if (options.print_keys) {
        std::fputs(present::encode_present_keys(*keys).c_str(), stdout);
        return cli::kExitOk;
    }
    present::PresentedFlow presented = present::load_presented_flow(options);
    const LoadedFlow& loaded = presented.loaded;
    for (const Diagnostic& d : loaded.diagnostics)
        std::fprintf(stderr, "%s\n", format_diagnostic(options.flow_file, d).c_str());
    if (!loaded.ok()) {
        std::fprintf(stderr, "heartflow present: fix the errors above first; nothing was opened\n");
        return cli::kExitFailure;
    }
    for (const std::string& line : presented.said)
        std::fprintf(stderr, "%s\n", line.c_str());
    if (!display_available()) {
        std::fprintf(
            stderr,
            "heartflow present: no display found; present mode needs one for its two windows\n");
        return cli::kExitFailure;
    }
    return app::run_present_windows(options, loaded.program, std::move(*keys));
}

std::string presenter_usage() {
    std::string out =
        "\nOptions (all also work as --name=value):\n" + present::present_flags_help();
    out += "\nKeys (change them in $XDG_CONFIG_HOME/heartflow/present-keys.toml; --print-keys "
           "writes one):\n" +
           present::present_keys_help();
    out += "\nOn the help path both windows show the help lines first: the host's own\n"
           "($XDG_CONFIG_HOME/heartflow/crisis-resources.txt), then the flow's help_lines.\n";
    return out;
}

} // namespace heartflow::gui
