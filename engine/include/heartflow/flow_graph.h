// The links of a flow as a graph over node indices: what charts, layouts and exporters draw.
#pragma once

#include "heartflow/flow.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace heartflow {

/// One link of a flow: a choice or a `next`, from one node to another (indices into Flow::nodes).
struct FlowEdge {
    std::uint32_t from = 0;            ///< 0-based index of the node the link leaves.
    std::uint32_t to = 0;              ///< 0-based index of the node it leads to.
    std::optional<std::size_t> choice; ///< 0-based index in from's choices; empty for `next`.
};

/// A flow's nodes by id and its links in file order. Links to unknown ids are left out.
struct FlowGraph {
    std::unordered_map<std::string_view, std::uint32_t>
        index_by_id;             ///< Id to node index (views into the flow).
    std::vector<FlowEdge> edges; ///< Every link, node by node, in file order.
    std::uint32_t start = 0;     ///< Index of the start node (0 when the start id is unknown).
};

/// Builds the graph of `flow`. The result holds views into `flow`: it must outlive the graph.
[[nodiscard]] FlowGraph build_flow_graph(const Flow& flow);

/// The label drawn on an edge: the choice's label, or "" for a `next` link.
[[nodiscard]] const std::string& edge_label(const Flow& flow, const FlowEdge& edge);

} // namespace heartflow
