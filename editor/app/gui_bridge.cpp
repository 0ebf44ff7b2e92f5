// The windowed commands and their help texts (app/gui_bridge.h).
#include "gui_bridge.h"

#include "app/editor_app.h"
#include "app/player_app.h"
#include "app/present_app.h"
#include "app/window.h"
#include "player/comfort_settings.h"
#include "player/player_options.h"
#include "player/settings_file.h"

#include "heartflow/config_dir.h"
#include "heartflow/loader.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

namespace heartflow::gui {

bool display_available() { return can_open_window(); }

int run_player(const std::vector<std::string>& args) {
    auto parsed = parse_player_options(args);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        std::fprintf(stderr, "heartflow play: %s\nTry 'heartflow help play'.\n", error->c_str());
        return 2;
    }
    const PlayerOptions& options = std::get<PlayerOptions>(parsed);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(options.flow_file, ec)) {
        std::fprintf(stderr, "heartflow play: cannot open %s: no such file\n", options.flow_file.c_str());
        return 1;
    }
    return run_player_window(options);
}

std::string player_usage() {
    return "\nIn the window (all options also work as --name=value):\n" + player_flags_help() +
           "\nKeys: 1-9 choose, Enter continue, Backspace back, Ctrl+Q save and close, Ctrl+P "
           "pause,\n"
           "F1 get help now, Ctrl+W your words, Ctrl+H history, Ctrl+comma comfort,\n"
           "Ctrl+plus / Ctrl+minus / Ctrl+0 text size, Ctrl+T colours, Ctrl+M reduced motion,\n"
           "Ctrl+E save a Markdown transcript; arrow keys and Space (or Enter) reach every "
           "button.\n"
           "Sessions are kept in $XDG_DATA_HOME/heartflow,\n"
           "comfort settings and your help lines (crisis-resources.txt, set up from Comfort)\n"
           "in $XDG_CONFIG_HOME/heartflow.\n";
}

int run_editor(const std::vector<std::string>& args) {
    auto parsed = editor::parse_editor_options(args);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        std::fprintf(stderr, "heartflow edit: %s\nTry 'heartflow help edit'.\n", error->c_str());
        return 2;
    }
    return run_editor_window(std::get<editor::EditorOptions>(parsed));
}

std::string editor_usage() { return "\nOptions:\n" + editor::editor_flags_help(); }
namespace {

// The key bindings: the defaults, changed by the bindings file when there is one. A file named
// with --keys must exist; problems in a file are printed and their lines skipped.
std::optional<PresentKeys> load_present_keys(const PresentOptions& options) {
    const std::filesystem::path file = options.keys_file.empty()
                                           ? default_config_dir() / "present-keys.toml"
                                           : std::filesystem::path(options.keys_file);
    std::optional<std::string> text = read_settings_file(file);
    if (!text) {
        if (options.keys_file.empty()) return default_present_keys();
        std::fprintf(stderr, "heartflow present: cannot read the key bindings file %s\n",
                     file.c_str());
        return std::nullopt;
    }
    std::vector<std::string> problems;
    PresentKeys keys = read_present_keys(*text, file.string(), problems);
    for (const std::string& p : problems)
        std::fprintf(stderr, "%s\n", p.c_str());
    return keys;
}

} // namespace

int run_presenter(const std::vector<std::string>& args) {
    auto parsed = parse_present_options(args);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        std::fprintf(stderr, "heartflow present: %s\nTry 'heartflow help present'.\n",
                     error->c_str());
        return 2;
    }
    const PresentOptions& options = std::get<PresentOptions>(parsed);
    std::optional<PresentKeys> keys = load_present_keys(options);
    if (!keys) return 1;
    if (options.print_keys) {
        std::fputs(encode_present_keys(*keys).c_str(), stdout);
        return 0;
    }
    LoadedFlow loaded = load_flow_file(options.flow_file);
    for (const Diagnostic& d : loaded.diagnostics)
        std::fprintf(stderr, "%s\n", format_diagnostic(options.flow_file, d).c_str());
    if (!loaded.ok()) {
        std::fprintf(stderr, "heartflow present: fix the errors above first; nothing was opened\n");
        return 1;
    }
    if (!display_available()) {
        std::fprintf(
            stderr,
            "heartflow present: no display found; present mode needs one for its two windows\n");
        return 1;
    }
    return run_present_windows(options, loaded.program, std::move(*keys));
}

std::string presenter_usage() {
    std::string out = "\nOptions (all also work as --name=value):\n" + present_flags_help();
    out += "\nKeys (change them in $XDG_CONFIG_HOME/heartflow/present-keys.toml; --print-keys "
           "writes one):\n"
           "  1-9                                  take that choice\n";
    const PresentKeys keys = default_present_keys();
    for (PresentAction a : configurable_actions()) {
        std::string keys_text = keys_of(keys, a, 8);
        if (keys_text.size() > 36)
            keys_text += "\n" + std::string(38, ' ');
        else
            keys_text.resize(36, ' ');
        out += "  " + keys_text + " " + action_summary(a) + "\n";
    }
    out += "\nOn the help path both windows show the help lines first: the host's own\n"
           "($XDG_CONFIG_HOME/heartflow/crisis-resources.txt), then the flow's help_lines.\n";
    return out;
}

} // namespace heartflow::gui
