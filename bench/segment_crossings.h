// One crossing counter for every tool's drawing: each routed edge as a polyline, and the number
// of places where straight segments of two different edges cross. heartflow and the peers are
// counted by this same code on the same kind of geometry.
#pragma once

#include <cstddef>
#include <vector>

namespace heartflow::bench {

/// A point of a routed edge (any units; y may grow either way).
struct Point {
    double x = 0; ///< Horizontal coordinate.
    double y = 0; ///< Vertical coordinate.
};

/// One routed edge: the points its straight segments join, in order (2 or more to draw).
using Polyline = std::vector<Point>;

/// Pairs of segments of different polylines that cross properly (at one point inside both).
/// Segments that only touch, meet at an end or overlap along a line are not counted. Expected
/// near-linear time on drawings (a uniform grid; only segments sharing a cell are compared).
[[nodiscard]] std::size_t count_segment_crossings(const std::vector<Polyline>& routes);

} // namespace heartflow::bench
