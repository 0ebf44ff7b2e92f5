// One edge router for boxes placed anywhere (the editor's canvas, and any drawing whose boxes are
// not in layers): orthogonal routes from the port an edge leaves to the side it enters, around
// every box. As libavoid and ELK's orthogonal routing do, each route is a shortest path (A*, with
// a cost for every bend) over the sparse grid the boxes' padded sides make, searched in a window
// around the two ends that grows only when the route cannot be found in it; then parallel
// segments of different routes sharing a channel are nudged apart, the ends kept on their ports.
#pragma once

#include "heartflow/label_placement.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace heartflow {

/// The side of a box an edge leaves through or enters by.
enum class BoxSide : std::uint8_t { left, right, top, bottom };

/// One end of an edge: a point on a box's side, and which side.
struct RouteEnd {
    LayoutPoint at; ///< On the box's border.
    BoxSide side;   ///< The route leaves (or arrives) square to this side.
};

/// Costs and spacing of the router, in layout units.
struct RouterOptions {
    double clearance = 16.0;    ///< Space kept around boxes where there is room.
    double bend_cost = 40.0;    ///< Cost of a bend, in units of length.
    double tight_cost = 4.0;    ///< Length factor of a segment closer to a box than clearance.
    double nudge_spacing = 6.0; ///< Distance between parallel routes sharing a channel.
    double first_margin = 80.0; ///< Room around the two ends first searched; grows 4x on failure.
    std::size_t max_cells = 1000000; ///< Largest search grid tried before a route is given up.
};

/// True when segment a-b passes through the inside of `box` (touching its border does not).
[[nodiscard]] bool segment_enters(LayoutPoint a, LayoutPoint b, const LayoutRect& box);

/// Routes edges among fixed boxes. Not thread-safe: a route reuses the router's scratch space.
class EdgeRouter {
public:
    /// A router around `boxes` (which should not overlap one another).
    explicit EdgeRouter(std::vector<LayoutRect> boxes, RouterOptions options = {});
    /// An orthogonal polyline from `from` to `to` whose segments enter no box, leaving and
    /// arriving square to the ends' sides; nullopt when none was found within max_cells.
    [[nodiscard]] std::optional<std::vector<LayoutPoint>> route(const RouteEnd& from,
                                                                const RouteEnd& to);
    /// Moves parallel overlapping segments of different routes apart (never into a box); the
    /// first and last segment of every route stay on their ports. Empty routes are skipped.
    void nudge(std::vector<std::vector<LayoutPoint>>& routes) const;
    /// True when some segment of `route` enters a box.
    [[nodiscard]] bool crosses_box(const std::vector<LayoutPoint>& route) const;
    /// The boxes routed around.
    [[nodiscard]] const std::vector<LayoutRect>& boxes() const { return boxes_; }

private:
    template <typename Visit> void for_each_box_near(const LayoutRect& area, Visit&& visit) const;
    [[nodiscard]] LayoutPoint stub_end(const RouteEnd& end) const;
    [[nodiscard]] bool search(LayoutPoint start, BoxSide leave, LayoutPoint goal, BoxSide arrive,
                              const LayoutRect& window, std::vector<LayoutPoint>& out);
    void build_grid(LayoutPoint start, LayoutPoint goal, const LayoutRect& window);
    [[nodiscard]] std::uint8_t step_state(std::size_t i, std::size_t j, int direction) const;

    std::vector<LayoutRect> boxes_;
    RouterOptions options_;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> cells_; // boxes by grid cell
    double cell_ = 512.0;
    LayoutRect extent_{};
    // Scratch of one search: the grid's lines, each elementary cell's state, the A* arrays.
    std::vector<double> xs_, ys_;
    std::vector<std::uint8_t> state_;
    std::vector<float> cost_;
    std::vector<std::int32_t> parent_;
    std::vector<std::uint32_t> stamp_;
    std::uint32_t search_stamp_ = 0;
};

} // namespace heartflow
