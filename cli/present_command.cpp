// `heartflow present FILE [flags]`: the presenter console and the audience window
// (heartflow-window).
#include "commands.h"
#include "window_program.h"

#include <cstdio>

namespace heartflow::cli {

int present_command(const std::vector<std::string>& args) {
    if (auto window = window_program()) return exec_window(*window, "present", args);
    std::fprintf(stderr,
                 "heartflow present: this build has no windows (it was built without the GUI)\n");
    return kExitFailure;
}

} // namespace heartflow::cli
