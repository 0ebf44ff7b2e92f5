// The links of a flow as a graph over node indices.
#include "heartflow/flow_graph.h"

namespace heartflow {

FlowGraph build_flow_graph(const Flow& flow) {
    FlowGraph graph;
    graph.index_by_id.reserve(flow.nodes.size());
    for (std::uint32_t i = 0; i < flow.nodes.size(); ++i)
        graph.index_by_id.emplace(flow.nodes[i].id.value, i);
    auto find = [&](const NodeId& id) -> std::optional<std::uint32_t> {
        auto it = graph.index_by_id.find(id.value);
        if (it == graph.index_by_id.end()) return std::nullopt;
        return it->second;
    };
    if (auto s = find(flow.info.start)) graph.start = *s;
    for (std::uint32_t i = 0; i < flow.nodes.size(); ++i) {
        const Node& node = flow.nodes[i];
        if (node.next) {
            if (auto to = find(*node.next)) graph.edges.push_back({i, *to, std::nullopt});
        }
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            if (auto to = find(node.choices[c].target)) graph.edges.push_back({i, *to, c});
        }
    }
    return graph;
}

const std::string& edge_label(const Flow& flow, const FlowEdge& edge) {
    static const std::string kNone;
    return edge.choice ? flow.nodes[edge.from].choices[*edge.choice].label : kNone;
}

} // namespace heartflow
