// Label placement over a uniform grid of cells: a candidate is checked against the rectangles
// that share its cells only, so placing every label of a 50k-node chart stays near-linear.
#include "heartflow/label_placement.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace heartflow {

namespace {

constexpr double kCell = 128; // grid cell, layout units
constexpr double kGap = 4;    // between a label beside its line and the line

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

// Where along a segment labels are tried first, in order: its middle, then toward either end.
constexpr double kAlong[] = {0.5, 0.3, 0.7, 0.15, 0.85};
// Should none of those be free on any segment, every segment is walked in steps of half the
// label's height (at most this many steps a segment), middle first.
constexpr int kMostSteps = 64;

// Where a label is tried about a point of its route, in label halves (width, height) and gaps
// of 4 units: on the line, right of it, left of it; walking the whole route, also above and
// below it, with a corner at it, and last a line's height above or below a corner: never
// further from its line than that, so that a reader ties the two.
struct Shift {
    double halves_x, halves_y, gaps_x, gaps_y;
};
constexpr Shift kShifts[] = {{0, 0, 0, 0}, {1, 0, 1, 0}, {-1, 0, -1, 0}};
constexpr Shift kMoreShifts[] = {{0, 0, 0, 0},   {1, 0, 1, 0},   {-1, 0, -1, 0},   {0, -1, 0, -1},
                                 {0, 1, 0, 1},   {1, -1, 1, -1}, {-1, -1, -1, -1}, {1, 1, 1, 1},
                                 {-1, 1, -1, 1}, {1, -3, 1, -2}, {-1, -3, -1, -2}, {1, 3, 1, 2},
                                 {-1, 3, -1, 2}};

// The fractions of a segment walked when placing a label: the middle, then alternately toward
// each end, ends included; a fixed array, so placing a label allocates nothing.
struct Fractions {
    std::array<double, 1 + kMostSteps> values{};
    std::size_t count = 0;
    [[nodiscard]] std::span<const double> span() const { return {values.data(), count}; }
};

// The fractions of a segment `length` long, `step` apart (at most kMostSteps of them).
Fractions walk_fractions(double length, double step) {
    const int half = std::clamp(static_cast<int>(std::ceil(length / 2.0 / std::max(step, 1.0))), 1,
                                kMostSteps / 2);
    Fractions out;
    out.values[out.count++] = 0.5;
    for (int k = 1; k <= half; ++k)
        for (const double sign : {-1.0, 1.0})
            out.values[out.count++] = 0.5 + sign * 0.5 * k / half;
    return out;
}

} // namespace

LabelPlacer::LabelPlacer(const std::vector<LayoutRect>& boxes, double clearance)
    : clearance_(clearance) {
    for (const LayoutRect& box : boxes)
        add(box);
}

bool LabelPlacer::is_free(const LayoutRect& r) const {
    if (frame_ &&
        (r.x0 < frame_->x0 || r.y0 < frame_->y0 || r.x1 > frame_->x1 || r.y1 > frame_->y1))
        return false;
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
    if (std::optional<LayoutRect> r = first_free(route, width, height, false)) return r;
    return first_free(route, width, height, true);
}

std::optional<LayoutRect> LabelPlacer::first_free(const std::vector<LayoutPoint>& route,
                                                  double width, double height, bool more) {
    const std::span<const Shift> shifts = more ? std::span<const Shift>(kMoreShifts) : kShifts;
    Fractions walked;
    for (std::size_t i = 1; i < route.size(); ++i) {
        const LayoutPoint a = route[i - 1], b = route[i];
        if (more) walked = walk_fractions(std::hypot(b.x - a.x, b.y - a.y), height / 2);
        for (double t : more ? walked.span() : std::span<const double>(kAlong)) {
            const double x = a.x + (b.x - a.x) * t, y = a.y + (b.y - a.y) * t;
            for (const Shift& s : shifts) {
                const double cx = x + s.halves_x * width / 2 + s.gaps_x * kGap;
                const double cy = y + s.halves_y * height / 2 + s.gaps_y * kGap;
                const LayoutRect r{cx - width / 2, cy - height / 2, cx + width / 2,
                                   cy + height / 2};
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
