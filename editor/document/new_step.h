// A new step of any kind that already works: a question with two example choices, a route with
// a condition and its fallback, a detour or hand-over that opens a flow beside this one and
// goes on to an ending; the flow becomes format 2 when the kind needs it.
#pragma once

#include "document/edits.h"

namespace heartflow::editor {

/// Adds a step of `kind` with its header's top-left at `at`: add_question for a question, else
/// the kind's template shaped by shape_for_kind (a detour or hand-over opening `other_flow`).
[[nodiscard]] Change add_step(const Flow& flow, NodeKind kind, Vec2 at,
                              const std::string& other_flow = {});

} // namespace heartflow::editor
