// ink export: the flow as an ink story (inkle's narrative scripting language), for game and
// interactive-fiction authors, playable by ink's own runtime. The mapping walks the same paths as
// `heartflow walk`: one knot per step, `VAR`s for the flow's variables, `~ x = ...` for `set`,
// `+ {condition} [label]` sticky choices, "Continue" for `next`. Pure.
#pragma once

#include "heartflow/program.h"

#include <string>

namespace heartflow {

/// The program's flow as ink source. Each knot opens with the tags `# node: ID` and
/// `# kind: KIND`. A reflection step with `save_as` keeps the person's words in `VAR j_<step>`
/// (empty unless the game sets it, as a walk with no answers has it); taking any choice there
/// copies them into the `save_as` variable, as heartflow does. Whole numbers beyond ink's 32-bit
/// range are written as they are.
[[nodiscard]] std::string export_ink(const Program& program);

} // namespace heartflow
