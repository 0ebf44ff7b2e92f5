// `heartflow play FILE [--tty]`: a window when one can open (heartflow-window), else the terminal
// player.
#include "arguments.h"
#include "commands.h"
#include "load_report.h"
#include "sibling.h"
#include "tty_chooser.h"
#include "tty_player.h"
#include "window_program.h"

#include <heartflow/flow_catalog.h>
#include <heartflow/help_lines.h>
#include <heartflow/session_store.h>

#include <sys/resource.h>
#include <unistd.h>

namespace heartflow::cli {

int play_command(const std::vector<std::string>& args) {
    Arguments parsed;
    if (auto e = parse_arguments(args, {"--tty", "--fresh"}, {}, parsed))
        return usage_error("play", *e);
    bool tty = parsed.flags.count("--tty") > 0;
    // A person's words must not end up in a core file if this process ever crashes.
    const rlimit no_core{0, 0};
    ::setrlimit(RLIMIT_CORE, &no_core);
    if (!tty) {
        // With no display, heartflow-window says so and comes back here with --tty.
        if (auto window = window_program()) return exec_window(*window, "play", args);
        std::fprintf(stderr, "heartflow: this build has no window, so the flow plays here in the "
                             "terminal.\n");
    }
    if (!parsed.unknown.empty())
        return usage_error("play",
                           "unknown option " + parsed.unknown.front() + " for the terminal player");
    if (parsed.files.size() > 1) return usage_error("play", "name exactly one flow file");
    TtyIo io(stdin, stdout, ::isatty(STDIN_FILENO) != 0);
    std::string file = parsed.files.empty() ? std::string() : parsed.files.front();
    if (file.empty()) {
        std::vector<CatalogEntry> flows = flow_catalog(installed_flows_dir());
        if (flows.empty())
            return usage_error("play",
                               "name the flow file to play (no installed flows were found)");
        auto chosen = choose_flow(flows, io);
        if (!chosen) return kExitOk;
        file = chosen->string();
    }
    DiagnosticCounts counts;
    LoadedFlow loaded = load_and_report(file, stderr, false, counts);
    if (!loaded.ok()) return kExitFailure;
    TtyOptions options;
    options.interactive = io.interactive();
    options.help_file = help_lines_file(default_config_dir());
    options.data_dir = default_data_dir();
    options.fresh = parsed.flags.count("--fresh") > 0;
    return run_tty_player(loaded.program, stdin, stdout, options);
}

} // namespace heartflow::cli
