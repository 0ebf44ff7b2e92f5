// Small ImGui widgets the inspector is built from: a node picker with a filter, an effects list,
// a variables table.
#pragma once

#include "heartflow/flow.h"

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::editor {

/// A selectable row showing `text` exactly as written (ImGui would hide what follows a "##" in a
/// label), with its own id from `id`. True when clicked.
bool plain_selectable(int id, std::string_view text, bool selected, ImGuiSelectableFlags flags = 0);

/// The colour the inspector says a problem in, under the field it is about.
[[nodiscard]] ImVec4 problem_colour();

/// A combo listing the flow's nodes ("id - title"), filtered by what is typed in it. `target`
/// is the chosen id; with `allow_none`, "(none)" clears it. True when the choice changed.
bool node_picker(const char* label, const Flow& flow, std::optional<NodeId>& target,
                 bool allow_none, std::string& filter);

/// Rows of `variable = expression` with remove buttons and an "add" button. True when changed.
bool effects_editor(const char* id, std::vector<Assignment>& effects);

/// The [vars] table: name, type and starting value per row, remove and add. True when changed.
bool variables_editor(std::vector<Variable>& variables);

} // namespace heartflow::editor
