// Where a new window goes: the size asked for, shrunk to fit the monitor's work area (the
// screen less panels and docks) with its frame, and centred there. Pure arithmetic; the app
// reads the work area and the frame from the window system.
#pragma once

namespace heartflow::kit {

/// A rectangle in screen units.
struct ScreenRect {
    int x = 0;      ///< Left.
    int y = 0;      ///< Top.
    int width = 0;  ///< Width.
    int height = 0; ///< Height.
};

/// The window's content rectangle: `width` x `height` at most, no larger than `work` less the
/// frame the window system draws around it (`frame_width` and `frame_height` in all), centred
/// in `work` below the frame's top part (`frame_top`).
[[nodiscard]] ScreenRect fit_window(int width, int height, const ScreenRect& work, int frame_width,
                                    int frame_height, int frame_top);

} // namespace heartflow::kit
