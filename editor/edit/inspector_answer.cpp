// The inspector's section for a scale (the variable it saves into, its range and end words,
// whether it is the player's check-in) and a pick (its variable and its items, added, removed
// and reordered), each with what is wrong said under it as it is typed.
#include "edit/inspector.h"
#include "edit/inspector_widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace heartflow::editor {

namespace {

constexpr const char* kCheckIns[] = {"", "before", "after"};

void problem(const std::string& text) {
    if (!text.empty()) ImGui::TextColored(problem_colour(), "%s", text.c_str());
}

// Why `into` cannot hold `node`'s answer in `flow`, in words ("" when it can).
std::string into_problem(const Flow& flow, const Node& node) {
    if (node.into.empty()) return "Name the variable the answer is saved into.";
    const auto declared = std::find_if(flow.variables.begin(), flow.variables.end(),
                                       [&node](const Variable& v) { return v.name == node.into; });
    if (node.kind == NodeKind::pick)
        return declared == flow.variables.end()
                   ? ""
                   : "A pick keeps its own variable: '" + node.into + "' is in the variables.";
    if (declared == flow.variables.end())
        return "Add '" + node.into + "' to the flow's variables as a whole number.";
    if (!std::holds_alternative<std::int64_t>(declared->initial))
        return "'" + node.into + "' is not a whole number.";
    return "";
}

// Why the items cannot be offered, in words ("" when they can).
std::string items_problem(const std::vector<std::string>& items) {
    if (items.empty()) return "Add at least one item.";
    if (items.size() > kMaxPickOptions)
        return "At most " + std::to_string(kMaxPickOptions) + " items.";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].empty()) return "Item " + std::to_string(i + 1) + " has no words.";
        for (std::size_t j = 0; j < i; ++j)
            if (items[j] == items[i]) return "Two items say '" + items[i] + "'.";
    }
    return "";
}

} // namespace

std::optional<InspectorEdit> Inspector::scale_fields(const Flow& flow, std::size_t index) {
    const Node& node = flow.nodes[index];
    std::optional<InspectorEdit> edit;
    Node after = node;
    int range[2] = {static_cast<int>(node.rating_min()), static_cast<int>(node.rating_max())};
    if (ImGui::InputInt2("Lowest, highest", range)) {
        after.scale_min = range[0];
        after.scale_max = range[1];
        edit = node_edit(flow, index, after, "Edit scale range", "range");
    }
    if (range[0] >= range[1])
        problem("The highest rating must be above the lowest.");
    else if (range[1] - range[0] + 1 > static_cast<int>(kMaxScaleSteps))
        problem("At most " + std::to_string(kMaxScaleSteps) + " ratings.");
    if (ImGui::InputTextWithHint("Low end words", "e.g. calm", &after.low))
        edit = node_edit(flow, index, after, "Edit low end words", "low");
    if (ImGui::InputTextWithHint("High end words", "e.g. overwhelming", &after.high))
        edit = node_edit(flow, index, after, "Edit high end words", "high");
    const char* shown = node.check_in.empty() ? "(no)" : node.check_in.c_str();
    if (ImGui::BeginCombo("Player's check-in", shown)) {
        for (const char* which : kCheckIns)
            if (ImGui::Selectable(*which ? which : "(no)", node.check_in == which) &&
                node.check_in != which) {
                after.check_in = which;
                edit = node_edit(flow, index, after, "Set check-in", "check_in");
            }
        ImGui::EndCombo();
    }
    if (!node.check_in.empty() && (node.rating_min() != 0 || node.rating_max() != 10))
        problem("A check-in rates from 0 to 10.");
    return edit;
}

std::optional<InspectorEdit> Inspector::pick_items(const Flow& flow, std::size_t index) {
    const Node& node = flow.nodes[index];
    std::optional<InspectorEdit> edit;
    for (std::size_t i = 0; i < node.options.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        Node after = node;
        ImGui::Text("%zu.", i + 1);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 110.0f);
        if (ImGui::InputTextWithHint("##item", "an item's words", &after.options[i]))
            edit = node_edit(flow, index, after, "Edit item", "item" + std::to_string(i));
        ImGui::SameLine();
        if (ImGui::ArrowButton("up", ImGuiDir_Up) && i > 0) {
            std::swap(after.options[i], after.options[i - 1]);
            edit = node_edit(flow, index, after, "Move item up", "");
        }
        ImGui::SameLine();
        if (ImGui::ArrowButton("down", ImGuiDir_Down) && i + 1 < node.options.size()) {
            std::swap(after.options[i], after.options[i + 1]);
            edit = node_edit(flow, index, after, "Move item down", "");
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) {
            after.options.erase(after.options.begin() + static_cast<long>(i));
            edit = node_edit(flow, index, after, "Remove item", "");
        }
        ImGui::PopID();
    }
    problem(items_problem(node.options));
    if (ImGui::Button("+ Add item")) {
        Node after = node;
        after.options.push_back("item " + std::to_string(node.options.size() + 1));
        edit = node_edit(flow, index, after, "Add item", "");
    }
    return edit;
}

std::optional<InspectorEdit> Inspector::answer_fields(const Flow& flow, std::size_t index) {
    const Node& node = flow.nodes[index];
    std::optional<InspectorEdit> edit;
    inspector_section(node.kind == NodeKind::scale ? "Scale (a whole-number rating)"
                                                   : "Pick all that fit (the items)");
    Node after = node;
    if (ImGui::InputTextWithHint("Saved into", "variable name", &after.into))
        edit = node_edit(flow, index, after, "Edit variable", "into");
    problem(into_problem(flow, node));
    auto more = node.kind == NodeKind::scale ? scale_fields(flow, index) : pick_items(flow, index);
    if (more) edit = std::move(more);
    return edit;
}

} // namespace heartflow::editor
