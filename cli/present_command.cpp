// `heartflow present FILE [flags]`: the presenter console and the audience window.
#include "arguments.h"
#include "commands.h"
#include "gui_bridge.h"

#include <cstdio>

namespace heartflow::cli {

int present_command(const std::vector<std::string>& args) {
#ifdef HEARTFLOW_HAVE_GUI
    return gui::run_presenter(args);
#else
    (void)args;
    std::fprintf(stderr,
                 "heartflow present: this build has no windows (it was built without the GUI)\n");
    return kExitFailure;
#endif
}

} // namespace heartflow::cli
