// Label placement over a uniform grid of cells: a candidate is checked against the rectangles
// that share its cells only, so placing every label of a 50k-node chart stays near-linear.
#include "heartflow/label_placement.h"

#include <cmath>

namespace heartflow {

namespace {

constexpr double kCell = 128; // grid cell, layout units

// The cells a rectangle meets, as (column, row) keys.
template <typename Visit> void for_each_cell(const LayoutRect& r, Visit&& visit) {
    const auto c0 = static_cast<std::int64_t>(std::floor(r.x0 / kCell)),
               c1 = static_cast<std::int64_t>(std::floor(r.x1 / kCell));
    const auto r0 = static_cast<std::int64_t>(std::floor(r.y0 / kCell)),
               r1 = static_cast<std::int64_t>(std::floor(r.y1 / kCell));
    for (std::int64_t row = r0; row <= r1; ++row)
        for (std::int64_t col = c0; col <= c1; ++col)
            visit(static_cast<std::uint64_t>(row + (1 << 30)) << 32 |
                  static_cast<std::uint32_t>(col + (1 << 30)));
}

// Where along a segment labels are tried, in order: its middle, then toward either end.
constexpr double kAlong[] = {0.5, 0.3, 0.7, 0.15, 0.85};

} // namespace

LabelPlacer::LabelPlacer(const std::vector<LayoutRect>& boxes, double clearance)
    : clearance_(clearance) {
    for (const LayoutRect& box : boxes)
        add(box);
}

bool LabelPlacer::is_free(const LayoutRect& r) const {
    const LayoutRect grown{r.x0 - clearance_, r.y0 - clearance_, r.x1 + clearance_,
                           r.y1 + clearance_};
    bool free = true;
    for_each_cell(grown, [&](std::uint64_t key) {
        if (!free) return;
        if (auto it = cells_.find(key); it != cells_.end())
            for (std::uint32_t i : it->second)
                if (rects_[i].overlaps(grown)) free = false;
    });
    return free;
}

void LabelPlacer::add(const LayoutRect& r) {
    const auto index = static_cast<std::uint32_t>(rects_.size());
    rects_.push_back(r);
    for_each_cell(r, [&](std::uint64_t key) { cells_[key].push_back(index); });
}

std::optional<LayoutRect> LabelPlacer::place(const std::vector<LayoutPoint>& route, double width,
                                             double height) {
    for (std::size_t i = 1; i < route.size(); ++i) {
        const LayoutPoint a = route[i - 1], b = route[i];
        for (double t : kAlong) {
            const double x = a.x + (b.x - a.x) * t, y = a.y + (b.y - a.y) * t;
            for (double shift :
                 {0.0, width / 2 + 4, -width / 2 - 4}) { // on the line, right of it, left of it
                const LayoutRect r{x + shift - width / 2, y - height / 2, x + shift + width / 2,
                                   y + height / 2};
                if (!is_free(r)) continue;
                add(r);
                return r;
            }
        }
    }
    return std::nullopt;
}

std::vector<LayoutRect> box_rects(const Layout& layout, const LayoutOptions& options) {
    std::vector<LayoutRect> boxes;
    boxes.reserve(layout.positions.size());
    for (std::size_t v = 0; v < layout.positions.size(); ++v) {
        const double h =
            v < options.node_heights.size() ? options.node_heights[v] : options.node_height;
        const LayoutPoint p = layout.positions[v];
        boxes.push_back({p.x, p.y, p.x + options.node_width, p.y + h});
    }
    return boxes;
}

} // namespace heartflow
