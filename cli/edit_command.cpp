// `heartflow edit [FILE]`: the editor, which needs a window (heartflow-window).
#include "commands.h"
#include "window_program.h"

#include <cstdio>

namespace heartflow::cli {

int edit_command(const std::vector<std::string>& args) {
    if (auto window = window_program()) return exec_window(*window, "edit", args);
    std::fprintf(stderr, "heartflow edit: this build has no window (it was built without "
                         "HEARTFLOW_BUILD_GUI).\n");
    return kExitFailure;
}

} // namespace heartflow::cli
