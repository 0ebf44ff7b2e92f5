// What the canvas writes on a step that no one sees, in place of its text: a route's conditions
// and its fallback, or the flow a detour or handover opens, as the charts name them.
#pragma once

#include "heartflow/flow.h"

#include <string>

namespace heartflow::editor {

/// The annotation for `node`: for a route each condition ("if mood == 'low'") then
/// "otherwise", joined by "; "; "detour into FILE" (with " at STEP") for a detour; "goes on in
/// FILE" for a handover; "rating 0 to 10 into VAR" for a scale; "pick from a, b into VAR" for a
/// pick; "" for the other kinds.
[[nodiscard]] std::string step_annotation(const Node& node);

} // namespace heartflow::editor
