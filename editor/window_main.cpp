// heartflow-window: the windowed commands (play in a window, edit, present) and their part of
// `heartflow help`, run by heartflow from its own folder (cli/window_program.h), so that heartflow
// itself links no graphics library. Run as `heartflow-window COMMAND ARGS...` or
// `heartflow-window help COMMAND`.
#include "app/gui_bridge.h"

#include "arguments.h"
#include "exit_codes.h"
#include "sibling.h"

#include <cstdio>

namespace {

using namespace heartflow;

// `heartflow play` in a window, or, with no display, back to heartflow's terminal player.
int play(const std::vector<std::string>& args) {
    if (gui::display_available()) return gui::run_player(args, cli::installed_flows_dir());
    std::fprintf(stderr, "heartflow: no display found, so the flow plays here in the terminal.\n");
    std::vector<std::string> tty_args{"play", "--tty"};
    tty_args.insert(tty_args.end(), args.begin(), args.end());
    std::optional<std::filesystem::path> heartflow = cli::sibling_executable("heartflow");
    const std::string error = heartflow ? cli::exec_program(*heartflow, tty_args)
                                        : "no heartflow beside heartflow-window";
    std::fprintf(stderr, "heartflow play: cannot start the terminal player: %s\n", error.c_str());
    return cli::kExitFailure;
}

int edit(const std::vector<std::string>& args) {
    if (gui::display_available()) return gui::run_editor(args);
    std::fprintf(stderr, "heartflow edit: the editor needs a window, and no display was found "
                         "(run it in a desktop session, or set DISPLAY).\n");
    return cli::kExitFailure;
}

// `heartflow-window help COMMAND`: the window's part of `heartflow help COMMAND`
// (cli/window_program.h).
int help(const std::vector<std::string>& args) {
    cli::Arguments parsed;
    if (cli::parse_arguments(args, {}, {}, parsed) || parsed.files.size() != 1 ||
        !parsed.unknown.empty()) {
        std::fprintf(stderr, "usage: heartflow-window help play|edit|present\n");
        return cli::kExitUsage;
    }
    const std::string& topic = parsed.files.front();
    if (topic == "play") std::fputs(gui::player_usage().c_str(), stdout);
    if (topic == "edit") std::fputs(gui::editor_usage().c_str(), stdout);
    if (topic == "present") std::fputs(gui::presenter_usage().c_str(), stdout);
    return cli::kExitOk;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    const std::string command = args.empty() ? "" : args.front();
    if (!args.empty()) args.erase(args.begin());
    if (command == "help") return help(args);
    if (command == "play") return play(args);
    if (command == "edit") return edit(args);
    if (command == "present") return gui::run_presenter(args);
    std::fprintf(stderr, "heartflow-window runs heartflow's windows for heartflow play, edit and "
                         "present; use those commands.\n");
    return cli::kExitUsage;
}
