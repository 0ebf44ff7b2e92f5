// [SECTION] index: helpers; node (header, id, kind, texts, next); choices; kind fields; flow.
#include "edit/inspector.h"

#include "canvas/canvas_draw.h"
#include "document/edits.h"
#include "document/kind_shape.h"
#include "edit/inspector_widgets.h"
#include "edit/wrapped_text_box.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace heartflow::editor {

namespace {

constexpr NodeKind kKinds[] = {NodeKind::question,   NodeKind::prompt,    NodeKind::reflection,
                               NodeKind::body_check, NodeKind::breathing, NodeKind::ending,
                               NodeKind::route,      NodeKind::detour,    NodeKind::handover,
                               NodeKind::scale,      NodeKind::pick};

// What a step no one sees does, under its kind.
const char* unshown_summary(NodeKind kind) {
    switch (kind) {
    case NodeKind::route:
        return "Never shown: the walk goes on at once by the first condition that holds.";
    case NodeKind::detour:
        return "Never shown: the walk goes into another flow and comes back here when it ends.";
    default:
        break;
    }
    return "Never shown: the walk goes on in another flow for good.";
}

} // namespace

InspectorEdit node_edit(const Flow& flow, std::size_t index, Node after, const char* label,
                        const std::string& field) {
    return {edit_node(flow, index, std::move(after)), label, field + ":" + std::to_string(index)};
}

void inspector_section(const char* title) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", title);
    ImGui::Separator();
}

// [SECTION] node

std::optional<InspectorEdit> Inspector::node(const Flow& flow, std::size_t index,
                                             InspectorRequest& request) {
    const Node& node = flow.nodes.at(index);
    std::optional<InspectorEdit> edit;
    ImGui::PushID(static_cast<int>(index));
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kind_colour(node.kind)), "%s",
                       kind_label(node.kind));
    ImGui::SameLine();
    ImGui::TextUnformatted(node.display_title().c_str());
    if (ImGui::Button("Play from here")) request = InspectorRequest::play_from_here;
    ImGui::SameLine();
    ImGui::BeginDisabled(node.id == flow.info.start);
    if (ImGui::Button(node.id == flow.info.start ? "Start node" : "Set as start"))
        request = InspectorRequest::set_start;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Duplicate")) request = InspectorRequest::duplicate;
    ImGui::SameLine();
    if (ImGui::Button("Delete")) request = InspectorRequest::remove;

    if (auto e = id_field(flow, index)) edit = std::move(e);
    if (auto e = kind_combo(flow, index)) edit = std::move(e);
    Node after = node;
    if (focus_title_) {
        ImGui::SetKeyboardFocusHere();
        focus_title_ = false;
    }
    if (ImGui::InputTextWithHint("Title", "a short name for the chart", &after.title))
        edit = node_edit(flow, index, after, "Edit title", "title");
    // Tab from the title selects the whole text, so typing replaces a template's example
    // (ImGui 1.86 selects all of a multi-line box only from a callback).
    const bool title_active = ImGui::IsItemActive();
    if (title_was_active_ && !title_active)
        select_text_frames_ = 3;
    else if (select_text_frames_ > 0)
        --select_text_frames_;
    title_was_active_ = title_active;
    if (is_unshown(node.kind)) ImGui::TextWrapped("%s", unshown_summary(node.kind));
    if (!is_unshown(node.kind) || !node.text.empty()) {
        ImGui::TextUnformatted("Text (what the person reads; {variable} fills in a value)");
        auto select_all_once = [](ImGuiInputTextCallbackData* data) {
            auto* self = static_cast<Inspector*>(data->UserData);
            if (self->select_text_frames_ > 0) data->SelectAll();
            self->select_text_frames_ = 0;
            return 0;
        };
        if (wrapped_text_box("##text", after.text, {-1.0f, ImGui::GetTextLineHeight() * 7},
                             select_all_once, this))
            edit = node_edit(flow, index, after, "Edit text", "text");
    }
    const bool has_next = node.kind != NodeKind::ending && node.kind != NodeKind::route &&
                          node.kind != NodeKind::handover;
    if (has_next || node.next) {
        std::optional<NodeId> next = node.next;
        const char* label = node.kind == NodeKind::detour ? "Comes back to" : "Next (Continue)";
        if (node_picker(label, flow, next, true, filter_)) {
            Node changed = node;
            changed.next = next;
            edit = node_edit(flow, index, changed, "Set next", "next");
        }
    }
    if (node.kind == NodeKind::detour || node.kind == NodeKind::handover)
        if (auto e = other_flow_fields(flow, index, request)) edit = std::move(e);
    if (auto e = choices(flow, index)) edit = std::move(e);
    if (auto e = kind_fields(flow, index)) edit = std::move(e);
    inspector_section("On entering: effects");
    Node effects = node;
    if (effects_editor("node_effects", effects.effects))
        edit = node_edit(flow, index, effects, "Edit effects", "effects");
    inspector_section("Notes (never shown to the person)");
    Node notes = node;
    if (wrapped_text_box("##notes", notes.notes, {-1.0f, ImGui::GetTextLineHeight() * 4}))
        edit = node_edit(flow, index, notes, "Edit notes", "notes");
    ImGui::PopID();
    return edit;
}

std::optional<InspectorEdit> Inspector::kind_combo(const Flow& flow, std::size_t index) {
    const Node& node = flow.nodes[index];
    std::optional<InspectorEdit> edit;
    if (!ImGui::BeginCombo("Kind", kind_label(node.kind))) return edit;
    for (NodeKind k : kKinds) {
        if (!ImGui::Selectable(kind_label(k), k == node.kind) || k == node.kind) continue;
        std::string other; // a new detour or handover opens the first flow beside this one
        if (k == NodeKind::detour || k == NodeKind::handover) {
            const std::vector<std::string> beside = sibling_flow_files(flow_file_);
            if (!beside.empty()) other = beside.front();
        }
        edit = InspectorEdit{set_kind(flow, index, k, other), "Change kind", ""};
    }
    ImGui::EndCombo();
    return edit;
}

std::optional<InspectorEdit> Inspector::id_field(const Flow& flow, std::size_t index) {
    const Node& node = flow.nodes[index];
    // The box keeps what is typed while it has the keyboard (and in the frame it loses it, when
    // the rename is applied); otherwise it shows the id as it is (after undo, say).
    if (id_for_ != index) {
        id_for_ = index;
        id_error_.clear();
        id_buffer_ = node.id.value;
    } else if (!id_active_ && id_error_.empty()) {
        id_buffer_ = node.id.value;
    }
    if (ImGui::InputText("Id", &id_buffer_)) id_error_.clear();
    const bool left = ImGui::IsItemDeactivated();
    id_active_ = ImGui::IsItemActive();
    if (!id_error_.empty()) ImGui::TextColored(problem_colour(), "%s", id_error_.c_str());
    if (!left || id_buffer_ == node.id.value) return std::nullopt;
    if (!is_valid_id(id_buffer_)) {
        id_error_ = "An id uses letters, digits, '-' and '_' only (no spaces).";
        return std::nullopt;
    }
    if (flow.find_node(id_buffer_)) {
        id_error_ = "Another node already has the id '" + id_buffer_ + "'.";
        return std::nullopt;
    }
    Node after = node;
    after.id.value = id_buffer_;
    return InspectorEdit{edit_node(flow, index, after), "Rename node", ""};
}

// [SECTION] choices

std::optional<InspectorEdit> Inspector::choices(const Flow& flow, std::size_t index) {
    const Node& node = flow.nodes[index];
    if (node.kind == NodeKind::route) return route_conditions(flow, index);
    if ((node.kind == NodeKind::ending || node.kind == NodeKind::detour ||
         node.kind == NodeKind::handover || node.kind == NodeKind::scale ||
         node.kind == NodeKind::pick) &&
        node.choices.empty())
        return std::nullopt;
    inspector_section("Choices (buttons the person picks from)");
    std::optional<InspectorEdit> edit;
    for (std::size_t c = 0; c < node.choices.size(); ++c) {
        ImGui::PushID(static_cast<int>(c));
        Node after = node;
        Choice& choice = after.choices[c];
        ImGui::Text("%zu.", c + 1);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 110.0f);
        if (ImGui::InputTextWithHint("##label", "button text", &choice.label))
            edit = node_edit(flow, index, after, "Edit choice label", "label" + std::to_string(c));
        ImGui::SameLine();
        if (ImGui::ArrowButton("up", ImGuiDir_Up) && c > 0)
            edit = InspectorEdit{move_choice(flow, index, c, c - 1), "Move choice up", ""};
        ImGui::SameLine();
        if (ImGui::ArrowButton("down", ImGuiDir_Down) && c + 1 < node.choices.size())
            edit = InspectorEdit{move_choice(flow, index, c, c + 1), "Move choice down", ""};
        ImGui::SameLine();
        if (ImGui::SmallButton("x"))
            edit = InspectorEdit{remove_choice(flow, index, c), "Remove choice", ""};
        std::optional<NodeId> target = choice.target;
        if (node_picker("Goes to", flow, target, false, filter_) && target)
            edit = InspectorEdit{connect_choice(flow, index, c, *target), "Retarget choice", ""};
        std::string when = choice.when ? choice.when->source : "";
        if (ImGui::InputTextWithHint("Shown when", "always; or e.g. checks < 3", &when)) {
            choice.when = when.empty() ? std::nullopt
                                       : std::optional<ExpressionText>(ExpressionText{when, {}});
            edit = node_edit(flow, index, after, "Edit condition", "when" + std::to_string(c));
        }
        if (effects_editor("choice_effects", choice.effects))
            edit =
                node_edit(flow, index, after, "Edit choice effects", "effects" + std::to_string(c));
        ImGui::Separator();
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add choice")) {
        Node after = node;
        Choice fresh;
        fresh.label = "New choice";
        fresh.target = node.next.value_or(NodeId{});
        after.choices.push_back(fresh);
        edit = node_edit(flow, index, after, "Add choice", "add_choice");
    }
    return edit;
}

// [SECTION] kind fields

std::optional<InspectorEdit> Inspector::kind_fields(const Flow& flow, std::size_t index) {
    const Node& node = flow.nodes[index];
    Node after = node;
    std::optional<InspectorEdit> edit;
    if (node.kind == NodeKind::scale || node.kind == NodeKind::pick)
        edit = answer_fields(flow, index);
    if (node.kind == NodeKind::reflection || !node.save_as.empty() || !node.placeholder.empty()) {
        inspector_section("Reflection");
        if (ImGui::InputTextWithHint("Save answer as", "variable name (optional)", &after.save_as))
            edit = node_edit(flow, index, after, "Edit save_as", "save_as");
        if (ImGui::InputTextWithHint("Placeholder", "hint shown in the empty box",
                                     &after.placeholder))
            edit = node_edit(flow, index, after, "Edit placeholder", "placeholder");
    }
    if (node.kind == NodeKind::breathing || node.pattern || node.rounds) {
        inspector_section("Breathing");
        BreathPattern pattern = node.pattern.value_or(kDefaultBreathPattern);
        float seconds[4] = {static_cast<float>(pattern[0]), static_cast<float>(pattern[1]),
                            static_cast<float>(pattern[2]), static_cast<float>(pattern[3])};
        if (ImGui::InputFloat4("In, hold, out, hold (s)", seconds, "%.1f")) {
            after.pattern = BreathPattern{seconds[0], seconds[1], seconds[2], seconds[3]};
            edit = node_edit(flow, index, after, "Edit breathing pattern", "pattern");
        }
        int rounds = node.rounds.value_or(kDefaultBreathRounds);
        if (ImGui::InputInt("Rounds", &rounds)) {
            after.rounds = rounds;
            edit = node_edit(flow, index, after, "Edit rounds", "rounds");
        }
    }
    return edit;
}

// [SECTION] flow

std::optional<InspectorEdit> Inspector::flow_properties(const Flow& flow) {
    std::optional<InspectorEdit> edit;
    FlowInfo info = flow.info;
    ImGui::TextDisabled("Flow (select a node to edit it)");
    ImGui::Separator();
    if (ImGui::InputText("Flow id", &info.id))
        edit = InspectorEdit{set_info(flow, info), "Edit flow id", "flow_id"};
    ImGui::TextUnformatted("Title");
    if (wrapped_line_box("##flow_title", info.title))
        edit = InspectorEdit{set_info(flow, info), "Edit flow title", "flow_title"};
    std::optional<NodeId> start =
        flow.info.start.value.empty() ? std::nullopt : std::optional<NodeId>(flow.info.start);
    if (node_picker("Start", flow, start, false, filter_) && start) {
        FlowInfo changed = flow.info;
        changed.start = *start;
        edit = InspectorEdit{set_info(flow, changed), "Set start", ""};
    }
    std::optional<NodeId> help = flow.info.help;
    if (node_picker("Get help now", flow, help, true, filter_)) {
        FlowInfo changed = flow.info;
        changed.help = help;
        edit = InspectorEdit{set_info(flow, changed), "Set help node", ""};
    }
    ImGui::TextUnformatted("Description (shown when the flow is chosen)");
    if (wrapped_text_box("##description", info.description,
                         {-1.0f, ImGui::GetTextLineHeight() * 4}))
        edit = InspectorEdit{set_info(flow, info), "Edit description", "flow_description"};
    ImGui::TextUnformatted("Author");
    if (wrapped_line_box("##author", info.author))
        edit = InspectorEdit{set_info(flow, info), "Edit author", "flow_author"};
    inspector_section("Variables (what the flow remembers)");
    std::vector<Variable> variables = flow.variables;
    if (variables_editor(variables))
        edit = InspectorEdit{set_variables(flow, std::move(variables)), "Edit variables", "vars"};
    return edit;
}

} // namespace heartflow::editor
