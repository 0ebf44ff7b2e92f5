// Templates a therapist starts from: one working node of each kind, and whole flows that pass
// validation as they are.
#pragma once

#include "document/edits.h"

#include <string>
#include <vector>

namespace heartflow::editor {

/// A starting node of `kind` at `at`, with example text and the fields its kind uses. Its id is
/// the kind's name; add_node makes it unique.
[[nodiscard]] Node node_template(NodeKind kind, Vec2 at);

/// A named flow to start from.
struct FlowTemplate {
    std::string name;        ///< Shown in the New menu.
    std::string description; ///< One sentence on what it holds.
    Flow flow;               ///< The flow (no errors; every node has a position).
};

/// A new flow with no nodes yet, named after `file_stem` (e.g. "my-flow" gives id "my-flow"
/// and title "My flow").
[[nodiscard]] Flow empty_flow(std::string_view file_stem);

/// The flow templates, simplest first.
[[nodiscard]] std::vector<FlowTemplate> flow_templates();

} // namespace heartflow::editor
