// The canvas camera: the world <-> screen transform (pan and zoom), zooming about a point, and
// fitting a world rectangle into the view. World units are the flow's `pos` units.
#pragma once

#include <imgui.h>

namespace heartflow::editor {

/// Smallest zoom the wheel reaches on a small flow, and the largest zoom (screen pixels per
/// world unit). A big flow may go further out, so zoom-to-fit can show all of it.
inline constexpr float kMinZoom = 0.05f;
inline constexpr float kMaxZoom = 3.0f;
/// The least zoom of all, whatever the flow.
inline constexpr float kLeastZoom = 0.001f;
/// The space, screen pixels, zoom-to-fit leaves on each side of what it fits.
inline constexpr float kFitMargin = 40.0f;

/// An axis-aligned rectangle; `min` <= `max` on both axes.
struct Rect {
    ImVec2 min; ///< Top-left corner.
    ImVec2 max; ///< Bottom-right corner (exclusive edge).
    /// True when `p` is inside (edges included).
    [[nodiscard]] bool contains(ImVec2 p) const {
        return p.x >= min.x && p.y >= min.y && p.x <= max.x && p.y <= max.y;
    }
    /// True when the two rectangles share any point.
    [[nodiscard]] bool overlaps(const Rect& o) const {
        return min.x <= o.max.x && o.min.x <= max.x && min.y <= o.max.y && o.min.y <= max.y;
    }
    /// Width and height.
    [[nodiscard]] ImVec2 size() const { return {max.x - min.x, max.y - min.y}; }
};

/// The room a canvas of `canvas_size` pixels gives what is fitted into it: its size less
/// kFitMargin on each side (at least a pixel).
[[nodiscard]] ImVec2 fitted_room(ImVec2 canvas_size);

/// The view of the canvas: which world point sits at the canvas's top-left, and the zoom.
struct Camera {
    ImVec2 origin{0, 0}; ///< Screen position of the canvas's top-left corner (set each frame).
    ImVec2 pan{0, 0};    ///< World point shown at `origin`.
    float zoom = 1.0f;   ///< Screen pixels per world unit, in [min_zoom, kMaxZoom].
    float min_zoom =
        kMinZoom; ///< Least zoom the wheel reaches (kLeastZoom <= min_zoom <= kMinZoom).

    /// Screen position of world point `w`.
    [[nodiscard]] ImVec2 to_screen(ImVec2 w) const;
    /// World point under screen position `s`.
    [[nodiscard]] ImVec2 to_world(ImVec2 s) const;
    /// Moves the view by a screen-space drag `delta` (the world follows the mouse).
    void pan_by_screen(ImVec2 delta);
    /// Sets the zoom to `new_zoom` (clamped) keeping the world point under `screen` where it is.
    void zoom_about(ImVec2 screen, float new_zoom);
    /// Zooms and pans so `world` fits in a canvas of `canvas_size` pixels with `margin` pixels
    /// around it; the zoom never exceeds 1 so small flows are not blown up, and min_zoom is
    /// lowered when a big flow needs it.
    void fit(const Rect& world, ImVec2 canvas_size, float margin);
    /// Pans so world point `w` is at the centre of a canvas of `canvas_size` pixels.
    void centre_on(ImVec2 w, ImVec2 canvas_size);
};

} // namespace heartflow::editor
