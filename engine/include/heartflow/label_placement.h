// Places edge labels on a laid-out drawing so that no label covers a node box or another label:
// each label goes at the first free place along its own route (nearest its source first, on the
// line or beside it; failing those, anywhere along its whole route, touching it). The chart exports
// use it, and any view that draws the layout's labels can.
#pragma once

#include "heartflow/layout.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace heartflow {

/// An axis-aligned rectangle in layout units.
struct LayoutRect {
    double x0 = 0, y0 = 0; ///< Top-left corner.
    double x1 = 0, y1 = 0; ///< Bottom-right corner.
    /// True when the two rectangles share more than a border.
    [[nodiscard]] bool overlaps(const LayoutRect& o) const {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
};

/// Places labels one at a time, each clear of the boxes and of the labels placed before it.
class LabelPlacer {
public:
    /// `boxes`: the node boxes no label may cover; `clearance`: space kept around each label.
    LabelPlacer(const std::vector<LayoutRect>& boxes, double clearance);
    /// Keeps every label placed from now on inside `frame`.
    void set_frame(const LayoutRect& frame) { frame_ = frame; }
    /// A free place for a label of `width` x `height` along `route`, now taken; nullopt when
    /// there is none (the caller may try a shorter text).
    std::optional<LayoutRect> place(const std::vector<LayoutPoint>& route, double width,
                                    double height);

private:
    /// The first free place among the usual candidates, or (`more`) among many more.
    std::optional<LayoutRect> first_free(const std::vector<LayoutPoint>& route, double width,
                                         double height, bool more);
    [[nodiscard]] bool is_free(const LayoutRect& r) const;
    void add(const LayoutRect& r);
    double clearance_;
    std::optional<LayoutRect> frame_;
    std::vector<LayoutRect> rects_;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> cells_;
};

/// The rectangles of node boxes of a layout (top-left positions, width, each node's height).
[[nodiscard]] std::vector<LayoutRect> box_rects(const Layout& layout, const LayoutOptions& options);

} // namespace heartflow
