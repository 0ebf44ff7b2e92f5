// The CLI's seam into the windowed views (cli/gui_bridge.h).
#include "gui_bridge.h"

#include "app/editor_app.h"
#include "app/player_app.h"
#include "app/window.h"
#include "player/player_options.h"

#include <cstdio>
#include <filesystem>

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
           "\nKeys: 1-9 choose, Enter continue, Backspace back, Ctrl+Q save and close, Ctrl+P pause,\n"
           "F1 get help now, Ctrl+W your words, Ctrl+H history, Ctrl+comma comfort,\n"
           "Ctrl+plus / Ctrl+minus / Ctrl+0 text size, Ctrl+T colours, Ctrl+M reduced motion,\n"
           "Ctrl+E save a Markdown transcript; arrow keys and Space (or Enter) reach every button.\n"
           "Sessions are kept in $XDG_DATA_HOME/heartflow,\n"
           "comfort settings and crisis-resources.txt in $XDG_CONFIG_HOME/heartflow.\n";
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

} // namespace heartflow::gui
