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

// A scale or pick goes on by `next`, with no choices; a pick has options to pick from.
void shape_answer(const Flow& flow, Node& node) {
    const NodeId to = way_on(flow, node);
    node.choices.clear();
    node.next = to;
    if (node.kind == NodeKind::pick && node.options.empty())
        node.options = {"tired", "alone", "worried"};
}

// A variable name no [vars] entry, reflection or answer step of `flow` uses: base, base_2, ...
std::string unused_variable(const Flow& flow, const std::string& base) {
    auto used = [&flow](const std::string& name) {
        for (const Variable& v : flow.variables)
            if (v.name == name) return true;
        for (const Node& n : flow.nodes)
            if (n.save_as == name || n.into == name) return true;
        return false;
    };
    std::string name = base;
    for (int i = 2; used(name); ++i)
        name = base + "_" + std::to_string(i);
    return name;
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
    return kind == NodeKind::route || kind == NodeKind::detour || kind == NodeKind::handover ||
           kind == NodeKind::scale || kind == NodeKind::pick;
}

std::optional<Variable> answer_variable(const Flow& flow, Node& node) {
    if (!node.into.empty()) return std::nullopt;
    if (node.kind == NodeKind::pick) {
        node.into = unused_variable(flow, "picked");
        return std::nullopt;
    }
    if (node.kind != NodeKind::scale) return std::nullopt;
    node.into = unused_variable(flow, "rating");
    return Variable{node.into, Value{std::int64_t{-1}}, {}};
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
    if (node.kind == NodeKind::scale || node.kind == NodeKind::pick) {
        if (node.kind != NodeKind::scale) {
            node.scale_min.reset();
            node.scale_max.reset();
            node.low.clear();
            node.high.clear();
            node.check_in.clear();
        }
        if (node.kind != NodeKind::pick) node.options.clear();
        shape_answer(flow, node);
        return;
    }
    node.into.clear();
    node.scale_min.reset();
    node.scale_max.reset();
    node.low.clear();
    node.high.clear();
    node.check_in.clear();
    node.options.clear();
    if (node.kind == NodeKind::route) {
        shape_route(flow, node);
        return;
    }
    for (Choice& c : node.choices)
        if (c.label.empty()) c.label = c.target.value;
}

} // namespace heartflow::editor
