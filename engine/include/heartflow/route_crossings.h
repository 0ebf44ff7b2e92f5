// One crossing counter for every drawing of a graph: each routed edge as a polyline, and the
// number of places where straight segments of two different edges cross. The layout's own
// count, the tests and the benchmark's peers (their drawings read back) all use this one.
#pragma once

#include "heartflow/layout.h"

#include <cstddef>
#include <vector>

namespace heartflow {

/// Pairs of segments of different routes that cross properly (at one point inside both).
/// Segments that only touch, meet at an end or overlap along a line are not counted. Expected
/// near-linear time on drawings (a uniform grid; only segments sharing a cell are compared).
[[nodiscard]] std::size_t
count_route_crossings(const std::vector<std::vector<LayoutPoint>>& routes);

} // namespace heartflow
