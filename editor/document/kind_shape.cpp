// Fills in and drops a step's fields for its kind.
#include "document/kind_shape.h"

namespace heartflow::editor {

namespace {

// Where the step already went (its next, else its first choice), else the flow's first ending
// that is not the step itself, else the flow's start.
NodeId way_on(const Flow& flow, const Node& node) {
    if (node.next) return *node.next;
    if (!node.choices.empty()) return node.choices.front().target;
    for (const Node& n : flow.nodes)
        if (n.kind == NodeKind::ending && n.id != node.id) return n.id;
    return flow.info.start;
}

void shape_route(const Flow& flow, Node& node) {
    const NodeId to = way_on(flow, node);
    node.next.reset();
    if (node.choices.empty()) {
        Choice again;
        again.label = "been here before";
        again.target = to;
        again.when = ExpressionText{"visits(" + node.id.value + ") > 1", {}};
        node.choices.push_back(std::move(again));
    }
    for (std::size_t k = 0; k + 1 < node.choices.size(); ++k) // a question's choices
        if (!node.choices[k].when)
            node.choices[k].when = ExpressionText{"visits(" + node.id.value + ") > 1", {}};
    if (node.choices.back().when) {
        Choice otherwise;
        otherwise.label = "otherwise";
        otherwise.target = node.choices.front().target;
        node.choices.push_back(std::move(otherwise));
    }
}

void shape_opener(const Flow& flow, Node& node, const std::string& other_flow) {
    const NodeId to = way_on(flow, node);
    node.choices.clear();
    if (node.kind == NodeKind::detour)
        node.next = to;
    else
        node.next.reset();
    if (node.flow.empty()) node.flow = other_flow;
}

} // namespace

bool needs_format_2(NodeKind kind) {
    return kind == NodeKind::route || kind == NodeKind::detour || kind == NodeKind::handover;
}

void shape_for_kind(const Flow& flow, Node& node, const std::string& other_flow) {
    if (node.kind != NodeKind::breathing) {
        node.pattern.reset();
        node.rounds.reset();
    }
    if (node.kind != NodeKind::reflection) {
        node.save_as.clear();
        node.placeholder.clear();
    }
    const bool opens = node.kind == NodeKind::detour || node.kind == NodeKind::handover;
    if (opens) {
        shape_opener(flow, node, other_flow);
        return;
    }
    node.flow.clear();
    node.at.reset();
    if (node.kind == NodeKind::route) {
        shape_route(flow, node);
        return;
    }
    for (Choice& c : node.choices)
        if (c.label.empty()) c.label = c.target.value;
}

} // namespace heartflow::editor
