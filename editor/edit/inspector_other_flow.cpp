// The inspector's section for a detour or handover: the other flow's file (one of the flows
// beside this one), the step to enter at (from that flow's own list), what is wrong with
// either, and a button that opens the other flow in the editor.
#include "edit/inspector.h"
#include "edit/inspector_widgets.h"

#include <imgui.h>

#include <system_error>

namespace heartflow::editor {

namespace {

std::string step_row(const NodeId& id, const std::string& title) {
    return title == id.value ? id.value : id.value + " - " + title;
}

} // namespace

const OtherFlow& Inspector::other_flow(std::string_view written) {
    std::error_code ec;
    const std::filesystem::path path =
        flow_file_.empty() ? std::filesystem::path() : flow_file_.parent_path() / written;
    const auto time = path.empty() ? std::filesystem::file_time_type{}
                                   : std::filesystem::last_write_time(path, ec);
    if (written != other_written_ || time != other_time_ || other_.path != path) {
        other_ = read_other_flow(flow_file_, written);
        other_written_ = std::string(written);
        other_time_ = time;
    }
    return other_;
}

std::optional<InspectorEdit> Inspector::other_flow_fields(const Flow& flow, std::size_t index,
                                                          InspectorRequest& request) {
    const Node& node = flow.nodes[index];
    std::optional<InspectorEdit> edit;
    inspector_section(node.kind == NodeKind::detour ? "Goes into another flow, and comes back"
                                                    : "Hands over to another flow, for good");
    Node after = node;
    const char* shown = node.flow.empty() ? "(choose a flow beside this one)" : node.flow.c_str();
    if (ImGui::BeginCombo("Flow file", shown)) {
        int row = 0;
        for (const std::string& name : sibling_flow_files(flow_file_))
            if (plain_selectable(row++, name, name == node.flow) && name != node.flow) {
                after.flow = name;
                after.at.reset();
                edit = node_edit(flow, index, after, "Choose other flow", "flow");
            }
        ImGui::EndCombo();
    }
    const OtherFlow& other = other_flow(node.flow);
    if (!other.problem.empty()) {
        ImGui::TextColored(problem_colour(), "%s", other.problem.c_str());
        return edit;
    }
    ImGui::TextWrapped("\"%s\"", other.title.c_str());
    const std::string start = "(its start: " + other.start.value + ")";
    const std::string at = node.at ? node.at->value : start;
    if (ImGui::BeginCombo("Enter at", at.c_str())) {
        if (plain_selectable(0, start, !node.at) && node.at) {
            after.at.reset();
            edit = node_edit(flow, index, after, "Choose step to enter at", "at");
        }
        int row = 1;
        for (const auto& [id, title] : other.steps)
            if (plain_selectable(row++, step_row(id, title), node.at == id) && node.at != id) {
                after.at = id;
                edit = node_edit(flow, index, after, "Choose step to enter at", "at");
            }
        ImGui::EndCombo();
    }
    const std::string problem = step_problem(other, node.at ? node.at->value : "");
    if (!problem.empty()) ImGui::TextColored(problem_colour(), "%s", problem.c_str());
    if (ImGui::Button("Open this flow in the editor")) request = InspectorRequest::open_other_flow;
    return edit;
}

} // namespace heartflow::editor
