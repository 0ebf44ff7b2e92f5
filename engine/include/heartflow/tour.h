// The order a "tour of the flowchart" shows nodes in: the main path from the start first, then
// the branches breadth-first outward from it, then whatever the start cannot reach, so that a
// host can walk every node once, in a sensible order, on air. Pure functions of a flow.
#pragma once

#include "heartflow/flow.h"

#include <cstdint>
#include <vector>

namespace heartflow {

/// The main path: from the start, each node's first way on (its `next`, else its choices in
/// order) that leads to a node not yet on the path, until an ending or a node whose every way
/// on is already on the path. Node indices into flow.nodes; empty when the flow has no nodes.
[[nodiscard]] std::vector<std::uint32_t> main_path(const Flow& flow);

/// Every node exactly once: the main path, then the nodes it leads to breadth-first (children
/// in link order, the path's nodes in path order), then each node the start cannot reach, in
/// file order, followed breadth-first by what it leads to. Node indices into flow.nodes.
[[nodiscard]] std::vector<std::uint32_t> tour_order(const Flow& flow);

} // namespace heartflow
