// `heartflow edit [FILE]`: the editor, which needs a window.
#include "commands.h"
#include "gui_bridge.h"

#include <cstdio>

namespace heartflow::cli {

int edit_command(const std::vector<std::string>& args) {
#ifdef HEARTFLOW_HAVE_GUI
    if (!gui::display_available()) {
        std::fprintf(stderr, "heartflow edit: the editor needs a window, and no display was found "
                             "(run it in a desktop session, or set DISPLAY).\n");
        return kExitFailure;
    }
    return gui::run_editor(args);
#else
    (void)args;
    std::fprintf(stderr, "heartflow edit: this build has no window (it was built without HEARTFLOW_BUILD_GUI).\n");
    return kExitFailure;
#endif
}

} // namespace heartflow::cli
