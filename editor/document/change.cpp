// Applying and reverting changes. Removals and insertions rebuild the node vector once, so
// deleting many nodes from a big flow stays linear.
#include "document/change.h"

#include <cassert>

namespace heartflow::editor {

namespace {

// Removes the nodes at the ascending `indices` (which must hold the given nodes).
void remove_nodes(std::vector<Node>& nodes, const std::vector<std::pair<std::size_t, Node>>& gone) {
    if (gone.empty()) return;
    std::vector<Node> kept;
    kept.reserve(nodes.size() - gone.size());
    std::size_t next_gone = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (next_gone < gone.size() && gone[next_gone].first == i) {
            ++next_gone;
            continue;
        }
        kept.push_back(std::move(nodes[i]));
    }
    assert(next_gone == gone.size() && "removal index past the end of the flow");
    nodes = std::move(kept);
}

// Inserts nodes so that each lands at its ascending index in the result.
void insert_nodes(std::vector<Node>& nodes,
                  const std::vector<std::pair<std::size_t, Node>>& added) {
    if (added.empty()) return;
    std::vector<Node> result;
    result.reserve(nodes.size() + added.size());
    std::size_t next_added = 0, next_old = 0;
    const std::size_t total = nodes.size() + added.size();
    for (std::size_t i = 0; i < total; ++i) {
        if (next_added < added.size() && added[next_added].first == i) {
            result.push_back(added[next_added++].second);
        } else {
            assert(next_old < nodes.size() && "insertion index past the end of the flow");
            result.push_back(std::move(nodes[next_old++]));
        }
    }
    nodes = std::move(result);
}

} // namespace

bool Change::empty() const {
    for (const auto& m : moved)
        if (m.before != m.after) return false;
    for (const auto& r : replaced)
        if (!(r.before == r.after)) return false;
    return removed.empty() && inserted.empty() && (!info || info->first == info->second) &&
           (!variables || variables->first == variables->second) &&
           (!tests || tests->first == tests->second);
}

void apply_change(Flow& flow, const Change& change) {
    for (const auto& m : change.moved)
        flow.nodes.at(m.index).pos = m.after;
    for (const auto& r : change.replaced)
        flow.nodes.at(r.index) = r.after;
    remove_nodes(flow.nodes, change.removed);
    insert_nodes(flow.nodes, change.inserted);
    if (change.info) flow.info = change.info->second;
    if (change.variables) flow.variables = change.variables->second;
    if (change.tests) flow.tests = change.tests->second;
}

void revert_change(Flow& flow, const Change& change) {
    remove_nodes(flow.nodes, change.inserted);
    insert_nodes(flow.nodes, change.removed);
    for (const auto& r : change.replaced)
        flow.nodes.at(r.index) = r.before;
    for (const auto& m : change.moved)
        flow.nodes.at(m.index).pos = m.before;
    if (change.info) flow.info = change.info->first;
    if (change.variables) flow.variables = change.variables->first;
    if (change.tests) flow.tests = change.tests->first;
}

bool merge_changes(Change& earlier, const Change& later) {
    auto only = [](const Change& c, bool moves) {
        return (moves ? !c.moved.empty() && c.replaced.empty()
                      : c.moved.empty() && !c.replaced.empty()) &&
               c.removed.empty() && c.inserted.empty() && !c.info && !c.variables && !c.tests;
    };
    auto same_nodes = [](const auto& a, const auto& b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i].index != b[i].index) return false;
        return true;
    };
    if (only(earlier, false) && only(later, false) &&
        same_nodes(earlier.replaced, later.replaced)) {
        for (std::size_t i = 0; i < earlier.replaced.size(); ++i)
            earlier.replaced[i].after = later.replaced[i].after;
        return true;
    }
    if (only(earlier, true) && only(later, true) && same_nodes(earlier.moved, later.moved)) {
        for (std::size_t i = 0; i < earlier.moved.size(); ++i)
            earlier.moved[i].after = later.moved[i].after;
        return true;
    }
    return false;
}

} // namespace heartflow::editor
