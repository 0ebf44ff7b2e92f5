// Running the windowed commands through heartflow-window.
#include "window_program.h"

#include "commands.h"
#include "sibling.h"

#include <cstdio>

namespace heartflow::cli {

std::optional<std::filesystem::path> window_program() {
    return sibling_executable("heartflow-window");
}

int exec_window(const std::filesystem::path& program, const std::string& command,
                const std::vector<std::string>& args) {
    std::vector<std::string> window_args{command};
    window_args.insert(window_args.end(), args.begin(), args.end());
    const std::string error = exec_program(program, window_args);
    std::fprintf(stderr, "heartflow %s: cannot start %s: %s\n", command.c_str(), program.c_str(),
                 error.c_str());
    return kExitFailure;
}

std::string window_help(const std::string& command) {
    std::optional<std::filesystem::path> program = window_program();
    if (!program) return {};
    ChildResult help = run_program(*program, {"help", command}, {});
    return help.exit_code == 0 ? help.out : std::string();
}

} // namespace heartflow::cli
