// The new question and its ending.
#include "document/new_question.h"

#include "document/templates.h"

namespace heartflow::editor {

namespace {

// How far below the question a new ending goes.
constexpr double kEndingBelow = 260.0;

} // namespace

Change add_question(const Flow& flow, Vec2 at) {
    Node question = node_template(NodeKind::question, at);
    std::optional<Node> ending;
    NodeId target;
    for (const Node& n : flow.nodes)
        if (n.kind == NodeKind::ending && target.value.empty()) target = n.id;
    if (target.value.empty()) {
        ending = node_template(NodeKind::ending, {at[0], at[1] + kEndingBelow});
        ending->id.value = unique_id(flow, ending->id.value);
        target = ending->id;
    }
    for (const char* label : {"Yes, a little", "Not right now"}) {
        Choice c;
        c.label = label;
        c.target = target;
        question.choices.push_back(std::move(c));
    }
    Change change = add_node(flow, std::move(question));
    if (ending) change.inserted.emplace_back(flow.nodes.size() + 1, std::move(*ending));
    return change;
}

} // namespace heartflow::editor
