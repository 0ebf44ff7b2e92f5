// Inserting a step on an arrow.
#include "document/insert_on_link.h"

namespace heartflow::editor {

Change insert_on_link(const Flow& flow, std::size_t from, const Port& port, Node step) {
    Change c;
    if (from >= flow.nodes.size() || port.kind == PortKind::add_choice) return c;
    Node before = flow.nodes[from];
    Node after = before;
    NodeId* target = port.kind == PortKind::next          ? (after.next ? &*after.next : nullptr)
                     : port.choice < after.choices.size() ? &after.choices[port.choice].target
                                                          : nullptr;
    if (!target) return c;
    step.id.value = unique_id(flow, step.id.value);
    step.next = *target;
    step.choices.clear();
    *target = step.id;
    c.replaced.push_back({from, std::move(before), std::move(after)});
    c.inserted.emplace_back(flow.nodes.size(), std::move(step));
    return c;
}

} // namespace heartflow::editor
