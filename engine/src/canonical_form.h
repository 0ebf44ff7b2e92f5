// The canonical form of a flow's tables: each table's keys in their fixed order with their values
// written as text. The writer, the formatter and the lossless editor all take keys, order and
// value spelling from here, so a file they write is the same in every way the form fixes.
#pragma once

#include "heartflow/flow.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// One `key = value` of the canonical form, the value already written as TOML.
struct KeyValue {
    std::string key;   ///< The key as written (bare, or quoted when it must be).
    std::string value; ///< The value as written.
    std::optional<std::string> string = {}; ///< The text itself, when the value is a string.
};

/// The kinds of table of a flow file, each with its own key order.
enum class FlowTable { info, vars, node, choice, test };

/// The keys of [flow], in canonical order (optional keys only when set).
[[nodiscard]] std::vector<KeyValue> info_entries(const FlowInfo& info);
/// The keys of [vars], in the flow's order.
[[nodiscard]] std::vector<KeyValue> variable_entries(const std::vector<Variable>& variables);
/// The keys of a [[node]] (its choices are tables of their own), in canonical order.
[[nodiscard]] std::vector<KeyValue> node_entries(const Node& node);
/// The keys of a [[node.choice]], in canonical order.
[[nodiscard]] std::vector<KeyValue> choice_entries(const Choice& choice);
/// The keys of a [[test]], in canonical order.
[[nodiscard]] std::vector<KeyValue> test_entries(const FlowTest& test);

/// Where `key` comes in the canonical order of `table` (known keys only; others sort last).
[[nodiscard]] std::size_t canonical_rank(FlowTable table, std::string_view key);

/// The value of `set` (node or choice) as written: `{ var = expr, ... }`.
[[nodiscard]] std::string assignments_value(const std::vector<Assignment>& effects);

/// Appends `header` and `entries` as lines, each key line starting with `indent`.
void append_table(std::string& out, std::string_view header, const std::vector<KeyValue>& entries,
                  std::string_view header_indent, std::string_view indent);

/// A [[node]] table and its [[node.choice]] tables, choices indented as given, with a blank
/// line before each choice and no blank line before the node.
[[nodiscard]] std::string node_block(const Node& node, std::string_view choice_header_indent,
                                     std::string_view choice_indent);

} // namespace heartflow
