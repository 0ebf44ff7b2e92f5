// New steps of every kind, working from the start.
#include "document/new_step.h"

#include "document/kind_shape.h"
#include "document/new_question.h"
#include "document/templates.h"

namespace heartflow::editor {

Change add_step(const Flow& flow, NodeKind kind, Vec2 at, const std::string& other_flow) {
    if (kind == NodeKind::question) return add_question(flow, at);
    Node step = node_template(kind, at);
    step.id.value = unique_id(flow, step.id.value); // before a route's condition names it
    shape_for_kind(flow, step, other_flow);
    const std::optional<Variable> declared = answer_variable(flow, step);
    Change change = add_node(flow, std::move(step));
    if (declared) {
        std::vector<Variable> variables = flow.variables;
        variables.push_back(*declared);
        change.variables.emplace(flow.variables, std::move(variables));
    }
    if (needs_format_2(kind) && flow.info.format < 2) {
        FlowInfo info = change.info ? change.info->second : flow.info;
        info.format = 2;
        change.info.emplace(flow.info, std::move(info));
    }
    return change;
}

} // namespace heartflow::editor
