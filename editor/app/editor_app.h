// The editor's frame loop: window, fonts, style and the Editor view.
#pragma once

#include "edit/editor_options.h"

namespace heartflow::app {

/// Opens the window and runs the editor until it closes. Returns the exit code.
int run_editor_window(const editor::EditorOptions& options);

} // namespace heartflow::app
