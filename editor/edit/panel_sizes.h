// How the editor's window is shared between its panels: the canvas, the Problems panel under
// it, the player beside it while playing and the inspector on the right. One function, so the
// frame and the first layout of a flow (before any frame) agree on the canvas's shape.
#pragma once

#include <imgui.h>

namespace heartflow::editor {

/// The panels' sizes in screen units.
struct PanelSizes {
    float canvas_w = 0, canvas_h = 0; ///< The canvas.
    float problems_h = 0;             ///< The Problems panel (as wide as the canvas).
    float play_w = 0;                 ///< The player beside the canvas (0 when not playing).
    float inspector_w = 0;            ///< The inspector (full height).
};

/// The sizes for a work area (between the menu and the status bar) of `area`, with controls
/// `frame_h` tall. The Problems panel is one line tall when `problems` is false.
[[nodiscard]] PanelSizes panel_sizes(ImVec2 area, float frame_h, bool playing, bool problems);

/// The shape (width / height) of the canvas, less its fitting margins, in a window of
/// `width` x `height` screen units before the first frame, for laying out a flow just opened.
[[nodiscard]] double first_canvas_aspect(int width, int height);

/// The canvas's size, pixels, in a window of `width` x `height` before the first frame.
[[nodiscard]] ImVec2 first_canvas_size(int width, int height);

} // namespace heartflow::editor
