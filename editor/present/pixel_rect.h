// A rectangle in screen pixels, and whether two share area: what the console header's and the
// chart labels' layouts are made of, and what their tests compare.
#pragma once

#include <imgui.h>

namespace heartflow::present {

/// A rectangle in screen pixels.
struct PixelRect {
    ImVec2 min; ///< Top left.
    ImVec2 max; ///< Bottom right.
};

/// True when two rectangles share some area (touching edges do not count).
[[nodiscard]] inline bool overlaps(const PixelRect& a, const PixelRect& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

} // namespace heartflow::present
