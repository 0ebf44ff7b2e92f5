// Where a flow's parts are in its text: the scanned tables of [flow], [vars], each [[node]] with
// its [[node.choice]] tables, and each [[test]], with the byte blocks that deleting or moving
// them takes. Private to the engine (the lossless editor and the formatter use it).
#pragma once

#include "toml_scan.h"

#include <optional>
#include <string_view>
#include <vector>

namespace heartflow {

/// A [[node]] and its [[node.choice]] tables in the text.
struct NodeLayout {
    std::size_t table = 0;            ///< Index of its [[node]] table in ScannedToml::tables.
    std::vector<std::size_t> choices; ///< Indices of its [[node.choice]] tables, in order.
    Span block;                       ///< Its tables' blocks (see table_block), first to last.
    bool inline_choices = false;      ///< Its choices are a `choice = [{...}]` array.
};

/// A flow file's text, scanned and cut into the flow's parts.
struct FlowLayout {
    ScannedToml scan;     ///< The scanned text.
    bool plain = true;    ///< Every part of the flow is in a shape the splices follow: a table of
                          ///< its own, dotted keys or an inline table (root `test` keys are not).
    bool foreign = false; ///< Root keys or tables that are not the flow's (kept as they are).
    std::optional<std::size_t> info; ///< Index of the [flow] table.
    std::optional<std::size_t> vars; ///< Index of the [vars] table.
    std::vector<NodeLayout> nodes;   ///< The nodes, in file order.
    std::vector<std::size_t> tests;  ///< Indices of the [[test]] tables, in file order.
    std::size_t text_tables = 0;     ///< The tables of the text; the rest of scan.tables are flow
                                     ///< tables written as dotted keys or inline tables.
    bool inline_nodes = false;       ///< The nodes are a root `node = [{...}]` array.
    std::string choice_header_indent = "  "; ///< How the file indents [[node.choice]] headers.
    std::string choice_indent = "  ";        ///< How the file indents a choice's keys.
};

/// Scans `text` and finds the flow's parts; nullopt when the scanner cannot follow it.
[[nodiscard]] std::optional<FlowLayout> layout_flow_text(std::string_view text);

/// The block of table `index`: from the comment lines directly above its header (not above the
/// content of the table before it) to the end of the comment lines directly after its last key
/// (when a blank line parts them from what follows).
[[nodiscard]] Span table_block(std::string_view text, const FlowLayout& layout, std::size_t index);

/// The entry of `table` whose whole key is `key`, or nullptr.
[[nodiscard]] const ScannedEntry* find_entry(const ScannedTable& table, std::string_view key);

/// True when a dotted key of `table` starts with `key` (`set.x = ...` for `set`).
[[nodiscard]] bool has_dotted_entry(const ScannedTable& table, std::string_view key);

} // namespace heartflow
