// ink export: the flow as an ink story (inkle's narrative scripting language), for game and
// interactive-fiction authors, playable by ink's own runtime. The mapping walks the same paths as
// `heartflow walk`: one knot per step, `VAR`s for the flow's variables, `~ x = ...` for `set`,
// `+ {condition} [label]` sticky choices, "Continue" for `next`. Pure.
#pragma once

#include "heartflow/diagnostic.h"
#include "heartflow/program.h"

#include <string>
#include <vector>

namespace heartflow {

/// The program's flow as ink source. Each knot opens with the tags `# node: ID` and
/// `# kind: KIND`. A reflection step with `save_as` keeps the person's words in `VAR j_<step>`
/// (empty unless the game sets it, as a walk with no answers has it); taking any choice there
/// copies them into the `save_as` variable, as heartflow does. Whole numbers beyond ink's 32-bit
/// range are written as they are.
/// A scale step becomes one choice per rating and Skip; a pick step once-only choices that each
/// add their option's bit, then "That's all"; count() and picked() call and compute `hf_count`,
/// and `{felt}` shows the options picked in words through a function of the story. A plural of a
/// translation with a Plural-Forms rule chooses its form through a function built from the rule.
[[nodiscard]] std::string export_ink(const Program& program);

/// What the ink export cannot hold as the flow has it, located at the step (HF0704 warnings):
/// scales of more than 21 ratings, which become as many choices.
[[nodiscard]] std::vector<Diagnostic> ink_warnings(const Program& program);

} // namespace heartflow
