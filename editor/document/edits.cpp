// The editor's commands as Changes.
#include "document/edits.h"

#include "document/kind_shape.h"
#include "document/node_box.h"
#include "document/shaped_layout.h"
#include "heartflow/layout.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace heartflow::editor {

namespace {

// The ids in use, for making new ones unique.
std::unordered_set<std::string> ids_of(const Flow& flow) {
    std::unordered_set<std::string> ids;
    for (const auto& n : flow.nodes)
        ids.insert(n.id.value);
    return ids;
}

std::string unique_in(const std::unordered_set<std::string>& used, const std::string& base) {
    const std::string stem = base.empty() ? "node" : base;
    if (!used.contains(stem)) return stem;
    for (int i = 2;; ++i) {
        std::string candidate = stem + "-" + std::to_string(i);
        if (!used.contains(candidate)) return candidate;
    }
}

// Renames every reference to `from` in `node` to `to`; true when something changed.
bool retarget(Node& node, const std::string& from, const std::string& to) {
    bool changed = false;
    if (node.next && node.next->value == from) node.next->value = to, changed = true;
    for (auto& c : node.choices)
        if (c.target.value == from) c.target.value = to, changed = true;
    return changed;
}

Change replace_one(const Flow& flow, std::size_t index, Node after) {
    Change c;
    c.replaced.push_back({index, flow.nodes.at(index), std::move(after)});
    return c;
}

} // namespace

std::string unique_id(const Flow& flow, const std::string& base) {
    return unique_in(ids_of(flow), base);
}

Change add_node(const Flow& flow, Node node) {
    node.id.value = unique_id(flow, node.id.value);
    Change c;
    if (!flow.find_node(flow.info.start.value)) {
        FlowInfo info = flow.info;
        info.start = node.id;
        c.info.emplace(flow.info, std::move(info));
    }
    c.inserted.emplace_back(flow.nodes.size(), std::move(node));
    return c;
}

Change delete_nodes(const Flow& flow, std::span<const std::size_t> indices) {
    std::set<std::size_t> sorted(indices.begin(), indices.end());
    Change c;
    for (std::size_t i : sorted)
        if (i < flow.nodes.size()) c.removed.emplace_back(i, flow.nodes[i]);
    return c;
}

Change insert_copies(const Flow& flow, std::span<const Node> nodes, Vec2 offset) {
    auto used = ids_of(flow);
    std::map<std::string, std::string> renamed;
    for (const auto& n : nodes) {
        std::string id = unique_in(used, n.id.value);
        used.insert(id);
        renamed.emplace(n.id.value, id);
    }
    Change c;
    for (const auto& n : nodes) {
        Node copy = n;
        copy.id.value = renamed.at(n.id.value);
        if (copy.next && renamed.contains(copy.next->value))
            copy.next->value = renamed[copy.next->value];
        for (auto& choice : copy.choices)
            if (renamed.contains(choice.target.value))
                choice.target.value = renamed[choice.target.value];
        const Vec2 at = copy.pos.value_or(Vec2{0.0, 0.0});
        copy.pos = Vec2{at[0] + offset[0], at[1] + offset[1]};
        c.inserted.emplace_back(flow.nodes.size() + c.inserted.size(), std::move(copy));
    }
    return c;
}

Change duplicate_nodes(const Flow& flow, std::span<const std::size_t> indices, Vec2 offset) {
    std::set<std::size_t> sorted(indices.begin(), indices.end());
    std::vector<Node> nodes;
    for (std::size_t i : sorted)
        if (i < flow.nodes.size()) nodes.push_back(flow.nodes[i]);
    return insert_copies(flow, nodes, offset);
}

Change move_nodes(const Flow& flow, std::span<const std::size_t> indices, Vec2 delta,
                  std::span<const Vec2> drawn) {
    std::vector<unsigned char> moving(flow.nodes.size(), 0);
    for (std::size_t i : indices)
        moving.at(i) = 1;
    const bool pin = drawn.size() == flow.nodes.size();
    Change c;
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        const auto& before = flow.nodes[i].pos;
        if (!moving[i] && (before || !pin)) continue;
        const Vec2 from = before.value_or(pin ? drawn[i] : Vec2{0.0, 0.0});
        c.moved.push_back(
            {i, before, moving[i] ? Vec2{from[0] + delta[0], from[1] + delta[1]} : from});
    }
    return c;
}

Change set_positions(const Flow& flow, std::span<const std::pair<std::size_t, Vec2>> positions) {
    Change c;
    c.moved.reserve(positions.size());
    for (const auto& [i, p] : positions)
        c.moved.push_back({i, flow.nodes.at(i).pos, p});
    return c;
}

Change edit_node(const Flow& flow, std::size_t index, Node after) {
    const std::string old_id = flow.nodes.at(index).id.value;
    const std::string new_id = after.id.value;
    Change c = replace_one(flow, index, std::move(after));
    if (old_id == new_id) return c;
    retarget(c.replaced.front().after, old_id, new_id);
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        Node other = flow.nodes[i];
        if (i != index && retarget(other, old_id, new_id))
            c.replaced.push_back({i, flow.nodes[i], other});
    }
    FlowInfo info = flow.info;
    if (info.start.value == old_id) info.start.value = new_id;
    if (info.help && info.help->value == old_id) info.help->value = new_id;
    if (!(info == flow.info)) c.info.emplace(flow.info, info);
    std::vector<FlowTest> tests = flow.tests;
    for (auto& t : tests) {
        if (t.reach.value == old_id) t.reach.value = new_id;
        for (auto& a : t.answers)
            if (a.node.value == old_id) a.node.value = new_id;
    }
    if (!(tests == flow.tests)) c.tests.emplace(flow.tests, std::move(tests));
    return c;
}

Change connect_choice(const Flow& flow, std::size_t index, std::size_t choice, const NodeId& target,
                      const std::string& new_label) {
    Node after = flow.nodes.at(index);
    if (choice >= after.choices.size() && after.next) {
        Choice kept;
        kept.label = "Continue";
        kept.target = *after.next;
        after.next.reset();
        after.choices.push_back(std::move(kept));
        choice = after.choices.size();
    }
    if (choice >= after.choices.size()) {
        Choice fresh;
        fresh.label = new_label;
        after.choices.push_back(std::move(fresh));
        choice = after.choices.size() - 1;
    }
    after.choices[choice].target = target;
    return replace_one(flow, index, std::move(after));
}

Change set_next(const Flow& flow, std::size_t index, std::optional<NodeId> target) {
    Node after = flow.nodes.at(index);
    after.next = std::move(target);
    return replace_one(flow, index, std::move(after));
}

Change remove_choice(const Flow& flow, std::size_t index, std::size_t choice) {
    Node after = flow.nodes.at(index);
    if (choice < after.choices.size())
        after.choices.erase(after.choices.begin() + static_cast<long>(choice));
    return replace_one(flow, index, std::move(after));
}

Change move_choice(const Flow& flow, std::size_t index, std::size_t from, std::size_t to) {
    Node after = flow.nodes.at(index);
    if (from < after.choices.size() && to < after.choices.size() && from != to) {
        Choice moving = std::move(after.choices[from]);
        after.choices.erase(after.choices.begin() + static_cast<long>(from));
        after.choices.insert(after.choices.begin() + static_cast<long>(to), std::move(moving));
    }
    return replace_one(flow, index, std::move(after));
}

Change set_kind(const Flow& flow, std::size_t index, NodeKind kind, const std::string& other_flow) {
    Node after = flow.nodes.at(index);
    after.kind = kind;
    shape_for_kind(flow, after, other_flow);
    const std::optional<Variable> declared = answer_variable(flow, after);
    Change c = replace_one(flow, index, std::move(after));
    if (declared) {
        std::vector<Variable> variables = flow.variables;
        variables.push_back(*declared);
        c.variables.emplace(flow.variables, std::move(variables));
    }
    if (needs_format_2(kind) && flow.info.format < 2) {
        FlowInfo info = flow.info;
        info.format = 2;
        c.info.emplace(flow.info, std::move(info));
    }
    return c;
}

Change set_start(const Flow& flow, std::size_t index) {
    FlowInfo info = flow.info;
    info.start = flow.nodes.at(index).id;
    return set_info(flow, std::move(info));
}

Change set_info(const Flow& flow, FlowInfo info) {
    Change c;
    c.info.emplace(flow.info, std::move(info));
    return c;
}

Change set_variables(const Flow& flow, std::vector<Variable> variables) {
    Change c;
    c.variables.emplace(flow.variables, std::move(variables));
    return c;
}

Change auto_layout(const Flow& flow, double aspect, const TitleMetrics& metrics) {
    std::vector<std::optional<LayoutPoint>> previous; // near where the person put things
    previous.reserve(flow.nodes.size());
    for (const Node& node : flow.nodes)
        previous.push_back(node.pos ? std::optional(LayoutPoint{(*node.pos)[0], (*node.pos)[1]})
                                    : std::nullopt);
    const Layout layout = shaped_layout(flow, aspect, std::move(previous), metrics);
    std::vector<std::pair<std::size_t, Vec2>> positions;
    for (std::size_t i = 0; i < flow.nodes.size() && i < layout.positions.size(); ++i)
        positions.emplace_back(i, Vec2{layout.positions[i].x, layout.positions[i].y});
    return set_positions(flow, positions);
}

Change replace_flow(const Flow& flow, const Flow& after) {
    Change c;
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        c.removed.emplace_back(i, flow.nodes[i]);
    for (std::size_t i = 0; i < after.nodes.size(); ++i)
        c.inserted.emplace_back(i, after.nodes[i]);
    c.info.emplace(flow.info, after.info);
    c.variables.emplace(flow.variables, after.variables);
    c.tests.emplace(flow.tests, after.tests);
    return c;
}

} // namespace heartflow::editor
