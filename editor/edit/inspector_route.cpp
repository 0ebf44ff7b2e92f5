// The inspector's route section: the conditions in order, each with where it leads and a name
// for the chart, checked as typed; then the fallback, taken when none holds.
#include "document/condition_check.h"
#include "document/edits.h"
#include "edit/inspector.h"
#include "edit/inspector_widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace heartflow::editor {

namespace {

// The route's conditions are its choices but the last, which is the fallback.
std::size_t condition_count(const Node& node) {
    return node.choices.empty() ? 0 : node.choices.size() - 1;
}

} // namespace

std::optional<InspectorEdit> Inspector::route_condition(const Flow& flow, std::size_t index,
                                                        std::size_t c) {
    const Node& node = flow.nodes[index];
    std::optional<InspectorEdit> edit;
    Node after = node;
    Choice& choice = after.choices[c];
    ImGui::Text("%zu. If", c + 1);
    ImGui::SameLine();
    std::string when = choice.when ? choice.when->source : "";
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 110.0f);
    if (ImGui::InputTextWithHint("##when", "e.g. visits(boundary) > 1", &when)) {
        choice.when = ExpressionText{when, {}};
        edit = node_edit(flow, index, after, "Edit condition", "when" + std::to_string(c));
    }
    ImGui::SameLine();
    if (ImGui::ArrowButton("up", ImGuiDir_Up) && c > 0)
        edit = InspectorEdit{move_choice(flow, index, c, c - 1), "Move condition up", ""};
    ImGui::SameLine();
    if (ImGui::ArrowButton("down", ImGuiDir_Down) && c + 1 < condition_count(node))
        edit = InspectorEdit{move_choice(flow, index, c, c + 1), "Move condition down", ""};
    ImGui::SameLine();
    if (ImGui::SmallButton("x"))
        edit = InspectorEdit{remove_choice(flow, index, c), "Remove condition", ""};
    const std::string problem = condition_problem(flow, when);
    if (!problem.empty()) ImGui::TextColored(problem_colour(), "%s", problem.c_str());
    std::optional<NodeId> target = choice.target;
    if (node_picker("then goes to", flow, target, false, filter_) && target)
        edit = InspectorEdit{connect_choice(flow, index, c, *target), "Retarget condition", ""};
    if (ImGui::InputTextWithHint("Chart name", "optional", &choice.label))
        edit = node_edit(flow, index, after, "Edit condition name", "label" + std::to_string(c));
    return edit;
}

std::optional<InspectorEdit> Inspector::route_conditions(const Flow& flow, std::size_t index) {
    const Node& node = flow.nodes[index];
    inspector_section("Conditions (the first that holds is taken)");
    std::optional<InspectorEdit> edit;
    for (std::size_t c = 0; c < condition_count(node); ++c) {
        ImGui::PushID(static_cast<int>(c));
        if (auto e = route_condition(flow, index, c)) edit = std::move(e);
        ImGui::Separator();
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add condition")) {
        Node after = node;
        Choice fresh;
        fresh.label = "been here before";
        fresh.when = ExpressionText{"visits(" + node.id.value + ") > 1", {}};
        fresh.target =
            node.choices.empty() ? node.next.value_or(NodeId{}) : node.choices.back().target;
        after.choices.insert(after.choices.end() - (node.choices.empty() ? 0 : 1), fresh);
        edit = node_edit(flow, index, after, "Add condition", "add_condition");
    }
    inspector_section("Otherwise (when no condition holds)");
    if (node.choices.empty()) {
        ImGui::TextColored(problem_colour(), "A route needs a fallback.");
        if (ImGui::Button("+ Add a fallback")) {
            Node after = node;
            Choice fallback;
            fallback.label = "otherwise";
            fallback.target = node.next.value_or(flow.info.start);
            after.choices.push_back(fallback);
            edit = node_edit(flow, index, after, "Add fallback", "add_fallback");
        }
        return edit;
    }
    const std::size_t last = node.choices.size() - 1;
    ImGui::PushID("fallback");
    std::optional<NodeId> target = node.choices[last].target;
    if (node_picker("goes to", flow, target, false, filter_) && target)
        edit = InspectorEdit{connect_choice(flow, index, last, *target), "Retarget fallback", ""};
    if (node.choices[last].when) {
        ImGui::TextColored(problem_colour(),
                           "The last way on has a condition (%s); a fallback has "
                           "none.",
                           node.choices[last].when->source.c_str());
        if (ImGui::Button("Make it the fallback")) {
            Node after = node;
            after.choices[last].when.reset();
            edit = node_edit(flow, index, after, "Make fallback", "fallback");
        }
    }
    ImGui::PopID();
    return edit;
}

} // namespace heartflow::editor
