// `heartflow play FILE [--tty]`: a window when one can open (heartflow-window), else the terminal
// player.
#include "arguments.h"
#include "commands.h"
#include "load_report.h"
#include "sibling.h"
#include "translation_report.h"
#include "tty_chooser.h"
#include "tty_player.h"
#include "window_program.h"

#include <heartflow/flow_catalog.h>
#include <heartflow/help_lines.h>
#include <heartflow/session_store.h>
#include <heartflow/translation_files.h>

#include <cstdio>
#include <set>
#include <string>

#include <sys/resource.h>
#include <unistd.h>

namespace heartflow::cli {

namespace {

/// The window player's flags for how it looks: the terminal takes them (so a command written for
/// the window still plays where no display is) and says it leaves them out.
const std::set<std::string> kWindowLookFlags = {"--reduced-motion"};
const std::set<std::string> kWindowLookValues = {"--text-size", "--theme", "--size"};

/// Tells the person which window-only flags the terminal player leaves out.
void note_window_only_flags(const Arguments& parsed) {
    std::string given;
    for (const std::string& flag : kWindowLookFlags)
        if (parsed.flags.count(flag)) given += (given.empty() ? "" : ", ") + flag;
    for (const std::string& flag : kWindowLookValues)
        if (parsed.values.count(flag)) given += (given.empty() ? "" : ", ") + flag;
    if (!given.empty())
        std::fprintf(stderr,
                     "heartflow: %s only change the window; the terminal keeps its own look.\n",
                     given.c_str());
}

} // namespace

int play_command(const std::vector<std::string>& args) {
    Arguments parsed;
    std::set<std::string> booleans = kWindowLookFlags;
    booleans.insert({"--tty", "--fresh"});
    std::set<std::string> values = kWindowLookValues;
    values.insert({"--screenshot", "--at", "--lang"});
    if (auto e = parse_arguments(args, booleans, values, parsed)) return usage_error("play", *e);
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
    if (parsed.values.count("--screenshot"))
        return usage_error("play",
                           "--screenshot needs a window, and no display can be opened here");
    if (parsed.values.count("--at"))
        return usage_error("play", "--at works in the window player; the terminal player starts "
                                   "at the flow's beginning or where you left off");
    note_window_only_flags(parsed);
    if (parsed.values.count("--lang") && !is_language_tag(parsed.values["--lang"]))
        return usage_error("play", "--lang takes a language like el, de or pt_BR");
    TtyIo io(stdin, stdout, ::isatty(STDIN_FILENO) != 0);
    std::string file = parsed.files.empty() ? std::string() : parsed.files.front();
    if (file.empty()) {
        std::vector<CatalogEntry> flows =
            flow_catalog(installed_flows_dir(), parsed.values["--lang"]);
        if (flows.empty())
            return usage_error("play",
                               "name the flow file to play (no installed flows were found)");
        auto chosen = choose_flow(flows, io);
        if (!chosen) return kExitOk;
        file = chosen->string();
    }
    DiagnosticCounts counts;
    LoadedFlow loaded = load_in_language(file, parsed.values["--lang"], stderr, counts).loaded;
    if (!loaded.ok()) return kExitFailure;
    TtyOptions options;
    options.interactive = io.interactive();
    options.help_file = help_lines_file(default_config_dir());
    options.data_dir = default_data_dir();
    options.fresh = parsed.flags.count("--fresh") > 0;
    return run_tty_player(loaded.program, stdin, stdout, options);
}

} // namespace heartflow::cli
