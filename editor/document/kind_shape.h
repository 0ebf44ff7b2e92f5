// What a step needs when its kind changes, so a step turned into a route, detour or handover
// works at once instead of showing errors: the fields its kind takes, made up from the ways on
// it already had.
#pragma once

#include "heartflow/flow.h"

#include <optional>
#include <string>

namespace heartflow::editor {

/// True for the kinds only flow format 2 has (route, detour, handover, scale, pick).
[[nodiscard]] bool needs_format_2(NodeKind kind);

/// Gives `node` (of `flow`, its kind just set) what its kind needs: a route a first condition
/// (`visits(id) > 1`) and a fallback, both to its way on (choices it had are kept, each but the
/// last given that condition when it has none, the last made the fallback); a detour a `next` and
/// no choices; a handover neither; a detour or handover `other_flow` when it names none; other
/// kinds no `flow` or `at`, and a label on every choice. Drops a breathing or reflection kind's
/// fields from other kinds.
void shape_for_kind(const Flow& flow, Node& node, const std::string& other_flow);

/// Gives a scale or pick `node` with no `into` a variable name no other part of `flow` uses
/// ("rating", "picked", then with _2 ...). For a scale, returns the [vars] entry to declare
/// (a whole number starting at -1: not rated yet); a pick declares its own.
[[nodiscard]] std::optional<Variable> answer_variable(const Flow& flow, Node& node);

} // namespace heartflow::editor
