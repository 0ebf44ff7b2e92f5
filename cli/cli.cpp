// Dispatch of `heartflow COMMAND ...`.
#include "commands.h"
#include "help_text.h"

#include <heartflow/version.h>

#include <cstdio>
#include <string_view>

namespace heartflow::cli {

int run(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(overview_help().c_str(), stderr);
        return kExitUsage;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "-h" || command == "--help") {
        std::fputs(overview_help().c_str(), stdout);
        return kExitOk;
    }
    if (command == "--version" || command == "version") {
        std::printf("heartflow %s\n", kVersion);
        return kExitOk;
    }
    bool wants_help = !args.empty() && (args.front() == "--help" || args.front() == "-h");
    if (command == "help" || wants_help) {
        std::string topic = command == "help" ? (args.empty() ? "help" : args.front()) : command;
        if (auto text = command_help(topic)) {
            std::fputs(text->c_str(), stdout);
            return kExitOk;
        }
        std::fprintf(stderr, "heartflow: no help for '%s'; try 'heartflow --help'\n",
                     topic.c_str());
        return kExitUsage;
    }
    if (command == "check") return check_command(args);
    if (command == "walk") return walk_command(args);
    if (command == "test") return test_command(args);
    if (command == "fmt") return fmt_command(args);
    if (command == "play") return play_command(args);
    if (command == "edit") return edit_command(args);
    if (command == "present") return present_command(args);
    if (command == "export") return export_command(args);
    if (command == "import") return import_command(args);
    if (command == "strings") return strings_command(args);
    std::fprintf(stderr, "heartflow: unknown command '%s'; try 'heartflow --help'\n",
                 command.c_str());
    return kExitUsage;
}

} // namespace heartflow::cli
