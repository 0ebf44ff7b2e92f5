// A new question that already works: two example choices that lead to an ending (the flow's
// first, or a new one placed below), so adding a question never starts with errors.
#pragma once

#include "document/edits.h"

namespace heartflow::editor {

/// Adds a question with its header's top-left at `at` and two example choices leading to the
/// flow's first ending, or to a new ending added below it when the flow has none.
[[nodiscard]] Change add_question(const Flow& flow, Vec2 at);

} // namespace heartflow::editor
