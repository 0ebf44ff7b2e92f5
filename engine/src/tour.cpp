// Tour order: the main path, then breadth-first outward from it.
#include "heartflow/tour.h"

#include "heartflow/flow_graph.h"

#include <deque>
#include <optional>

namespace heartflow {

namespace {

// Targets of each node's links, in link order.
std::vector<std::vector<std::uint32_t>> links_by_node(const Flow& flow, const FlowGraph& graph) {
    std::vector<std::vector<std::uint32_t>> out(flow.nodes.size());
    for (const FlowEdge& e : graph.edges)
        out[e.from].push_back(e.to);
    return out;
}

// Appends, breadth-first, every node not yet seen that the queued nodes lead to.
void spread(const std::vector<std::vector<std::uint32_t>>& out, std::deque<std::uint32_t> queue,
            std::vector<bool>& seen, std::vector<std::uint32_t>& order) {
    while (!queue.empty()) {
        const std::uint32_t v = queue.front();
        queue.pop_front();
        for (std::uint32_t t : out[v]) {
            if (seen[t]) continue;
            seen[t] = true;
            order.push_back(t);
            queue.push_back(t);
        }
    }
}

std::vector<std::uint32_t> path_from(const std::vector<std::vector<std::uint32_t>>& out,
                                     std::uint32_t start) {
    std::vector<std::uint32_t> path;
    std::vector<bool> on_path(out.size(), false);
    std::optional<std::uint32_t> at = start;
    while (at) {
        path.push_back(*at);
        on_path[*at] = true;
        std::optional<std::uint32_t> next;
        for (std::uint32_t t : out[*at]) {
            if (!on_path[t]) {
                next = t;
                break;
            }
        }
        at = next;
    }
    return path;
}

} // namespace

std::vector<std::uint32_t> main_path(const Flow& flow) {
    if (flow.nodes.empty()) return {};
    const FlowGraph graph = build_flow_graph(flow);
    return path_from(links_by_node(flow, graph), graph.start);
}

std::vector<std::uint32_t> tour_order(const Flow& flow) {
    if (flow.nodes.empty()) return {};
    const FlowGraph graph = build_flow_graph(flow);
    const auto out = links_by_node(flow, graph);
    std::vector<std::uint32_t> order = path_from(out, graph.start);
    std::vector<bool> seen(flow.nodes.size(), false);
    for (std::uint32_t v : order)
        seen[v] = true;
    spread(out, std::deque<std::uint32_t>(order.begin(), order.end()), seen, order);
    for (std::uint32_t v = 0; v < flow.nodes.size(); ++v) {
        if (seen[v]) continue;
        seen[v] = true;
        order.push_back(v);
        spread(out, {v}, seen, order);
    }
    return order;
}

} // namespace heartflow
