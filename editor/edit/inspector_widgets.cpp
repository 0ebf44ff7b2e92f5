// Inspector widgets.
#include "edit/inspector_widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

namespace heartflow::editor {

namespace {

// Most nodes listed at once in a picker (the filter narrows a big flow).
constexpr int kMaxPickerRows = 300;

bool contains_folded(const std::string& hay, const std::string& needle) {
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) ==
               std::tolower(static_cast<unsigned char>(b));
    });
    return it != hay.end();
}

} // namespace

ImVec4 problem_colour() {
    return {1.0f, 0.45f, 0.45f, 1.0f};
}

bool plain_selectable(int id, std::string_view text, bool selected, ImGuiSelectableFlags flags) {
    ImGui::PushID(id);
    const float start = ImGui::GetCursorPosX();
    const bool clicked =
        ImGui::Selectable("##row", selected, flags | ImGuiSelectableFlags_AllowItemOverlap,
                          {0.0f, ImGui::GetTextLineHeight()});
    ImGui::SameLine(start);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopID();
    return clicked;
}

bool node_picker(const char* label, const Flow& flow, std::optional<NodeId>& target,
                 bool allow_none, std::string& filter) {
    const std::string preview = target ? target->value : "(none)";
    const bool dangling = target && !flow.find_node(target->value);
    if (dangling) ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
    const bool open =
        ImGui::BeginCombo(label, dangling ? (preview + "  (missing)").c_str() : preview.c_str(),
                          ImGuiComboFlags_HeightLarge);
    if (dangling) ImGui::PopStyleColor();
    if (!open) return false;
    bool changed = false;
    if (ImGui::IsWindowAppearing()) {
        filter.clear();
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::InputTextWithHint("##filter", "type to filter", &filter);
    if (allow_none && ImGui::Selectable("(none)", !target)) {
        target.reset();
        changed = true;
    }
    int shown = 0;
    for (const Node& n : flow.nodes) {
        const std::string row = n.id.value + (n.title.empty() ? "" : "  -  " + n.title);
        if (!filter.empty() && !contains_folded(row, filter)) continue;
        if (++shown > kMaxPickerRows) {
            ImGui::TextDisabled("... type to narrow the list");
            break;
        }
        if (plain_selectable(shown, row, target && *target == n.id)) {
            target = n.id;
            changed = true;
        }
    }
    ImGui::EndCombo();
    return changed;
}

bool effects_editor(const char* id, std::vector<Assignment>& effects) {
    bool changed = false;
    ImGui::PushID(id);
    for (std::size_t i = 0; i < effects.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.35f);
        changed |= ImGui::InputTextWithHint("##var", "variable", &effects[i].variable);
        ImGui::SameLine();
        ImGui::TextUnformatted("=");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 36.0f);
        changed |= ImGui::InputTextWithHint("##value", "expression, e.g. checks + 1",
                                            &effects[i].value.source);
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) {
            effects.erase(effects.begin() + static_cast<long>(i));
            changed = true;
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    if (ImGui::SmallButton("+ effect")) {
        effects.push_back({});
        changed = true;
    }
    ImGui::PopID();
    return changed;
}

bool variables_editor(std::vector<Variable>& variables) {
    bool changed = false;
    const char* types[] = {"integer", "boolean", "text"};
    for (std::size_t i = 0; i < variables.size(); ++i) {
        Variable& v = variables[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.35f);
        changed |= ImGui::InputTextWithHint("##name", "name", &v.name);
        ImGui::SameLine();
        int type = static_cast<int>(type_of(v.initial));
        ImGui::SetNextItemWidth(90.0f);
        if (ImGui::Combo("##type", &type, types, 3)) {
            v.initial = zero_value(static_cast<ValueType>(type));
            changed = true;
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 36.0f);
        if (auto* n = std::get_if<std::int64_t>(&v.initial)) {
            int value = static_cast<int>(*n);
            if (ImGui::InputInt("##value", &value)) *n = value, changed = true;
        } else if (auto* b = std::get_if<bool>(&v.initial)) {
            changed |= ImGui::Checkbox("##value", b);
        } else if (auto* s = std::get_if<std::string>(&v.initial)) {
            changed |= ImGui::InputText("##value", s);
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) {
            variables.erase(variables.begin() + static_cast<long>(i));
            ImGui::PopID();
            return true;
        }
        ImGui::PopID();
    }
    if (ImGui::SmallButton("+ variable")) {
        variables.push_back({"new_variable", Value{std::int64_t{0}}, {}});
        changed = true;
    }
    return changed;
}

} // namespace heartflow::editor
